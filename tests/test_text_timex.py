"""Time expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from usmx.periods import Period
from usmx.text.normalize import lower, normalize
from usmx.text.timex import TimeExpr, find_timexes

PUB = date(2023, 9, 1)


def timexes(text: str, pub: date = PUB) -> list[TimeExpr]:
    low = lower(normalize(text))
    return find_timexes(low, 0, len(low), pub)


def only(text: str, pub: date = PUB) -> TimeExpr:
    found = timexes(text, pub)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "periods"),
    [
        ("in fiscal year 2022", "fiscal_year", [Period.fiscal_year(2022)]),
        ("in FY2023", "fiscal_year", [Period.fiscal_year(2023)]),
        ("FY 21", "fiscal_year", [Period.fiscal_year(2021)]),
        ("last year", "year", [Period.year(2022)]),
        ("in 2021", "year", [Period.year(2021)]),
        ("between 2021 and 2023", "span", [Period.year(2021), Period.year(2023)]),
        ("from fiscal year 2020 to 2022", "span", [Period.fiscal_year(2020), Period.fiscal_year(2022)]),
        ("2019-2021", "span", [Period.year(2019), Period.year(2021)]),
        ("since fiscal year 2020", "since", [Period.fiscal_year(2020)]),
        ("since 2019", "since", [Period.year(2019)]),
        ("since last May", "since", [Period.month(2023, 5)]),
        ("since last September", "since", [Period.month(2022, 9)]),
        ("from last October", "base", [Period.month(2022, 10)]),
        ("for several years in a row", "in_a_row", [Period.year(2021), Period.year(2022)]),
        ("three consecutive years", "in_a_row", [Period.year(2020), Period.year(2021), Period.year(2022)]),
        ("over the last three years", "last_n", [Period.year(2020), Period.year(2021), Period.year(2022)]),
        ("in May 2022", "month", [Period.month(2022, 5)]),
        ("in May", "month", [Period.month(2023, 5)]),
        ("in October", "month", [Period.month(2022, 10)]),
        ("last month", "month", [Period.month(2023, 8)]),
        ("in the first quarter of 2023", "quarter", [Period.quarter(2023, 1)]),
        ("the 12 months ending in April 2023", "twelve_months", [Period.twelve_months_ending(2023, 4)]),
        ("this year", "ytd", [Period.span(Period.month(2023, 1), Period.month(2023, 8))]),
        ("so far this year", "ytd", [Period.span(Period.month(2023, 1), Period.month(2023, 8))]),
    ],
)
def test_resolved_periods(text: str, kind: str, periods: list[Period]) -> None:
    t = only(text)
    assert t.kind == kind
    assert list(t.periods) == periods


@pytest.mark.parametrize(("text", "per"), [("each year", "year"), ("annual deaths", "year"),
                                           ("every day", "day"), ("daily", "day"), ("a month", "month"),
                                           ("per week", "week"), ("annually", "year")])
def test_rates(text: str, per: str) -> None:
    t = only(text)
    assert t.kind == "per" and t.per == per


def test_bare_years_are_marked_for_the_publishers_basis() -> None:
    assert only("in 2022").bare
    assert not only("in fiscal year 2022").bare
    assert not only("in calendar year 2022").bare


def test_time_of_a_report_is_not_the_period_of_the_figure() -> None:
    t = only("This year, the CDC reported record deaths", date(2022, 6, 12))
    assert t.reporting
    # a past, complete year is the figure's period even with a reporting verb
    assert not only("In 2021, CBP reported 1.7 million encounters").reporting


def test_dates_and_the_verb_may_are_not_periods() -> None:
    assert only("on June 12, 2022").kind == "date"
    assert timexes("We may see more") == []


def test_first_months_of_a_year() -> None:
    t = only("in the first 11 months of 2021")
    assert t.kind == "part_year" and t.periods == (Period.span(Period.month(2021, 1), Period.month(2021, 11)),)


def test_the_base_of_a_comparison() -> None:
    t = only("an increase over 2020")
    assert t.kind == "base" and t.periods == (Period.year(2020),)
    assert [x.kind for x in timexes("over 2000 migrants")] != ["base"]
