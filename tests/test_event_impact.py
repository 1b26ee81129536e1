"""Impact of an event on an indicator, from the bundled store and timeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from usmx.cli import app
from usmx.event_impact import impact_of
from usmx.impact import ImpactError
from usmx.store import open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return open_store(tmp_path_factory.mktemp("db") / "usmx.duckdb")


def test_homicides_around_a_change_of_government_gives_an_interval_and_caveats(store) -> None:  # type: ignore[no-untyped-def]
    r = impact_of(store, "mx_homicides", "amlo_term")
    d = r.to_dict()
    avg = d["average_effect"]
    assert avg["ci_low"] <= avg["estimate"] <= avg["ci_high"]
    assert r.n_pre >= 12 and r.n_post >= 6
    assert any("Other events" in c for c in r.caveats)
    json.dumps(d)


def test_rolling_or_annual_series_are_refused_with_the_reason(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImpactError, match="not a monthly series"):
        impact_of(store, "us_overdose_deaths", "title42_end")
    with pytest.raises(ImpactError, match="not a monthly series"):
        impact_of(store, "mx_fdi", "usmca_entry_into_force")


def test_cli_prints_the_estimate_and_refuses_unknown_events(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "u.duckdb")
    ok = runner.invoke(app, ["--db", db, "impact", "mx_homicides", "amlo_term", "--json"])
    assert ok.exit_code == 0, ok.output
    assert "average_effect" in json.loads(ok.stdout)
    bad = runner.invoke(app, ["--db", db, "impact", "mx_homicides", "amlo_trm"])
    assert bad.exit_code == 2 and "did you mean" in bad.stderr
    # SESNSP's months end in June 2025: three months after the March 2025 tariffs are too few
    short = runner.invoke(app, ["--db", db, "impact", "mx_homicides", "fentanyl_tariffs_in_effect"])
    assert short.exit_code == 2 and "cannot analyse" in short.stderr


def test_border_encounters_around_the_end_of_title_42(store) -> None:  # type: ignore[no-untyped-def]
    r = impact_of(store, "sw_border_encounters", "title42_end")
    avg = r.to_dict()["average_effect"]
    assert avg["ci_low"] < avg["ci_high"]
    assert any("provisional" in c for c in r.caveats)
    assert any("left out of the fit" in c for c in r.caveats)  # the event fell mid-month
