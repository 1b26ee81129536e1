"""Periods: the forms users type, and the identities the store relies on."""

from datetime import date

import pytest

from usmx.periods import Period, PeriodError, parse_period


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("2022", date(2022, 1, 1), date(2022, 12, 31), "2022"),
        ("FY2022", date(2021, 10, 1), date(2022, 9, 30), "FY2022"),
        ("fy22", date(2021, 10, 1), date(2022, 9, 30), "FY2022"),
        ("2022-05", date(2022, 5, 1), date(2022, 5, 31), "2022-05"),
        ("May 2022", date(2022, 5, 1), date(2022, 5, 31), "2022-05"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
        ("2022-Q1", date(2022, 1, 1), date(2022, 3, 31), "2022-Q1"),
        ("12m to 2022-02", date(2021, 3, 1), date(2022, 2, 28), "12m to 2022-02"),
        ("2021..2023", date(2021, 1, 1), date(2023, 12, 31), "2021-01..2023-12"),
    ],
)
def test_accepted_forms(text: str, start: date, end: date, label: str) -> None:
    p = parse_period(text)
    assert (p.start, p.end, p.label) == (start, end, label)


def test_a_calendar_year_is_the_twelve_months_ending_december() -> None:
    assert Period.year(2021) == Period.twelve_months_ending(2021, 12)
    assert Period.twelve_months_ending(2021, 12).label == "2021"


def test_a_fiscal_year_runs_october_to_september() -> None:
    fy = Period.fiscal_year(2022)
    assert fy == Period.twelve_months_ending(2022, 9)
    assert fy.months[0] == (2021, 10) and fy.months[-1] == (2022, 9)
    assert fy.canonical_kind == "fiscal_year"


def test_shift_years_keeps_month_ends() -> None:
    assert Period.month(2024, 2).shift_years(-1) == Period.month(2023, 2)
    assert Period.fiscal_year(2022).shift_years(-2) == Period.fiscal_year(2020)


@pytest.mark.parametrize("bad", ["", "22", "2022-13", "FY", "last year", "2023..2021", "12m to 2022-00"])
def test_bad_periods_name_the_accepted_forms(bad: str) -> None:
    with pytest.raises(PeriodError) as err:
        parse_period(bad)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("bad", ["0000", "FY0000", "0000-05", "0000-Q1"])
def test_years_the_calendar_cannot_hold_are_period_errors(bad: str) -> None:
    with pytest.raises(PeriodError, match="out of range"):
        parse_period(bad)


def test_a_four_digit_fiscal_year_is_never_read_as_two_digits() -> None:
    assert parse_period("FY0022").end.year == 22  # as written, not FY2022
    assert parse_period("FY22") == Period.fiscal_year(2022)


def test_the_last_year_the_calendar_holds_has_its_months() -> None:
    assert len(parse_period("9999").months) == 12
