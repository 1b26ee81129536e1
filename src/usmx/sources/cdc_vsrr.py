"""CDC/NCHS VSRR provisional drug overdose death counts (data.cdc.gov dataset xkb8-kh2a).

Every row is a 12-month-ending count: ``Year`` + ``Month`` ("2022", "December") name the
last month of the twelve, so a December row is the calendar-year count and is stored as
``Period.twelve_months_ending`` (which compares equal to the calendar year).

Two numbers per row. ``Data Value`` is the count of death records received so far
("reported"; provisional and, for recent months, too low). ``Predicted Value`` is NCHS's
count adjusted for reporting delays and records pending investigation. They answer
different questions, so both are kept: the first as ``provisional``, the second as
``predicted``. Numbers carry thousands separators ("109,413").

Only national rows (``State`` "US") of three indicators are read; states, other drug
classes and the percentage rows are left alone.
"""

from __future__ import annotations

import re
from pathlib import Path

from usmx.model import Observation, Source, Status
from usmx.periods import MONTHS, Period
from usmx.sources.base import Dataset, SourceFileError, csv_rows, file_source, number

PUBLISHER = "CDC National Center for Health Statistics (NCHS)"
DOWNLOAD_URL = "https://data.cdc.gov/api/views/xkb8-kh2a/rows.csv?accessType=DOWNLOAD"
PAGE_URL = "https://www.cdc.gov/nchs/nvss/vsrr/drug-overdose-data.htm"
DOWNLOAD_NAME = "VSRR_Provisional_Drug_Overdose_Death_Counts.csv"

HEADER = (
    "State", "Year", "Month", "Period", "Indicator", "Data Value", "Percent Complete",
    "Percent Pending Investigation", "State Name", "Footnote", "Footnote Symbol", "Predicted Value",
)

NATIONAL = "US"
PERIOD_LABEL = "12 month-ending"

INDICATORS: dict[str, str] = {
    "Number of Drug Overdose Deaths": "us_overdose_deaths",
    "Opioids (T40.0-T40.4,T40.6)": "us_opioid_overdose_deaths",
    "Synthetic opioids, excl. methadone (T40.4)": "us_synthetic_opioid_deaths",
}

PREDICTED_NOTE = (
    "NCHS predicted provisional count (adjusted for reporting delays and pending investigations)."
)

# Checked copies (../shared/data/cdc_vsrr/SOURCE.md). The files state no release date: the 2019
# download is dated by the day it was saved (its commit), the 2025 release by the month NCHS
# published the 12 months ending April 2025, first day.
KNOWN_RELEASES: dict[str, str] = {
    "56296c1f7c12327b9da98a745c530eede86540f987d53ee31c708c1934ed4d5d": "2019-04-24",
    "784259a9dbc3d5fd868887d41f2a0f51f75a85fdc5829619a1101c547b34b28b": "2025-09-01",
}

# A copy that is a transcription of the release rather than the downloaded file says so on
# every figure it gives, so nobody cites it as the file itself.
TRANSCRIBED: dict[str, str] = {
    "784259a9dbc3d5fd868887d41f2a0f51f75a85fdc5829619a1101c547b34b28b": (
        "Transcribed from a copy of NCHS's release (United States rows, checked cell by cell); "
        "`usmx update` replaces it with the downloaded file."
    ),
}

_YEAR = re.compile(r"^\d{4}$")


def parse(path: Path) -> list[Observation]:
    source = file_source(path, DATASET, DOWNLOAD_URL, PUBLISHER, KNOWN_RELEASES)
    vintage = source.release

    out: list[Observation] = []
    seen: dict[tuple[str, Period], int] = {}
    for line, row in csv_rows(path, HEADER):
        if row["State"].strip() != NATIONAL:
            continue
        indicator = INDICATORS.get(" ".join(row["Indicator"].split()))
        if indicator is None:
            continue
        period = _period(path, line, row)
        key = (indicator, period)
        if key in seen:
            what = f"{row['Indicator'].strip()} {period.label}"
            raise SourceFileError(path, f"second row for {what} (first on line {seen[key]})", line)
        seen[key] = line
        out.extend(_observations(path, line, row, indicator, period, vintage, source, TRANSCRIBED.get(source.sha256)))
    if not out:
        raise SourceFileError(
            path, f"no national (State {NATIONAL!r}) rows with counts for: {', '.join(INDICATORS)}"
        )
    return out


def _period(path: Path, line: int, row: dict[str, str]) -> Period:
    if row["Period"].strip().lower() != PERIOD_LABEL:
        raise SourceFileError(path, f"Period is {row['Period']!r}, expected {PERIOD_LABEL!r}", line)
    year = row["Year"].strip()
    if not _YEAR.match(year):
        raise SourceFileError(path, f"Year is not a year: {row['Year']!r}", line)
    month = MONTHS.get(row["Month"].strip().lower())
    if month is None:
        raise SourceFileError(path, f"Month is not a month name: {row['Month']!r}", line)
    return Period.twelve_months_ending(int(year), month)


def _observations(
    path: Path, line: int, row: dict[str, str], indicator: str, period: Period, vintage: str, source: Source,
    transcribed: str | None = None,
) -> list[Observation]:
    out: list[Observation] = []
    columns: tuple[tuple[str, Status, str], ...] = (
        ("Data Value", "provisional", " ".join(row["Footnote"].split())),
        ("Predicted Value", "predicted", PREDICTED_NOTE),
    )
    for column, status, note in columns:
        text = row[column].strip()
        if not text:  # suppressed or not estimated
            continue
        value = number(path, line, text, column)
        if value < 0:
            raise SourceFileError(path, f"{column} is negative: {text!r}", line)
        if transcribed:
            note = f"{note} {transcribed}".strip()
        out.append(Observation(indicator, period, value, status, vintage, source, note=note))
    return out


DATASET = Dataset(
    name="cdc_vsrr",
    title="VSRR Provisional Drug Overdose Death Counts (CDC/NCHS)",
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=("VSRR_Provisional_Drug_Overdose_Death_Counts*.csv", "*xkb8-kh2a*.csv", "vsrr_*.csv"),
    parse=parse,
    download_url=DOWNLOAD_URL,
    download_name=DOWNLOAD_NAME,
)
