"""Impact analysis: did a monthly series change when an event happened, and by how much?

The method is an interrupted time series: a segmented regression of the monthly values on
a straight-line trend, a step and a change of slope from the first month after the event,
and month-of-year terms (when there are at least 24 months before the event to learn the
seasonal pattern from), with first-order autoregressive (AR(1)) errors. The counterfactual
is the fitted pre-event line carried forward; the effect is what the step and the slope
change add to it.

Why REML, and why the intervals integrate over the autocorrelation: neighbouring months are
correlated, and maximum likelihood (SARIMAX) or two-step (GLSAR, Cochrane–Orcutt) estimates
of the AR coefficient are biased towards zero in series of a few dozen points once a trend,
a step and seasonal terms are fitted, so standard errors come out too small. Restricted
maximum likelihood (REML) is the least biased of the usual choices (Turner et al. 2021,
"Evaluation of statistical methods used in the analysis of interrupted time series
studies: a simulation study", BMC Medical Research Methodology,
doi:10.1186/s12874-021-01364-0). Even so, treating the estimated coefficient as known
still leaves intervals a little short when the autocorrelation is strong (about 92% coverage
at AR(1) 0.4–0.6 in bench/bench_impact.py). So the intervals average over the values of the
coefficient the data allow: the restricted likelihood of the AR coefficient, under a flat
prior on (-1, 1), is its distribution given the data when the regression coefficients have
a flat prior and the noise scale a 1/sigma prior; given the coefficient, the effect has a
t distribution with n - p degrees of freedom. The interval is the 2.5–97.5% range of that
mixture, found on a grid of 100 coefficients. On the benchmark it covers the truth about
95% of the time at every level of autocorrelation there; SARIMAX, GLSAR and OLS with
Newey–West errors all fall short.

Point estimates are the GLS fit (statsmodels OLS on the exact Prais–Winsten AR(1)
transformation) at the REML estimate of the coefficient.

The module knows nothing of the store: it takes a series, an event date and a window, and
returns numbers with their caveats, or refuses with one line saying why.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

import numpy as np
import statsmodels.api as sm
from scipy import optimize, special, stats
from statsmodels.stats.diagnostic import acorr_ljungbox

from usmx.errors import UsmxError
from usmx.periods import Period, PeriodError, parse_period

Scale = Literal["linear", "log"]
Part = Literal["pre", "event", "post"]

MIN_BEFORE = 12
MIN_AFTER = 6
SEASONAL_MIN_BEFORE = 24
DEFAULT_BEFORE = 36
DEFAULT_AFTER = 24
AR_BOUND = 0.99
NEAR_UNIT_ROOT = 0.95
LOG_DRAWS = 4000
PHI_GRID = np.linspace(-AR_BOUND, AR_BOUND, 100)
MIN_WEIGHT = 1e-4  # grid points less likely than this (relative to the best) are left out

METHOD = (
    "interrupted time series: segmented regression (trend, level step, slope change{season}) "
    "with AR(1) errors; GLS at the REML AR coefficient, intervals integrated over that coefficient"
)
MODEL_CAVEAT = (
    "Intervals rest on the model: a straight-line trend, {season}AR(1) errors and no other "
    "change at the same time; they do not allow for the model being wrong."
)


class ImpactError(UsmxError, ValueError):
    """The series cannot support an impact estimate; the message says why in one line."""


# ---------------------------------------------------------------------------------- result


@dataclass(frozen=True)
class Estimate:
    """A point estimate with its 95% interval, and the unit it is expressed in."""

    estimate: float
    ci_low: float
    ci_high: float
    unit: str

    @property
    def excludes_zero(self) -> bool:
        return self.ci_low > 0 or self.ci_high < 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "estimate": _num(self.estimate),
            "ci_low": _num(self.ci_low),
            "ci_high": _num(self.ci_high),
            "unit": self.unit,
        }

    def text(self, digits: int = 4) -> str:
        sep = "" if self.unit.startswith("%") else " "
        return (
            f"{_fmt(self.estimate, digits)}{sep}{self.unit} "
            f"(95% CI {_fmt(self.ci_low, digits)} to {_fmt(self.ci_high, digits)})"
        )


@dataclass(frozen=True)
class PathPoint:
    """One month of the chart: what was observed and what the model expects without the event.

    ``low``/``high`` bound where 95% of single months would fall had the event not happened
    (uncertainty of the fitted line plus month-to-month noise), so an observed value outside
    the band is unusual for that month alone. ``part`` is "pre" or "post" for months in the
    fit, and "event" for a month the event splits, which is left out of the fit.
    """

    month: date
    observed: float | None
    status: str | None
    counterfactual: float
    low: float
    high: float
    part: Part

    def to_dict(self) -> dict[str, Any]:
        return {
            "month": self.month.isoformat()[:7],
            "observed": _num(self.observed),
            "status": self.status,
            "counterfactual": _num(self.counterfactual),
            "low": _num(self.low),
            "high": _num(self.high),
            "part": self.part,
        }


@dataclass(frozen=True)
class ImpactResult:
    """The estimated change in a monthly series at an event, with the caveats that go with it.

    ``average_effect`` is the mean over the post-event months of observed-minus-counterfactual
    as the model sees it (step plus slope change, averaged over those months), in the series'
    own unit; ``average_effect_pct`` is the same as a percent of the counterfactual's mean.
    On the log scale ``level_change`` and ``slope_change`` are percents.
    """

    event_date: date
    first_post_month: date
    window_start: date
    window_end: date
    n_pre: int
    n_post: int
    scale: Scale
    seasonal: bool
    level_change: Estimate
    slope_change: Estimate
    average_effect: Estimate
    average_effect_pct: Estimate
    ar1: float
    sigma: float
    df_resid: int
    method: str
    path: tuple[PathPoint, ...]
    caveats: tuple[str, ...]
    indicator: str | None = None
    event: str | None = None
    residual_autocorrelation_p: float | None = None
    other_events: tuple[tuple[date, str], ...] = field(default_factory=tuple)

    @property
    def counterfactual(self) -> list[PathPoint]:
        return [p for p in self.path if p.part == "post"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "event": self.event,
            "event_date": self.event_date.isoformat(),
            "first_post_month": _month_label(self.first_post_month),
            "window": {"start": _month_label(self.window_start), "end": _month_label(self.window_end)},
            "n_pre": self.n_pre,
            "n_post": self.n_post,
            "scale": self.scale,
            "seasonal": self.seasonal,
            "level_change": self.level_change.to_dict(),
            "slope_change": self.slope_change.to_dict(),
            "average_effect": self.average_effect.to_dict(),
            "average_effect_pct": self.average_effect_pct.to_dict(),
            "ar1": _num(self.ar1),
            "sigma": _num(self.sigma),
            "df_resid": self.df_resid,
            "residual_autocorrelation_p": _num(self.residual_autocorrelation_p),
            "method": self.method,
            "other_events": [{"date": d.isoformat(), "title": t} for d, t in self.other_events],
            "caveats": list(self.caveats),
            "path": [p.to_dict() for p in self.path],
        }

    def summary(self) -> str:
        head = " / ".join(x for x in (self.indicator, self.event) if x) or "impact"
        lines = [
            f"{head}: event {self.event_date.isoformat()}, "
            f"first month after {_month_label(self.first_post_month)}",
            f"window {_month_label(self.window_start)} to {_month_label(self.window_end)}: "
            f"{self.n_pre} months before, {self.n_post} after ({self.scale} scale)",
            f"level change:   {self.level_change.text()}",
            f"slope change:   {self.slope_change.text()}",
            f"average effect: {self.average_effect.text()} over the {self.n_post} months after",
            f"                {self.average_effect_pct.text(3)} of the counterfactual",
            f"AR(1) {self.ar1:.2f}; method: {self.method}",
        ]
        lines += [f"caveat: {c}" for c in self.caveats]
        return "\n".join(lines)


# ---------------------------------------------------------------------------------- input


@dataclass(frozen=True)
class _Point:
    value: float
    status: str


def _month_start(d: date) -> date:
    return date(d.year, d.month, 1)


def _add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def _months_between(a: date, b: date) -> int:
    """Whole months from the month of ``a`` to the month of ``b``."""
    return (b.year - a.year) * 12 + b.month - a.month


def _month_label(d: date) -> str:
    return f"{d.year}-{d.month:02d}"


def _month_of(when: Any) -> date:
    """The calendar month a series key stands for; anything that is not one month is refused."""
    if hasattr(when, "to_timestamp") and hasattr(when, "freqstr"):  # pandas Period
        freq = str(when.freqstr)
        if not freq.startswith("M"):
            raise ImpactError(f"not monthly: {when} has frequency {freq}")
        when = when.to_timestamp().date()
    if isinstance(when, str):
        try:
            when = parse_period(when)
        except PeriodError as exc:
            raise ImpactError(f"not monthly: cannot read {when!r} as a month") from exc
    if isinstance(when, Period):
        if when.canonical_kind != "month":
            raise ImpactError(f"not monthly: {when.label} is not a single calendar month")
        return when.start
    if isinstance(when, datetime):
        when = when.date()
    if isinstance(when, date):
        last = _add_months(_month_start(when), 1).toordinal() - 1
        if when.day != 1 and when.toordinal() != last:
            raise ImpactError(
                f"not monthly: {when.isoformat()} is neither the first nor the last day of a month"
            )
        return _month_start(when)
    raise ImpactError(f"not monthly: cannot read {when!r} as a month")


def _value(v: object, month: date) -> float:
    try:
        x = float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise ImpactError(f"value for {_month_label(month)} is not a number: {v!r}") from exc
    return x


def _points(series: Any, statuses: Mapping[Any, str] | None) -> dict[date, _Point]:
    """Normalise the accepted inputs to month -> (value, status); missing values are dropped."""
    rows: list[tuple[object, object, str]] = []
    if hasattr(series, "index") and hasattr(series, "to_numpy"):  # pandas Series
        index = series.index
        freq = getattr(index, "freqstr", None)
        if freq and not str(freq).startswith("M"):
            raise ImpactError(f"not monthly: the series index has frequency {freq}")
        for key, v in zip(index, series.to_numpy(), strict=True):
            rows.append((key, v, "final"))
    elif isinstance(series, Iterable) and not isinstance(series, str | bytes):
        for item in series:
            if hasattr(item, "period") and hasattr(item, "value"):  # an Observation
                rows.append((item.period, item.value, str(getattr(item, "status", "final"))))
            elif isinstance(item, Sequence) and len(item) in (2, 3):
                rows.append((item[0], item[1], str(item[2]) if len(item) == 3 else "final"))
            else:
                raise ImpactError(f"cannot read series entry {item!r}: expected (month, value[, status])")
    else:
        raise ImpactError("series must be a pandas Series or a sequence of (month, value, status)")

    extra = {_month_of(k): s for k, s in statuses.items()} if statuses else {}
    out: dict[date, _Point] = {}
    for key, v, status in rows:
        month = _month_of(key)
        if v is None or type(v).__name__ in ("NAType", "NaTType"):
            continue
        x = _value(v, month)
        if math.isnan(x):
            continue
        if math.isinf(x):
            raise ImpactError(f"value for {_month_label(month)} is infinite")
        if month in out:
            raise ImpactError(f"not monthly: two values for {_month_label(month)}")
        out[month] = _Point(x, extra.get(month, status))
    if not out:
        raise ImpactError("the series has no values")
    return out


def _event_date(when: date | datetime | str) -> date:
    if isinstance(when, datetime):
        return when.date()
    if isinstance(when, date):
        return when
    try:
        return date.fromisoformat(when)
    except ValueError:
        pass
    try:
        p = parse_period(when)
    except PeriodError as exc:
        raise ImpactError(f"cannot read event date {when!r}; use YYYY-MM-DD or YYYY-MM") from exc
    if p.canonical_kind not in ("month", "day"):
        raise ImpactError(f"event date {when!r} is not a day or a month")
    return p.start


# ---------------------------------------------------------------------------------- window


@dataclass(frozen=True)
class _Window:
    pre: list[date]
    post: list[date]
    event_month: date | None  # a month split by the event, left out of the fit
    gap_before: date | None
    gap_after: date | None


def _window(points: Mapping[date, _Point], event: date, before: int, after: int) -> _Window:
    """The contiguous months either side of the event, up to ``before``/``after`` of them.

    A missing month stops the window there: the months beyond a gap are not used, so that the
    model never spans a hole. If that leaves too few months, the refusal names the gap.
    """
    split = event.day != 1
    event_month = _month_start(event) if split else None
    first_post = _add_months(_month_start(event), 1) if split else event
    last_pre = _add_months(first_post, -2 if split else -1)
    first, last = min(points), max(points)

    pre: list[date] = []
    gap_before = None
    m = last_pre
    while len(pre) < before and m >= first:
        if m not in points:
            gap_before = m
            break
        pre.append(m)
        m = _add_months(m, -1)
    pre.reverse()

    post: list[date] = []
    gap_after = None
    m = first_post
    while len(post) < after and m <= last:
        if m not in points:
            gap_after = m
            break
        post.append(m)
        m = _add_months(m, 1)

    if len(pre) < MIN_BEFORE:
        why = f"; no value for {_month_label(gap_before)}" if gap_before else ""
        raise ImpactError(
            f"too few months before the event: {len(pre)} contiguous months up to "
            f"{_month_label(last_pre)} (need at least {MIN_BEFORE}){why}"
        )
    if len(post) < MIN_AFTER:
        why = f"; no value for {_month_label(gap_after)}" if gap_after else ""
        raise ImpactError(
            f"too few months after the event: {len(post)} contiguous months from "
            f"{_month_label(first_post)} (need at least {MIN_AFTER}){why}"
        )
    return _Window(pre, post, event_month, gap_before, gap_after)


# ---------------------------------------------------------------------------------- model


def _design(months: Sequence[date], first_post: date, seasonal: bool) -> np.ndarray:
    """Columns: intercept, trend, step, slope change, then 11 month-of-year dummies.

    Time is counted in months from the first post-event month, so the intercept is the
    counterfactual level there and the slope change is zero in that month.
    """
    t = np.array([_months_between(first_post, m) for m in months], dtype=float)
    post = (t >= 0).astype(float)
    cols = [np.ones_like(t), t, post, post * t]
    if seasonal:
        moy = np.array([m.month for m in months])
        ref = first_post.month
        cols += [(moy == k).astype(float) for k in range(1, 13) if k != ref]
    return np.column_stack(cols)


def _prais_winsten(y: np.ndarray, x: np.ndarray, phi: float) -> tuple[np.ndarray, np.ndarray]:
    """The exact AR(1) whitening transform: OLS on its output is GLS for that ``phi``."""
    s = math.sqrt(1.0 - phi * phi)
    ys = np.concatenate([[s * y[0]], y[1:] - phi * y[:-1]])
    xs = np.vstack([s * x[:1], x[1:] - phi * x[:-1]])
    return ys, xs


def _neg_restricted_loglik(phi: float, y: np.ndarray, x: np.ndarray) -> float:
    """Minus the REML log-likelihood of ``phi`` with the coefficients and variance profiled out."""
    ys, xs = _prais_winsten(y, x, phi)
    n, p = x.shape
    beta, *_ = np.linalg.lstsq(xs, ys, rcond=None)
    rss = float(np.sum((ys - xs @ beta) ** 2))
    _, logdet = np.linalg.slogdet(xs.T @ xs)
    return 0.5 * (n - p) * math.log(max(rss, 1e-300)) - 0.5 * math.log(1.0 - phi * phi) + 0.5 * logdet


@dataclass(frozen=True)
class _Fit:
    """The fit at the REML estimate of the AR coefficient, and across its plausible values.

    ``phis``/``weights`` approximate the AR coefficient's distribution given the data (its
    restricted likelihood under a flat prior on (-1, 1)); for each, ``betas``/``covs``/
    ``sigmas`` are the GLS coefficients, their covariance and the innovation standard
    deviation. Intervals are mixtures over these, so they widen when the autocorrelation is
    uncertain instead of taking its estimate as known.
    """

    beta: np.ndarray
    phi: float
    sigma: float
    df: int
    whitened_resid: np.ndarray
    phis: np.ndarray
    weights: np.ndarray
    betas: np.ndarray
    covs: np.ndarray
    sigmas: np.ndarray


def _gls(y: np.ndarray, x: np.ndarray, phi: float) -> tuple[np.ndarray, np.ndarray, float]:
    ys, xs = _prais_winsten(y, x, phi)
    beta, *_ = np.linalg.lstsq(xs, ys, rcond=None)
    n, p = x.shape
    s2 = float(np.sum((ys - xs @ beta) ** 2)) / (n - p)
    return beta, s2 * np.linalg.inv(xs.T @ xs), math.sqrt(s2)


def _fit(y: np.ndarray, x: np.ndarray) -> _Fit:
    n, p = x.shape
    if n - p < 2:
        raise ImpactError("too few months for the model's terms")
    if np.linalg.matrix_rank(x) < p:
        raise ImpactError("the model cannot be fitted: the months in the window do not separate its terms")
    opt = optimize.minimize_scalar(
        _neg_restricted_loglik, bounds=(-AR_BOUND, AR_BOUND), args=(y, x), method="bounded"
    )
    phi = float(opt.x)
    ys, xs = _prais_winsten(y, x, phi)
    res = sm.OLS(ys, xs).fit()

    nll = np.array([_neg_restricted_loglik(float(g), y, x) for g in PHI_GRID])
    w = np.exp(-(nll - nll.min()))
    keep = w >= MIN_WEIGHT
    phis, w = PHI_GRID[keep], w[keep] / w[keep].sum()
    fits = [_gls(y, x, float(g)) for g in phis]
    return _Fit(
        beta=np.asarray(res.params, dtype=float),
        phi=phi,
        sigma=float(math.sqrt(res.scale)),
        df=n - p,
        whitened_resid=np.asarray(res.resid, dtype=float),
        phis=phis,
        weights=w,
        betas=np.array([f[0] for f in fits]),
        covs=np.array([f[1] for f in fits]),
        sigmas=np.array([f[2] for f in fits]),
    )


def _mixture_interval(
    weights: np.ndarray, locs: np.ndarray, scales: np.ndarray, df: int
) -> tuple[np.ndarray, np.ndarray]:
    """2.5% and 97.5% points of mixtures of scaled t distributions, one mixture per column.

    ``locs`` and ``scales`` are (components, quantities). Each point of the mixture lies
    between the smallest and largest of its components' own points, so bisection inside
    that bracket finds it.
    """
    out = []
    for prob in (0.025, 0.975):
        q = float(stats.t.ppf(prob, df))
        lo = np.min(locs + q * scales, axis=0)
        hi = np.max(locs + q * scales, axis=0)
        for _ in range(36):
            mid = 0.5 * (lo + hi)
            cdf = weights @ special.stdtr(df, (mid - locs) / scales)
            below = cdf < prob
            lo = np.where(below, mid, lo)
            hi = np.where(below, hi, mid)
        out.append(0.5 * (lo + hi))
    return out[0], out[1]


def _quad(rows: np.ndarray, covs: np.ndarray) -> np.ndarray:
    """rows[i] @ covs[k] @ rows[i] for every component k and row i: (components, rows)."""
    return np.einsum("ip,kpq,iq->ki", rows, covs, rows)


def _linear(fit: _Fit, c: np.ndarray, unit: str) -> Estimate:
    rows = c[None, :]
    locs = fit.betas @ rows.T
    scales = np.sqrt(np.maximum(_quad(rows, fit.covs), 1e-300))
    lo, hi = _mixture_interval(fit.weights, locs, scales, fit.df)
    return Estimate(float(c @ fit.beta), float(lo[0]), float(hi[0]), unit)


def _ratio(fit: _Fit, num: np.ndarray, den: np.ndarray) -> Estimate:
    """100 * (num'b) / (den'b), with a delta-method interval for each AR coefficient."""
    a, b = fit.betas @ num, fit.betas @ den
    if np.any(b == 0) or float(den @ fit.beta) == 0:
        return Estimate(math.nan, math.nan, math.nan, "%")
    grads = num[None, :] / b[:, None] - (a / b**2)[:, None] * den[None, :]
    var = np.einsum("kp,kpq,kq->k", grads, fit.covs, grads)
    lo, hi = _mixture_interval(
        fit.weights, (a / b)[:, None], np.sqrt(np.maximum(var, 1e-300))[:, None], fit.df
    )
    est = float(num @ fit.beta) / float(den @ fit.beta)
    return Estimate(100 * est, 100 * float(lo[0]), 100 * float(hi[0]), "%")


def _band(fit: _Fit, x_cf: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Counterfactual line and the band where 95% of single months would fall without the event."""
    locs = fit.betas @ x_cf.T
    noise = (fit.sigmas**2 / (1.0 - fit.phis**2))[:, None]
    lo, hi = _mixture_interval(fit.weights, locs, np.sqrt(_quad(x_cf, fit.covs) + noise), fit.df)
    return x_cf @ fit.beta, lo, hi


def _pct(e: Estimate, unit: str) -> Estimate:
    """A log-scale change as a percent change."""

    def pct(v: float) -> float:
        return 100 * math.expm1(v)

    return Estimate(pct(e.estimate), pct(e.ci_low), pct(e.ci_high), unit)


def _draws(fit: _Fit, size: int) -> np.ndarray:
    """Coefficient draws: an AR coefficient by its weight, then a multivariate t around its fit.

    Seeded, so the same series gives the same result every time.
    """
    rng = np.random.default_rng(20240101)
    which = rng.choice(len(fit.weights), size=size, p=fit.weights)
    out = np.empty((size, fit.betas.shape[1]))
    for k in np.unique(which):
        idx = np.flatnonzero(which == k)
        z = rng.multivariate_normal(np.zeros(out.shape[1]), fit.covs[k], size=len(idx), method="svd")
        scale = np.sqrt(rng.chisquare(fit.df, size=len(idx)) / fit.df)
        out[idx] = fit.betas[k] + z / scale[:, None]
    return out


def _log_average(
    fit: _Fit, x_post: np.ndarray, x_cf: np.ndarray, unit: str
) -> tuple[Estimate, Estimate]:
    """Average effect in the original unit, and in percent, on the log scale.

    Both are non-linear in the coefficients there, so their intervals come from draws.
    """

    def effect(b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        with_event = np.exp(b @ x_post.T).mean(axis=-1)
        without = np.exp(b @ x_cf.T).mean(axis=-1)
        return with_event - without, 100 * (with_event / without - 1)

    diff0, pct0 = effect(fit.beta)
    diff, pct = effect(_draws(fit, LOG_DRAWS))
    return (
        Estimate(float(diff0), float(np.percentile(diff, 2.5)), float(np.percentile(diff, 97.5)), unit),
        Estimate(float(pct0), float(np.percentile(pct, 2.5)), float(np.percentile(pct, 97.5)), "%"),
    )


# ---------------------------------------------------------------------------------- caveats


def _ranges(months: Sequence[date]) -> str:
    """2023-01..2023-04, 2023-07 for a sorted list of months."""
    out: list[str] = []
    run: list[date] = []
    for m in sorted(months):
        if run and _months_between(run[-1], m) == 1:
            run.append(m)
            continue
        if run:
            out.append(_span(run))
        run = [m]
    if run:
        out.append(_span(run))
    return ", ".join(out)


def _span(run: list[date]) -> str:
    if len(run) == 1:
        return _month_label(run[0])
    return f"{_month_label(run[0])}..{_month_label(run[-1])}"


def _status_caveats(points: Mapping[date, _Point], months: Sequence[date]) -> list[str]:
    out = []
    for status in ("provisional", "predicted", "estimate"):
        hit = [m for m in months if points[m].status == status]
        if hit:
            out.append(
                f"{len(hit)} value{'s' if len(hit) > 1 else ''} in the window "
                f"{'are' if len(hit) > 1 else 'is'} {status} ({_ranges(hit)}) and may be revised."
            )
    other = sorted({points[m].status for m in months} - {"final", "provisional", "predicted", "estimate"})
    if other:
        out.append(f"Some values in the window have an unrecognised status: {', '.join(other)}.")
    return out


def _other_events(
    events: Iterable[tuple[date | datetime | str, str]], start: date, end: date
) -> list[tuple[date, str]]:
    last = _add_months(end, 1)
    found = []
    for when, title in events:
        d = _event_date(when)
        if start <= d < last:
            found.append((d, str(title)))
    return sorted(found)


def _caveats(
    win: _Window,
    when: date,
    points: Mapping[date, _Point],
    months: Sequence[date],
    fit: _Fit,
    lb_p: float,
    others: Sequence[tuple[date, str]],
    seasonal: bool,
) -> list[str]:
    n_pre, n_post = len(win.pre), len(win.post)
    caveats = [MODEL_CAVEAT.format(season="a fixed month-of-year pattern, " if seasonal else "")]
    if n_pre < SEASONAL_MIN_BEFORE:
        caveats.append(
            f"Short pre-period: {n_pre} months before the event (under {SEASONAL_MIN_BEFORE}); "
            "no seasonal pattern was fitted and the trend is less certain."
        )
    if n_post < 12:
        caveats.append(
            f"Short post-period: {n_post} months after the event; the slope change is poorly determined."
        )
    if win.gap_before:
        caveats.append(f"Window starts after a gap: no value for {_month_label(win.gap_before)}.")
    if win.gap_after:
        caveats.append(f"Window ends at a gap: no value for {_month_label(win.gap_after)}.")
    if win.event_month:
        caveats.append(
            f"The event month {_month_label(win.event_month)} is left out of the fit: the event fell "
            f"on day {when.day}, so only part of that month came after it."
        )
    caveats += _status_caveats(points, months)
    if others:
        named = "; ".join(f"{d.isoformat()} {t}".strip() for d, t in others)
        caveats.append(f"Other events in the window may account for part of the change: {named}.")
    if fit.phi >= NEAR_UNIT_ROOT:
        caveats.append(
            f"Errors are close to a random walk (AR(1) {fit.phi:.2f}): a straight-line trend may not "
            "describe the series, and the interval may be too narrow."
        )
    if lb_p < 0.05:
        caveats.append(
            f"Autocorrelation remains after the AR(1) term (Ljung–Box p={lb_p:.3f}); "
            "the interval may be too narrow."
        )
    return caveats


# ---------------------------------------------------------------------------------- entry


def analyze_impact(
    series: Any,
    event_date: date | datetime | str,
    *,
    before: int = DEFAULT_BEFORE,
    after: int = DEFAULT_AFTER,
    window: int | None = None,
    other_events: Iterable[tuple[date | datetime | str, str]] = (),
    scale: Scale = "linear",
    statuses: Mapping[Any, str] | None = None,
    unit: str = "units",
    indicator: str | None = None,
    event: str | None = None,
) -> ImpactResult:
    """Estimate the change in a monthly series at ``event_date``.

    ``series`` is a pandas Series indexed by month (month-start or month-end timestamps, or a
    monthly PeriodIndex), or a sequence of ``(month, value[, status])`` where month is a
    ``Period`` of one month, a date on the first or last day of a month, or "YYYY-MM"; usmx
    ``Observation`` objects work too. ``statuses`` overrides the status of given months.

    The window takes up to ``before`` months before the event and ``after`` months from the
    first month after it (``window`` sets both). The defaults, 36 and 24, give three years to
    learn the trend and the seasonal pattern from, without reaching so far back that a
    straight-line trend stops being a fair description, and two years to see a change build.
    An event on the first of a month starts the post-event period that month; an event later
    in a month splits that month, which is then left out of the fit.

    ``scale="log"`` fits log values, for strictly positive series whose changes are
    proportional (counts); level and slope changes are then reported as percents. ``unit``
    names the series' unit in the output ("deaths", "encounters").
    """
    if window is not None:
        before = after = window
    if before < MIN_BEFORE or after < MIN_AFTER:
        raise ImpactError(
            f"window too small: {before} months before and {after} after "
            f"(need at least {MIN_BEFORE} and {MIN_AFTER})"
        )
    if scale not in ("linear", "log"):
        raise ImpactError(f"unknown scale {scale!r}; use 'linear' or 'log'")
    when = _event_date(event_date)
    points = _points(series, statuses)
    win = _window(points, when, before, after)
    first_post = win.post[0]
    months = win.pre + win.post
    n_pre, n_post = len(win.pre), len(win.post)

    values = np.array([points[m].value for m in months], dtype=float)
    if scale == "log":
        if np.any(values <= 0):
            bad = next(m for m in months if points[m].value <= 0)
            raise ImpactError(
                f"log scale needs positive values; {_month_label(bad)} is {points[bad].value:g}"
            )
        values = np.log(values)
    if np.ptp(values) == 0:
        raise ImpactError("the values in the window do not vary, so there is nothing to model")

    seasonal = n_pre >= SEASONAL_MIN_BEFORE
    x = _design(months, first_post, seasonal)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fit = _fit(values, x)

    p = x.shape[1]
    k_post = np.array([_months_between(first_post, m) for m in win.post], dtype=float)
    c_level = np.zeros(p)
    c_level[2] = 1.0
    c_slope = np.zeros(p)
    c_slope[3] = 1.0
    c_avg = c_level + k_post.mean() * c_slope

    path_months = list(win.pre) + ([win.event_month] if win.event_month else []) + list(win.post)
    x_path = _design(path_months, first_post, seasonal)
    x_cf = x_path.copy()
    x_cf[:, 2:4] = 0.0
    post_rows = np.array([m >= first_post for m in path_months])
    x_cf_post = x_cf[post_rows]
    x_post = x_path[post_rows]

    if scale == "linear":
        level = _linear(fit, c_level, unit)
        slope = _linear(fit, c_slope, f"{unit} per month")
        average = _linear(fit, c_avg, unit)
        average_pct = _ratio(fit, c_avg, x_cf_post.mean(axis=0))
    else:
        level = _pct(_linear(fit, c_level, ""), "%")
        slope = _pct(_linear(fit, c_slope, ""), "% per month")
        average, average_pct = _log_average(fit, x_post, x_cf_post, unit)

    mean_cf, lo, hi = _band(fit, x_cf)
    if scale == "log":
        mean_cf, lo, hi = np.exp(mean_cf), np.exp(lo), np.exp(hi)
    path = tuple(
        PathPoint(
            month=m,
            observed=points[m].value if m in points else None,
            status=points[m].status if m in points else None,
            counterfactual=float(mean_cf[i]),
            low=float(lo[i]),
            high=float(hi[i]),
            part="event" if m == win.event_month else ("post" if m >= first_post else "pre"),
        )
        for i, m in enumerate(path_months)
    )

    lags = min(12, max(3, len(months) // 5))
    lb_p = float(acorr_ljungbox(fit.whitened_resid, lags=[lags], model_df=1)["lb_pvalue"].iloc[0])

    start, end = months[0], months[-1]
    others = _other_events(other_events, start, end)
    caveats = _caveats(win, when, points, months, fit, lb_p, others, seasonal)

    return ImpactResult(
        event_date=when,
        first_post_month=first_post,
        window_start=start,
        window_end=end,
        n_pre=n_pre,
        n_post=n_post,
        scale=scale,
        seasonal=seasonal,
        level_change=level,
        slope_change=slope,
        average_effect=average,
        average_effect_pct=average_pct,
        ar1=fit.phi,
        sigma=fit.sigma,
        df_resid=fit.df,
        method=METHOD.format(season=", month-of-year" if seasonal else ""),
        path=path,
        caveats=tuple(caveats),
        indicator=indicator,
        event=event,
        residual_autocorrelation_p=lb_p,
        other_events=tuple(others),
    )


# ---------------------------------------------------------------------------------- format


def _num(x: float | None) -> float | None:
    if x is None or not math.isfinite(x):
        return None
    return float(x)


def _fmt(x: float, digits: int) -> str:
    if not math.isfinite(x):
        return "n/a"
    return f"{x:,.{digits}g}" if abs(x) < 10 ** digits else f"{x:,.0f}"
