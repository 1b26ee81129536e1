"""Direction of travel: is a series rising, falling or flat, by a method we can name.

Two signals must agree before a series is called rising or falling. The first compares the
latest twelve months with the twelve before (sums for flows, means for rates and shares),
which is immune to seasonality and is what readers mean by "up on last year". The second
is a seasonal Mann-Kendall test (Hirsch, Slack and Smith, 1982) on the latest 36 months:
each calendar month is compared only with the same month in other years, so a seasonal
peak is not mistaken for a trend, and one spike cannot carry the result. Annual series use
the latest year against the one before and a plain Mann-Kendall test on the latest ten
years. The method text below is shown on every page that shows a verdict.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from usmx.catalog import Indicator
from usmx.store import Answer, Store

Direction = Literal["rising", "falling", "flat", "mixed", "not_assessed"]

ALPHA = 0.05
FLAT_RELATIVE = 0.02  # within +/-2% on the previous period counts as flat
FLAT_POINTS = 0.5  # for shares: within +/-0.5 percentage points

METHOD_NAME = "12-month totals compared year on year, with a seasonal Mann-Kendall trend test"
METHOD_TEXT = (
    "Direction of travel compares the latest 12 months with the 12 months before them "
    "(sums for counts and money, averages for rates and shares; for annual series, the latest "
    "year with the year before) and runs a seasonal Mann-Kendall trend test on the latest 36 "
    "months, comparing each calendar month only with the same month in other years (annual "
    "series: a Mann-Kendall test on the latest 10 years). A series is rising or falling when "
    "the change is larger than 2% (0.5 points for shares) and the test finds a trend in the same "
    "direction at the 5% level; flat when the change is smaller and the test finds no trend; "
    "mixed when the two disagree."
)

LABELS: dict[str, str] = {
    "rising": "Rising",
    "falling": "Falling",
    "flat": "Flat",
    "mixed": "Mixed",
    "not_assessed": "Not assessed",
}
ICONS: dict[str, str] = {"rising": "↑", "falling": "↓", "flat": "→", "mixed": "↕", "not_assessed": "–"}


@dataclass(frozen=True)
class MannKendall:
    s: int
    variance: float
    z: float
    p: float
    n: int
    seasons: int
    slope_per_year: float | None

    @property
    def significant(self) -> bool:
        return self.p < ALPHA


@dataclass(frozen=True)
class Trend:
    direction: Direction
    reason: str
    change: float | None = None  # relative change (or points, for shares)
    change_is_points: bool = False
    window: str = ""
    previous_window: str = ""
    test: MannKendall | None = None

    @property
    def label(self) -> str:
        return LABELS[self.direction]

    @property
    def icon(self) -> str:
        return ICONS[self.direction]

    def to_dict(self) -> dict[str, object]:
        t = self.test
        return {
            "direction": self.direction,
            "reason": self.reason,
            "change": self.change,
            "change_unit": "points" if self.change_is_points else "relative",
            "window": self.window or None,
            "previous_window": self.previous_window or None,
            "test": None if t is None else {
                "name": "seasonal Mann-Kendall" if t.seasons > 1 else "Mann-Kendall",
                "s": t.s, "z": t.z, "p": t.p, "n": t.n, "seasons": t.seasons,
                "sen_slope_per_year": t.slope_per_year,
            },
            "method": METHOD_NAME,
        }


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def _tie_term(values: Sequence[float]) -> float:
    counts: dict[float, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return float(sum(t * (t - 1) * (2 * t + 5) for t in counts.values() if t > 1))


def mann_kendall(groups: Sequence[Sequence[float]]) -> MannKendall:
    """(Seasonal) Mann-Kendall test over ``groups``, each one season's values in time order.

    A single group is the ordinary test. The statistic and its variance are summed over the
    seasons (the seasons are treated as independent, as in Hirsch et al.). The slope is Sen's:
    the median of pairwise slopes within a season; consecutive values in a season (or in an
    annual series) are a year apart, so it is a change per year.
    """
    s = 0
    var = 0.0
    n_total = 0
    slopes: list[float] = []
    for values in groups:
        n = len(values)
        n_total += n
        for i in range(n):
            for j in range(i + 1, n):
                s += _sign(values[j] - values[i])
                slopes.append((values[j] - values[i]) / (j - i))
        var += (n * (n - 1) * (2 * n + 5) - _tie_term(values)) / 18.0
    if var <= 0:
        z = 0.0
    elif s > 0:
        z = (s - 1) / math.sqrt(var)
    elif s < 0:
        z = (s + 1) / math.sqrt(var)
    else:
        z = 0.0
    p = math.erfc(abs(z) / math.sqrt(2))
    slopes.sort()
    slope = None
    if slopes:
        mid = len(slopes) // 2
        slope = slopes[mid] if len(slopes) % 2 else (slopes[mid - 1] + slopes[mid]) / 2
    return MannKendall(s, var, z, p, n_total, len(groups), slope)


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _consecutive_tail(points: list[Answer], step_months: int) -> list[Answer]:
    """The longest run of evenly spaced periods ending at the latest one (gaps end the run)."""
    if not points:
        return []
    out = [points[-1]]
    for a in reversed(points[:-1]):
        if _month_index(out[-1].period.start) - _month_index(a.period.start) != step_months:
            break
        out.append(a)
    out.reverse()
    return out


def _combine(values: list[float], how: str) -> float:
    if how == "mean":
        return sum(values) / len(values)
    if how == "last":
        return values[-1]
    return sum(values)


def _change(cur: float, before: float, points: bool) -> float:
    """Points for shares; otherwise relative to the size of the earlier value, so a deficit
    that deepens (a more negative balance) reads as falling."""
    return cur - before if points else (cur - before) / abs(before)


def _decide(change: float, points: bool, test: MannKendall) -> tuple[Direction, str]:
    flat = abs(change) < (FLAT_POINTS if points else FLAT_RELATIVE)
    shown = f"{change:+.1f} points" if points else f"{change:+.1%}"
    trend_word = "an upward" if test.z > 0 else "a downward"
    if test.significant:
        found = f"the trend test finds {trend_word} trend (p = {test.p:.3f})"
    else:
        found = f"the trend test finds no significant trend (p = {test.p:.2f})"
    if flat and not test.significant:
        return "flat", f"{shown} on the previous period and {found}"
    if not flat and test.significant and _sign(change) == _sign(test.z):
        return ("rising" if change > 0 else "falling"), f"{shown} on the previous period and {found}"
    return "mixed", f"{shown} on the previous period, but {found}"


def assess(store: Store, indicator: Indicator) -> Trend:
    """The direction-of-travel verdict for one indicator, from its best figures."""
    if indicator.is_estimate:
        return Trend("not_assessed", "dated estimates, not a statistical series")
    if indicator.unit == "rank":
        return Trend("not_assessed", "a rank, not a quantity")
    points = indicator.unit == "percent"
    series = store.series(indicator.id)
    if not series:
        return Trend("not_assessed", "no data")
    kind = series[-1].period.canonical_kind
    if indicator.frequency == "12m_ending" and len(_consecutive_tail(series, 1)) >= 24:
        return _assess_periodic(series, indicator, points, step=1, per_year=12, rolling=True)
    if indicator.frequency == "month" and kind == "month":
        return _assess_periodic(series, indicator, points, step=1, per_year=12, rolling=False)
    if kind == "quarter":
        return _assess_periodic(series, indicator, points, step=3, per_year=4, rolling=False)
    yearly = store.series(indicator.id, "year")
    return _assess_annual(yearly, points)


def _assess_periodic(
    series: list[Answer], indicator: Indicator, points: bool, step: int, per_year: int, rolling: bool
) -> Trend:
    tail = _consecutive_tail(series, step)
    if len(tail) < 2 * per_year:
        return Trend("not_assessed", f"fewer than {2 * per_year} consecutive periods")
    last, prev = tail[-per_year:], tail[-2 * per_year:-per_year]
    if rolling:
        # Each point is already a 12-month total: compare the latest with the one a year before.
        cur, before = last[-1].value, prev[-1].value
        window, prev_window = last[-1].period.label, prev[-1].period.label
    else:
        cur = _combine([a.value for a in last], indicator.aggregation)
        before = _combine([a.value for a in prev], indicator.aggregation)
        window = f"{last[0].period.label}..{last[-1].period.label}"
        prev_window = f"{prev[0].period.label}..{prev[-1].period.label}"
    if not points and before == 0:
        return Trend("not_assessed", "the earlier value is zero, so a relative change is not defined")
    change = _change(cur, before, points)
    recent = tail[-3 * per_year:]
    groups = [[a.value for a in recent[k::per_year]] for k in range(per_year)]
    test = mann_kendall(groups)
    direction, reason = _decide(change, points, test)
    return Trend(direction, reason, change, points, window, prev_window, test)


def _assess_annual(yearly: list[Answer], points: bool) -> Trend:
    tail = [a for a in yearly if a.period.canonical_kind == "year"]
    tail = _consecutive_tail(tail, 12)
    if len(tail) < 4:
        return Trend("not_assessed", "fewer than 4 consecutive years")
    cur, before = tail[-1].value, tail[-2].value
    if not points and before == 0:
        return Trend("not_assessed", "the earlier value is zero, so a relative change is not defined")
    change = _change(cur, before, points)
    test = mann_kendall([[a.value for a in tail[-10:]]])
    direction, reason = _decide(change, points, test)
    return Trend(direction, reason, change, points, tail[-1].period.label, tail[-2].period.label, test)
