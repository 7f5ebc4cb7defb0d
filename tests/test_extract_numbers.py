"""Numbers that count things, and the ones that do not (years, dates, ages, designations)."""

import pytest

from frontwire.extract.numbers import find_numbers, words_value


def values(text):
    return [(n.value, n.approx, n.kind) for n in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    ("two hundred and fifty", 250),
    ("twenty-five", 25),
    ("two dozen", 24),
    ("a dozen", 12),
    ("three million", 3_000_000),
    ("Fifteen", 15),
    ("a thousand", 1000),
])
def test_number_words(text, expected):
    assert words_value(text) == expected


def test_counts_with_digits_words_and_separators():
    text = "Moscow sent 212 drones, four missiles and 1,350 shells at the region"
    assert values(text) == [(212, "exact", "count"), (4, "exact", "count"), (1350, "exact", "count")]


@pytest.mark.parametrize("text, approx", [
    ("some 310 drones", "about"), ("around 80 drones", "about"), ("nearly 40 people", "about"),
    ("roughly 900 soldiers", "about"), ("at least 9 people", "at_least"), ("more than 60 drones", "at_least"),
    ("over 300 shells", "at_least"), ("well over 200 crews", "at_least"), ("up to 25 missiles", "at_most"),
    ("less than 10 villages", "at_most"), ("300+ drones", "at_least"),
])
def test_approximation(text, approx):
    assert [n.approx for n in find_numbers(text)] == [approx]


@pytest.mark.parametrize("text", [
    "The war began in 2022 and grew in 2023.",                 # years
    "It happened on Feb. 7 and again on 19 March.",            # dates
    "Talks took place on Jan. 12–13 and between March 3 and 9.",
    "A 34-year-old nurse and a 70-year-old man were treated.",  # ages
    "The Su-25 and a Kh-59 missile, an S-300 and an FP-5.",    # designations
    "a 45-minute call, a 9-storey block and a 750-kilovolt line",
    "It lasted six hours over three days and two weeks.",      # durations
    "The plant is 480 km (300 miles) from the border.",        # distances
    "The fund paid $400m and 12 billion euros.",               # money
    "by 5 p.m. local time, or 11:30 GMT",                      # clock times
    "the 93rd brigade held its 3rd position",                  # ordinals
    "No one was hurt.",                                        # "no one"
])
def test_not_counts(text):
    assert find_numbers(text) == []


def test_area_and_percent():
    assert values("regained 120 square kilometres (46 square miles)") == [(120, "exact", "area")]
    assert values("took 75sq km of land") == [(75, "exact", "area")]
    assert values("holds about 18 percent of the country") == [(18, "about", "percent")]
    assert find_numbers("only 2.5 percent") == []              # not a whole number


def test_ranges_give_bounds():
    assert values("between 300 and 500 tanks") == [(300, "at_least", "count"), (500, "at_most", "count")]
    assert values("5-7 drones") == [(5, "at_least", "count"), (7, "at_most", "count")]


def test_a_count_that_looks_like_a_year():
    assert values("Russia launched 2000 drones in a week") == [(2000, "exact", "count")]


def test_odd_input_does_not_fail():
    assert find_numbers("") == []
    assert find_numbers("\x00\x01\ufffd" * 100) == []
    assert len(find_numbers("9 " * 5000)) == 5000
