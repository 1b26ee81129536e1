"""Per-indicator summaries shared by the CLI, the JSON API and the report pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from usmx.catalog import Indicator
from usmx.periods import Period
from usmx.store import Answer, Store
from usmx.units import format_value


@dataclass(frozen=True)
class Summary:
    indicator: Indicator
    first: Period | None
    last: Period | None
    latest: Answer | None
    year_earlier: Answer | None

    @property
    def change(self) -> float | None:
        """Relative change on the same period a year earlier (None when not comparable)."""
        if self.latest is None or self.year_earlier is None or self.year_earlier.value == 0:
            return None
        if self.indicator.unit in ("percent", "rank"):
            return None
        return self.latest.value / self.year_earlier.value - 1

    @property
    def change_points(self) -> float | None:
        """Change in percentage points, for shares."""
        if self.latest is None or self.year_earlier is None or self.indicator.unit != "percent":
            return None
        return self.latest.value - self.year_earlier.value


def latest_answer(store: Store, indicator_id: str) -> Answer | None:
    """The most recent figure, whichever frequency reaches furthest.

    Where months are published only here and there (figures entered from publications),
    the latest fiscal or calendar year is a better answer than a stray month.
    """
    candidates = [a for f in ("native", "year", "fiscal_year") if (a := store.latest(indicator_id, f))]
    if not candidates:
        return None
    return max(candidates, key=lambda a: (a.period.end, -len(a.period.months)))


def summarise(store: Store, indicator_id: str) -> Summary:
    ind = store.catalog.get(indicator_id)
    cov = store.coverage(indicator_id)
    latest = latest_answer(store, indicator_id)
    earlier = None
    if latest is not None and not ind.is_estimate:
        earlier = store.value(indicator_id, latest.period.shift_years(-1))
    return Summary(ind, cov[0] if cov else None, cov[1] if cov else None, latest, earlier)


def answer_dict(a: Answer, unit: str) -> dict[str, Any]:
    """The stable JSON form of a figure (used by ``--json`` and the API)."""
    return {
        "indicator": a.indicator,
        "period": {
            "label": a.period.label, "start": a.period.start.isoformat(), "end": a.period.end.isoformat(),
            "kind": a.period.kind,
        },
        "value": a.value,
        "value_high": a.value_high,
        "unit": unit,
        "display": format_value(a.value, unit),
        "status": a.status,
        "derived": a.derived,
        "parts": a.parts,
        "vintage": a.vintage,
        "attribution": a.attribution or None,
        "note": a.note or None,
        "secondary_source": a.secondary_source,
        "source": {
            "dataset": a.source.dataset, "url": a.source.url, "file": a.source.file or None,
            "sha256": a.source.sha256 or None, "release": a.source.release or None,
            "publisher": a.source.publisher or None,
        },
    }


def summary_dict(s: Summary) -> dict[str, Any]:
    ind = s.indicator
    return {
        "id": ind.id,
        "name": ind.name,
        "unit": ind.unit,
        "frequency": ind.frequency,
        "aggregation": ind.aggregation,
        "publisher": ind.publisher,
        "url": ind.url,
        "coverage": {
            "first": s.first.label if s.first else None,
            "last": s.last.label if s.last else None,
        },
        "latest": answer_dict(s.latest, ind.unit) if s.latest else None,
        "year_earlier": answer_dict(s.year_earlier, ind.unit) if s.year_earlier else None,
        "change_on_year_earlier": s.change,
        "change_points_on_year_earlier": s.change_points,
    }
