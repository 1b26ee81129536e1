"""The pages: what each one shows, rendered from Jinja templates with autoescaping on.

One renderer serves both the static site and the web app; only ``root`` differs (the
relative path back to the site root for files opened from disk, "/" for the app), so the
two can never drift apart. Charts are cached per indicator because the index, the
indicator pages and the claim cards draw the same series.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from usmx import __version__, summary, trend
from usmx.catalog import Indicator
from usmx.model import OBS_COLUMNS, observation_to_row
from usmx.periods import Period
from usmx.report import charts
from usmx.report.charts import Chart, EventMark, Point
from usmx.report.claimreview import claim_reviews, script_json
from usmx.report.documents import VERDICTS, Card, Document, make_card, paragraphs, period_of, plain, tally, unwrap
from usmx.sources.provenance import provenance
from usmx.store import Answer, Store
from usmx.summary import Summary, summarise
from usmx.units import format_value

SPARK_POINTS = 60
CLAIM_MONTHS = 36
CLAIM_YEARS = 12

FREQ_WORDS = {
    "month": ("Monthly values", "By month"),
    "12m_ending": ("12-month totals, by month", "12-month totals, by month"),
    "quarter": ("Quarterly values", "By quarter"),
    "year": ("Annual values", "By year"),
    "irregular": ("Dated estimates", "Estimates"),
}


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("usmx.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["value"] = format_value
    env.filters["signed_pct"] = lambda v: "" if v is None else f"{v:+.1%}".replace("-", "−")
    env.filters["signed_pts"] = lambda v: "" if v is None else f"{v:+.1f} pts".replace("-", "−")
    return env


def x_of(period: Period, rolling: bool) -> date:
    """Where a period sits on a time axis: 12-month totals at their last month, others at their start."""
    if rolling:
        return date(period.end.year, period.end.month, 1)
    return period.start


def points_of(answers: Sequence[Answer], rolling: bool = False) -> list[Point]:
    return [Point(x_of(a.period, rolling), a.value, a.period.label, a.status) for a in answers]


def change_phrase(s: Summary) -> str:
    if s.change is not None and s.year_earlier is not None:
        word = "up" if s.change > 0 else "down" if s.change < 0 else "unchanged"
        amount = f" {abs(s.change):.0%}" if word != "unchanged" and abs(s.change) >= 0.005 else \
            f" {abs(s.change):.1%}" if word != "unchanged" else ""
        return f"{word}{amount} on a year earlier ({s.year_earlier.period.label})"
    if s.change_points is not None and s.year_earlier is not None:
        return f"{s.change_points:+.1f} points on a year earlier ({s.year_earlier.period.label})"
    return "no figure a year earlier to compare with"


def latest_text(a: Answer | None, unit: str) -> str:
    if a is None:
        return "no data"
    if a.value_high is not None:
        return f"{format_value(a.value, unit)} to {format_value(a.value_high, unit)}"
    return format_value(a.value, unit)


@dataclass(frozen=True)
class View:
    """One way of looking at a series: a chart (or why there is none) and its table."""

    id: str
    heading: str
    chart: Chart | None
    note: str = ""
    table: Sequence[Answer] = ()


@dataclass(frozen=True)
class EventRow:
    number: int
    date: dt.date
    end_date: dt.date | None
    title: str
    category: str
    description: str
    url: str
    source_name: str


@dataclass(frozen=True)
class Row:
    """One line of the index."""

    indicator: Indicator
    summary: Summary
    trend: trend.Trend
    spark: Chart | None
    latest: str
    change: str


@dataclass(frozen=True)
class DocLink:
    slug: str
    heading: str
    claims: int
    tally: list[tuple[str, str, str, int]]


@dataclass(frozen=True)
class ImpactLink:
    slug: str
    title: str
    indicator: str
    event: str
    ok: bool
    note: str


class Renderer:
    """Renders every page of the monitor for one store (and, optionally, a timeline)."""

    def __init__(self, store: Store, events: Sequence[Any] = (), event_categories: dict[str, tuple[str, ...]]
                 | None = None) -> None:
        self.store = store
        self.catalog = store.catalog
        self.events = sorted(events, key=lambda e: (e.date, e.id))
        self.event_categories = event_categories or {}
        self.env = _env()
        self._charts: dict[tuple[str, str], Chart | None] = {}
        self._rows: dict[str, Row] = {}

    # shared --------------------------------------------------------------------------
    @cached_property
    def data_as_of(self) -> str:
        vintages = [o.vintage for o in self.store.observations()]
        return max(vintages) if vintages else "no data"

    def _render(self, template: str, root: str, **ctx: Any) -> str:
        return self.env.get_template(template).render(
            root=root, version=__version__, data_as_of=self.data_as_of, method_name=trend.METHOD_NAME,
            method_text=trend.METHOD_TEXT, **ctx,
        )

    def names(self) -> dict[str, tuple[str, str]]:
        return {i.id: (i.name, i.unit) for i in self.catalog}

    # index ---------------------------------------------------------------------------
    def row(self, ind: Indicator) -> Row:
        if ind.id not in self._rows:
            s = summarise(self.store, ind.id)
            t = trend.assess(self.store, ind)
            series = self.store.series(ind.id)
            pts = points_of(series[-SPARK_POINTS:], ind.frequency == "12m_ending")
            spark = None
            change = change_phrase(s) if s.latest else ""
            if len(pts) >= 2:
                what = FREQ_WORDS.get(ind.frequency, FREQ_WORDS["month"])[0]
                alt_text = charts.describe(pts, ind.unit, what) + (f", {change}" if s.change is not None
                                                                   or s.change_points is not None else "")
                spark = charts.sparkline(pts, ind.unit, alt_text + ".")
            self._rows[ind.id] = Row(ind, s, t, spark, latest_text(s.latest, ind.unit), change)
        return self._rows[ind.id]

    def index(self, root: str = "", documents: Sequence[DocLink] = (), impacts: Sequence[ImpactLink] = (),
              form: bool = False, corpus: Sequence[tuple[str, str]] = ()) -> str:
        rows = [self.row(ind) for ind in self.catalog]
        return self._render("index.html.j2", root, rows=rows, documents=documents, impacts=impacts,
                            form=form, page="index", corpus=corpus)

    def corpus_page(self, page: Any, pages: Sequence[tuple[str, str]], root: str = "../") -> str:
        """One page about a scanned archive (``usmx.report.corpus``); ``pages`` are (slug, title) of all."""
        return self._render("corpus.html.j2", root, p=page, pages=pages, page="corpus")

    # events --------------------------------------------------------------------------
    def event_rows(self, start: date, end: date, indicator: Indicator | None = None) -> list[EventRow]:
        cats = self.event_categories.get(indicator.id) if indicator else None
        out = []
        for n, e in enumerate(self.events, 1):
            if not start <= e.date <= end:
                continue
            if cats is not None and e.category not in cats:
                continue
            out.append(EventRow(n, e.date, e.end_date, e.title, e.category, e.description, e.url,
                                getattr(e, "source_name", None) or ""))
        return out

    def events_page(self, root: str = "") -> str:
        rows = self.event_rows(date.min, date.max)
        return self._render("events.html.j2", root, events=rows, page="events")

    @staticmethod
    def marks(rows: Sequence[EventRow], first: date, last: date) -> list[EventMark]:
        """One marker per month; events in the same month share it and its hover text."""
        by_month: dict[date, list[EventRow]] = {}
        for r in rows:
            by_month.setdefault(date(r.date.year, r.date.month, 1), []).append(r)
        groups = [g for _m, g in sorted(by_month.items())]
        places = charts.place_labels([g[0].date for g in groups], first, last)
        out = []
        for group, row in zip(groups, places, strict=True):
            label = str(group[0].number) if len(group) == 1 else f"{group[0].number}–{group[-1].number}"
            title = "; ".join(f"{r.number}. {r.title}" for r in group)
            out.append(EventMark(label, group[0].date, title, row))
        return out

    # indicator pages -----------------------------------------------------------------
    def indicator(self, indicator_id: str, root: str = "../") -> str:
        ind = self.catalog.get(indicator_id)
        row = self.row(ind)
        rolling = ind.frequency == "12m_ending"
        series = self.store.series(ind.id)
        what, heading = FREQ_WORDS.get(ind.frequency, FREQ_WORDS["month"])
        views: list[View] = []
        event_rows: list[EventRow] = []
        if ind.is_estimate:
            pts = points_of(series)
            if pts:
                event_rows = self.event_rows(pts[0].x, series[-1].period.end, ind)
                alt_text = (f"{len(pts)} dated estimates from {pts[0].label} to {pts[-1].label}; latest "
                            f"{latest_text(series[-1], ind.unit)}, by {series[-1].attribution or 'unattributed'}")
                if event_rows:
                    alt_text += f". {len(event_rows)} events are marked; they are listed in the table below the charts"
                views.append(View("estimates", heading, charts.estimates_chart(
                    pts, [a.value_high for a in series], ind.unit, alt_text + ".",
                    self.marks(event_rows, pts[0].x, pts[-1].x))))
        elif series:
            pts = points_of(series, rolling)
            event_rows = self.event_rows(pts[0].x, series[-1].period.end, ind)
            alt_text = charts.describe(pts, ind.unit, what) + (
                f", {row.change}" if row.summary.change is not None or row.summary.change_points is not None else "")
            if event_rows:
                alt_text += f". {len(event_rows)} events are marked; they are listed in the table below the charts"
            views.append(View("native", heading,
                              charts.series_chart(pts, ind.unit, alt_text + ".",
                                                  self.marks(event_rows, pts[0].x, pts[-1].x))))
            for freq, label, short in (("year", "By calendar year", "Calendar-year"),
                                       ("fiscal_year", "By U.S. fiscal year (October to September)", "Fiscal-year")):
                if freq == ind.frequency:
                    continue
                ys = self.store.series(ind.id, freq)
                if len(ys) >= 2:
                    ypts = points_of(ys)
                    derived = sum(1 for a in ys if a.derived)
                    alt_y = charts.describe(ypts, ind.unit, f"{short} totals" if ind.aggregation == "sum"
                                            else f"{short} values")
                    note = (f"{derived} of {len(ys)} {short.lower()} figures are derived from shorter periods by "
                            f"{ind.aggregation}." if derived else "")
                    views.append(View(freq, label, charts.bar_chart(ypts, ind.unit, alt_y + "."), note, ys))
                else:
                    views.append(View(freq, label, None,
                                      f"No complete {short.lower()} figures: the data do not cover one."))
        revisions = self.revisions(ind, series)
        return self._render(
            "indicator.html.j2", root, ind=ind, row=row, series=series, views=views, events=event_rows,
            revisions=revisions, related=self._related(ind), page="indicator",
            provenance=[provenance(name) for name in ind.datasets],
            coverage=self.store.coverage(ind.id),
        )

    def _related(self, ind: Indicator) -> list[tuple[str, str, str]]:
        out = []
        for rel, ids in (("Part of", ind.within), ("Includes", ind.contains)):
            for i in ids:
                out.append((rel, i, self.catalog.get(i).name))
        return out

    def revisions(self, ind: Indicator, series: Sequence[Answer]) -> list[tuple[str, list[Answer]]]:
        return summary.revisions(self.store, ind, series)

    def indicator_csv(self, indicator_id: str) -> str:
        """Every observation of the indicator, every vintage, in the snapshot's column order."""
        ind = self.catalog.get(indicator_id)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(OBS_COLUMNS)
        rows = sorted((observation_to_row(o) for o in self.store.observations(ind.id)),
                      key=lambda r: tuple("" if v is None else str(v) for v in r))
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
        return buf.getvalue()

    # claim charts --------------------------------------------------------------------
    def claim_chart(self, checked: Any, unit: str | None) -> Chart | None:
        claim, verdict = unwrap(checked)
        ind_id = getattr(claim, "indicator", None)
        if not isinstance(ind_id, str) or ind_id not in self.catalog or unit is None:
            return None
        ind = self.catalog.get(ind_id)
        period = period_of(getattr(verdict, "official_period", None)) or period_of(getattr(claim, "period", None))
        if ind.is_estimate:
            answers = self.store.estimates(ind.id)
            rolling = False
        else:
            kind = period.canonical_kind if period else "year"
            freq = {"month": "month", "quarter": "quarter", "fiscal_year": "fiscal_year",
                    "12m_ending": "native" if ind.frequency == "12m_ending" else "year"}.get(kind, "year")
            if freq == "month" and ind.frequency not in ("month",):
                freq = "native"
            answers = self.store.series(ind.id, freq)
            rolling = freq == "native" and ind.frequency == "12m_ending"
            if period and answers:
                limit = CLAIM_MONTHS if freq in ("month", "native") else CLAIM_YEARS
                upto = [a for a in answers if a.period.end <= period.end]
                after = [a for a in answers if a.period.end > period.end][: limit // 6]
                answers = upto[-limit:] + after
        if len(answers) < 2:
            return None
        pts = points_of(answers, rolling)
        official = next((p.label for p, a in zip(pts, answers, strict=True) if period and a.period == period), None)
        claim_kind = str(getattr(claim, "kind", "") or "")
        draw = claim_kind in ("level", "share") and getattr(claim, "value", None) is not None \
            and str(getattr(claim, "unit", "") or "") in (ind.unit, "")
        claimed = charts.Claimed(
            float(claim.value) if draw else None,
            float(claim.value_high) if draw and getattr(claim, "value_high", None) is not None else None,
            official,
        )
        alt_text = charts.describe(pts, ind.unit, "official values")
        if official:
            a = answers[[p.label for p in pts].index(official)]
            alt_text += f"; the official figure for {official} is {format_value(a.value, ind.unit)}"
        if claimed.value is not None:
            alt_text += f"; the claimed {plain(format_value(claimed.value, ind.unit))}"
            if claimed.high is not None:
                alt_text += f" to {plain(format_value(claimed.high, ind.unit))}"
            alt_text += " is drawn as a dashed line"
        return charts.claim_chart(pts, ind.unit, claimed, alt_text + ".")

    # documents -----------------------------------------------------------------------
    def cards(self, claims: Sequence[Any], charts: bool = True) -> list[Card]:
        names = self.names()
        draw = self.claim_chart if charts else None
        return [make_card(n, c, names, draw) for n, c in enumerate(claims, 1)]

    def document(self, doc: Document, claims: Sequence[Any], root: str = "../", page_url: str | None = None,
                 reviewed: date | None = None, site_url: str | None = None, limit: int | None = None) -> str:
        """The checked document's page; ``page_url`` (absolute, or None) is where it will be served from.

        With ``limit``, only the first ``limit`` claims get a card: a card with its chart costs tens
        of milliseconds and some kilobytes, so a page of thousands of claims would take a server
        minutes to draw and a browser long to show; past the limit the verdicts are only counted,
        and the JSON API gives them all.
        """
        shown = list(claims) if limit is None else list(claims)[:limit]
        cards = self.cards(shown)
        labels = (getattr(getattr(c, "verdict", None), "label", "") for c in claims[len(shown):])
        rest = [label if label in VERDICTS else "unverifiable" for label in labels]
        paras, unplaced = paragraphs(doc.text, shown)
        reviews = claim_reviews(cards, doc, page_url, reviewed, site_url)
        return self._render(
            "document.html.j2", root, doc=doc, cards={c.number: c for c in cards}, card_list=cards,
            paragraphs=paras, unplaced=unplaced, tally=tally(cards, rest), jsonld=script_json(reviews),
            page="document", total=len(claims), hidden=len(rest), ledger=self.ledger(doc, claims),
        )

    def ledger(self, doc: Document, claims: Sequence[Any]) -> Any:
        """The document's dated claims, forecasts and recommendations (``usmx.ledger``), read with its date."""
        from usmx.ledger import build_ledger

        if doc.published is None:
            return None
        checked = [c for c in claims if hasattr(c, "claim") and hasattr(c, "verdict")]
        return build_ledger(doc.text, doc.published, store=self.store, checked=checked, doc=doc.name,
                            published_from=doc.published_from, events=tuple(self.events) or None)

    def doc_link(self, doc: Document, claims: Sequence[Any]) -> DocLink:
        cards = self.cards(claims, charts=False)
        return DocLink(doc.slug, doc.heading, len(cards), tally(cards))

    # forms ---------------------------------------------------------------------------
    def check_form(self, root: str = "/", error: str = "", text: str = "", url: str = "",
                   published: str = "") -> str:
        return self._render("check.html.j2", root, error=error, text=text, url=url, published=published,
                            page="check")

    def error_page(self, root: str, status: int, message: str) -> str:
        return self._render("error.html.j2", root, status=status, message=message, page="error")

    # impact --------------------------------------------------------------------------
    def impact(self, analysis: Any, root: str = "../") -> str:
        return self._render("impact.html.j2", root, a=analysis, page="impact")
