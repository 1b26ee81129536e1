"""Reading number expressions: digits, words, scales, ranges, fractions, vague magnitudes and changes."""

from __future__ import annotations

import pytest

from usmx.text.normalize import lower, normalize
from usmx.text.numbers import capped_step, parse_digits, parse_word_number
from usmx.text.quantities import Quantity, find_quantities


def quantities(text: str) -> list[Quantity]:
    low = lower(normalize(text))
    return find_quantities(low, 0, len(low))


def one(text: str) -> Quantity:
    qs = [q for q in quantities(text) if q.form != "year"]
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize(
    ("text", "value", "high", "unit", "form"),
    [
        ("a record 2.3 million migrants", 2_300_000, None, None, "digits"),
        ("nearly $60 billion sent", 60e9, None, "USD", "digits"),
        ("7,500 are arriving", 7500, None, None, "digits"),
        ("30-35 percent of territory", 30, 35, "percent", "digits"),
        ("30\u201335% of territory", 30, 35, "percent", "digits"),
        ("between 30 and 35 percent of it", 30, 35, "percent", "digits"),
        ("$50 billion to $60 billion", 50e9, 60e9, "USD", "digits"),
        ("2 to 3 million people", 2e6, 3e6, None, "digits"),
        ("nearly half of Mexico's territory", 50, None, "percent", "fraction"),
        ("a third of the country", 100 / 3, None, "percent", "fraction"),
        ("about one-quarter of GDP", 25, None, "percent", "fraction"),
        ("one in five Americans", 20, None, "percent", "fraction"),
        ("killing tens of thousands of Americans", 10_000, 99_999, None, "vague"),
        ("tens of billions of dollars", 10e9, 99_999_999_999, None, "vague"),
        ("hundreds of thousands of people", 100_000, 999_999, None, "vague"),
        ("seizures tripled", 3, None, "ratio", "multiplier"),
        ("deaths doubled", 2, None, "ratio", "multiplier"),
        ("expected to more than double", 2, None, "ratio", "multiplier"),
        ("three times as many", 3, None, "ratio", "multiplier"),
        ("a 3-fold rise", 3, None, "ratio", "multiplier"),
        ("two million migrants", 2e6, None, None, "words"),
        ("half a million people", 5e5, None, None, "words"),
        ("one hundred thousand people", 1e5, None, None, "words"),
        ("US$1.2 trillion in trade", 1.2e12, None, "USD", "digits"),
        ("$4.4bn in cash", 4.4e9, None, "USD", "digits"),
    ],
)
def test_number_forms(text: str, value: float, high: float | None, unit: str | None, form: str) -> None:
    q = one(text)
    assert q.value == pytest.approx(value)
    assert (q.high is None) if high is None else q.high == pytest.approx(high)
    assert q.unit == unit
    assert q.form == form


def test_percent_increase_and_changes_are_marked() -> None:
    assert one("a 172 percent increase since then").change == 1
    assert one("deaths fell 12 percent last year").change == -1
    assert one("rose by 20,000 in a year").change == 1
    assert one("17 percent of all investment").change == 0


def test_spans_cover_currency_scale_and_percent() -> None:
    text = "sent nearly $60 billion to Mexico and 30-35 percent more"
    qs = quantities(text)
    assert [text[q.start:q.end] for q in qs] == ["$60 billion", "30-35 percent"]


@pytest.mark.parametrize("text", ["the 85th anniversary", "COVID-19 spread", "code T40.4 deaths", "doubled down on it"])
def test_not_quantities(text: str) -> None:
    assert [q for q in quantities(text) if q.form != "year"] == []


def test_years_are_marked_as_years() -> None:
    qs = quantities("in 2022 and between 2021 and 2023")
    assert all(q.form == "year" for q in qs)


def test_precision_is_the_rounding_step_capped_at_a_tenth() -> None:
    assert parse_digits("2.3") == (2.3, 0.1)
    assert parse_digits("106,000") == (106000.0, 1000.0)
    assert parse_digits("7,500") == (7500.0, 100.0)
    assert capped_step(100_000, 100_000) == 10_000
    assert one("2.3 million").step == pytest.approx(100_000)


def test_word_numbers() -> None:
    assert parse_word_number("twenty-five") == 25
    assert parse_word_number("seven") == 7
    assert parse_word_number("three hundred thousand") == 300_000
    assert parse_word_number("banana") is None
