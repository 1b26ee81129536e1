"""Importers of the Mexican datasets: Banxico remittances (two vintages), SESNSP and INEGI
homicides, World Bank and Secretaría de Economía FDI.

Every figure checked here is a spot check written in the dataset's SOURCE.md under
../shared/data, and is read from the real file. Damaged inputs are made inside each test
from the real files (a truncated line, a word in a number, a dropped column, …), so each
refusal is shown on the publisher's own layout.
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from usmx.model import Observation
from usmx.periods import Period
from usmx.sources import (
    banxico_remittances,
    banxico_sie_api,
    inegi_homicides,
    se_fdi,
    sesnsp_victims,
    wdi_fdi,
)
from usmx.sources.base import SourceFileError, fetch, sha256_file

MILLION = 1_000_000
BILLION = 1_000_000_000

# ---------------------------------------------------------------------------------------------
# helpers


def values(obs: list[Observation], indicator: str) -> dict[Period, float]:
    return {o.period: o.value for o in obs if o.indicator == indicator}


def year_sum(obs: list[Observation], indicator: str, year: int) -> float:
    return sum(v for p, v in values(obs, indicator).items() if p.start.year == year)


def one(obs: list[Observation], indicator: str, period: Period) -> Observation:
    found = [o for o in obs if o.indicator == indicator and o.period == period]
    assert len(found) == 1, f"{indicator} {period}: {len(found)} observations"
    return found[0]


def refuses(parse: Callable[[Path], Any], path: Path, *fragments: str) -> str:
    """The file is refused with a one-line message that names it and says what is wrong."""
    with pytest.raises(SourceFileError) as err:
        parse(path)
    message = str(err.value)
    assert message.startswith(path.name), message
    assert "\n" not in message, message
    for fragment in fragments:
        assert fragment in message, message
    return message


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def write_lines(tmp_path: Path, name: str, lines: list[str]) -> Path:
    out = tmp_path / name
    out.write_bytes("".join(lines).encode("utf-8"))
    return out


def line_number(lines: list[str], startswith: str) -> int:
    """1-based number of the first line starting with ``startswith``."""
    for i, text in enumerate(lines, start=1):
        if text.startswith(startswith):
            return i
    raise AssertionError(f"no line starts with {startswith!r}")


def with_line(lines: list[str], number: int, new: str) -> list[str]:
    """``lines`` with line ``number`` (1-based) replaced, keeping its line ending."""
    old = lines[number - 1]
    ending = old[len(old.rstrip("\r\n")) :]
    return [*lines[: number - 1], new + ending, *lines[number:]]


def cut_after_field(line: str, at_least: int) -> str:
    """``line`` truncated at the first field boundary past ``at_least`` characters."""
    return line[: line.index(",", at_least)]


def dated(path: Path, day: str) -> Path:
    """Set the file's modification time, which dates a file whose hash is not known."""
    ts = datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC).timestamp()
    os.utime(path, (ts, ts))
    return path


# ---------------------------------------------------------------------------------------------
# Banxico: remittance inflows and outflows (remesas_mensuales.csv)


@pytest.fixture(scope="module")
def remesas_file(shared_data: Path) -> Path:
    return shared_data / "banxico_remittances" / "remesas_mensuales.csv"


@pytest.fixture(scope="module")
def remesas(remesas_file: Path) -> list[Observation]:
    return banxico_remittances.parse(remesas_file)


@pytest.mark.parametrize(
    ("year", "millions"),
    [
        (2015, 25_376.5),
        (2018, 34_435.1),
        (2019, 37_250.5),
        (2020, 41_703.9),
        (2021, 52_522.6),
        (2022, 58_867.8),
        (2023, 63_318.7),
        (2024, 65_016.8),
        (2025, 62_471.7),
    ],
)
def test_remittance_inflows_sum_to_the_annual_totals_in_source_md(
    remesas: list[Observation], year: int, millions: float
) -> None:
    assert year_sum(remesas, "mx_remittances", year) == pytest.approx(millions * MILLION, abs=0.05 * MILLION)


def test_remittances_are_stored_in_dollars_not_millions(remesas: list[Observation]) -> None:
    assert one(remesas, "mx_remittances", Period.month(1995, 1)).value == 254_572_352


def test_remittance_coverage_and_nothing_dropped(remesas: list[Observation]) -> None:
    inflows = sorted(values(remesas, "mx_remittances"))
    outflows = sorted(values(remesas, "mx_remittance_outflows"))
    assert (inflows[0], inflows[-1], len(inflows)) == (Period.month(1995, 1), Period.month(2026, 5), 377)
    assert (outflows[0], outflows[-1], len(outflows)) == (Period.month(2013, 1), Period.month(2026, 5), 161)
    assert len(remesas) == 538  # every data row of the file


def test_remittance_provenance(remesas: list[Observation], remesas_file: Path) -> None:
    inflow = one(remesas, "mx_remittances", Period.month(2023, 6))
    outflow = one(remesas, "mx_remittance_outflows", Period.month(2023, 6))
    for o in (inflow, outflow):
        assert (o.status, o.vintage) == ("final", "2026-07-01")
        assert o.source.dataset == "banxico_remittances"
        assert o.source.sha256 == sha256_file(remesas_file)
        assert o.source.file == "remesas_mensuales.csv"
        assert o.source.release == "2026-07-01"
        assert "Banco de México" in o.source.publisher
    assert "idCuadro=CE81" in inflow.source.url
    assert "idCuadro=CE165" in outflow.source.url
    assert banxico_remittances.DATASET.matches(remesas_file)


def test_an_unknown_copy_is_dated_by_its_file_date(remesas_file: Path, tmp_path: Path) -> None:
    lines = lines_of(remesas_file)
    copy = dated(write_lines(tmp_path, "remesas_mensuales.csv", lines[:-2]), "2026-08-03")
    assert {o.vintage for o in banxico_remittances.parse(copy)} == {"2026-08-03"}


def test_remittances_refuse_damaged_rows(remesas_file: Path, tmp_path: Path) -> None:
    lines = lines_of(remesas_file)
    n = line_number(lines, "2011-08-01,1,")
    cases = {
        "truncated": ("2011-08-01,1,Ingresos,6507338", "expected 5 fields, found 4"),
        "word": ("2011-08-01,1,Ingresos,6507338,2.2 bn", "VALOR_USD is not a number: '2.2 bn'"),
        "flow": ("2011-08-01,3,Ingresos,6507338,2216855170", "ID_FLUJO is '3'"),
        "label": ("2011-08-01,1,Egresos,6507338,2216855170", "FLUJO is 'Egresos' but ID_FLUJO 1"),
        "negative": ("2011-08-01,1,Ingresos,6507338,-5", "VALOR_USD is negative"),
        "day": ("2011-08-15,1,Ingresos,6507338,2216855170", "first day of a month"),
        "date": ("Aug 2011,1,Ingresos,6507338,2216855170", "PERIODO is not a date"),
    }
    for case, (row, fragment) in cases.items():
        bad = write_lines(tmp_path, f"remesas_mensuales_{case}.csv", with_line(lines, n, row))
        refuses(banxico_remittances.parse, bad, f"line {n}", fragment)


def test_remittances_refuse_a_missing_or_repeated_month(remesas_file: Path, tmp_path: Path) -> None:
    lines = lines_of(remesas_file)
    n = line_number(lines, "2011-08-01,1,")
    gap = write_lines(tmp_path, "remesas_mensuales_gap.csv", lines[: n - 1] + lines[n:])
    refuses(banxico_remittances.parse, gap, f"line {n}", "Ingresos jumps from 2011-07 to 2011-09")
    twice = write_lines(tmp_path, "remesas_mensuales_twice.csv", [*lines[:n], lines[n - 1], *lines[n:]])
    refuses(banxico_remittances.parse, twice, f"line {n + 1}", f"2011-08 appears twice (first on line {n})")


def test_remittances_refuse_a_file_without_the_value_column(remesas_file: Path, tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(remesas_file.read_text(encoding="utf-8"))))
    text = "".join(",".join(r[:-1]) + "\n" for r in rows)
    bad = tmp_path / "remesas_mensuales.csv"
    bad.write_text(text, encoding="utf-8")
    refuses(banxico_remittances.parse, bad, "line 1", "header lacks column(s) VALOR_USD")


def test_remittances_refuse_a_file_with_only_one_flow(remesas_file: Path, tmp_path: Path) -> None:
    lines = [ln for ln in lines_of(remesas_file) if ",2,Egresos," not in ln]
    bad = write_lines(tmp_path, "remesas_mensuales.csv", lines)
    refuses(banxico_remittances.parse, bad, "no rows for Egresos")


# ---------------------------------------------------------------------------------------------
# Banxico SIE API extract of SE27803 (the pre-revision 2022 vintage)


@pytest.fixture(scope="module")
def sie_file(shared_data: Path) -> Path:
    return shared_data / "banxico_remittances" / "sie_SE27803_api_extract_2022-08.csv"


@pytest.fixture(scope="module")
def sie(sie_file: Path) -> list[Observation]:
    return banxico_sie_api.parse(sie_file)


@pytest.mark.parametrize(("year", "millions"), [(2019, 36_438.8), (2020, 40_604.6), (2021, 51_585.7)])
def test_sie_extract_sums_to_the_annual_totals_in_source_md(
    sie: list[Observation], year: int, millions: float
) -> None:
    assert year_sum(sie, "mx_remittances", year) == pytest.approx(millions * MILLION, abs=0.05 * MILLION)


def test_sie_extract_is_the_2022_08_11_vintage_in_dollars(sie: list[Observation], sie_file: Path) -> None:
    first = one(sie, "mx_remittances", Period.month(1995, 1))
    assert first.value == 254_572_400  # 254.5724 USD millions in the file
    assert {(o.status, o.vintage, o.source.release) for o in sie} == {("final", "2022-08-11", "2022-08-11")}
    assert first.source.dataset == "banxico_sie_api"
    assert first.source.sha256 == sha256_file(sie_file)
    assert first.source.file == sie_file.name
    assert "SE27803" in first.source.url
    assert banxico_sie_api.DATASET.matches(sie_file)


def test_sie_extract_coverage(sie: list[Observation]) -> None:
    months = sorted(values(sie, "mx_remittances"))
    assert (months[0], months[-1], len(months)) == (Period.month(1995, 1), Period.month(2022, 6), 330)


def test_sie_extract_is_the_pre_revision_vintage_of_the_same_series(
    sie: list[Observation], remesas: list[Observation]
) -> None:
    old, new = values(sie, "mx_remittances"), values(remesas, "mx_remittances")
    for period, value in old.items():
        if period.start.year <= 2006:  # same figures, up to the four decimals of millions
            assert abs(value - new[period]) <= 50, period
    for year in range(2007, 2022):  # revised up by roughly 600-1,100 million a year
        revision = year_sum(remesas, "mx_remittances", year) - year_sum(sie, "mx_remittances", year)
        assert 500 * MILLION < revision < 1_150 * MILLION, year


def test_sie_extract_refuses_damaged_rows(sie_file: Path, tmp_path: Path) -> None:
    lines = lines_of(sie_file)
    n = line_number(lines, "2020-03-01")
    cases = {
        "word": ("2020-03-01,n.d.", "SE27803.value is not a number: 'n.d.'"),
        "truncated": ("2020-03-01", "expected 2 fields, found 1"),
        "negative": ("2020-03-01,-4016.3", "negative"),
        "day": ("2020-03-31,4016.3", "first day of a month"),
    }
    for case, (row, fragment) in cases.items():
        bad = write_lines(tmp_path, f"sie_SE27803_api_extract_{case}.csv", with_line(lines, n, row))
        refuses(banxico_sie_api.parse, bad, f"line {n}", fragment)
    gap = write_lines(tmp_path, "sie_SE27803_api_extract_gap.csv", lines[: n - 1] + lines[n:])
    refuses(banxico_sie_api.parse, gap, f"line {n}", "jumps from 2020-02 to 2020-04")


def test_sie_extract_refuses_another_series(sie_file: Path, tmp_path: Path) -> None:
    lines = lines_of(sie_file)
    other = with_line(lines, 1, '"SF43718.date","SF43718.value"')
    bad = write_lines(tmp_path, "sie_SE27803_api_extract_x.csv", other)
    refuses(banxico_sie_api.parse, bad, "line 1", "header lacks column(s) SE27803.date, SE27803.value")


# ---------------------------------------------------------------------------------------------
# SESNSP: victims, monthly (national homicidio doloso and feminicidio)


@pytest.fixture(scope="module")
def sesnsp_file(shared_data: Path) -> Path:
    return shared_data / "mexico_homicides" / "sesnsp_victimas_fuero_comun_mensual_2015_2025.csv"


@pytest.fixture(scope="module")
def sesnsp(sesnsp_file: Path) -> list[Observation]:
    return sesnsp_victims.parse(sesnsp_file)


@pytest.fixture(scope="module")
def sesnsp_lines(sesnsp_file: Path) -> list[str]:
    return lines_of(sesnsp_file)


@pytest.mark.parametrize(
    ("year", "victims"),
    [
        (2015, 17_884),
        (2016, 22_541),
        (2017, 28_868),
        (2018, 33_742),
        (2019, 34_723),
        (2020, 34_569),
        (2021, 33_361),
        (2022, 30_978),
        (2023, 29_714),
        (2024, 30_047),
    ],
)
def test_sesnsp_homicide_victims_match_source_md(sesnsp: list[Observation], year: int, victims: int) -> None:
    assert year_sum(sesnsp, "mx_homicides", year) == victims


@pytest.mark.parametrize(
    ("year", "victims"),
    [(2018, 920), (2019, 970), (2020, 976), (2021, 1_019), (2022, 981), (2023, 853), (2024, 839)],
)
def test_sesnsp_feminicide_victims_match_source_md(
    sesnsp: list[Observation], year: int, victims: int
) -> None:
    assert year_sum(sesnsp, "mx_feminicides", year) == victims


def test_sesnsp_drops_the_empty_template_months_after_january_2025(sesnsp: list[Observation]) -> None:
    homicides = values(sesnsp, "mx_homicides")
    assert homicides[Period.month(2025, 1)] == 2_373
    assert Period.month(2025, 2) not in homicides
    for indicator in ("mx_homicides", "mx_feminicides"):
        months = sorted(values(sesnsp, indicator))
        assert (months[0], months[-1], len(months)) == (Period.month(2015, 1), Period.month(2025, 1), 121)


def test_sesnsp_latest_year_is_provisional_earlier_years_final(sesnsp: list[Observation]) -> None:
    assert one(sesnsp, "mx_homicides", Period.month(2025, 1)).status == "provisional"
    assert one(sesnsp, "mx_homicides", Period.month(2024, 12)).status == "final"
    assert {o.status for o in sesnsp if o.period.start.year < 2025} == {"final"}


def test_sesnsp_provenance(sesnsp: list[Observation], sesnsp_file: Path) -> None:
    o = one(sesnsp, "mx_feminicides", Period.month(2020, 3))
    assert (o.vintage, o.source.release, o.source.dataset) == ("2025-02-25", "2025-02-25", "sesnsp_victims")
    assert (
        o.source.url
        == "https://www.gob.mx/sesnsp/acciones-y-programas/datos-abiertos-de-incidencia-delictiva"
    )
    assert (o.source.file, o.source.sha256) == (sesnsp_file.name, sha256_file(sesnsp_file))
    assert "SESNSP" in o.source.publisher
    assert sesnsp_victims.DATASET.matches(sesnsp_file)


def test_sesnsp_reads_the_national_rows_which_equal_the_sum_of_states(
    sesnsp: list[Observation], sesnsp_file: Path
) -> None:
    states: dict[int, int] = {}
    with sesnsp_file.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["entidad"] != "Nacional" and row["delito"] == "Homicidio doloso":
                year = int(row["isodate"][:4])
                states[year] = states.get(year, 0) + int(row["total"])
    for year in (2019, 2023, 2024):
        assert year_sum(sesnsp, "mx_homicides", year) == states[year]


def _national_months_zeroed(lines: list[str], months: tuple[str, ...]) -> list[str]:
    out = []
    for line in lines:
        if line.startswith(months) and ",Nacional," in line:
            line = line[: line.rindex(",") + 1] + "0\r\n"
        out.append(line)
    return out


def test_sesnsp_finds_template_months_from_the_data_not_the_calendar(
    sesnsp_lines: list[str], tmp_path: Path
) -> None:
    # A copy cut a month earlier: December 2024 is the last month with victims.
    cut = _national_months_zeroed(sesnsp_lines, ("2025-01",))
    obs = sesnsp_victims.parse(
        write_lines(tmp_path, "sesnsp_victimas_fuero_comun_mensual_2015_2024.csv", cut)
    )
    homicides = values(obs, "mx_homicides")
    assert max(homicides) == Period.month(2024, 12)
    assert Period.month(2025, 1) not in homicides
    # ... so 2024 is now the year still being published.
    assert one(obs, "mx_homicides", Period.month(2024, 12)).status == "provisional"
    assert one(obs, "mx_homicides", Period.month(2023, 12)).status == "final"


def test_sesnsp_keeps_a_zero_month_inside_the_published_range(
    sesnsp_lines: list[str], tmp_path: Path
) -> None:
    holed = _national_months_zeroed(sesnsp_lines, ("2016-06",))
    obs = sesnsp_victims.parse(write_lines(tmp_path, "sesnsp_victimas_fuero_comun_mensual_x.csv", holed))
    assert values(obs, "mx_homicides")[Period.month(2016, 6)] == 0
    assert max(values(obs, "mx_homicides")) == Period.month(2025, 1)


def test_sesnsp_refuses_damaged_rows(sesnsp_lines: list[str], tmp_path: Path) -> None:
    n = line_number(sesnsp_lines, "2016-06-01,Nacional,Homicidio doloso,")
    cases = {
        "word": ("2016-06-01,Nacional,Homicidio doloso,mil", "total is not a number: 'mil'"),
        "truncated": ("2016-06-01,Nacional,Homicidio doloso", "expected 4 fields, found 3"),
        "fraction": ("2016-06-01,Nacional,Homicidio doloso,17.5", "not a count of victims"),
        "negative": ("2016-06-01,Nacional,Homicidio doloso,-1", "not a count of victims"),
        "date": ("junio 2016,Nacional,Homicidio doloso,1783", "isodate is not a date"),
    }
    for case, (row, fragment) in cases.items():
        bad = write_lines(
            tmp_path, f"sesnsp_victimas_fuero_comun_mensual_{case}.csv", with_line(sesnsp_lines, n, row)
        )
        refuses(sesnsp_victims.parse, bad, f"line {n}", fragment)


def test_sesnsp_refuses_a_missing_or_repeated_national_month(sesnsp_lines: list[str], tmp_path: Path) -> None:
    n = line_number(sesnsp_lines, "2016-06-01,Nacional,Homicidio doloso,")
    missing = sesnsp_lines[: n - 1] + sesnsp_lines[n:]
    bad = write_lines(tmp_path, "sesnsp_victimas_fuero_comun_mensual_gap.csv", missing)
    refuses(sesnsp_victims.parse, bad, "no 'Nacional' row for 'Homicidio doloso' in 2016-06")
    twice = [*sesnsp_lines[:n], sesnsp_lines[n - 1], *sesnsp_lines[n:]]
    bad = write_lines(tmp_path, "sesnsp_victimas_fuero_comun_mensual_twice.csv", twice)
    refuses(sesnsp_victims.parse, bad, f"line {n + 1}", f"appears twice (first on line {n})")


def test_sesnsp_refuses_a_file_without_national_rows(sesnsp_lines: list[str], tmp_path: Path) -> None:
    states_only = [ln for ln in sesnsp_lines if ",Nacional," not in ln]
    bad = write_lines(tmp_path, "sesnsp_victimas_fuero_comun_mensual_x.csv", states_only)
    refuses(sesnsp_victims.parse, bad, "no 'Nacional' rows for 'Homicidio doloso', 'Feminicidio'")


# ---------------------------------------------------------------------------------------------
# INEGI homicides by year of registration (comparison table)


@pytest.fixture(scope="module")
def inegi_file(shared_data: Path) -> Path:
    return shared_data / "mexico_homicides" / "inegi_sesnsp_homicidios_anual_1990_2017.csv"


@pytest.fixture(scope="module")
def inegi(inegi_file: Path) -> list[Observation]:
    return inegi_homicides.parse(inegi_file)


@pytest.mark.parametrize(
    ("year", "deaths"),
    [
        (1990, 14_493),
        (2006, 10_452),
        (2007, 8_867),
        (2008, 14_006),
        (2009, 19_803),
        (2010, 25_757),
        (2011, 27_213),
        (2012, 25_967),
        (2016, 24_559),
    ],
)
def test_inegi_homicides_match_source_md(inegi: list[Observation], year: int, deaths: int) -> None:
    assert one(inegi, "mx_homicides_inegi", Period.year(year)).value == deaths


def test_inegi_coverage_is_1990_to_2016_and_only_the_inegi_column(inegi: list[Observation]) -> None:
    years = sorted(p.start.year for p in values(inegi, "mx_homicides_inegi"))
    assert years == list(range(1990, 2017))
    assert {o.indicator for o in inegi} == {"mx_homicides_inegi"}
    assert {(o.status, o.vintage) for o in inegi} == {("final", "2018-01-01")}


def test_inegi_provenance(inegi: list[Observation], inegi_file: Path) -> None:
    o = one(inegi, "mx_homicides_inegi", Period.year(2010))
    assert o.source.dataset == "inegi_homicides"
    assert "inegi.org.mx" in o.source.url
    assert (o.source.file, o.source.sha256) == (inegi_file.name, sha256_file(inegi_file))
    assert "INEGI" in o.source.publisher and "year of registration" in o.note
    assert inegi_homicides.DATASET.matches(inegi_file)


def test_inegi_stops_at_the_source_line(inegi_file: Path, tmp_path: Path) -> None:
    # The author's original table has notes after the source line; they are not data.
    lines = [*lines_of(inegi_file), "\n", "SELECT sum(total) FROM victimas WHERE subtipo = 'X'\n"]
    copy = write_lines(tmp_path, inegi_file.name, lines)
    assert values(inegi_homicides.parse(copy), "mx_homicides_inegi") == values(
        inegi_homicides.parse(inegi_file), "mx_homicides_inegi"
    )


def test_inegi_refuses_damaged_lines(inegi_file: Path, tmp_path: Path) -> None:
    lines = lines_of(inegi_file)
    n = line_number(lines, '"2008"')
    cases = {
        "truncated": ('"2008","111299015","14006"', "expected 10 fields, found 3"),
        "word": ('"2008","111299015","catorce mil",,,,,,,"13155"', "Homicidios INEGI is not a number"),
        "fraction": ('"2008","111299015","14006.5",,,,,,,"13155"', "not a count of deaths"),
        "year": ('"año 2008","111299015","14006",,,,,,,"13155"', "Año is not a year"),
        "stray": ("Nota: cifras preliminares,,,,,,,,,", "Año is not a year"),
    }
    for case, (row, fragment) in cases.items():
        bad = write_lines(tmp_path, f"inegi_sesnsp_homicidios_anual_{case}.csv", with_line(lines, n, row))
        refuses(inegi_homicides.parse, bad, f"line {n}", fragment)
    twice = write_lines(
        tmp_path, "inegi_sesnsp_homicidios_anual_twice.csv", [*lines[:n], lines[n - 1], *lines[n:]]
    )
    refuses(inegi_homicides.parse, twice, f"line {n + 1}", f"year 2008 appears twice (first on line {n})")


def test_inegi_refuses_a_table_without_its_headers(inegi_file: Path, tmp_path: Path) -> None:
    lines = lines_of(inegi_file)
    no_column = with_line(lines, 2, lines[1].replace("Homicidios INEGI", "Defunciones").rstrip("\r\n"))
    refuses(
        inegi_homicides.parse, write_lines(tmp_path, "inegi_a.csv", no_column), "line 2", "Homicidios INEGI"
    )
    headless = write_lines(tmp_path, "inegi_b.csv", lines[2:])
    refuses(inegi_homicides.parse, headless, "line 1", "first header row should start with 'Año'")


# ---------------------------------------------------------------------------------------------
# World Bank WDI: FDI net inflows (MEX) and Mexico's share of Latin America & Caribbean (LCN)


@pytest.fixture(scope="module")
def wdi_file(shared_data: Path) -> Path:
    return shared_data / "mexico_fdi" / "wdi_BX.KLT.DINV.CD.WD_latam_extract.csv"


@pytest.fixture(scope="module")
def wdi(wdi_file: Path) -> list[Observation]:
    return wdi_fdi.parse(wdi_file)


@pytest.mark.parametrize(
    ("year", "billions", "share"),
    [
        (2018, 37.86, 18.1),
        (2019, 29.95, 14.9),
        (2020, 31.54, 20.6),
        (2021, 35.52, 19.2),
        (2022, 39.07, 16.6),
        (2023, 31.02, 14.4),
        (2024, 45.33, 16.2),
    ],
)
def test_wdi_mexico_fdi_and_regional_share_match_source_md(
    wdi: list[Observation], year: int, billions: float, share: float
) -> None:
    assert one(wdi, "mx_fdi", Period.year(year)).value == pytest.approx(
        billions * BILLION, abs=0.005 * BILLION
    )
    assert one(wdi, "mx_share_latam_fdi", Period.year(year)).value == pytest.approx(share, abs=0.05)


def test_wdi_coverage_status_and_vintage(wdi: list[Observation], wdi_file: Path) -> None:
    years = sorted(p.start.year for p in values(wdi, "mx_fdi"))
    assert (years[0], years[-1], len(years)) == (1970, 2024, 55)
    assert sorted(p.start.year for p in values(wdi, "mx_share_latam_fdi")) == years
    assert one(wdi, "mx_fdi", Period.year(2024)).status == "provisional"
    assert {o.status for o in wdi if o.period.start.year < 2024} == {"final"}
    assert {(o.vintage, o.source.release) for o in wdi} == {("2025-10-07", "2025-10-07")}
    o = one(wdi, "mx_fdi", Period.year(2022))
    assert (o.source.dataset, o.source.url) == (
        "wdi_fdi",
        "https://data.worldbank.org/indicator/BX.KLT.DINV.CD.WD",
    )
    assert (o.source.file, o.source.sha256) == (wdi_file.name, sha256_file(wdi_file))
    assert "World Bank" in o.source.publisher
    assert wdi_fdi.DATASET.matches(wdi_file)


def test_wdi_share_is_labelled_as_computed(wdi: list[Observation]) -> None:
    share = one(wdi, "mx_share_latam_fdi", Period.year(2022))
    assert "Computed by usmx" in share.note and "LCN" in share.note
    assert one(wdi, "mx_fdi", Period.year(2022)).note == ""


def test_wdi_vintage_comes_from_the_last_updated_line(wdi_file: Path, tmp_path: Path) -> None:
    lines = lines_of(wdi_file)
    n = line_number(lines, '"Last Updated Date"')
    newer = write_lines(tmp_path, wdi_file.name, with_line(lines, n, '"Last Updated Date","2026-03-30",'))
    assert {o.vintage for o in wdi_fdi.parse(newer)} == {"2026-03-30"}
    undated = dated(
        write_lines(tmp_path, "wdi_BX.KLT.DINV.CD.WD_x.csv", lines[: n - 1] + lines[n:]), "2026-02-01"
    )
    assert {o.vintage for o in wdi_fdi.parse(undated)} == {"2026-02-01"}
    bad = write_lines(
        tmp_path, "wdi_BX.KLT.DINV.CD.WD_y.csv", with_line(lines, n, '"Last Updated Date","Oct 2025",')
    )
    refuses(wdi_fdi.parse, bad, f"line {n}", "Last Updated Date is not a date")


def _world_bank_zip(
    tmp_path: Path, csv_bytes: bytes, name: str = "API_BX.KLT.DINV.CD.WD_DS2_en_csv_v2.zip"
) -> Path:
    out = tmp_path / name
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("Metadata_Indicator_API_BX.KLT.DINV.CD.WD_DS2_en_csv_v2_1.csv", "not data\n")
        zf.writestr("API_BX.KLT.DINV.CD.WD_DS2_en_csv_v2_1.csv", b"\xef\xbb\xbf" + csv_bytes)
        zf.writestr("Metadata_Country_API_BX.KLT.DINV.CD.WD_DS2_en_csv_v2_1.csv", "not data\n")
    return out


def test_wdi_reads_the_world_bank_zip_as_downloaded(
    wdi_file: Path, wdi: list[Observation], tmp_path: Path
) -> None:
    archive = _world_bank_zip(tmp_path, wdi_file.read_bytes())
    assert wdi_fdi.DATASET.download_name is not None
    assert archive.name == wdi_fdi.DATASET.download_name and wdi_fdi.DATASET.matches(archive)
    obs = wdi_fdi.parse(archive)
    assert values(obs, "mx_fdi") == values(wdi, "mx_fdi")
    assert values(obs, "mx_share_latam_fdi") == values(wdi, "mx_share_latam_fdi")
    assert {(o.source.file, o.source.sha256) for o in obs} == {(archive.name, sha256_file(archive))}


def test_wdi_refuses_a_damaged_zip(wdi_file: Path, tmp_path: Path) -> None:
    lines = lines_of(wdi_file)
    n = line_number(lines, '"Mexico"')
    damaged = "".join(with_line(lines, n, cut_after_field(lines[n - 1], 200))).encode()
    archive = _world_bank_zip(tmp_path, damaged, "API_a.zip")
    refuses(
        wdi_fdi.parse, archive, "API_BX.KLT.DINV.CD.WD_DS2_en_csv_v2_1.csv", f"line {n}", "expected 70 fields"
    )
    empty = tmp_path / "API_b.zip"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("Metadata_Country_x.csv", "x\n")
    refuses(wdi_fdi.parse, empty, "expected one API_*.csv data file in the zip")
    not_zip = tmp_path / "API_c.zip"
    not_zip.write_bytes(b"PK\x03\x04 this is not really a zip")
    refuses(wdi_fdi.parse, not_zip, "not a readable zip archive")


def test_wdi_refuses_damaged_rows(wdi_file: Path, tmp_path: Path) -> None:
    lines = lines_of(wdi_file)
    n = line_number(lines, '"Mexico"')
    mexico = lines[n - 1].rstrip("\r\n")
    cases = {
        "truncated": (cut_after_field(mexico, 300), "expected 70 fields"),
        "word": (mexico.replace('"45334306255"', '"45.3 bn"'), "MEX 2024 is not a number: '45.3 bn'"),
        "indicator": (mexico.replace("BX.KLT.DINV.CD.WD", "BX.KLT.DINV.WD.GD.ZS"), "Indicator Code is"),
    }
    for case, (row, fragment) in cases.items():
        bad = write_lines(tmp_path, f"wdi_BX.KLT.DINV.CD.WD_{case}.csv", with_line(lines, n, row))
        refuses(wdi_fdi.parse, bad, f"line {n}", fragment)


def test_wdi_refuses_a_file_without_mexico_or_the_region(wdi_file: Path, tmp_path: Path) -> None:
    lines = lines_of(wdi_file)
    for code in ("MEX", "LCN"):
        kept = [ln for ln in lines if f'"{code}"' not in ln]
        bad = write_lines(tmp_path, f"wdi_BX.KLT.DINV.CD.WD_no_{code}.csv", kept)
        refuses(wdi_fdi.parse, bad, f"no row for country code '{code}'")


def test_wdi_refuses_a_header_that_is_not_years(wdi_file: Path, tmp_path: Path) -> None:
    lines = lines_of(wdi_file)
    n = line_number(lines, '"Country Name"')
    header = lines[n - 1].replace('"1999"', '"FY99"').rstrip("\n")
    bad = write_lines(tmp_path, "wdi_BX.KLT.DINV.CD.WD_h.csv", with_line(lines, n, header))
    refuses(wdi_fdi.parse, bad, f"line {n}", "is not a year: 'FY99'")


@pytest.mark.network
def test_wdi_official_download_parses(tmp_path: Path) -> None:
    archive = fetch(wdi_fdi.DATASET, tmp_path)
    obs = wdi_fdi.parse(archive)
    assert one(obs, "mx_fdi", Period.year(2022)).value > 0
    assert max(values(obs, "mx_fdi")).start.year >= 2024


# ---------------------------------------------------------------------------------------------
# Secretaría de Economía: FDI by state and quarter


@pytest.fixture(scope="module")
def se_file(shared_data: Path) -> Path:
    return shared_data / "mexico_fdi" / "se_ied_entidad_trimestral_1999_2017.csv"


@pytest.fixture(scope="module")
def se(se_file: Path) -> list[Observation]:
    return se_fdi.parse(se_file)


@pytest.mark.parametrize(
    ("year", "millions"),
    [
        (1999, 13_943.6),
        (2000, 18_247.1),
        (2001, 30_041.8),
        (2007, 32_468.3),
        (2013, 48_491.7),
        (2015, 34_857.6),
        (2016, 29_755.1),
        (2017, 29_695.0),
    ],
)
def test_se_national_sums_match_source_md(se: list[Observation], year: int, millions: float) -> None:
    assert year_sum(se, "mx_fdi_se", year) == pytest.approx(millions * MILLION, abs=0.05 * MILLION)


def test_se_coverage_is_quarterly_1999_to_2017(se: list[Observation]) -> None:
    quarters = sorted(values(se, "mx_fdi_se"))
    assert (quarters[0], quarters[-1], len(quarters)) == (
        Period.quarter(1999, 1),
        Period.quarter(2017, 4),
        76,
    )
    assert {o.period.canonical_kind for o in se} == {"quarter"}


def test_se_quarter_is_the_sum_of_the_32_states(se: list[Observation], se_file: Path) -> None:
    rows = list(csv.reader(io.StringIO(se_file.read_text(encoding="utf-8-sig"))))[1:]
    column = 4 * (2013 - 1999) + 2  # 2013-Q2, counting Entidad as column 0
    expected = sum(float(r[column]) for r in rows)
    assert one(se, "mx_fdi_se", Period.quarter(2013, 2)).value == pytest.approx(expected * MILLION, abs=1)


def test_se_status_vintage_and_provenance(se: list[Observation], se_file: Path) -> None:
    assert {o.status for o in se if o.period.start.year >= 2015} == {"provisional"}
    assert {o.status for o in se if o.period.start.year <= 2014} == {"final"}
    o = one(se, "mx_fdi_se", Period.quarter(2010, 3))
    assert (o.vintage, o.source.release, o.source.dataset) == ("2018-01-01", "2018-01-01", "se_fdi")
    assert o.source.url == "https://datos.gob.mx/busca/dataset/inversion-extranjera-directa"
    assert (o.source.file, o.source.sha256) == (se_file.name, sha256_file(se_file))
    assert "Secretaría de Economía" in o.source.publisher
    assert se_fdi.DATASET.matches(se_file)


def _se_rows(se_file: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(se_file.read_text(encoding="utf-8-sig"))))


def _se_write(tmp_path: Path, name: str, rows: list[list[str]]) -> Path:
    out = tmp_path / name
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    out.write_text(buf.getvalue(), encoding="utf-8")
    return out


def test_se_quarters_follow_from_the_number_of_columns(se_file: Path, tmp_path: Path) -> None:
    two_years = [r[:9] for r in _se_rows(se_file)]  # Entidad + 1999-Q1 .. 2000-Q4
    obs = se_fdi.parse(_se_write(tmp_path, "se_ied_entidad_trimestral_1999_2000.csv", two_years))
    assert sorted(values(obs, "mx_fdi_se")) == [
        Period.quarter(y, q) for y in (1999, 2000) for q in (1, 2, 3, 4)
    ]
    assert year_sum(obs, "mx_fdi_se", 1999) == pytest.approx(13_943.6 * MILLION, abs=0.05 * MILLION)
    refuses(
        se_fdi.parse,
        _se_write(tmp_path, "se_ied_entidad_trimestral_1999_2017.csv", two_years),
        "file name says 1999–2017 but its 8 columns cover 1999–2000",
    )


def test_se_refuses_a_layout_that_is_not_whole_years_of_quarters(se_file: Path, tmp_path: Path) -> None:
    rows = _se_rows(se_file)
    dropped = [r[:-1] for r in rows]  # 75 quarter columns
    refuses(
        se_fdi.parse,
        _se_write(tmp_path, "se_ied_entidad_trimestral_a.csv", dropped),
        "line 1",
        "75 quarter columns is not a whole number of years",
    )
    swapped = [list(r) for r in rows]
    swapped[0][5], swapped[0][6] = swapped[0][6], swapped[0][5]
    refuses(
        se_fdi.parse,
        _se_write(tmp_path, "se_ied_entidad_trimestral_b.csv", swapped),
        "line 1",
        "column 6 is headed 'II', expected 'I'",
    )


def test_se_refuses_damaged_rows(se_file: Path, tmp_path: Path) -> None:
    rows = _se_rows(se_file)
    short = [list(r) for r in rows]
    short[7] = short[7][:40]
    refuses(
        se_fdi.parse,
        _se_write(tmp_path, "se_ied_entidad_trimestral_c.csv", short),
        "line 8",
        "expected 77 fields, found 40",
    )
    word = [list(r) for r in rows]
    word[7][3] = "n.d."
    refuses(
        se_fdi.parse,
        _se_write(tmp_path, "se_ied_entidad_trimestral_d.csv", word),
        "line 8",
        f"{word[7][0]} 1999-Q3 is not a number: 'n.d.'",
    )
    missing_state = rows[:-1]
    refuses(
        se_fdi.parse,
        _se_write(tmp_path, "se_ied_entidad_trimestral_e.csv", missing_state),
        "expected 32 state rows, found 31",
    )
    twice = [*rows[:-1], [rows[1][0], *rows[-1][1:]]]
    refuses(
        se_fdi.parse,
        _se_write(tmp_path, "se_ied_entidad_trimestral_f.csv", twice),
        "line 33",
        f"state {rows[1][0]!r} appears twice (first on line 2)",
    )


# ---------------------------------------------------------------------------------------------
# What every importer does with a file that is not text in the publisher's format

IMPORTERS: list[tuple[Callable[[Path], list[Observation]], str, str]] = [
    (banxico_remittances.parse, "banxico_remittances", "remesas_mensuales.csv"),
    (banxico_sie_api.parse, "banxico_remittances", "sie_SE27803_api_extract_2022-08.csv"),
    (sesnsp_victims.parse, "mexico_homicides", "sesnsp_victimas_fuero_comun_mensual_2015_2025.csv"),
    (inegi_homicides.parse, "mexico_homicides", "inegi_sesnsp_homicidios_anual_1990_2017.csv"),
    (wdi_fdi.parse, "mexico_fdi", "wdi_BX.KLT.DINV.CD.WD_latam_extract.csv"),
    (se_fdi.parse, "mexico_fdi", "se_ied_entidad_trimestral_1999_2017.csv"),
]
IDS = [name for _, _, name in IMPORTERS]


@pytest.mark.parametrize(("parse", "folder", "name"), IMPORTERS, ids=IDS)
def test_empty_file_is_refused(parse: Callable[[Path], Any], folder: str, name: str, tmp_path: Path) -> None:
    (tmp_path / name).write_bytes(b"")
    refuses(parse, tmp_path / name, "file is empty")


@pytest.mark.parametrize(("parse", "folder", "name"), IMPORTERS, ids=IDS)
def test_binary_garbage_is_refused(
    parse: Callable[[Path], Any], folder: str, name: str, tmp_path: Path
) -> None:
    (tmp_path / name).write_bytes(bytes(range(256)) * 8)
    refuses(parse, tmp_path / name, "binary")


@pytest.mark.parametrize(("parse", "folder", "name"), IMPORTERS, ids=IDS)
def test_non_utf8_bytes_are_refused_with_their_line(
    parse: Callable[[Path], Any], folder: str, name: str, shared_data: Path, tmp_path: Path
) -> None:
    raw = (shared_data / folder / name).read_bytes().split(b"\n")
    raw[5] = raw[5] + b"\xe9\xff"  # Latin-1 bytes in the middle of line 6
    (tmp_path / name).write_bytes(b"\n".join(raw))
    refuses(parse, tmp_path / name, "line 6", "not valid")


@pytest.mark.parametrize(("parse", "folder", "name"), IMPORTERS, ids=IDS)
def test_a_missing_file_is_refused(
    parse: Callable[[Path], Any], folder: str, name: str, tmp_path: Path
) -> None:
    refuses(parse, tmp_path / name, "cannot read file")


def test_files_without_an_automatic_download_say_so() -> None:
    assert wdi_fdi.DATASET.download_url == (
        "https://api.worldbank.org/v2/en/indicator/BX.KLT.DINV.CD.WD?downloadformat=csv"
    )
    for module in (banxico_remittances, banxico_sie_api, sesnsp_victims, inegi_homicides, se_fdi):
        assert module.DATASET.download_url is None, module.DATASET.name
        assert "download" in (module.__doc__ or "").lower(), module.DATASET.name
