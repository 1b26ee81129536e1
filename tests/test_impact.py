"""Impact analysis on simulated monthly series whose true change is known."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import numpy as np
import pandas as pd
import pytest

from usmx.impact import ImpactError, ImpactResult, analyze_impact
from usmx.model import Observation, Source
from usmx.periods import Period

START = pd.Timestamp("2016-01-01")
EVENT = date(2020, 1, 1)  # 48 months after START


def simulate(
    seed: int,
    *,
    level: float = 0.0,
    slope: float = 0.0,
    phi: float = 0.3,
    n_pre: int = 48,
    n_post: int = 24,
    sd: float = 5.0,
    base: float = 100.0,
) -> pd.Series:
    """Trend + month-of-year pattern + step/slope change at month ``n_pre`` + AR(1) noise."""
    rng = np.random.default_rng(seed)
    n = n_pre + n_post
    t = np.arange(n)
    season = 8 * np.sin(2 * np.pi * t / 12) + 4 * np.cos(4 * np.pi * t / 12)
    e = np.empty(n)
    e[0] = rng.normal(0, sd / math.sqrt(1 - phi**2))
    for i in range(1, n):
        e[i] = phi * e[i - 1] + rng.normal(0, sd)
    k = np.maximum(t - n_pre, 0)
    post = t >= n_pre
    y = base + 0.4 * t + season + level * post + slope * k * post + e
    start = START + pd.DateOffset(months=48 - n_pre)
    return pd.Series(y, index=pd.date_range(start, periods=n, freq="MS"))


def fit(s: pd.Series, **kw: object) -> ImpactResult:
    kw.setdefault("before", 48)
    kw.setdefault("after", 24)
    return analyze_impact(s, EVENT, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------- estimates


def test_large_step_is_found_and_its_interval_holds_the_truth() -> None:
    r = fit(simulate(0, level=40.0), unit="deaths")
    assert r.n_pre == 48 and r.n_post == 24 and r.seasonal
    assert r.level_change.ci_low < 40.0 < r.level_change.ci_high
    assert r.level_change.excludes_zero and r.level_change.ci_low > 0
    assert r.average_effect.ci_low < 40.0 < r.average_effect.ci_high
    assert r.average_effect.excludes_zero
    assert r.slope_change.ci_low < 0.0 < r.slope_change.ci_high
    assert r.level_change.unit == "deaths" and r.slope_change.unit == "deaths per month"
    # 40 on a counterfactual of roughly 100 + 0.4 * 60: about a third.
    assert 20 < r.average_effect_pct.estimate < 45
    assert r.average_effect_pct.ci_low < r.average_effect_pct.estimate < r.average_effect_pct.ci_high


def test_slope_change_is_found() -> None:
    r = fit(simulate(2, slope=2.0))
    assert r.slope_change.ci_low < 2.0 < r.slope_change.ci_high
    assert r.slope_change.ci_low > 0
    truth = 2.0 * 23 / 2  # slope times the mean months since the event, over 24 months
    assert r.average_effect.ci_low < truth < r.average_effect.ci_high


def test_no_effect_interval_holds_zero() -> None:
    r = fit(simulate(3))
    assert r.average_effect.ci_low < 0 < r.average_effect.ci_high
    assert r.level_change.ci_low < 0 < r.level_change.ci_high
    inside = [p.low <= p.observed <= p.high for p in r.counterfactual if p.observed is not None]
    assert sum(inside) >= 0.8 * len(inside)


def test_intervals_are_calibrated_over_many_series() -> None:
    """Across 60 seeded series, the 95% interval should miss the truth only a few times."""
    hits = 0
    for seed in range(100, 160):
        level = float(np.random.default_rng(seed).uniform(-20, 20))
        r = fit(simulate(seed, level=level, phi=0.5))
        hits += r.average_effect.ci_low <= level <= r.average_effect.ci_high
    assert hits >= 52  # at 95% coverage, fewer than 52 of 60 happens less than 1% of the time


def test_ar1_coefficient_is_recovered() -> None:
    phis = [fit(simulate(seed, phi=0.6, n_pre=96)).ar1 for seed in range(200, 210)]
    assert 0.4 < float(np.mean(phis)) < 0.75


def test_log_scale_reports_percent_change() -> None:
    s = simulate(4, level=0.0, sd=0.02, base=0.0)  # log-scale noise around zero
    rng_trend = np.linspace(7.0, 7.2, len(s))
    step = np.where(np.arange(len(s)) >= 48, math.log(1.25), 0.0)
    counts = pd.Series(np.exp(rng_trend + step + s.to_numpy() / 100), index=s.index)
    r = fit(counts, scale="log")
    assert r.scale == "log" and r.level_change.unit == "%"
    assert r.level_change.ci_low < 25.0 < r.level_change.ci_high
    assert r.average_effect_pct.ci_low < 25.0 < r.average_effect_pct.ci_high
    assert r.average_effect.estimate > 0


def test_default_window_and_mid_month_event() -> None:
    s = simulate(5, level=30.0, n_pre=60, n_post=30)
    r = analyze_impact(s, "2020-01-15")
    assert r.first_post_month == date(2020, 2, 1)
    assert r.n_pre == 36 and r.n_post == 24  # the default window, on the months either side
    assert r.window_start == date(2017, 1, 1) and r.window_end == date(2022, 1, 1)
    parts = [p.part for p in r.path]
    assert parts.count("event") == 1 and r.path[parts.index("event")].month == date(2020, 1, 1)
    assert any("left out of the fit" in c for c in r.caveats)
    assert r.level_change.ci_low < 30.0 < r.level_change.ci_high


# ---------------------------------------------------------------------------------- inputs


def test_sequence_of_periods_with_statuses_and_observations() -> None:
    s = simulate(6, level=25.0)
    rows = [
        (Period.month(ts.year, ts.month), v, "provisional" if ts >= pd.Timestamp("2021-07-01") else "final")
        for ts, v in s.items()
    ]
    r = analyze_impact(rows, EVENT, before=48, after=24)
    caveat = next(c for c in r.caveats if "provisional" in c)
    assert "6 values" in caveat and "2021-07..2021-12" in caveat
    assert r.path[-1].status == "provisional"

    src = Source(dataset="test", url="https://example.org/")
    obs = [
        Observation("x", Period.month(ts.year, ts.month), float(v), "final", "2024-01-01", src)
        for ts, v in s.items()
    ]
    r2 = analyze_impact(obs, EVENT, before=48, after=24)
    assert r2.level_change == r.level_change
    assert not any("provisional" in c for c in r2.caveats)


def test_month_end_index_is_read_as_months() -> None:
    s = simulate(7, level=25.0)
    ends = s.copy()
    ends.index = pd.date_range("2016-01-31", periods=len(s), freq="ME")
    assert fit(ends).level_change == fit(s).level_change


def test_other_events_in_the_window_are_named() -> None:
    r = fit(
        simulate(8, level=20.0),
        other_events=[(date(2020, 6, 10), "Policy B"), ("2012-03-01", "Long before"), ("2021-02", "Rule C")],
    )
    caveat = next(c for c in r.caveats if c.startswith("Other events"))
    assert "2020-06-10 Policy B" in caveat and "2021-02-01 Rule C" in caveat
    assert "Long before" not in caveat
    assert [t for _, t in r.other_events] == ["Policy B", "Rule C"]


def test_short_pre_period_caveat_and_no_seasonal_terms() -> None:
    r = fit(simulate(9, level=30.0, n_pre=18))
    assert r.n_pre == 18 and not r.seasonal
    assert any(c.startswith("Short pre-period: 18 months") for c in r.caveats)


def test_gap_far_from_event_shortens_the_window() -> None:
    s = simulate(10, level=30.0).drop(pd.Timestamp("2016-06-01"))
    r = fit(s)
    assert r.window_start == date(2016, 7, 1) and r.n_pre == 42
    assert any("no value for 2016-06" in c for c in r.caveats)


# ---------------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("series", "message"),
    [
        (simulate(11, n_pre=10), "too few months before the event: 10"),
        (simulate(11).iloc[:52], "too few months after the event: 4"),
        (simulate(11).drop(pd.Timestamp("2019-10-01")), "no value for 2019-10"),
        (simulate(11).drop(pd.Timestamp("2020-02-01")), "too few months after the event: 1"),
        (pd.Series(np.arange(30.0), index=pd.period_range("2013Q1", periods=30, freq="Q")), "not monthly"),
        (pd.Series(np.arange(72.0), index=pd.date_range("2016-01-15", periods=72, freq="30D")), "monthly"),
        (pd.Series(np.full(72, 5.0), index=pd.date_range("2016-01-01", periods=72, freq="MS")), "vary"),
    ],
)
def test_refusals(series: pd.Series, message: str) -> None:
    with pytest.raises(ImpactError, match=message):
        fit(series)


def test_refuses_annual_periods_and_duplicate_months() -> None:
    with pytest.raises(ImpactError, match="not monthly: 2019 is not a single calendar month"):
        analyze_impact([(Period.year(2019), 1.0, "final")], EVENT)
    rows = [(date(2019, 1, 1), 1.0), (date(2019, 1, 31), 2.0)]
    with pytest.raises(ImpactError, match="two values for 2019-01"):
        analyze_impact(rows, EVENT)


def test_refuses_bad_arguments() -> None:
    s = simulate(12)
    with pytest.raises(ImpactError, match="log scale needs positive values"):
        fit(s - 200, scale="log")
    with pytest.raises(ImpactError, match="window too small"):
        analyze_impact(s, EVENT, window=6)
    with pytest.raises(ImpactError, match="cannot read event date"):
        analyze_impact(s, "soon")
    with pytest.raises(ImpactError, match="is not a number"):
        analyze_impact([(date(2019, 1, 1), "many")], EVENT)


# ---------------------------------------------------------------------------------- output


def test_to_dict_is_json_and_summary_has_numbers_and_caveats() -> None:
    s = simulate(13, level=35.0)
    r = fit(s, indicator="od_deaths", event="policy-a", other_events=[("2020-03-01", "Policy B")])
    text = json.dumps(r.to_dict(), allow_nan=False)
    back = json.loads(text)
    assert back["indicator"] == "od_deaths" and back["first_post_month"] == "2020-01"
    assert back["level_change"]["estimate"] == pytest.approx(r.level_change.estimate)
    assert len(back["path"]) == 72 and back["path"][48]["part"] == "post"
    assert back["caveats"] == list(r.caveats)
    summary = r.summary()
    assert f"{r.level_change.estimate:.4g}" in summary
    assert "Policy B" in summary and summary.count("caveat:") == len(r.caveats)


# ---------------------------------------------------------------------------------- benchmark


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "bench" / "bench_impact.py"
    spec = importlib.util.spec_from_file_location("bench_impact", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_impact"] = module
    spec.loader.exec_module(module)
    return module


def test_benchmark_runs_on_a_few_series(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _bench()
    assert bench.main(["--series", "3", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    for name in ("usmx", "sarimax-ml", "glsar", "ols-nw", "uc", "uc-ar1"):
        assert any(line.startswith(f"{name} ") for line in out.splitlines()), name
    assert "level change" in out and "slope change" in out
    assert bench.main(["--series", "3", "--methods", "nope"]) == 2
