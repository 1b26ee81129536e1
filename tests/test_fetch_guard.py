"""The URL check fetches no page that only this machine can reach, however the address is written.

Nothing here leaves the machine: names are resolved by a stand-in for ``getaddrinfo``, and
the only server connected to is one these tests start on 127.0.0.1.
"""

from __future__ import annotations

import http.server
import ipaddress
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpcore
import httpx
import pytest
from typer.testing import CliRunner

from usmx.cli import app
from usmx.text import fetch as fetch_module
from usmx.text.fetch import AddressRefused, FetchError, address_problem, check_url, fetch, literal_address

LOOPBACK_SPELLINGS = [
    "http://localhost/", "http://LOCALHOST./", "http://app.localhost:8000/", "http://127.0.0.1/",
    "http://127.1/", "http://127.0.1/", "http://2130706433/", "http://0x7f000001/", "http://0x7f.1/",
    "http://0177.0.0.1/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
    "http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/", "http://[::127.0.0.1]/", "http://127.0.0.1.:8000/x",
]
OTHER_REFUSED = [
    "http://169.254.169.254/latest/meta-data/", "http://[fe80::1%25eth0]/", "http://10.0.0.1/",
    "http://172.16.5.4/", "http://192.168.1.1/", "http://100.64.0.1/", "http://[fc00::1]/",
    "http://[fec0::1]/", "http://0.0.0.0/", "http://[::]/", "http://224.0.0.1/", "http://[ff02::1]/",
    "http://240.0.0.1/", "http://255.255.255.255/", "https://0/", "http://3232235777/",
]


def no_network(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request should have been sent, got {request.url}")


@pytest.mark.parametrize("url", LOOPBACK_SPELLINGS + OTHER_REFUSED)
def test_every_spelling_of_a_refused_address_is_refused_before_any_request(url: str) -> None:
    with pytest.raises(AddressRefused) as exc:
        fetch(url, transport=httpx.MockTransport(no_network), allow_private=False)
    message = str(exc.value)
    assert "\n" not in message and "not fetched" in message and "--allow-private" in message


@pytest.mark.parametrize("url", ["http://0.0.0.0/", "http://224.0.0.1/", "http://[ff02::1]/", "http://240.0.0.1/"])
def test_what_is_never_a_web_page_stays_refused_with_the_allowance(url: str) -> None:
    with pytest.raises(AddressRefused):
        check_url(url, allow_private=True)


@pytest.mark.parametrize("url", ["http://127.1/", "http://localhost/", "http://10.0.0.1/", "http://[::1]/",
                                 "http://169.254.169.254/"])
def test_the_allowance_lets_private_addresses_through(url: str) -> None:
    assert check_url(url, allow_private=True) == url


def test_the_allowance_can_be_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USMX_ALLOW_PRIVATE", "1")
    assert check_url("http://10.1.2.3/") == "http://10.1.2.3/"
    monkeypatch.setenv("USMX_ALLOW_PRIVATE", "0")
    with pytest.raises(AddressRefused):
        check_url("http://10.1.2.3/")


def test_public_addresses_and_names_pass_the_check() -> None:
    for url in ("https://example.org/a", "http://8.8.8.8/", "http://[2606:4700::1111]/", "http://1.1/"):
        assert check_url(url, allow_private=False) == url
    assert literal_address("example.org") is None and literal_address("0x7f000001") == ipaddress.ip_address("127.0.0.1")
    assert address_problem(ipaddress.ip_address("::ffff:8.8.8.8")) is None
    assert address_problem(ipaddress.ip_address("64:ff9b::a00:1")) == "a private address"  # NAT64 of 10.0.0.1


def test_a_redirect_to_a_refused_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("USMX_ALLOW_PRIVATE", raising=False)
    hops = {"/a": httpx.Response(302, headers={"location": "http://0x7f000001:8000/admin"})}
    with pytest.raises(AddressRefused, match=r"redirects to http://0x7f000001:8000/admin: 127\.0\.0\.1 is a loopback"):
        fetch("https://example.org/a", transport=httpx.MockTransport(lambda r: hops[r.url.path]))


# --------------------------------------------------------------------------- names, resolved where connected


class Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/go/"):
            self.send_response(302)
            self.send_header("Location", f"http://{self.path[4:]}/page")
            self.end_headers()
            return
        body = b"Remittances to Mexico reached $58 billion in 2022."
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def local_server() -> Iterator[int]:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv.server_address[1]
    srv.shutdown()
    srv.server_close()


@pytest.fixture()
def dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """A resolver for made-up names; every lookup is recorded under "looked up"."""
    table: dict[str, list[str]] = {"looked up": []}
    real = socket.getaddrinfo

    def getaddrinfo(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        if literal_address(host) is not None:  # the socket is opened on an address: no lookup
            return real(host, port, *args, **kwargs)
        table["looked up"].append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "",
                 (a, port) if ":" not in a else (a, port, 0, 0)) for a in table[host]]

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", getaddrinfo)
    monkeypatch.delenv("USMX_ALLOW_PRIVATE", raising=False)
    return table


@pytest.fixture()
def public_is_local(monkeypatch: pytest.MonkeyPatch, local_server: int) -> None:
    """A connection to the public address 8.8.4.4 is really made to the local server instead."""
    real = httpcore.SyncBackend.connect_tcp

    def connect_tcp(self: httpcore.SyncBackend, host: str, port: int, *args: Any, **kwargs: Any) -> Any:
        assert host == "8.8.4.4", f"connected to {host}, not to the address that was checked"
        return real(self, "127.0.0.1", local_server, *args, **kwargs)

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", connect_tcp)


@pytest.mark.parametrize("addresses", [["127.0.0.1"], ["10.9.8.7"], ["169.254.169.254"], ["::1"],
                                       ["8.8.4.4", "192.168.0.2"]])
def test_a_name_that_resolves_to_a_refused_address_is_refused(dns: dict[str, list[str]], addresses: list[str]) -> None:
    dns["innocent.example"] = addresses
    with pytest.raises(AddressRefused, match=r"^http://innocent\.example/x: innocent\.example resolves to "):
        fetch("http://innocent.example/x")


def test_the_connection_goes_to_the_address_that_was_checked(
        dns: dict[str, list[str]], public_is_local: None, local_server: int) -> None:
    dns["news.example"] = ["8.8.4.4"]
    page = fetch(f"http://news.example:{local_server}/story")
    assert page.body.startswith(b"Remittances") and dns["looked up"] == ["news.example"]


def test_every_redirect_hop_is_resolved_and_checked(
        dns: dict[str, list[str]], public_is_local: None, local_server: int) -> None:
    dns["news.example"] = ["8.8.4.4"]
    dns["intranet.example"] = ["10.0.0.5"]
    with pytest.raises(AddressRefused, match=r"intranet\.example resolves to 10\.0\.0\.5, a private address"):
        fetch(f"http://news.example:{local_server}/go/intranet.example:{local_server}")
    assert dns["looked up"] == ["news.example", "intranet.example"]


def test_an_unknown_name_is_a_fetch_error(dns: dict[str, list[str]]) -> None:
    with pytest.raises(FetchError, match="cannot fetch") as exc:
        fetch("http://nowhere.example/")
    assert not isinstance(exc.value, AddressRefused)


def test_no_proxy_from_the_environment_is_used(
        dns: dict[str, list[str]], public_is_local: None, local_server: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://10.0.0.1:3128")
    monkeypatch.setenv("ALL_PROXY", "http://10.0.0.1:3128")
    dns["news.example"] = ["8.8.4.4"]
    assert fetch(f"http://news.example:{local_server}/story").body.startswith(b"Remittances")


# --------------------------------------------------------------------------- the command line


def test_the_cli_refuses_loopback_and_allows_it_on_purpose(tmp_path: Path, local_server: int,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("USMX_ALLOW_PRIVATE", raising=False)
    runner = CliRunner()
    db = str(tmp_path / "usmx.duckdb")
    url = f"http://127.1:{local_server}/story.txt"
    res = runner.invoke(app, ["--db", db, "check", "--published", "2023-06-01", url])
    assert res.exit_code == 2
    assert res.stderr == (f"usmx: error: {url}: 127.0.0.1 is a loopback address, and such addresses are not "
                          "fetched (--allow-private fetches pages on a private network on purpose)\n")
    res = runner.invoke(app, ["--db", db, "check", "--published", "2023-06-01", "--allow-private", "-f", "json", url])
    assert res.exit_code in (0, 1), res.stderr
    assert '"indicator": "mx_remittances"' in res.stdout
