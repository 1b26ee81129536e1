"""Every ClaimReview block usmx emits validates against schema.org and Google's requirements.

The required and recommended properties below are written from Google Search Central's
fact-check documentation, "Fact check (ClaimReview) structured data":
https://developers.google.com/search/docs/appearance/structured-data/factcheck
(ClaimReview: ``claimReviewed``, ``reviewRating`` and ``url`` required; ``author``,
``datePublished`` and ``itemReviewed`` recommended. Rating: ``alternateName`` required;
``bestRating``, ``worstRating``, ``ratingValue`` and ``name`` recommended. Claim: ``appearance``,
``author``, ``datePublished`` and ``firstAppearance`` recommended), and from schema.org's
ClaimReview, Claim and Rating types (https://schema.org/ClaimReview). Google also asks that
``url`` be the page hosting the review (an anchor allowed), so every URL must be absolute.

Dates: a document's date is the claim's publication date only when it was known (given, the
page's metadata, a dateline); a date inferred from the text or today's date is never stated.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from usmx.periods import Period
from usmx.report import build_site
from usmx.report.claimreview import STATED_DATES
from usmx.store import Store, open_store

# Google's required properties, per type
REQUIRED = {
    "ClaimReview": ("claimReviewed", "reviewRating", "url"),
    "Rating": ("alternateName",),
}
# Google's recommended properties, per type: checked for type and form whenever present
RECOMMENDED = {
    "ClaimReview": ("author", "datePublished", "itemReviewed"),
    "Rating": ("bestRating", "worstRating", "ratingValue", "name"),
    "Claim": ("appearance", "author", "datePublished", "firstAppearance"),
}
# properties whose values are URLs (anywhere in the block)
URL_KEYS = ("url", "sameAs")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def problems(review: dict[str, Any], *, url_known: bool = True) -> list[str]:
    """What is wrong with one block; ``url_known`` False exempts only the page's own url."""
    out: list[str] = []
    if review.get("@context") != "https://schema.org":
        out.append("@context is not https://schema.org")
    if review.get("@type") != "ClaimReview":
        out.append("@type is not ClaimReview")
    for key in REQUIRED["ClaimReview"]:
        if key == "url" and not url_known:
            if key in review:
                out.append("url given though the page's address is unknown")
            continue
        if not review.get(key):
            out.append(f"ClaimReview.{key} is required")
    rating = review.get("reviewRating") or {}
    if rating.get("@type") != "Rating":
        out.append("reviewRating is not a Rating")
    for key in REQUIRED["Rating"]:
        if not rating.get(key):
            out.append(f"Rating.{key} is required")
    if "ratingValue" in rating:
        best, worst = rating.get("bestRating", 5), rating.get("worstRating", 1)
        if not worst <= rating["ratingValue"] <= best:
            out.append("ratingValue outside worstRating..bestRating")
    item = review.get("itemReviewed")
    if item is not None and item.get("@type") != "Claim":
        out.append("itemReviewed is not a Claim")
    author = review.get("author")
    if author is not None and (author.get("@type") not in ("Organization", "Person") or not author.get("name")):
        out.append("author must be a named Organization or Person")
    for where, block in (("ClaimReview", review), ("Claim", item or {}),
                         ("appearance", (item or {}).get("appearance") or {})):
        if "datePublished" in block and not ISO_DATE.match(str(block["datePublished"])):
            out.append(f"{where}.datePublished is not an ISO 8601 date")
    allowed = set(RECOMMENDED["ClaimReview"]) | set(REQUIRED["ClaimReview"]) | {"@context", "@type", "reviewBody"}
    out += [f"unexpected ClaimReview.{k}" for k in review if k not in allowed]
    out += [f"relative or non-http URL {u!r}" for u in _urls(review) if not _absolute(u)]
    return out


def _urls(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for k, v in node.items():
            if k in URL_KEYS and isinstance(v, str):
                yield v
            else:
                yield from _urls(v)
    elif isinstance(node, list):
        for v in node:
            yield from _urls(v)


def _absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def blocks(html: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for m in JSONLD.finditer(html):
        data = json.loads(m.group(1))
        out += data if isinstance(data, list) else [data]
    return out


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The bundled remittance figures only, so that building a site takes seconds."""
    full = open_store(tmp_path_factory.mktemp("db") / "usmx.duckdb")
    return Store.in_memory(list(full.observations("mx_remittances")), full.catalog)


def _text(store: Store) -> str:
    """A text whose figures come from the store (never typed in): one accurate, one overstated."""
    a = store.value("mx_remittances", Period.year(2023))
    assert a is not None
    billions = a.value / 1e9
    return (f"Remittances to Mexico reached ${billions:.1f} billion in 2023, the central bank said.\n\n"
            f"Some claim remittances reached ${billions * 2:.0f} billion in 2023.\n")


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory, store: Store) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("docs")
    dated = folder / "dated.txt"
    dated.write_text(_text(store), "utf-8")
    undated = folder / "undated.txt"
    undated.write_text(_text(store), "utf-8")
    return {"dated": dated, "undated": undated}


def _site_blocks(out: Path) -> list[dict[str, Any]]:
    found = [b for page in sorted((out / "documents").glob("*.html")) for b in blocks(page.read_text("utf-8"))]
    assert found, "no ClaimReview was emitted"
    return found


def test_every_block_of_a_site_with_a_base_url_validates(store: Store, documents: dict[str, Path],
                                                         tmp_path: Path) -> None:
    build_site(store, tmp_path, documents=[str(documents["dated"])], published=date(2024, 3, 1), events=[],
               impacts=(), reviewed=date(2024, 3, 2), base_url="https://checks.example.org/usmx")
    reviews = _site_blocks(tmp_path)
    for r in reviews:
        assert problems(r) == [], r
        assert r["url"].startswith("https://checks.example.org/usmx/documents/") and "#v" in r["url"]
        assert r["itemReviewed"]["datePublished"] == "2024-03-01"
        assert r["author"]["url"] == "https://checks.example.org/usmx/"
    rated = [r for r in reviews if "ratingValue" in r["reviewRating"]]
    assert rated and all("Official figure:" in r["reviewBody"] and "Banco de México" in r["reviewBody"]
                         for r in rated)


def test_without_a_base_url_the_url_fields_are_left_out_not_made_relative(
        store: Store, documents: dict[str, Path], tmp_path: Path) -> None:
    build_site(store, tmp_path, documents=[str(documents["dated"])], published=date(2024, 3, 1), events=[],
               impacts=(), reviewed=date(2024, 3, 2))
    for r in _site_blocks(tmp_path):
        assert problems(r, url_known=False) == [], r
        assert "url" not in r and "url" not in r["author"]


def test_an_undated_text_gets_no_publication_date_and_the_review_says_why(
        store: Store, documents: dict[str, Path], tmp_path: Path) -> None:
    build_site(store, tmp_path, documents=[str(documents["undated"])], events=[], impacts=(),
               reviewed=date(2024, 3, 2), base_url="https://checks.example.org/")
    reviews = _site_blocks(tmp_path)
    for r in reviews:
        assert problems(r) == [], r
        assert "datePublished" not in r["itemReviewed"]
        assert "datePublished" not in r["itemReviewed"]["appearance"]
        assert "carries no publication date" in r["reviewBody"]
    assert {"inferred from the text", "today"}.isdisjoint(STATED_DATES)


def test_report_refuses_a_base_url_that_is_not_absolute(tmp_path: Path) -> None:
    from usmx import cli

    result = CliRunner().invoke(cli.app, ["report", "--out", str(tmp_path / "s"), "--base-url", "checks/"])
    assert result.exit_code == 2 and "--base-url must be an absolute http(s) URL" in result.output
    assert not (tmp_path / "s").exists()


@pytest.fixture(scope="module")
def client(store: Store) -> Iterator[TestClient]:
    from usmx.web import create_app

    # the app answers only the hosts it is told it is served as
    with TestClient(create_app(store=store, allowed_hosts=("monitor.example.org",)),
                    base_url="https://monitor.example.org") as c:
        yield c


def test_the_web_apps_check_page_uses_its_own_url(client: TestClient, store: Store) -> None:
    r = client.post("/check", data={"text": _text(store), "published": "2024-03-01"})
    assert r.status_code == 200
    reviews = blocks(r.text)
    assert reviews
    for review in reviews:
        assert problems(review) == [], review
        assert review["url"].startswith("https://monitor.example.org/check#v")


def test_the_api_gives_a_url_only_when_told_where_the_reviews_will_be_published(
        client: TestClient, store: Store) -> None:
    r = client.post("/api/check", json={"text": _text(store), "published": "2024-03-01"})
    assert r.status_code == 200
    for review in r.json()["claimreview"]:
        assert problems(review, url_known=False) == [], review
    r = client.post("/api/check", json={"text": _text(store), "published": "2024-03-01",
                                        "review_url": "https://news.example.org/fact-check"})
    for review in r.json()["claimreview"]:
        assert problems(review) == [], review
        assert review["url"].startswith("https://news.example.org/fact-check#v")
    r = client.post("/api/check", json={"text": _text(store), "review_url": "/relative"})
    assert r.status_code == 400
