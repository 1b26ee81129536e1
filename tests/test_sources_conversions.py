"""Later releases that reach us as third parties' conversions of the publishers' files.

Each is read as a vintage of its own, labelled as a conversion, and held against the
publisher's file already in ../shared/data where the two overlap: the Census workbook saved
as CSV against ``country.xlsx``, SESNSP's state file in long form against the national file,
and SE's processed year-to-date tables against the 2018 file by state. Figures checked here
are the ones written in each folder's SOURCE.md. Damaged copies are made in ``tmp_path`` from
the real files, so each refusal is shown on the conversion's own layout.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from usmx.model import Observation
from usmx.periods import Period
from usmx.sources import census_trade, dataset_for_file
from usmx.sources.base import SourceFileError

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


def test_trade_csv_share_and_rank_for_complete_years_only(
    trade_csv: list[Observation], trade_xlsx: list[Observation]
) -> None:
    share, rank = values(trade_csv, "mx_share_us_goods_trade"), values(trade_csv, "mx_rank_us_trading_partner")
    assert sorted(p.start.year for p in share) == list(range(1987, 2025))  # World row from 1987
    assert sorted(p.start.year for p in rank) == list(range(1985, 2025))  # not 2025 (two months)
    assert rank[Period.year(2024)] == 1.0
    assert round(share[Period.year(2024)], 1) == 15.8
    for p, v in values(trade_xlsx, "mx_share_us_goods_trade").items():
        assert share[p] == pytest.approx(v, abs=1e-9)
    assert {p: rank[p] for p in values(trade_xlsx, "mx_rank_us_trading_partner")} == \
        values(trade_xlsx, "mx_rank_us_trading_partner")


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
