"""The local web app under abuse: foreign hosts, cross-site posts, huge checks, many slow ones.

The only servers involved run on 127.0.0.1 and are started here.
"""

from __future__ import annotations

import http.server
import re
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from usmx.store import Store, StoreBusy
from usmx.web import create_app

TEXT = "Remittances to Mexico reached $58 billion in 2022."



@pytest.fixture(scope="module")
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store=store, allowed_hosts=("localhost", "127.0.0.1", "::1", "usmx.lan")),
                    base_url="http://localhost") as c:
        yield c


# --------------------------------------------------------------------------- hosts


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "localhost.evil.example", "127.0.0.2",
                                  "", "[::2]:8000"])
def test_a_foreign_host_is_refused(client: TestClient, host: str) -> None:
    r = client.get("/api/value", params={"indicator": "mx_remittances", "period": "2022"}, headers={"host": host})
    assert r.status_code == 400 and "answers to" in r.json()["detail"]
    r = client.get("/", headers={"host": host})
    assert r.status_code == 400 and r.text.startswith("usmx: this server answers to ")
    assert r.headers["content-security-policy"]


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "LOCALHOST.", "127.0.0.1:8000", "[::1]:8000",
                                  "usmx.lan"])
def test_the_allowed_hosts_are_served(client: TestClient, host: str) -> None:
    assert client.get("/healthz", headers={"host": host}).status_code == 200


# --------------------------------------------------------------------------- origins


@pytest.mark.parametrize("headers", [
    {"origin": "https://evil.example"}, {"origin": "null"}, {"origin": "http://localhost:9999"},
    {"referer": "https://evil.example/page.html"}, {"origin": "http://evil.example", "referer": "http://localhost/"},
])
def test_a_post_from_another_site_is_refused(client: TestClient, headers: dict[str, str]) -> None:
    r = client.post("/check", data={"text": TEXT}, headers=headers)
    assert r.status_code == 403 and "another site" in r.text
    r = client.post("/api/check", json={"text": TEXT}, headers=headers)
    assert r.status_code == 403 and "another site" in r.json()["detail"]


@pytest.mark.parametrize("headers", [{}, {"origin": "http://localhost"}, {"referer": "http://localhost/check"}])
def test_a_post_from_the_app_itself_or_a_script_is_served(client: TestClient, headers: dict[str, str]) -> None:
    r = client.post("/check", data={"text": TEXT, "published": "2023-06-01"}, headers=headers)
    assert r.status_code == 200
    assert client.post("/api/check", json={"text": TEXT}, headers=headers).status_code == 200


# --------------------------------------------------------------------------- one request, bounded


def test_a_check_over_its_time_budget_is_answered_503(store: Store) -> None:
    slow = "remittances 58.9 billion 2022 encounters 2.4 million " * 400  # some seconds of work
    with TestClient(create_app(store=store, check_budget=0.3), base_url="http://localhost") as c:
        # the check stops itself and says how far it got ("took longer than 0.3 seconds ... after
        # checking 12 of the 2000 figures"), or, on a machine too busy for that, the request stops waiting
        r = c.post("/api/check", json={"text": slow, "published": "2023-06-01"})
        assert r.status_code == 503 and "0.3 seconds" in r.json()["detail"]
        r = c.post("/check", data={"text": slow, "published": "2023-06-01"})
        assert r.status_code == 503 and "0.3 seconds" in r.text and "<form" in r.text


def test_a_page_shows_a_bounded_number_of_cards_and_the_json_all(store: Store) -> None:
    lines = [f"In {y}, remittances to Mexico were about $4{n} billion." for n in range(3) for y in range(2003, 2024)]
    text = "\n\n".join(lines)
    with TestClient(create_app(store=store, max_cards=10), base_url="http://localhost") as c:
        full = c.post("/api/check", json={"text": text, "published": "2024-06-01"}).json()["claims"]
        assert len(full) == len(lines)
        page = c.post("/check", data={"text": text, "published": "2024-06-01"}).text
        assert page.count('class="verdict l-') == 10
        assert f"{len(lines) - 10} more claims" in page and f"first 10 of the {len(lines)} claims" in page
        counted = sum(int(n) for n in re.findall(r'<li class="t-\w+"><span[^>]*>[^<]*</span> [\w ]+: (\d+)<', page))
        assert counted == len(lines)


def test_a_busy_store_is_a_503(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import usmx.store

    def busy(*args: Any, **kwargs: Any) -> Store:
        raise StoreBusy("the store x is busy: an update is writing to it; waited 30 s")

    monkeypatch.setattr(usmx.store, "open_store", busy)
    with TestClient(create_app(tmp_path / "x.duckdb"), base_url="http://localhost") as c:
        r = c.get("/api/value", params={"indicator": "mx_remittances", "period": "2022"})
        assert r.status_code == 503 and "busy" in r.json()["detail"] and r.headers["retry-after"]


# --------------------------------------------------------------------------- many slow checks, one health check


class Held(http.server.BaseHTTPRequestHandler):
    """A page that is not answered until the test lets it go: every check waits on it."""

    release = threading.Event()
    lock = threading.Lock()
    waiting = 0

    def do_GET(self) -> None:
        with Held.lock:
            Held.waiting += 1
        Held.release.wait(timeout=30)
        body = TEXT.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_health_answers_while_slow_url_checks_are_in_flight(store: Store) -> None:
    held = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Held)
    held.daemon_threads = True
    threading.Thread(target=held.serve_forever, daemon=True).start()
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store=store, allow_private=True), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    n = 45  # more than the 40 threads a server shares among its synchronous endpoints
    try:
        for _ in range(200):
            if server.started:
                break
            time.sleep(0.05)
        page = f"http://127.0.0.1:{held.server_address[1]}/story.txt"
        limits = httpx.Limits(max_connections=n + 5)
        with httpx.Client(base_url=base, timeout=60, limits=limits, trust_env=False) as client, \
                ThreadPoolExecutor(n) as pool:
            futures = [pool.submit(client.post, "/api/check", json={"url": page, "published": "2023-06-01"})
                       for _ in range(n)]
            for _ in range(600):  # until every check is fetching the held page
                if Held.waiting >= n:
                    break
                time.sleep(0.05)
            assert Held.waiting == n
            health = client.get("/healthz")
            assert health.status_code == 200 and health.text == "ok"
            assert not any(f.done() for f in futures)  # every check was still in flight
            Held.release.set()
            assert [f.result().status_code for f in futures] == [200] * n
    finally:
        Held.release.set()
        server.should_exit = True
        held.shutdown()
        held.server_close()
