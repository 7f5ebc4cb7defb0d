"""A record over two years, for the dashboard's charts and spans (invented wire pages).

Every third week from January 2024 to December 2025 a page reports a night's drone attack
(launched and shot down; the largest in spring 2024) and, every other time, a village taken in the Donetsk region.
One page also gives a tally "since 2014", a claim dated ten years before the rest: the
stray the overview must not stretch its charts for.
"""

from __future__ import annotations

import datetime as dt

from frontwire.records import Quantity, TimeSpan
from frontwire.store import Store

from test_serve_data import AIR_FORCE, DONETSK, RU_MOD, Page, Spec, processed

FIRST_MORNING = dt.date(2024, 1, 3)
PAGES_EVERY_DAYS = 21
N_PAGES = 35                                  # 2024-01-03 .. 2025-12-03
STRAY_DAY = "2014-04-12"
PEAK = 5                                      # the page with the largest attack, early on


def night(morning: dt.date) -> TimeSpan:
    evening = morning - dt.timedelta(days=1)
    return TimeSpan("overnight", f"{evening.isoformat()}T18:00", f"{morning.isoformat()}T09:00", "part_of_day")


def page(i: int) -> Page:
    morning = FIRST_MORNING + dt.timedelta(days=PAGES_EVERY_DAYS * i)
    launched, downed = (600, 540) if i == PEAK else (40 + 7 * i, 30 + 5 * i)
    strike = f"Russia launched {launched} drones at Ukraine overnight, the air force said on {morning:%A}."
    downs = f"Air defences shot down {downed} of them, the air force said."
    village = "Russia's Defense Ministry said its forces had taken control of a village in the Donetsk region."
    tally = "The regional governor said the region had come under fire more than 9,000 times since April 2014."
    lines = [f"Drone attack on Ukraine, week {i + 1}", "By A. Writer, Example Wire",
             f"{morning:%B} {morning.day}, {morning.year}", f"KYIV (Example Wire) - {strike} {downs}"]
    claims = [Spec(strike, "strike", AIR_FORCE, (Quantity("launched", "drone", launched),), time=night(morning),
                   target_side="UA", weapon="drone"),
              Spec(downs, "interception", AIR_FORCE, (Quantity("intercepted", "drone", downed),), time=night(morning))]
    if i % 2 == 0:
        lines.append(village)
        claims.append(Spec(village, "territorial_change", RU_MOD, (Quantity("captured", "settlement", 1),), DONETSK,
                           time=TimeSpan("on Tuesday", morning.isoformat(), morning.isoformat(), "day")))
    if i == 10:
        lines.append(tally)
        claims.append(Spec(tally, "strike", AIR_FORCE, (), DONETSK,
                           time=TimeSpan("since April 2014", STRAY_DAY, morning.isoformat(), "day")))
    return Page(f"long-{i:02d}", f"{morning.isoformat()}T10:00:00+02:00", lines[0],
                f"https://example.org/long/{i:02d}", text="\n".join(lines) + "\n", claims=claims)


PAGES = [page(i) for i in range(N_PAGES)]
LAST_MORNING = (FIRST_MORNING + dt.timedelta(days=PAGES_EVERY_DAYS * (N_PAGES - 1))).isoformat()


def build_long_store(url: str) -> Store:
    store = Store(url)
    for p in PAGES:
        assert store.save(processed(p)) == "added"
    return store
