"""CBP drug seizure statistics (the ``nationwide-drugs-fy…csv`` files).

Each row gives, for one fiscal month, component (Office of Field Operations or U.S. Border
Patrol), region, land filter and area of responsibility, the number of seizure events and
the pounds seized of one drug type. Every measure here is a sum of pounds over the rows
that satisfy a condition (``MEASURES``): all drugs; each of the drugs the press names; and
fentanyl nationwide (CBP's headline figure) with its parts by component and for the
Southwest Border *region* (the Region column; the "Land Filter" column is something else).

Dating and status follow CBP's fiscal year as in ``cbp_encounters``: "2026 (FYTD)" rows are
``provisional``, closed fiscal years ``final``.

Releases: the files state no date. The checked copies (../shared/data/cbp_seizures) are
dated the first day of the month after their last month of data, when CBP publishes a
month's figures; any other file is dated by when it was downloaded.

Downloading: CBP publishes each month's file under a new dated path
(``/sites/default/files/<YYYY-MM>/nationwide-drugs-fy23-fy26-<mon>.csv``), so ``usmx update``
takes the latest link on the data page (the closed-years file, FY2019-FY2022, stays as it was
bundled). When CBP's firewall refuses the download, use ``usmx update --from``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from usmx.model import Observation, Status
from usmx.periods import Period
from usmx.sources.base import Dataset, SourceFileError, csv_rows, file_source
from usmx.sources.cbp_encounters import PROVISIONAL_NOTE, count, fiscal_month, fiscal_year

PUBLISHER = "U.S. Customs and Border Protection (CBP)"
PAGE_URL = "https://www.cbp.gov/newsroom/stats/drug-seizure-statistics"
DATA_PAGE = "https://www.cbp.gov/document/stats/nationwide-drug-seizures"

HEADER = (
    "FY", "Month (abbv)", "Component", "Region", "Land Filter", "Area of Responsibility",
    "Drug Type", "Count of Event", "Sum Qty (lbs)",
)

FENTANYL = "fentanyl"

KNOWN_RELEASES: dict[str, str] = {
    "daa0806c41367e478d12ed742ac4a55487361b52894f46316396667b9ed3847c": "2022-10-01",  # FY2019-FY2022
    "edac57a71f569253023a1ae0ec80a82748130daf4c34d146047933ab77db5b9e": "2026-01-01",  # to December 2025
    "ae83ef9ffb0d7db2bf1ceb501d280cda811046a8280140978075377600cd5466": "2026-05-01",  # to April 2026
}


@dataclass(frozen=True)
class Row:
    drug: str  # lower case
    component: str
    region: str


@dataclass(frozen=True)
class Measure:
    indicator: str
    test: Callable[[Row], bool]


def _fentanyl(r: Row) -> bool:
    return r.drug == FENTANYL


MEASURES: tuple[Measure, ...] = (
    Measure("cbp_drug_seizures", lambda r: True),
    Measure("cbp_fentanyl_seizures", _fentanyl),
    Measure("cbp_fentanyl_seizures_sw", lambda r: _fentanyl(r) and r.region == "Southwest Border"),
    Measure("cbp_fentanyl_seizures_ofo", lambda r: _fentanyl(r) and r.component == "Office of Field Operations"),
    Measure("cbp_fentanyl_seizures_usbp", lambda r: _fentanyl(r) and r.component == "U.S. Border Patrol"),
    Measure("cbp_seizures_methamphetamine", lambda r: r.drug == "methamphetamine"),
    Measure("cbp_seizures_cocaine", lambda r: r.drug == "cocaine"),
    Measure("cbp_seizures_heroin", lambda r: r.drug == "heroin"),
    Measure("cbp_seizures_marijuana", lambda r: r.drug == "marijuana"),
)


def parse(path: Path) -> list[Observation]:
    source = file_source(path, DATASET, DATA_PAGE, PUBLISHER, KNOWN_RELEASES)
    vintage = source.release

    pounds: dict[tuple[str, Period], float] = defaultdict(float)
    status: dict[Period, Status] = {}
    fentanyl = False
    for line, raw in csv_rows(path, HEADER):
        fy = fiscal_year(path, line, raw["FY"], "FY")
        period = fiscal_month(path, line, fy, raw["Month (abbv)"], "Month (abbv)")
        count(path, line, raw["Count of Event"], "Count of Event")
        qty = count(path, line, raw["Sum Qty (lbs)"], "Sum Qty (lbs)")
        row = Row(raw["Drug Type"].strip().lower(), raw["Component"].strip(), raw["Region"].strip())
        fentanyl = fentanyl or row.drug == FENTANYL
        status[period] = fy.status
        for m in MEASURES:
            if m.test(row):
                pounds[(m.indicator, period)] += qty
    if not fentanyl:
        raise SourceFileError(path, "no rows with Drug Type 'Fentanyl'")

    out: list[Observation] = []
    for period in sorted(status):
        st = status[period]
        note = PROVISIONAL_NOTE if st == "provisional" else ""
        for m in MEASURES:
            # CBP rounds nothing; four decimals of a pound keep sums exact to what it prints.
            value = round(pounds.get((m.indicator, period), 0.0), 4)
            out.append(Observation(m.indicator, period, value, st, vintage, source, note=note))
    return out


DATASET = Dataset(
    name="cbp_seizures",
    title="Drug Seizure Statistics (CBP)",
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=("nationwide-drugs-*.csv",),
    parse=parse,
    download_url=None,
    download_name=None,
    link_pages=((DATA_PAGE, r"^nationwide-drugs-fy\d\d-fy\d\d(?:-[a-z]+)?\.csv$"),),
)
