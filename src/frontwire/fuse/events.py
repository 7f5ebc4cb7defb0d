"""Fusion: claims from many documents become events.

The steps, each a function you can call on its own:

1. :func:`profile` reads what fusion needs from a claim: its time window, the sides
   (inferred where the claim leaves them out, e.g. an interception is the claimant's own
   air defence), its place and figures.
2. :func:`compatible` says whether two claims *may* be one event: same type, same kind of
   modality, sides that do not clash, matching time windows, places that do not clash.
   Ukraine's count of drones it shot down and Russia's count of Ukrainian drones it shot
   down have opposite actor sides and so never merge.
3. :func:`evidence` says whether they *are* one event, and why: the same figures, the same
   place, a denial of it, competing figures for the same slot on the same night, the same
   statement by the same person. Compatibility alone merges nothing: two talks on one day
   are not one event because both lack a place.
4. :func:`assign` puts each new claim into the existing event it fits best (it must be
   compatible with every claim there and have evidence with at least one) or founds a
   new one. Existing events are never split or renamed, so event ids stay stable as
   documents come in; a new event's id derives from the claim that founded it.
5. :func:`summarise` turns an event's members into an :class:`~frontwire.records.Event`:
   figure ranges, contradictions, the comparison with the official record and the
   status ladder (:func:`status_of`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta

from frontwire.fuse.figures import (Slot, comparable, compare, describe, figure_ranges, figures,
                                    quantities_agree, slot_label)
from frontwire.fuse.timing import Window, claim_window, event_day, iso, windows_match
from frontwire.records import Claim, Contradiction, Event, EventMember, Place, Quantity, TimeSpan

PARTIES = ("UA", "RU")
_OTHER = {"UA": "RU", "RU": "UA"}
_PRECISION_RANK = {"point": 0, "settlement": 1, "district": 2, "region": 3, "country": 4}
_FINE = ("point", "settlement", "district")
# Types whose place tells who was hit: a strike in Ukraine is Russia's, in Russia Ukraine's.
_HIT_TYPES = ("strike", "infrastructure_damage", "casualties", "attack_on_civilians")

FOUNDED = "founded the event"
NEAR = 3                    # counts this close are one event's, however small (0 and 1 missiles)
ATTACK_TOTAL = 20           # drones and missiles in one count: a countrywide attack (is_attack_total)


@dataclass(frozen=True)
class ClaimItem:
    """A claim as fusion sees it.

    ``published`` is its document's publication date (the stand-in for a missing time);
    ``source`` the document's syndication group (copies share it; default: the document);
    ``official`` marks claims from an official record (the Air Force reference import).
    """

    claim_id: str
    claim: Claim
    published: str | None = None
    source: str | None = None
    official: bool = False

    @property
    def source_key(self) -> str:
        return self.source or self.claim.doc_id


# --- 1. profile --------------------------------------------------------------------------

@dataclass(frozen=True)
class Profile:
    window: Window | None
    actor: str | None
    target: str | None
    modality: str            # actual (negated counts as actual: it denies an actual event)
    denial: bool
    figures: dict[Slot, Quantity]
    place: Place | None      # the place fusion compares: none for a countrywide attack total


def is_attack_total(claim: Claim) -> bool:
    """Dozens of drones or missiles launched or downed: a countrywide attack's count.

    The places its sentence names are targets or launch sites ("from the directions of
    Kursk and Oryol"), not the place of the count, and one sentence naming several gives
    one claim per place (claims.md): fusion sets them aside for such a claim.
    """
    if claim.type not in ("strike", "interception"):
        return False
    total = sum(q.value for q in claim.quantities
                if q.scope in ("launched", "intercepted") and q.unit in ("drone", "missile"))
    return total >= ATTACK_TOTAL


def effective_sides(claim: Claim, place: Place | None = None) -> tuple[str | None, str | None]:
    """Who did it and to whom, inferred where the claim does not say.

    An interception claimed by a party is its own air defence's (a party reports its own
    kills), else the air defence of the country it happened over. A party's count of what was
    launched is of what was launched at it. A strike, damage or casualties in Ukraine
    were done by Russia and the other way round.
    """
    known = ("UA", "RU", "third_party")
    actor = claim.actor_side if claim.actor_side in known else None
    target = claim.target_side if claim.target_side in known else None
    country = place.country if place else None
    party = claim.claimant.side if claim.claimant.side in PARTIES else None
    if claim.type == "strike" and actor is None and target is None and party and any(
            q.scope == "launched" for q in claim.quantities):
        target = party
    if claim.type == "interception":
        if party:
            # a party's count of what it shot down is its own air defence's, whatever the
            # claim's sides say (an extractor may copy them from the strike it answers)
            actor, target = party, _OTHER[party]
        if actor is None and country in PARTIES:
            actor = country
        if target is None and actor in PARTIES:
            target = _OTHER[actor]
    elif claim.type in _HIT_TYPES:
        if target is None and actor is None and country in PARTIES:
            target = country
        if actor is None and target in PARTIES:
            actor = _OTHER[target]
        if target is None and actor in PARTIES:
            target = _OTHER[actor]
    return actor, target


def profile(item: ClaimItem) -> Profile:
    """The claim's profile, computed once per item (fusion asks for it many times)."""
    cached = item.__dict__.get("_profile")
    if cached is None:
        cached = _profile(item)
        object.__setattr__(item, "_profile", cached)   # a cache beside the fields, not a field
    return cached


def _profile(item: ClaimItem) -> Profile:
    claim = item.claim
    place = None if is_attack_total(claim) else claim.place
    actor, target = effective_sides(claim, place)
    modality = "actual" if claim.modality == "negated" else claim.modality
    return Profile(window=claim_window(claim, item.published), actor=actor, target=target,
                   modality=modality, denial=claim.modality == "negated", figures=figures(claim), place=place)


# --- 2. compatibility ----------------------------------------------------------------------

def _norm(name: str | None) -> str:
    return " ".join((name or "").casefold().split())


def place_relation(a: Place | None, b: Place | None) -> str:
    """none (neither has one), unspecified (one has none), same, nested or conflict."""
    # A country alone ("across Ukraine") places nothing within the theatre: like no place.
    if a is not None and a.precision == "country" and b is None or b is not None and b.precision == "country" and a is None:
        return "none"
    if a is None and b is None:
        return "none"
    if a is None or b is None:
        return "unspecified"
    if a.country and b.country and a.country != b.country:
        return "conflict"
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return "conflict"
    if a.precision in _FINE and b.precision in _FINE:
        if a.geonameid is not None and a.geonameid == b.geonameid:
            return "same"
        names_a = {_norm(a.name), _norm(a.text)} - {""}
        names_b = {_norm(b.name), _norm(b.text)} - {""}
        return "same" if names_a & names_b else "conflict"
    if a.precision == b.precision:
        if a.precision == "region" and not (a.admin1 and b.admin1):
            names = ({_norm(a.name), _norm(a.text)} - {""}) & ({_norm(b.name), _norm(b.text)} - {""})
            return "same" if names else "nested"
        return "same"
    return "nested"


def place_name(p: Place | None) -> str:
    if p is None:
        return "-"
    return p.name or p.text or p.admin1 or p.country or "?"


def compatible(a: ClaimItem, b: ClaimItem, pa: Profile, pb: Profile) -> bool:
    """Whether two claims may be one event (no evidence yet that they are)."""
    ca, cb = a.claim, b.claim
    if ca.type != cb.type or pa.modality != pb.modality:
        return False
    if a.official and b.official:
        return False                       # one official report per event
    for x, y in ((pa.actor, pb.actor), (pa.target, pb.target)):
        if x is not None and y is not None and x != y:
            return False
    if pa.window is None or pb.window is None or not windows_match(pa.window, pb.window):
        return False
    if place_relation(pa.place, pb.place) == "conflict":
        return False
    if ca.doc_id == cb.doc_id and _norm(ca.claimant.name) == _norm(cb.claimant.name):
        # one report, one speaker, different figures: two incidents, not one
        if compare(ca, cb).conflict:
            return False
    return True


# --- 3. evidence ---------------------------------------------------------------------------

def evidence(a: ClaimItem, b: ClaimItem, pa: Profile, pb: Profile) -> tuple[int, str] | None:
    """(strength, reason) when two compatible claims are one event, else None.

    In order: a denial (only with an anchor, see :func:`_denial`); the same figures; the
    same place at the same time (a place on one side only is not enough); competing
    figures for one slot on the same night; the same statement by the same person; the
    same venue abroad. Figures too far apart (more than double, and by more than
    :data:`NEAR`) are never one event's competing counts, whatever else matches.
    """
    ca, cb = a.claim, b.claim
    relation = place_relation(pa.place, pb.place)
    cmp = compare(ca, cb)
    precise_time = not pa.window.vague and not pb.window.vague  # type: ignore[union-attr]
    specific = relation in ("same", "nested") and all(
        p is not None and p.precision != "country" for p in (pa.place, pb.place))
    if not all(_near(x, y) for _, x, y in cmp.conflict):
        return None
    if pa.denial != pb.denial:
        return _denial(a, b, pa, pb, relation, specific, cmp.agree, precise_time)
    agreed = ", ".join(slot_label(s) for s in cmp.agree)
    if cmp.agree and not cmp.conflict:
        return 4 + len(cmp.agree), f"same figures ({agreed}) as {_ref(b)}"
    if relation == "unspecified":
        return (2, f"same figures ({agreed}) as {_ref(b)}") if cmp.agree else None
    fine = relation == "same" and all(p.precision in _FINE for p in (pa.place, pb.place))  # type: ignore[union-attr]
    if specific and (precise_time or (fine and not cmp.conflict)):
        if relation == "same":
            return 3, f"same place ({place_name(pb.place)}) and time as {_ref(b)}"
        return 2, f"place {place_name(pa.place)} within {place_name(pb.place)} at the same time as {_ref(b)}"
    if cmp.conflict and precise_time and pa.actor is not None and pa.actor == pb.actor:
        what = "; ".join(f"{slot_label(s)} {x} vs {y}" for s, x, y in cmp.conflict)
        return 2, f"same slot, same time, different figures ({what}) than {_ref(b)}"
    if cmp.agree:
        return 2, f"same figures ({agreed}) as {_ref(b)}"
    name_a, name_b = _norm(ca.claimant.name), _norm(cb.claimant.name)
    speaker = ca.claimant.side not in ("media", "unknown")      # an outlet says many things a day
    if speaker and name_a and name_a == name_b and ca.doc_id != cb.doc_id and not cmp.conflict and precise_time:
        return 2, f"the same statement by {ca.claimant.name} as {_ref(b)}"
    if (relation == "same" and pa.place is not None and pa.place.precision == "country"
            and pa.place.country not in PARTIES):
        return 1, f"same venue ({place_name(pb.place)}) and time as {_ref(b)}"
    return None


def _near(x: int, y: int) -> bool:
    """Two counts that can be one event's, told differently: within double, or close."""
    low, high = sorted((x, y))
    return high - low <= NEAR or low * 2 >= high


def _denial(a: ClaimItem, b: ClaimItem, pa: Profile, pb: Profile, relation: str, specific: bool,
            agree: tuple, precise_time: bool) -> tuple[int, str] | None:
    """A negated claim denies a positive one when another party says it, and it points at
    the same thing: the same settlement; or, both giving a time, the same place, the same
    figures, or the accused denying the deed. A reporter's "no major advances were
    reported" denies nobody's claim, and an undated denial is nobody's hub."""
    denier, claimant = (a, b) if pa.denial else (b, a)
    d_side, c_side = denier.claim.claimant.side, claimant.claim.claimant.side
    if d_side == c_side or _same_claimant(denier.claim, claimant.claim):
        return None
    accused = (pb if pa.denial else pa).actor
    fine = relation == "same" and all(p.precision in _FINE for p in (pa.place, pb.place))  # type: ignore[union-attr]
    if specific and (fine or precise_time):
        anchor = f"the same place ({place_name((pb if pa.denial else pa).place)})"
    elif agree and precise_time:
        anchor = "the same figures"
    elif precise_time and d_side in PARTIES and d_side == accused and relation != "conflict":
        anchor = "the deed it is accused of"
    else:
        return None
    if pa.denial:
        return 3, f"denies the claim of {_ref(b)}: {anchor}"
    return 3, f"denied by {_ref(b)}: {anchor}"


def _ref(m: ClaimItem) -> str:
    """How a reason names another claim: its claimant and document."""
    c = m.claim.claimant
    return f"{c.name or c.text or c.side} in {m.claim.doc_id}"


def _same_claimant(a: Claim, b: Claim) -> bool:
    name_a, name_b = _norm(a.claimant.name), _norm(b.claimant.name)
    return bool(name_a) and name_a == name_b


# --- 4. assignment -----------------------------------------------------------------------

def new_event_id(anchor_claim_id: str, taken: set[str]) -> str:
    """``ev-`` and a hash of the founding claim's id; a suffix if that id is taken."""
    n = 0
    while True:
        key = anchor_claim_id if n == 0 else f"{anchor_claim_id}#{n}"
        event_id = "ev-" + hashlib.sha256(key.encode()).hexdigest()[:16]
        if event_id not in taken:
            return event_id
        n += 1


@dataclass
class _Draft:
    event_id: str
    order: int
    members: list[tuple[ClaimItem, Profile]] = field(default_factory=list)
    has_official: bool = False

    def add(self, item: ClaimItem, prof: Profile) -> None:
        self.members.append((item, prof))
        self.has_official = self.has_official or item.official


def _buckets(window: Window | None, claim_type: str) -> list[tuple]:
    """Index keys: the dates a short window touches; one key per type for longer ones."""
    if window is None:
        return []
    if window.grain != "short":
        return [(claim_type, window.grain)]
    day = window.start.date()
    keys = []
    while day <= window.end.date():
        keys.append((claim_type, day))
        day += timedelta(days=1)
    return keys


def _sort_key(item: ClaimItem, prof: Profile) -> tuple:
    start = iso(prof.window.start) if prof.window else "9999"
    return (start, item.claim_id)


def assign(new: Iterable[ClaimItem],
           existing: Mapping[str, Sequence[ClaimItem]] | None = None,
           taken: Iterable[str] = ()) -> dict[str, tuple[str, str]]:
    """``claim_id -> (event_id, reason)`` for every new claim.

    ``existing`` maps event ids to their current members; they are joined, never split.
    New claims are taken in time order (then claim id), so the same input gives the same
    events and the same ids. ``taken`` lists event ids a new event must not reuse.
    """
    drafts: list[_Draft] = []
    index: dict[tuple, list[_Draft]] = {}
    taken_ids = set(taken)

    def register(draft: _Draft, item: ClaimItem, prof: Profile) -> None:
        draft.add(item, prof)
        for key in _buckets(prof.window, item.claim.type):
            bucket = index.setdefault(key, [])
            if not bucket or bucket[-1] is not draft:
                if draft not in bucket:
                    bucket.append(draft)

    for event_id, members in sorted((existing or {}).items()):
        draft = _Draft(event_id, len(drafts))
        drafts.append(draft)
        taken_ids.add(event_id)
        for item in members:
            register(draft, item, profile(item))

    out: dict[str, tuple[str, str]] = {}
    items = [(item, profile(item)) for item in new]
    for item, prof in sorted(items, key=lambda ip: _sort_key(*ip)):
        best: tuple[tuple[int, int, int], _Draft, str] | None = None
        seen: set[int] = set()
        for key in _buckets(prof.window, item.claim.type):
            for draft in index.get(key, ()):
                if id(draft) in seen:
                    continue
                seen.add(id(draft))
                if item.official and draft.has_official:
                    continue
                found = _fit(item, prof, draft)
                if found is None:
                    continue
                strength, backing, reason = found
                rank = (strength, backing, -draft.order)
                if best is None or rank > best[0]:
                    best = (rank, draft, reason)
        if best is None:
            draft = _Draft(new_event_id(item.claim_id, taken_ids), len(drafts))
            taken_ids.add(draft.event_id)
            drafts.append(draft)
            reason = FOUNDED
        else:
            draft, reason = best[1], best[2]
        register(draft, item, prof)
        out[item.claim_id] = (draft.event_id, reason)
    return out


def _fit(item: ClaimItem, prof: Profile, draft: _Draft) -> tuple[int, int, str] | None:
    """Complete linkage: compatible with every member, evidence with at least one.

    Returns the strongest evidence, how many members back the claim, and the reason."""
    best: tuple[int, str] | None = None
    backing = 0
    for other, other_prof in draft.members:
        if not compatible(item, other, prof, other_prof):
            return None
        found = evidence(item, other, prof, other_prof)
        if found is not None:
            backing += 1
            if best is None or found[0] > best[0]:
                best = found
    return None if best is None else (best[0], backing, best[1])


def carry_over_ids(new: Mapping[str, set[str]], old: Mapping[str, set[str]]) -> dict[str, str]:
    """After a rebuild: each new event takes the id of the old event it shares most claims
    with (each old id once, largest overlaps first); the others keep their fresh ids."""
    overlaps = sorted(((len(claims & old_claims), new_id, old_id)
                       for new_id, claims in new.items() for old_id, old_claims in old.items()
                       if claims & old_claims), key=lambda t: (-t[0], t[1], t[2]))
    rename: dict[str, str] = {}
    used: set[str] = set()
    for _, new_id, old_id in overlaps:
        if new_id not in rename and old_id not in used:
            rename[new_id] = old_id
            used.add(old_id)
    taken = used | set(new)
    for new_id in sorted(new):
        if new_id not in rename:
            # a fresh id that happens to be an old event's id now used elsewhere gets a new one
            rename[new_id] = new_id if new_id not in used else new_event_id(min(new[new_id]), taken)
            taken.add(rename[new_id])
    return rename


def fuse(items: Iterable[ClaimItem]) -> list[Event]:
    """All claims into events in one go (tests, small batches): :func:`assign` + :func:`summarise`."""
    items = list(items)
    by_id = {i.claim_id: i for i in items}
    assignment = assign(items)
    grouped: dict[str, list[tuple[ClaimItem, str]]] = {}
    for claim_id, (event_id, reason) in assignment.items():
        grouped.setdefault(event_id, []).append((by_id[claim_id], reason))
    return [summarise(event_id, members) for event_id, members in sorted(grouped.items())]


# --- 5. summary ----------------------------------------------------------------------------

def summarise(event_id: str, members: Sequence[tuple[ClaimItem, str]]) -> Event:
    """The event of these members (in the order they joined; the first founded it)."""
    items = [m for m, _ in members]
    profs = {m.claim_id: profile(m) for m in items}
    official = next((m for m in items if m.official), None)
    agreement: dict[str, str | None] = {}
    for m in items:
        if official is None or m is official:
            agreement[m.claim_id] = None
            continue
        cmp = compare(m.claim, official.claim)
        agreement[m.claim_id] = "differs" if cmp.conflict else ("agrees" if cmp.agree else None)
    event_members = tuple(
        EventMember(claim_id=m.claim_id, doc_id=m.claim.doc_id, source=m.source_key, reason=reason,
                    official=m.official, agreement=agreement[m.claim_id], claim=m.claim)  # type: ignore[arg-type]
        for m, reason in members)
    contradictions = find_contradictions(items, profs)
    anchor = items[0].claim
    positives = [m for m in items if not profs[m.claim_id].denial]
    window_item = _most_precise_time(items, profs)
    window = profs[window_item.claim_id].window if window_item else None
    actor = _most_common(p.actor for p in profs.values())
    target = _most_common(p.target for p in profs.values())
    news_vs_official = [a for a in agreement.values() if a]
    event = Event(
        event_id=event_id, type=anchor.type,
        status=status_of(items, profs, contradictions),
        modality="negated" if not positives else _most_common(m.claim.modality for m in positives) or "actual",  # type: ignore[arg-type]
        members=event_members, actor_side=actor, target_side=target,  # type: ignore[arg-type]
        weapon=_weapon(items), place=_best_place(items),
        time=_time_of(window_item, window),
        day=event_day(window),
        figures=figure_ranges(m.claim for m in positives),
        contradictions=contradictions,
        sources=len({m.source_key for m in items}),
        documents=len({m.claim.doc_id for m in items}),
        claimant_sides=tuple(sorted({m.claim.claimant.side for m in items})),  # type: ignore[arg-type]
        official=("differs" if "differs" in news_vs_official else "agrees") if news_vs_official else None,  # type: ignore[arg-type]
    )
    return _with_summary(event)


def find_contradictions(items: Sequence[ClaimItem], profs: Mapping[str, Profile]) -> tuple[Contradiction, ...]:
    """Different figures for one slot (one pair per pair of values) and denials."""
    out: list[Contradiction] = []
    positives = [m for m in items if not profs[m.claim_id].denial]
    by_slot: dict[Slot, dict[int, ClaimItem]] = {}
    for m in positives:
        for s, q in profs[m.claim_id].figures.items():
            if comparable(s):
                by_slot.setdefault(s, {}).setdefault(q.value, m)
    for s in sorted(by_slot, key=str):
        firsts = sorted(by_slot[s].items())
        for i, (va, ma) in enumerate(firsts):
            for vb, mb in firsts[i + 1:]:
                qa, qb = profs[ma.claim_id].figures[s], profs[mb.claim_id].figures[s]
                if ma.claim_id == mb.claim_id or quantities_agree(qa, qb):
                    continue
                out.append(Contradiction("figures", (ma.claim_id, mb.claim_id),
                                         f"{slot_label(s)}: {_who(ma)} {va} vs {_who(mb)} {vb}"))
    for m in positives:
        if m.claim.status == "denied":       # the document itself says the other side denies it
            out.append(Contradiction("denial", (m.claim_id, m.claim_id),
                                     f"{_who(m)}'s claim is reported as denied by the other side"))
    for m in items:
        if not profs[m.claim_id].denial:
            continue
        denied = next((p for p in positives if p.claim.claimant.side != m.claim.claimant.side),
                      positives[0] if positives else None)
        if denied is not None:
            out.append(Contradiction("denial", (denied.claim_id, m.claim_id),
                                     f"{_who(m)} denies what {_who(denied)} claims"))
    return tuple(out)


def status_of(items: Sequence[ClaimItem], profs: Mapping[str, Profile],
              contradictions: Sequence[Contradiction]) -> str:
    """The status ladder.

    - contested: figures conflict, or some claim stands while a denial exists (a denial
      claim in the event, or a document reporting that the other side denies it);
    - denied: the event rests on denials only, or every claim is reported as denied;
    - corroborated: two independent sources (syndication groups; the official record is
      one), both sides, a third party beside a side, or a claim reported as confirmed;
    - single_party: anything else.
    """
    positives = [m for m in items if not profs[m.claim_id].denial]
    denials = [m for m in items if profs[m.claim_id].denial]
    standing = [m for m in positives if m.claim.status != "denied"]
    if any(c.kind == "figures" for c in contradictions):
        return "contested"
    if standing and (denials or len(standing) < len(positives)):
        return "contested"
    if not standing:
        return "denied"
    sides = {m.claim.claimant.side for m in standing}
    if (len({m.source_key for m in standing}) >= 2 or {"UA", "RU"} <= sides
            or ("third_party" in sides and sides & {"UA", "RU"})
            or any(m.claim.status == "confirmed" for m in standing)):
        return "corroborated"
    return "single_party"


def history(members: Sequence[tuple[ClaimItem, str]], published: Mapping[str, str | None],
            event_id: str = "") -> list[dict]:
    """How the event's status changed as reports came in, in publication order.

    One entry per document: ``{"published", "doc_id", "status", "claims"}``.
    """
    order: list[str] = []
    for m, _ in sorted(members, key=lambda mr: ((published.get(mr[0].claim.doc_id) or "9999"), mr[0].claim.doc_id)):
        if m.claim.doc_id not in order:
            order.append(m.claim.doc_id)
    out, seen = [], set()
    for doc_id in order:
        seen.add(doc_id)
        prefix = [mr for mr in members if mr[0].claim.doc_id in seen]
        event = summarise(event_id, prefix)
        out.append({"published": published.get(doc_id), "doc_id": doc_id, "status": event.status,
                    "claims": len(prefix)})
    return out


def _who(m: ClaimItem) -> str:
    c = m.claim.claimant
    return c.name or c.text or c.side


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    return sorted(v for v, n in counts.items() if n == top)[0]


def _weapon(items: Sequence[ClaimItem]) -> str | None:
    weapons = {m.claim.weapon for m in items if m.claim.weapon not in (None, "unknown")}
    if not weapons:
        return next((m.claim.weapon for m in items if m.claim.weapon), None)
    if len(weapons) == 1:
        return weapons.pop()
    return "mixed"


def _best_place(items: Sequence[ClaimItem]) -> Place | None:
    # the places fusion compared: a countrywide attack total's target list is no place of it
    places = [p for p in (profile(m).place for m in items) if p is not None]
    if not places:
        return None
    counts = Counter(places)
    return min(places, key=lambda p: (_PRECISION_RANK.get(p.precision, 9), -counts[p],
                                      p.lat is None, places.index(p)))


def _most_precise_time(items: Sequence[ClaimItem], profs: Mapping[str, Profile]) -> ClaimItem | None:
    timed = [m for m in items if profs[m.claim_id].window is not None]
    if not timed:
        return None
    return min(timed, key=lambda m: (profs[m.claim_id].window.vague,  # type: ignore[union-attr]
                                     profs[m.claim_id].window.length, items.index(m)))  # type: ignore[union-attr]


def _time_of(item: ClaimItem | None, window: Window | None) -> TimeSpan | None:
    # A stand-in window (the publication days) is not a time anybody gave: none then.
    if item is None or window is None or window.vague:
        return None
    return item.claim.time


def _with_summary(event: Event) -> Event:
    sides = f"{event.actor_side or '?'}->{event.target_side or '?'}" if (event.actor_side or event.target_side) else ""
    figs = "; ".join(f"{slot_label((f.scope, f.unit, f.category))} "
                     + (f"{f.low}" if f.low == f.high else f"{f.low}-{f.high}") for f in event.figures)
    where = place_name(event.place) if event.place else ""
    parts = [event.type.replace("_", " ")]
    if event.modality != "actual":
        parts.append(f"({event.modality})")
    if sides:
        parts.append(sides)
    if where:
        parts.append(f"in {where}")
    if event.day:
        parts.append(f"on {event.day}")
    text = " ".join(parts)
    if figs:
        text += f": {figs}"
    return replace(event, summary=text)


__all__ = ["ClaimItem", "Profile", "assign", "carry_over_ids", "compatible", "effective_sides", "evidence", "fuse",
           "history", "new_event_id", "place_relation", "profile", "status_of", "summarise", "describe"]
