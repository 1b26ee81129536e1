"""What values a measure can take, checked once for every importer before anything is stored.

An importer that mis-reads a column, or a file that was edited by hand, can hand over a
figure no publisher could have published: infinity (``1e400`` parses as a float), a negative
number of deaths, a share of 142 percent. Stored, such a figure would be shown and compared
against as official. The rules are keyed on the indicator's unit, so a new importer is held
to them without doing anything, and the refusal names the file (and the line, where the
value can be traced back to one) like any other malformed file.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from pathlib import Path

from usmx.catalog import Catalog
from usmx.model import Observation

# Money can flow either way (a net outflow of investment, a trade deficit).
SIGNED_UNITS = frozenset({"USD", "MXN"})
# Every other unit but these is a count of something (deaths, encounters, pounds, victims).
SHARE_UNITS = frozenset({"percent"})
RANK_UNITS = frozenset({"rank"})


def value_problem(value: float, unit: str) -> str | None:
    """Why ``value`` cannot be a figure in ``unit``, or None if it can."""
    if not math.isfinite(value):
        return f"{value} is not a finite number"
    if unit in SIGNED_UNITS:
        return None
    if unit in SHARE_UNITS:
        return None if 0 <= value <= 100 else f"{value:g} is not a share between 0 and 100 percent"
    if unit in RANK_UNITS:
        return None if value >= 1 else f"{value:g} is not a rank (1 or more)"
    return None if value >= 0 else f"{value:g} is negative, and {unit} are counted"


def observation_problem(o: Observation, catalog: Catalog) -> tuple[float, str] | None:
    """The value of ``o`` that cannot be stored and why, or None.

    An indicator the catalog does not (yet) list is held to finiteness only.
    """
    unit = catalog.get(o.indicator).unit if o.indicator in catalog else ""
    for x in (o.value, o.value_high):
        if x is None:
            continue
        problem = value_problem(x, unit) if unit else (None if math.isfinite(x) else f"{x} is not a finite number")
        if problem:
            return x, f"{o.indicator} {o.period.label}: {problem}"
    return None


def check_observations(path: Path, observations: Iterable[Observation], catalog: Catalog,
                       lines: Mapping[float, int] | None = None) -> None:
    """Refuse the file at ``path`` if any of its observations is out of its measure's domain.

    ``lines`` maps a value as read to the line it was read from (see
    ``usmx.sources.base.recording_lines``), so the message can point at the line.
    """
    from usmx.sources.base import SourceFileError

    for o in observations:
        found = observation_problem(o, catalog)
        if found:
            value, problem = found
            raise SourceFileError(path, problem, (lines or {}).get(value))
