"""Official figures entered by hand from the publishers' own publications.

Some numbers that commentary quotes are not (yet) in a data file usmx reads: the first
provisional overdose count NCHS announced for a year, the fiscal-year totals on CBP's
dashboards, Banxico's first annual remittance total before later revisions, INEGI's
preliminary and definitive homicide counts, and attributed estimates such as the share of
Mexico's territory under cartel control. They ship with the package in
``published/figures.csv``, one row per figure, each with the URL of the publication it
was read from and that publication's release date.

Each row becomes one observation whose vintage is its release date, so earlier
announcements stay visible next to the final figures that supersede them. Figures that
their publishers go on revising (CBP's dashboards, Banxico's remittances, INEGI's
preliminary counts) are marked ``provisional`` so that the publishers' own data files,
once loaded, take precedence. Where a figure could only be read in a report quoting the
publisher, the row's note says so and names the report. Every source
carries the SHA-256 of the CSV as read: a figure can be traced to the exact version of
the file that supplied it.

The file is read strictly; any row that cannot be trusted (unknown indicator, bad period,
non-https URL, undated, unattributed estimate, upper bound below the value, duplicate) is
refused with its line number rather than skipped.
"""

from __future__ import annotations

import csv
import io
import math
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import cast
from urllib.parse import urlsplit

from usmx.model import STATUSES, Observation, Source, Status
from usmx.periods import Period, PeriodError, parse_period
from usmx.sources.base import Dataset, SourceFileError, csv_rows, iso_date, number, read_text, sha256_file

NAME = "published_figures"
FILE_NAME = "figures.csv"
PAGE_URL = "https://www.cdc.gov/nchs/nvss/vsrr/drug-overdose-data.htm"

HEADER: tuple[str, ...] = (
    "indicator", "period", "value", "value_high", "status", "publisher", "url", "released",
    "attribution", "note",
)

@cache
def catalog_ids() -> frozenset[str]:
    """The indicator ids declared in the catalog (breakdowns expanded)."""
    from usmx.catalog import load_catalog

    return frozenset(ind.id for ind in load_catalog())


def bundled_path() -> Path:
    """The figures file shipped inside the package."""
    resource = resources.files("usmx.sources").joinpath("published", FILE_NAME)
    path = Path(str(resource))
    if not path.is_file():
        raise FileNotFoundError(f"bundled {FILE_NAME} not found at {path} (broken installation?)")
    return path


def load_bundled() -> list[Observation]:
    """The observations of the bundled file."""
    return parse(bundled_path())


def parse(path: Path) -> list[Observation]:
    _check_header(path)
    sha = sha256_file(path)
    known = catalog_ids()
    today = date.today()

    out: list[Observation] = []
    seen: dict[tuple[str, date, date, str, str], int] = {}
    for line, row in csv_rows(path, HEADER):
        obs = _observation(path, line, row, sha, known, today)
        key = (obs.indicator, obs.period.start, obs.period.end, obs.status, obs.vintage)
        if key in seen:
            raise SourceFileError(
                path,
                f"duplicate figure {obs.indicator} {obs.period.label} {obs.status} released {obs.vintage} "
                f"(first on line {seen[key]})",
                line,
            )
        seen[key] = line
        out.append(obs)
    if not out:
        raise SourceFileError(path, "no figures in file")
    return out


def _check_header(path: Path) -> None:
    """The header must be exactly HEADER, in order: a reordered column is a misread value."""
    text = read_text(path)
    try:
        first = next(csv.reader(io.StringIO(text, newline="")))
    except (StopIteration, csv.Error):
        raise SourceFileError(path, "file has no readable header", 1) from None
    got = [h.strip() for h in first]
    if tuple(got) != HEADER:
        raise SourceFileError(path, f"header must be exactly {','.join(HEADER)}; found {','.join(got)}", 1)


def _observation(
    path: Path, line: int, row: dict[str, str], sha: str, known: frozenset[str], today: date
) -> Observation:
    indicator = row["indicator"].strip()
    if indicator not in known:
        raise SourceFileError(path, f"unknown indicator {indicator!r} (not in the catalog)", line)

    period = _period(path, line, row["period"])
    value = _finite(path, line, row["value"], "value")
    value_high: float | None = None
    if row["value_high"].strip():
        value_high = _finite(path, line, row["value_high"], "value_high")
        if value_high < value:
            raise SourceFileError(path, f"value_high {value_high:g} is below value {value:g}", line)

    status = row["status"].strip()
    if status not in STATUSES:
        raise SourceFileError(path, f"status {status!r} is not one of {', '.join(STATUSES)}", line)

    publisher = row["publisher"].strip()
    if not publisher:
        raise SourceFileError(path, "publisher is empty", line)

    url = row["url"].strip()
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.netloc:
        raise SourceFileError(path, f"url must be an https address: {url!r}", line)

    released = iso_date(path, line, row["released"], "released")
    if released > today:
        raise SourceFileError(path, f"released {released.isoformat()} is in the future", line)
    if status != "estimate" and released <= period.end:
        raise SourceFileError(
            path, f"released {released.isoformat()} before the period {period.label} ended", line
        )

    attribution = row["attribution"].strip()
    if status == "estimate" and not attribution:
        raise SourceFileError(path, "an estimate needs an attribution (who made it)", line)

    vintage = released.isoformat()
    source = Source(
        dataset=NAME, url=url, sha256=sha, file=path.name, release=vintage, publisher=publisher
    )
    return Observation(
        indicator=indicator,
        period=period,
        value=value,
        status=cast(Status, status),
        vintage=vintage,
        source=source,
        attribution=attribution,
        note=row["note"].strip(),
        value_high=value_high,
    )


def _period(path: Path, line: int, text: str) -> Period:
    try:
        return parse_period(text)
    except PeriodError as exc:
        raise SourceFileError(path, f"period: {exc}", line) from None


def _finite(path: Path, line: int, text: str, what: str) -> float:
    value = number(path, line, text, what)
    if not math.isfinite(value):
        raise SourceFileError(path, f"{what} is not finite: {text!r}", line)
    return value


DATASET = Dataset(
    name=NAME,
    title="Official figures entered from publications",
    publisher="various (see each figure)",
    page_url=PAGE_URL,
    files=(FILE_NAME,),
    parse=parse,
    download_url=None,
)
