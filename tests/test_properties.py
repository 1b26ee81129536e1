"""Hostile inputs, generated: whatever comes in, usmx answers with a documented exit code or status.

The contract checked for every generated input:

- ``usmx check``: exit 0, 1 or 2 (never 3, an internal error); every line on stderr is one
  ``usmx: error:`` or ``usmx: warning:`` line, never a traceback; JSON and JSON Lines output
  parse, and hold no ``Infinity`` or ``NaN``.
- ``usmx value``: exit 0, 1 or 2, one line on stderr when not 0, valid JSON with ``--json``.
- The API and the pages: a documented status (200, 400, 403, 404, 413, 422, 503), never a
  500; every /api/ answer is valid JSON.

Profiles. By default the ``ci`` profile runs: derandomised (the same examples on every run)
and a bounded number of examples, so the file takes well under two minutes on two cores.
``USMX_FUZZ=long`` selects the ``long`` profile (random examples, twenty times as many) and
also runs the tests marked ``fuzz_long``; see docs/security.md.

No example reaches the network: name lookups are answered "no such host" for the whole
module, and the fetcher connects only to what a lookup returns.
"""

from __future__ import annotations

import io
import json
import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import usmx.cli
from usmx.check import FORMATS, run_check
from usmx.store import Store
from usmx.web import create_app

LONG = os.environ.get("USMX_FUZZ") == "long"
_COMMON: dict[str, Any] = {
    "deadline": None,  # a slow example is reported by the time budget tests, not here: CI machines vary
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
}
settings.register_profile("ci", derandomize=True, max_examples=50, print_blob=True, **_COMMON)
settings.register_profile("long", max_examples=1000, print_blob=True, **_COMMON)
PROFILE = "long" if LONG else "ci"
long_only = pytest.mark.skipif(not LONG, reason="long fuzzing run: set USMX_FUZZ=long")

CHECK_CODES = {0, 1, 2}
VALUE_CODES = {0, 1, 2}
STATUSES = {200, 400, 403, 404, 413, 422, 503}



@pytest.fixture(scope="module", autouse=True)
def offline() -> Iterator[None]:
    """Every name lookup fails at once, so a generated URL is refused or unreachable, never fetched."""

    def no_lookup(host: Any, *args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "no lookups in property tests")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket, "getaddrinfo", no_lookup)
        mp.delenv("USMX_ALLOW_PRIVATE", raising=False)
        mp.delenv("USMX_DEBUG", raising=False)
        yield


@pytest.fixture(scope="module")
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store=store, check_budget=30), base_url="http://localhost",
                    raise_server_exceptions=False) as c:
        yield c


def strict_json(text: str) -> Any:
    """``text`` parsed as JSON proper: ``Infinity`` and ``NaN``, which Python writes and others refuse, fail."""

    def refuse(name: str) -> Any:
        raise AssertionError(f"not JSON: {name}")

    return json.loads(text, parse_constant=refuse)


# --------------------------------------------------------------------------- strategies

DIGITS = st.one_of(
    st.integers(min_value=0, max_value=10**6).map(str),
    st.integers(min_value=0, max_value=10**30).map(lambda n: f"{n:,}"),
    st.integers(min_value=1, max_value=600).map(lambda n: "9" * n),
    st.tuples(st.integers(0, 10**9), st.integers(0, 10**6)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.sampled_from(["0", "00", "-1", "1e400", "inf", "NaN", "1,00,000", "0.0000001", "٣٤", "１２３"]),
)
NUMBERS = st.tuples(
    st.sampled_from(["", "$", "US$", "MX$", "about ", "more than ", "nearly $", "-", "+"]),
    DIGITS,
    st.sampled_from(["", " billion", " million", " trillion", "bn", "%", " percent", " pounds", " people",
                     " migrants", " deaths", " thousand", "k", " times", "-fold", " percentage points"]),
).map("".join)
WORD_NUMBERS = st.sampled_from(["a third of", "half of", "tens of thousands of", "twice", "tripled",
                                "twenty-five", "a record", "one in five", "dozens of", "ninety-nine billion"])
SUBJECTS = st.sampled_from([
    "Remittances to Mexico", "Southwest border encounters", "Homicides in Mexico", "Overdose deaths",
    "U.S. imports from Mexico", "Fentanyl seizures", "FDI into Mexico", "Mexico's share of U.S. trade",
    "Feminicides", "The trade deficit with Mexico", "It", "They", "",
])
VERBS = st.sampled_from(["reached", "rose to", "fell", "were", "totaled", "jumped", "stood at", "will reach",
                         "doubled to", "is", ":", "—", "increased by"])
PERIODS = st.one_of(
    st.sampled_from(["in 2022", "last year", "next year", "this year", "in fiscal 2023", "in FY2021",
                     "in the 12 months to June 2024", "since 1972", "in March", "between 2019 and 2023",
                     "in 2021-22", "a day", "each year", "so far this year", "in the first half of 2024",
                     "in Q3 2023", "", "in 1799", "in 2199", "in 0001"]),
    st.integers(min_value=0, max_value=99999).map(lambda y: f"in {y}"),
)
LABELS = st.sampled_from(["", "Note 1: ", "- 2021: ", "Table 3: ", "1. ", "* ", "FY2023: ", "Q1: ", "(a) ",
                          "Source: ", "2021:", "# ", "> "])
SEPARATORS = st.sampled_from([". ", ".\n", "\n\n", "; ", ", ", " ", "\n- ", ""])

SENTENCES = st.tuples(LABELS, SUBJECTS, VERBS, st.one_of(NUMBERS, WORD_NUMBERS), PERIODS).map(
    lambda t: f"{t[0]}{t[1]} {t[2]} {t[3]} {t[4]}".strip())
PROSE = st.lists(st.tuples(SENTENCES, SEPARATORS).map("".join), min_size=1, max_size=12).map("".join)
UNICODE = st.text(st.characters(codec="utf-8"), max_size=400)
MIXED = st.lists(st.one_of(SENTENCES, UNICODE, NUMBERS, st.sampled_from(["\u200b", "\u202e", "\x00", "\ufeff",
                                                                         "\r\n", "\t", "…", "–", "“", "½"])),
                 max_size=8).map(" ".join)
HTML = st.tuples(
    st.sampled_from(["<html><head><title>t</title></head><body><article><p>", "<p>", "<div><script>", "<!doctype html>",
                     "<html><head><meta property='article:published_time' content='0001-01-01'></head><body><p>",
                     "<table><tr><td>", "<<<>>>", "<p><b>"]),
    st.one_of(PROSE, UNICODE),
    st.sampled_from(["</p></article></body></html>", "</script></div>", "", "</td></tr></table>", "<p", "</b>"]),
).map("".join)
TEXTS = st.one_of(PROSE, MIXED, HTML, UNICODE)
RAW = st.one_of(TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=300),
                TEXTS.map(lambda t: t.encode("utf-16")), TEXTS.map(lambda t: t.encode("latin-1", "replace")))

DATES = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["0001-01-01", "9999-12-31", "1800-01-01", "2199-12-31", "2024-02-30", "yesterday", "",
                     "20230101", "2023-W01-1", "2023-13-01", " 2023-06-01 ", "２０２３-０６-０１", "-2023-01-01"]),
    st.text(max_size=20),
)
PERIOD_TEXT = st.one_of(
    st.integers(min_value=-10, max_value=100000).map(str),
    st.integers(min_value=-10, max_value=100000).map(lambda y: f"FY{y}"),
    st.tuples(st.integers(0, 10000), st.integers(-1, 14)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
    st.tuples(st.integers(0, 10000), st.integers(-1, 6)).map(lambda t: f"{t[0]}-Q{t[1]}"),
    st.tuples(st.integers(0, 10000), st.integers(0, 13)).map(lambda t: f"12m to {t[0]}-{t[1]:02d}"),
    st.sampled_from(["2022", "FY2022", "2022-05", "2022-Q1", "12m to 2022-02", "", " ", "2022-00", "0000",
                     "9999", "10000", "FY0", "2022/05", "May 2022", "2022-1", "２０２２"]),
    st.text(max_size=30),
)
IDS = st.one_of(
    st.sampled_from(["mx_remittances", "sw_border_encounters", "mx_homicides", "cbp_fentanyl_seizures",
                     "mx_share_us_goods_trade", "mx_rank_us_trading_partner", "cartel_territory_share",
                     "mx_remitances", "MX_REMITTANCES", "", " ", "../etc/passwd", "mx_remittances\x00"]),
    st.text(max_size=40),
)
URLS = st.one_of(
    st.sampled_from(["http://localhost/", "http://127.1/", "http://2130706433/", "http://0x7f000001/",
                     "http://[::ffff:127.0.0.1]/", "http://169.254.169.254/", "file:///etc/passwd",
                     "javascript:alert(1)", "http://user:pw@example.org/", "https://example.org/a",
                     "www.example.org/x", "http://[::1", "http://%00/", "http://" + "a" * 300 + ".example/",
                     "https://8.8.8.8/", "gopher://x/", "http:///", ""]),
    st.text(max_size=60),
)


# --------------------------------------------------------------------------- check


def _assert_check_contract(code: int, out: str, err: str, fmt: str) -> None:
    assert code in CHECK_CODES, err
    assert "Traceback" not in err and "Traceback" not in out
    for line in err.splitlines():
        assert line.startswith(("usmx: error: ", "usmx: warning: ")), line
    if code == 2 and not out:
        assert err.startswith("usmx: error: ")
    if fmt == "json" and out:
        assert isinstance(strict_json(out), list)
    if fmt == "jsonl":
        for line in out.splitlines():
            strict_json(line)


def _check(store: Store, data: bytes, published: str | None, fmt: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_check(["-"], published=published, fmt=fmt, store=store, out=out, err=err, color=False,
                     stdin=io.BytesIO(data))
    return code, out.getvalue(), err.getvalue()


@settings(settings.get_profile(PROFILE), max_examples=settings.get_profile(PROFILE).max_examples * 3)
@given(text=TEXTS, published=DATES, fmt=st.sampled_from(FORMATS))
def test_check_any_text(store: Store, text: str, published: str | None, fmt: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    code, out, err = _check(store, data, published, fmt)
    _assert_check_contract(code, out, err, fmt)


@settings(settings.get_profile(PROFILE))
@given(data=RAW, published=DATES)
def test_check_any_bytes(store: Store, data: bytes, published: str | None) -> None:
    code, out, err = _check(store, data, published, "json")
    _assert_check_contract(code, out, err, "json")


@settings(settings.get_profile(PROFILE))
@given(sentences=st.lists(SENTENCES, min_size=1, max_size=6), published=st.dates().map(lambda d: d.isoformat()))
def test_check_claims_any_date(store: Store, sentences: list[str], published: str) -> None:
    """Claim-shaped text against every date: in range it is checked, out of range it is bad input."""
    code, out, err = _check(store, "\n".join(sentences).encode(), published, "json")
    _assert_check_contract(code, out, err, "json")
    if not ("1800-01-01" <= published <= "2199-12-31"):
        assert code == 2 and "--published must be between" in err


@settings(settings.get_profile(PROFILE))
@given(sources=st.lists(st.one_of(URLS, st.sampled_from(["/dev/zero", "/dev/null", "/", "/nonexistent", "-", ""])),
                        min_size=1, max_size=3))
def test_check_any_source_names(store: Store, sources: list[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = run_check(sources, published="2023-06-01", fmt="json", store=store, out=out, err=err, color=False,
                     stdin=io.BytesIO(b"Remittances reached $60 billion in 2022."))
    _assert_check_contract(code, out.getvalue(), err.getvalue(), "json")


# --------------------------------------------------------------------------- value


@pytest.fixture(scope="module")
def cli(store: Store) -> Iterator[Any]:
    runner = CliRunner()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(usmx.cli, "_store", lambda: store)

        def invoke(*args: str) -> Any:
            return runner.invoke(usmx.cli.app, list(args))

        yield invoke


@settings(settings.get_profile(PROFILE), max_examples=settings.get_profile(PROFILE).max_examples * 3)
@given(indicator=IDS, period=PERIOD_TEXT, as_json=st.booleans(), as_of=st.one_of(st.none(), DATES))
def test_value_any_id_and_period(cli: Any, indicator: str, period: str, as_json: bool, as_of: str | None) -> None:
    args = ["value", indicator, period, *(["--json"] if as_json else [])]
    if as_of is not None:
        args += ["--as-of", as_of]
    res = cli(*args)
    assert res.exit_code in VALUE_CODES, (res.stdout, res.stderr, res.exception)
    assert "Traceback" not in res.stdout + res.stderr
    if res.exit_code == 0:
        assert res.stderr == ""
        if as_json:
            body = strict_json(res.stdout)
            assert body["indicator"] == indicator
    else:
        assert res.stdout == "" and res.stderr.startswith("usmx: error: ") and res.stderr.count("\n") == 1


# --------------------------------------------------------------------------- the API and the pages


def _assert_status(r: Any) -> None:
    assert r.status_code in STATUSES, (r.status_code, r.text[:500])
    if r.request.url.path.startswith("/api/"):
        body = strict_json(r.text)
        if r.status_code != 200:
            assert isinstance(body["detail"], str | list)


@settings(settings.get_profile(PROFILE), max_examples=settings.get_profile(PROFILE).max_examples * 2)
@given(indicator=IDS, period=PERIOD_TEXT, as_of=st.one_of(st.none(), DATES))
def test_api_value_any_params(client: TestClient, indicator: str, period: str, as_of: str | None) -> None:
    params = {"indicator": indicator, "period": period}
    if as_of is not None:
        params["as_of"] = as_of
    r = client.get("/api/value", params=params)
    _assert_status(r)
    if r.status_code == 200:
        assert r.json()["indicator"] == indicator


@settings(settings.get_profile(PROFILE))
@given(indicator=IDS)
def test_api_indicator_and_pages_any_id(client: TestClient, indicator: str) -> None:
    from urllib.parse import quote

    for path in (f"/api/indicators/{quote(indicator, safe='')}", f"/indicators/{quote(indicator, safe='')}.html",
                 f"/indicators/{quote(indicator, safe='')}.csv", f"/static/{quote(indicator, safe='')}"):
        _assert_status(client.get(path))


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | UNICODE,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                        max_size=3),
                           max_leaves=6)


@settings(settings.get_profile(PROFILE), max_examples=settings.get_profile(PROFILE).max_examples * 2)
@given(body=st.fixed_dictionaries({}, optional={
    "text": st.one_of(TEXTS, JSON_VALUES), "url": st.one_of(URLS, JSON_VALUES),
    "published": st.one_of(DATES, JSON_VALUES), "name": st.one_of(UNICODE, JSON_VALUES)}))
def test_api_check_any_body(client: TestClient, body: dict[str, Any]) -> None:
    _assert_status(client.post("/api/check", json=body))


@settings(settings.get_profile(PROFILE))
@given(raw=st.one_of(st.binary(max_size=200), UNICODE.map(str.encode)),
       ctype=st.sampled_from(["application/json", "text/plain", "application/x-www-form-urlencoded", ""]))
def test_api_check_any_bytes(client: TestClient, raw: bytes, ctype: str) -> None:
    _assert_status(client.post("/api/check", content=raw, headers={"content-type": ctype} if ctype else {}))


@settings(settings.get_profile(PROFILE))
@given(text=st.one_of(TEXTS, st.just("")), url=st.one_of(st.just(""), URLS), published=st.one_of(st.just(""), DATES))
def test_check_form_any_fields(client: TestClient, text: str, url: str, published: str | None) -> None:
    r = client.post("/check", data={"text": text, "url": url, "published": published or ""})
    _assert_status(r)
    assert r.headers["content-type"].startswith(("text/html", "text/plain"))


@settings(settings.get_profile(PROFILE))
@given(host=st.one_of(st.text(max_size=40), st.sampled_from(["localhost", "127.0.0.1:8000", "[::1]", "evil.example"])),
       origin=st.one_of(st.none(), st.text(max_size=40), st.sampled_from(["null", "http://localhost", "http://evil"])))
def test_any_host_and_origin(client: TestClient, host: str, origin: str | None) -> None:
    headers = {"host": host.encode("latin-1", "ignore").decode("latin-1").replace("\n", "").replace("\r", "")}
    if origin is not None:
        headers["origin"] = origin.encode("latin-1", "ignore").decode("latin-1").replace("\n", "").replace("\r", "")
    try:
        r = client.post("/api/check", json={"text": "Remittances reached $60 billion in 2022."}, headers=headers)
    except Exception:  # a header the HTTP client itself refuses to send is no test of the server
        reject()
    _assert_status(r)


# --------------------------------------------------------------------------- long runs only


@long_only
@pytest.mark.fuzz_long
@settings(settings.get_profile(PROFILE), max_examples=50)
@given(paragraphs=st.lists(PROSE, min_size=20, max_size=200), published=st.dates().map(lambda d: d.isoformat()))
def test_check_long_documents(store: Store, paragraphs: list[str], published: str) -> None:
    code, out, err = _check(store, "\n\n".join(paragraphs).encode(), published, "json")
    _assert_check_contract(code, out, err, "json")
