"""World Bank WDI: foreign direct investment, net inflows (BoP, current US$), BX.KLT.DINV.CD.WD.

The World Bank's bulk download is a zip holding ``API_BX.KLT.DINV.CD.WD_DS2_…csv`` (the
data) and two metadata files. The data file opens with a short preamble ("Data Source",
"Last Updated Date", blank lines), then one row per country or aggregate with a column per
year, in current U.S. dollars (not millions). Either the zip or the CSV (including an
extract of its rows) can be read.

Two indicators come out of it. ``mx_fdi`` is Mexico's row (``MEX``) as published; the
World Bank takes it from Banco de México's balance of payments via the IMF. The other,
``mx_share_latam_fdi``, is Mexico's inflow as a percentage of the Latin America & Caribbean
aggregate (``LCN``); the World Bank does not publish that share, so its observations say it
is computed by usmx from the two WDI series. It is only computed for years in which the
regional total is positive: a share of a zero or net-negative total means nothing.

Vintage: the "Last Updated Date" in the preamble is the World Bank's release date for the
file, so it is used when present; otherwise the known-file table, then the file date.

Status: the latest year in the file is the one the balance-of-payments compilers are
still revising, so it is ``provisional``; earlier years are ``final`` (later revisions
arrive as a new vintage).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from usmx.model import Observation, Status
from usmx.periods import Period
from usmx.sources.base import MAX_DOWNLOAD_BYTES, Dataset, SourceFileError, file_source, read_text

PUBLISHER = "World Bank, World Development Indicators (source: Banco de México balance of payments via IMF)"
PAGE_URL = "https://data.worldbank.org/indicator/BX.KLT.DINV.CD.WD"
DOWNLOAD_URL = "https://api.worldbank.org/v2/en/indicator/BX.KLT.DINV.CD.WD?downloadformat=csv"
DOWNLOAD_NAME = "API_BX.KLT.DINV.CD.WD_DS2_en_csv_v2.zip"
INDICATOR_CODE = "BX.KLT.DINV.CD.WD"

MEXICO = "MEX"
REGION = "LCN"  # Latin America & Caribbean (all income levels)
HEADER = ("Country Name", "Country Code", "Indicator Name", "Indicator Code")
UPDATED_KEY = "Last Updated Date"

SHARE_NOTE = (
    "Computed by usmx: Mexico's FDI net inflows (WDI BX.KLT.DINV.CD.WD, MEX) as a percentage of "
    "those into Latin America & Caribbean (LCN); not a figure the World Bank publishes."
)

# The extract in ../shared/data/mexico_fdi; its preamble gives the same date.
KNOWN_RELEASES: dict[str, str] = {
    "4836f91c177cf527f4122359e5d467e6591aec136c0fef1ae96e367d4f67f0e7": "2025-10-07",
}

_YEAR = re.compile(r"^\d{4}$")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$")

# Builds the error for a message and line, naming the zip member when reading from a zip.
Fail = Callable[[str, int | None], SourceFileError]


def parse(path: Path) -> list[Observation]:
    if path.suffix.lower() == ".zip":
        member, text = _zip_member(path)

        def fail(message: str, line: int | None = None) -> SourceFileError:
            return SourceFileError(path, f"{member}: {message}", line)
    else:
        text = read_text(path)

        def fail(message: str, line: int | None = None) -> SourceFileError:
            return SourceFileError(path, message, line)

    updated, rows = _read_table(text, fail)
    source = file_source(path, DATASET, PAGE_URL, PUBLISHER, KNOWN_RELEASES, release=updated)
    vintage = source.release

    for code in (MEXICO, REGION):
        if code not in rows:
            raise fail(f"no row for country code {code!r}", None)
    mexico = {year: value for year, value in rows[MEXICO].items() if value is not None}
    region = rows[REGION]
    if not mexico:
        raise fail(f"the {MEXICO} row has no values", None)
    last_year = max(mexico)

    out: list[Observation] = []
    for year, value in sorted(mexico.items()):
        status: Status = "provisional" if year == last_year else "final"
        period = Period.year(year)
        out.append(Observation("mx_fdi", period, value, status, vintage, source))
        total = region[year]
        if total is not None and total > 0:
            out.append(Observation(
                "mx_share_latam_fdi", period, 100.0 * value / total, status, vintage, source, note=SHARE_NOTE
            ))
    return out


def _zip_member(path: Path) -> tuple[str, str]:
    """The data CSV inside the World Bank zip (``API_…csv``; the ``Metadata_…`` files are skipped)."""
    if not path.is_file():
        raise SourceFileError(path, "cannot read file (no such file)")
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if _is_data_member(n)]
            if len(names) != 1:
                found = ", ".join(zf.namelist()) or "nothing"
                raise SourceFileError(path, f"expected one API_*.csv data file in the zip, found: {found}")
            if zf.getinfo(names[0]).file_size > MAX_DOWNLOAD_BYTES:
                raise SourceFileError(path, f"{names[0]} is larger than {MAX_DOWNLOAD_BYTES} bytes unpacked")
            raw = zf.read(names[0])
    except (zipfile.BadZipFile, OSError) as exc:
        raise SourceFileError(path, f"not a readable zip archive ({exc.__class__.__name__})") from None
    return names[0], _decode(path, names[0], raw)


def _is_data_member(name: str) -> bool:
    base = Path(name).name
    return base.startswith("API_") and base.lower().endswith(".csv")


def _decode(path: Path, member: str, raw: bytes) -> str:
    if not raw.strip():
        raise SourceFileError(path, f"{member}: file is empty")
    if b"\x00" in raw[:4096]:
        raise SourceFileError(path, f"{member}: file is binary, expected CSV text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceFileError(path, f"{member}: not valid UTF-8 text", line) from None


def _read_table(text: str, fail: Fail) -> tuple[str | None, dict[str, dict[int, float | None]]]:
    """The preamble's release date and each row's values by year (None where the cell is empty)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    updated: str | None = None
    years: list[int] = []
    year_cols: list[int] = []
    width = 0
    rows: dict[str, dict[int, float | None]] = {}
    lines: dict[str, int] = {}
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if not width:  # still in the preamble
                key = row[0].strip()
                if key == HEADER[0]:
                    if tuple(c.strip() for c in row[: len(HEADER)]) != HEADER:
                        raise fail(f"header should start with {', '.join(HEADER)}", line)
                    width = len(row)
                    for i, cell in enumerate(row[len(HEADER):], start=len(HEADER)):
                        if _YEAR.match(cell.strip()):
                            years.append(int(cell))
                            year_cols.append(i)
                        elif cell.strip() or i != len(row) - 1:
                            raise fail(f"column {i + 1} of the header is not a year: {cell!r}", line)
                    if not years:
                        raise fail("header has no year columns", line)
                elif key == UPDATED_KEY and len(row) > 1:
                    updated = _date(row[1], line, fail)
                elif key != "Data Source":
                    raise fail(f"unexpected line before the header (starts {key[:40]!r})", line)
                continue
            if len(row) != width:
                raise fail(f"expected {width} fields, found {len(row)} (truncated or malformed row)", line)
            code = row[1].strip()
            if row[3].strip() != INDICATOR_CODE:
                raise fail(f"Indicator Code is {row[3]!r}, expected {INDICATOR_CODE!r}", line)
            if code in lines:
                raise fail(f"country code {code!r} appears twice (first on line {lines[code]})", line)
            lines[code] = line
            rows[code] = {
                year: (_number(row[i], f"{code} {year}", line, fail) if row[i].strip() else None)
                for year, i in zip(years, year_cols, strict=True)
            }
    except csv.Error as exc:
        raise fail(f"malformed CSV ({exc})", reader.line_num) from None
    if not width:
        raise fail(f"no header row starting with {HEADER[0]!r}", None)
    return updated, rows


def _number(text: str, what: str, line: int, fail: Fail) -> float:
    if not _NUMBER.match(text.strip()):
        raise fail(f"{what} is not a number: {text!r}", line)
    return float(text)


def _date(text: str, line: int, fail: Fail) -> str:
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise fail(f"{UPDATED_KEY} is not a date (YYYY-MM-DD): {text!r}", line) from None


DATASET = Dataset(
    name="wdi_fdi",
    title="Foreign direct investment, net inflows (BoP, current US$), World Development Indicators",
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=("wdi_BX.KLT.DINV.CD.WD_*.csv", "API_BX.KLT.DINV.CD.WD_DS2*.csv", "API_BX.KLT.DINV.CD.WD_DS2*.zip"),
    parse=parse,
    download_url=DOWNLOAD_URL,
    download_name=DOWNLOAD_NAME,
)
