"""Secretaría de Economía: foreign direct investment by receiving state and quarter (USD millions).

The table has one row per state (32, no national row) and one column per quarter whose
header gives only the quarter ("I", "II", "III", "IV", repeated). The columns run without
gaps from the first quarter of 1999, the start of SE's series by state, so column ``k``
(counting from 0 after ``Entidad``) is year ``1999 + k // 4``, quarter ``k % 4 + 1``. That
mapping is only safe if the headers really cycle I–IV and their number is a whole number of
years, so both are checked, and a file name that states its years (``…_1999_2017.csv``)
must agree with the number of columns.

National quarterly FDI (``mx_fdi_se``) is the sum of the 32 states, converted from millions
to dollars; the six decimals in the file are whole dollars, so the sum is exact.

Status: SE's figures count investment as it is notified, and late notifications raise the
figures of recent years for several years after first publication. The last three years
in a file are therefore ``provisional``; earlier years ``final`` (a later SE file is a new
vintage and may still differ slightly).

Vintage: the known copy was saved in 2018 (exact date not recorded). It holds 2017's fourth
quarter, so it cannot predate 2018; 2018-01-01 is used, which dates it no later than it can
have been made.

Download: datos.gob.mx lists the table as a resource of the dataset "Inversión extranjera
directa", on a page rather than at a stable file URL, so there is no automatic download.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from usmx.model import Observation, Status
from usmx.periods import Period
from usmx.sources.base import Dataset, SourceFileError, file_source, number, read_text

PUBLISHER = "Secretaría de Economía, Dirección General de Inversión Extranjera"
PAGE_URL = "https://datos.gob.mx/busca/dataset/inversion-extranjera-directa"
INDICATOR = "mx_fdi_se"

FIRST_YEAR = 1999
QUARTERS = ("I", "II", "III", "IV")
STATES = 32
PROVISIONAL_YEARS = 3
MILLION = 1_000_000

# The copy in ../shared/data/mexico_fdi (see the module docstring for the date).
KNOWN_RELEASES: dict[str, str] = {
    "4219f58c9d0698971e0f9cf08f006bbe684953b724ad554be039698d716b9260": "2018-01-01",
}

_NAME_YEARS = re.compile(r"_(\d{4})_(\d{4})(?:\D|$)")


def parse(path: Path) -> list[Observation]:
    text = read_text(path)
    source = file_source(path, DATASET, PAGE_URL, PUBLISHER, KNOWN_RELEASES)
    vintage = source.release

    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
        quarters = _quarter_columns(path, header)
        totals = [0] * len(quarters)  # whole dollars
        states: dict[str, int] = {}
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise SourceFileError(
                    path, f"expected {len(header)} fields, found {len(row)} (truncated or malformed row)",
                    line,
                )
            state = row[0].strip()
            if not state:
                raise SourceFileError(path, "Entidad is empty", line)
            if state in states:
                raise SourceFileError(
                    path, f"state {state!r} appears twice (first on line {states[state]})", line
                )
            states[state] = line
            for k, cell in enumerate(row[1:]):
                year, q = quarters[k]
                millions = number(path, line, cell, f"{state} {year}-Q{q}")
                totals[k] += round(millions * MILLION)
    except StopIteration:
        raise SourceFileError(path, "file has no header") from None
    except csv.Error as exc:
        raise SourceFileError(path, f"malformed CSV ({exc})", reader.line_num) from None
    if len(states) != STATES:
        raise SourceFileError(path, f"expected {STATES} state rows, found {len(states)}")

    last_year = quarters[-1][0]
    out: list[Observation] = []
    for (year, q), total in zip(quarters, totals, strict=True):
        status: Status = "provisional" if year > last_year - PROVISIONAL_YEARS else "final"
        out.append(Observation(INDICATOR, Period.quarter(year, q), float(total), status, vintage, source))
    return out


def _quarter_columns(path: Path, header: list[str]) -> list[tuple[int, int]]:
    """(year, quarter) of each column after ``Entidad``, computed from its position."""
    if not header or header[0].strip() != "Entidad":
        first = header[0] if header else ""
        raise SourceFileError(path, f"first column should be 'Entidad', got {first!r}", 1)
    labels = [cell.strip() for cell in header[1:]]
    if not labels or len(labels) % len(QUARTERS):
        raise SourceFileError(
            path,
            f"{len(labels)} quarter columns is not a whole number of years (a multiple of {len(QUARTERS)})",
            1,
        )
    for k, label in enumerate(labels):
        expected = QUARTERS[k % len(QUARTERS)]
        if label != expected:
            raise SourceFileError(path, f"column {k + 2} is headed {label!r}, expected {expected!r}", 1)
    n_years = len(labels) // len(QUARTERS)
    last_year = FIRST_YEAR + n_years - 1
    if m := _NAME_YEARS.search(path.name):
        named = (int(m.group(1)), int(m.group(2)))
        if named != (FIRST_YEAR, last_year):
            raise SourceFileError(
                path, f"file name says {named[0]}–{named[1]} but its {len(labels)} columns cover "
                f"{FIRST_YEAR}–{last_year}", 1,
            )
    return [(FIRST_YEAR + k // len(QUARTERS), k % len(QUARTERS) + 1) for k in range(len(labels))]


DATASET = Dataset(
    name="se_fdi",
    title="Inversión extranjera directa por entidad federativa, trimestral (Secretaría de Economía)",
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=("se_ied_entidad_trimestral_*.csv",),
    parse=parse,
    download_url=None,
)
