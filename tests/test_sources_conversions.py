"""Later releases that reach us as third parties' conversions of the publishers' files.

Each is read as a vintage of its own, labelled as a conversion, and held against the
publisher's file already in ../shared/data where the two overlap: the Census workbook saved
as CSV against ``country.xlsx``, SESNSP's state file in long form against the national file,
and SE's processed year-to-date tables against the 2018 file by state. Figures checked here
are the ones written in each folder's SOURCE.md. Damaged copies are made in ``tmp_path`` from
the real files, so each refusal is shown on the conversion's own layout.
"""

from __future__ import annotations

import bz2
import csv
import io
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from usmx.catalog import load_catalog
from usmx.model import Observation
from usmx.periods import Period
from usmx.sources import census_trade, dataset_for_file, se_fdi, se_fdi_dgie, sesnsp_victims, sesnsp_victims_long
from usmx.sources.base import SourceFileError
from usmx.store import Store

MILLION = 1_000_000

# ---------------------------------------------------------------------------------------------
# helpers


def values(obs: list[Observation], indicator: str) -> dict[Period, float]:
    return {o.period: o.value for o in obs if o.indicator == indicator}


def year_sum(obs: list[Observation], indicator: str, year: int) -> float:
    return sum(v for p, v in values(obs, indicator).items() if p.start.year == year and p.canonical_kind == "month")


def millions(value: float) -> float:
    """As the publishers print them: millions to one decimal."""
    return round(value / MILLION, 1)


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


# ---------------------------------------------------------------------------------------------
# Census: the country.xlsx workbook to February 2025, saved as CSV by another party

TRADE_CSV = "census_country_to_2025-02_csv_conversion.csv"


@pytest.fixture(scope="module")
def trade_csv_file(shared_data: Path) -> Path:
    return shared_data / "us_mexico_trade" / TRADE_CSV


@pytest.fixture(scope="module")
def trade_csv(trade_csv_file: Path) -> list[Observation]:
    return census_trade.parse(trade_csv_file)


@pytest.fixture(scope="module")
def trade_xlsx(shared_data: Path) -> list[Observation]:
    return census_trade.parse(shared_data / "us_mexico_trade" / "country.xlsx")


@pytest.fixture(scope="module")
def trade_lines(trade_csv_file: Path) -> list[str]:
    return trade_csv_file.read_text(encoding="utf-8").splitlines(keepends=True)


def test_trade_csv_2024_totals_match_source_md(trade_csv: list[Observation]) -> None:
    assert millions(year_sum(trade_csv, "us_imports_from_mx", 2024)) == 505_850.6
    assert millions(year_sum(trade_csv, "us_exports_to_mx", 2024)) == 334_041.4


def test_trade_csv_every_mexico_year_1985_to_2023_equals_the_workbook(
    trade_csv: list[Observation], trade_xlsx: list[Observation]
) -> None:
    for indicator in ("us_imports_from_mx", "us_exports_to_mx"):
        for year in range(1985, 2024):
            assert year_sum(trade_csv, indicator, year) == year_sum(trade_xlsx, indicator, year), (indicator, year)
    assert millions(year_sum(trade_csv, "us_imports_from_mx", 2023)) == 475_216.0
    assert millions(year_sum(trade_csv, "us_exports_to_mx", 2023)) == 322_742.5


def test_trade_csv_months_equal_the_workbook_to_the_dollar(
    trade_csv: list[Observation], trade_xlsx: list[Observation]
) -> None:
    # every month the workbook has (1985-01 to 2024-06), every indicator: no revision in between
    for indicator in ("us_imports_from_mx", "us_exports_to_mx", "us_mx_trade", "us_mx_trade_balance"):
        old, new = values(trade_xlsx, indicator), values(trade_csv, indicator)
        assert len(old) == 474
        assert {p: new[p] for p in old} == old, indicator


def test_trade_csv_rounds_float_noise_to_whole_dollars(trade_csv: list[Observation], trade_lines: list[str]) -> None:
    assert any("0000000000" in line or "999999999" in line for line in trade_lines)  # the noise is there
    for o in trade_csv:
        if o.indicator.startswith("us_"):
            assert o.value == round(o.value)
    jan = Period.month(2024, 1)
    assert values(trade_csv, "us_imports_from_mx")[jan] == 38_042_320_835  # 38042.320835 in the file


def test_trade_csv_runs_to_february_2025_and_drops_the_unpublished_months(trade_csv: list[Observation]) -> None:
    months = sorted(values(trade_csv, "us_imports_from_mx"))
    assert (months[0], months[-1]) == (Period.month(1985, 1), Period.month(2025, 2))
    assert len(months) == 40 * 12 + 2
    # 2024's second half, unpublished (zero) in the workbook, is published here
    assert all(values(trade_csv, "us_exports_to_mx")[Period.month(2024, m)] > 20e9 for m in range(7, 13))
    assert Period.month(2025, 3) not in values(trade_csv, "us_imports_from_mx")  # a zero in the file, not a figure


def test_trade_csv_february_2025_balance_is_the_one_released_on_2025_04_03(trade_csv: list[Observation]) -> None:
    # the 2025-04-03 release gave the Mexico goods balance for February 2025 as -$14.89 billion
    balance = values(trade_csv, "us_mx_trade_balance")[Period.month(2025, 2)]
    assert round(balance / 1e9, 2) == -14.89


def test_trade_csv_share_and_rank_for_complete_years_months_and_runs_from_january(
    trade_csv: list[Observation], trade_xlsx: list[Observation]
) -> None:
    share, rank = values(trade_csv, "mx_share_us_goods_trade"), values(trade_csv, "mx_rank_us_trading_partner")
    years = [p.start.year for p in share if p.kind == "year"]
    assert sorted(years) == list(range(1987, 2025))  # World row from 1987
    assert sorted(p.start.year for p in rank if p.kind == "year") == list(range(1985, 2025))  # 2025: two months
    # a partial year has its months and its run from January, and no more
    assert {p.label for p in rank if p.start.year == 2025} == {"2025-01", "2025-02", "2025-01..2025-02"}
    assert all(p.start.month == 1 for p in rank if p.kind == "span")
    assert rank[Period.year(2024)] == 1.0
    assert round(share[Period.year(2024)], 1) == 15.8
    # up to 2023 the two releases agree (2024's first half was revised in between)
    old_share = {p: v for p, v in values(trade_xlsx, "mx_share_us_goods_trade").items() if p.end.year < 2024}
    assert len(old_share) > 400
    for p, v in old_share.items():
        assert share[p] == pytest.approx(v, abs=1e-9)
    old_rank = {p: v for p, v in values(trade_xlsx, "mx_rank_us_trading_partner").items() if p.end.year < 2024}
    assert {p: rank[p] for p in old_rank} == old_rank


def test_trade_csv_is_its_own_vintage_labelled_as_a_conversion(
    trade_csv: list[Observation], trade_csv_file: Path
) -> None:
    for o in trade_csv:
        assert o.vintage == o.source.release == "2025-04-03"
        assert o.source.dataset == "census_trade"
        assert o.source.url == census_trade.DOWNLOAD_URL  # the publisher's file, not the copy's
        assert o.source.file == TRADE_CSV
        assert o.source.publisher == census_trade.PUBLISHER
        assert "third-party CSV conversion of the Census workbook" in o.note
    computed = [o for o in trade_csv if o.indicator.startswith("mx_")]
    assert computed and all(o.note.startswith("Computed by usmx") for o in computed)
    assert dataset_for_file(trade_csv_file) is census_trade.DATASET


def test_trade_csv_status_two_latest_years_provisional(trade_csv: list[Observation]) -> None:
    status = {(o.period.start.year, o.status) for o in trade_csv}
    assert {y for y, s in status if s == "provisional"} == {2024, 2025}
    assert {y for y, s in status if s == "final"} == set(range(1985, 2024))


def test_trade_csv_codes_without_leading_zeros_are_the_same_codes(
    trade_csv: list[Observation], trade_lines: list[str], tmp_path: Path
) -> None:
    # the World row is "15" here and "0015" in the workbook; written either way, it is one code
    padded = [line.replace(',15,"World', ',0015,"World', 1) for line in trade_lines]
    assert sum(a != b for a, b in zip(padded, trade_lines, strict=True)) == 2025 - 1987 + 1
    path = tmp_path / "census_country_padded.csv"
    path.write_text("".join(padded), encoding="utf-8")
    share = values(census_trade.parse(path), "mx_share_us_goods_trade")
    assert share == values(trade_csv, "mx_share_us_goods_trade")


def _trade_line(lines: list[str], year: int, code: int) -> int:
    for i, line in enumerate(lines, start=1):
        if line.startswith(f"{year},{code},"):
            return i
    raise AssertionError((year, code))


def test_trade_csv_refuses_a_truncated_copy(trade_lines: list[str], tmp_path: Path) -> None:
    n = _trade_line(trade_lines, 2024, 2010)
    cut = [*trade_lines[: n - 1], trade_lines[n - 1][:200]]  # the file stops inside Mexico's 2024 row
    path = tmp_path / TRADE_CSV
    path.write_text("".join(cut), encoding="utf-8")
    refuses(census_trade.parse, path, f"line {n}", "expected 29 fields")


def test_trade_csv_refuses_doctored_rows(trade_lines: list[str], tmp_path: Path) -> None:
    n = _trade_line(trade_lines, 2023, 2010)
    fields = next(csv.reader([trade_lines[n - 1]]))
    cases = {
        "IMAR": lambda f: f.__setitem__(5, "n/a"),
        "IYR": lambda f: f.__setitem__(15, "475315.9"),  # 100 million more than its months
        "is negative": lambda f: f.__setitem__(16, "-27104.448069"),
        "CTY_CODE is not a whole number": lambda f: f.__setitem__(1, "2010.5"),
    }
    for fragment, change in cases.items():
        doctored = list(fields)
        change(doctored)
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(doctored)
        lines = [*trade_lines[: n - 1], buf.getvalue(), *trade_lines[n:]]
        path = tmp_path / TRADE_CSV
        path.write_text("".join(lines), encoding="utf-8")
        refuses(census_trade.parse, path, f"line {n}", fragment)


def test_trade_csv_refuses_a_repeated_row_and_a_missing_column(trade_lines: list[str], tmp_path: Path) -> None:
    n = _trade_line(trade_lines, 2023, 2010)
    path = tmp_path / TRADE_CSV
    path.write_text("".join([*trade_lines[:n], trade_lines[n - 1], *trade_lines[n:]]), encoding="utf-8")
    refuses(census_trade.parse, path, f"line {n + 1}", "appears twice", f"line {n})")
    path.write_text("".join([trade_lines[0].replace("EMAR,", "EMARCH,"), *trade_lines[1:]]), encoding="utf-8")
    refuses(census_trade.parse, path, "line 1", "EMAR")


# ---------------------------------------------------------------------------------------------
# SESNSP: the state-level victims file to June 2025, reshaped to long form by another party

SESNSP_LONG = "sesnsp_victimas_estatal_long_2015-01_2025-06_conversion.csv.bz2"


@pytest.fixture(scope="module")
def long_file(shared_data: Path) -> Path:
    return shared_data / "mexico_homicides" / SESNSP_LONG


@pytest.fixture(scope="module")
def long_obs(long_file: Path) -> list[Observation]:
    return sesnsp_victims_long.parse(long_file)


@pytest.fixture(scope="module")
def national_file_obs(shared_data: Path) -> list[Observation]:
    return sesnsp_victims.parse(shared_data / "mexico_homicides" / "sesnsp_victimas_fuero_comun_mensual_2015_2025.csv")


@pytest.fixture(scope="module")
def national_file_states(shared_data: Path) -> dict[tuple[str, str, int], float]:
    """(entidad as SESNSP writes it, delito, year) -> victims, from the national file's state rows."""
    out: dict[tuple[str, str, int], float] = defaultdict(float)
    path = shared_data / "mexico_homicides" / "sesnsp_victimas_fuero_comun_mensual_2015_2025.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["delito"] in ("Homicidio doloso", "Feminicidio"):
                out[(row["entidad"], row["delito"], int(row["isodate"][:4]))] += float(row["total"])
    return out


@pytest.fixture(scope="module")
def long_lines(long_file: Path) -> list[str]:
    """The header and every row of January to March 2015: a small file of the conversion's layout."""
    text = bz2.decompress(long_file.read_bytes()).decode("utf-8")
    lines = text.splitlines(keepends=True)
    return [lines[0], *(line for line in lines[1:] if line.startswith(("2015-01-", "2015-02-", "2015-03-")))]


def write_long(tmp_path: Path, lines: list[str], *, packed: bool = False) -> Path:
    """A copy in the conversion's layout; uncompressed unless ``packed`` (the checks are the same, bzip2 is slow)."""
    path = tmp_path / ("sesnsp_victimas_estatal_long_test.csv" + (".bz2" if packed else ""))
    data = "".join(lines).encode("utf-8")
    path.write_bytes(bz2.compress(data, compresslevel=1) if packed else data)
    return path


def line_where(lines: list[str], *parts: str) -> int:
    """1-based number of the first line holding every one of ``parts``."""
    for i, text in enumerate(lines, start=1):
        if all(p in text for p in parts):
            return i
    raise AssertionError(parts)


def with_fields(line: str, **changes: str) -> str:
    header = ("date_year_month", "n_year", "n_month", "cve_ent", "nombre_estado", "bien_juridico_afectado",
              "tipo_de_delito", "subtipo_de_delito", "modalidad", "genero", "rango_de_edad", "n_victimas")
    fields = line.rstrip("\n").split(",")
    for name, value in changes.items():
        fields[header.index(name)] = value
    return ",".join(fields) + "\n"


@pytest.mark.parametrize(
    ("month", "victims"), [(1, 2_389), (2, 2_099), (3, 2_322), (4, 1_973), (5, 2_001), (6, 1_968)]
)
def test_sesnsp_long_2025_months_match_source_md(long_obs: list[Observation], month: int, victims: int) -> None:
    assert values(long_obs, "mx_homicides")[Period.month(2025, month)] == victims


@pytest.mark.parametrize(
    ("year", "victims"),
    [(2019, 34_723), (2020, 34_569), (2021, 33_359), (2022, 30_979), (2023, 29_721), (2024, 30_046)],
)
def test_sesnsp_long_years_match_source_md(long_obs: list[Observation], year: int, victims: int) -> None:
    assert year_sum(long_obs, "mx_homicides", year) == victims


def test_sesnsp_long_against_the_national_file_differs_only_by_small_revisions(
    long_obs: list[Observation], national_file_obs: list[Observation]
) -> None:
    # SOURCE.md: equal through 2020; 2021 -2, 2022 +1, 2023 +7, 2024 -1 (revisions between releases)
    revisions = {2021: -2, 2022: 1, 2023: 7, 2024: -1}
    for year in range(2015, 2025):
        diff = year_sum(long_obs, "mx_homicides", year) - year_sum(national_file_obs, "mx_homicides", year)
        assert diff == revisions.get(year, 0), year
    # feminicide: equal through 2020, then within a couple of victims a year, except 2024 (+13)
    fem = {y: year_sum(long_obs, "mx_feminicides", y) - year_sum(national_file_obs, "mx_feminicides", y)
           for y in range(2015, 2025)}
    assert fem == {**dict.fromkeys(range(2015, 2021), 0.0), 2021: 2.0, 2022: 2.0, 2023: -2.0, 2024: 13.0}
    # January 2025, the national file's last (provisional) month: 2,373 then, 2,389 now
    jan = Period.month(2025, 1)
    assert (values(national_file_obs, "mx_homicides")[jan], values(long_obs, "mx_homicides")[jan]) == (2_373, 2_389)


def test_sesnsp_long_states_against_the_national_files_state_rows(
    long_obs: list[Observation], national_file_states: dict[tuple[str, str, int], float]
) -> None:
    plain = sesnsp_victims_long._plain
    names = {s.slug: {plain(n) for n in s.names} for s in sesnsp_victims_long.STATES}
    spelled = {e for e, _, _ in national_file_states if e != "Nacional"}
    moved = {}
    for slug, known in names.items():
        (entidad,) = [e for e in spelled if plain(e) in known]
        for year in range(2015, 2025):
            diff = year_sum(long_obs, f"mx_homicides_{slug}", year) - \
                national_file_states[(entidad, "Homicidio doloso", year)]
            assert diff == 0 or (year >= 2021 and abs(diff) <= 5), (slug, year, diff)
            if diff:
                moved[(slug, year)] = diff
    assert moved[("chihuahua", 2023)] == 4 and moved[("colima", 2023)] == 3 and len(moved) == 15


def test_sesnsp_long_national_is_the_sum_of_the_32_states(long_obs: list[Observation]) -> None:
    national = values(long_obs, "mx_homicides")
    states = [values(long_obs, f"mx_homicides_{s.slug}") for s in sesnsp_victims_long.STATES]
    assert len(national) == 126  # 2015-01 .. 2025-06
    for period, total in national.items():
        assert sum(s[period] for s in states) == total
    assert len(values(long_obs, "mx_feminicides")) == 126


def test_sesnsp_long_state_parts_are_the_catalogs(long_obs: list[Observation]) -> None:
    catalog = load_catalog()
    parts = set(catalog.get("mx_homicides").contains)
    emitted = {o.indicator for o in long_obs} - {"mx_homicides", "mx_feminicides"}
    assert emitted == parts and len(parts) == 32
    for part in parts:
        ind = catalog.get(part)
        assert ind.within == ("mx_homicides",) and ind.datasets == ("sesnsp_victims_long",)
        assert ind.unit == "victims" and ind.frequency == "month"
    assert catalog.get("mx_homicides_guanajuato").name == "Intentional homicide victims in Guanajuato (SESNSP)"
    for slug in ("guanajuato", "estado_de_mexico", "cdmx"):
        assert any(p.startswith("in ") for p in catalog.get(f"mx_homicides_{slug}").phrases)
        assert any(p.startswith("en ") for p in catalog.get(f"mx_homicides_{slug}").phrases)
    for indicator in ("mx_homicides", "mx_feminicides"):
        assert "sesnsp_victims_long" in catalog.get(indicator).datasets
    assert values(long_obs, "mx_homicides_guanajuato")[Period.month(2025, 6)] > 0


def test_sesnsp_long_is_its_own_vintage_labelled_as_a_conversion(long_obs: list[Observation], long_file: Path) -> None:
    for o in long_obs:
        assert o.vintage == o.source.release == "2025-07-20"
        assert o.source.dataset == "sesnsp_victims_long"
        assert o.source.url == sesnsp_victims.PAGE_URL
        assert o.source.file == SESNSP_LONG
        assert "third-party long-format conversion" in o.note
    assert {o.period.start.year for o in long_obs if o.status == "provisional"} == {2025}
    assert {o.period.start.year for o in long_obs if o.status == "final"} == set(range(2015, 2025))
    assert dataset_for_file(long_file) is sesnsp_victims_long.DATASET
    assert not sesnsp_victims.DATASET.matches(long_file)


def test_sesnsp_long_reads_the_same_rows_compressed_or_not(
    long_obs: list[Observation], long_lines: list[str], tmp_path: Path
) -> None:
    packed = sesnsp_victims_long.parse(write_long(tmp_path, long_lines, packed=True))
    plain = sesnsp_victims_long.parse(write_long(tmp_path, long_lines))
    assert [(o.indicator, o.period, o.value) for o in packed] == [(o.indicator, o.period, o.value) for o in plain]
    whole = {(o.indicator, o.period): o.value for o in long_obs if o.period.end <= Period.month(2015, 3).end}
    assert {(o.indicator, o.period): o.value for o in packed} == whole
    assert len(whole) == 3 * 34


def test_sesnsp_long_drops_trailing_months_without_victims_keeps_a_zero_inside(
    long_lines: list[str], tmp_path: Path
) -> None:
    def zero(month: str) -> list[str]:
        return [with_fields(line, n_victimas="0") if line.startswith(month) else line for line in long_lines]

    trailing = sesnsp_victims_long.parse(write_long(tmp_path, zero("2015-03-")))
    assert sorted(values(trailing, "mx_homicides")) == [Period.month(2015, 1), Period.month(2015, 2)]
    inside = sesnsp_victims_long.parse(write_long(tmp_path, zero("2015-02-")))
    assert values(inside, "mx_homicides")[Period.month(2015, 2)] == 0
    assert values(inside, "mx_homicides_guanajuato")[Period.month(2015, 2)] == 0


def test_sesnsp_long_refuses_a_truncated_bz2(long_file: Path, tmp_path: Path) -> None:
    path = tmp_path / SESNSP_LONG
    path.write_bytes(long_file.read_bytes()[:300_000])
    message = refuses(sesnsp_victims_long.parse, path, "truncated", "line ")
    assert int(message.rsplit("line ", 1)[1]) > 1000  # the line the text stops in
    path.write_bytes(b"date_year_month,n_year\n2015-01-15,2015\n")
    refuses(sesnsp_victims_long.parse, path, "not a bzip2 file")


def test_sesnsp_long_refuses_doctored_rows(long_lines: list[str], tmp_path: Path) -> None:
    n = line_where(long_lines, "2015-02-15", ",11,Guanajuato,", "Homicidio doloso,Con arma de fuego,Hombre,Adultos")
    cases = {
        "n_victimas is not a count of victims: 'x'": {"n_victimas": "x"},
        "n_victimas is not a count of victims: '-3'": {"n_victimas": "-3"},
        "nombre_estado 'Jalisco' is not the name of state 11": {"nombre_estado": "Jalisco"},
        "cve_ent is not one of INEGI's 32 state codes: '33'": {"cve_ent": "33"},
        "disagrees with n_year '2015' and n_month '03'": {"n_month": "03"},
        "date_year_month is not a date": {"date_year_month": "2015-13-15"},
    }
    for fragment, change in cases.items():
        lines = [*long_lines[: n - 1], with_fields(long_lines[n - 1], **change), *long_lines[n:]]
        refuses(sesnsp_victims_long.parse, write_long(tmp_path, lines), f"line {n}", fragment)
    short = [*long_lines[: n - 1], long_lines[n - 1].rsplit(",", 1)[0] + "\n", *long_lines[n:]]
    refuses(sesnsp_victims_long.parse, write_long(tmp_path, short), f"line {n}", "expected 12 fields, found 11")
    blank = [*long_lines[: n - 1], "\n", *long_lines[n - 1:]]
    refuses(sesnsp_victims_long.parse, write_long(tmp_path, blank), f"line {n}", "blank line")
    twice = [*long_lines[:n], long_lines[n - 1], *long_lines[n:]]
    refuses(sesnsp_victims_long.parse, write_long(tmp_path, twice), f"line {n + 1}",
            f"appear twice (first on line {n})")


def test_sesnsp_long_refuses_missing_columns_states_and_months(long_lines: list[str], tmp_path: Path) -> None:
    header = long_lines[0].replace("n_victimas", "victimas")
    refuses(sesnsp_victims_long.parse, write_long(tmp_path, [header, *long_lines[1:]]), "line 1", "n_victimas")
    no_colima = [line for line in long_lines if ",06,Colima," not in line]
    refuses(sesnsp_victims_long.parse, write_long(tmp_path, no_colima), "no rows for state(s) 06")
    no_feb = [line for line in long_lines if not line.startswith("2015-02-")]
    refuses(sesnsp_victims_long.parse, write_long(tmp_path, no_feb), "no rows for 2015-02")
    gone = ("2015-02-", ",11,Guanajuato,", "Homicidio doloso")
    no_guanajuato_homicide = [line for line in long_lines if not all(g in line for g in gone)]
    refuses(sesnsp_victims_long.parse, write_long(tmp_path, no_guanajuato_homicide),
            "no 'Homicidio doloso' rows for state(s) 11 in 2015-02")
    refuses(sesnsp_victims_long.parse, write_long(tmp_path, long_lines[:1]), "no data rows")


# ---------------------------------------------------------------------------------------------
# Secretaría de Economía: year-to-date FDI 2006-Q1 to 2025-Q2, from another party's Parquet tables

DGIE = "se_ied_dgie_2025q3_processed"


@pytest.fixture(scope="module")
def dgie_dir(shared_data: Path) -> Path:
    return shared_data / "mexico_fdi" / DGIE


@pytest.fixture(scope="module")
def fdi_national(dgie_dir: Path) -> list[Observation]:
    return se_fdi_dgie.parse(dgie_dir / "investment_types.parquet")


@pytest.fixture(scope="module")
def fdi_us(dgie_dir: Path) -> list[Observation]:
    return se_fdi_dgie.parse(dgie_dir / "investment_by_country.parquet")


@pytest.fixture(scope="module")
def fdi_2018(shared_data: Path) -> list[Observation]:
    return se_fdi.parse(shared_data / "mexico_fdi" / "se_ied_entidad_trimestral_1999_2017.csv")


def ytd(year: int, month: int) -> Period:
    return Period(date(year, 1, 1), Period.month(year, month).end)


def test_se_dgie_targets_match_source_md(fdi_national: list[Observation], fdi_us: list[Observation]) -> None:
    national, us = values(fdi_national, "mx_fdi_se"), values(fdi_us, "mx_fdi_se_us")
    assert millions(national[Period.year(2024)]) == 37_893.5
    assert millions(us[Period.year(2024)]) == 16_653.7
    assert millions(national[ytd(2025, 6)]) == 33_729.7


def test_se_dgie_values_are_year_to_date_over_the_periods_they_cover(fdi_national: list[Observation]) -> None:
    national = values(fdi_national, "mx_fdi_se")
    assert len(national) == 19 * 4 + 2  # 2006-Q1 .. 2025-Q2
    assert Period.quarter(2024, 1) in national  # January-March is the first quarter
    assert ytd(2024, 12) == Period.year(2024) and ytd(2024, 3) == Period.quarter(2024, 1)
    kinds = {o.period.kind for o in fdi_national}
    assert kinds == {"quarter", "span", "year"}
    # nothing is a quarter's own flow after the first: April-June is not there, January-June is
    assert Period.quarter(2024, 2) not in national and ytd(2024, 6) in national
    # a later year-to-date figure is not the sum of the earlier ones (2024: 27,164.5 then 33,633.5)
    assert millions(national[Period.quarter(2024, 1)]) == 27_164.5
    assert millions(national[ytd(2024, 6)]) == 33_633.5
    assert max(national) == ytd(2025, 6) and Period.year(2025) not in national


def test_se_dgie_national_is_the_sum_of_the_states_table(fdi_national: list[Observation], dgie_dir: Path) -> None:
    states = pq.read_table(dgie_dir / "investment_by_state.parquet").to_pylist()
    by_quarter: dict[tuple[int, int], int] = defaultdict(int)
    for row in states:
        by_quarter[(row["Year"], row["Q"])] += round(row["IED"] * MILLION)
    assert len({row["Entidad federativa"] for row in states}) == 32
    national = values(fdi_national, "mx_fdi_se")
    for (year, q), dollars in by_quarter.items():
        assert abs(national[se_fdi_dgie.ytd_period(year, q)] - dollars) <= 32  # each state rounded to the dollar


def test_se_dgie_overlap_with_the_2018_release_shows_its_revisions(
    fdi_national: list[Observation], fdi_2018: list[Observation]
) -> None:
    new = values(fdi_national, "mx_fdi_se")
    old = values(fdi_2018, "mx_fdi_se")
    revision = {}
    for year in range(2006, 2018):
        full_year = sum(old[Period.quarter(year, q)] for q in range(1, 5))
        revision[year] = round(100 * (new[Period.year(year)] / full_year - 1), 1)
        # the first quarter is the same period in both files
        q1 = old[Period.quarter(year, 1)]
        assert abs(new[Period.quarter(year, 1)] / q1 - 1) < 0.12, year
    assert revision == {
        2006: 0.7, 2007: -0.2, 2008: 0.3, 2009: -1.7, 2010: -0.4, 2011: 1.6, 2012: 0.2, 2013: -0.3,
        2014: 5.9, 2015: 3.1, 2016: 4.8, 2017: 14.6,
    }
    # SOURCE.md's 2018-vintage spot checks, and what the 2025 release says of the same years
    assert millions(sum(old[Period.quarter(2017, q)] for q in range(1, 5))) == 29_695.0
    assert millions(new[Period.year(2017)]) == 34_041.8


def test_se_dgie_status_and_the_store_prefers_the_later_final_figure(
    fdi_national: list[Observation], fdi_2018: list[Observation]
) -> None:
    assert {o.period.start.year for o in fdi_national if o.status == "provisional"} == set(range(2021, 2026))
    assert {o.period.start.year for o in fdi_national if o.status == "final"} == set(range(2006, 2021))
    store = Store.in_memory([*fdi_2018, *fdi_national])
    a2015 = store.value("mx_fdi_se", Period.year(2015))
    assert a2015 is not None
    assert (a2015.vintage, millions(a2015.value), a2015.derived) == ("2025-08-21", 35_945.2, False)
    assert [round(a.value / MILLION, 1) for a in store.history("mx_fdi_se", Period.year(2015))] == [34_857.6, 35_945.2]
    h1 = store.value("mx_fdi_se", ytd(2024, 6))
    assert h1 is not None and millions(h1.value) == 33_633.5 and h1.status == "provisional"
    assert store.value("mx_fdi_se", Period.quarter(2024, 2)) is None  # never a difference of two releases' totals
    old_h1 = store.value("mx_fdi_se", ytd(2010, 6))  # the 2018 file's quarters, or the new direct figure
    assert old_h1 is not None and old_h1.vintage == "2025-08-21" and not old_h1.derived


def test_se_dgie_united_states(fdi_us: list[Observation], fdi_national: list[Observation]) -> None:
    us, national = values(fdi_us, "mx_fdi_se_us"), values(fdi_national, "mx_fdi_se")
    assert set(us) == set(national)  # never confidential in this release
    assert round(100 * us[Period.year(2024)] / national[Period.year(2024)]) == 44
    assert millions(us[ytd(2025, 6)]) == 14_396.0
    catalog = load_catalog()
    ind = catalog.get("mx_fdi_se_us")
    assert ind.within == ("mx_fdi_se",) and ind.unit == "USD" and ind.frequency == "quarter"
    assert ind.datasets == ("se_fdi_dgie",)
    assert {"u.s. investment in mexico", "inversión estadounidense"} <= set(ind.phrases)


def test_se_dgie_phrases_leave_fdi_to_the_balance_of_payments_series() -> None:
    catalog = load_catalog()
    se, bop = catalog.get("mx_fdi_se"), catalog.get("mx_fdi")
    assert {"inversión extranjera directa", "ied", "secretaría de economía", "ministry of economy"} <= set(se.phrases)
    assert {"foreign direct investment", "fdi"} <= set(bop.phrases)
    assert not {"foreign direct investment", "fdi"} & set(se.phrases)
    assert se.datasets == ("se_fdi", "se_fdi_dgie")


def test_se_dgie_is_its_own_vintage_labelled_as_processed_by_a_third_party(
    fdi_national: list[Observation], fdi_us: list[Observation], dgie_dir: Path
) -> None:
    for o in [*fdi_national, *fdi_us]:
        assert o.vintage == o.source.release == "2025-08-21"
        assert o.source.dataset == "se_fdi_dgie"
        assert o.source.url == se_fdi_dgie.PAGE_URL
        assert "Year-to-date" in o.note and "third party's processed tables" in o.note
    for name in ("investment_types.parquet", "investment_by_country.parquet"):
        assert dataset_for_file(dgie_dir / name) is se_fdi_dgie.DATASET
    for name in ("investment_by_state.parquet", "country_by_state.parquet"):
        assert dataset_for_file(dgie_dir / name) is None  # not read: no figure we lack


def _doctored(tmp_path: Path, source: Path, change: Callable[[list[dict[str, Any]]], Any]) -> Path:
    table = pq.read_table(source)
    rows = table.to_pylist()
    change(rows)
    out = tmp_path / DGIE / source.name
    out.parent.mkdir(exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), out)
    return out


def test_se_dgie_refuses_doctored_tables(dgie_dir: Path, tmp_path: Path) -> None:
    types = dgie_dir / "investment_types.parquet"
    countries = dgie_dir / "investment_by_country.parquet"
    last = 19 * 4 * 3  # the first row of 2025-Q1 in the types table (0-based), line last + 2

    def setitem(i: int, **kv: Any) -> Callable[[list[dict[str, Any]]], None]:
        return lambda rows: rows[i].update(kv)

    refuses(se_fdi_dgie.parse, _doctored(tmp_path, types, setitem(last, IED=None)), f"line {last + 2}", "IED is empty")
    refuses(se_fdi_dgie.parse, _doctored(tmp_path, types, setitem(last, IED=float("nan"))), f"line {last + 2}",
            "not a number")
    refuses(se_fdi_dgie.parse, _doctored(tmp_path, types, setitem(last, **{"Tipo de Inversión": "Total general"})),
            f"line {last + 2}", "not one of SE's types")
    refuses(se_fdi_dgie.parse, _doctored(tmp_path, types, setitem(last, Q=2)), f"line {last + 2}",
            "is not the last day of 2025-Q2")
    refuses(se_fdi_dgie.parse, _doctored(tmp_path, types, setitem(last, YQ="2025Q2")), f"line {last + 2}",
            "YQ '2025Q2' disagrees")
    refuses(se_fdi_dgie.parse, _doctored(tmp_path, types, lambda rows: rows.insert(last + 1, dict(rows[last]))),
            f"line {last + 3}", f"appears twice (first on line {last + 2})")
    refuses(se_fdi_dgie.parse, _doctored(tmp_path, types, lambda rows: rows.__delitem__(slice(12, 15))),
            "no rows for 2007-Q1")
    refuses(se_fdi_dgie.parse, _doctored(tmp_path, types, lambda rows: rows.__delitem__(last)),
            "no row for Nuevas inversiones in 2025-Q1")

    def drop_us_2010q3(rows: list[dict[str, Any]]) -> None:
        rows[:] = [r for r in rows if not (r["Origen"] == se_fdi_dgie.UNITED_STATES and r["YQ"] == "2010Q3")]

    refuses(se_fdi_dgie.parse, _doctored(tmp_path, countries, drop_us_2010q3),
            "no row for Estados Unidos de América in 2010-Q3")

    def unflagged_gap(rows: list[dict[str, Any]]) -> None:
        rows[7].update(IED=None, is_confidential=False)

    refuses(se_fdi_dgie.parse, _doctored(tmp_path, countries, unflagged_gap), "line 9", "not flagged confidential")


def test_se_dgie_confidential_united_states_quarter_gives_no_figure(dgie_dir: Path, tmp_path: Path) -> None:
    def hide(rows: list[dict[str, Any]]) -> None:
        for r in rows:
            if r["Origen"] == se_fdi_dgie.UNITED_STATES and r["YQ"] == "2012Q2":
                r.update(IED=None, is_confidential=True)

    us = values(se_fdi_dgie.parse(_doctored(tmp_path, dgie_dir / "investment_by_country.parquet", hide)),
                "mx_fdi_se_us")
    assert ytd(2012, 6) not in us and ytd(2012, 9) in us and len(us) == 77


def test_se_dgie_refuses_a_damaged_or_foreign_file(dgie_dir: Path, tmp_path: Path) -> None:
    source = dgie_dir / "investment_types.parquet"
    folder = tmp_path / DGIE
    folder.mkdir()
    cut = folder / "investment_types.parquet"
    cut.write_bytes(source.read_bytes()[:3000])
    refuses(se_fdi_dgie.parse, cut, "not a readable Parquet table")
    table = pq.read_table(source).drop_columns(["Fecha"])
    pq.write_table(table, cut)
    refuses(se_fdi_dgie.parse, cut, "line 1", "lacks column(s) Fecha")
    other = folder / "investment_by_state.parquet"
    other.write_bytes(source.read_bytes())
    refuses(se_fdi_dgie.parse, other, "not one of the processed tables")
