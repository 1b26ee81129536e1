"""Banco de México: monthly remittance inflows and outflows (SIE tables CE81 and CE165).

The file read here is ``remesas_mensuales.csv``: Banxico's monthly national totals, one
row per month and flow, with the SIE figures (millions of dollars) already multiplied out
to whole dollars in ``VALOR_USD``. ``ID_FLUJO`` 1 is "Ingresos" (money received in Mexico,
the CE81 total, series SE27803) and 2 is "Egresos" (money sent from Mexico, CE165).

Every row is kept or the file is refused: a row whose flow we do not know, a month that
appears twice, or a month missing in the middle of a flow's series would make annual sums
wrong without anyone noticing, so each of those stops the import with its line number.

Status. The file carries no preliminary flag; Banxico revises the series (the 2022 total
in this copy is higher than the figure first published), and each revision arrives as a
new file, i.e. a new vintage. Within its vintage every figure is therefore stored as
``final``, and revisions show up as differences between vintages.

Download. Banxico's SIE REST API serves SE27803 only to requests carrying a personal
token (https://www.banxico.org.mx/SieAPIRest/service/v1/token), so it cannot be the
automatic source. The CE81 page also has a token-free spreadsheet export
(``consultarDirectorioInternetAction.do?accion=consultarCuadro&idCuadro=CE81&locale=es
&formatoXLS.x=1&fechaInicio=…&fechaFin=…``), but that is the SIE table layout (months as
columns, several series per sheet), not the one-row-per-month CSV read here. Rather than
fetch a file this importer cannot read, the dataset has no download URL: update it with
``usmx update --from`` a folder holding a newer ``remesas_mensuales.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from usmx.model import Observation
from usmx.periods import Period, next_month
from usmx.sources.base import Dataset, SourceFileError, csv_rows, file_source, iso_date, number

PUBLISHER = "Banco de México (Banxico), Sistema de Información Económica"
PAGE_URL = (
    "https://www.banxico.org.mx/SieInternet/consultarDirectorioInternetAction.do"
    "?accion=consultarCuadro&idCuadro=CE81&locale=es"
)
OUTFLOWS_PAGE_URL = (
    "https://www.banxico.org.mx/SieInternet/consultarDirectorioInternetAction.do"
    "?sector=1&accion=consultarCuadro&idCuadro=CE165&locale=es"
)

HEADER = ("PERIODO", "ID_FLUJO", "FLUJO", "OPERACIONES", "VALOR_USD")


@dataclass(frozen=True)
class _Flow:
    name: str
    indicator: str
    page_url: str


FLOWS: dict[str, _Flow] = {
    "1": _Flow("Ingresos", "mx_remittances", PAGE_URL),
    "2": _Flow("Egresos", "mx_remittance_outflows", OUTFLOWS_PAGE_URL),
}

# The copy in ../shared/data/banxico_remittances: its data were last updated on 2026-07-01.
KNOWN_RELEASES: dict[str, str] = {
    "29db3eeba5780b58863972875ca3774c57114dfd674fdb5f6066fb7e1bfff55e": "2026-07-01",
}


def parse(path: Path) -> list[Observation]:
    seen: dict[tuple[str, date], int] = {}
    last: dict[str, date] = {}
    figures: list[tuple[str, Period, float]] = []
    for line, row in csv_rows(path, HEADER):
        flow_id = row["ID_FLUJO"].strip()
        flow = FLOWS.get(flow_id)
        if flow is None:
            raise SourceFileError(
                path, f"ID_FLUJO is {row['ID_FLUJO']!r}, expected one of {', '.join(FLOWS)}", line
            )
        if row["FLUJO"].strip() != flow.name:
            raise SourceFileError(
                path, f"FLUJO is {row['FLUJO']!r} but ID_FLUJO {flow_id} means {flow.name!r}", line
            )
        month = _month(path, line, row["PERIODO"])
        key = (flow_id, month)
        if key in seen:
            raise SourceFileError(
                path, f"{flow.name} {month:%Y-%m} appears twice (first on line {seen[key]})", line
            )
        seen[key] = line
        previous = last.get(flow_id)
        if previous is not None and month != next_month(previous):
            raise SourceFileError(
                path, f"{flow.name} jumps from {previous:%Y-%m} to {month:%Y-%m} "
                "(months missing or out of order)", line,
            )
        last[flow_id] = month

        value = number(path, line, row["VALOR_USD"], "VALOR_USD")
        if value < 0:
            raise SourceFileError(path, f"VALOR_USD is negative: {row['VALOR_USD']!r}", line)
        figures.append((flow_id, Period.month(month.year, month.month), value))

    missing = [f"{flow.name} (ID_FLUJO {flow_id})" for flow_id, flow in FLOWS.items() if flow_id not in last]
    if missing:
        raise SourceFileError(path, f"no rows for {' or '.join(missing)}")

    # One file, two official tables: each flow cites its own table's page.
    source = file_source(path, DATASET, PAGE_URL, PUBLISHER, KNOWN_RELEASES)
    sources = {flow_id: replace(source, url=flow.page_url) for flow_id, flow in FLOWS.items()}
    return [
        Observation(FLOWS[flow_id].indicator, period, value, "final", source.release, sources[flow_id])
        for flow_id, period, value in figures
    ]


def _month(path: Path, line: int, text: str) -> date:
    day = iso_date(path, line, text, "PERIODO")
    if day.day != 1:
        raise SourceFileError(path, f"PERIODO should be the first day of a month, got {text!r}", line)
    return day


DATASET = Dataset(
    name="banxico_remittances",
    title="Ingresos y egresos por remesas, mensual (Banxico SIE, cuadros CE81 y CE165)",
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=("remesas_mensuales*.csv",),
    parse=parse,
    download_url=None,
)
