"""Small helpers for writing the hand labels of eval/own compactly.

Each page module (ownNN.py) holds the page text and its labels. The helpers only spell the
labels out in the gold format; every value (type, side, place code, time window) is
chosen by hand in the page module.
"""
import datetime as dt

BODY_MARK = "¶"   # a page line that starts with this mark is a body paragraph (the mark is removed)

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def Q(scope, unit, value, approx="exact", category=None):
    return {"scope": scope, "unit": unit, "value": int(value), "approx": approx, "category": category}


def P(text, name, country, admin1, precision):
    return {"text": text, "name": name, "country": country, "admin1": admin1, "precision": precision}


def T(text, start, end, precision):
    return {"text": text, "start": start, "end": end, "precision": precision}


def night(text, pub):
    """'overnight' in an article of date pub: 18:00 the evening before to 09:00 (claims.md, section 6)."""
    d = dt.date.fromisoformat(pub)
    return T(text, f"{d - dt.timedelta(days=1)}T18:00", f"{d}T09:00", "part_of_day")


def night_before(text, day):
    """the night that ends on the morning of `day`."""
    return night(text, day)


def day(text, iso):
    return T(text, iso, iso, "day")


def weekday(text, name, pub):
    """the most recent `name` (Monday...) on or before the publication date."""
    d = dt.date.fromisoformat(pub)
    back = (d.weekday() - WEEKDAYS.index(name)) % 7
    iso = str(d - dt.timedelta(days=back))
    return T(text, iso, iso, "day")


def since_war(text, pub):
    """a running tally: from the start of the full-scale war to the publication date."""
    return T(text, "2022-02-24", pub, "day")


def C(type, claimant, evidence, *, actor=None, target=None, q=(), weapon=None, place=None,
      time=None, modality="actual", status="asserted"):
    text, name, side = claimant
    return {
        "type": type,
        "claimant": {"text": text, "name": name, "side": side},
        "actor_side": actor,
        "target_side": target,
        "quantities": list(q),
        "weapon": weapon,
        "place": place,
        "time": time,
        "modality": modality,
        "status": status,
        "evidence": {"text": evidence},
    }


# places named often (ISO 3166-2 codes as in ../shared/reference/gazetteer/iso3166_2_UA_RU.csv)
UKRAINE = lambda text="Ukraine": P(text, "Ukraine", "UA", None, "country")
RUSSIA = lambda text="Russia": P(text, "Russia", "RU", None, "country")
