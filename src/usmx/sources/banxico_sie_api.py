"""Banco de México SIE API extract of series SE27803 (remittance inflows, total), monthly.

This is the two-column table the SIE REST API returns for one series (``SE27803.date``,
``SE27803.value``), saved as CSV. Values are in the SIE unit, millions of U.S. dollars;
they are stored in dollars like every other USD indicator.

Why keep it beside ``banxico_remittances``: the copy we hold was saved on 2022-08-11,
before Banxico revised the series from 2007 on, so it is an earlier vintage of
``mx_remittances``. Loaded together, the store holds both and can show that a figure
quoted in 2022 (for example the 2021 total) was right for its time. Figures are
``final`` within their vintage, as in ``banxico_remittances``. Months must follow one
another without gaps, so that a sum over a year is a sum over twelve months.

Download. The SIE API answers only requests carrying a personal token
(https://www.banxico.org.mx/SieAPIRest/service/v1/token); usmx does not ask users for
one, so there is no automatic download. An extract saved by the user can be loaded with
``usmx update --from``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from usmx.model import Observation
from usmx.periods import Period, next_month
from usmx.sources.base import Dataset, SourceFileError, csv_rows, file_source, iso_date, number

PUBLISHER = "Banco de México (Banxico), Sistema de Información Económica"
PAGE_URL = "https://www.banxico.org.mx/SieAPIRest/service/v1/series/SE27803/datos"
SERIES = "SE27803"
DATE_COL = f"{SERIES}.date"
VALUE_COL = f"{SERIES}.value"
INDICATOR = "mx_remittances"
MILLION = 1_000_000

# The copy in ../shared/data/banxico_remittances, saved from the API on 2022-08-11.
KNOWN_RELEASES: dict[str, str] = {
    "ff874a4a82110499c0c2857a8f649810978812f8b46134c38bffb0c88f37e78e": "2022-08-11",
}


def parse(path: Path) -> list[Observation]:
    figures: list[tuple[Period, float]] = []
    previous: date | None = None
    for line, row in csv_rows(path, (DATE_COL, VALUE_COL)):
        day = iso_date(path, line, row[DATE_COL], DATE_COL)
        if day.day != 1:
            raise SourceFileError(
                path, f"{DATE_COL} should be the first day of a month, got {row[DATE_COL]!r}", line
            )
        if previous is not None and day != next_month(previous):
            raise SourceFileError(
                path, f"jumps from {previous:%Y-%m} to {day:%Y-%m} "
                "(months repeated, missing or out of order)", line,
            )
        previous = day
        text = row[VALUE_COL].strip()
        millions = number(path, line, text, VALUE_COL)
        if millions < 0:
            raise SourceFileError(path, f"{VALUE_COL} is negative: {text!r}", line)
        # Four decimals of millions are hundreds of dollars: rounding to the dollar loses nothing.
        value = float(round(millions * MILLION))
        figures.append((Period.month(day.year, day.month), value))
    if not figures:
        raise SourceFileError(path, f"no {SERIES} values")

    source = file_source(path, DATASET, PAGE_URL, PUBLISHER, KNOWN_RELEASES)
    return [Observation(INDICATOR, period, value, "final", source.release, source) for period, value in figures]


DATASET = Dataset(
    name="banxico_sie_api",
    title="Remesas familiares, total (Banxico SIE API, serie SE27803), extract",
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=("sie_SE27803_api_extract_*.csv",),
    parse=parse,
    download_url=None,
)
