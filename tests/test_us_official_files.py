"""The U.S. publishers' own files read whole: CBP encounters and seizures, CDC's 12-month overdose counts.

Expected figures are the spot checks in each folder's SOURCE.md (computed from the files), so
every one of them traces to a file and its release.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from usmx.cli import app
from usmx.model import Observation
from usmx.periods import Period
from usmx.sources import cbp_encounters, cbp_seizures, cdc_vsrr


def fy_total(obs: list[Observation], indicator: str, fy: int) -> float:
    months = [o for o in obs if o.indicator == indicator and Period.fiscal_year(fy).contains(o.period)]
    assert len(months) == 12, (indicator, fy, len(months))
    return round(sum(o.value for o in months), 1)


@pytest.fixture(scope="module")
def encounters(shared_data: Path) -> dict[str, list[Observation]]:
    folder = shared_data / "cbp_encounters"
    return {p.name: cbp_encounters.parse(p) for p in sorted(folder.glob("*.csv"))}


def test_every_encounters_file_gives_fy2022_southwest_and_mexican_totals(
        encounters: dict[str, list[Observation]]) -> None:
    assert len(encounters) == 3
    for obs in encounters.values():
        assert fy_total(obs, "sw_border_encounters", 2022) == 2_378_944
        assert fy_total(obs, "sw_border_encounters_mexican", 2022) == 808_339


def test_the_state_files_give_mexican_nationals_and_the_nationwide_total_by_fiscal_year(
        encounters: dict[str, list[Observation]]) -> None:
    older = encounters["nationwide-encounters-fy20-fy23-state.csv"]
    newer = encounters["nationwide-encounters-fy21-fy24-state.csv"]
    assert fy_total(older, "sw_border_encounters_mexican", 2020) == 297_711
    assert fy_total(newer, "sw_border_encounters_mexican", 2024) == 653_684
    assert fy_total(older, "sw_border_encounters", 2020) == 458_088
    assert fy_total(newer, "sw_border_encounters", 2024) == 2_135_005
    for fy in (2021, 2022, 2023):  # nationwide holds the southwest and the northern border
        nation = fy_total(newer, "cbp_nationwide_encounters", fy)
        assert nation > fy_total(newer, "sw_border_encounters", fy) + fy_total(newer, "nb_border_encounters", fy) - 1
    # the state files carry no component column, so they say nothing of the Border Patrol
    assert not any(o.indicator in ("usbp_sw_apprehensions", "ofo_sw_encounters") for o in older)


def test_the_two_state_releases_agree_where_they_overlap(encounters: dict[str, list[Observation]]) -> None:
    older = {(o.indicator, o.period): o.value for o in encounters["nationwide-encounters-fy20-fy23-state.csv"]}
    newer = {(o.indicator, o.period): o.value for o in encounters["nationwide-encounters-fy21-fy24-state.csv"]}
    shared = set(older) & set(newer)
    assert len(shared) == 30 * 36  # 30 measures, FY2021-FY2023
    assert all(older[k] == newer[k] for k in shared)


def test_demographics_titles_and_citizenships_add_up_to_the_southwest_total(
        encounters: dict[str, list[Observation]]) -> None:
    obs = encounters["nationwide-encounters-fy21-fy24-state.csv"]
    by = {(o.indicator, o.period): o.value for o in obs}
    months = sorted({o.period for o in obs})
    demographics = ("single_adults", "family_units", "unaccompanied_children", "accompanied_minors")
    citizenships = [i for i in {o.indicator for o in obs} if i.startswith("sw_border_encounters_cit_")]
    assert len(citizenships) == 20
    for m in months:
        total = by[("sw_border_encounters", m)]
        assert sum(by[(f"sw_border_encounters_{d}", m)] for d in demographics) == total
        assert by[("sw_border_encounters_title8", m)] + by[("sw_border_encounters_title42", m)] == total
        # every citizenship but "OTHER" is a part: together with Mexico they stay under the total
        assert sum(by[(c, m)] for c in citizenships) + by[("sw_border_encounters_mexican", m)] <= total


def test_the_southwest_file_splits_border_patrol_from_ports_of_entry(
        encounters: dict[str, list[Observation]]) -> None:
    obs = encounters["sbo-encounters-fy22-fy25-aug.csv"]
    assert fy_total(obs, "usbp_sw_apprehensions", 2022) == 2_206_436
    assert fy_total(obs, "ofo_sw_encounters", 2022) == 172_508
    assert fy_total(obs, "ofo_sw_inadmissibles", 2022) <= 172_508
    status = {o.period: o.status for o in obs}
    assert status[Period.month(2025, 8)] == "provisional"  # fiscal year 2025 was still open
    assert status[Period.month(2024, 9)] == "final"
    assert max(status) == Period.month(2025, 8)  # no month that had not happened yet


def test_each_encounters_file_carries_its_release(encounters: dict[str, list[Observation]]) -> None:
    releases = {name: {o.vintage for o in obs} for name, obs in encounters.items()}
    assert releases == {
        "nationwide-encounters-fy20-fy23-state.csv": {"2023-11-01"},
        "nationwide-encounters-fy21-fy24-state.csv": {"2024-10-22"},
        "sbo-encounters-fy22-fy25-aug.csv": {"2025-09-01"},
    }


def test_an_unknown_demographic_code_is_refused(shared_data: Path, tmp_path: Path) -> None:
    src = shared_data / "cbp_encounters" / "sbo-encounters-fy22-fy25-aug.csv"
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[5] = lines[5].replace(",Accompanied Minors,", ",Adults With Pets,", 1)
    bad = tmp_path / src.name
    bad.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(cbp_encounters.SourceFileError, match=r"line 6: Demographic"):
        cbp_encounters.parse(bad)


# ---------------------------------------------------------------------------------------------

SEIZURES_FY = {  # SOURCE.md: fentanyl pounds, all / OFO / USBP / Southwest Border region
    2019: (2_803.6, 2_577.8, 225.8, 2_633.3),
    2022: (14_699.9, 12_493.1, 2_206.8, 14_104.1),
    2023: (27_022.9, 24_182.1, 2_840.8, 26_717.8),
    2025: (12_027.3, 10_340.3, 1_687.0, 11_488.3),
}


@pytest.fixture(scope="module")
def seizures(shared_data: Path) -> dict[str, list[Observation]]:
    folder = shared_data / "cbp_seizures"
    return {p.name: cbp_seizures.parse(p) for p in sorted(folder.glob("*.csv"))}


def test_fentanyl_seizures_by_fiscal_year_component_and_region(seizures: dict[str, list[Observation]]) -> None:
    every = [o for obs in seizures.values() for o in obs if o.vintage != "2026-01-01"]
    for fy, expected in SEIZURES_FY.items():
        got = tuple(fy_total(every, i, fy) for i in (
            "cbp_fentanyl_seizures", "cbp_fentanyl_seizures_ofo", "cbp_fentanyl_seizures_usbp",
            "cbp_fentanyl_seizures_sw"))
        assert got == expected, fy
    # all drugs hold fentanyl and the other drugs
    assert fy_total(every, "cbp_drug_seizures", 2023) > fy_total(every, "cbp_seizures_methamphetamine", 2023) \
        + fy_total(every, "cbp_fentanyl_seizures", 2023)


def test_each_seizures_file_is_its_own_dated_release(seizures: dict[str, list[Observation]]) -> None:
    releases = {name: {o.vintage for o in obs} for name, obs in seizures.items()}
    assert releases == {
        "nationwide-drugs-fy19-fy22.csv": {"2022-10-01"},
        "nationwide-drugs-fy23-fy26-dec.csv": {"2026-01-01"},
        "nationwide-drugs-fy23-fy26-apr.csv": {"2026-05-01"},
    }
    apr = {o.period: o.status for o in seizures["nationwide-drugs-fy23-fy26-apr.csv"]}
    assert apr[Period.month(2026, 4)] == "provisional" and apr[Period.month(2025, 9)] == "final"


# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def vsrr(shared_data: Path) -> dict[str, list[Observation]]:
    folder = shared_data / "cdc_vsrr"
    return {p.name: cdc_vsrr.parse(p) for p in sorted(folder.glob("*.csv"))}


def one(obs: list[Observation], indicator: str, period: Period, status: str) -> float:
    [o] = [o for o in obs if o.indicator == indicator and o.period == period and o.status == status]
    return o.value


def test_vsrr_keeps_reported_and_predicted_twelve_month_counts_for_three_drug_classes(
        vsrr: dict[str, list[Observation]]) -> None:
    obs = vsrr["vsrr_US_3indicators_release-2025-09_transcribed.csv"]
    dec21 = Period.twelve_months_ending(2021, 12)
    assert one(obs, "us_overdose_deaths", dec21, "provisional") == 107_573
    assert one(obs, "us_overdose_deaths", dec21, "predicted") == 109_099
    assert one(obs, "us_synthetic_opioid_deaths", dec21, "provisional") == 71_143
    assert one(obs, "us_synthetic_opioid_deaths", dec21, "predicted") == 72_124
    assert one(obs, "us_synthetic_opioid_deaths", Period.twelve_months_ending(2023, 7), "predicted") == 78_729
    assert {o.indicator for o in obs} == {"us_overdose_deaths", "us_opioid_overdose_deaths",
                                          "us_synthetic_opioid_deaths"}
    assert all("Transcribed" in o.note for o in obs)
    assert {o.vintage for o in obs} == {"2025-09-01"}


def test_the_2019_release_is_an_older_vintage_with_its_own_predictions(vsrr: dict[str, list[Observation]]) -> None:
    old = vsrr["VSRR_Provisional_Drug_Overdose_Death_Counts_release-2019-04.csv"]
    new = vsrr["vsrr_US_3indicators_release-2025-09_transcribed.csv"]
    aug17 = Period.twelve_months_ending(2017, 8)
    assert one(old, "us_overdose_deaths", aug17, "predicted") == 71_610
    assert one(new, "us_overdose_deaths", aug17, "predicted") == 70_902
    assert {o.vintage for o in old} == {"2019-04-24"}
    assert not any("Transcribed" in o.note for o in old)


# ---------------------------------------------------------------------------------------------
# The same figures from the command line, on the bundled snapshot


@pytest.fixture()
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = tmp_path / "usmx.duckdb"
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["--db", str(db), *args])


def test_value_gives_mexican_nationals_and_cbps_fiscal_year_from_the_files(run) -> None:  # type: ignore[no-untyped-def]
    res = run("value", "sw_border_encounters_mexican", "FY2022", "--json")
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["value"] == 808_339 and out["source"]["dataset"] == "cbp_encounters"
    sw = json.loads(run("value", "sw_border_encounters", "FY2022", "--json").stdout)
    assert sw["value"] == 2_378_944 and sw["source"]["dataset"] == "cbp_encounters" and sw["derived"]


def test_value_of_a_twelve_month_count_says_predicted_or_reported(run) -> None:  # type: ignore[no-untyped-def]
    res = run("value", "us_synthetic_opioid_deaths", "12m to 2023-07")
    assert res.exit_code == 0, res.output
    assert "78,729 deaths (predicted)" in res.stdout
    assert "adjusted for reporting delays" in res.stdout
    assert "77,693" in res.stdout and "provisional" in res.stdout  # the reported count, listed beside it
    out = json.loads(run("value", "us_synthetic_opioid_deaths", "12m to 2023-07", "--json").stdout)
    assert out["period"]["kind"] == "12m_ending" and out["status"] == "predicted"


def test_show_lists_both_releases_of_a_vsrr_month(run) -> None:  # type: ignore[no-untyped-def]
    out = json.loads(run("value", "us_overdose_deaths", "12m to 2017-08", "--json").stdout)
    vintages = {(r["vintage"], r["status"], r["value"]) for r in out["revisions"]}
    assert ("2019-04-24", "predicted", 71_610) in vintages and ("2025-09-01", "predicted", 70_902) in vintages
    res = run("show", "us_overdose_deaths", "--json")
    shown = json.loads(res.stdout)
    assert any(len({f["vintage"] for f in rev["figures"]}) > 1 for rev in shown["revisions"])


def test_fentanyl_seizures_fy2023_from_cbps_file_with_months(run) -> None:  # type: ignore[no-untyped-def]
    out = json.loads(run("value", "cbp_fentanyl_seizures", "FY2023", "--json").stdout)
    assert out["value"] == pytest.approx(27_022.9, abs=0.05)
    assert out["derived"] and out["parts"] == 12 and out["source"]["dataset"] == "cbp_seizures"
    month = json.loads(run("value", "cbp_fentanyl_seizures", "2023-05", "--json").stdout)
    assert month["period"]["kind"] == "month" and month["value"] > 0


def test_a_figure_read_only_in_a_press_report_says_so(run) -> None:  # type: ignore[no-untyped-def]
    out = json.loads(run("value", "sw_border_encounters", "FY2019", "--json").stdout)
    assert out["secondary_source"] is True
    res = run("value", "sw_border_encounters", "FY2019")
    assert "Secondary source" in res.stdout
    assert json.loads(run("value", "sw_border_encounters", "FY2022", "--json").stdout)["secondary_source"] is False


def test_show_lists_every_release_of_one_vsrr_month(run) -> None:  # type: ignore[no-untyped-def]
    res = run("show", "us_overdose_deaths", "--period", "12m to 2017-08", "--json")
    assert res.exit_code == 0, res.output
    [rev] = json.loads(res.stdout)["revisions"]
    assert rev["period"] == "12m to 2017-08"
    assert {(f["vintage"], f["status"]) for f in rev["figures"]} == {
        ("2019-04-24", "provisional"), ("2019-04-24", "predicted"),
        ("2025-09-01", "provisional"), ("2025-09-01", "predicted")}
    text = run("show", "us_overdose_deaths", "--period", "12m to 2017-08")
    assert "71,610" in text.stdout and "70,902" in text.stdout
