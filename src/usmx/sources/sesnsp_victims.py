"""SESNSP: victims of crimes under state jurisdiction (fuero común), monthly, by state.

The file is SESNSP's state-level victims table ("Víctimas, incidencia delictiva estatal",
new methodology, 2015 onward) in long form: one row per month (``isodate``), entity
(``entidad``: the 32 states and "Nacional") and crime subtype (``delito``), with the
number of victims in ``total``. Only the national rows of two subtypes are read:
"Homicidio doloso" (``mx_homicides``) and "Feminicidio" (``mx_feminicides``). SESNSP
counts feminicide separately, so the homicide figure does not include it.

Unpublished months. SESNSP's yearly template has a row for every month of the year, and
months not yet published are filled with zeros (in the file cut in February 2025, February
to December 2025). Those are not months without victims. They are recognised as the
trailing months in which every national subtype is zero (a published month always has
some victims of some of the fifteen subtypes), and are left out; a zero inside the
published range is kept as a zero.

Status. The year that is still being published month by month is the one whose figures
move most as state prosecutors reclassify and add case files; earlier years have had a
full cycle of corrections. The months of the last year with published data are therefore
stored as ``provisional`` and those of earlier years as ``final``. (Closed years are still
revised now and then; such revisions arrive as a later vintage, not as a change of status.)

Download. The SESNSP open-data page links its files through Google Drive "view" pages,
not direct file URLs, and the official file is in the wide layout (one column per month),
while this importer reads the long layout. There is therefore no automatic download: update with ``usmx update
--from``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import pairwise
from pathlib import Path

from usmx.model import Observation, Status
from usmx.periods import Period
from usmx.sources.base import Dataset, SourceFileError, csv_rows, file_source, iso_date, number

PUBLISHER = "Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública (SESNSP)"
PAGE_URL = "https://www.gob.mx/sesnsp/acciones-y-programas/datos-abiertos-de-incidencia-delictiva"

HEADER = ("isodate", "entidad", "delito", "total")
NATIONAL = "Nacional"
INDICATORS: dict[str, str] = {
    "Homicidio doloso": "mx_homicides",
    "Feminicidio": "mx_feminicides",
}

# The copy in ../shared/data/mexico_homicides, cut on 2025-02-25 (data to January 2025).
KNOWN_RELEASES: dict[str, str] = {
    "4af6bffb102131309dca7a5618ffa8fe8f0463f656e76512fbcf0d7d53ceeda2": "2025-02-25",
}


def parse(path: Path) -> list[Observation]:
    # National victims per month, every subtype (to find the template months) and ours.
    national_total: dict[date, float] = defaultdict(float)
    counts: dict[tuple[str, date], float] = {}
    lines: dict[tuple[str, date], int] = {}
    for line, row in csv_rows(path, HEADER):
        if row["entidad"].strip() != NATIONAL:
            continue
        month = iso_date(path, line, row["isodate"], "isodate")
        if month.day != 1:
            raise SourceFileError(
                path, f"isodate should be the first day of a month, got {row['isodate']!r}", line
            )
        victims = number(path, line, row["total"], "total")
        if victims < 0 or not victims.is_integer():
            raise SourceFileError(path, f"total is not a count of victims: {row['total']!r}", line)
        national_total[month] += victims
        delito = " ".join(row["delito"].split())
        if delito not in INDICATORS:
            continue
        key = (delito, month)
        if key in lines:
            raise SourceFileError(
                path, f"{NATIONAL} {delito} {month:%Y-%m} appears twice (first on line {lines[key]})", line
            )
        lines[key] = line
        counts[key] = victims

    missing = [d for d in INDICATORS if not any(k[0] == d for k in counts)]
    if missing:
        raise SourceFileError(path, f"no {NATIONAL!r} rows for {', '.join(repr(d) for d in missing)}")

    published = _published_months(national_total)
    if not published:
        raise SourceFileError(path, f"every {NATIONAL!r} figure is zero: no month has been published")
    last_year = max(published).year
    _require_every_month(path, published, counts)

    source = file_source(path, DATASET, PAGE_URL, PUBLISHER, KNOWN_RELEASES)
    vintage = source.release
    out: list[Observation] = []
    for (delito, month), victims in sorted(counts.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if month not in published:
            continue
        status: Status = "provisional" if month.year == last_year else "final"
        out.append(Observation(
            INDICATORS[delito], Period.month(month.year, month.month), victims, status, vintage, source
        ))
    return out


def _published_months(national_total: dict[date, float]) -> set[date]:
    """All months up to the last one with any national victims; later all-zero months are template."""
    with_victims = [m for m, total in national_total.items() if total > 0]
    if not with_victims:
        return set()
    last = max(with_victims)
    return {m for m in national_total if m <= last}


def _require_every_month(path: Path, published: set[date], counts: dict[tuple[str, date], float]) -> None:
    """Each published month must be there for each subtype we read, or year sums would be short."""
    for delito in INDICATORS:
        for month in sorted(published):
            if (delito, month) not in counts:
                raise SourceFileError(path, f"no {NATIONAL!r} row for {delito!r} in {month:%Y-%m}")
    for a, b in pairwise(sorted(published)):
        if _month_index(b) - _month_index(a) != 1:
            raise SourceFileError(path, f"no {NATIONAL!r} rows between {a:%Y-%m} and {b:%Y-%m}")


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


DATASET = Dataset(
    name="sesnsp_victims",
    title="Víctimas del fuero común, incidencia delictiva estatal, mensual (SESNSP)",
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=("sesnsp_victimas_fuero_comun_mensual_*.csv",),
    parse=parse,
    download_url=None,
)
