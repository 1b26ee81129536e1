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
