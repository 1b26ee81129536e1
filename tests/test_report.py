"""The static site: direction of travel, charts, claim markup, ClaimReview and the build.

Rule tests use made-up observations shaped for the rule under test (their values mean
nothing); the build tests use the bundled snapshot, as a fresh clone would.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from usmx import trend
from usmx.catalog import Catalog, parse_catalog
from usmx.events import Event
from usmx.model import Observation, Source
from usmx.periods import Period
from usmx.report import build_site, charts
from usmx.report.claimreview import claim_reviews, script_json
from usmx.report.documents import Document, make_card, paragraphs
from usmx.report.pages import Renderer
from usmx.store import Store, open_store

CATALOG_TOML = Path(__file__).resolve().parents[1] / "src" / "usmx" / "catalog" / "indicators.toml"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return parse_catalog(tomllib.loads(CATALOG_TOML.read_text("utf-8")))


def obs(ind: str, period: Period, value: float, status: str = "final", vintage: str = "2024-01-01",
        sha: str = "a") -> Observation:
    return Observation(ind, period, value, status, vintage,  # type: ignore[arg-type]
                       Source("cbp_encounters", "https://example.gov/data", sha, "file.csv", vintage))


def monthly(ind: str, values: Sequence[float], start: tuple[int, int] = (2020, 1), **kw: Any) -> list[Observation]:
    y, m = start
    out = []
    for v in values:
        out.append(obs(ind, Period.month(y, m), v, **kw))
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return out


SEASON = [0.8, 0.85, 1.0, 1.1, 1.2, 1.15, 1.1, 1.05, 1.0, 0.95, 0.9, 0.9]


# --------------------------------------------------------------------------- trend


def test_mann_kendall_matches_the_textbook_statistic() -> None:
    # Strictly increasing, n = 10: S = n(n-1)/2 = 45, Var = n(n-1)(2n+5)/18 = 125.
    mk = trend.mann_kendall([list(range(10))])
    assert mk.s == 45 and mk.variance == pytest.approx(125.0)
    assert mk.z == pytest.approx(44 / math.sqrt(125))
    assert mk.p == pytest.approx(math.erfc(44 / math.sqrt(125) / math.sqrt(2)))
    assert mk.slope_per_year == pytest.approx(1.0)


def test_mann_kendall_corrects_variance_for_ties() -> None:
    # One tie group of 3 among n = 5: Var = (5*4*15 - 3*2*11) / 18.
    mk = trend.mann_kendall([[1, 2, 2, 2, 3]])
    assert mk.variance == pytest.approx((300 - 66) / 18)
    assert mk.s == 1 + 1 + 1 + 1 + 0 + 0 + 1 + 0 + 1 + 1


def test_seasonal_pattern_alone_is_flat_not_a_trend(catalog: Catalog) -> None:
    values = [1000 * SEASON[i % 12] for i in range(48)]
    store = Store.in_memory(monthly("mx_remittances", values), catalog)
    t = trend.assess(store, catalog.get("mx_remittances"))
    assert t.direction == "flat" and t.change == pytest.approx(0.0)
    assert t.test is not None and not t.test.significant and t.test.seasons == 12


def test_steady_growth_with_seasonality_is_rising(catalog: Catalog) -> None:
    values = [1000 * SEASON[i % 12] * 1.01 ** i for i in range(48)]
    store = Store.in_memory(monthly("mx_remittances", values), catalog)
    t = trend.assess(store, catalog.get("mx_remittances"))
    assert t.direction == "rising"
    assert t.change == pytest.approx(1.01 ** 12 - 1, rel=1e-9)
    assert t.window == "2023-01..2023-12" and t.previous_window == "2022-01..2022-12"


def test_decline_is_falling_and_a_deepening_deficit_reads_as_falling(catalog: Catalog) -> None:
    store = Store.in_memory(monthly("us_mx_trade_balance", [-100 - 5 * i for i in range(36)]), catalog)
    t = trend.assess(store, catalog.get("us_mx_trade_balance"))
    assert t.direction == "falling" and t.change is not None and t.change < 0


def test_disagreement_between_the_two_signals_is_mixed(catalog: Catalog) -> None:
    # Two years up steeply, then the latest year well down: the 12-month total falls, but
    # over 36 months the same-month comparisons do not agree on a direction.
    values = [100.0] * 12 + [300.0] * 12 + [200.0] * 12
    store = Store.in_memory(monthly("sw_border_encounters", values), catalog)
    t = trend.assess(store, catalog.get("sw_border_encounters"))
    assert t.direction == "mixed" and t.change == pytest.approx(-1 / 3)
    assert "but" in t.reason


def test_twelve_month_totals_compare_with_the_total_a_year_earlier(catalog: Catalog) -> None:
    data = []
    for i in range(36):
        y, m = 2021 + i // 12, i % 12 + 1
        data.append(obs("us_overdose_deaths", Period.twelve_months_ending(y, m), 1000.0 - 10 * i, "provisional"))
    store = Store.in_memory(data, catalog)
    t = trend.assess(store, catalog.get("us_overdose_deaths"))
    assert t.window == "2023" and t.previous_window == "2022"  # 12 months ending December
    assert t.change == pytest.approx(650 / 770 - 1) and t.direction == "falling"


def test_short_series_estimates_and_ranks_are_not_assessed(catalog: Catalog) -> None:
    store = Store.in_memory([
        *monthly("mx_remittances", [1.0] * 20),
        obs("cartel_territory_share", Period.year(2021), 30, "estimate"),
        obs("mx_rank_us_trading_partner", Period.year(2021), 1),
    ], catalog)
    for ind in ("mx_remittances", "cartel_territory_share", "mx_rank_us_trading_partner"):
        assert trend.assess(store, catalog.get(ind)).direction == "not_assessed"


def test_annual_series_use_latest_year_and_ten_year_test(catalog: Catalog) -> None:
    store = Store.in_memory([obs("mx_fdi", Period.year(y), 100 + 10 * (y - 2010)) for y in range(2010, 2024)],
                            catalog)
    t = trend.assess(store, catalog.get("mx_fdi"))
    assert t.direction == "rising" and t.test is not None and t.test.n == 10 and t.test.seasons == 1
    assert t.window == "2023" and t.change == pytest.approx(230 / 220 - 1)


# --------------------------------------------------------------------------- charts


def test_charts_render_offline_to_svg_with_hover_titles_escaped() -> None:
    pts = [charts.Point(date(2020, m, 1), 10.0 * m, f"2020-{m:02d}") for m in range(1, 13)]
    ev = charts.EventMark("3", date(2020, 5, 11), 'Order <ends> & "more"')
    c = charts.series_chart(pts, "encounters", "alt", [ev])
    assert c.svg.startswith("<svg") and c.svg.rstrip().endswith("</svg>")
    titles = re.findall(r"<title>(.*?)</title>", c.svg)
    assert titles and all(t == "2020-05-11: Order &lt;ends&gt; &amp; &quot;more&quot;" for t in titles)
    assert "<ends>" not in c.svg
    assert not re.search(r"(?:href|src)=\"(?:https?:)?//", c.svg)
    assert charts.series_chart(pts, "encounters", "alt", [ev]).svg == c.svg  # deterministic


def test_money_axes_are_scaled_to_billions() -> None:
    assert charts.scale_for("USD", [5.6e9]).title == "US$ billions"
    assert charts.scale_for("USD", [5.6e6]).factor == 1e6
    assert charts.scale_for("deaths", [100_000]).factor == 1


def test_event_labels_close_together_go_to_different_rows() -> None:
    days = [date(2025, 1, 20), date(2025, 2, 1), date(2025, 3, 4), date(2015, 1, 1)]
    rows = charts.place_labels(sorted(days), date(2015, 1, 1), date(2025, 12, 1))
    assert rows[0] == 0 and len(set(rows[1:])) == 3


# --------------------------------------------------------------------------- documents


@dataclass
class FakeVerdict:
    label: str
    official_value: float | None = None
    official_period: Any = None
    status: str = "final"
    vintage: str = "2024-01-01"
    source: Any = None
    rule: str = "within 10% (about)"
    explanation: str = "Explanation."


@dataclass
class FakeClaim:
    """The shape of the checker's CheckedClaim, for rendering tests of the page itself."""

    start: int
    end: int
    quote: str
    verdict: FakeVerdict
    indicator: str | None = "sw_border_encounters"
    kind: str = "level"
    value: float | None = 100.0
    value_high: float | None = None
    unit: str = "encounters"
    qualifier: str = "about"
    period: Any = None
    sentence: str = ""
    doc: str = "doc"
    record: bool = False


def claim_at(text: str, quote: str, label: str = "accurate", **kw: Any) -> FakeClaim:
    i = text.index(quote)
    return FakeClaim(i, i + len(quote), quote, FakeVerdict(label), **kw)


def test_paragraphs_mark_claims_and_keep_text_exact() -> None:
    text = "First para has 100 migrants.\n\nSecond line one\nline two with 5 more."
    c1, c2 = claim_at(text, "100 migrants"), claim_at(text, "5 more")
    paras, unplaced = paragraphs(text, [c1, c2, FakeClaim(500, 510, "x", FakeVerdict("accurate"))])
    assert unplaced == [3]
    assert [p.cards for p in paras] == [[1], [2]]
    rebuilt = "\n\n".join("".join("\n".join(r.lines) for r in p.runs) for p in paras)
    assert rebuilt == text
    marked = [("\n".join(r.lines), r.claim) for p in paras for r in p.runs if r.claim]
    assert marked == [("100 migrants", 1), ("5 more", 2)]


def test_overlapping_claims_never_share_characters() -> None:
    text = "They said 100 migrants a day."
    a, b = claim_at(text, "100 migrants"), claim_at(text, "migrants a day")
    paras, _ = paragraphs(text, [a, b])
    runs = [(r.lines[0], r.claim) for r in paras[0].runs]
    assert runs == [("They said ", None), ("100 migrants", 1), (" a day", 2), (".", None)]


def test_claimreview_json_cannot_close_its_script_block(catalog: Catalog) -> None:
    text = "Evil </script><script>alert(1)</script> says 100 encounters."
    claim = claim_at(text, "</script><script>alert(1)</script> says 100 encounters", "overstated")
    card = make_card(1, claim, {i.id: (i.name, i.unit) for i in catalog})
    doc = Document("evil.txt", text, date(2024, 6, 5), "javascript:alert(1)", "")
    reviews = claim_reviews([card], doc, "documents/evil.html", date(2024, 7, 1))
    js = script_json(reviews)
    assert "<" not in js and ">" not in js
    back = json.loads(js)[0]
    assert back["claimReviewed"] == claim.quote
    assert back["reviewRating"] == {"@type": "Rating", "alternateName": "Overstated", "ratingValue": 1,
                                    "bestRating": 3, "worstRating": 1}
    assert "url" not in back["itemReviewed"]["appearance"]  # a javascript: URL is not a link
    assert back["itemReviewed"]["datePublished"] == "2024-06-05"


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_document_page_escapes_everything_it_quotes(catalog: Catalog) -> None:
    text = ('Intro <script>alert("x")</script> and <img src=x onerror="alert(1)"> and '
            '<a href="javascript:alert(2)">link</a>.\n\nThey claim 100 encounters in 2022.')
    claim = claim_at(text, "100 encounters", "overstated", period=Period.year(2022))
    claim.verdict.official_value = 80.0
    claim.verdict.official_period = Period.year(2022)
    claim.verdict.explanation = '<b onmouseover="alert(3)">bold</b>'
    claim.verdict.source = Source("cbp_encounters", "javascript:alert(4)")
    store = Store.in_memory([obs("sw_border_encounters", Period.year(y), 80.0 + y - 2020) for y in range(2015, 2024)],
                            catalog)
    r = Renderer(store)
    html = r.document(Document("t.txt", text, date(2024, 1, 1)), [claim], reviewed=date(2024, 2, 1))
    p = _Collect()
    p.feed(html)
    scripts = [a for t, a in p.tags if t == "script"]
    assert scripts == [{"type": "application/ld+json"}]
    assert not any(k.startswith("on") for _t, a in p.tags for k in a)
    assert not any((a.get("href") or "").startswith("javascript:") for _t, a in p.tags)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;b onmouseover=&#34;alert(3)&#34;&gt;bold&lt;/b&gt;" in html
    # the verdict is carried by a word and an icon, not only by colour
    assert "▲</span> Overstated" in html
    assert 'id="c1"' in html and 'href="#v1"' in html and 'id="v1"' in html


# --------------------------------------------------------------------------- the build


def ev(eid: str, d: date, category: str, title: str) -> Event:
    return Event(eid, d, None, title, category, ("someone",), "Something happened.", "https://example.gov/e")


def test_indicator_page_has_views_table_revisions_events_and_csv(catalog: Catalog, tmp_path: Path) -> None:
    old = monthly("sw_border_encounters", [100.0] * 48, vintage="2023-01-01", sha="old")
    new = monthly("sw_border_encounters", [110.0] * 48, vintage="2024-01-01", sha="new")
    store = Store.in_memory(old + new, catalog)
    events = [ev("e_mig", date(2021, 5, 11), "migration", "Migration rule <ends>"),
              ev("e_trade", date(2021, 6, 1), "trade", "Tariff thing")]
    result = build_site(store, tmp_path, events=events, impacts=())
    html = (tmp_path / "indicators" / "sw_border_encounters.html").read_text("utf-8")
    for anchor in ('id="view-native"', 'id="view-year"', 'id="view-fiscal_year"', 'id="events"',
                   'id="revisions"', 'href="sw_border_encounters.csv"'):
        assert anchor in html
    assert "Migration rule &lt;ends&gt;" in html and "Tariff thing" not in html  # only its category
    assert "2021-05-11: 1. Migration rule &lt;ends&gt;" in html  # the hover title on the marker
    assert html.count("<figcaption>") >= 3 and 'role="img"' in html
    assert "1,320 encounters" in html  # 2021 derived from the newer file's months: 12 x 110
    assert "1,200 encounters" in html  # the older vintage, kept as a revision
    rows = (tmp_path / "indicators" / "sw_border_encounters.csv").read_text("utf-8").splitlines()
    assert len(rows) == 1 + 96 and rows[0].startswith("indicator,period_start,period_end")
    index = (tmp_path / "index.html").read_text("utf-8")
    assert trend.METHOD_NAME in index and "indicators/sw_border_encounters.html" in index
    assert result.pages == 1 + len(catalog) + 1 and result.indicators == len(catalog)
    assert (tmp_path / "static" / "style.css").is_file()


@pytest.fixture(scope="module")
def snapshot_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any, Store]:
    db = tmp_path_factory.mktemp("db") / "usmx.duckdb"
    store = open_store(db)
    out = tmp_path_factory.mktemp("site")
    return out, build_site(store, out, reviewed=date(2025, 1, 1)), store


def test_site_from_the_bundled_snapshot_is_complete_and_self_contained(
    snapshot_site: tuple[Path, Any, Store],
) -> None:
    out, result, store = snapshot_site
    pages = sorted(out.rglob("*.html"))
    assert len(pages) == result.pages >= len(store.catalog) + 2
    for page in pages:
        html = page.read_text("utf-8")
        p = _Collect()
        p.feed(html)
        for tag, attrs in p.tags:
            for key in ("src", "href"):
                target = attrs.get(key) or ""
                if tag in ("link", "img", "script") and key in attrs and not target.startswith("data:"):
                    assert "://" not in target, f"{page.name}: external resource {target}"
                    assert (page.parent / target.split("#")[0]).resolve().is_file(), f"{page.name}: {target}"
            href = attrs.get("href") or ""
            if tag == "a" and href.endswith((".html", ".csv")) and "://" not in href:
                assert (page.parent / href).resolve().is_file(), f"{page.name}: broken link {href}"
        assert "<script" not in html.replace('<script type="application/ld+json">', "")


def test_every_chart_has_a_text_alternative(snapshot_site: tuple[Path, Any, Store]) -> None:
    out, _result, _store = snapshot_site
    for page in out.rglob("*.html"):
        html = page.read_text("utf-8")
        for m in re.finditer(r'<div class="chart" role="img" aria-labelledby="([^"]+)">', html):
            label = re.search(rf'id="{re.escape(m.group(1))}"[^>]*>([^<]+)<', html)
            assert label and len(label.group(1)) > 20, f"{page.name}: chart {m.group(1)} lacks a summary"
        assert html.count("<svg") == len(re.findall(r'class="chart" role="img"', html))


def test_index_states_latest_values_from_the_store(snapshot_site: tuple[Path, Any, Store]) -> None:
    out, _result, store = snapshot_site
    index = (out / "index.html").read_text("utf-8")
    a = store.latest("mx_remittances")
    assert a is not None
    row = index[index.index('id="row-mx_remittances"'):]
    row = row[: row.index("</tr>")]
    from usmx.units import format_value

    assert format_value(a.value, "USD") in row and a.period.label in row
    assert re.search(r'class="dir dir-(rising|falling|flat|mixed)"', row)


def test_build_is_deterministic(snapshot_site: tuple[Path, Any, Store], tmp_path: Path) -> None:
    out, _result, store = snapshot_site
    build_site(store, tmp_path, reviewed=date(2025, 1, 1))
    for page in out.rglob("*"):
        if page.is_file():
            assert (tmp_path / page.relative_to(out)).read_bytes() == page.read_bytes(), page.name


def test_impact_page_shows_observed_counterfactual_and_band(catalog: Catalog, tmp_path: Path) -> None:
    import random

    from usmx.report.impacts import ImpactSpec, run_impacts

    rng = random.Random(7)
    values = []
    for i in range(60):  # 2020-01 .. 2024-12; a 40% drop from June 2023 (event on 2023-05-11)
        level = 1000 * SEASON[i % 12] * (0.6 if i >= 41 else 1.0)
        values.append(round(level * (1 + rng.gauss(0, 0.03))))
    store = Store.in_memory(monthly("sw_border_encounters", values), catalog)
    events = [ev("rule_ends", date(2023, 5, 11), "migration", "A rule ends"),
              ev("other", date(2023, 6, 1), "migration", "Another change")]
    spec = ImpactSpec("sw_border_encounters", "rule_ends")
    [page] = run_impacts(store, events, [spec])
    assert page.ok and page.result is not None
    eff = page.result.average_effect_pct
    assert eff.ci_low < -40 < eff.ci_high and eff.ci_high < 0
    build_site(store, tmp_path, events=events, impacts=[spec])
    html = (tmp_path / "impact" / "sw_border_encounters--rule_ends.html").read_text("utf-8")
    assert eff.text(3) in html and "Another change" in html  # the other event is named as a caveat
    assert html.count("<svg") == 1 and "counterfactual" in html.lower() and "95%" in html
    index = (tmp_path / "index.html").read_text("utf-8")
    assert 'href="impact/sw_border_encounters--rule_ends.html"' in index
