"""Importers of the U.S. datasets: Census trade, CDC VSRR overdoses, CBP encounters and seizures.

Census figures are checked against the spot checks in ../shared/data/us_mexico_trade/SOURCE.md,
read from the real workbook. The CDC, CBP fixtures are small excerpts; where their rows come
from (and which are synthetic) is written in tests/fixtures/<dataset>/SOURCE.md.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from usmx.model import Observation
from usmx.periods import Period
from usmx.sources import cbp_encounters, cbp_seizures, cdc_vsrr, census_trade
from usmx.sources.base import SourceFileError

FIXTURES = Path(__file__).parent / "fixtures"
MILLION = 1_000_000


def values(obs: list[Observation], indicator: str, status: str | None = None) -> dict[Period, float]:
    return {
        o.period: o.value for o in obs if o.indicator == indicator and (status is None or o.status == status)
    }


def one(obs: list[Observation], indicator: str, period: Period, status: str | None = None) -> Observation:
    found = [o for o in obs if o.indicator == indicator and o.period == period]
    found = [o for o in found if status is None or o.status == status]
    assert len(found) == 1, f"{indicator} {period}: {len(found)} observations"
    return found[0]


def refuses(parse: Callable[[Path], Any], path: Path, *fragments: str) -> str:
    with pytest.raises(SourceFileError) as err:
        parse(path)
    message = str(err.value)
    assert message.startswith(path.name), message
    for fragment in fragments:
        assert fragment in message, message
    return message


def edited(src: Path, tmp_path: Path, old: str, new: str, name: str | None = None) -> Path:
    text = src.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    out = tmp_path / (name or src.name)
    out.write_text(text.replace(old, new, 1), encoding="utf-8")
    return out


# ---------------------------------------------------------------------------------------------
# Census: U.S. trade in goods by country (real workbook)


@pytest.fixture(scope="module")
def trade_file(shared_data: Path) -> Path:
    return shared_data / "us_mexico_trade" / "country.xlsx"


@pytest.fixture(scope="module")
def trade(trade_file: Path) -> list[Observation]:
    return census_trade.parse(trade_file)


def year_sum(obs: list[Observation], indicator: str, year: int) -> float:
    return sum(v for p, v in values(obs, indicator).items() if p.start.year == year)


def test_census_mexico_1985_matches_source_spot_check(trade: list[Observation]) -> None:
    assert year_sum(trade, "us_exports_to_mx", 1985) == pytest.approx(13_634.7 * MILLION, abs=1)
    assert year_sum(trade, "us_imports_from_mx", 1985) == pytest.approx(19_131.7 * MILLION, abs=1)
    assert year_sum(trade, "us_mx_trade_balance", 1985) == pytest.approx(-5_497.0 * MILLION, abs=1)


def test_census_mexico_2022_and_2023_match_source_spot_checks(trade: list[Observation]) -> None:
    # SOURCE.md rounds to 0.1 million.
    half_tenth = 0.05 * MILLION
    assert year_sum(trade, "us_exports_to_mx", 2022) == pytest.approx(324_207.1 * MILLION, abs=half_tenth)
    assert year_sum(trade, "us_imports_from_mx", 2022) == pytest.approx(452_032.2 * MILLION, abs=half_tenth)
    assert year_sum(trade, "us_mx_trade_balance", 2022) == pytest.approx(-127_825.1 * MILLION, abs=half_tenth)
    assert year_sum(trade, "us_mx_trade", 2023) == pytest.approx(797_958.4 * MILLION, abs=half_tenth)


def test_census_monthly_values_are_dollars_and_add_up(trade: list[Observation]) -> None:
    jan = Period.month(2023, 1)
    exports = one(trade, "us_exports_to_mx", jan).value
    imports = one(trade, "us_imports_from_mx", jan).value
    assert exports > 1e10  # tens of billions of dollars, not millions
    assert one(trade, "us_mx_trade", jan).value == exports + imports
    assert one(trade, "us_mx_trade_balance", jan).value == exports - imports


def test_census_unpublished_trailing_months_are_left_out(trade: list[Observation]) -> None:
    months_2024 = sorted(p.start.month for p in values(trade, "us_exports_to_mx") if p.start.year == 2024)
    assert months_2024 == [1, 2, 3, 4, 5, 6]
    tenth = 0.05 * MILLION
    assert year_sum(trade, "us_exports_to_mx", 2024) == pytest.approx(166_337.2 * MILLION, abs=tenth)
    assert year_sum(trade, "us_imports_from_mx", 2024) == pytest.approx(249_040.8 * MILLION, abs=tenth)
    # a partial year has no annual share or rank
    assert Period.year(2024) not in values(trade, "mx_rank_us_trading_partner")
    assert Period.year(2024) not in values(trade, "mx_share_us_goods_trade")


def test_census_rank_and_share_2023(trade: list[Observation]) -> None:
    rank = one(trade, "mx_rank_us_trading_partner", Period.year(2023))
    share = one(trade, "mx_share_us_goods_trade", Period.year(2023))
    assert rank.value == 1
    assert share.value == pytest.approx(15.7, abs=0.05)
    assert "computed by usmx" in rank.note.lower()
    assert "computed by usmx" in share.note.lower()


def test_census_ranks_and_shares_by_flow_2023(trade: list[Observation]) -> None:
    # 2023 in the workbook: imports from Mexico 475,216.0 of 3,080,170; exports 322,742.5 of 2,018,059
    # ($ million); Mexico first among sources of U.S. imports, second to Canada among export markets
    assert one(trade, "mx_rank_us_import_source", Period.year(2023)).value == 1
    assert one(trade, "mx_rank_us_export_market", Period.year(2023)).value == 2
    assert one(trade, "mx_share_us_goods_imports", Period.year(2023)).value == pytest.approx(15.43, abs=0.01)
    assert one(trade, "mx_share_us_goods_exports", Period.year(2023)).value == pytest.approx(15.99, abs=0.01)


def test_census_ranks_and_shares_for_months_and_runs_from_january(trade: list[Observation]) -> None:
    # the workbook's 2024 stops in June: each month and each run from January has its own rank and share,
    # computed from every partner's months, not added up from Mexico's monthly ones
    first_half = Period.span(Period.month(2024, 1), Period.month(2024, 6))
    share = one(trade, "mx_share_us_goods_trade", first_half).value
    monthly = [one(trade, "mx_share_us_goods_trade", Period.month(2024, m)).value for m in range(1, 7)]
    assert min(monthly) < share < max(monthly)  # a share of the six months' totals, between its months'
    assert share != pytest.approx(sum(monthly) / 6, abs=1e-6)  # and not their plain mean
    assert one(trade, "mx_rank_us_trading_partner", first_half).value == 1
    months = [p for p in values(trade, "mx_rank_us_trading_partner") if p.start.year == 2024]
    assert sorted(p.label for p in months) == sorted(
        [f"2024-0{m}" for m in range(1, 7)] + [f"2024-01..2024-0{m}" for m in range(2, 7)])


def test_census_share_needs_a_world_row(trade: list[Observation]) -> None:
    # The World (NSA) row starts in 1987: no share before, but a rank among countries.
    shares = values(trade, "mx_share_us_goods_trade")
    assert Period.year(1986) not in shares
    assert Period.year(1987) in shares
    assert Period.year(1985) in values(trade, "mx_rank_us_trading_partner")


def test_census_status_vintage_and_source(trade: list[Observation], trade_file: Path) -> None:
    assert one(trade, "us_exports_to_mx", Period.month(2022, 12)).status == "final"
    assert one(trade, "us_exports_to_mx", Period.month(2023, 1)).status == "provisional"
    o = one(trade, "us_imports_from_mx", Period.month(2024, 6))
    assert o.status == "provisional"
    assert o.vintage == "2024-11-01"
    assert o.source.dataset == "census_trade"
    assert o.source.url == "https://www.census.gov/foreign-trade/balance/country.xlsx"
    assert o.source.file == "country.xlsx"
    assert o.source.release == "2024-11-01"
    assert len(o.source.sha256) == 64
    assert census_trade.DATASET.matches(trade_file)


# -- corrupted workbooks (small copies built from the real rows) --------------------------------


@pytest.fixture(scope="module")
def trade_rows(trade_file: Path) -> list[list[Any]]:
    """Header plus the 2022-2023 rows of Mexico, Canada, China and the World."""
    wb = openpyxl.load_workbook(trade_file, read_only=True, data_only=True)
    try:
        rows = [list(r) for r in wb["country"].iter_rows(values_only=True)]
    finally:
        wb.close()
    codes = ("2010", "1220", "5700", "0015")
    keep = [r for r in rows[1:] if str(r[0]) in ("2022", "2023") and str(r[1]) in codes]
    return [rows[0], *keep]


def write_workbook(path: Path, rows: list[list[Any]], sheet: str = "country") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_census_small_copy_parses_like_the_original(trade_rows: list[list[Any]], tmp_path: Path) -> None:
    obs = census_trade.parse(write_workbook(tmp_path / "country.xlsx", trade_rows))
    assert year_sum(obs, "us_mx_trade", 2023) == pytest.approx(797_958.4 * MILLION, abs=0.05 * MILLION)
    assert one(obs, "mx_rank_us_trading_partner", Period.year(2023)).value == 1


def test_census_trailing_zero_months_detected_in_any_year(
    trade_rows: list[list[Any]], tmp_path: Path
) -> None:
    header = trade_rows[0]
    rows = [list(r) for r in trade_rows]
    for r in rows[1:]:
        if str(r[0]) == "2023":
            for prefix in ("I", "E"):
                for mon in ("OCT", "NOV", "DEC"):
                    r[header.index(prefix + mon)] = 0
                months = [r[header.index(prefix + m)] for m in census_trade._MONTHS]
                r[header.index(prefix + "YR")] = sum(months)
    obs = census_trade.parse(write_workbook(tmp_path / "country.xlsx", rows))
    months_2023 = sorted(p.start.month for p in values(obs, "us_imports_from_mx") if p.start.year == 2023)
    assert months_2023 == list(range(1, 10))
    assert Period.year(2023) not in values(obs, "mx_share_us_goods_trade")
    assert Period.year(2022) in values(obs, "mx_share_us_goods_trade")
    # 2023 is now the file's last year, so 2022 is no longer two years old
    assert one(obs, "us_exports_to_mx", Period.month(2022, 5)).status == "provisional"


def test_census_missing_column_refused(trade_rows: list[list[Any]], tmp_path: Path) -> None:
    col = trade_rows[0].index("EMAR")
    rows = [[v for i, v in enumerate(r) if i != col] for r in trade_rows]
    path = write_workbook(tmp_path / "country.xlsx", rows)
    refuses(census_trade.parse, path, "line 1", "EMAR")


def test_census_text_in_number_column_refused(trade_rows: list[list[Any]], tmp_path: Path) -> None:
    rows = [list(r) for r in trade_rows]
    col = rows[0].index("IJUN")
    rows[3][col] = "n/a"
    path = write_workbook(tmp_path / "country.xlsx", rows)
    refuses(census_trade.parse, path, "line 4", "IJUN", "n/a")


def test_census_totals_that_do_not_add_up_refused(trade_rows: list[list[Any]], tmp_path: Path) -> None:
    rows = [list(r) for r in trade_rows]
    col = rows[0].index("EFEB")
    rows[2][col] = rows[2][col] + 1000
    path = write_workbook(tmp_path / "country.xlsx", rows)
    refuses(census_trade.parse, path, "line 3", "EYR")


def test_census_empty_workbooks_refused(tmp_path: Path) -> None:
    no_sheet = write_workbook(tmp_path / "country.xlsx", [], sheet="Sheet")
    refuses(census_trade.parse, no_sheet, "no sheet 'country'")
    refuses(census_trade.parse, write_workbook(tmp_path / "country2.xlsx", []), "empty")


def test_census_header_only_refused(trade_rows: list[list[Any]], tmp_path: Path) -> None:
    refuses(census_trade.parse, write_workbook(tmp_path / "country.xlsx", trade_rows[:1]), "no data rows")


def test_census_non_xlsx_refused(tmp_path: Path) -> None:
    path = tmp_path / "country.xlsx"
    path.write_text("year,CTY_CODE,CTYNAME\n2023,2010,Mexico\n", encoding="utf-8")
    refuses(census_trade.parse, path, "not a readable .xlsx")


# ---------------------------------------------------------------------------------------------
# CDC/NCHS VSRR provisional overdose deaths (fixture rows are real: see fixtures/cdc_vsrr/SOURCE.md)

VSRR = FIXTURES / "cdc_vsrr" / "VSRR_Provisional_Drug_Overdose_Death_Counts.csv"


@pytest.fixture(scope="module")
def vsrr() -> list[Observation]:
    return cdc_vsrr.parse(VSRR)


def test_vsrr_maps_national_indicators(vsrr: list[Observation]) -> None:
    dec22 = Period.twelve_months_ending(2022, 12)
    assert one(vsrr, "us_overdose_deaths", dec22, "provisional").value == 109_413
    assert one(vsrr, "us_opioid_overdose_deaths", dec22, "provisional").value == 82_851
    assert one(vsrr, "us_synthetic_opioid_deaths", dec22, "provisional").value == 74_829
    assert {o.indicator for o in vsrr} == {
        "us_overdose_deaths", "us_opioid_overdose_deaths", "us_synthetic_opioid_deaths"
    }


def test_vsrr_reported_and_predicted_are_separate(vsrr: list[Observation]) -> None:
    dec23 = Period.twelve_months_ending(2023, 12)
    reported = one(vsrr, "us_overdose_deaths", dec23, "provisional")
    predicted = one(vsrr, "us_overdose_deaths", dec23, "predicted")
    assert (reported.value, predicted.value) == (106_881, 108_550)
    assert "predicted" in predicted.note.lower()
    assert one(vsrr, "us_overdose_deaths", Period.twelve_months_ending(2024, 12), "provisional").note == (
        "Underreported due to incomplete data."
    )


def test_vsrr_period_is_twelve_months_ending(vsrr: list[Observation]) -> None:
    o = one(vsrr, "us_synthetic_opioid_deaths", Period.twelve_months_ending(2023, 6), "provisional")
    assert o.value == 77_695
    assert (o.period.start, o.period.end) == (date(2022, 7, 1), date(2023, 6, 30))
    assert o.period.kind == "12m_ending"
    # a December count answers for the calendar year
    assert one(vsrr, "us_overdose_deaths", Period.year(2022), "provisional").value == 109_413


def test_vsrr_state_rows_and_other_indicators_ignored(vsrr: list[Observation]) -> None:
    # Alaska, Utah (Cocaine and Opioids), national "Number of Deaths" and percentage rows are in the fixture
    assert len(vsrr) == 2 * 8
    assert all(o.value < 200_000 for o in vsrr)
    assert Period.twelve_months_ending(2015, 1) not in {o.period for o in vsrr}


def test_vsrr_source_and_vintage(vsrr: list[Observation]) -> None:
    o = vsrr[0]
    assert o.source.dataset == "cdc_vsrr"
    assert o.source.url == cdc_vsrr.DOWNLOAD_URL
    assert o.source.file == VSRR.name
    # no known hash for this file: dated by when it landed on disk
    assert o.vintage == datetime.fromtimestamp(VSRR.stat().st_mtime, tz=UTC).date().isoformat()
    assert o.source.release == o.vintage
    assert cdc_vsrr.DATASET.matches(VSRR)
    assert cdc_vsrr.DATASET.matches(Path("rows-xkb8-kh2a.csv"))


def test_vsrr_wrong_header_refused(tmp_path: Path) -> None:
    path = edited(VSRR, tmp_path, "Data Value,", "Value,")
    refuses(cdc_vsrr.parse, path, "line 1", "Data Value")


def test_vsrr_truncated_row_refused(tmp_path: Path) -> None:
    path = edited(VSRR, tmp_path, '"109,413",100,0.160081761,United States', '"109,413"')
    refuses(cdc_vsrr.parse, path, "line 6", "fields")


def test_vsrr_text_in_data_value_refused(tmp_path: Path) -> None:
    path = edited(VSRR, tmp_path, '"74,829"', "n.a.")
    refuses(cdc_vsrr.parse, path, "line 11", "Data Value", "n.a.")


def test_vsrr_unknown_month_and_period_refused(tmp_path: Path) -> None:
    path = edited(VSRR, tmp_path, "US,2023,June,", "US,2023,Juin,")
    refuses(cdc_vsrr.parse, path, "line 12", "Month")
    path = edited(VSRR, tmp_path, "US,2023,June,12 month-ending", "US,2023,June,3 month-ending", "b.csv")
    refuses(cdc_vsrr.parse, path, "line 12", "Period")


def test_vsrr_file_without_national_rows_refused(tmp_path: Path) -> None:
    lines = VSRR.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / VSRR.name
    path.write_text("".join(line for line in lines if not line.startswith("US,")), encoding="utf-8")
    refuses(cdc_vsrr.parse, path, "no national")


# ---------------------------------------------------------------------------------------------
# CBP encounters (fixture rows are real CBP rows, but only a handful per month: the sums
# below are sums of the fixture, not CBP's monthly totals)

ENCOUNTERS = FIXTURES / "cbp_encounters" / "nationwide-encounters-fy20-fy23-aor-excerpt.csv"


@pytest.fixture(scope="module")
def encounters() -> list[Observation]:
    return cbp_encounters.parse(ENCOUNTERS)


def test_encounters_sums_southwest_rows(encounters: list[Observation]) -> None:
    apr = Period.month(2020, 4)
    # SW rows only: 5 + 320 + 66 (OFO) + 308 + 20 + 609 + 82 (USBP); Boston, Houston, Blaine excluded
    assert one(encounters, "sw_border_encounters", apr).value == 1410
    assert one(encounters, "sw_border_encounters_mexican", apr).value == 320 + 66 + 308 + 20 + 82
    assert one(encounters, "usbp_sw_apprehensions", apr).value == 308 + 20 + 609 + 82


def test_encounters_october_to_december_are_in_the_previous_year(encounters: list[Observation]) -> None:
    dec = Period.month(2019, 12)  # FY2020 DEC
    assert one(encounters, "sw_border_encounters", dec).value == 2845 + 981
    assert one(encounters, "sw_border_encounters_mexican", dec).value == 2845
    assert Period.month(2020, 12) not in values(encounters, "sw_border_encounters")


def test_encounters_closed_year_is_final_with_source(encounters: list[Observation]) -> None:
    assert {o.status for o in encounters} == {"final"}
    o = encounters[0]
    assert o.source.dataset == "cbp_encounters"
    assert o.source.url == cbp_encounters.NATIONWIDE_DATA_PAGE
    assert o.source.publisher == "U.S. Customs and Border Protection (CBP)"
    assert cbp_encounters.DATASET.matches(ENCOUNTERS)
    assert cbp_encounters.DATASET.matches(Path("sbo-encounters-fy22-fy25-aug.csv"))
    assert cbp_encounters.DATASET.matches(Path("nationwide-encounters-fy21-fy24-state.csv"))
    assert not cbp_encounters.DATASET.matches(Path("nationwide-encounters-fy22-fy25-summary.pdf"))


def test_encounters_fytd_is_provisional_and_skips_future_months(tmp_path: Path) -> None:
    # SYNTHETIC rows (invented counts) in CBP's format, to exercise the "(FYTD)" label.
    header = ENCOUNTERS.read_text(encoding="utf-8").splitlines()[0]
    rows = [
        "2025 (FYTD),FYTD,OCT,U.S. Border Patrol,Southwest Land Border,Tucson Sector,TCA,"
        "Single Adults,MEXICO,Title 8,Apprehensions,10",
        "2025 (FYTD),FYTD,OCT,Office of Field Operations,Southwest Land Border,Tucson Field Office,"
        "Tucson,Single Adults,CUBA,Title 8,Inadmissibles,4",
        "2025 (FYTD),Remainder of FY,SEP,U.S. Border Patrol,Southwest Land Border,Tucson Sector,TCA,"
        "Single Adults,MEXICO,Title 8,Apprehensions,0",
    ]
    path = tmp_path / "sbo-encounters-fy22-fy25-oct.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    obs = cbp_encounters.parse(path)
    oct24 = one(obs, "sw_border_encounters", Period.month(2024, 10))
    assert (oct24.value, oct24.status) == (14, "provisional")
    assert oct24.source.url == cbp_encounters.SW_DATA_PAGE
    assert one(obs, "usbp_sw_apprehensions", Period.month(2024, 10)).value == 10
    assert Period.month(2025, 9) not in values(obs, "sw_border_encounters")


def test_encounters_wrong_header_refused(tmp_path: Path) -> None:
    path = edited(ENCOUNTERS, tmp_path, "Land Border Region", "Border Region")
    refuses(cbp_encounters.parse, path, "line 1", "Land Border Region")


def test_encounters_truncated_row_refused(tmp_path: Path) -> None:
    path = edited(ENCOUNTERS, tmp_path, "Title 42,Expulsions,320", "Title 42")
    refuses(cbp_encounters.parse, path, "line 5", "fields")


def test_encounters_text_count_refused(tmp_path: Path) -> None:
    path = edited(ENCOUNTERS, tmp_path, "Apprehensions,2845", "Apprehensions,many")
    refuses(cbp_encounters.parse, path, "line 12", "Encounter Count", "many")


def test_encounters_bad_fiscal_year_or_month_refused(tmp_path: Path) -> None:
    path = edited(ENCOUNTERS, tmp_path, "2020,FYTD,DEC,U.S.", "FY20,FYTD,DEC,U.S.")
    refuses(cbp_encounters.parse, path, "line 12", "Fiscal Year", "FY20")
    path = edited(ENCOUNTERS, tmp_path, "2020,FYTD,DEC,U.S.", "2020,FYTD,DECEMBER,U.S.", "b.csv")
    refuses(cbp_encounters.parse, path, "line 12", "Month (abbv)", "DECEMBER")


def test_encounters_file_without_southwest_rows_refused(tmp_path: Path) -> None:
    text = ENCOUNTERS.read_text(encoding="utf-8").replace("Southwest Land Border", "Northern Land Border")
    path = tmp_path / ENCOUNTERS.name
    path.write_text(text, encoding="utf-8")
    refuses(cbp_encounters.parse, path, "Southwest Land Border")


# ---------------------------------------------------------------------------------------------
# CBP drug seizures (the Fentanyl rows of the fixture are SYNTHETIC: see its SOURCE.md)

SEIZURES = FIXTURES / "cbp_seizures" / "nationwide-drugs-fy19-fy23-excerpt.csv"


@pytest.fixture(scope="module")
def seizures() -> list[Observation]:
    return cbp_seizures.parse(SEIZURES)


def test_seizures_sum_fentanyl_over_components_and_regions(seizures: list[Observation]) -> None:
    assert values(seizures, "cbp_fentanyl_seizures") == {
        Period.month(2019, 4): 0.25 + 100.5 + 20.25,
        Period.month(2018, 10): 50.0,  # FY2019 OCT
        Period.month(2023, 9): 0.0,  # the month has rows, none of them fentanyl: none was seized
    }
    apr = Period.month(2019, 4)
    assert one(seizures, "cbp_fentanyl_seizures_sw", apr).value == 100.5 + 20.25
    assert one(seizures, "cbp_fentanyl_seizures_ofo", apr).value == 0.25 + 100.5
    assert one(seizures, "cbp_fentanyl_seizures_usbp", apr).value == 20.25
    assert one(seizures, "cbp_drug_seizures", apr).value == round(8.379947 + 0.25 + 100.5 + 20.25, 4)
    assert one(seizures, "cbp_seizures_methamphetamine", Period.month(2023, 9)).value == 84.4526
    assert {o.status for o in seizures} == {"final"}
    o = seizures[0]
    assert o.source.dataset == "cbp_seizures"
    assert o.source.url == cbp_seizures.DATA_PAGE
    assert cbp_seizures.DATASET.matches(SEIZURES)
    assert not cbp_seizures.DATASET.matches(Path("amo-drug-seizures-fy20-fy23.csv"))


def test_seizures_fytd_is_provisional(tmp_path: Path) -> None:
    path = edited(SEIZURES, tmp_path, "2019,OCT,", "2024 (FYTD),OCT,")
    obs = cbp_seizures.parse(path)
    o = one(obs, "cbp_fentanyl_seizures", Period.month(2023, 10))
    assert (o.value, o.status) == (50.0, "provisional")


def test_seizures_wrong_header_refused(tmp_path: Path) -> None:
    path = edited(SEIZURES, tmp_path, "Sum Qty (lbs)", "Sum Qty (kg)")
    refuses(cbp_seizures.parse, path, "line 1", "Sum Qty (lbs)")


def test_seizures_truncated_row_refused(tmp_path: Path) -> None:
    path = edited(SEIZURES, tmp_path, "Fentanyl,4,100.5", "Fentanyl,4")
    refuses(cbp_seizures.parse, path, "line 4", "fields")


def test_seizures_text_quantity_refused(tmp_path: Path) -> None:
    path = edited(SEIZURES, tmp_path, "Fentanyl,1,20.25", "Fentanyl,1,20 lbs")
    refuses(cbp_seizures.parse, path, "line 5", "Sum Qty (lbs)", "20 lbs")


def test_seizures_file_without_fentanyl_refused(tmp_path: Path) -> None:
    lines = SEIZURES.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / SEIZURES.name
    path.write_text("".join(line for line in lines if ",Fentanyl," not in line), encoding="utf-8")
    refuses(cbp_seizures.parse, path, "Fentanyl")


def test_binary_file_refused_by_csv_importers(trade_file: Path, tmp_path: Path) -> None:
    for parse, name in (
        (cdc_vsrr.parse, VSRR.name),
        (cbp_encounters.parse, ENCOUNTERS.name),
        (cbp_seizures.parse, SEIZURES.name),
    ):
        path = tmp_path / name
        shutil.copyfile(trade_file, path)
        refuses(parse, path, "binary")


# ---------------------------------------------------------------------------------------------
# Finding the publishers' current files (CBP moves them every month)

CBP_PAGE = """<html><body>
<a href="/sites/default/files/2024-10/nationwide-encounters-fy21-fy24-state.csv">FY21-FY24 state</a>
<a href="/sites/default/files/assets/documents/2023-Nov/nationwide-encounters-fy20-fy23-state.csv">FY20-FY23</a>
<a href="/sites/default/files/2025-09/nationwide-encounters-fy22-fy25-aor.csv">AOR</a>
<a href="https://www.cbp.gov/sites/default/files/2025-09/sbo-encounters-fy22-fy25-aug.csv">Aug</a>
<a href="https://www.cbp.gov/sites/default/files/2025-06/sbo-encounters-fy22-fy25-may.csv">May</a>
<a href="http://insecure.example/sbo-encounters-fy22-fy26-oct.csv">not https</a>
</body></html>"""


def test_the_latest_file_is_found_among_the_links_of_a_publisher_page() -> None:
    from usmx.sources.base import find_links

    base = "https://www.cbp.gov/document/stats/nationwide-encounters"
    state = find_links(CBP_PAGE, base, r"^nationwide-encounters-fy\d\d-fy\d\d-state\.csv$")
    assert state == [
        "https://www.cbp.gov/sites/default/files/2024-10/nationwide-encounters-fy21-fy24-state.csv",
        "https://www.cbp.gov/sites/default/files/assets/documents/2023-Nov/nationwide-encounters-fy20-fy23-state.csv",
    ]
    sw = find_links(CBP_PAGE, base, r"^sbo-encounters-fy\d\d-fy\d\d(?:-[a-z]+)?\.csv$")
    assert sw[0].endswith("/2025-09/sbo-encounters-fy22-fy25-aug.csv")  # August after May; http refused
    assert len(sw) == 2


def test_every_cbp_dataset_and_vsrr_can_be_downloaded_by_update() -> None:
    assert cbp_encounters.DATASET.fetchable and cbp_seizures.DATASET.fetchable and cdc_vsrr.DATASET.fetchable
    assert {page for page, _ in cbp_encounters.DATASET.link_pages} == {
        cbp_encounters.NATIONWIDE_DATA_PAGE, cbp_encounters.SW_DATA_PAGE}


def test_a_page_that_no_longer_links_the_file_is_a_clear_fetch_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    from usmx.sources.base import FetchError, discover

    def fake_get(url: str, **_: Any) -> httpx.Response:
        return httpx.Response(200, text="<html>redesigned</html>", request=httpx.Request("GET", url))

    monkeypatch.setattr(httpx, "get", fake_get)
    with pytest.raises(FetchError, match="no link matching"):
        discover(cbp_seizures.DATASET)


@pytest.mark.network
def test_live_cbp_and_cdc_files_download_and_parse(tmp_path: Path) -> None:
    from usmx.sources.base import fetch_all

    for ds in (cdc_vsrr.DATASET, cbp_seizures.DATASET, cbp_encounters.DATASET):
        for path in fetch_all(ds, tmp_path):
            assert ds.parse(path), path
