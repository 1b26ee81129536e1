"""U.S. Census Bureau: U.S. trade in goods by country (the ``country.xlsx`` bulk workbook).

The workbook holds, for every partner country and country group, monthly and annual U.S.
goods imports (general imports, customs basis: ``IJAN`` … ``IDEC``, ``IYR``) and exports
(total exports, F.A.S.: ``EJAN`` … ``EDEC``, ``EYR``), not seasonally adjusted, in millions
of dollars. We keep Mexico (``CTY_CODE`` 2010) month by month, in dollars, and derive the
figures the commentary leans on: Mexico's share of all U.S. goods trade, of U.S. imports and of
U.S. exports, and its rank among partner countries by each of the three. Those are arithmetic on
the publisher's numbers, not published figures, so their observations say they were computed by
usmx.

A rank or a share is computed for each period as a whole, because it cannot be added up from its
months: every month, every run of months from January (the press's "first nine months", Census's
own year-to-date tables) and every complete year. No other run of months gets one, and the
catalog says so (aggregation ``none``), so the store never derives one from its months.

Months not yet published are present in the workbook as zeros (in the 2024-11 copy,
July–December 2024). They are recognised as trailing months in which no row of the whole
file has any trade, and are left out rather than stored as zero trade.

A CSV conversion of the workbook. Another party's download script saved a later release of
the same workbook (to February 2025) as CSV with pandas: the columns are the same, but
``CTY_CODE`` lost its leading zeros (``15`` for ``0015`` World) and sums carry float noise
(``180549.80000000002``). It is read as the same dataset, because the figures are Census's,
with its own vintage; every observation from it says in its note that it came through a
conversion, so a reader can tell the publisher's file from a copy of it. Codes are compared as
numbers in both layouts, which is all the leading zeros ever meant. Values are rounded to
whole dollars, as the workbook's are: the workbook carries six decimals of a million (Census's
tables show 0.1), so rounding to 0.1 would discard digits the publisher put there and make
the two vintages differ where Census changed nothing, while the noise sits some ten orders of
magnitude below a dollar.

Status. Census revises goods trade once a year, in June: not seasonally adjusted data
(which this workbook is) to redistribute documents that arrived too late for their month
and to apply corrections; seasonally adjusted series further back (BEA/Census explanatory
notes, https://www.bea.gov/newsreleases/international/trade/tradinfo.htm; export.gov
"Data Releases and Revisions" speaks of the prior three years). The latest year or two of
a file can therefore still move. We call a year ``final`` only when it is at least two
years older than the latest year in the file, and ``provisional`` otherwise (in the 2024
file: 1985–2022 final, 2023–2024 provisional; in the conversion to February 2025: 1985–2023
final, 2024–2025 provisional).
"""

from __future__ import annotations

import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from usmx.model import Observation, Source, Status
from usmx.periods import Period
from usmx.sources.base import Dataset, SourceFileError, csv_rows, file_source, number

PUBLISHER = "U.S. Census Bureau, Foreign Trade Division"
DOWNLOAD_URL = "https://www.census.gov/foreign-trade/balance/country.xlsx"
PAGE_URL = "https://www.census.gov/foreign-trade/balance/c2010.html"
SHEET = "country"

MEXICO = 2010
WORLD_NSA = 15  # "World, Not Seasonally Adjusted"; codes below 1000 are groups, not countries
FIRST_COUNTRY_CODE = 1000
MILLION = 1_000_000
# a computed share keeps a millionth of a percentage point: far below any figure in print, and the
# snapshot stays small
SHARE_DECIMALS = 6

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
IMPORT_COLS = tuple(f"I{m}" for m in _MONTHS)
EXPORT_COLS = tuple(f"E{m}" for m in _MONTHS)
HEADER = ("year", "CTY_CODE", "CTYNAME", *IMPORT_COLS, "IYR", *EXPORT_COLS, "EYR")

# The annual columns are the sums of the months; a copy whose totals disagree by more than
# rounding has been edited or damaged.
_TOTAL_TOLERANCE_MN = 0.1

# The copies in ../shared/data/us_mexico_trade. The workbook was committed to GitHub on
# 2024-11-01; the date it was downloaded from census.gov is not known, so the commit date stands
# for the release. The CSV conversion runs to February 2025, whose figures Census released on
# 2025-04-03 (its Mexico balance for that month, -$14.89 billion, is the one published that
# day); the next release (March data) came after the copy was committed on 2025-04-25, so the
# file is the 2025-04-03 release.
KNOWN_RELEASES: dict[str, str] = {
    "4b16c664bfc35e4c3bc3b9f169e372e522dd0cb8a1150669d5a83d672eaf8149": "2024-11-01",
    "04f549b1d6e0b1fc839a5e717aa56706587c22fe2ad7d4dc3828a902c31990b2": "2025-04-03",
}

COMPUTED_NOTE = (
    "Computed by usmx from the Census Bureau's country.xlsx (annual exports plus imports, "
    "not seasonally adjusted); not a figure the Census Bureau publishes as such."
)
CONVERSION_NOTE = (
    "Read from a third-party CSV conversion of the Census workbook (country.xlsx saved as CSV "
    "by another party), not from the file Census publishes; the figures are Census's."
)


@dataclass(frozen=True)
class _Row:
    line: int
    year: int
    code: int
    name: str
    imports: tuple[float, ...]  # 12 months, USD millions
    exports: tuple[float, ...]
    imports_year: float
    exports_year: float


def parse(path: Path) -> list[Observation]:
    converted = path.suffix.lower() == ".csv"
    rows = list(_read_csv_rows(path) if converted else _read_rows(path))
    if not rows:
        where = "the CSV" if converted else f"sheet {SHEET!r}"
        raise SourceFileError(path, f"{where} has a header but no data rows")
    source = file_source(path, DATASET, DOWNLOAD_URL, PUBLISHER, KNOWN_RELEASES)
    vintage = source.release
    note = CONVERSION_NOTE if converted else ""
    computed_note = f"{COMPUTED_NOTE} {CONVERSION_NOTE}" if converted else COMPUTED_NOTE

    by_key: dict[tuple[int, int], _Row] = {}
    for row in rows:
        key = (row.code, row.year)
        if key in by_key:
            first = by_key[key].line
            raise SourceFileError(
                path, f"country {row.code:04d} appears twice for {row.year} (also line {first})", row.line
            )
        by_key[key] = row

    published = _published_months(rows)
    last_year = max(published)
    mexico = sorted((r for r in rows if r.code == MEXICO), key=lambda r: r.year)
    if not mexico:
        raise SourceFileError(path, f"no rows for Mexico (CTY_CODE {MEXICO})")

    out: list[Observation] = []
    for row in mexico:
        status = _status(row.year, last_year)
        for month in range(1, published[row.year] + 1):
            out.extend(_monthly(row, month, status, vintage, source, note))

    by_year: dict[int, list[_Row]] = defaultdict(list)
    for row in rows:
        by_year[row.year].append(row)
    for year, n_months in sorted(published.items()):
        mx = by_key.get((MEXICO, year))
        if mx is None or n_months == 0:
            continue
        status = _status(year, last_year)
        world = by_key.get((WORLD_NSA, year))
        countries = [r for r in by_year[year] if r.code >= FIRST_COUNTRY_CODE]
        for period, months in _computed_periods(year, n_months):
            for flow in FLOWS:
                mine = flow.of(mx, months)
                whole = flow.of(world, months) if world is not None else 0.0
                if whole > 0:
                    share = round(100.0 * mine / whole, SHARE_DECIMALS)
                    out.append(Observation(flow.share, period, share, status, vintage, source, note=computed_note))
                rank = 1 + sum(1 for r in countries if flow.of(r, months) > mine)
                out.append(Observation(flow.rank, period, float(rank), status, vintage, source, note=computed_note))
    return out


@dataclass(frozen=True)
class _Flow:
    """One way of measuring trade with a partner, and the two figures computed from it."""

    share: str
    rank: str
    imports: bool
    exports: bool

    def of(self, row: _Row, months: range) -> float:
        return sum((row.imports[m] if self.imports else 0.0) + (row.exports[m] if self.exports else 0.0)
                   for m in months)


FLOWS = (
    _Flow("mx_share_us_goods_trade", "mx_rank_us_trading_partner", imports=True, exports=True),
    _Flow("mx_share_us_goods_imports", "mx_rank_us_import_source", imports=True, exports=False),
    _Flow("mx_share_us_goods_exports", "mx_rank_us_export_market", imports=False, exports=True),
)


def _computed_periods(year: int, n_months: int) -> Iterator[tuple[Period, range]]:
    """Each month, each run of months from January, and the year when complete (month indexes 0-11)."""
    for m in range(1, n_months + 1):
        yield Period.month(year, m), range(m - 1, m)
        if m == 12:
            yield Period.year(year), range(12)
        elif m > 1:
            yield Period.span(Period.month(year, 1), Period.month(year, m)), range(m)


def _monthly(
    row: _Row, month: int, status: Status, vintage: str, source: Source, note: str
) -> list[Observation]:
    period = Period.month(row.year, month)
    exports = _usd(row.exports[month - 1])
    imports = _usd(row.imports[month - 1])
    return [
        Observation("us_exports_to_mx", period, exports, status, vintage, source, note=note),
        Observation("us_imports_from_mx", period, imports, status, vintage, source, note=note),
        Observation("us_mx_trade", period, exports + imports, status, vintage, source, note=note),
        Observation("us_mx_trade_balance", period, exports - imports, status, vintage, source, note=note),
    ]


def _usd(millions: float) -> float:
    """Millions to whole dollars: the six decimals are dollars, the rest is float noise (workbook or CSV)."""
    return float(round(millions * MILLION))


def _status(year: int, last_year: int) -> Status:
    return "final" if year <= last_year - 2 else "provisional"


def _published_months(rows: list[_Row]) -> dict[int, int]:
    """For each year, the number of leading months for which any partner has any trade."""
    last: dict[int, int] = {}
    for row in rows:
        months_with_trade = [m for m in range(12) if row.imports[m] or row.exports[m]]
        seen = months_with_trade[-1] + 1 if months_with_trade else 0
        last[row.year] = max(last.get(row.year, 0), seen)
    return last


# ---------------------------------------------------------------------------------------------
# reading the workbook


def _read_rows(path: Path) -> Iterator[_Row]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise SourceFileError(path, "file not found") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise SourceFileError(path, f"not a readable .xlsx workbook ({exc.__class__.__name__})") from None
    try:
        if SHEET not in wb.sheetnames:
            raise SourceFileError(path, f"no sheet {SHEET!r}; sheets: {', '.join(wb.sheetnames) or 'none'}")
        cells = wb[SHEET].iter_rows(values_only=True)
        header = next(cells, None)
        if header is None or not any(v is not None for v in header):
            raise SourceFileError(path, f"sheet {SHEET!r} is empty", 1)
        names = [str(v).strip() if v is not None else "" for v in header]
        missing = [h for h in HEADER if h not in names]
        if missing:
            raise SourceFileError(path, f"header lacks column(s) {', '.join(missing)}", 1)
        index = {h: names.index(h) for h in HEADER}
        for line, values in enumerate(cells, start=2):
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            yield _row(path, line, values, index)
    finally:
        wb.close()


def _read_csv_rows(path: Path) -> Iterator[_Row]:
    """The workbook's sheet saved as CSV: same header, text cells, one line per row."""
    index = {h: i for i, h in enumerate(HEADER)}
    for line, cells in csv_rows(path, HEADER):
        yield _row(path, line, tuple(cells[h] for h in HEADER), index)


def _row(path: Path, line: int, values: tuple[Any, ...], index: dict[str, int]) -> _Row:
    def cell(col: str) -> Any:
        i = index[col]
        return values[i] if i < len(values) else None

    year = _integer(path, line, cell("year"), "year")
    code = _integer(path, line, cell("CTY_CODE"), "CTY_CODE")
    name = str(cell("CTYNAME") or "").strip()
    imports = tuple(_amount(path, line, cell(c), c) for c in IMPORT_COLS)
    exports = tuple(_amount(path, line, cell(c), c) for c in EXPORT_COLS)
    imports_year = _amount(path, line, cell("IYR"), "IYR")
    exports_year = _amount(path, line, cell("EYR"), "EYR")
    for label, months, total in (("IYR", imports, imports_year), ("EYR", exports, exports_year)):
        if abs(sum(months) - total) > _TOTAL_TOLERANCE_MN:
            raise SourceFileError(
                path, f"{label} {total:,.1f} is not the sum of its months ({sum(months):,.1f})", line
            )
    return _Row(line, year, code, name, imports, exports, imports_year, exports_year)


def _integer(path: Path, line: int, value: Any, what: str) -> int:
    if isinstance(value, bool) or value is None:
        raise SourceFileError(path, f"{what} is empty", line)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if not text.isdigit():
        raise SourceFileError(path, f"{what} is not a whole number: {value!r}", line)
    return int(text)


def _amount(path: Path, line: int, value: Any, what: str) -> float:
    if value is None or isinstance(value, bool):
        raise SourceFileError(path, f"{what} is empty", line)
    amount = float(value) if isinstance(value, int | float) else number(path, line, str(value), what)
    if amount < 0:
        raise SourceFileError(path, f"{what} is negative: {value!r}", line)
    return amount


DATASET = Dataset(
    name="census_trade",
    title="U.S. Trade in Goods by Country (Census Bureau country.xlsx)",
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=("country*.xlsx", "census_country*.csv"),
    parse=parse,
    download_url=DOWNLOAD_URL,
    download_name="country.xlsx",
)
