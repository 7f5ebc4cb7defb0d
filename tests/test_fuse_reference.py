"""The Air Force reference: rows to nightly reports to documents whose claims quote them."""

from __future__ import annotations

from frontwire.fuse.reference import (is_official, national_rows, official_reports, read_air_force, read_rows,
                                      report_record, weapon_unit)

HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,"
          "still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,turbojet,"
          "turbojet_destroyed,affected region,destroyed_details,launched_details,launch_place_details,source")


def row(start, end, model, target, launched, destroyed, source, lost="", hits=""):
    return f"{start},{end},{model},,{target},,{launched},{destroyed},{lost},,{{}},,{hits},,,,,,,,,{source}"


# Invented figures in the data set's format: a national night report in two parts (drones
# and a separate ballistic salvo), a regional command's reconnaissance drones, a daytime
# attack, a broken row.
CSV = "\n".join([
    HEADER,
    row("2026-03-07 18:00", "2026-03-08 09:00", "Shahed-136/131", "Ukraine", "212.0", "187.0", "kpszsu/posts/p1",
        lost="5.0", hits="9.0"),
    row("2026-03-07 18:00", "2026-03-08 09:00", "Iskander-M", "Ukraine", "3.0", "1.0", "kpszsu/posts/p1"),
    row("2026-03-08 04:10", "2026-03-08 04:40", "X-47 Kinzhal", "Kyiv oblast", "1.0", "0.0", "kpszsu/posts/p1"),
    row("2026-03-08", "2026-03-08", "Молнія", "south", "12.0", "12.0", "PvKPivden/posts/p2"),
    row("2026-03-08 14:00", "2026-03-08 14:30", "Some New Glide Bomb", "Ukraine", "2.0", "", "kpszsu/posts/p3"),
    row("yesterday", "", "Shahed-136/131", "Ukraine", "1.0", "1.0", "kpszsu/posts/p4"),
])


def test_rows_are_read_and_broken_ones_counted():
    rows, skipped = read_rows(CSV)
    assert len(rows) == 5 and skipped == 1
    assert rows[0].launched == 212 and rows[0].lost == 5 and rows[0].hit_locations == 9
    assert rows[4].destroyed is None


def test_models_map_to_units():
    assert weapon_unit("Shahed-136/131") == "drone"
    assert weapon_unit("Iskander-M/KN-23 and Iskander-K and Kalibr") == "missile"
    assert weapon_unit("Some New Glide Bomb") == "glide_bomb"
    assert weapon_unit("Geran-3") == "drone"                     # not in the table: keyword rules
    assert weapon_unit("") == "other"


def test_regional_commands_tallies_are_not_the_national_figure():
    rows, _ = read_rows(CSV)
    assert {r.account for r in national_rows(rows)} == {"kpszsu"}


def test_a_night_sums_its_parts_by_unit():
    reports, skipped = read_air_force(CSV)
    night = next(r for r in reports if r.kind == "night")
    assert night.key == "2026-03-08" and night.doc_id == "uaf-2026-03-08"
    drones, missiles = night.total("drone"), night.total("missile")
    assert (drones.launched, drones.destroyed, drones.lost) == (212, 187, 5)
    assert (missiles.launched, missiles.destroyed) == (4, 1)       # Iskander-M 3 and Kinzhal 1
    assert night.hit_locations == 9
    day = next(r for r in reports if r.kind == "day")               # an afternoon attack is no night
    assert day.key == "2026-03-08" and day.total("glide_bomb").launched == 2


def test_the_report_is_a_document_whose_claims_quote_it():
    rows, _ = read_rows(CSV)
    night = next(r for r in official_reports(national_rows(rows)) if r.kind == "night")
    doc, article, claims = report_record(night, "test.csv:2")
    assert is_official(doc.origin) and not is_official("news/page.txt")
    strike, interception = claims
    assert [(q.scope, q.unit, q.value) for q in strike.quantities] == [
        ("launched", "drone", 212), ("launched", "missile", 4), ("hit", "location", 9)]
    assert [(q.scope, q.unit, q.value) for q in interception.quantities] == [
        ("intercepted", "drone", 187), ("intercepted", "missile", 1)]
    assert (strike.actor_side, interception.actor_side) == ("RU", "UA")
    assert strike.time.start == "2026-03-07T18:00" and strike.time.end == "2026-03-08T09:00"
    for c in claims:                                                # evidence is verbatim
        assert doc.text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert c.claimant.name == "Ukrainian Air Force"
    assert "the night of 7-8 March 2026" in doc.text


def test_garbage_input_gives_no_reports_and_no_crash():
    assert read_air_force("") == ([], 0)
    assert read_air_force("not,a,csv\n\x00\x01,2,3\n")[0] == []


def test_the_seed_night_in_the_shared_reference(shared):
    reports, _ = read_air_force((shared / "reference/air_attacks/missile_attacks_daily.csv").read_text())
    seed = next(r for r in reports if r.doc_id == "uaf-2025-11-16")
    assert (seed.total("drone").launched, seed.total("missile").launched, seed.total("drone").destroyed) == (176, 1, 139)
