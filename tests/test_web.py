"""The local web app: pages, the JSON API, its OpenAPI description, and the input limits.

Runs on the bundled snapshot, as ``usmx serve`` on a fresh install would. Claimed figures
in the pasted texts are computed from the store, never typed in.
"""

from __future__ import annotations

from functools import partial

import httpx
import pytest
from fastapi.testclient import TestClient

from usmx.periods import Period
from usmx.report import checking, inputs
from usmx.store import Store
from usmx.text.fetch import fetch
from usmx.web import SECURITY_HEADERS


def remittances_2023(store: Store) -> float:
    a = store.value("mx_remittances", Period.year(2023))
    assert a is not None
    return a.value


def test_api_indicators_lists_every_indicator_with_direction(client: TestClient, store: Store) -> None:
    r = client.get("/api/indicators")
    assert r.status_code == 200
    data = r.json()
    assert [d["id"] for d in data] == [i.id for i in store.catalog]
    rem = next(d for d in data if d["id"] == "mx_remittances")
    latest = store.latest("mx_remittances")
    assert latest is not None and rem["latest"]["value"] == latest.value
    assert rem["direction"]["direction"] in ("rising", "falling", "flat", "mixed")
    assert rem["direction"]["method"]


def test_api_indicator_detail_and_unknown_id(client: TestClient, store: Store) -> None:
    r = client.get("/api/indicators/mx_remittances")
    assert r.status_code == 200
    d = r.json()
    assert d["definition"] and len(d["series"]) == len(store.series("mx_remittances"))
    assert any(y["period"]["label"] == "2023" and y["value"] == remittances_2023(store) for y in d["calendar_years"])
    bad = client.get("/api/indicators/mx_remitances")
    assert bad.status_code == 404 and "mx_remittances" in bad.json()["detail"]


def test_api_value_answers_and_refuses_clearly(client: TestClient, store: Store) -> None:
    r = client.get("/api/value", params={"indicator": "mx_remittances", "period": "2023"})
    assert r.status_code == 200 and r.json()["value"] == remittances_2023(store)
    assert r.json()["period"]["label"] == "2023"
    bad = client.get("/api/value", params={"indicator": "mx_remittances", "period": "2023-13"})
    assert bad.status_code == 400 and "month 13" in bad.json()["detail"]
    none = client.get("/api/value", params={"indicator": "mx_remittances", "period": "1950"})
    assert none.status_code == 404 and "coverage" in none.json()["detail"]


def test_openapi_describes_the_api_and_no_cdn_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/indicators", "/api/indicators/{indicator_id}", "/api/value", "/api/check"):
        assert path in spec["paths"]
    assert "CheckRequest" in spec["components"]["schemas"]
    assert "cdn" not in client.get("/docs", follow_redirects=True).text.lower()


def test_pages_are_served_with_a_strict_policy(client: TestClient) -> None:
    for path in ("/", "/indicators/mx_remittances.html", "/events.html", "/check", "/static/style.css"):
        r = client.get(path)
        assert r.status_code == 200, path
        for k, v in SECURITY_HEADERS.items():
            assert r.headers[k] == v
    assert "script-src" not in SECURITY_HEADERS["Content-Security-Policy"]  # falls back to 'none'
    csv_ = client.get("/indicators/mx_remittances.csv")
    assert csv_.headers["content-type"].startswith("text/csv") and csv_.text.startswith("indicator,")
    assert client.get("/indicators/nope.html").status_code == 404
    assert client.get("/static/..%2Fpages.py").status_code == 404


def test_check_form_shows_verdicts_for_pasted_text(client: TestClient, store: Store) -> None:
    billions = round(remittances_2023(store) / 1e9)
    text = f"Remittances to Mexico reached about ${billions} billion in 2023, a record."
    r = client.post("/check", data={"text": text, "published": "2024-03-01"})
    assert r.status_code == 200
    assert 'class="verdict l-' in r.text and "Remittances received by Mexico" in r.text
    assert "application/ld+json" in r.text


def test_api_check_returns_claims_and_claimreview(client: TestClient, store: Store) -> None:
    billions = round(remittances_2023(store) / 1e9)
    r = client.post("/api/check", json={"text": f"Mexico received about ${billions} billion in remittances in 2023.",
                                         "published": "2024-03-01"})
    assert r.status_code == 200
    body = r.json()
    assert body["claims"] and body["claims"][0]["indicator"] == "mx_remittances"
    assert body["claimreview"][0]["@type"] == "ClaimReview"


def test_pasted_text_naming_no_year_is_dated_by_its_figures_as_the_cli_dates_it(client: TestClient) -> None:
    # Border Patrol southwest apprehensions July 2024 56,400, June 2024 83,532
    text = "In July, Border Patrol agents made 56,400 apprehensions at the southwest border, down from 83,532 in June."
    r = client.post("/check", data={"text": text})
    assert r.status_code == 200
    assert "2024-08-15" in r.text and "inferred from its figures" in r.text
    assert 'class="verdict l-accurate' in r.text


def test_injection_in_pasted_text_is_shown_not_run(client: TestClient) -> None:
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'
    r = client.post("/check", data={"text": evil + " 5 migrants.", "published": "2024-01-01"})
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert 'onerror="' not in r.text and 'href="javascript:' not in r.text


def test_large_or_bad_input_is_refused_with_a_clear_message(client: TestClient) -> None:
    big = "x" * (inputs.MAX_TEXT_CHARS + 1)
    r = client.post("/check", data={"text": big})
    assert r.status_code == 413 and "too long" in r.text and "200,000" in r.text
    r = client.post("/api/check", json={"text": big})
    assert r.status_code == 413 and "too long" in r.json()["detail"]
    huge = client.post("/api/check", content=b"{" + b" " * (inputs.MAX_BODY_BYTES + 10) + b"}",
                       headers={"content-type": "application/json"})
    assert huge.status_code == 413 and "too large" in huge.json()["detail"]
    r = client.post("/api/check", json={"url": "file:///etc/passwd"})
    assert r.status_code == 400 and "only http and https" in r.json()["detail"]
    r = client.post("/check", data={"url": "javascript:alert(1)"})
    assert r.status_code == 400 and "only http and https" in r.text
    r = client.post("/api/check", json={})
    assert r.status_code == 400 and "no text" in r.json()["detail"]
    r = client.post("/check", data={"text": "5 migrants", "published": "yesterday"})
    assert r.status_code == 400 and "YYYY-MM-DD" in r.text


# --------------------------------------------------------------------------- checking a page


def serve(pages: dict[str, httpx.Response]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: pages[request.url.path])


def test_a_fetched_page_is_checked_and_named_by_its_final_url(
        client: TestClient, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    billions = round(remittances_2023(store) / 1e9)
    html = (f"<html><head><title>Money home</title></head><body><article><p>Mexico received about ${billions} "
            f"billion in remittances in 2023, officials said.</p></article></body></html>").encode()
    transport = serve({
        "/short": httpx.Response(301, headers={"location": "/news/remittances"}),
        "/news/remittances": httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, content=html),
    })
    monkeypatch.setattr(checking, "fetch", partial(fetch, transport=transport))
    r = client.post("/api/check", json={"url": "https://example.org/short", "published": "2024-03-01"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["document"]["url"] == "https://example.org/news/remittances"
    assert body["document"]["name"] == "https://example.org/short"
    assert body["claims"][0]["indicator"] == "mx_remittances"


def test_fetch_refusals_reach_the_user_with_the_right_status(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    transport = serve({
        "/big": httpx.Response(200, headers={"content-type": "text/html", "content-length": "999999999"}),
        "/pdf": httpx.Response(200, headers={"content-type": "application/pdf"}, content=b"%PDF-1.7"),
        "/away": httpx.Response(302, headers={"location": "file:///etc/passwd"}),
    })
    monkeypatch.setattr(checking, "fetch", partial(fetch, transport=transport))
    r = client.post("/api/check", json={"url": "https://example.org/big"})
    assert r.status_code == 413 and "too large" in r.json()["detail"]
    r = client.post("/check", data={"url": "https://example.org/big"})
    assert r.status_code == 413 and "too large" in r.text
    r = client.post("/api/check", json={"url": "https://example.org/pdf"})
    assert r.status_code == 400 and "content type application/pdf" in r.json()["detail"]
    r = client.post("/api/check", json={"url": "https://example.org/away"})
    assert r.status_code == 400 and "redirects to file:///etc/passwd" in r.json()["detail"]


def test_api_value_answers_a_twelve_month_overdose_count_and_says_which_count(client: TestClient) -> None:
    r = client.get("/api/value", params={"indicator": "us_synthetic_opioid_deaths", "period": "12m to 2023-07"})
    assert r.status_code == 200, r.text
    out = r.json()
    assert (out["value"], out["status"], out["period"]["kind"]) == (78_729, "predicted", "12m_ending")
    assert out["secondary_source"] is False
    assert any(f["status"] == "provisional" for f in out["revisions"])  # the reported count beside it


def test_api_ledger_lists_dates_forecasts_and_recommendations(client: TestClient) -> None:
    r = client.post("/api/ledger", json={"text": "Washington should designate the cartels as foreign terrorist "
                                                 "organizations. The USMCA comes up for review in 2025.",
                                         "published": "2024-06-01"})
    assert r.status_code == 200
    kinds = {(e["kind"], e["status"]) for e in r.json()["entries"]}
    assert ("recommendation", "done") in kinds and ("date", "wrong_date") in kinds
    assert client.post("/api/ledger", json={}).status_code == 400
