"""The dashboard's spans and charts: where the claims are, and how finely they are counted."""

from __future__ import annotations

import datetime as dt

from frontwire.serve import charts, periods


def rows(days: dict[str, int], type_: str = "strike") -> list[dict]:
    return [{"day": d, "type": type_, "claims": n} for d, n in days.items()]


def every(start: str, n_days: int, step: int = 1, claims: int = 3) -> dict[str, int]:
    first = dt.date.fromisoformat(start)
    return {(first + dt.timedelta(days=i)).isoformat(): claims for i in range(0, n_days, step)}


# --- the span where the claims are -----------------------------------------------------------

def test_a_tally_since_2014_does_not_stretch_the_span() -> None:
    days = every("2024-01-01", 730, step=3) | {"2014-04-12": 1}
    span = periods.core_span((d, n) for d, n in days.items())
    assert (span.first, span.last) == ("2024-01-01", max(days))
    assert (span.before, span.after, span.earliest) == (1, 0, "2014-04-12")


def test_nothing_is_reported_after_the_newest_document() -> None:
    days = every("2025-12-01", 90) | {"2026-09-09": 4, "2027-01-29": 2}
    span = periods.core_span(days.items(), newest="2026-02-28")
    assert span.last == "2026-02-28" and span.after == 6 and span.latest == "2027-01-29"
    assert periods.core_span(days.items()).last == "2027-01-29"    # without it, a group this close stays


def test_many_scattered_strays_are_trimmed_but_the_edges_stay() -> None:
    # ten thousand claims over two years; forty strays spread over the eight years before
    days = every("2022-01-01", 730, claims=14)
    for year in range(2014, 2022):
        days |= {f"{year}-03-{d:02d}": 1 for d in (1, 9, 17, 25, 28)}
    span = periods.core_span(days.items())
    assert span.first == "2022-01-01" and span.last == "2023-12-31"
    assert span.before == 40 and span.inside == 730 * 14


def test_a_small_record_keeps_every_day_unless_a_group_is_a_year_away() -> None:
    days = {"2026-02-03": 2, "2026-02-05": 3, "2026-01-28": 1}
    span = periods.core_span(days.items())
    assert (span.first, span.last, span.outside) == ("2026-01-28", "2026-02-05", 0)
    # twenty claims and one dated ten years before them: too few to trim by share
    sparse = every("2024-01-01", 600, step=30, claims=1) | {"2014-04-12": 1}
    span = periods.core_span(sparse.items())
    assert span.first == "2024-01-01" and span.before == 1
    assert periods.core_span([]) is None
    assert periods.core_span([("unknown", 3), (None, 2), ("2026-13-45", 1)]) is None


# --- bins --------------------------------------------------------------------------------------

def test_the_grain_follows_the_length_of_the_span() -> None:
    assert periods.grain_for("2026-01-01", "2026-03-15") == "day"
    assert periods.grain_for("2024-01-01", "2025-12-31") == "week"
    assert periods.grain_for("2014-01-01", "2025-12-31") == "month"


def test_bins_start_on_a_monday_or_the_first_of_the_month() -> None:
    wednesday = dt.date(2026, 2, 4)
    assert periods.bin_start(wednesday, "week") == dt.date(2026, 2, 2)
    assert periods.bin_start(wednesday, "month") == dt.date(2026, 2, 1)
    assert periods.bin_label(dt.date(2026, 2, 2), "week") == "week of 2 Feb 2026"
    counted = periods.bin_counts(rows({"2026-02-02": 1, "2026-02-08": 2, "2026-02-09": 4, "2025-01-01": 9}),
                                 "week", first="2026-01-01")
    assert counted == {"strike": {"2026-02-02": 3, "2026-02-09": 4}}


# --- the charts ---------------------------------------------------------------------------------

def test_two_years_of_claims_are_weekly_bars_on_a_date_axis() -> None:
    days = every("2024-01-01", 731)
    figure = charts.type_timeline_figure(rows(days) + rows(days, "casualties"), "2024-01-01", "2025-12-31")
    layout = figure["layout"]
    assert layout["xaxis"]["type"] == "date" and "dtick" not in layout["xaxis"]
    assert layout["meta"]["grain"] == "week" and "week" in layout["title"]["text"]
    strikes = figure["data"][0]
    assert strikes["name"] == "strike" and strikes["xperiod"] == 7 * charts.DAY_MS
    assert all(dt.date.fromisoformat(x).weekday() == 0 for x in strikes["x"])
    assert 100 <= len(strikes["x"]) <= 106 and set(strikes["y"][1:-1]) == {21}    # 7 days x 3 claims
    assert strikes["customdata"][1] == "week of 8 Jan 2024"


def test_a_few_weeks_are_daily_bars_and_years_are_monthly() -> None:
    days = every("2026-01-01", 50)
    daily = charts.type_timeline_figure(rows(days))
    assert daily["layout"]["meta"]["grain"] == "day" and daily["data"][0]["x"] == sorted(days)
    decade = charts.type_timeline_figure(rows(every("2016-01-01", 3650, step=10)))
    assert decade["layout"]["meta"]["grain"] == "month" and decade["data"][0]["xperiod"] == "M1"
    assert all(x.endswith("-01") for x in decade["data"][0]["x"])


def test_the_air_chart_opens_on_the_last_90_nights_with_buttons_to_widen() -> None:
    news = [charts.Night(d, launched=100, intercepted=80) for d in every("2025-01-01", 365, step=5)]
    official = [{"night": d, "launched": 60, "destroyed": 50} for d in every("2025-01-01", 365)]
    official[-1]["launched"] = 300
    figure = charts.air_attack_figure(news, official)
    xaxis = figure["layout"]["xaxis"]
    assert xaxis["type"] == "date" and "dtick" not in xaxis
    assert xaxis["range"][0].startswith("2025-10-02") and xaxis["range"][1].startswith("2026-01-01")
    assert [b["label"] for b in xaxis["rangeselector"]["buttons"]] == ["30 nights", "90 nights", "1 year", "all"]
    assert figure["layout"]["yaxis"]["range"] == [0, 300 * 1.08]      # fitted to the nights in view
    assert [t["type"] for t in figure["data"]] == ["bar", "bar", "scatter", "scatter"]
    assert figure["data"][2]["mode"] == "lines"                    # a year of nights: no markers
    short = charts.air_attack_figure(news[:3], official[:12])
    assert "range" not in short["layout"]["xaxis"] and short["data"][2]["mode"] == "lines+markers"
