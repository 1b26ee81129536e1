"""Secretaría de Economía: FDI into Mexico, 2006 to mid-2025, from a third party's processed tables.

SE's Dirección General de Inversión Extranjera (DGIE) publishes its flows as workbooks ("Flujos
por tipo de inversión", "por entidad federativa", "por origen"). A public repository's scripts
turned the workbooks of the release that runs to the second quarter of 2025 into Parquet
tables, one row per category and quarter, in USD millions, dropping the workbooks' total rows.
Two of those tables are read:

- ``investment_types.parquet`` (national, by type of investment: new investment, reinvested
  earnings, intercompany accounts). Their sum is SE's national total, ``mx_fdi_se``.
- ``investment_by_country.parquet`` (by country of origin). The United States row gives
  ``mx_fdi_se_us``. Countries SE does not disclose for a quarter are flagged confidential
  and have no value; such a quarter gives no observation rather than a zero.

Year to date. Each quarter's value is what SE publishes: the total from January to the end of
that quarter (the fourth quarter is the whole year), not the quarter's own flow. The values are
stored as such, over the period they cover: January–March is the first quarter, January–June
and January–September are spans, January–December is the year. Quarters are never added up
or differenced here: SE revises the whole year-to-date figure, so a difference of two of them
is not a figure SE published.

Status. SE's figures count investment as it is notified, and late notifications move recent
years for several years. Against the 2018 release (``se_fdi``), the four years up to its last
one were revised by 3–15% (2014 +5.9%, 2015 +3.1%, 2016 +4.8%, 2017 +14.6%), earlier years by
less than 2% (2006–2013: −1.7% to +1.6%). So the last complete year in a file and the three
before it, and any year still in progress, are ``provisional`` (here 2021–2025); earlier years
are ``final``.

Vintage. Data to June are published by SE in August: SE announced the first half of 2025 on
2025-08-21, which is the earliest this release can be and the date used. The tables' own
first-half figures differ from that day's announcement (33,729.7 against 34,265 million
dollars in total, 14,396.0 against 14,703 from the United States), so they may be a later
revision of the same period; no later SE release is known to carry the first half without
the third quarter, and the date is left at the earliest possible, as for ``se_fdi``.

Because the tables are someone else's processing of SE's workbooks, every observation says so
in its note; the source URL is SE's statistics page, where the workbooks are.

Lines. A Parquet table has rows, not lines; an error names the row as the line it would be on
in a CSV export of the table (the header on line 1, the first row on line 2).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from usmx.model import Observation, Status
from usmx.periods import Period
from usmx.sources.base import Dataset, SourceFileError, file_source

PUBLISHER = "Secretaría de Economía, Dirección General de Inversión Extranjera"
PAGE_URL = "https://www.gob.mx/se/acciones-y-programas/competitividad-y-normatividad-inversion-extranjera-directa"
MILLION = 1_000_000

NATIONAL = "mx_fdi_se"
FROM_US = "mx_fdi_se_us"
TYPES = ("Nuevas inversiones", "Reinversión de utilidades", "Cuentas entre compañías")
UNITED_STATES = "Estados Unidos de América"
PROVISIONAL_COMPLETE_YEARS = 4

NOTE = (
    "Year-to-date total from January to the end of the period, as the Secretaría de Economía "
    "publishes it. Read from a third party's processed tables (Parquet) of SE's DGIE workbooks, "
    "not from SE's own files."
)

# The copies in ../shared/data/mexico_fdi/se_ied_dgie_2025q3_processed (see the docstring).
KNOWN_RELEASES: dict[str, str] = {
    "bf670bf8a4bc3542dd7717c88aac2270ac5c1c184d9dba1e1a2e9e10edbd6374": "2025-08-21",  # investment_types
    "919edd24e55604a35cd932c5ed23ddabb6948181a722c8548026d0775ded72de": "2025-08-21",  # investment_by_country
}


@dataclass(frozen=True)
class _Table:
    """What each processed table is called, what names its rows, and which columns it must have."""

    stem: str
    label: str  # the column that names the category of each row
    columns: dict[str, str]  # column -> kind ("string", "float", "int", "timestamp", "bool")


_TYPES = _Table("investment_types", "Tipo de Inversión", {
    "Tipo de Inversión": "string", "IED": "float", "Fecha": "timestamp", "Year": "int", "Q": "int", "YQ": "string",
})
_COUNTRIES = _Table("investment_by_country", "Origen", {
    "Origen": "string", "IED": "float", "Fecha": "timestamp", "Year": "int", "Q": "int", "YQ": "string",
    "is_confidential": "bool",
})
_TABLES = {t.stem: t for t in (_TYPES, _COUNTRIES)}


def ytd_period(year: int, quarter: int) -> Period:
    """January to the end of ``quarter``: a quarter, a span, or the year."""
    if quarter == 1:
        return Period.quarter(year, 1)
    if quarter == 4:
        return Period.year(year)
    return Period(date(year, 1, 1), Period.quarter(year, quarter).end, "span")


def parse(path: Path) -> list[Observation]:
    table = _TABLES.get(path.name.split(".", 1)[0])
    if table is None:
        known = ", ".join(f"{t}.parquet" for t in _TABLES)
        raise SourceFileError(path, f"not one of the processed tables read here ({known})")
    rows = _read(path, table)
    if table is _TYPES:
        totals = _national(path, rows)
        indicator = NATIONAL
    else:
        totals = _united_states(path, rows)
        indicator = FROM_US
    source = file_source(path, DATASET, PAGE_URL, PUBLISHER, KNOWN_RELEASES)
    statuses = _statuses(path, [yq for yq, _ in totals])
    return [
        Observation(indicator, ytd_period(*yq), float(dollars), statuses[yq[0]], source.release, source, note=NOTE)
        for yq, dollars in totals
        if dollars is not None
    ]


# ---------------------------------------------------------------------------------------------
# the two tables


@dataclass(frozen=True)
class _Row:
    line: int
    label: str
    year: int
    quarter: int
    millions: float | None
    confidential: bool


def _national(path: Path, rows: list[_Row]) -> list[tuple[tuple[int, int], int | None]]:
    """The sum of the three types of investment, quarter by quarter, in whole dollars."""
    by_quarter: dict[tuple[int, int], dict[str, tuple[int, float]]] = defaultdict(dict)
    for row in rows:
        if row.label not in TYPES:
            raise SourceFileError(
                path, f"Tipo de Inversión is not one of SE's types ({', '.join(TYPES)}): {row.label!r}", row.line
            )
        seen = by_quarter[(row.year, row.quarter)]
        if row.label in seen:
            raise SourceFileError(
                path, f"{row.label} {row.year}-Q{row.quarter} appears twice (first on line {seen[row.label][0]})",
                row.line,
            )
        if row.millions is None:
            raise SourceFileError(path, f"IED is empty for {row.label} {row.year}-Q{row.quarter}", row.line)
        seen[row.label] = (row.line, row.millions)
    out: list[tuple[tuple[int, int], int | None]] = []
    for yq in _quarters(path, by_quarter):
        got = by_quarter[yq]
        missing = [t for t in TYPES if t not in got]
        if missing:
            raise SourceFileError(path, f"no row for {', '.join(missing)} in {yq[0]}-Q{yq[1]}")
        out.append((yq, sum(_dollars(got[t][1]) for t in TYPES)))
    return out


def _united_states(path: Path, rows: list[_Row]) -> list[tuple[tuple[int, int], int | None]]:
    """The United States' row, quarter by quarter; None where SE kept it confidential."""
    seen: dict[tuple[str, int, int], int] = {}
    us: dict[tuple[int, int], _Row] = {}
    quarters: set[tuple[int, int]] = set()
    for row in rows:
        key = (row.label, row.year, row.quarter)
        if key in seen:
            raise SourceFileError(
                path, f"{row.label} {row.year}-Q{row.quarter} appears twice (first on line {seen[key]})", row.line
            )
        seen[key] = row.line
        quarters.add((row.year, row.quarter))
        if row.millions is None and not row.confidential:
            raise SourceFileError(
                path, f"IED is empty for {row.label} {row.year}-Q{row.quarter} but not flagged confidential",
                row.line,
            )
        if row.label == UNITED_STATES:
            us[(row.year, row.quarter)] = row
    if not us:
        raise SourceFileError(path, f"no rows for the United States (Origen {UNITED_STATES!r})")
    out: list[tuple[tuple[int, int], int | None]] = []
    for yq in _quarters(path, quarters):
        found = us.get(yq)
        if found is None:
            raise SourceFileError(path, f"no row for {UNITED_STATES} in {yq[0]}-Q{yq[1]}")
        out.append((yq, None if found.confidential or found.millions is None else _dollars(found.millions)))
    return out


def _quarters(path: Path, present: Any) -> list[tuple[int, int]]:
    """Every quarter from the first to the last in the table; a gap inside would hide a release's figure."""
    have = set(present)
    if not have:
        raise SourceFileError(path, "the table has no rows")
    first, last = min(have), max(have)
    every = [(y, q) for y in range(first[0], last[0] + 1) for q in range(1, 5) if first <= (y, q) <= last]
    gaps = [f"{y}-Q{q}" for y, q in every if (y, q) not in have]
    if gaps:
        raise SourceFileError(path, f"no rows for {', '.join(gaps[:6])}{' …' if len(gaps) > 6 else ''}")
    return every


def _statuses(path: Path, quarters: list[tuple[int, int]]) -> dict[int, Status]:
    last_year = max(y for y, _ in quarters)
    complete = last_year if (last_year, 4) in quarters else last_year - 1
    return {
        y: ("provisional" if y > complete - PROVISIONAL_COMPLETE_YEARS else "final")
        for y in {y for y, _ in quarters}
    }


def _dollars(millions: float) -> int:
    """Millions to whole dollars: the tables' six decimals are dollars, anything finer is float noise."""
    return round(millions * MILLION)


# ---------------------------------------------------------------------------------------------
# reading Parquet


def _read(path: Path, table: _Table) -> list[_Row]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        data = pq.read_table(path)
    except FileNotFoundError:
        raise SourceFileError(path, "file not found") from None
    except (pa.ArrowException, OSError, ValueError) as exc:
        first = str(exc).splitlines()[0][:160] if str(exc) else exc.__class__.__name__
        raise SourceFileError(path, f"not a readable Parquet table ({first})") from None
    _check_schema(path, data.schema, table)
    columns = {name: data.column(name).to_pylist() for name in table.columns}
    if data.num_rows == 0:
        raise SourceFileError(path, "the table has no rows")
    rows = []
    for i in range(data.num_rows):
        line = i + 2
        rows.append(_row(path, line, {name: values[i] for name, values in columns.items()}, table))
    return rows


def _check_schema(path: Path, schema: Any, table: _Table) -> None:
    import pyarrow.types as t

    kinds = {
        "string": t.is_string, "float": t.is_floating, "int": t.is_integer, "timestamp": t.is_timestamp,
        "bool": t.is_boolean,
    }
    names = list(schema.names)
    missing = [c for c in table.columns if c not in names]
    if missing:
        raise SourceFileError(path, f"table lacks column(s) {', '.join(missing)}; found {', '.join(names)}", 1)
    for column, kind in table.columns.items():
        typ = schema.field(column).type
        ok = kinds[kind](typ) or (kind == "string" and t.is_large_string(typ))
        if not ok:
            raise SourceFileError(path, f"column {column} should hold {kind} values, holds {typ}", 1)


def _row(path: Path, line: int, cell: dict[str, Any], table: _Table) -> _Row:
    label = cell[table.label]
    if not isinstance(label, str) or not label.strip():
        raise SourceFileError(path, f"{table.label} is empty", line)
    year, quarter = cell["Year"], cell["Q"]
    if year is None or quarter is None or not 1 <= quarter <= 4 or not 1900 < year < 2200:
        raise SourceFileError(path, f"Year {year!r} and Q {quarter!r} are not a year and quarter", line)
    fecha = cell["Fecha"]
    end = Period.quarter(year, quarter).end
    if not isinstance(fecha, datetime) or fecha.date() != end:
        raise SourceFileError(path, f"Fecha {fecha!r} is not the last day of {year}-Q{quarter}", line)
    if cell["YQ"] != f"{year}Q{quarter}":
        raise SourceFileError(path, f"YQ {cell['YQ']!r} disagrees with Year {year} and Q {quarter}", line)
    millions = cell["IED"]
    if millions is not None and not math.isfinite(millions):
        raise SourceFileError(path, f"IED is not a number: {millions!r}", line)
    confidential = bool(cell.get("is_confidential") or False)
    if confidential and millions is not None:
        raise SourceFileError(path, f"IED {millions!r} is given although the row is flagged confidential", line)
    return _Row(line, " ".join(label.split()), year, quarter, millions, confidential)


DATASET = Dataset(
    name="se_fdi_dgie",
    title=(
        "Inversión extranjera directa, acumulada en el año, nacional y por país de origen "
        "(Secretaría de Economía, DGIE), third-party processed tables"
    ),
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=("se_ied_dgie_*/investment_types.parquet", "se_ied_dgie_*/investment_by_country.parquet"),
    parse=parse,
    download_url=None,
)
