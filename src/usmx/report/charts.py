"""Charts: Vega-Lite specifications built with Altair, rendered to SVG offline by vl-convert.

The SVG is inlined in the pages, so they need no JavaScript and no network to show a chart.
Every chart comes with a text alternative that states what it shows (span, latest value),
because the picture alone is not accessible. Marks drawn in layers whose name starts with
``tip_`` get their description turned into an SVG ``<title>``, which browsers show on hover;
everything a tooltip says is also printed in a table on the page, so nothing is hover-only.

Dates are placed on a UTC time scale so the output does not depend on the machine's time
zone: the same data always gives the same SVG.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import altair as alt
import vl_convert as vlc

from usmx.units import format_value

INK = "#1f3b57"
ACCENT = "#b3541e"
MUTED = "#8a8f98"
BAND = "#9fb7cf"
FONT = "DejaVu Sans, Verdana, sans-serif"


@dataclass(frozen=True)
class Chart:
    svg: str
    alt: str


@dataclass(frozen=True)
class Point:
    """One value on a chart: ``x`` is the date it is drawn at, ``label`` how the period is written."""

    x: date
    value: float
    label: str
    status: str = "final"


@dataclass(frozen=True)
class EventMark:
    """An event on a time axis: ``label`` is drawn above it (in ``row``, counted upwards, so
    that labels of nearby events do not overprint), ``title`` is shown on hover."""

    label: str
    date: date
    title: str
    row: int = 0


LABEL_ROWS = 3
LABEL_GAP_PX = 11


@dataclass(frozen=True)
class Scale:
    factor: float
    title: str
    fmt: str


def scale_for(unit: str, values: Sequence[float]) -> Scale:
    """Divide large money values so axes read "US$ billions" rather than 2e10."""
    top = max((abs(v) for v in values), default=0.0)
    if unit == "USD":
        if top >= 1e9:
            return Scale(1e9, "US$ billions", ",.1f")
        if top >= 1e6:
            return Scale(1e6, "US$ millions", ",.1f")
        return Scale(1.0, "US$", ",.0f")
    if unit == "percent":
        return Scale(1.0, "percent", ",.1f")
    if unit == "rank":
        return Scale(1.0, "rank (1 = largest)", "d")
    return Scale(1.0, unit, ",.3~s" if top >= 10_000 else ",.4~r")


def _config(chart: Any) -> Any:
    return (
        chart.configure(font=FONT, background="white")
        .configure_view(stroke=None)
        .configure_axis(labelColor="#333", titleColor="#333", gridColor="#e6e6e6", domainColor="#999",
                        labelFontSize=11, titleFontSize=11)
        .configure_legend(disable=True)
    )


_TIP_GROUP = re.compile(r'(<g class="[^"]*\btip_\w*_marks"[^>]*>)(.*?)(</g>)', re.S)
_TIP_ITEM = re.compile(r'<(\w+)([^>]*?\saria-label="([^"]*)"[^>]*?)(/?)>')


def _titles(svg: str) -> str:
    """Give marks in ``tip_`` layers a ``<title>`` (their hover text) from their description."""

    def item(m: re.Match[str]) -> str:
        tag, attrs, label, closing = m.group(1), m.group(2), m.group(3), m.group(4)
        if closing:
            return f"<{tag}{attrs}><title>{label}</title></{tag}>"
        return f"<{tag}{attrs}><title>{label}</title>"

    return _TIP_GROUP.sub(lambda g: g.group(1) + _TIP_ITEM.sub(item, g.group(2)) + g.group(3), svg)


def render(chart: Any) -> str:
    """Render an Altair chart to SVG without touching the network."""
    # The specs are built by this module from typed Altair objects; schema validation of each
    # one would double the build time without catching anything the tests do not.
    spec = _config(chart).to_dict(validate=False)
    svg: str = vlc.vegalite_to_svg(spec, allowed_base_urls=[])
    svg = _titles(svg)
    # The page supplies the text alternative; the marks' own labels would only be noise.
    return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


def _rows(points: Sequence[Point], scale: Scale) -> list[dict[str, Any]]:
    return [
        {"x": p.x.isoformat(), "v": p.value / scale.factor, "label": p.label, "status": p.status}
        for p in points
    ]


def _x(title: str | None = None) -> Any:
    return alt.X("x:T", scale=alt.Scale(type="utc"), axis=alt.Axis(title=title, labelOverlap=True, tickCount=8))


def describe(points: Sequence[Point], unit: str, what: str = "values") -> str:
    """A one-sentence summary of a series chart, used as its text alternative."""
    if not points:
        return f"No {what} to chart."
    first, last = points[0], points[-1]
    return (f"{what.capitalize()} from {first.label} to {last.label}; "
            f"latest {format_value(last.value, unit)} in {last.label}")


def sparkline(points: Sequence[Point], unit: str, alt_text: str) -> Chart:
    """A small line with the latest value marked, for the index."""
    scale = scale_for(unit, [p.value for p in points])
    data = alt.Data(values=_rows(points, scale))
    base = alt.Chart(data).encode(
        x=alt.X("x:T", scale=alt.Scale(type="utc"), axis=None),
        y=alt.Y("v:Q", scale=alt.Scale(zero=False), axis=None),
    )
    line = base.mark_line(color=INK, strokeWidth=1.5)
    last = alt.Chart(alt.Data(values=_rows(points[-1:], scale))).mark_point(
        color=ACCENT, filled=True, size=30
    ).encode(x=alt.X("x:T", scale=alt.Scale(type="utc"), axis=None), y=alt.Y("v:Q", axis=None))
    chart = (line + last).properties(width=150, height=34, padding=2)
    return Chart(render(chart), alt_text)


def _event_layers(events: Sequence[EventMark]) -> list[Any]:
    if not events:
        return []
    data = alt.Data(values=[
        {"x": e.date.isoformat(), "n": e.label, "tip": f"{e.date.isoformat()}: {e.title}",
         "ly": -14 - LABEL_GAP_PX * e.row}
        for e in events
    ])
    x = alt.X("x:T", scale=alt.Scale(type="utc"))
    rule = alt.Chart(data, name="tip_event_rules").mark_rule(
        color=MUTED, strokeDash=[3, 3], strokeWidth=1.5
    ).encode(x=x, description="tip:N")
    marker = alt.Chart(data, name="tip_event_markers").mark_point(
        shape="triangle-down", filled=True, color=ACCENT, size=70, yOffset=-6
    ).encode(x=x, y=alt.value(0), description="tip:N")
    label = alt.Chart(data, name="tip_event_labels").mark_text(
        fontSize=10, color="#333", baseline="bottom"
    ).encode(x=x, y=alt.Y("ly:Q", scale=None), text="n:N", description="tip:N")
    return [rule, marker, label]


CHART_WIDTH = 720


def place_labels(days: Sequence[date], first: date, last: date, width: int = CHART_WIDTH,
                 min_gap_px: float = 22.0) -> list[int]:
    """A label row for each event (sorted by day) so that labels in one row are apart."""
    span = max((last - first).days, 1)
    last_x: list[float] = [-1e9] * LABEL_ROWS
    rows = []
    for d in days:
        x = (d - first).days / span * width
        row = next((r for r in range(LABEL_ROWS) if x - last_x[r] >= min_gap_px), None)
        if row is None:
            row = min(range(LABEL_ROWS), key=lambda r: last_x[r])
        last_x[row] = x
        rows.append(row)
    return rows


def series_chart(
    points: Sequence[Point], unit: str, alt_text: str, events: Sequence[EventMark] = (),
    width: int = CHART_WIDTH, height: int = 260, x_title: str | None = None,
) -> Chart:
    """The main chart of an indicator: a line through time with the events marked."""
    scale = scale_for(unit, [p.value for p in points])
    data = alt.Data(values=_rows(points, scale))
    y = alt.Y("v:Q", title=scale.title, axis=alt.Axis(format=scale.fmt), scale=alt.Scale(zero=unit != "percent"))
    base = alt.Chart(data).encode(x=_x(x_title), y=y)
    layers: list[Any] = [base.mark_line(color=INK, strokeWidth=1.8, interpolate="linear")]
    if len(points) <= 40:
        layers.append(base.mark_point(color=INK, filled=True, size=24))
    layers.extend(_event_layers(events))
    top = 14 + LABEL_GAP_PX * (1 + max((e.row for e in events), default=0)) if events else 6
    chart = alt.layer(*layers).properties(width=width, height=height,
                                          padding={"top": top, "left": 4, "right": 12, "bottom": 4})
    return Chart(render(chart), alt_text)


def bar_chart(points: Sequence[Point], unit: str, alt_text: str, width: int = 720, height: int = 220) -> Chart:
    """Totals by calendar or fiscal year, one bar each, labelled as the periods are written."""
    scale = scale_for(unit, [p.value for p in points])
    data = alt.Data(values=_rows(points, scale))
    order = [p.label for p in points]
    chart = alt.Chart(data).mark_bar(color=INK).encode(
        x=alt.X("label:O", sort=order, title=None, axis=alt.Axis(labelAngle=-60, labelOverlap=True)),
        y=alt.Y("v:Q", title=scale.title, axis=alt.Axis(format=scale.fmt)),
        opacity=alt.condition(alt.datum.status == "final", alt.value(1.0), alt.value(0.55)),
    ).properties(width=width, height=height)
    return Chart(render(chart), alt_text)


def estimates_chart(points: Sequence[Point], highs: Sequence[float | None], unit: str, alt_text: str,
                    events: Sequence[EventMark] = ()) -> Chart:
    """Dated estimates (not a series): a dot per estimate, with its range when one was given."""
    scale = scale_for(unit, [p.value for p in points] + [h for h in highs if h is not None])
    rows = _rows(points, scale)
    for r, h in zip(rows, highs, strict=True):
        r["hi"] = (h if h is not None else r["v"] * scale.factor) / scale.factor
    top = max(r["hi"] for r in rows) * 1.15
    data = alt.Data(values=rows)
    x = alt.X("x:T", scale=alt.Scale(type="utc", padding=24), axis=alt.Axis(title=None, labelOverlap=True))
    base = alt.Chart(data).encode(x=x)
    y = alt.Y("v:Q", title=scale.title, scale=alt.Scale(domain=[0, top], nice=True))
    layers: list[Any] = [
        base.mark_rule(color=INK, strokeWidth=3).encode(y=y, y2="hi:Q"),
        base.mark_point(color=INK, filled=True, size=60).encode(y=y),
    ]
    layers.extend(_event_layers(events))
    pad_top = 14 + LABEL_GAP_PX * (1 + max((e.row for e in events), default=0)) if events else 6
    chart = alt.layer(*layers).properties(width=CHART_WIDTH, height=220,
                                          padding={"top": pad_top, "left": 4, "right": 12, "bottom": 4})
    return Chart(render(chart), alt_text)


@dataclass(frozen=True)
class Claimed:
    """What a claim says, drawn over the official series."""

    value: float | None
    high: float | None
    official_label: str | None


def claim_chart(points: Sequence[Point], unit: str, claimed: Claimed, alt_text: str) -> Chart:
    """A small chart of the series with the official figure ringed and the claimed value drawn."""
    values = [p.value for p in points] + [v for v in (claimed.value, claimed.high) if v is not None]
    scale = scale_for(unit, values)
    data = alt.Data(values=_rows(points, scale))
    y = alt.Y("v:Q", title=scale.title, axis=alt.Axis(format=scale.fmt, tickCount=4),
              scale=alt.Scale(zero=unit != "percent"))
    x = alt.X("x:T", scale=alt.Scale(type="utc"), axis=alt.Axis(title=None, tickCount=4, labelOverlap=True))
    base = alt.Chart(data).encode(x=x, y=y)
    layers: list[Any] = [base.mark_line(color=INK, strokeWidth=1.5), base.mark_point(color=INK, size=12, filled=True)]
    official = [p for p in points if p.label == claimed.official_label]
    if official:
        layers.append(alt.Chart(alt.Data(values=_rows(official, scale))).mark_point(
            color=INK, size=140, strokeWidth=2, shape="circle", filled=False
        ).encode(x=x, y=y))
    if claimed.value is not None:
        lo = claimed.value / scale.factor
        row: dict[str, Any] = {"v": lo, "hi": (claimed.high if claimed.high is not None else claimed.value)
                               / scale.factor, "t": "claimed"}
        cdata = alt.Data(values=[row])
        if claimed.high is not None:
            layers.append(alt.Chart(cdata).mark_rect(color=ACCENT, opacity=0.25).encode(y=y, y2="hi:Q"))
        layers.append(alt.Chart(cdata).mark_rule(color=ACCENT, strokeDash=[5, 3], strokeWidth=2).encode(y=y))
        layers.append(alt.Chart(cdata).mark_text(
            align="left", dx=2, dy=-6, x=0, color=ACCENT, fontSize=10, fontWeight="bold"
        ).encode(y=alt.Y("hi:Q", scale=alt.Scale(zero=unit != "percent")), text="t:N"))
    chart = alt.layer(*layers).properties(width=260, height=110)
    return Chart(render(chart), alt_text)


@dataclass(frozen=True)
class BandPoint:
    x: date
    label: str
    observed: float | None
    expected: float | None
    lower: float | None
    upper: float | None


def impact_chart(points: Sequence[BandPoint], unit: str, event: EventMark, alt_text: str) -> Chart:
    """Observed values against the counterfactual path and its 95% band, with the event marked."""
    all_values = [v for p in points for v in (p.observed, p.expected, p.lower, p.upper) if v is not None]
    scale = scale_for(unit, all_values)

    def s(v: float | None) -> float | None:
        return None if v is None else v / scale.factor

    rows = [{"x": p.x.isoformat(), "label": p.label, "obs": s(p.observed), "exp": s(p.expected),
             "lo": s(p.lower), "hi": s(p.upper)} for p in points]
    data = alt.Data(values=rows)
    x = _x()
    y_title = scale.title
    band = alt.Chart(data).transform_filter("isValid(datum.lo) && isValid(datum.hi)").mark_area(
        color=BAND, opacity=0.5
    ).encode(x=x, y=alt.Y("lo:Q", title=y_title, axis=alt.Axis(format=scale.fmt)), y2="hi:Q")
    expected = alt.Chart(data).transform_filter("isValid(datum.exp)").mark_line(
        color=ACCENT, strokeDash=[6, 3], strokeWidth=2
    ).encode(x=x, y="exp:Q")
    observed = alt.Chart(data).transform_filter("isValid(datum.obs)").mark_line(
        color=INK, strokeWidth=2
    ).encode(x=x, y="obs:Q")
    chart = alt.layer(band, expected, observed, *_event_layers([event])).properties(
        width=720, height=280, padding={"top": 14 + LABEL_GAP_PX, "left": 4, "right": 12, "bottom": 4})
    return Chart(render(chart), alt_text)
