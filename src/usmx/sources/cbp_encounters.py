"""CBP encounters: the monthly CSVs behind CBP's Nationwide and Southwest Land Border pages.

CBP publishes the same counts in three layouts, each row one fiscal month and one
combination of the columns the layout has:

- the *state* files (``nationwide-encounters-fy21-fy24-state.csv``): every border region,
  state, demographic, citizenship (22 values) and title of authority, but no component;
- the *AOR* files (``nationwide-encounters-fy22-fy25-aor.csv``): every region, component
  and area of responsibility, demographic, citizenship, title and encounter type;
- the *Southwest* file (``sbo-encounters-fy22-fy25-aug.csv``): the Southwest Land Border
  only, by component, demographic, a citizenship grouping of five values, title and
  encounter type.

Every measure is a sum of rows that satisfy a condition on some columns (``MEASURES``). A
layout yields exactly the measures whose columns it has, so a file never answers for a
breakdown it does not carry (the state files say nothing of the Border Patrol). A measure is
given for every month of the file, zero where no row satisfies it; a citizenship is given
only when the file has rows for it.

Rows are dated by fiscal year and month ("2024", "OCT"; October–December fall in the
calendar year before). The fiscal year in progress is labelled "2025 (FYTD)"; CBP calls its
counts final only once the year closes, so those months are ``provisional``. In that year
only rows CBP groups as "FYTD" are read: any other month cannot have happened yet.

Releases: the files state no date, and CBP's paths carry only the month of upload
(``/2024-10/``). A checked copy is dated the day CBP published its last month of data when
that is known (the FY2024 state file: 22 October 2024, with September's figures), else the
first day of the upload month. Any other file is dated by when it was downloaded.

Downloading: CBP moves the files every month
(``/sites/default/files/<YYYY-MM>/sbo-encounters-fy22-fy25-<mon>.csv``), so ``usmx update``
reads the links on CBP's two data pages and takes the latest state file and Southwest file.
CBP's web firewall refuses some non-browser clients; when it does, download the CSVs from
the data pages and use ``usmx update --from``.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from usmx.model import Observation, Status
from usmx.periods import Period
from usmx.sources.base import Dataset, SourceFileError, csv_rows, file_source, number, read_text

PUBLISHER = "U.S. Customs and Border Protection (CBP)"
PAGE_URL = "https://www.cbp.gov/newsroom/stats/southwest-land-border-encounters"
SW_DATA_PAGE = "https://www.cbp.gov/document/stats/southwest-land-border-encounters"
NATIONWIDE_DATA_PAGE = "https://www.cbp.gov/document/stats/nationwide-encounters"

SOUTHWEST = "Southwest Land Border"
NORTHERN = "Northern Land Border"
BORDER_PATROL = "U.S. Border Patrol"
FIELD_OPERATIONS = "Office of Field Operations"
FYTD_GROUP = "FYTD"

PROVISIONAL_NOTE = "Fiscal year to date: CBP's counts become final when the fiscal year closes."

# Checked copies of CBP's files (see ../shared/data/cbp_encounters/SOURCE.md): the month of
# upload in CBP's path, first day.
KNOWN_RELEASES: dict[str, str] = {
    "5b8fbc01f91f1d5d22091357fdb28e9ab5d91b6d4e1211ceafff32399f3803d0": "2023-11-01",
    "585f684dccff2fcce3b53e0a1e77433bd95eb0d71659d7407e84087b9bee19d8": "2024-10-22",
    "644a70518bea08884f29483c4aa6aee5fcceadc85a0bd8f09043fa6d356fedc4": "2025-09-01",
}


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
# Layouts and measures

@dataclass(frozen=True)
class Row:
    """The dimensions of one CSV row, in one vocabulary whatever the layout."""

    region: str
    component: str
    demographic: str
    citizenship: str
    title: str
    encounter_type: str


@dataclass(frozen=True)
class Layout:
    name: str
    header: tuple[str, ...]
    row: Callable[[dict[str, str]], Row]
    columns: frozenset[str]  # the dimensions this layout carries


def _state_row(r: dict[str, str]) -> Row:
    return Row(r["Land Border Region"].strip(), "", r["Demographic"].strip(), r["Citizenship"].strip().upper(),
               r["Title of Authority"].strip(), "")


def _aor_row(r: dict[str, str]) -> Row:
    return Row(r["Land Border Region"].strip(), r["Component"].strip(), r["Demographic"].strip(),
               r["Citizenship"].strip().upper(), r["Title of Authority"].strip(), r["Encounter Type"].strip())


def _sbo_row(r: dict[str, str]) -> Row:
    return Row(SOUTHWEST, r["Component"].strip(), r["Demographic"].strip(),
               r["Citizenship Grouping"].strip().upper(), r["Title of Authority"].strip(),
               r["Encounter Type"].strip())


_COMMON = ("Fiscal Year", "Month Grouping", "Month (abbv)")
LAYOUTS: tuple[Layout, ...] = (
    Layout(
        "AOR", (*_COMMON, "Component", "Land Border Region", "Area of Responsibility", "AOR (Abbv)",
                "Demographic", "Citizenship", "Title of Authority", "Encounter Type", "Encounter Count"),
        _aor_row,
        frozenset({"region", "component", "demographic", "citizenship", "title", "encounter_type"}),
    ),
    Layout(
        "state", (*_COMMON, "Land Border Region", "State", "Demographic", "Citizenship", "Title of Authority",
                  "Encounter Count"),
        _state_row,
        frozenset({"region", "demographic", "citizenship", "title"}),
    ),
    Layout(
        "Southwest", (*_COMMON, "Component", "Demographic", "Citizenship Grouping", "Title of Authority",
                      "Encounter Type", "Encounter Count"),
        _sbo_row,
        frozenset({"component", "demographic", "citizenship", "title", "encounter_type"}),
    ),
)


@dataclass(frozen=True)
class Measure:
    indicator: str
    needs: frozenset[str]  # dimensions a layout must carry for this measure
    test: Callable[[Row], bool]
    nationwide: bool = False  # needs every region, not the Southwest alone


def _sw(r: Row) -> bool:
    return r.region == SOUTHWEST


MEASURES: tuple[Measure, ...] = (
    Measure("cbp_nationwide_encounters", frozenset({"region"}), lambda r: True, nationwide=True),
    Measure("nb_border_encounters", frozenset({"region"}), lambda r: r.region == NORTHERN, nationwide=True),
    Measure("sw_border_encounters", frozenset(), _sw),
    Measure("sw_border_encounters_mexican", frozenset({"citizenship"}), lambda r: _sw(r) and r.citizenship == "MEXICO"),
    Measure("sw_border_encounters_single_adults", frozenset({"demographic"}),
            lambda r: _sw(r) and r.demographic == "Single Adults"),
    Measure("sw_border_encounters_family_units", frozenset({"demographic"}),
            lambda r: _sw(r) and r.demographic == "FMUA"),
    Measure("sw_border_encounters_unaccompanied_children", frozenset({"demographic"}),
            lambda r: _sw(r) and r.demographic in ("UC / Single Minors", "UAC")),
    Measure("sw_border_encounters_accompanied_minors", frozenset({"demographic"}),
            lambda r: _sw(r) and r.demographic == "Accompanied Minors"),
    Measure("sw_border_encounters_title42", frozenset({"title"}), lambda r: _sw(r) and r.title == "Title 42"),
    Measure("sw_border_encounters_title8", frozenset({"title"}), lambda r: _sw(r) and r.title == "Title 8"),
    Measure("usbp_sw_apprehensions", frozenset({"component"}), lambda r: _sw(r) and r.component == BORDER_PATROL),
    Measure("ofo_sw_encounters", frozenset({"component"}), lambda r: _sw(r) and r.component == FIELD_OPERATIONS),
    Measure("ofo_sw_inadmissibles", frozenset({"component", "encounter_type"}),
            lambda r: _sw(r) and r.component == FIELD_OPERATIONS and r.encounter_type == "Inadmissibles"),
)

DEMOGRAPHICS = frozenset({"Single Adults", "FMUA", "UC / Single Minors", "UAC", "Accompanied Minors"})
TITLES = frozenset({"Title 8", "Title 42"})
COMPONENTS = frozenset({BORDER_PATROL, FIELD_OPERATIONS})

# CBP's citizenship labels whose slug is not the label itself.
_CITIZENSHIP_SLUGS = {"CHINA, PEOPLES REPUBLIC OF": "china", "MYANMAR (BURMA)": "myanmar"}
CITIZENSHIP_PREFIX = "sw_border_encounters_cit_"


def citizenship_indicator(label: str) -> str:
    """The catalog id of one citizenship's Southwest encounters (Mexico keeps its own id)."""
    if label == "MEXICO":
        return "sw_border_encounters_mexican"
    slug = _CITIZENSHIP_SLUGS.get(label) or re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")
    return CITIZENSHIP_PREFIX + slug


def _layout(path: Path) -> Layout:
    first = next(csv.reader(io.StringIO(read_text(path).split("\n", 1)[0])), [])
    got = {c.strip() for c in first}
    missing = {lay.name: [h for h in lay.header if h not in got] for lay in LAYOUTS}
    for lay in LAYOUTS:
        if not missing[lay.name]:
            return lay
    closest = min(LAYOUTS, key=lambda lay: len(missing[lay.name]))
    raise SourceFileError(
        path, f"header lacks column(s) {', '.join(missing[closest.name])} of CBP's {closest.name} layout; "
        f"found {', '.join(first[:12])}", 1,
    )


def _check_vocabulary(path: Path, line: int, row: Row, layout: Layout) -> None:
    """Unknown codes would silently fall out of every part: refuse them instead."""
    checks = (
        ("demographic", row.demographic, DEMOGRAPHICS, "Demographic"),
        ("title", row.title, TITLES, "Title of Authority"),
        ("component", row.component, COMPONENTS, "Component"),
    )
    for dim, value, allowed, column in checks:
        if dim in layout.columns and value not in allowed:
            raise SourceFileError(path, f"{column} is not one of CBP's values ({', '.join(sorted(allowed))}): "
                                  f"{value!r}", line)


def parse(path: Path) -> list[Observation]:
    from usmx.catalog import load_catalog

    layout = _layout(path)
    page = NATIONWIDE_DATA_PAGE if path.name.lower().startswith("nationwide") else SW_DATA_PAGE
    source = file_source(path, DATASET, page, PUBLISHER, KNOWN_RELEASES)
    vintage = source.release
    known_ids = {ind.id for ind in load_catalog()}
    measures = [m for m in MEASURES if m.needs <= layout.columns]

    totals: dict[tuple[str, Period], float] = defaultdict(float)
    status: dict[Period, Status] = {}
    citizenships: set[str] = set()
    southwest = False
    for line, raw in csv_rows(path, layout.header):
        fy = fiscal_year(path, line, raw["Fiscal Year"], "Fiscal Year")
        if fy.to_date and raw["Month Grouping"].strip().upper() != FYTD_GROUP:
            continue
        period = fiscal_month(path, line, fy, raw["Month (abbv)"], "Month (abbv)")
        n = count(path, line, raw["Encounter Count"], "Encounter Count")
        row = layout.row(raw)
        _check_vocabulary(path, line, row, layout)
        status[period] = fy.status
        for m in measures:
            if m.test(row):
                totals[(m.indicator, period)] += n
        if _sw(row):
            southwest = True
            cit = citizenship_indicator(row.citizenship)
            if cit != "sw_border_encounters_mexican" and cit in known_ids:
                citizenships.add(cit)
                totals[(cit, period)] += n
    if not southwest:
        raise SourceFileError(path, f"no rows for the {SOUTHWEST} (column Land Border Region)")

    indicators = [m.indicator for m in measures] + sorted(citizenships)
    out: list[Observation] = []
    for period in sorted(status):
        st = status[period]
        note = PROVISIONAL_NOTE if st == "provisional" else ""
        for indicator in indicators:
            value = totals.get((indicator, period), 0.0)
            out.append(Observation(indicator, period, value, st, vintage, source, note=note))
    return out


DATASET = Dataset(
    name="cbp_encounters",
    title="Nationwide and Southwest Land Border Encounters (CBP)",
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=(
        "sbo-encounters-*.csv",
        "nationwide-encounters-*aor*.csv",
        "nationwide-encounters-*state*.csv",
        "*southwest-land-border-encounters*.csv",
    ),
    parse=parse,
    download_url=None,
    download_name=None,
    link_pages=(
        (NATIONWIDE_DATA_PAGE, r"^nationwide-encounters-fy\d\d-fy\d\d-state\.csv$"),
        (SW_DATA_PAGE, r"^sbo-encounters-fy\d\d-fy\d\d(?:-[a-z]+)?\.csv$"),
    ),
)
