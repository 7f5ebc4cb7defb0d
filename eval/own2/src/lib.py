"""Small helpers to write a page and its gold claims compactly.

A page module defines ID, URL, PUBLISHED or RETRIEVED, DATE (the date the page prints, used as
article.published), TITLE, BYLINE, TEXT (lines starting with the marker "¶" are body paragraphs;
the marker is removed in the page text) and CLAIMS (a list built with C()).
"""
import datetime as _dt

BODY_MARK = "¶"


def K(text, name, side):
    """Claimant: as written, normalised name, side."""
    return {"text": text, "name": name, "side": side}


def Q(scope, unit, value, approx="exact", category=None):
    return {"scope": scope, "unit": unit, "value": int(value), "approx": approx, "category": category}


def P(text, name, code, precision):
    """Place. code: an ISO 3166-2 code ("UA-51") or a bare ISO 3166-1 country code ("UA")."""
    if "-" in code:
        country, admin1 = code.split("-")[0], code
    else:
        country, admin1 = code, None
    return {"text": text, "name": name, "country": country, "admin1": admin1, "precision": precision}


def T(text, start, end=None, precision="day"):
    return {"text": text, "start": start, "end": end if end is not None else start, "precision": precision}


def NIGHT(text, morning):
    """The night that ends on the morning of `morning` (YYYY-MM-DD): 18:00 the day before to 09:00."""
    d = _dt.date.fromisoformat(morning)
    eve = d - _dt.timedelta(days=1)
    return {"text": text, "start": f"{eve.isoformat()}T18:00", "end": f"{d.isoformat()}T09:00",
            "precision": "part_of_day"}


def SINCE_WAR(text, until):
    return {"text": text, "start": "2022-02-24", "end": until, "precision": "day"}


def C(type, claimant, actor, target, quantities, weapon, place, time, ev,
      modality="actual", status="asserted"):
    return {"type": type, "claimant": claimant, "actor_side": actor, "target_side": target,
            "quantities": quantities, "weapon": weapon, "place": place, "time": time,
            "modality": modality, "status": status, "evidence": {"text": ev}}
