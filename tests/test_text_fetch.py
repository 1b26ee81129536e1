"""The one URL fetcher: each of its rules, offline, through httpx.MockTransport."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from functools import partial

import httpx
import pytest

from usmx.text import load as load_module
from usmx.text.document import DocumentError
from usmx.text.fetch import (
    MAX_REDIRECTS,
    FetchError,
    PageTooLarge,
    URLRefused,
    absolute,
    check_url,
    fetch,
    is_url,
)

Handler = Callable[[httpx.Request], httpx.Response]


def mock(handler: Handler) -> httpx.MockTransport:
    return httpx.MockTransport(handler)


def page(body: bytes = b"<html><body><p>hello</p></body></html>", ctype: str = "text/html") -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": ctype}, content=body)

    return handler


def refused(exc: pytest.ExceptionInfo[DocumentError]) -> str:
    message = str(exc.value)
    assert "\n" not in message
    return message


# --------------------------------------------------------------------------- the URL itself


@pytest.mark.parametrize("url", ["ftp://example.org/a.txt", "file:///etc/passwd", "javascript:alert(1)",
                                 "data:text/html,hi", "//example.org/a", "example.org/a"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(URLRefused, match="only http and https") as exc:
        fetch(url, transport=mock(page()))
    refused(exc)


def test_a_url_needs_a_host() -> None:
    with pytest.raises(URLRefused, match="no host name"):
        check_url("http:///a.html")


@pytest.mark.parametrize("url", ["http://user:pw@example.org/", "https://user@example.org/"])
def test_credentials_in_a_url_are_refused_and_not_repeated(url: str) -> None:
    with pytest.raises(URLRefused, match="user name or password") as exc:
        fetch(url, transport=mock(page()))
    assert "pw" not in refused(exc) and "user@" not in refused(exc)


def test_web_addresses_without_a_scheme_are_https() -> None:
    assert is_url("https://example.org") and is_url("www.example.org/a") and not is_url("notes/a.txt")
    assert absolute(" www.example.org/a ") == "https://www.example.org/a"
    assert absolute("http://example.org/a") == "http://example.org/a"
    assert absolute("notes/a.txt") == "notes/a.txt"


# --------------------------------------------------------------------------- redirects


def redirects(location: str, hops: int) -> Handler:
    """``hops`` redirects along /0, /1, ..., then ``location`` if it is not a page of its own."""

    def handler(request: httpx.Request) -> httpx.Response:
        step = int(request.url.path.strip("/") or 0)
        if step < hops:
            return httpx.Response(302, headers={"location": f"/{step + 1}"})
        if location:
            return httpx.Response(301, headers={"location": location})
        return httpx.Response(200, headers={"content-type": "text/plain"}, content=f"page {step}".encode())

    return handler


def test_redirects_are_followed_up_to_the_limit() -> None:
    got = fetch("https://example.org/0", transport=mock(redirects("", MAX_REDIRECTS)))
    assert got.url == f"https://example.org/{MAX_REDIRECTS}" and got.body == f"page {MAX_REDIRECTS}".encode()
    with pytest.raises(FetchError, match=f"too many redirects \\(more than {MAX_REDIRECTS}\\)") as exc:
        fetch("https://example.org/0", transport=mock(redirects("", MAX_REDIRECTS + 1)))
    refused(exc)


@pytest.mark.parametrize(("target", "why"), [
    ("file:///etc/passwd", "only http and https"),
    ("ftp://example.org/x", "only http and https"),
    ("http://admin:secret@intranet.example/", "user name or password"),
])
def test_every_redirect_hop_is_checked(target: str, why: str) -> None:
    with pytest.raises(URLRefused, match=why) as exc:
        fetch("http://example.org/0", transport=mock(redirects(target, 2)))
    assert refused(exc).startswith("http://example.org/0 redirects to ") and "secret" not in refused(exc)


# --------------------------------------------------------------------------- the answer


def test_error_status_is_named() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, content=b"not here")

    with pytest.raises(FetchError, match="answered HTTP 404"):
        fetch("https://example.org/gone", transport=mock(handler))


@pytest.mark.parametrize("ctype", ["application/pdf", "image/png", "application/octet-stream", "application/json"])
def test_content_types_that_hold_no_page_are_refused(ctype: str) -> None:
    with pytest.raises(FetchError, match=f"content type {ctype}"):
        fetch("https://example.org/f", transport=mock(page(b"%PDF-1.7", ctype)))


@pytest.mark.parametrize("ctype", ["text/html; charset=ISO-8859-1", "application/xhtml+xml", "text/plain",
                                   "text/markdown", "application/xml", ""])
def test_content_types_of_pages_and_text_are_accepted(ctype: str) -> None:
    got = fetch("https://example.org/f", transport=mock(page(b"text", ctype)))
    assert got.body == b"text"
    assert got.charset == ("ISO-8859-1" if "charset" in ctype else None)


def test_declared_length_over_the_cap_is_refused_before_reading() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/html", "content-length": "999999999"}, content=b"")

    with pytest.raises(PageTooLarge, match="999,999,999 bytes"):
        fetch("https://example.org/", transport=mock(handler))


def test_size_cap_holds_while_streaming_without_a_length() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/plain"}, content=iter([b"a" * 1000] * 20))

    with pytest.raises(PageTooLarge, match="more than 5,000 bytes") as exc:
        fetch("https://example.org/a", max_bytes=5000, transport=mock(handler))
    refused(exc)
    assert len(fetch("https://example.org/a", max_bytes=20_000, transport=mock(handler)).body) == 20_000


def test_one_deadline_covers_a_slow_body() -> None:
    def slow() -> Iterator[bytes]:
        for _ in range(10):
            time.sleep(0.05)
            yield b"x"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/plain"}, content=slow())

    with pytest.raises(FetchError, match=r"longer than 0\.1 seconds"):
        fetch("https://example.org/", timeout=0.1, transport=mock(handler))


def test_one_deadline_covers_all_the_redirects() -> None:
    """Each hop is quick; together they are not."""
    quick = redirects("", MAX_REDIRECTS)

    def handler(request: httpx.Request) -> httpx.Response:
        time.sleep(0.04)
        return quick(request)

    with pytest.raises(FetchError, match=r"longer than 0\.1 seconds"):
        fetch("https://example.org/0", timeout=0.1, transport=mock(handler))


@pytest.mark.parametrize(("error", "message"), [
    (httpx.ConnectError("[Errno 111] Connection refused\nmore detail"), r"cannot fetch \(\[Errno 111\] Connection"),
    (httpx.ReadTimeout("timed out"), "longer than 15 seconds"),
])
def test_network_failures_are_one_line(error: httpx.HTTPError, message: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    with pytest.raises(FetchError, match=message) as exc:
        fetch("https://example.org/", transport=mock(handler))
    assert refused(exc).startswith("https://example.org/: ")


# --------------------------------------------------------------------------- as a document


def test_load_fetches_web_addresses_and_reads_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    body = b"<html><head><title>T</title></head><body><p>" + b"Caf\xe9 con leche. " * 30 + b"</p></body></html>"
    serve = page(body, "text/html; charset=iso-8859-1")

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return serve(request)

    monkeypatch.setattr(load_module, "fetch", partial(fetch, transport=mock(handler)))
    doc = load_module.load("www.example.org/news")
    assert asked == ["https://www.example.org/news"]
    assert doc.kind == "html" and doc.title == "T" and "Caf\u00e9 con leche." in doc.text
    assert doc.name == "www.example.org/news"


def test_a_local_file_named_like_a_host_is_read_as_a_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from usmx.text.fetch import is_url

    monkeypatch.chdir(tmp_path)
    assert is_url("www.example.org/story")
    (tmp_path / "www.notes.txt").write_text("Remittances rose.")
    assert not is_url("www.notes.txt")
    assert is_url("https://www.notes.txt")
