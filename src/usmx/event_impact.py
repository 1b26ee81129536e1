"""What moved after an event: the store's monthly series, the timeline, and the ITS model joined.

The CLI (`usmx impact`) and the report's impact pages both call ``impact_of`` so they always
show the same analysis.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from usmx.events import Event, get_event, load_events
from usmx.impact import ImpactError, ImpactResult, analyze_impact
from usmx.store import Store


def impact_of(
    store: Store,
    indicator: str,
    event_id: str,
    *,
    window: int | None = None,
    scale: Literal["linear", "log"] = "linear",
    events: Sequence[Event] | None = None,
) -> ImpactResult:
    """Interrupted time series of ``indicator`` around event ``event_id``.

    Refuses (ImpactError) indicators without plain monthly values: rolling 12-month totals
    (such as provisional overdose counts) carry built-in autocorrelation the model would
    mistake for an effect, and annual series are too short. ``events`` defaults to the
    bundled timeline.
    """
    ind = store.catalog.get(indicator)
    pool = tuple(load_events() if events is None else events)
    event = get_event(event_id, pool)
    if ind.frequency != "month":
        raise ImpactError(
            f"{ind.id} is not a monthly series (frequency: {ind.frequency}); impact analysis needs monthly values"
        )
    series = store.series(ind.id, "month")
    if not series:
        raise ImpactError(f"no monthly values for {ind.id} in the store")
    others = [(e.date, e.title) for e in pool if e.id != event.id]
    return analyze_impact(
        series, event.date, window=window, scale=scale, unit=ind.unit, indicator=ind.id, event=event.id,
        other_events=others,
    )
