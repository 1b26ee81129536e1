"""Fetching a web page, within limits: http(s) only, a size cap and a time limit."""

from __future__ import annotations

from urllib.parse import urlparse

from usmx.text.document import MAX_BYTES, DocumentError

TIMEOUT_S = 15.0
_ACCEPTED = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "application/xml", "text/xml")


def is_url(spec: str) -> bool:
    return "://" in spec[:12] or spec.lower().startswith("www.")


def fetch(url: str, *, limit: int = MAX_BYTES, timeout: float = TIMEOUT_S) -> tuple[bytes, str | None, str]:
    """The page's bytes, its declared charset and its content type."""
    parsed = urlparse(url if "://" in url else f"https://{url}")
    if parsed.scheme not in ("http", "https"):
        raise DocumentError(f"{url}: only http and https URLs can be checked")
    if not parsed.netloc:
        raise DocumentError(f"{url}: not a valid URL")
    import httpx

    try:
        with httpx.Client(follow_redirects=True, max_redirects=5, timeout=timeout,
                          headers={"User-Agent": "usmx (claim checker)"}) as client, \
                client.stream("GET", parsed.geturl()) as resp:
            if resp.status_code >= 400:
                raise DocumentError(f"{url}: the server answered HTTP {resp.status_code}")
            ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype and not ctype.startswith(_ACCEPTED):
                raise DocumentError(f"{url}: not a web page (content type {ctype})")
            size = int(resp.headers.get("content-length") or 0)
            if size > limit:
                raise DocumentError(f"{url}: too large ({size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB)")
            chunks: list[bytes] = []
            total = 0
            for chunk in resp.iter_bytes():
                total += len(chunk)
                if total > limit:
                    raise DocumentError(f"{url}: too large (over {limit / 1e6:.0f} MB)")
                chunks.append(chunk)
            return b"".join(chunks), resp.charset_encoding, ctype
    except httpx.TimeoutException:
        raise DocumentError(f"{url}: no answer within {timeout:.0f} s") from None
    except httpx.TooManyRedirects:
        raise DocumentError(f"{url}: too many redirects") from None
    except httpx.HTTPError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        raise DocumentError(f"{url}: cannot fetch ({reason})") from None
