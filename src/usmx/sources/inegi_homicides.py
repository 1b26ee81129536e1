"""INEGI homicides by year of registration, 1990–2016, from a published comparison table.

INEGI counts deaths whose death certificate classifies them as presumed homicide
(mortality statistics, "Defunciones por homicidio"). The file read here is a small table
compiled by Diego Valle-Jones (elcri.men) that sets the INEGI annual totals beside
population and SESNSP counts. Only the column "Homicidios INEGI" is read: the SESNSP
columns are a different measure and an older vintage of what ``sesnsp_victims`` holds.

Layout: a group-header row ("Año", "Población", "INEGI", …), a row of column names (the
first two cells empty, because "Año" and "Población" are named in the row above), one row
per year, then a source line ("FUENTE: INEGI. …"). Years whose INEGI cell is empty
(2017 onward in the known copy) have no INEGI figure and give no observation. Reading stops
at the source line: in the author's original file, notes on how the SESNSP columns were
summed follow it. Any other line that does not look like a year row is refused.

Status: the table gives INEGI's closed annual totals, so every figure is ``final``.

Vintage: the date the table was compiled is not recorded. Its SESNSP columns hold all of
2017, so it cannot predate January 2018; 2018-01-01 is used for the known copy, which dates
it no later than it can have been made.

Download: INEGI publishes these totals through an interactive query page (no file URL),
and the table itself is not an INEGI file, so there is no automatic download.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from usmx.model import Observation
from usmx.periods import Period
from usmx.sources.base import Dataset, SourceFileError, file_source, number, read_text

PUBLISHER = "Instituto Nacional de Estadística y Geografía (INEGI)"
PAGE_URL = (
    "https://www.inegi.org.mx/sistemas/olap/proyectos/bd/continuas/mortalidad/defuncioneshom.asp?s=est"
)
INDICATOR = "mx_homicides_inegi"
YEAR_HEADER = "Año"
VALUE_HEADER = "Homicidios INEGI"
FOOTER_PREFIX = "FUENTE"
NOTE = "INEGI deaths by year of registration, as tabulated by Diego Valle-Jones (elcri.men)."

# The copy in ../shared/data/mexico_homicides (see the module docstring for the date).
KNOWN_RELEASES: dict[str, str] = {
    "1f246180580a09d5fd8486c70d6b0bd9e3ad2ea6bcb07d302007c7d0136890b1": "2018-01-01",
}

_YEAR = re.compile(r"^\d{4}$")


def parse(path: Path) -> list[Observation]:
    text = read_text(path)
    source = file_source(path, DATASET, PAGE_URL, PUBLISHER, KNOWN_RELEASES)
    vintage = source.release

    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        groups = next(reader, None)
        names = next(reader, None)
        if groups is None or names is None:
            raise SourceFileError(path, "expected two header rows", reader.line_num or 1)
        if groups[0].strip() != YEAR_HEADER:
            raise SourceFileError(
                path, f"first header row should start with {YEAR_HEADER!r}, got {groups[0]!r}", 1
            )
        cells = [c.strip() for c in names]
        if VALUE_HEADER not in cells:
            raise SourceFileError(path, f"second header row has no column {VALUE_HEADER!r}", 2)
        col = cells.index(VALUE_HEADER)
        width = len(names)

        out: list[Observation] = []
        seen: dict[int, int] = {}
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if row[0].strip().upper().startswith(FOOTER_PREFIX):
                break
            if len(row) != width:
                raise SourceFileError(
                    path, f"expected {width} fields, found {len(row)} (truncated or malformed row)", line
                )
            year_text = row[0].strip()
            if not _YEAR.match(year_text):
                raise SourceFileError(path, f"{YEAR_HEADER} is not a year: {row[0]!r}", line)
            year = int(year_text)
            if year in seen:
                raise SourceFileError(path, f"year {year} appears twice (first on line {seen[year]})", line)
            seen[year] = line
            cell = row[col].strip()
            if not cell:
                continue
            deaths = number(path, line, cell, VALUE_HEADER)
            if deaths < 0 or not deaths.is_integer():
                raise SourceFileError(path, f"{VALUE_HEADER} is not a count of deaths: {cell!r}", line)
            out.append(Observation(INDICATOR, Period.year(year), deaths, "final", vintage, source, note=NOTE))
    except csv.Error as exc:
        raise SourceFileError(path, f"malformed CSV ({exc})", reader.line_num) from None
    if not out:
        raise SourceFileError(path, f"no year has a {VALUE_HEADER!r} figure")
    return out


DATASET = Dataset(
    name="inegi_homicides",
    title="Defunciones por homicidio, por año de registro (INEGI), 1990–2016",
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=("inegi_sesnsp_homicidios_anual_*.csv",),
    parse=parse,
    download_url=None,
)
