"""Benchmark of the impact analysis against established methods, on series with a known truth.

Each simulated monthly series has ``--pre`` months before the event and ``--post`` after
(48 and 24 by default), built as

    y_t = 100 + trend * t + season[month] + level * post_t + slope * k_t * post_t + e_t
    e_t = phi * e_{t-1} + u_t,   u_t ~ N(0, 5^2),   e_0 from the stationary distribution

with trend ~ U(-1, 1) per month, a random month-of-year pattern (12 normal draws centred
and scaled so the largest is U(0, 20)), phi ~ U(0, 0.6), and level ~ U(-20, 20) and
slope ~ U(-1, 1) per month each non-zero with probability 2/3 (so about one series in nine
has no effect at all). k_t counts months from the first post-event month (0 there).

The target is the average effect over the post-event months, level + slope * mean(k),
which every method estimates with a 95% interval:

- usmx: ``usmx.impact.analyze_impact`` (segmented regression, AR(1) errors; GLS at the
  REML coefficient, intervals integrated over the coefficient's restricted likelihood).
- sarimax-ml: the same regression fitted by statsmodels SARIMAX(1,0,0) with exog, maximum
  likelihood, observed-information covariance, normal quantiles.
- glsar: the same regression by statsmodels GLSAR (iterated Cochrane–Orcutt), t quantiles.
- ols-nw: the same regression by OLS with Newey–West standard errors (lag 3), t quantiles.
- uc: statsmodels UnobservedComponents (local linear trend + 12-month seasonal) fitted on
  the pre-period only; the counterfactual is its forecast, the effect mean(observed -
  forecast), and its interval uses the exact variance of the mean of the multi-step forecast
  errors from the state-space matrices.
- uc-ar1: as uc, with an AR(1) component added.

Run: ``python bench/bench_impact.py`` (1,000 series), ``--quick`` for a smoke run,
``--phi-max 0.9`` for stronger autocorrelation than the default U(0, 0.6).
"""

from __future__ import annotations

import os

# One BLAS thread per process: the fits are small, and threads from two workers on two cores
# only get in each other's way (this triples the speed here). Must precede numpy's import.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import itertools  # noqa: E402
import math  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from multiprocessing import Pool  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import statsmodels.api as sm  # noqa: E402
from scipy import stats  # noqa: E402
from statsmodels.tsa.statespace.sarimax import SARIMAX  # noqa: E402
from statsmodels.tsa.statespace.structural import UnobservedComponents  # noqa: E402

from usmx.impact import analyze_impact  # noqa: E402

NOISE_SD = 5.0
START = pd.Timestamp("2016-01-01")
QUICK_SERIES = 40

Interval = tuple[float, float, float]
# (method, truth, estimate, low, high, seconds, phi)
Row = tuple[str, float, float, float, float, float, float]


@dataclass(frozen=True)
class Series:
    y: np.ndarray
    level: float
    slope: float
    phi: float
    n_pre: int
    n_post: int

    @property
    def truth(self) -> float:
        return self.level + self.slope * (self.n_post - 1) / 2


def simulate(rng: np.random.Generator, n_pre: int, n_post: int, phi_max: float = 0.6) -> Series:
    n = n_pre + n_post
    t = np.arange(n)
    season = rng.normal(size=12)
    season -= season.mean()
    season *= rng.uniform(0, 20) / max(float(np.abs(season).max()), 1e-9)
    trend = rng.uniform(-1, 1)
    level = rng.uniform(-20, 20) if rng.random() < 2 / 3 else 0.0
    slope = rng.uniform(-1, 1) if rng.random() < 2 / 3 else 0.0
    phi = rng.uniform(0, phi_max)
    e = np.empty(n)
    e[0] = rng.normal(0, NOISE_SD / math.sqrt(1 - phi**2))
    for i in range(1, n):
        e[i] = phi * e[i - 1] + rng.normal(0, NOISE_SD)
    post = (t >= n_pre).astype(float)
    k = np.maximum(t - n_pre, 0)
    y = 100 + trend * t + season[(START.month - 1 + t) % 12] + level * post + slope * k * post + e
    return Series(y, level, slope, phi, n_pre, n_post)


# ---------------------------------------------------------------------------------- methods


def design(n_pre: int, n_post: int) -> tuple[np.ndarray, np.ndarray]:
    """Intercept, trend, step, slope change, 11 month dummies; and the average-effect contrast."""
    n = n_pre + n_post
    t = np.arange(n, dtype=float) - n_pre
    post = (t >= 0).astype(float)
    month = (START.month - 1 + np.arange(n)) % 12
    dummies = [(month == m).astype(float) for m in range(1, 12)]
    x = np.column_stack([np.ones(n), t, post, post * t, *dummies])
    c = np.zeros(x.shape[1])
    c[2], c[3] = 1.0, (n_post - 1) / 2
    return x, c


def _interval(est: float, se: float, q: float) -> Interval:
    return est, est - q * se, est + q * se


def usmx_all(s: Series) -> tuple[Interval, Interval, Interval]:
    """Average effect, level change and slope change, as the library reports them."""
    index = pd.date_range(START, periods=len(s.y), freq="MS")
    event = (START + pd.DateOffset(months=s.n_pre)).date()
    r = analyze_impact(pd.Series(s.y, index=index), event, before=s.n_pre, after=s.n_post)
    a, lv, sl = r.average_effect, r.level_change, r.slope_change
    return (a.estimate, a.ci_low, a.ci_high), (lv.estimate, lv.ci_low, lv.ci_high), (
        sl.estimate, sl.ci_low, sl.ci_high)


def fit_usmx(s: Series) -> Interval:
    return usmx_all(s)[0]


def fit_sarimax(s: Series) -> Interval:
    x, c = design(s.n_pre, s.n_post)
    res = SARIMAX(s.y, exog=x, order=(1, 0, 0), trend="n").fit(disp=False, cov_type="oim")
    p = x.shape[1]
    beta, cov = np.asarray(res.params)[:p], np.asarray(res.cov_params())[:p, :p]
    return _interval(float(c @ beta), math.sqrt(float(c @ cov @ c)), 1.959964)


def fit_glsar(s: Series) -> Interval:
    x, c = design(s.n_pre, s.n_post)
    res = sm.GLSAR(s.y, x, rho=1).iterative_fit(maxiter=20)
    q = float(stats.t.ppf(0.975, res.df_resid))
    return _interval(float(c @ res.params), math.sqrt(float(c @ res.cov_params() @ c)), q)


def fit_ols_nw(s: Series) -> Interval:
    x, c = design(s.n_pre, s.n_post)
    lag = int(4 * (len(s.y) / 100) ** (2 / 9))
    res = sm.OLS(s.y, x).fit(cov_type="HAC", cov_kwds={"maxlags": lag})
    q = float(stats.t.ppf(0.975, res.df_resid))
    return _interval(float(c @ res.params), math.sqrt(float(c @ res.cov_params() @ c)), q)


def _uc(s: Series, ar: bool) -> Interval:
    model = UnobservedComponents(
        s.y[: s.n_pre], level="local linear trend", seasonal=12, autoregressive=1 if ar else None
    )
    res = model.fit(disp=False)
    h = s.n_post
    forecast = np.asarray(res.get_forecast(h).predicted_mean)
    est = float(np.mean(s.y[s.n_pre :] - forecast))
    return _interval(est, math.sqrt(_mean_forecast_error_var(res, h)), 1.959964)


def _mean_forecast_error_var(res: object, h: int) -> float:
    """Var of the mean of the 1..h-step forecast errors of a time-invariant state-space model.

    With G_m = sum_{i<m} Z T^i, the sum of the errors is G_h (a_1 - alpha_1) plus
    sum_j G_{h-j} R eta_j plus the observation noise, whose variances add up.
    """
    fr = res.filter_results  # type: ignore[attr-defined]
    z, tr = fr.design[:, :, 0], fr.transition[:, :, 0]
    rqr = fr.selection[:, :, 0] @ fr.state_cov[:, :, 0] @ fr.selection[:, :, 0].T
    obs_var = float(fr.obs_cov[0, 0, 0])
    n = fr.nobs
    p1 = fr.predicted_state_cov[:, :, n]
    m = tr.shape[0]
    g = np.zeros((h + 1, m))
    power = np.eye(m)
    for i in range(h):
        g[i + 1] = g[i] + (z @ power)[0]
        power = power @ tr
    var = g[h] @ p1 @ g[h] + sum(g[h - j] @ rqr @ g[h - j] for j in range(1, h)) + h * obs_var
    return float(var) / h**2


def fit_uc(s: Series) -> Interval:
    return _uc(s, ar=False)


def fit_uc_ar1(s: Series) -> Interval:
    return _uc(s, ar=True)


METHODS: dict[str, Callable[[Series], Interval]] = {
    "usmx": fit_usmx,
    "sarimax-ml": fit_sarimax,
    "glsar": fit_glsar,
    "ols-nw": fit_ols_nw,
    "uc": fit_uc,
    "uc-ar1": fit_uc_ar1,
}


# ---------------------------------------------------------------------------------- running


@dataclass(frozen=True)
class Task:
    seed: int
    index: int
    n_pre: int
    n_post: int
    methods: tuple[str, ...]
    phi_max: float = 0.6


NAN3: Interval = (math.nan, math.nan, math.nan)


def run_one(task: Task) -> list[Row]:
    """Rows for one simulated series; for usmx also its level and slope changes."""
    rng = np.random.default_rng([task.seed, task.index])
    s = simulate(rng, task.n_pre, task.n_post, task.phi_max)
    out: list[Row] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in task.methods:
            t0 = time.perf_counter()
            extra: list[tuple[str, float, Interval]] = []
            try:
                if name == "usmx":
                    got, level, slope = usmx_all(s)
                    extra = [("usmx:level", s.level, level), ("usmx:slope", s.slope, slope)]
                else:
                    got = METHODS[name](s)
            except (ValueError, np.linalg.LinAlgError):
                got = NAN3
            secs = time.perf_counter() - t0
            out.append((name, s.truth, *got, secs, s.phi))
            out += [(label, truth, *iv, 0.0, s.phi) for label, truth, iv in extra]
    return out


def summarise(rows: Sequence[Row], name: str) -> dict[str, float]:
    a = np.array([r[1:] for r in rows if r[0] == name], dtype=float)
    truth, est, lo, hi, secs = a[:, 0], a[:, 1], a[:, 2], a[:, 3], a[:, 4]
    ok = np.isfinite(est)
    err = est[ok] - truth[ok]
    null = ok & (truth == 0)
    return {
        "n": float(ok.sum()),
        "failed": float((~ok).sum()),
        "bias": float(err.mean()),
        "rmse": float(np.sqrt(np.mean(err**2))),
        "coverage": float(np.mean((lo[ok] <= truth[ok]) & (truth[ok] <= hi[ok]))),
        "width": float(np.mean(hi[ok] - lo[ok])),
        "false_alarm": float(np.mean((lo[null] > 0) | (hi[null] < 0))) if null.any() else math.nan,
        "n_null": float(null.sum()),
        "seconds": float(secs.mean()),
    }


def coverage_by_phi(rows: Sequence[Row], name: str, phi_max: float) -> list[tuple[str, float, int]]:
    a = np.array([r[1:] for r in rows if r[0] == name], dtype=float)
    out = []
    edges = [phi_max * i / 3 for i in range(4)]
    for lo_phi, hi_phi in itertools.pairwise(edges):
        sel = (a[:, 5] >= lo_phi) & (a[:, 5] < hi_phi + 1e-12) & np.isfinite(a[:, 1])
        cov = np.mean((a[sel, 2] <= a[sel, 0]) & (a[sel, 0] <= a[sel, 3])) if sel.any() else math.nan
        out.append((f"{lo_phi:.1f}-{hi_phi:.1f}", float(cov), int(sel.sum())))
    return out


def table(rows: Sequence[Row], methods: Sequence[str], phi_max: float = 0.6) -> str:
    head = (
        f"{'method':<11} {'n':>5} {'bias':>7} {'RMSE':>6} {'cover95':>7} {'width':>6} "
        f"{'false+':>6} {'s/series':>9}"
    )
    lines = [head, "-" * len(head)]
    for name in methods:
        m = summarise(rows, name)
        lines.append(
            f"{name:<11} {int(m['n']):>5} {m['bias']:>7.3f} {m['rmse']:>6.3f} {100 * m['coverage']:>6.1f}% "
            f"{m['width']:>6.2f} {100 * m['false_alarm']:>5.1f}% {m['seconds']:>9.4f}"
        )
    bands = [band for band, _, _ in coverage_by_phi(rows, methods[0], phi_max)]
    lines += ["", "95% coverage of the average effect by true AR(1) coefficient"]
    lines.append(f"{'method':<11} " + " ".join(f"{'phi ' + b:>15}" for b in bands))
    for name in methods:
        cells = [f"{100 * c:5.1f}% (n={k:>4})" for _, c, k in coverage_by_phi(rows, name, phi_max)]
        lines.append(f"{name:<11} " + " ".join(f"{c:>15}" for c in cells))
    if "usmx" in methods:
        lines += ["", "usmx, each reported quantity"]
        for label, what in (("usmx", "average effect"), ("usmx:level", "level change"),
                            ("usmx:slope", "slope change")):
            m = summarise(rows, label)
            lines.append(
                f"{what:<15} bias {m['bias']:>7.3f}  RMSE {m['rmse']:>6.3f}  "
                f"coverage {100 * m['coverage']:5.1f}%  width {m['width']:>6.2f}  "
                f"false+ {100 * m['false_alarm']:4.1f}% (n={int(m['n_null'])})"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--series", type=int, default=1000, help="number of simulated series (default 1000)")
    ap.add_argument("--quick", action="store_true", help=f"smoke run with {QUICK_SERIES} series")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--pre", type=int, default=48, help="months before the event (default 48)")
    ap.add_argument("--post", type=int, default=24, help="months after the event (default 24)")
    ap.add_argument("--phi-max", type=float, default=0.6, help="AR(1) coefficients drawn from U(0, this)")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes")
    ap.add_argument(
        "--methods", default=",".join(METHODS), help=f"comma-separated subset of {', '.join(METHODS)}"
    )
    args = ap.parse_args(argv)
    n = QUICK_SERIES if args.quick else args.series
    methods = tuple(m.strip() for m in args.methods.split(",") if m.strip())
    unknown = [m for m in methods if m not in METHODS]
    if unknown or not methods:
        print(f"unknown method(s): {', '.join(unknown) or '(none given)'}", file=sys.stderr)
        return 2
    if n < 1 or args.pre < 24 or args.post < 6 or not 0 <= args.phi_max < 1:
        print("need --series >= 1, --pre >= 24, --post >= 6 and 0 <= --phi-max < 1", file=sys.stderr)
        return 2

    tasks = [Task(args.seed, i, args.pre, args.post, methods, args.phi_max) for i in range(n)]
    t0 = time.perf_counter()
    if args.jobs > 1:
        with Pool(args.jobs) as pool:
            chunks = pool.map(run_one, tasks, chunksize=max(1, n // (8 * args.jobs)))
    else:
        chunks = [run_one(t) for t in tasks]
    rows = [r for chunk in chunks for r in chunk]
    elapsed = time.perf_counter() - t0

    print(
        f"{n} simulated monthly series: {args.pre} months before, {args.post} after; "
        f"AR(1) in U(0, {args.phi_max:g}); seed {args.seed}; {args.jobs} process(es); {elapsed:.0f} s in all"
    )
    print("target: average effect over the post-event months (level + slope x mean months since)")
    print()
    print(table(rows, methods, args.phi_max))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
