"""Fusion of claims into events: merges and their reasons, sides that never merge,
contradictions, the status ladder, the official record, stable ids."""

from __future__ import annotations

from dataclasses import replace

from fuse_helpers import AIR_FORCE, COPY, KHARKIV, NIGHT, OTHER, RU_MOD, WIRE, claim, downed, item, launched

from frontwire.fuse.events import FOUNDED, assign, carry_over_ids, fuse, history, summarise
from frontwire.fuse.syndication import syndication_groups
from frontwire.fuse.timing import claim_window, night_of
from frontwire.records import Claimant, Place, Quantity, TimeSpan

AP = Claimant("The Wire", "The Wire", "media")
GOVERNOR = Claimant("the regional governor", "Oleh Syniehubov", "UA")


def by_claim(events):
    return {m.claim_id: e for e in events for m in e.members}


def test_two_syndicated_copies_count_as_one_source():
    groups = syndication_groups({"site-a": "\n".join(WIRE), "site-b": "\n".join(COPY), "paper": "\n".join(OTHER)})
    af = claim(quantities=(downed(187),), time=NIGHT)
    copies = [item("a", replace(af, doc_id="site-a"), source=groups["site-a"]),
              item("b", replace(af, doc_id="site-b"), source=groups["site-b"])]
    [event] = fuse(copies)
    assert event.documents == 2 and event.sources == 1
    assert event.status == "single_party"                  # copies corroborate nothing
    independent = copies + [item("c", replace(af, doc_id="paper"), source=groups["paper"])]
    [event] = fuse(independent)
    assert event.documents == 3 and event.sources == 2 and event.status == "corroborated"


def test_a_claim_and_its_denial_form_one_contested_event():
    hit = claim("kyiv-post", "strike", AIR_FORCE, text="A Russian missile hit a hospital in Kharkiv.",
                actor_side="RU", target_side="UA", weapon="missile", place=KHARKIV, time=NIGHT)
    denial = claim("tass", "strike", RU_MOD, text="Moscow denied striking any hospital in Kharkiv.",
                   actor_side="RU", target_side="UA", place=KHARKIV, time=NIGHT, modality="negated")
    [event] = fuse([item("hit", hit), item("deny", denial)])
    assert event.status == "contested"
    assert [c.kind for c in event.contradictions] == ["denial"]
    assert set(event.contradictions[0].claim_ids) == {"hit", "deny"}
    founder, joined = event.members
    assert founder.reason == FOUNDED
    assert "Russian Ministry of Defence in tass" in joined.reason and "same place (Kharkiv)" in joined.reason


def test_a_denial_without_a_place_binds_when_the_accused_denies():
    hit = claim("a", "strike", AIR_FORCE, actor_side="RU", place=KHARKIV, time=NIGHT)
    denial = claim("b", "strike", RU_MOD, actor_side="RU", time=NIGHT, modality="negated")
    [event] = fuse([item("hit", hit), item("deny", denial)])
    assert event.status == "contested"


def test_a_reporter_saying_nothing_happened_denies_nobody():
    advance = claim("a", "territorial_change", RU_MOD, actor_side="RU", target_side="UA", time=NIGHT,
                    quantities=(Quantity("captured", "settlement", 2),))
    quiet = claim("b", "territorial_change", AP, time=NIGHT, modality="negated",
                  text="There were no confirmed advances by either side.")
    events = fuse([item("adv", advance), item("quiet", quiet)])
    assert len(events) == 2
    assert by_claim(events)["quiet"].status == "denied"      # it rests on a denial only


def test_two_sides_interception_counts_never_merge_even_with_equal_figures():
    ours = claim("d1", quantities=(downed(61),), time=NIGHT)                       # actor inferred: UA
    theirs = claim("d1", claimant=RU_MOD, quantities=(downed(61),), time=NIGHT)    # actor inferred: RU
    events = fuse([item("ua", ours), item("ru", theirs)])
    assert len(events) == 2
    assert {e.actor_side for e in events} == {"UA", "RU"}
    # a reporter's sentence about Russia's claim goes to Russia's event, not Ukraine's
    report = claim("d2", claimant=AP, quantities=(downed(61),), time=NIGHT, actor_side="RU")
    events = fuse([item("ua", ours), item("ru", theirs), item("media", report)])
    assert by_claim(events)["media"].event_id == by_claim(events)["ru"].event_id


def test_same_night_same_figures_merge_with_the_reason():
    a = claim("d1", "strike", quantities=(launched(212), launched(4, "missile")), time=NIGHT, actor_side="RU")
    b = claim("d2", "strike", AP, quantities=(launched(212),), time=NIGHT, actor_side="RU")
    [event] = fuse([item("a", a), item("b", b)])
    reasons = [m.reason for m in event.members]
    assert reasons[0] == FOUNDED and "same figures (launched drone)" in reasons[1]
    assert [(f.scope, f.unit, f.low, f.high) for f in event.figures] == [
        ("launched", "drone", 212, 212), ("launched", "missile", 4, 4)]


def test_different_figures_for_the_same_slot_are_a_contested_event():
    a = claim("d1", quantities=(downed(187),), time=NIGHT)
    b = claim("d2", claimant=AP, quantities=(downed(178),), time=NIGHT, actor_side="UA")
    [event] = fuse([item("a", a), item("b", b)])
    assert event.status == "contested"
    [contradiction] = event.contradictions
    assert contradiction.kind == "figures" and "187" in contradiction.detail and "178" in contradiction.detail
    assert (event.figures[0].low, event.figures[0].high) == (178, 187)


def test_approximate_figures_agree_within_their_qualifier():
    a = claim("d1", "strike", quantities=(launched(420),), time=NIGHT, actor_side="RU")
    b = claim("d2", "strike", AP, quantities=(Quantity("launched", "drone", 415, "about"),), time=NIGHT,
              actor_side="RU")
    [event] = fuse([item("a", a), item("b", b)])
    assert event.contradictions == () and event.status == "corroborated"


def test_the_night_before_is_another_event():
    tonight = claim("d1", quantities=(downed(187),), time=NIGHT)
    last_night = claim("d2", quantities=(downed(187),),
                       time=TimeSpan("overnight", "2026-03-06T18:00", "2026-03-07T09:00", "part_of_day"))
    assert len(fuse([item("a", tonight), item("b", last_night)])) == 2


def test_a_day_covers_the_night_ending_that_morning():
    day = TimeSpan("on Sunday", "2026-03-08", "2026-03-08", "day")
    assert night_of(claim_window(claim(time=day))) == night_of(claim_window(claim(time=NIGHT))) == "2026-03-08"
    a = claim("d1", "strike", quantities=(launched(212),), time=NIGHT, actor_side="RU")
    b = claim("d2", "strike", AP, quantities=(launched(212),), time=day, actor_side="RU")
    assert len(fuse([item("a", a), item("b", b)])) == 1


def test_compatibility_alone_merges_nothing():
    # two talks on one day, neither with a place or a figure: nothing says they are one
    talks = claim("d1", "negotiation", GOVERNOR, time=TimeSpan("Monday", "2026-03-09", "2026-03-09", "day"))
    other = claim("d2", "negotiation", AP, time=TimeSpan("Monday", "2026-03-09", "2026-03-09", "day"))
    assert len(fuse([item("a", talks), item("b", other)])) == 2


def test_different_places_in_one_region_stay_apart_and_same_place_merges():
    kupiansk = Place("Kupiansk", "Kupiansk", "UA", "UA-63", "settlement", 704147, 49.71, 37.61)
    a = claim("d1", "strike", GOVERNOR, place=KHARKIV, time=NIGHT)
    b = claim("d2", "strike", AP, place=kupiansk, time=NIGHT)
    c = claim("d3", "strike", AP, place=KHARKIV, time=NIGHT)
    events = by_claim(fuse([item("a", a), item("b", b), item("c", c)]))
    assert events["a"].event_id == events["c"].event_id != events["b"].event_id
    assert "same place (Kharkiv)" in next(m.reason for m in events["c"].members if m.claim_id == "c")


def test_the_official_record_is_compared_with_the_news():
    official = claim("uaf-2026-03-08", "interception", quantities=(downed(187), downed(1, "missile")), time=NIGHT)
    agreeing = claim("d1", quantities=(downed(187),), time=NIGHT)
    differing = claim("d2", claimant=AP, quantities=(downed(178),), time=NIGHT, actor_side="UA")
    [event] = fuse([item("off", official, official=True), item("a", agreeing), item("b", differing)])
    verdicts = {m.claim_id: m.agreement for m in event.members}
    assert verdicts == {"off": None, "a": "agrees", "b": "differs"}
    assert event.official == "differs"
    [event] = fuse([item("off", official, official=True), item("a", agreeing)])
    assert event.official == "agrees" and event.status == "corroborated"


def test_two_official_reports_never_share_an_event():
    a = claim("uaf-1", quantities=(downed(187),), time=NIGHT)
    b = claim("uaf-2", quantities=(downed(187),), time=NIGHT)
    assert len(fuse([item("a", a, official=True), item("b", b, official=True)])) == 2


def test_ids_are_stable_and_new_claims_join_existing_events():
    a = claim("d1", quantities=(downed(187),), time=NIGHT)
    b = claim("d2", claimant=AP, quantities=(downed(187),), time=NIGHT, actor_side="UA")
    first = assign([item("a", a)])
    assert assign([item("a", a)]) == first                          # same input, same id
    event_id = first["a"][0]
    later = assign([item("b", b)], existing={event_id: [item("a", a)]}, taken={event_id})
    assert later["b"][0] == event_id
    unrelated = claim("d3", "negotiation", GOVERNOR, time=NIGHT)
    fresh = assign([item("c", unrelated)], existing={event_id: [item("a", a)]}, taken={event_id})
    assert fresh["c"][0] != event_id


def test_rebuilt_events_keep_the_ids_of_the_events_they_match():
    rename = carry_over_ids({"new1": {"a", "b"}, "new2": {"c"}, "new3": {"d"}},
                            {"old1": {"a"}, "old2": {"b", "c"}})
    assert rename["new1"] in {"old1", "old2"} and rename["new2"] in {"old1", "old2"}
    assert rename["new1"] != rename["new2"] and rename["new3"] == "new3"


def test_history_shows_the_status_as_reports_came_in():
    hit = claim("early", "strike", AIR_FORCE, actor_side="RU", place=KHARKIV, time=NIGHT)
    copy = claim("later", "strike", AP, actor_side="RU", place=KHARKIV, time=NIGHT)
    denial = claim("latest", "strike", RU_MOD, actor_side="RU", place=KHARKIV, time=NIGHT, modality="negated")
    members = [(item("1", hit), FOUNDED), (item("2", copy), "x"), (item("3", denial), "y")]
    steps = history(members, {"early": "2026-03-08T07:00", "later": "2026-03-08T10:00", "latest": "2026-03-09"})
    assert [s["status"] for s in steps] == ["single_party", "corroborated", "contested"]


def test_odd_claims_never_crash():
    odd = [
        claim("d1", time=TimeSpan(None, "not a date", None, "day")),
        claim("d2", time=TimeSpan("2024", "2024", "2026", "year"), quantities=(downed(10**9),)),
        claim("d3", time=None, place=Place(None, None, None, None, "country")),
        claim("d4", "cyber", Claimant(None, None, "unknown"), time=None),
    ]
    events = fuse([item(f"c{i}", c, published=p) for i, (c, p) in enumerate(zip(odd, [None, "x", "", None]))])
    assert sum(len(e.members) for e in events) == 4
    assert all(e.summary for e in events)
    event = summarise("ev-x", [(item("only", odd[3], published=None), FOUNDED)])
    assert event.day is None and event.status == "single_party"
