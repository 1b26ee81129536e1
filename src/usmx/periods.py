"""Periods: the spans of time an official figure covers.

A period is identified by its first and last day. The ``kind`` only says how it is
usually written, so "calendar year 2021" and "12 months ending December 2021" are the
same period and compare equal; that is what lets a provisional 12-month-ending count
answer a question about a calendar year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Literal

from usmx.errors import UsmxError

PeriodKind = Literal["day", "month", "quarter", "year", "fiscal_year", "12m_ending", "span"]

MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
MONTHS["sept"] = 9

ACCEPTED_FORMS = (
    "2022 (calendar year), FY2022 (U.S. fiscal year Oct 2021-Sep 2022), 2022-05 (month), "
    "2022-Q1 (quarter), '12m to 2022-02' (12 months ending), 2021..2023 (span)"
)


class PeriodError(UsmxError, ValueError):
    """A period written in a form we do not accept."""


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date
    kind: PeriodKind = field(default="span", compare=False)

    # constructors ------------------------------------------------------------------
    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), _month_end(year, month), "month")

    @classmethod
    def quarter(cls, year: int, q: int) -> Period:
        if not 1 <= q <= 4:
            raise PeriodError(f"quarter must be 1-4, got {q}")
        first = 3 * (q - 1) + 1
        return cls(date(year, first, 1), _month_end(year, first + 2), "quarter")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def fiscal_year(cls, fy: int) -> Period:
        """U.S. federal fiscal year: FY2022 runs from 1 October 2021 to 30 September 2022."""
        return cls(date(fy - 1, 10, 1), date(fy, 9, 30), "fiscal_year")

    @classmethod
    def twelve_months_ending(cls, year: int, month: int) -> Period:
        end = _month_end(year, month)
        sy, sm = (year, month + 1) if month < 12 else (year + 1, 1)
        return cls(date(sy - 1, sm, 1), end, "12m_ending")

    @classmethod
    def span(cls, first: Period, last: Period) -> Period:
        return cls(first.start, last.end, "span")

    # properties ----------------------------------------------------------------------
    @cached_property
    def months(self) -> list[tuple[int, int]]:
        """The calendar months this period covers, if it is made of whole months."""
        out = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append((y, m))
            y, m = (y, m + 1) if m < 12 else (y + 1, 1)
        return out

    @property
    def is_whole_months(self) -> bool:
        return self.start.day == 1 and self.end == _month_end(self.end.year, self.end.month)

    @property
    def n_days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        s, e = self.start, self.end
        if not self.is_whole_months:
            return f"{s.isoformat()}..{e.isoformat()}"
        n = len(self.months)
        if n == 1:
            return f"{s.year}-{s.month:02d}"
        if n == 12 and s.month == 1:
            return str(s.year)
        if n == 12 and s.month == 10 and self.kind != "12m_ending":
            return f"FY{e.year}"
        if n == 12:
            return f"12m to {e.year}-{e.month:02d}"
        if n == 3 and s.month in (1, 4, 7, 10) and self.kind == "quarter":
            return f"{s.year}-Q{(s.month - 1) // 3 + 1}"
        return f"{s.year}-{s.month:02d}..{e.year}-{e.month:02d}"

    @cached_property
    def canonical_kind(self) -> PeriodKind:
        """The kind implied by the dates alone (ignoring how it was written)."""
        if not self.is_whole_months:
            return "day" if self.n_days == 1 else "span"
        n = len(self.months)
        if n == 1:
            return "month"
        if n == 3 and self.start.month in (1, 4, 7, 10):
            return "quarter"
        if n == 12 and self.start.month == 1:
            return "year"
        if n == 12 and self.start.month == 10:
            return "fiscal_year"
        if n == 12:
            return "12m_ending"
        return "span"

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def shift_years(self, years: int) -> Period:
        """The same period ``years`` earlier or later (used for year-on-year change)."""
        s = self.start.replace(year=self.start.year + years)
        e_year = self.end.year + years
        e = _month_end(e_year, self.end.month) if self.is_whole_months else self.end.replace(year=e_year)
        return Period(s, e, self.kind)

    def __str__(self) -> str:
        return self.label


_RE_YEAR = re.compile(r"^(?:cy\s*)?(\d{4})$", re.I)
_RE_FY = re.compile(r"^fy\s*-?\s*(\d{4}|\d{2})$", re.I)
_RE_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_RE_QUARTER = re.compile(r"^(\d{4})\s*-?\s*q([1-4])$", re.I)
_RE_12M = re.compile(
    r"^(?:12\s*m(?:onths)?|ttm|12-month)\s*(?:to|ending|ended)?\s*(\d{4})-(\d{1,2})$", re.I
)
_RE_MONTH_NAME = re.compile(r"^([a-z]+)\.?\s+(\d{4})$", re.I)
_RE_SPAN = re.compile(r"^(.+?)\s*(?:\.\.|/)\s*(.+)$")


def parse_period(text: str) -> Period:
    """Parse the period forms the CLI and API accept (see ``ACCEPTED_FORMS``)."""
    try:
        return _parse_period(text)
    except PeriodError:
        raise
    except ValueError:  # a year the calendar cannot hold, such as 0000
        raise PeriodError(f"year out of range in {text!r}") from None


def _parse_period(text: str) -> Period:
    t = " ".join(text.strip().split())
    if not t:
        raise PeriodError(f"empty period; accepted forms: {ACCEPTED_FORMS}")
    if m := _RE_YEAR.match(t):
        return Period.year(int(m.group(1)))
    if m := _RE_FY.match(t):
        fy = int(m.group(1))
        return Period.fiscal_year(fy + 2000 if len(m.group(1)) == 2 else fy)
    if m := _RE_MONTH.match(t):
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            raise PeriodError(f"month {mo} out of range in {text!r}")
        return Period.month(y, mo)
    if m := _RE_QUARTER.match(t):
        return Period.quarter(int(m.group(1)), int(m.group(2)))
    if m := _RE_12M.match(t):
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            raise PeriodError(f"month {mo} out of range in {text!r}")
        return Period.twelve_months_ending(y, mo)
    if (m := _RE_MONTH_NAME.match(t)) and m.group(1).lower() in MONTHS:
        return Period.month(int(m.group(2)), MONTHS[m.group(1).lower()])
    if m := _RE_SPAN.match(t):
        first, last = _parse_period(m.group(1)), _parse_period(m.group(2))
        if last.end < first.start:
            raise PeriodError(f"span {text!r} ends before it starts")
        return Period.span(first, last)
    raise PeriodError(f"unknown period {text!r}; accepted forms: {ACCEPTED_FORMS}")


def fiscal_year_of(d: date) -> int:
    return d.year + 1 if d.month >= 10 else d.year


def next_month(d: date) -> date:
    """The first day of the month after ``d``'s month."""
    return date(d.year + 1, 1, 1) if d.month == 12 else date(d.year, d.month + 1, 1)


def previous_month(d: date) -> tuple[int, int]:
    first = d.replace(day=1) - timedelta(days=1)
    return first.year, first.month
