"""U.S. Border Patrol apprehensions: CBP's historical PDFs, monthly FY2000–FY2020 and yearly FY1960–FY2019.

Before CBP's encounters CSVs (FY2020 on, read by ``cbp_encounters``) the only official
Border Patrol series were two PDFs that CBP posts on its stats pages:

- "U.S. Border Patrol Monthly Encounters (FY 2000 - FY 2020)": one page per fiscal year,
  one row per sector, subtotals for the Coastal, Northern and Southwest borders and a
  "Monthly Total" (every border). Yields ``usbp_sw_apprehensions`` (the Southwest Border
  row) and ``usbp_nationwide_apprehensions`` (the Monthly Total row), month by month.
- "U.S. Border Patrol Fiscal Year Southwest Border Sector Apprehensions (FY 1960 -
  FY 2019)": one row per fiscal year, nine Southwest sectors and their total. Yields
  ``usbp_sw_apprehensions`` by fiscal year.

Basis. These are Border Patrol's own counts between ports of entry under Title 8 (the
Office of Field Operations' inadmissibles at ports are not in them). From March 2020
Border Patrol counts Title 42 expulsions as well, as the FY2020 page says; those months
carry a note. DHS's statistics office publishes another USBP series on a different basis
(rounded, FY2000 1,566,420), which these are not.

Reading a PDF table as text could silently shift a number into the wrong column, so every
figure is read together with the totals CBP prints and the file is refused unless they
agree: in the monthly file each border's sectors add up to the border's row and the three
borders to the Monthly Total, in every month and in the yearly column, and every row's
twelve months add up to its yearly total; in the yearly file the nine sectors add up to
the Southwest total every year. Pages must run FY2000, FY2001, … in order, each with the
twelve months October–September. A file that ends early (a partial download) is refused
before pdfplumber is asked to repair it, since a repaired file can lose its last pages
and still add up. Earlier releases of the same documents (the monthly file was posted as
"FY 2000 - FY 2019" in January 2020) read the same way, so the number of pages or years is
not fixed.

Release dates (``KNOWN_RELEASES``). Neither PDF prints a date, and no CBP page dating them
could be checked, so the dates rest on each file's own metadata: CBP posted the file on or
after it was last saved (ModDate), and nothing narrows it further.

- monthly PDF: 2021-08-09, its ModDate. It is CBP's January 2020 Excel export
  (CreationDate 2020-01-31, metadata title still "FY 2000 - FY 2019") with the FY2020 page,
  which has a different page size, added then; CBP's address for the file lies under
  ``/sites/default/files/assets/documents/2021-Aug/``, which agrees.
- yearly PDF: 2020-01-29, its ModDate (CreationDate 2020-01-17). The copy was in a public
  repository by 2020-07-01.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from usmx.model import Observation, Source
from usmx.periods import Period
from usmx.sources.base import Dataset, SourceFileError, file_source

PUBLISHER = "U.S. Customs and Border Protection (CBP)"  # as in the catalog and cbp_encounters
MONTHLY_PAGE_URL = "https://www.cbp.gov/document/stats/us-border-patrol-monthly-encounters-fy-2000-fy-2020"
YEARLY_PAGE_URL = "https://www.cbp.gov/newsroom/media-resources/stats"

KNOWN_RELEASES: dict[str, str] = {
    # us_border_patrol_monthly_encounters_fy2000-fy2020-508.pdf (21 pages): PDF ModDate
    "7743b74716aa6cbdcd46fbcf2a6aff6978fc8702a363f84ec1926f3661daf263": "2021-08-09",
    # usbp_southwest_border_sector_apprehensions_fy1960_fy2019.pdf (1 page): PDF ModDate
    "03c5cf25d4eb7b5904d1449b4004b27c0160d63caf3e1b8d6a62692b31b4097f": "2020-01-29",
}

FIRST_MONTHLY_FY = 2000
TITLE_42_FROM = Period.month(2020, 3)
TITLE_42_NOTE = (
    "Includes Title 42 expulsions: from March 2020 Border Patrol counts them together with "
    "Title 8 apprehensions."
)

MONTHS = (
    "October", "November", "December", "January", "February", "March",
    "April", "May", "June", "July", "August", "September",
)
SOUTHWEST_SECTORS = (
    "Big Bend", "Del Rio", "El Centro", "El Paso", "Laredo", "Rio Grande Valley", "San Diego", "Tucson", "Yuma",
)
COASTAL_SECTORS = ("Livermore", "Miami", "New Orleans", "Ramey")
NORTHERN_SECTORS = ("Blaine", "Buffalo", "Detroit", "Grand Forks", "Havre", "Houlton", "Spokane", "Swanton")
SOUTHWEST = "Southwest Border"
BORDERS = {"Coastal Border": COASTAL_SECTORS, "Northern Border": NORTHERN_SECTORS, SOUTHWEST: SOUTHWEST_SECTORS}
NATIONWIDE = "Monthly Total"
# Livermore sector closed (the footnote says after FY2004; FY2005 still has counts): its
# row reads N/A from FY2006 and is gone from FY2019.
CLOSED_SECTORS = frozenset({"Livermore"})
ROW_LABELS = frozenset((*COASTAL_SECTORS, *NORTHERN_SECTORS, *SOUTHWEST_SECTORS, *BORDERS, NATIONWIDE))
_MONTHLY_INDICATORS = (("usbp_sw_apprehensions", SOUTHWEST), ("usbp_nationwide_apprehensions", NATIONWIDE))

_VALUE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+|N/A)$")
_FORMERLY = re.compile(r"\s*\(formerly [^)]*\)\s*$", re.IGNORECASE)
_MONTHLY_TITLE = re.compile(
    r"^Total (?:Illegal Alien Apprehensions|Encounters) By Month\s*[-–]\s*FY\s*(\d{4})$", re.IGNORECASE
)
_MONTHLY_HEADER = re.compile(r"^SECTOR\s+" + r"\s+".join(MONTHS) + r"(?:\s+Yearly\s+Total)?$", re.IGNORECASE)
_YEARLY_TITLE = re.compile(r"Total Illegal Alien Apprehensions By Fiscal Year", re.IGNORECASE)
_YEARLY_ROW = re.compile(r"^(\d{4})((?:\s+[\d,]+)+)$")
# the yearly file's column heads, in order ("Rio Grande" wraps onto "Valley")
_YEARLY_COLUMNS = (
    "Fiscal", "Big Bend", "Del Rio", "El Centro", "El Paso", "Laredo", "Rio Grande",
    "San Diego", "Tucson", "Yuma", "Southwest Border",
)

Value = int | None  # None: printed "N/A" (a closed sector)


# ---------------------------------------------------------------------------------------------
# the tables as read (public so that the checks can be exercised on doctored tables)


@dataclass(frozen=True)
class MonthlyRow:
    label: str
    months: tuple[Value, ...]  # October … September
    total: Value


@dataclass(frozen=True)
class MonthlyPage:
    page: int
    fiscal_year: int
    rows: dict[str, MonthlyRow]


@dataclass(frozen=True)
class YearlyRow:
    page: int
    fiscal_year: int
    sectors: tuple[int, ...]  # SOUTHWEST_SECTORS order
    total: int


def refuse(path: Path, page: int, message: str) -> SourceFileError:
    """A refusal naming the page: a PDF has no lines a reader could go to."""
    return SourceFileError(path, f"page {page}: {message}")


# ---------------------------------------------------------------------------------------------


def parse(path: Path) -> list[Observation]:
    texts = _page_texts(path)
    if _MONTHLY_TITLE.search(_title_line(texts[0])):
        pages = read_monthly(path, texts)
        for page in pages:
            check_monthly(path, page)
        source = file_source(path, DATASET, MONTHLY_PAGE_URL, PUBLISHER, KNOWN_RELEASES)
        return _monthly_observations(path, pages, source)
    if _YEARLY_TITLE.search(texts[0]):
        rows = read_yearly(path, texts)
        check_yearly(path, rows)
        source = file_source(path, DATASET, YEARLY_PAGE_URL, PUBLISHER, KNOWN_RELEASES)
        return _yearly_observations(rows, source)
    raise refuse(
        path, 1, "neither Border Patrol's monthly table ('Total … By Month - FY 2000') "
        "nor its Southwest sectors by fiscal year ('… By Fiscal Year')",
    )


def _monthly_observations(path: Path, pages: Sequence[MonthlyPage], source: Source) -> list[Observation]:
    out: list[Observation] = []
    for page in pages:
        for i in range(12):
            period = _fiscal_month(page.fiscal_year, i)
            note = TITLE_42_NOTE if period >= TITLE_42_FROM else ""
            for indicator, label in _MONTHLY_INDICATORS:
                value = page.rows[label].months[i]
                if value is None:  # check_monthly refuses this first; a zero must never be stored for it
                    raise refuse(path, page.page, f"{label}, {MONTHS[i]}: N/A where a count is expected")
                out.append(Observation(indicator, period, float(value), "final", source.release, source, note=note))
    return out


def _yearly_observations(rows: Sequence[YearlyRow], source: Source) -> list[Observation]:
    return [
        Observation(
            "usbp_sw_apprehensions", Period.fiscal_year(r.fiscal_year), float(r.total), "final",
            source.release, source,
        )
        for r in sorted(rows, key=lambda r: r.fiscal_year)
    ]


def _fiscal_month(fy: int, index: int) -> Period:
    """The ``index``-th month of a fiscal year (0 = October of the calendar year before)."""
    return Period.month(fy - 1, 10 + index) if index < 3 else Period.month(fy, index - 2)


# ---------------------------------------------------------------------------------------------
# reading the PDF


def _page_texts(path: Path) -> list[str]:
    """Every page's text, or a one-line refusal for anything that is not a whole PDF.

    pdfminer (under pdfplumber) raises a wide, version-dependent range of exception types on
    damaged input and quietly repairs some truncated files, so the file's two ends are
    checked first and any failure while reading is reported as an unreadable file.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
            fh.seek(max(0, size - 1024))
            tail = fh.read()
    except OSError as exc:
        raise SourceFileError(path, f"cannot read file ({exc.strerror})") from None
    if not head.lstrip().startswith(b"%PDF-"):
        raise SourceFileError(path, "not a PDF (no %PDF- header)")
    if b"%%EOF" not in tail:
        raise SourceFileError(path, "PDF is truncated (no %%EOF marker at its end)")

    import pdfplumber

    try:
        with _quiet_pdfminer(), pdfplumber.open(path) as pdf:
            texts = [page.extract_text() or "" for page in pdf.pages]
    except Exception as exc:  # see the docstring: any failure inside pdfminer means a damaged file
        raise SourceFileError(path, f"not a readable PDF ({_reason(exc)})") from None
    if not texts:
        raise SourceFileError(path, "PDF has no pages")
    return texts


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """Silence pdfminer's warnings about damaged objects: the refusal says it in one line."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _reason(exc: Exception) -> str:
    """pdfplumber wraps pdfminer's error; name the inner one, on one line."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    text = " ".join(str(inner).split())
    return f"{inner.__class__.__name__}: {text[:120]}" if text else inner.__class__.__name__


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def _title_line(text: str) -> str:
    """The monthly table's title is its second line (after "United States Border Patrol")."""
    lines = _lines(text)
    return lines[1] if len(lines) > 1 else ""


def _split_row(line: str) -> tuple[str, list[str]]:
    """A text line as (row label, the figures printed after it)."""
    tokens = line.split()
    n = 0
    while n < len(tokens) and _VALUE.match(tokens[-1 - n]):
        n += 1
    return _label(" ".join(tokens[: len(tokens) - n])), tokens[len(tokens) - n :]


def _label(text: str) -> str:
    """A row label as printed, without footnote marks or "(formerly Marfa)"-style asides."""
    return " ".join(_FORMERLY.sub("", text).replace("*", " ").split())


def _value(path: Path, page: int, what: str, text: str) -> Value:
    if text == "N/A":
        return None
    if not _VALUE.match(text):
        raise refuse(path, page, f"{what}: {text!r} is not a count")
    return int(text.replace(",", ""))


def read_monthly(path: Path, texts: Sequence[str]) -> list[MonthlyPage]:
    """The monthly file's pages as tables; the sums are checked by ``check_monthly``."""
    pages = []
    for number, text in enumerate(texts, start=1):
        expected = FIRST_MONTHLY_FY + number - 1
        m = _MONTHLY_TITLE.search(_title_line(text))
        if not m:
            raise refuse(path, number, f"no title 'Total … By Month - FY {expected}'")
        fy = int(m.group(1))
        if fy != expected:
            raise refuse(
                path, number, f"is FY {fy}; expected FY {expected} (one page a year from FY {FIRST_MONTHLY_FY})"
            )
        pages.append(MonthlyPage(number, fy, _monthly_rows(path, number, text)))
    return pages


def _monthly_rows(path: Path, page: int, text: str) -> dict[str, MonthlyRow]:
    lines = _lines(text)
    if sum(1 for ln in lines if _MONTHLY_HEADER.match(ln)) != 1:
        raise refuse(path, page, "no header 'SECTOR October November … September' (the twelve months in order)")
    split = [_split_row(line) for line in lines]
    rows: dict[str, MonthlyRow] = {}
    i = 0
    while i < len(split):
        label, values = split[i]
        if not values and label in ROW_LABELS and i + 1 < len(split) and not split[i + 1][0]:
            # a long label ("Big Bend (formerly Marfa)") wraps around its row: its first
            # line comes before the figures, the aside after
            i += 1
            values = split[i][1]
        i += 1
        if label not in ROW_LABELS:
            if values and not label:
                raise refuse(path, page, f"{len(values)} figures without a sector: {' '.join(values)!r}")
            if len(values) >= 12:
                raise refuse(path, page, f"row {label!r} is not a Border Patrol sector or border total")
            continue  # titles, headers, footnotes (which may end in a year)
        if len(values) != 13:
            raise refuse(path, page, f"{label} has {len(values)} figures; expected 12 months and a yearly total")
        if label in rows:
            raise refuse(path, page, f"{label} appears twice")
        counts = [_value(path, page, label, t) for t in values]
        rows[label] = MonthlyRow(label, tuple(counts[:12]), counts[12])
    missing = sorted(lb for lb in ROW_LABELS if lb not in rows and lb not in CLOSED_SECTORS)
    if missing:
        raise refuse(path, page, f"no row for {', '.join(missing)}")
    return rows


def read_yearly(path: Path, texts: Sequence[str]) -> list[YearlyRow]:
    """The yearly file's rows; the sums are checked by ``check_yearly``."""
    out = []
    for number, text in enumerate(texts, start=1):
        lines = _lines(text)
        first_row = next((i for i, ln in enumerate(lines) if _YEARLY_ROW.match(ln)), None)
        if first_row is None:
            raise refuse(path, number, "no rows of fiscal years")
        header = " ".join(lines[:first_row])
        if not _YEARLY_TITLE.search(header):
            raise refuse(path, number, "no title 'Total Illegal Alien Apprehensions By Fiscal Year'")
        at = 0
        for column in _YEARLY_COLUMNS:
            found = header.find(column, at)
            if found < 0:
                raise refuse(
                    path, number, f"header lacks column {column!r}; expected {', '.join(_YEARLY_COLUMNS)} in that order"
                )
            at = found + len(column)
        for line in lines[first_row:]:
            m = _YEARLY_ROW.match(line)
            if not m:
                if re.search(r"\d", line):
                    raise refuse(path, number, f"row {line!r} is not a fiscal year and ten counts")
                continue  # a footnote
            what = f"FY {m.group(1)}"
            values = m.group(2).split()
            if len(values) != len(SOUTHWEST_SECTORS) + 1:
                raise refuse(path, number, f"{what} has {len(values)} figures; expected nine sectors and a total")
            counts = [_value(path, number, what, v) or 0 for v in values]  # the row pattern admits no N/A
            out.append(YearlyRow(number, int(m.group(1)), tuple(counts[:-1]), counts[-1]))
    return out


# ---------------------------------------------------------------------------------------------
# the checks


def check_monthly(path: Path, page: MonthlyPage) -> None:
    """Refuse a page whose figures do not add up to the totals it prints."""
    where = f"FY {page.fiscal_year}"
    for label, row in page.rows.items():
        cells = (*row.months, row.total)
        if None in cells:
            if label not in CLOSED_SECTORS or any(v is not None for v in cells):
                raise refuse(path, page.page, f"{where}: {label} has N/A where a count is expected")
            continue
        months = sum(v or 0 for v in row.months)
        if months != row.total:
            raise refuse(
                path, page.page,
                f"{where}: {label}'s twelve months sum to {months:,}, not its yearly total {row.total or 0:,}",
            )
    for j, column in enumerate((*MONTHS, "yearly total")):
        def cell(label: str, j: int = j) -> int:
            row = page.rows.get(label)
            value = None if row is None else (row.total if j == 12 else row.months[j])
            return value or 0  # a closed sector (N/A, or no row) adds nothing

        for border, sectors in BORDERS.items():
            parts = sum(cell(s) for s in sectors)
            if parts != cell(border):
                raise refuse(
                    path, page.page,
                    f"{where}, {column}: the {border} sectors sum to {parts:,}, but its row says {cell(border):,}",
                )
        borders = sum(cell(b) for b in BORDERS)
        if borders != cell(NATIONWIDE):
            raise refuse(
                path, page.page,
                f"{where}, {column}: the three borders sum to {borders:,}, but {NATIONWIDE} says {cell(NATIONWIDE):,}",
            )


def check_yearly(path: Path, rows: Sequence[YearlyRow]) -> None:
    """Refuse a table whose sectors do not add up to its total, or whose years repeat or skip."""
    if not rows:
        raise refuse(path, 1, "no rows of fiscal years")
    seen: dict[int, YearlyRow] = {}
    for r in rows:
        if r.fiscal_year in seen:
            raise refuse(path, r.page, f"FY {r.fiscal_year} appears twice")
        seen[r.fiscal_year] = r
        if sum(r.sectors) != r.total:
            raise refuse(
                path, r.page,
                f"FY {r.fiscal_year}: the nine Southwest sectors sum to {sum(r.sectors):,}, "
                f"but the Southwest Border total says {r.total:,}",
            )
    gaps = [y for y in range(min(seen), max(seen) + 1) if y not in seen]
    if gaps:
        raise refuse(path, rows[0].page, f"no row for FY {', '.join(map(str, gaps))}")


DATASET = Dataset(
    name="usbp_apprehensions",
    title="U.S. Border Patrol apprehensions: monthly by sector FY2000–FY2020, Southwest sectors FY1960–FY2019 (CBP)",
    publisher=PUBLISHER,
    page_url=MONTHLY_PAGE_URL,
    files=(
        "us_border_patrol_monthly_*.pdf",
        "U.S. Border Patrol Monthly *.pdf",
        "*southwest_border_sector_apprehensions*.pdf",
        "*Southwest Border Sector Apprehensions*.pdf",
    ),
    parse=parse,
    download_url=None,
    download_name=None,
    # closed historical tables: CBP links each from a page of its own
    link_pages=(
        (MONTHLY_PAGE_URL, r"(?i)monthly.*(?:apprehensions|encounters).*fy.?2000.*\.pdf$"),
        (YEARLY_PAGE_URL, r"(?i)southwest.*border.*sector.*apprehensions.*\.pdf$"),
    ),
)
