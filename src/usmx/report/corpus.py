"""The corpus pages: how figures are used across a scanned archive (``usmx scan``'s output).

Every number on these pages is a DuckDB aggregate over the Parquet files where they lie, so an
archive of millions of claims is never loaded whole; only the few hundred rows a page shows come
back to Python. Queries order on every column they show, so the same scan gives the same pages.

Each chart has its figures in a table beside it (the page's text alternative, and what a reader
copies), as the other pages of the monitor do.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import altair as alt
import duckdb

from usmx.errors import UsmxError
from usmx.report import charts
from usmx.report.charts import Chart
from usmx.units import format_value

LABELS = ("accurate", "overstated", "understated", "wrong_measure", "unverifiable")
WORDS = {"accurate": "Accurate", "overstated": "Overstated", "understated": "Understated",
         "wrong_measure": "Wrong measure", "unverifiable": "Unverifiable"}
COLOURS = {"accurate": "#1e6b35", "overstated": "#a3261b", "understated": "#7a3fa0", "wrong_measure": "#c08a1e",
           "unverifiable": "#9aa1a9"}
FINDINGS = ("overstated", "understated", "wrong_measure")
TOP_GROUPS = 20
TOP_FIGURES = 25


class CorpusError(UsmxError, ValueError):
    """The folder is not a scan's output."""


@dataclass(frozen=True)
class Table:
    caption: str
    columns: Sequence[str]
    rows: Sequence[Sequence[Any]]
    numeric: Sequence[int] = ()  # columns aligned right


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    intro: str
    chart: Chart | None
    table: Table | None
    note: str = ""


@dataclass(frozen=True)
class CorpusPage:
    slug: str
    title: str
    lede: str
    sections: Sequence[Section]


@dataclass
class Corpus:
    """A scan's output folder, queried in place."""

    folder: Path
    manifest: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        path = self.folder / "manifest.json"
        if not path.is_file() or not any((self.folder / "claims").glob("*.parquet")):
            raise CorpusError(f"{self.folder}: not a finished scan (no manifest.json or claims/*.parquet); "
                              f"run usmx scan first")
        self.manifest = json.loads(path.read_text("utf-8"))
        self.con = duckdb.connect()
        claims = (self.folder / "claims" / "*.parquet").as_posix().replace("'", "''")
        docs = (self.folder / "documents" / "*.parquet").as_posix().replace("'", "''")
        self.con.execute(f"CREATE VIEW claims AS SELECT * FROM read_parquet('{claims}')")
        self.con.execute(f"CREATE VIEW documents AS SELECT * FROM read_parquet('{docs}')")

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, list(params)).fetchall()

    def close(self) -> None:
        self.con.close()


# queries -------------------------------------------------------------------------------------


def _shares(corpus: Corpus, group: str, limit: int = TOP_GROUPS) -> list[tuple[Any, dict[str, int]]]:
    """Verdict counts per group, the groups with the most claims first."""
    rows = corpus.rows(f"""
        WITH g AS (SELECT {group} AS g, verdict_label AS label FROM claims),
        top AS (SELECT g, count(*) AS n FROM g GROUP BY g ORDER BY n DESC, g NULLS LAST LIMIT {int(limit)})
        SELECT g.g, g.label, count(*) FROM g JOIN top ON g.g IS NOT DISTINCT FROM top.g
        GROUP BY g.g, g.label, top.n ORDER BY top.n DESC, g.g NULLS LAST, g.label""")
    out: dict[Any, dict[str, int]] = {}
    for g, label, n in rows:
        out.setdefault(g, {})[label] = int(n)
    return list(out.items())


def _name_of(corpus: Corpus) -> dict[str, str]:
    return dict(corpus.rows("SELECT indicator, min(indicator_name) FROM claims WHERE indicator IS NOT NULL "
                            "GROUP BY indicator"))


def _share_rows(groups: list[tuple[Any, dict[str, int]]], label_of: Any) -> list[list[Any]]:
    rows = []
    for g, counts in groups:
        total = sum(counts.values())
        judged = total - counts.get("unverifiable", 0)
        wrong = sum(counts.get(x, 0) for x in FINDINGS)
        rows.append([label_of(g), total, *[counts.get(x, 0) for x in LABELS],
                     f"{wrong / judged:.0%}" if judged else "n/a"])
    return rows


SHARE_COLUMNS = ("", "Claims", *[WORDS[x] for x in LABELS], "Misquoted, of those judged")


# charts --------------------------------------------------------------------------------------


def share_chart(groups: list[tuple[str, dict[str, int]]], what: str, order: Sequence[str] | None = None) -> Chart:
    """One horizontal bar per group, split by verdict, each bar 100%."""
    data = []
    for g, counts in groups:
        total = sum(counts.values()) or 1
        for i, label in enumerate(LABELS):
            data.append({"g": g, "label": WORDS[label], "o": i, "share": counts.get(label, 0) / total,
                         "n": counts.get(label, 0)})
    sort = list(order) if order is not None else [g for g, _ in groups]
    chart = alt.Chart(alt.Data(values=data)).mark_bar().encode(
        y=alt.Y("g:N", sort=sort, title=None, axis=alt.Axis(labelLimit=260)),
        x=alt.X("share:Q", stack="normalize", title="share of claims", axis=alt.Axis(format="%")),
        color=alt.Color("label:N", scale=alt.Scale(domain=[WORDS[x] for x in LABELS],
                                                   range=[COLOURS[x] for x in LABELS]),
                        legend=alt.Legend(title=None, orient="top")),
        order=alt.Order("o:Q"),
    ).properties(width=560, height=max(60, 22 * len(groups)))
    return Chart(_with_legend(chart), f"Share of each verdict among the claims, by {what}; the table below "
                                      f"gives the counts.")


def _with_legend(chart: Any) -> str:
    """Render keeping the colour legend (the monitor's charts turn legends off; these need one)."""
    svg: str = charts.vlc.vegalite_to_svg(
        chart.configure(font=charts.FONT, background="white").configure_view(stroke=None)
        .configure_axis(labelColor="#333", titleColor="#333", gridColor="#e6e6e6", domainColor="#999",
                        labelFontSize=11, titleFontSize=11).to_dict(validate=False), allowed_base_urls=[])
    return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


def month_chart(rows: list[tuple[str, int, int, int]]) -> Chart:
    """Claims per month of publication (bars) and the share of judged claims found wrong (line)."""
    data = [{"m": f"{m}-01", "n": n, "share": (w / j) if j else None} for m, n, j, w in rows]
    base = alt.Chart(alt.Data(values=data)).encode(x=alt.X("m:T", scale=alt.Scale(type="utc"),
                                                           axis=alt.Axis(title=None, format="%b %Y")))
    bars = base.mark_bar(color=charts.BAND).encode(y=alt.Y("n:Q", title="claims"))
    line = base.transform_filter("isValid(datum.share)").mark_line(color=charts.ACCENT, point=True).encode(
        y=alt.Y("share:Q", title="misquoted, of claims judged", axis=alt.Axis(format="%")))
    chart = alt.layer(bars, line).resolve_scale(y="independent").properties(width=640, height=240)
    first, last = (rows[0][0], rows[-1][0]) if rows else ("", "")
    return Chart(charts.render(chart), f"Claims by month of publication from {first} to {last} (bars) and the "
                                       f"share of judged claims that were misquoted (line); figures in the table "
                                       f"below.")


def count_chart(items: list[tuple[str, int]], what: str) -> Chart:
    data = [{"g": g, "n": n} for g, n in items]
    chart = alt.Chart(alt.Data(values=data)).mark_bar(color=charts.INK).encode(
        y=alt.Y("g:N", sort=[g for g, _ in items], title=None, axis=alt.Axis(labelLimit=320)),
        x=alt.X("n:Q", title=what),
    ).properties(width=480, height=max(60, 20 * len(items)))
    return Chart(charts.render(chart), f"{what.capitalize()}, largest first; the table below gives each figure.")


def transition_chart(cells: list[tuple[str, str, int]]) -> Chart:
    data = [{"then": WORDS.get(a, a), "now": WORDS.get(b, b), "n": n} for a, b, n in cells]
    order = [WORDS[x] for x in LABELS]
    base = alt.Chart(alt.Data(values=data)).encode(
        x=alt.X("now:N", sort=order, title="verdict by today's figures", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("then:N", sort=order, title="verdict by the figures out at publication"),
    )
    rect = base.mark_rect().encode(color=alt.Color("n:Q", scale=alt.Scale(scheme="blues"), legend=None))
    text = base.mark_text(fontSize=12).encode(text="n:Q")
    chart = (rect + text).properties(width=460, height=200)
    return Chart(charts.render(chart), "Claims whose verdict by the releases out on their publication date "
                                       "differs from today's: a cell per pair of verdicts, with its count.")


# pages ---------------------------------------------------------------------------------------


def overview(corpus: Corpus) -> CorpusPage:
    names = _name_of(corpus)
    groups = _shares(corpus, "indicator")

    def label(g: str | None) -> str:
        return names.get(g, g) if g else "(no measure tied)"

    named = [(label(g), c) for g, c in groups]
    c = corpus.manifest["counts"]
    lede = (f"{c['documents']:,} documents scanned ({c['failed']:,} could not be read), {c['claims']:,} "
            f"checkable figures found. Each figure is judged against the official series it names; "
            f"\"misquoted\" counts overstated, understated and wrong-measure verdicts among those judged.")
    section = Section("by-indicator", "Verdicts by indicator",
                      f"The {len(groups)} measures with the most claims.", share_chart(named, "indicator"),
                      Table("Verdicts by indicator", SHARE_COLUMNS, _share_rows(groups, label), range(1, 7)))
    return CorpusPage("index", "Figures across the corpus", lede, [section, _inputs(corpus)])


def _inputs(corpus: Corpus) -> Section:
    m = corpus.manifest
    rows = [["usmx version", m["usmx_version"]], ["input", m["input"]["path"]],
            ["input hash (SHA-256)", m["input"]["sha256"]], ["store hash (SHA-256)", m["store"]["sha256"]],
            ["undated texts read as of", m["settings"]["undated_read_as_of"]],
            *[[f"latest release: {k}", v] for k, v in m["store"]["vintages"].items()]]
    errors = corpus.rows("SELECT doc_id, source, error FROM documents WHERE error IS NOT NULL "
                         "ORDER BY source, doc_id LIMIT 20")
    note = "" if not errors else "First documents that could not be checked: " + "; ".join(
        f"{d or s}: {e}" for d, s, e in errors)
    return Section("scan", "The scan", "What was read, and against which releases.", None,
                   Table("The scan's manifest", ("", "value"), rows), note)


def outlets(corpus: Corpus) -> CorpusPage:
    groups = _shares(corpus, "outlet")

    def label(g: str | None) -> str:
        return g or "(no outlet)"

    named = [(label(g), c) for g, c in groups]
    return CorpusPage("outlets", "Verdicts by outlet", f"The {len(groups)} outlets with the most claims.", [
        Section("by-outlet", "Verdicts by outlet", "Each bar is one outlet's claims, split by verdict.",
                share_chart(named, "outlet"),
                Table("Verdicts by outlet", SHARE_COLUMNS, _share_rows(groups, label), range(1, 7)))])


def months(corpus: Corpus) -> CorpusPage:
    rows = corpus.rows(f"""
        SELECT strftime(published, '%Y-%m') AS m, count(*),
               count(*) FILTER (WHERE verdict_label <> 'unverifiable'),
               count(*) FILTER (WHERE verdict_label IN {FINDINGS})
        FROM claims WHERE published IS NOT NULL GROUP BY m ORDER BY m""")
    table = Table("Claims by month of publication", ("Month", "Claims", "Judged", "Misquoted", "Share misquoted"),
                  [[m, n, j, w, f"{w / j:.0%}" if j else "n/a"] for m, n, j, w in rows], (1, 2, 3, 4))
    return CorpusPage("months", "Verdicts by month of publication",
                      "When the documents were published (or the date read from their text), and how often their "
                      "figures were misquoted.", [
                          Section("by-month", "By month", "Bars: claims; line: share misquoted.",
                                  month_chart([(m, n, j, w) for m, n, j, w in rows]) if rows else None, table)])


def misquoted(corpus: Corpus) -> CorpusPage:
    rows = corpus.rows(f"""
        SELECT indicator, min(indicator_name), kind, value, min(unit), count(DISTINCT doc_key) AS docs,
               count(*) AS n, mode(verdict_label), mode(verdict_official_value), mode(verdict_official_period),
               min(quote)
        FROM claims WHERE verdict_label IN {FINDINGS} AND indicator IS NOT NULL AND value IS NOT NULL
        GROUP BY indicator, kind, value
        ORDER BY docs DESC, n DESC, indicator, kind, value LIMIT {TOP_FIGURES}""")
    items: list[tuple[str, int]] = []
    table_rows: list[list[Any]] = []
    for ind, name, kind, value, unit, docs, n, label, official, period, quote in rows:
        claimed = _figure(value, unit)
        text = f"{claimed} ({name or ind})"
        while text in {g for g, _ in items}:  # two values that print alike stay two bars
            text += " "
        items.append((text, int(docs)))
        table_rows.append([name or ind, kind, claimed, docs, n, WORDS.get(label, label),
                           "" if official is None else _figure(official, unit), period or "", quote])
    table = Table("The figures most often misquoted", ("Measure", "Kind", "Claimed", "Documents", "Claims",
                                                      "Usual verdict", "Official value", "Official period",
                                                      "An example"), table_rows, (3, 4))
    return CorpusPage("misquoted", "The figures most often misquoted",
                      "The same claimed value for the same measure, judged wrong, across documents: the figures "
                      "that travel.", [
                          Section("top", "Most repeated misquotes", "Documents carrying each figure.",
                                  count_chart(items, "documents") if items else None, table)])


def _figure(value: float, unit: str | None) -> str:
    """A claimed or official figure as people write it; a change as a percent or a multiple."""
    if unit == "ratio":
        return f"×{value:.3g}" if value >= 1.5 else f"{value - 1:+.1%}".replace("-", "−")
    return format_value(value, unit or "")


def revisions(corpus: Corpus) -> CorpusPage:
    cells = corpus.rows("""
        SELECT verdict_at_publication_label, verdict_label, count(*) FROM claims
        WHERE verdict_at_publication_label IS NOT NULL GROUP BY ALL ORDER BY 1, 2""")
    total = sum(n for _, _, n in cells)
    changed = sum(n for a, b, n in cells if a != b)
    by_ind = corpus.rows("""
        SELECT coalesce(min(indicator_name), indicator), count(*),
               count(*) FILTER (WHERE verdict_at_publication_label <> verdict_label),
               mode(verdict_at_publication_official_period), mode(verdict_official_period)
        FROM claims WHERE verdict_at_publication_label IS NOT NULL
        GROUP BY indicator ORDER BY 2 DESC, 1 LIMIT 30""")
    table = Table("Claims read differently at publication, by indicator",
                  ("Measure", "Claims", "Verdict changed", "Usual period then", "Usual period now"),
                  [list(r) for r in by_ind], (1, 2))
    grid = Table("Verdict at publication against today's", ("At publication", "Today", "Claims"),
                 [[WORDS.get(a, a), WORDS.get(b, b), n] for a, b, n in cells], (2,))
    lede = (f"{total:,} claims were judged against figures that were revised, or published, after the text "
            f"appeared; {changed:,} of them get a different verdict today than by the releases out on their "
            f"publication date.")
    return CorpusPage("revisions", "At publication and today", lede, [
        Section("grid", "Then and now", "Rows: the verdict by the releases out at publication; columns: today's.",
                transition_chart(cells) if cells else None, grid),
        Section("by-indicator", "By indicator", "Where revisions and late releases change the reading.", None,
                table)])


PAGES = (overview, outlets, months, misquoted, revisions)


def corpus_pages(folder: Path) -> list[CorpusPage]:
    """Every corpus page for a scan's output folder."""
    corpus = Corpus(Path(folder))
    try:
        return [page(corpus) for page in PAGES]
    finally:
        corpus.close()
