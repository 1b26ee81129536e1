"""Per-indicator summaries and their JSON shapes, shared by the CLI, the JSON API and the report.

One function per output shape, so that ``usmx show --json`` and ``/api/indicators/{id}`` (or
``usmx indicators --json`` and ``/api/indicators``) cannot drift apart: ``indicator_dict`` and
``indicator_summary_dict`` are the only places those dicts are built.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from usmx import trend
from usmx.catalog import Indicator
from usmx.periods import Period
from usmx.sources.provenance import provenance
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


REVISION_ROWS = 60
RECENT = 12


def revisions(store: Store, ind: Indicator, series: Sequence[Answer]) -> list[tuple[str, list[Answer]]]:
    """Periods whose published figure changed between vintages, newest periods first.

    The latest ten years and two years of the native series are looked at, and the list stops
    after about ``REVISION_ROWS`` figures, so a long monthly history stays readable.
    """
    if ind.is_estimate:
        return []
    periods: list[Period] = [a.period for a in store.series(ind.id, "year")[-10:]]
    periods += [a.period for a in series[-24:] if a.period not in periods]
    out: list[tuple[str, list[Answer]]] = []
    rows = 0
    for p in sorted(set(periods), key=lambda p: (p.end, p.start), reverse=True):
        hist = store.history(ind.id, p)
        if len({round(a.value, 6) for a in hist}) > 1:
            out.append((p.label, hist))
            rows += len(hist)
            if rows >= REVISION_ROWS:
                break
    return out


def indicator_summary_dict(store: Store, indicator_id: str) -> dict[str, Any]:
    """One line of the indicator list: the summary and its direction of travel."""
    ind = store.catalog.get(indicator_id)
    d = summary_dict(summarise(store, ind.id))
    d["direction"] = trend.assess(store, ind).to_dict()
    return d


def indicator_dict(store: Store, indicator_id: str, *, recent: int = RECENT,
                   period: Period | None = None) -> dict[str, Any]:
    """Everything about one indicator: definition, relations, series, recent values, revisions.

    ``period`` asks for every release of that one period as the revisions, instead of the
    periods whose figure changed.
    """
    ind = store.catalog.get(indicator_id)
    d = indicator_summary_dict(store, ind.id)
    series = store.series(ind.id)
    revised = revisions(store, ind, series) if period is None else [(period.label, store.history(ind.id, period))]
    years = {f: [] if ind.is_estimate else [answer_dict(a, ind.unit) for a in store.series(ind.id, f)]
             for f in ("year", "fiscal_year")}
    d.update(
        definition=ind.definition, datasets=list(ind.datasets), within=list(ind.within),
        contains=list(ind.contains), proxy_for=list(ind.proxy_for), caveats=list(ind.caveats),
        provenance=[provenance(name).to_dict() for name in ind.datasets],
        series=[answer_dict(a, ind.unit) for a in series],
        calendar_years=years["year"],
        fiscal_years=years["fiscal_year"],
        recent=[answer_dict(a, ind.unit) for a in series[-recent:]] if recent > 0 else [],
        revisions=[{"period": label, "figures": [answer_dict(a, ind.unit) for a in hist]} for label, hist in revised],
    )
    return d
