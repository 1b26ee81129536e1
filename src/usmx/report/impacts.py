"""Which event-and-series pairs the report analyses, and the page data for each.

The pairs are the ones commentary argues about: did encounters fall when Title 42 ended or
when the 2024 and 2025 asylum proclamations took effect; did imports from Mexico move when
the 2025 tariffs took effect. A pair whose data cannot support the model (too few months
after the event, say) is listed with the reason rather than dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from usmx.report.charts import BandPoint, Chart, EventMark, impact_chart
from usmx.store import Store
from usmx.units import format_value


@dataclass(frozen=True)
class ImpactSpec:
    indicator: str
    event: str
    scale: Literal["linear", "log"] = "log"


DEFAULT_IMPACTS: tuple[ImpactSpec, ...] = (
    ImpactSpec("mx_homicides", "amlo_term"),
    ImpactSpec("mx_homicides", "bicentennial_framework"),
    ImpactSpec("mx_remittances", "fentanyl_tariffs_in_effect", "log"),
    ImpactSpec("us_imports_from_mx", "usmca_entry_into_force", "log"),
    ImpactSpec("sw_border_encounters", "title42_start"),
    ImpactSpec("sw_border_encounters", "title42_end"),
    ImpactSpec("sw_border_encounters", "securing_the_border_proclamation"),
    ImpactSpec("sw_border_encounters", "invasion_proclamation"),
    ImpactSpec("sw_border_encounters_mexican", "title42_end"),
    ImpactSpec("us_imports_from_mx", "fentanyl_tariffs_in_effect"),
    ImpactSpec("cbp_fentanyl_seizures", "cartel_fto_designation"),
)


@dataclass(frozen=True)
class ImpactPage:
    spec: ImpactSpec
    slug: str
    title: str
    indicator_name: str
    unit: str
    event: Any
    result: Any | None
    error: str
    chart: Chart | None

    @property
    def ok(self) -> bool:
        return self.result is not None


def _fmt(unit: str) -> Any:
    return lambda v: format_value(v, unit)


def run_impacts(store: Store, events: Sequence[Any], specs: Sequence[ImpactSpec] = DEFAULT_IMPACTS) -> list[ImpactPage]:
    """Analyse each pair; failures become pages' notes, never exceptions."""
    from usmx.event_impact import impact_of
    from usmx.impact import ImpactError

    by_id = {e.id: e for e in events}
    out: list[ImpactPage] = []
    for spec in specs:
        if spec.indicator not in store.catalog or spec.event not in by_id:
            continue
        ind = store.catalog.get(spec.indicator)
        event = by_id[spec.event]
        slug = f"{spec.indicator}--{spec.event}"
        title = f"{ind.name}: {event.title} ({event.date.isoformat()})"
        result = None
        error = ""
        chart = None
        try:
            result = impact_of(store, ind.id, event.id, scale=spec.scale, events=events)
        except ImpactError as exc:
            error = str(exc)
        if result is not None:
            pts = [BandPoint(p.month, p.month.isoformat()[:7], p.observed, p.counterfactual, p.low, p.high)
                   for p in result.path]
            f = _fmt(ind.unit)
            post = [p for p in result.path if p.part == "post"]
            mean_obs = sum(p.observed for p in post if p.observed is not None) / max(1, len(post))
            mean_cf = sum(p.counterfactual for p in post) / max(1, len(post))
            alt_text = (
                f"Monthly {ind.name.lower()} from {pts[0].label} to {pts[-1].label}, with the event on "
                f"{event.date.isoformat()} marked. After the event the observed values averaged {f(mean_obs)} "
                f"a month against {f(mean_cf)} expected without it; the average effect is "
                f"{result.average_effect_pct.text(3)}."
            )
            chart = impact_chart(pts, ind.unit, EventMark("", event.date, event.title), alt_text)
        out.append(ImpactPage(spec, slug, title, ind.name, ind.unit, event, result, error, chart))
    return out
