"""Fetching a web page to check, within strict limits.

Whatever URL a user pastes is fetched from their machine, so the rules are strict and kept
in this one place for the command line and the web app alike: only http and https, on the
first request and on every redirect hop; no user name or password in a URL; at most
``MAX_REDIRECTS`` redirects; a cap on the bytes read, checked against the declared length
and again while streaming (headers can lie, compressed bodies grow); one deadline for the
whole fetch, redirects included; and only content types that can hold text to check.
Every refusal is a ``DocumentError`` whose message is one line naming the URL and the
problem.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from usmx.errors import TooLargeError
from usmx.text.document import MAX_BYTES, DocKind, DocumentError

TIMEOUT_S = 15.0
MAX_REDIRECTS = 5
USER_AGENT = "usmx claim checker"
ACCEPTED_TYPES = frozenset({
    "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
    "application/xml", "text/xml",
})
_SHOWN_CHARS = 200
_USERINFO = re.compile(r"//[^/?#@\s]*@")


class FetchError(DocumentError):
    """A URL that was refused or a page that could not be fetched."""


class URLRefused(FetchError):
    """A URL the fetcher will not request: wrong scheme, no host, credentials."""


class PageTooLarge(FetchError, TooLargeError):
    """A page over the size cap, by its declared length or by the bytes actually read."""


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    content_type: str  # the header as sent, parameters included
    body: bytes

    @property
    def media_type(self) -> str:
        return self.content_type.split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The charset the server declared, if any."""
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None

    @property
    def kind(self) -> DocKind | None:
        """The document kind the content type names; None leaves it to the bytes."""
        media = self.media_type
        if "html" in media or media.endswith("xml"):
            return "html"
        if "markdown" in media:
            return "markdown"
        return None


def is_url(spec: str) -> bool:
    """Whether a source given on the command line or in a form is meant as a web address.

    A bare ``www.`` name is a web address unless a local file of that name exists.
    """
    if "://" in spec[:12]:
        return True
    return spec.lower().startswith("www.") and not Path(spec).exists()


def absolute(spec: str) -> str:
    """``www.example.org/x`` as ``https://www.example.org/x``; anything else unchanged."""
    spec = spec.strip()
    return spec if "://" in spec[:12] or not spec.lower().startswith("www.") else f"https://{spec}"


def shown(url: str) -> str:
    """A URL fit for a one-line message: no control characters, no password, not too long."""
    clean = _USERINFO.sub("//***@", "".join(ch if ch.isprintable() else "?" for ch in url))
    return clean if len(clean) <= _SHOWN_CHARS else clean[:_SHOWN_CHARS] + "…"


def check_url(url: str) -> str:
    """``url`` stripped, if it may be requested; otherwise ``URLRefused`` saying why."""
    url = url.strip()
    problem = _problem(url)
    if problem:
        raise URLRefused(f"{shown(url)}: {problem}")
    return url


def _problem(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        host = parts.hostname
        credentials = parts.username is not None or parts.password is not None
    except ValueError:
        return "not a valid URL"
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return f"only http and https URLs can be checked (the scheme was {scheme or 'missing'})"
    if not host:
        return "the URL has no host name"
    if credentials:
        return "URLs with a user name or password are not fetched"
    return None


def fetch(url: str, *, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT_S,
          transport: httpx.BaseTransport | None = None) -> Page:
    """GET ``url`` under the rules in the module docstring; ``transport`` replaces the network in tests."""
    first = url = check_url(url)
    deadline = time.monotonic() + timeout
    late = f"{shown(first)}: the page took longer than {timeout:g} seconds to fetch"
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, text/plain;q=0.9"}
    try:
        with httpx.Client(follow_redirects=False, timeout=httpx.Timeout(timeout), transport=transport,
                          headers=headers) as client:
            for _ in range(MAX_REDIRECTS + 1):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise FetchError(late)
                with client.stream("GET", url, timeout=httpx.Timeout(left)) as resp:
                    if resp.is_redirect:
                        location = resp.headers["location"]
                        url = str(resp.url.join(location))
                        problem = _problem(url)
                        if problem:
                            raise URLRefused(f"{shown(first)} redirects to {shown(location)}: {problem}")
                        continue
                    return _read(first, resp, max_bytes, deadline, late)
            raise FetchError(f"{shown(first)}: too many redirects (more than {MAX_REDIRECTS})")
    except httpx.TimeoutException:
        raise FetchError(late) from None
    except httpx.InvalidURL as exc:
        raise URLRefused(f"{shown(first)}: not a valid URL ({shown(str(exc))})") from None
    except httpx.HTTPError as exc:
        reason = shown(str(exc).splitlines()[0]) if str(exc).strip() else type(exc).__name__
        raise FetchError(f"{shown(first)}: cannot fetch ({reason})") from None


def _read(first: str, resp: httpx.Response, max_bytes: int, deadline: float, late: str) -> Page:
    if not resp.is_success:
        raise FetchError(f"{shown(first)}: the server answered HTTP {resp.status_code}")
    page = Page(str(resp.url), resp.headers.get("content-type", ""), b"")
    if page.media_type and page.media_type not in ACCEPTED_TYPES:
        raise FetchError(f"{shown(first)}: not a web page or text (content type {shown(page.media_type)})")
    declared = resp.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > max_bytes:
        raise PageTooLarge(f"{shown(first)}: the page is too large to check: {int(declared):,} bytes "
                           f"(the limit is {max_bytes:,})")
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise PageTooLarge(f"{shown(first)}: the page is too large to check: more than {max_bytes:,} bytes")
        if time.monotonic() > deadline:
            raise FetchError(late)
        chunks.append(chunk)
    return Page(page.url, page.content_type, b"".join(chunks))
