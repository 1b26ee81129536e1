"""Fetching a web page to check, within strict limits.

Whatever URL a user pastes is fetched from their machine, so the rules are strict and kept
in this one place for the command line and the web app alike: only http and https, on the
first request and on every redirect hop; no user name or password in a URL; at most
``MAX_REDIRECTS`` redirects; a cap on the bytes read, checked against the declared length
and again while streaming (headers can lie, compressed bodies grow); one deadline for the
whole fetch, redirects included; and only content types that can hold text to check.
Every refusal is a ``DocumentError`` whose message is one line naming the URL and the
problem.

Addresses. A URL must not reach what only this machine can reach: the app itself, a
router's admin page, a cloud's metadata service. So no request goes to a loopback,
private, link-local, multicast, reserved or unspecified address, however the host is
written (``localhost``, ``127.1``, ``2130706433``, ``0x7f000001``, ``[::ffff:127.0.0.1]``,
an IPv4 address inside an IPv6 one, or a name that resolves to one). The check is made
where the connection is opened, on the address resolved for that very connection, and the
socket is connected to that checked address: a name cannot resolve to a public address
for the check and to a private one for the connection, and every redirect hop, opening a
connection of its own, is checked the same way. No proxy from the environment is used,
since the check must see the address actually connected to. Someone checking an intranet
page on purpose passes ``allow_private=True`` (``--allow-private``, or
``USMX_ALLOW_PRIVATE=1``), which lifts the refusal of loopback, private and link-local
addresses; multicast, reserved and unspecified ones are never fetched.
"""

from __future__ import annotations

import functools
import ipaddress
import os
import re
import socket
import ssl
import time
import typing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpcore
import httpx

from usmx.errors import TooLargeError, UsmxError
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
ALLOW_PRIVATE_ENV = "USMX_ALLOW_PRIVATE"
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_V4_COMPATIBLE = ipaddress.ip_network("::/96")
_INET_ATON = re.compile(r"[0-9a-fx.]+")
_HINT = "(--allow-private fetches pages on a private network on purpose)"


class FetchError(DocumentError):
    """A URL that was refused or a page that could not be fetched."""


class URLRefused(FetchError):
    """A URL the fetcher will not request: wrong scheme, no host, credentials."""


class PageTooLarge(FetchError, TooLargeError):
    """A page over the size cap, by its declared length or by the bytes actually read."""


class AddressRefused(URLRefused):
    """A host that is, or resolves to, an address the fetcher will not connect to."""


def allow_private_default() -> bool:
    """Whether ``USMX_ALLOW_PRIVATE`` asks for private addresses to be fetched."""
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def literal_address(host: str) -> IPAddress | None:
    """The address a host spells directly, in any form a resolver would read it in, or None for a name.

    Besides the dotted quad and IPv6 (with brackets or a zone), resolvers read the old
    ``inet_aton`` forms: ``127.1``, ``2130706433``, ``0x7f000001``, ``0177.0.0.1``.
    """
    h = host.strip().strip("[]").rstrip(".").lower().split("%", 1)[0]
    try:
        return ipaddress.ip_address(h)
    except ValueError:
        pass
    if h and _INET_ATON.fullmatch(h):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(h))
        except OSError:
            return None
    return None


def _embedded_v4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, Teredo, NAT64, compatible), if any."""
    if isinstance(ip, ipaddress.IPv4Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64 or (ip in _V4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_problem(ip: IPAddress, allow_private: bool = False) -> str | None:
    """Why the fetcher will not connect to ``ip`` ("a loopback address", ...), or None."""
    for x in (_embedded_v4(ip), ip):  # the IPv4 address inside first: it is where the packets go
        if x is None:
            continue
        if x.is_unspecified:
            return "an unspecified address"
        if x.is_multicast:
            return "a multicast address"
        if isinstance(x, ipaddress.IPv4Address) and x.is_reserved:
            return "a reserved address"
        if x.is_loopback:
            kind = "a loopback address"
        elif x.is_link_local:
            kind = "a link-local address"
        elif x.is_private or (isinstance(x, ipaddress.IPv6Address) and x.is_site_local):
            kind = "a private address"
        elif not x.is_global:
            kind = "not a public address"
        else:
            continue
        if not allow_private:
            return kind
    return None


def host_problem(host: str, allow_private: bool = False) -> str | None:
    """Why ``host`` is refused before any lookup: a loopback name, or an address refused as such."""
    name = host.strip().rstrip(".").lower()
    if not allow_private and (name == "localhost" or name.endswith(".localhost")):
        return f"localhost is this machine, and its pages are not fetched {_HINT}"
    ip = literal_address(host)
    if ip is None:
        return None
    problem = address_problem(ip, allow_private)
    return None if problem is None else f"{_spelled(ip)} is {problem}, and such addresses are not fetched {_HINT}"


def _spelled(ip: IPAddress) -> str:
    """``ip`` for a message, with the IPv4 address it carries: "::ffff:7f00:1 (127.0.0.1)"."""
    inner = _embedded_v4(ip)
    return f"{ip} ({inner})" if inner is not None else str(ip)


class _ConnectRefused(UsmxError):
    """Raised inside the connection pool; ``fetch`` turns it into an ``AddressRefused`` naming the URL."""


class _GuardedBackend(httpcore.NetworkBackend):
    """Connects only to addresses that pass ``address_problem``, and to the very address checked."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None) -> httpcore.NetworkStream:
        try:
            found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host} ({exc})") from None
        addresses: list[IPAddress] = []
        for *_rest, sockaddr in found:
            ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
            problem = address_problem(ip, self.allow_private)
            if problem:
                raise _ConnectRefused(f"{host} resolves to {_spelled(ip)}, {problem}, and such addresses "
                                      f"are not fetched {_HINT}")
            if ip not in addresses:
                addresses.append(ip)
        last: Exception = httpcore.ConnectError(f"no address for {host}")
        for ip in addresses:
            try:
                return self._inner.connect_tcp(str(ip), port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        raise last

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None
                            ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One context for every fetch: loading the certificate store takes tens of milliseconds of CPU."""
    return httpx.create_ssl_context()


def guarded_transport(allow_private: bool = False, ssl_context: ssl.SSLContext | None = None) -> httpx.HTTPTransport:
    """An httpx transport whose every connection goes through ``_GuardedBackend``."""
    context = ssl_context or _ssl_context()
    transport = httpx.HTTPTransport(verify=context, trust_env=False)
    transport._pool = httpcore.ConnectionPool(  # the public constructor takes no network backend
        ssl_context=context, max_connections=4,
        network_backend=_GuardedBackend(allow_private),
    )
    return transport


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


def check_url(url: str, allow_private: bool | None = None) -> str:
    """``url`` stripped, if it may be requested; otherwise ``URLRefused`` saying why.

    A host written as a refused address (or ``localhost``) is refused here, before any
    lookup; a name is checked where it is connected to (see ``_GuardedBackend``).
    """
    url = url.strip()
    found = _problem(url, allow_private_default() if allow_private is None else allow_private)
    if found:
        kind, problem = found
        raise kind(f"{shown(url)}: {problem}")
    return url


def _problem(url: str, allow_private: bool = False) -> tuple[type[URLRefused], str] | None:
    try:
        parts = urlsplit(url)
        host = parts.hostname
        credentials = parts.username is not None or parts.password is not None
    except ValueError:
        return URLRefused, "not a valid URL"
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return URLRefused, f"only http and https URLs can be checked (the scheme was {scheme or 'missing'})"
    if not host:
        return URLRefused, "the URL has no host name"
    if credentials:
        return URLRefused, "URLs with a user name or password are not fetched"
    problem = host_problem(host, allow_private)
    return None if problem is None else (AddressRefused, problem)


def fetch(url: str, *, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT_S,
          transport: httpx.BaseTransport | None = None, allow_private: bool | None = None) -> Page:
    """GET ``url`` under the rules in the module docstring; ``transport`` replaces the network in tests.

    ``allow_private`` None means ``USMX_ALLOW_PRIVATE`` decides.
    """
    allow = allow_private_default() if allow_private is None else allow_private
    first = url = check_url(url, allow)
    deadline = time.monotonic() + timeout
    late = f"{shown(first)}: the page took longer than {timeout:g} seconds to fetch"
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, text/plain;q=0.9"}
    try:
        with httpx.Client(follow_redirects=False, timeout=httpx.Timeout(timeout),
                          transport=transport or guarded_transport(allow), headers=headers,
                          trust_env=False) as client:
            for _ in range(MAX_REDIRECTS + 1):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise FetchError(late)
                with client.stream("GET", url, timeout=httpx.Timeout(left)) as resp:
                    if resp.is_redirect:
                        location = resp.headers["location"]
                        url = str(resp.url.join(location))
                        found = _problem(url, allow)
                        if found:
                            kind, problem = found
                            raise kind(f"{shown(first)} redirects to {shown(location)}: {problem}")
                        continue
                    return _read(first, resp, max_bytes, deadline, late)
            raise FetchError(f"{shown(first)}: too many redirects (more than {MAX_REDIRECTS})")
    except _ConnectRefused as exc:
        raise AddressRefused(f"{shown(first)}: {exc}") from None
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
