"""The observation: one official figure, with everything needed to trust and cite it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from usmx.periods import Period

Status = Literal["final", "provisional", "predicted", "estimate"]
STATUSES: tuple[Status, ...] = ("final", "provisional", "predicted", "estimate")

# Lower is better: a final figure is preferred over a provisional one for the same period.
STATUS_RANK: dict[str, int] = {"final": 0, "provisional": 1, "predicted": 2, "estimate": 3}


@dataclass(frozen=True)
class Source:
    """Where a figure came from.

    ``dataset`` names the importer (``sources/<dataset>.py``); ``url`` is the publisher's
    own page or file; ``sha256`` is the hash of the file as read (empty for figures
    entered from a publication); ``release`` is the publisher's release date when known.
    """

    dataset: str
    url: str
    sha256: str = ""
    file: str = ""
    release: str = ""
    publisher: str = ""


@dataclass(frozen=True)
class Observation:
    """One official value of one indicator for one period, as of one vintage.

    ``vintage`` is the ISO date of the release (or of retrieval, when the release date
    is unknown). Estimates that are not statistics carry who made them (``attribution``)
    and what they said (``note``).
    """

    indicator: str
    period: Period
    value: float
    status: Status
    vintage: str
    source: Source
    attribution: str = ""
    note: str = ""
    value_high: float | None = None


# The flat row form shared by the snapshot file and the store's table. Order matters: it
# is the column order of both.
OBS_COLUMNS: tuple[str, ...] = (
    "indicator", "period_start", "period_end", "period_kind", "value", "value_high", "status",
    "vintage", "dataset", "url", "sha256", "file", "release", "publisher", "attribution", "note",
)


def observation_to_row(o: Observation) -> tuple[object, ...]:
    s = o.source
    return (
        o.indicator, o.period.start.isoformat(), o.period.end.isoformat(), o.period.kind, o.value,
        o.value_high, o.status, o.vintage, s.dataset, s.url, s.sha256, s.file, s.release, s.publisher,
        o.attribution, o.note,
    )


def row_to_observation(row: dict[str, object]) -> Observation:
    from datetime import date

    def d(v: object) -> date:
        return v if isinstance(v, date) else date.fromisoformat(str(v))

    def s(v: object) -> str:
        return "" if v is None else str(v)

    vh = row.get("value_high")
    return Observation(
        indicator=s(row["indicator"]),
        period=Period(d(row["period_start"]), d(row["period_end"]), s(row["period_kind"])),  # type: ignore[arg-type]
        value=float(row["value"]),  # type: ignore[arg-type]
        value_high=None if vh is None or vh == "" else float(vh),  # type: ignore[arg-type]
        status=s(row["status"]),  # type: ignore[arg-type]
        vintage=s(row["vintage"])[:10],
        source=Source(
            dataset=s(row["dataset"]), url=s(row["url"]), sha256=s(row["sha256"]), file=s(row["file"]),
            release=s(row["release"]), publisher=s(row["publisher"]),
        ),
        attribution=s(row["attribution"]),
        note=s(row["note"]),
    )
