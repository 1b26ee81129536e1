"""The monitor in a real browser: Debian's Chromium, driven by Playwright, fully offline.

These tests run by default (CI installs chromium with apt-get); a machine without
/usr/bin/chromium fails them loudly rather than skipping, because the promise under test
("the site opens offline with no failed requests and no console errors") is only kept if it
is checked. Screenshots go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import BrowserContext, Page, sync_playwright

from usmx.periods import Period
from usmx.report import build_site
from usmx.store import Store
from usmx.web import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
REPO = Path(__file__).resolve().parents[1]
SHOTS = REPO / "test-artifacts" / "screenshots"


@dataclass
class Watch:
    """Everything a page did that it should not have: errors, failed loads, dialogs."""

    console: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def attach(self, page: Page) -> Page:
        page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url} ({r.failure})"))
        page.on("response", lambda r: self.failed.append(f"{r.url} (HTTP {r.status})") if r.status >= 400 else None)

        def on_dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        return page

    def assert_clean(self, where: str) -> None:
        assert not self.console, f"{where}: console errors {self.console}"
        assert not self.failed, f"{where}: failed requests {self.failed}"
        assert not self.dialogs, f"{where}: dialogs opened {self.dialogs}"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); "
                    "the browser tests are not optional")
    SHOTS.mkdir(parents=True, exist_ok=True)
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield ctx
        finally:
            ctx.close()



def paragraph(store: Store) -> str:
    """A paragraph whose figures come from the store: one right, one doubled."""
    a = store.value("mx_remittances", Period.year(2023))
    assert a is not None
    billions = round(a.value / 1e9)
    return (f"Mexico received about ${billions} billion in remittances in 2023. "
            f"Some commentators said remittances to Mexico were ${2 * billions} billion in 2023.")


INJECTION = ('Attack test <script>alert("pwned")</script> with <img src=x onerror="alert(2)"> '
             'and <a href="javascript:alert(3)">a link</a> and <b onmouseover="alert(4)">hover</b>.')


@pytest.fixture(scope="module")
def site(store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = tmp_path_factory.mktemp("docs")
    article = docs / "injection-article.txt"
    article.write_text(f"A test article\n\n{INJECTION}\n\n{paragraph(store)}\n", "utf-8")
    out = tmp_path_factory.mktemp("site")
    build_site(store, out, documents=[str(article)], published=date(2024, 3, 1))
    return out


def test_every_page_of_the_static_site_loads_offline_cleanly(browser: BrowserContext, site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        watch = Watch()
        page = watch.attach(browser.new_page())
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        assert page.evaluate("document.styleSheets.length") == 1, path.name
        watch.assert_clean(path.relative_to(site).as_posix())
        page.close()


def test_index_links_to_an_indicator_and_is_keyboard_navigable(browser: BrowserContext, site: Path) -> None:
    watch = Watch()
    page = watch.attach(browser.new_page())
    page.goto((site / "index.html").as_uri())
    page.screenshot(path=str(SHOTS / "static-index.png"), full_page=True)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    for _ in range(40):  # keep tabbing until an indicator link has focus
        page.keyboard.press("Tab")
        href = page.evaluate("document.activeElement.getAttribute('href') || ''")
        if href.startswith("indicators/"):
            break
    assert href.startswith("indicators/"), "no indicator link reachable by keyboard"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(href)
    h1 = page.locator("h1").inner_text()
    assert h1 and h1 != "U.S.–Mexico indicators"
    figures = page.locator("figure")
    assert figures.count() >= 1
    for i in range(figures.count()):
        fig = figures.nth(i)
        label_id = fig.locator("div.chart").get_attribute("aria-labelledby")
        assert label_id and len(page.locator(f"#{label_id}").inner_text()) > 20
    page.goto((site / "indicators" / "mx_remittances.html").as_uri())
    page.screenshot(path=str(SHOTS / "static-indicator-mx_remittances.png"), full_page=False)
    titles = page.locator("#chart-native svg title")
    assert titles.count() > 0  # events have hover text ...
    assert page.locator("#events-table tbody tr").count() > 0  # ... and are listed in a table
    watch.assert_clean("index -> indicator")


def test_injected_markup_in_a_document_is_shown_as_text_not_run(browser: BrowserContext, site: Path) -> None:
    doc_pages = list((site / "documents").glob("injection-article-*.html"))
    assert len(doc_pages) == 1
    watch = Watch()
    page = watch.attach(browser.new_page())
    page.goto(doc_pages[0].as_uri())
    body = page.locator("main").inner_text()
    assert '<script>alert("pwned")</script>' in body and 'onerror="alert(2)"' in body
    assert page.evaluate("document.querySelectorAll('script:not([type=\"application/ld+json\"])').length") == 0
    assert page.evaluate("document.querySelectorAll('[onerror],[onmouseover],[onclick]').length") == 0
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\"]').length") == 0
    page.hover("text=a link")
    cards = page.locator("article.verdict")
    assert cards.count() >= 2
    badges = [cards.nth(i).locator(".badge").inner_text() for i in range(cards.count())]
    assert all(re.search(r"[A-Za-z]{4,}", b) for b in badges)  # a word, not only a colour
    page.screenshot(path=str(SHOTS / "static-document.png"), full_page=True)
    watch.assert_clean("document page")


@pytest.fixture(scope="module")
def server(store: Store) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the web app did not start within 30 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def test_web_app_pages_api_and_check_form(browser: BrowserContext, server: str, store: Store) -> None:
    watch = Watch()
    page = watch.attach(browser.new_page())
    page.goto(server + "/")
    page.screenshot(path=str(SHOTS / "serve-index.png"), full_page=False)
    with page.expect_navigation():
        page.get_by_role("link", name="Remittances received by Mexico", exact=True).first.click()
    assert page.url.endswith("/indicators/mx_remittances.html")
    assert page.locator("h1").inner_text() == "Remittances received by Mexico"
    with page.expect_navigation():
        page.get_by_role("link", name="Check a text").click()
    page.get_by_label("Text to check").fill(paragraph(store))
    page.get_by_label("Publication date").fill("2024-03-01")
    with page.expect_navigation():
        page.get_by_role("button", name="Check").click()
    cards = page.locator("article.verdict")
    assert cards.count() >= 2
    text = page.locator("main").inner_text()
    assert "Remittances received by Mexico" in text and "Official" in text
    page.screenshot(path=str(SHOTS / "serve-check-result.png"), full_page=True)
    api = page.request.get(server + "/api/value?indicator=mx_remittances&period=2023")
    assert api.ok and api.json()["period"]["label"] == "2023"
    spec = page.request.get(server + "/openapi.json").json()
    assert "/api/check" in spec["paths"]
    watch.assert_clean("web app")


def test_impact_page_loads_cleanly_with_its_chart(browser: BrowserContext, tmp_path: Path) -> None:
    """The snapshot has no monthly series long enough around the timeline's events yet, so the
    impact page is built from a made-up series with a known drop (values mean nothing)."""
    import random
    import tomllib

    from usmx.catalog import parse_catalog
    from usmx.events import Event
    from usmx.model import Observation, Source
    from usmx.report.impacts import ImpactSpec

    catalog = parse_catalog(tomllib.loads((REPO / "src/usmx/catalog/indicators.toml").read_text("utf-8")))
    rng = random.Random(3)
    obs = [
        Observation("sw_border_encounters", Period.month(2020 + i // 12, i % 12 + 1),
                    round(1000 * (0.6 if i >= 41 else 1.0) * (1 + rng.gauss(0, 0.03))), "final", "2024-01-01",
                    Source("cbp_encounters", "https://example.gov/data"))
        for i in range(60)
    ]
    event = Event("rule_ends", date(2023, 5, 11), None, "A rule <ends>", "migration", ("someone",),
                  "Something happened.", "https://example.gov/e")
    out = tmp_path / "site"
    build_site(Store.in_memory(obs, catalog), out, events=[event],
               impacts=[ImpactSpec("sw_border_encounters", "rule_ends")])
    watch = Watch()
    page = watch.attach(browser.new_page())
    page.goto((out / "index.html").as_uri())
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile("A rule <ends>")).click()
    assert "impact/sw_border_encounters--rule_ends.html" in page.url
    assert page.locator("#impact-chart svg").count() == 1
    assert "Average effect" in page.locator("table").first.inner_text()
    page.screenshot(path=str(SHOTS / "static-impact.png"), full_page=False)
    watch.assert_clean("impact page")


def test_a_ledger_section_renders_and_every_status_links_its_source(browser: BrowserContext, store: Store,
                                                                    tmp_path: Path) -> None:
    seed = REPO.parent / "shared" / "seeds" / "001_c895344bb03e8a40.txt"
    out = tmp_path / "site"
    build_site(store, out, documents=[str(seed)], published=date(2022, 6, 12), impacts=())
    (doc_page,) = (out / "documents").glob("*.html")
    watch = Watch()
    page = watch.attach(browser.new_page())
    page.goto(doc_page.as_uri())
    rows = page.locator("table.ledger tbody tr")
    assert rows.count() >= 10
    statuses = page.locator("table.ledger td.ledger-status")
    assert statuses.count() == rows.count()
    for i in range(statuses.count()):
        href = statuses.nth(i).locator("a").get_attribute("href") or ""
        assert href.startswith(("https://", "http://")) or href.endswith("events.html"), href
    assert "did not" in page.locator("table.ledger").inner_text() or "did_not" in page.content()
    page.locator("#ledger").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "static-ledger.png"), full_page=False)
    watch.assert_clean("ledger section")
