"""Limits on what users hand the monitor: pasted text, uploaded bodies and fetched URLs.

The web app runs on someone's machine and fetches whatever URL is pasted into it, so the
rules are strict and stated in one place: only http and https, a hard cap on the bytes
read (checked while streaming, not trusted from headers), a time limit on the whole fetch,
and a cap on the size of any text to check. Each refusal is one sentence a user can act on.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

MAX_TEXT_CHARS = 200_000
MAX_FETCH_BYTES = 5 * 1024 * 1024
MAX_BODY_BYTES = 1024 * 1024 + MAX_TEXT_CHARS * 4
FETCH_TIMEOUT_S = 15.0
MAX_REDIRECTS = 5
USER_AGENT = "usmx claim checker"


class InputError(ValueError):
    """Input the monitor refuses; the message says what was wrong and what is allowed."""


class TooLarge(InputError):
    """Input over one of the size limits."""


@dataclass(frozen=True)
class Fetched:
    url: str
    content_type: str
    body: bytes

    @property
    def is_html(self) -> bool:
        return "html" in self.content_type or self.body.lstrip()[:15].lower().startswith((b"<!doctype", b"<html"))

    @property
    def text_charset(self) -> str | None:
        """The charset the server declared, if any."""
        for part in self.content_type.split(";"):
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip('"')
        return None

    def text(self) -> str:
        try:
            return self.body.decode(self.text_charset or "utf-8", errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


def check_text_size(text: str, what: str = "text") -> str:
    if len(text) > MAX_TEXT_CHARS:
        raise TooLarge(
            f"the {what} is too long to check: {len(text):,} characters (the limit is {MAX_TEXT_CHARS:,})"
        )
    return text


def check_url(url: str) -> str:
    """Accept only absolute http(s) URLs with a host; refuse everything else by name."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        shown = parts.scheme or "none"
        raise InputError(f"only http and https URLs can be checked (scheme was {shown!r})")
    if not parts.hostname:
        raise InputError(f"the URL has no host name: {url!r}")
    if parts.username or parts.password:
        raise InputError("URLs with a user name or password are not fetched")
    return url


def fetch(url: str, *, max_bytes: int = MAX_FETCH_BYTES, timeout: float = FETCH_TIMEOUT_S,
          transport: httpx.BaseTransport | None = None) -> Fetched:
    """GET ``url`` within the size and time limits, following a few http(s) redirects."""
    url = check_url(url)
    deadline = time.monotonic() + timeout
    client = httpx.Client(
        follow_redirects=False, timeout=httpx.Timeout(timeout), transport=transport,
        headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9, */*;q=0.1"},
    )
    try:
        for _ in range(MAX_REDIRECTS + 1):
            with client.stream("GET", url) as resp:
                if resp.is_redirect:
                    target = resp.headers.get("location", "")
                    url = check_url(str(resp.url.join(target)))
                    continue
                if resp.status_code >= 400:
                    raise InputError(f"the page could not be fetched: HTTP {resp.status_code} from {url}")
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise TooLarge(f"the page is too large to check: {int(declared):,} bytes "
                                     f"(the limit is {max_bytes:,})")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise TooLarge(f"the page is too large to check: more than {max_bytes:,} bytes")
                    if time.monotonic() > deadline:
                        raise InputError(f"the page took longer than {timeout:.0f} seconds to fetch")
                    chunks.append(chunk)
                return Fetched(str(resp.url), resp.headers.get("content-type", ""), b"".join(chunks))
        raise InputError(f"too many redirects (more than {MAX_REDIRECTS}) fetching {url}")
    except httpx.TimeoutException:
        raise InputError(f"the page took longer than {timeout:.0f} seconds to fetch: {url}") from None
    except httpx.HTTPError as exc:
        raise InputError(f"the page could not be fetched: {type(exc).__name__} for {url}") from None
    finally:
        client.close()
