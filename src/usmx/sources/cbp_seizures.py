"""CBP drug seizure statistics (the ``nationwide-drugs-fy…csv`` files).

Each row gives, for one fiscal month, component (Office of Field Operations or U.S. Border
Patrol), region, land filter and area of responsibility, the number of seizure events and
the pounds seized of one drug type. ``cbp_fentanyl_seizures`` is the month's total pounds
of drug type "Fentanyl" over every component, region and area: CBP's nationwide figure.

Dating and status follow CBP's fiscal year as in ``cbp_encounters``: "2025 (FYTD)" rows are
``provisional``, closed fiscal years ``final``.

No automatic download, for the same reason as the encounters: CBP publishes each month's
file under a new dated path (``/sites/default/files/<YYYY-MM>/nationwide-drugs-fy23-fy26-
<mon>.csv``) behind a web firewall. Download it from the data page and use
``usmx update --from``.
"""

from __future__ import annotations

from collections import defaultdict
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

# No copy of these files has been checked yet; any file is dated by when it was downloaded.
KNOWN_RELEASES: dict[str, str] = {}


def parse(path: Path) -> list[Observation]:
    source = file_source(path, DATASET, DATA_PAGE, PUBLISHER, KNOWN_RELEASES)
    vintage = source.release

    pounds: dict[Period, float] = defaultdict(float)
    status: dict[Period, Status] = {}
    for line, row in csv_rows(path, HEADER):
        if row["Drug Type"].strip().lower() != FENTANYL:
            continue
        fy = fiscal_year(path, line, row["FY"], "FY")
        period = fiscal_month(path, line, fy, row["Month (abbv)"], "Month (abbv)")
        count(path, line, row["Count of Event"], "Count of Event")
        pounds[period] += count(path, line, row["Sum Qty (lbs)"], "Sum Qty (lbs)")
        status[period] = fy.status
    if not status:
        raise SourceFileError(path, "no rows with Drug Type 'Fentanyl'")

    out: list[Observation] = []
    for period in sorted(status):
        st = status[period]
        note = PROVISIONAL_NOTE if st == "provisional" else ""
        out.append(Observation(
            "cbp_fentanyl_seizures", period, round(pounds[period], 4), st, vintage, source, note=note
        ))
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
)
