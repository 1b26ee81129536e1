"""The command line, end to end, on the bundled snapshot in a throwaway store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest


def value_json(run, indicator: str, period: str) -> dict:  # type: ignore[no-untyped-def]
    res = run("value", indicator, period, "--json")
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_fiscal_year_border_encounters(run) -> None:  # type: ignore[no-untyped-def]
    out = value_json(run, "sw_border_encounters", "FY2022")
    assert out["value"] == 2_378_944
    assert out["source"]["url"].startswith("https://www.cbp.gov/")
    assert out["period"]["label"] == "FY2022"


def test_overdose_deaths_2021_are_the_final_figures(run) -> None:  # type: ignore[no-untyped-def]
    all_drugs = value_json(run, "us_overdose_deaths", "2021")
    synthetic = value_json(run, "us_synthetic_opioid_deaths", "2021")
    assert (all_drugs["value"], all_drugs["status"]) == (106_699, "final")
    assert (synthetic["value"], synthetic["status"]) == (70_601, "final")
    # the provisional figures announced before the final ones are kept as earlier vintages
    assert any(r["status"] in ("predicted", "provisional") for r in all_drugs["revisions"])


def test_remittances_2022_current_vintage_and_first_release_both_kept(run) -> None:  # type: ignore[no-untyped-def]
    out = value_json(run, "mx_remittances", "2022")
    assert out["value"] == pytest.approx(58_867.8e6, abs=0.05e6)
    assert out["derived"] and out["parts"] == 12 and out["vintage"] == "2026-07-01"
    first = [r for r in out["revisions"] if r["vintage"].startswith("2023-02")]
    assert first and first[0]["value"] == pytest.approx(58.5e9, rel=0.01)


def test_value_text_names_source_and_status(run) -> None:  # type: ignore[no-untyped-def]
    res = run("value", "mx_homicides", "2019")
    assert res.exit_code == 0
    assert "34,723" in res.stdout and "SESNSP" in res.stdout and "final" in res.stdout


def test_twelve_months_ending_is_derived_from_months(run) -> None:  # type: ignore[no-untyped-def]
    out = value_json(run, "mx_remittances", "12m to 2023-02")
    assert out["derived"] and out["parts"] == 12 and out["period"]["label"] == "12m to 2023-02"


def test_indicators_lists_every_catalog_entry(run) -> None:  # type: ignore[no-untyped-def]
    res = run("indicators", "--json")
    assert res.exit_code == 0
    rows = {r["id"]: r for r in json.loads(res.stdout)}
    assert "cartel_territory_share" in rows and "mx_remittances" in rows
    rem = rows["mx_remittances"]
    assert rem["coverage"]["first"] == "1995-01" and rem["latest"]["period"]["label"] == "2026-05"
    assert rem["change_on_year_earlier"] is not None


def test_show_lists_definition_recent_values_and_revisions(run) -> None:  # type: ignore[no-untyped-def]
    res = run("show", "mx_remittances", "--json")
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert data["definition"] and len(data["recent"]) == 12
    assert any(len(r["figures"]) > 1 for r in data["revisions"])
    text = run("show", "mx_remittances")
    assert text.exit_code == 0 and "Revisions" in text.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("value", "sw_border_encounter", "FY2022"), "did you mean sw_border_encounters"),
        (("value", "mx_remittances", "22"), "accepted forms"),
        (("show", "remittances"), "did you mean"),
        (("value", "mx_remittances", "2022", "--as-of", "yesterday"), "--as-of"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(run, args: tuple[str, ...], needle: str) -> None:  # type: ignore[no-untyped-def]
    res = run(*args)
    assert res.exit_code == 2
    assert needle in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.output


def test_no_figure_for_the_period_exits_1(run) -> None:  # type: ignore[no-untyped-def]
    res = run("value", "mx_remittances", "1980")
    assert res.exit_code == 1 and "coverage" in res.stderr


def _rows(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute("SELECT count(*) FROM observations").fetchall()[0][0])
    finally:
        con.close()


def test_update_from_a_folder_adds_nothing_twice(run, shared_data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "downloads"
    folder.mkdir()
    shutil.copy(shared_data / "banxico_remittances" / "remesas_mensuales.csv", folder)
    res = run("update", "--from", str(folder), "--json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["rows_added"] == 0  # already in the bundled snapshot
    before = _rows(run.db)
    again = run("update", "--from", str(folder), "--json")
    assert again.exit_code == 0 and _rows(run.db) == before


def test_a_malformed_file_is_refused_and_the_store_is_untouched(run, shared_data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("indicators", "--json")  # create the store
    before = _rows(run.db)
    folder = tmp_path / "downloads"
    folder.mkdir()
    good = shared_data / "mexico_homicides" / "sesnsp_victimas_fuero_comun_mensual_2015_2025.csv"
    shutil.copy(shared_data / "banxico_remittances" / "remesas_mensuales.csv", folder)
    lines = good.read_text("utf-8").splitlines()
    bad = next(i for i, line in enumerate(lines) if ",Nacional,Homicidio doloso," in line and "2019" in line)
    lines[bad] = lines[bad].rsplit(",", 1)[0] + ",many"
    (folder / good.name).write_text("\n".join(lines) + "\n", "utf-8")
    res = run("update", "--from", str(folder))
    assert res.exit_code == 2
    assert good.name in res.stderr and f"line {bad + 1}" in res.stderr
    assert _rows(run.db) == before


def test_update_from_a_folder_with_no_official_files(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "notes.txt").write_text("nothing here")
    res = run("update", "--from", str(tmp_path))
    assert res.exit_code == 2 and "no official files" in res.stderr


def test_events_lists_and_filters(run) -> None:  # type: ignore[no-untyped-def]
    res = run("events", "--category", "migration", "--between", "2023-01-01", "2023-12-31", "--json")
    assert res.exit_code == 0
    ids = [e["id"] for e in json.loads(res.stdout)]
    assert "title42_end" in ids
    assert run("events", "--category", "weather").exit_code == 2


def test_more_bad_input_is_one_line_never_a_traceback(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    cases = [
        (("value", "mx_remittances", "0000"), "out of range"),
        (("show", "mx_remittances", "--recent", "0"), "--recent"),
        (("report", "--out", str(a_file / "site")), "notes.txt"),
        (("update", "--from", str(a_file)), "not a folder"),
    ]
    for args, needle in cases:
        res = run(*args)
        assert res.exit_code == 2, (args, res.output)
        assert needle in res.stderr and len(res.stderr.strip().splitlines()) == 1, (args, res.stderr)
        assert "Traceback" not in res.output


def test_value_for_a_year_with_no_data_far_ahead_exits_1(run) -> None:  # type: ignore[no-untyped-def]
    res = run("value", "mx_remittances", "9999")
    assert res.exit_code == 1 and "coverage" in res.stderr


def test_as_of_in_basic_iso_form_is_the_same_day(run) -> None:  # type: ignore[no-untyped-def]
    dashed = run("value", "mx_remittances", "2022", "--as-of", "2023-01-15", "--json")
    basic = run("value", "mx_remittances", "2022", "--as-of", "20230115", "--json")
    assert dashed.exit_code == basic.exit_code
    assert dashed.stdout == basic.stdout and dashed.stderr == basic.stderr
