"""Load on ``usmx serve``: throughput and latency of the API, and /healthz under slow URL checks.

Starts ``usmx serve`` on 127.0.0.1 on a free port (a store seeded from the bundled snapshot
in a temporary folder), then, each phase bounded in requests and in seconds:

1. ``GET /api/value`` for a rotating set of indicators and periods, at concurrency 50;
2. ``POST /api/check`` with a short paragraph (five figures), at concurrency 50;
3. 60 ``POST /api/check`` with the URL of a page that a local server (started here, on
   127.0.0.1) answers only after a delay, all in flight at once, while ``/healthz`` is
   asked every 0.1 s. This phase runs against a second server started with
   ``--allow-private``, since the slow page is on this machine; the first server, without
   it, would refuse the URL.

It prints requests per second and the 50th and 99th percentile latencies for phases 1 and
2, and for phase 3 the latencies of /healthz and what became of the slow checks. The client
and the server share the machine's cores, so the figures are a floor. No traffic leaves the
machine.

Run: ``python bench/bench_load.py`` (``--requests 2000 --seconds 60`` for a longer run,
``--slow-delay 10`` for slower pages).
"""

from __future__ import annotations

import argparse
import asyncio
import http.server
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
VALUE_QUERIES = [
    ("mx_remittances", "2023"), ("mx_remittances", "2022-05"), ("sw_border_encounters", "FY2022"),
    ("mx_homicides", "2021"), ("us_imports_from_mx", "2023-Q1"), ("mx_remittances", "12m to 2024-02"),
    ("sw_border_encounters", "2023-12"), ("mx_homicides", "1950"),  # the last: a 404, no figure
]
PARAGRAPH = (
    "Mexico received about $63 billion in remittances in 2023, a record. Southwest border encounters topped "
    "2.4 million in fiscal year 2022. Homicides in Mexico fell to about 30,000 in 2023. U.S. imports from "
    "Mexico were $475 billion in 2023, up 5% from 2022."
)


@dataclass
class Phase:
    name: str
    latencies: list[float]
    statuses: Counter[int]
    seconds: float

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        lat = sorted(self.latencies)
        codes = ", ".join(f"{k}: {v}" for k, v in sorted(self.statuses.items()))
        return (f"| {self.name} | {len(lat)} | {self.rate:,.1f} | {pct(lat, 50) * 1000:,.0f} | "
                f"{pct(lat, 99) * 1000:,.0f} | {codes} |")


def pct(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, *extra: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.Popen([sys.executable, "-m", "usmx.cli", "--db", str(db), "serve", "--host", "127.0.0.1",
                             "--port", str(port), *extra], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"usmx serve exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            if httpx.get(base + "/healthz", timeout=1, trust_env=False).status_code == 200:
                # warm: the store, the renderer and the checker are built on first use
                httpx.get(base + "/api/value", params={"indicator": "mx_remittances", "period": "2023"},
                          timeout=60, trust_env=False)
                httpx.post(base + "/api/check", json={"text": PARAGRAPH, "published": "2024-06-01"}, timeout=60,
                           trust_env=False)
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("usmx serve did not start within 60 s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


async def hammer(name: str, base: str, make: Callable[[httpx.AsyncClient, int], Awaitable[httpx.Response]],
                 requests: int, concurrency: int, seconds: float) -> Phase:
    """``requests`` requests at ``concurrency`` in flight, stopping early after ``seconds``."""
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    stop_at = time.monotonic() + seconds
    counter = iter(range(requests))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits, trust_env=False) as client:

        async def worker() -> None:
            for i in counter:
                if time.monotonic() > stop_at:
                    return
                t0 = time.perf_counter()
                r = await make(client, i)
                latencies.append(time.perf_counter() - t0)
                statuses[r.status_code] += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return Phase(name, latencies, statuses, time.perf_counter() - started)


def slow_page_server(delay: float) -> http.server.ThreadingHTTPServer:
    class Slow(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep(delay)
            body = PARAGRAPH.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    srv.daemon_threads = True
    srv.request_queue_size = 128
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


async def health_under_slow_checks(base: str, page: str, n: int, budget: float) -> dict[str, Any]:
    """``n`` URL checks of ``page`` at once; /healthz asked every 0.1 s until they are all answered."""
    limits = httpx.Limits(max_connections=n + 5, max_keepalive_connections=n + 5)
    async with httpx.AsyncClient(base_url=base, timeout=budget + 60, limits=limits, trust_env=False) as client:
        check_times: list[float] = []
        statuses: Counter[int] = Counter()

        async def one() -> None:
            t0 = time.perf_counter()
            r = await client.post("/api/check", json={"url": page, "published": "2024-06-01"})
            check_times.append(time.perf_counter() - t0)
            statuses[r.status_code] += 1

        checks = [asyncio.create_task(one()) for _ in range(n)]
        await asyncio.sleep(0.3)  # let every check reach the server
        health: list[float] = []
        at: list[float] = []
        in_flight_at_probe: list[int] = []
        started = time.perf_counter()
        async with httpx.AsyncClient(base_url=base, timeout=60, trust_env=False) as probe:
            while not all(c.done() for c in checks):
                in_flight_at_probe.append(sum(not c.done() for c in checks))
                t0 = time.perf_counter()
                r = await probe.get("/healthz")
                health.append(time.perf_counter() - t0)
                at.append(t0 - started)
                assert r.status_code == 200
                await asyncio.sleep(0.1)
        await asyncio.gather(*checks)
    worst = max(range(len(health)), key=health.__getitem__)
    return {"health": sorted(health), "in_flight": in_flight_at_probe, "checks": sorted(check_times),
            "statuses": statuses, "worst_at": at[worst], "worst_in_flight": in_flight_at_probe[worst]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=1000, help="requests per phase (default 1000)")
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0, help="time cap per phase (default 30)")
    ap.add_argument("--slow", type=int, default=60, help="slow URL checks in flight at once (default 60)")
    ap.add_argument("--slow-delay", type=float, default=5.0, help="seconds the slow page takes (default 5)")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT / "src"))
    from usmx.store import open_store

    with tempfile.TemporaryDirectory(prefix="usmx-bench-load-") as tmp:
        db = Path(tmp) / "usmx.duckdb"
        open_store(db)  # seeded here, so no server start includes it
        print(f"usmx serve on 127.0.0.1, {os.cpu_count()} cores shared by client and server; "
              f"{args.requests} requests or {args.seconds:g} s per phase, concurrency {args.concurrency}")

        proc, base = start_server(db)
        try:
            value = asyncio.run(hammer(
                "GET /api/value", base,
                lambda c, i: c.get("/api/value", params=dict(zip(("indicator", "period"),
                                                                 VALUE_QUERIES[i % len(VALUE_QUERIES)], strict=True))),
                args.requests, args.concurrency, args.seconds))
            check = asyncio.run(hammer(
                "POST /api/check (5 figures)", base,
                lambda c, i: c.post("/api/check", json={"text": PARAGRAPH, "published": "2024-06-01"}),
                args.requests, args.concurrency, args.seconds))
        finally:
            stop(proc)
        print()
        print("| endpoint | requests | req/s | p50 ms | p99 ms | statuses |")
        print("| --- | ---: | ---: | ---: | ---: | --- |")
        print(value.line())
        print(check.line())

        slow = slow_page_server(args.slow_delay)
        proc, base = start_server(db, "--allow-private")
        try:
            page = f"http://127.0.0.1:{slow.server_address[1]}/story.txt"
            res = asyncio.run(health_under_slow_checks(base, page, args.slow, 20.0))
        finally:
            stop(proc)
            slow.shutdown()
            slow.server_close()
        h, ck = res["health"], res["checks"]
        print()
        print(f"/healthz with {args.slow} URL checks of a page that takes {args.slow_delay:g} s "
              f"(server started with --allow-private; at most {max(res['in_flight'])} checks in flight "
              f"when probed):")
        print(f"  /healthz: {len(h)} probes, p50 {pct(h, 50) * 1000:,.1f} ms, p99 {pct(h, 99) * 1000:,.1f} ms, "
              f"max {h[-1] * 1000:,.1f} ms ({res['worst_at']:.1f} s in, {res['worst_in_flight']} checks in flight)")
        codes = ", ".join(f"{k}: {v}" for k, v in sorted(res["statuses"].items()))
        print(f"  the checks: {codes}; p50 {pct(ck, 50):.1f} s, max {ck[-1]:.1f} s, mean {statistics.mean(ck):.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
