"""Time windows resolved against the publication date (claims.md rule 4 and section 6)."""

import pytest

from frontwire.extract.timex import event_time, find_times

PUB = "2026-03-08"          # a Sunday


def window(text, published=PUB):
    t = event_time(text, published)
    return None if t is None else (t.start, t.end, t.precision)


@pytest.mark.parametrize("text, expected", [
    ("Drones struck the port overnight.", ("2026-03-07T18:00", "2026-03-08T09:00", "part_of_day")),
    ("Drones struck overnight into Friday.", ("2026-03-05T18:00", "2026-03-06T09:00", "part_of_day")),
    ("Shelling continued on Thursday.", ("2026-03-05", "2026-03-05", "day")),
    ("The blast on Sunday injured two.", ("2026-03-08", "2026-03-08", "day")),
    ("The station was hit this morning.", ("2026-03-08T06:00", "2026-03-08T12:00", "part_of_day")),
    ("It was hit on Feb. 19.", ("2026-02-19", "2026-02-19", "day")),
    ("It was hit on 2 March 2026.", ("2026-03-02", "2026-03-02", "day")),
    ("The raid of December 30 killed four.", ("2025-12-30", "2025-12-30", "day")),
    ("Talks ran between February 10 and 14.", ("2026-02-10", "2026-02-14", "day")),
    ("Rounds were held on Jan. 20–21.", ("2026-01-20", "2026-01-21", "day")),
    ("Losses rose in January.", ("2026-01-01", "2026-01-31", "month")),
    ("Attacks grew last week.", ("2026-02-23", "2026-03-01", "week")),
    ("Fighting raged over the past 24 hours.", ("2026-03-07", "2026-03-08", "day")),
    ("Some 9,000 were killed since the start of the war.", ("2022-02-24", "2026-03-08", "day")),
    ("Strikes doubled since the beginning of this year.", ("2026-01-01", "2026-03-08", "day")),
    ("The next round is expected in early April.", ("2026-04-01", "2026-04-10", "month")),
    ("Talks will continue tomorrow.", ("2026-03-09", "2026-03-09", "day")),
])
def test_windows(text, expected):
    assert window(text) == expected


def test_the_day_of_the_statement_is_not_the_event_time():
    assert window("Russia fired 40 drones, the air force said Sunday.") is None
    assert window("The ministry said on Saturday that two villages were taken.") is None
    assert window("The governor on Friday said a school was hit.") is None
    # the statement's day is skipped, the event's day is kept
    assert window("The army said on Monday that the bridge was hit on Saturday.") == (
        "2026-03-07", "2026-03-07", "day")


def test_a_publication_time_with_a_zone():
    assert window("It happened overnight.", "2026-03-08T06:30:00+02:00")[0] == "2026-03-07T18:00"


def test_no_publication_date_keeps_the_words():
    t = event_time("The depot burned overnight.", None)
    assert t is not None and t.text == "overnight" and t.start is None


def test_nothing_to_find():
    assert find_times("", PUB) == []
    assert window("The talks were constructive.") is None


def test_a_plan_looks_forward():
    assert event_time("They will meet on Thursday.", PUB, future=True).start == "2026-03-12"
    assert event_time("The next round is due in April.", PUB, future=True).start == "2026-04-01"
    assert event_time("They met on Thursday.", PUB).start == "2026-03-05"


def test_the_time_inside_the_events_clause_wins():
    text = "Delegations met on Friday and agreed to swap prisoners next week."
    i = text.index("swap")
    t = event_time(text, PUB, near=i, future=True, within=(text.index("to swap"), len(text)))
    assert t.text == "next week"
