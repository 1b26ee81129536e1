"""CBP Southwest Land Border encounters (the monthly CSVs behind CBP's encounters pages).

CBP publishes the same row format in two files: ``sbo-encounters-fy22-fy25-aug.csv``
(Southwest Land Border only) and ``nationwide-encounters-fy22-fy25-aor.csv`` (all
regions). Each row counts encounters for one fiscal month, component, region, area of
responsibility, demographic, citizenship and title of authority; the measures here are
sums of rows:

- ``sw_border_encounters``: all rows of the Southwest Land Border (Border Patrol and the
  Office of Field Operations, Title 8 and Title 42);
- ``sw_border_encounters_mexican``: those with citizenship MEXICO;
- ``usbp_sw_apprehensions``: those of the U.S. Border Patrol.

Rows are dated by fiscal year and month ("2024", "OCT"; October–December fall in the
calendar year before). The fiscal year in progress is labelled "2025 (FYTD)"; CBP calls its
counts final only once the year closes, so those months are ``provisional``. In that year
only rows CBP groups as "FYTD" are read: any other month cannot have happened yet.

No automatic download: CBP moves the file every month
(``/sites/default/files/<YYYY-MM>/sbo-encounters-fy22-fy25-<mon>.csv``) and its web
firewall refuses many non-browser clients, so a fixed URL would fetch either nothing or an
old month. Download the CSV from the data page and use ``usmx update --from``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from usmx.model import Observation, Status
from usmx.periods import Period
from usmx.sources.base import Dataset, SourceFileError, csv_rows, file_source, number

PUBLISHER = "U.S. Customs and Border Protection (CBP)"
PAGE_URL = "https://www.cbp.gov/newsroom/stats/southwest-land-border-encounters"
SW_DATA_PAGE = "https://www.cbp.gov/document/stats/southwest-land-border-encounters"
NATIONWIDE_DATA_PAGE = "https://www.cbp.gov/document/stats/nationwide-encounters"

HEADER = (
    "Fiscal Year", "Month Grouping", "Month (abbv)", "Component", "Land Border Region",
    "Area of Responsibility", "AOR (Abbv)", "Demographic", "Citizenship", "Title of Authority",
    "Encounter Type", "Encounter Count",
)

SOUTHWEST = "Southwest Land Border"
BORDER_PATROL = "U.S. Border Patrol"
MEXICO = "MEXICO"
FYTD_GROUP = "FYTD"

PROVISIONAL_NOTE = "Fiscal year to date: CBP's counts become final when the fiscal year closes."

# No copy of these files has been checked yet; any file is dated by when it was downloaded.
KNOWN_RELEASES: dict[str, str] = {}


# ---------------------------------------------------------------------------------------------
# CBP's fiscal-year dating (shared with cbp_seizures)

FY_MONTHS = {
    "OCT": 10, "NOV": 11, "DEC": 12, "JAN": 1, "FEB": 2, "MAR": 3,
    "APR": 4, "MAY": 5, "JUN": 6, "JUL": 7, "AUG": 8, "SEP": 9,
}

_FY = re.compile(r"^(\d{4})\s*(\(FYTD\))?$", re.IGNORECASE)


@dataclass(frozen=True)
class FiscalYear:
    year: int
    to_date: bool  # the year in progress, labelled "(FYTD)"

    @property
    def status(self) -> Status:
        return "provisional" if self.to_date else "final"


def fiscal_year(path: Path, line: int, text: str, column: str) -> FiscalYear:
    m = _FY.match(text.strip())
    if not m:
        raise SourceFileError(path, f"{column} is not a fiscal year (2024, 2025 (FYTD)): {text!r}", line)
    return FiscalYear(int(m.group(1)), m.group(2) is not None)


def fiscal_month(path: Path, line: int, fy: FiscalYear, text: str, column: str) -> Period:
    month = FY_MONTHS.get(text.strip().upper())
    if month is None:
        raise SourceFileError(path, f"{column} is not a month abbreviation (OCT … SEP): {text!r}", line)
    return Period.month(fy.year - 1 if month >= 10 else fy.year, month)


def count(path: Path, line: int, text: str, column: str) -> float:
    value = number(path, line, text, column)
    if value < 0:
        raise SourceFileError(path, f"{column} is negative: {text!r}", line)
    return value


# ---------------------------------------------------------------------------------------------


def parse(path: Path) -> list[Observation]:
    page = NATIONWIDE_DATA_PAGE if path.name.lower().startswith("nationwide") else SW_DATA_PAGE
    source = file_source(path, DATASET, page, PUBLISHER, KNOWN_RELEASES)
    vintage = source.release

    totals: dict[tuple[str, Period], float] = defaultdict(float)
    status: dict[Period, Status] = {}
    for line, row in csv_rows(path, HEADER):
        if row["Land Border Region"].strip() != SOUTHWEST:
            continue
        fy = fiscal_year(path, line, row["Fiscal Year"], "Fiscal Year")
        if fy.to_date and row["Month Grouping"].strip().upper() != FYTD_GROUP:
            continue
        period = fiscal_month(path, line, fy, row["Month (abbv)"], "Month (abbv)")
        n = count(path, line, row["Encounter Count"], "Encounter Count")
        status[period] = fy.status
        totals[("sw_border_encounters", period)] += n
        if row["Citizenship"].strip().upper() == MEXICO:
            totals[("sw_border_encounters_mexican", period)] += n
        if row["Component"].strip() == BORDER_PATROL:
            totals[("usbp_sw_apprehensions", period)] += n
    if not status:
        raise SourceFileError(path, f"no rows for the {SOUTHWEST} (column Land Border Region)")

    out: list[Observation] = []
    for period in sorted(status):
        st = status[period]
        note = PROVISIONAL_NOTE if st == "provisional" else ""
        for indicator in ("sw_border_encounters", "sw_border_encounters_mexican", "usbp_sw_apprehensions"):
            value = totals.get((indicator, period), 0.0)
            out.append(Observation(indicator, period, value, st, vintage, source, note=note))
    return out


DATASET = Dataset(
    name="cbp_encounters",
    title="Southwest Land Border Encounters (CBP)",
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=(
        "sbo-encounters-*.csv",
        "nationwide-encounters-*aor*.csv",
        "*southwest-land-border-encounters*.csv",
    ),
    parse=parse,
    download_url=None,
    download_name=None,
)
