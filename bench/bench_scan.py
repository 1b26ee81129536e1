"""Scale of ``usmx scan``: documents per second on 1 and 2 Dask workers, memory per worker, time to
the first result, and a 100,000-document run to completion; then, from the measured rate per core,
the cluster size and hours for 1 million and 100 million documents.

The corpus is built at run time in a temporary folder and deleted afterwards: each document joins
one or two paragraphs of the real excerpts in ../shared/real/pages.jsonl (none of their text is
kept in the repository) with generated sentences whose figures are drawn near the store's own
(right, inflated, deflated), under one of twelve invented outlets, with a publication date
between 2019 and 2025 or none. About 1.6 KB a document, like a short news story.

Run: ``python bench/bench_scan.py`` (``--docs 4000`` per rate run, ``--big 100000`` for the long
run, ``--big 0`` to skip it). The machine's load average is printed beside the figures, because
other work on the same cores lowers every rate.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
REAL = REPO.parent / "shared" / "real" / "pages.jsonl"
OUTLETS = [f"Outlet {c}" for c in "ABCDEFGHIJKL"]
SEED = 20240601

TEMPLATES = [
    ("mx_remittances", "year", "Mexico received {v} in remittances in {p}, according to the central bank."),
    ("us_overdose_deaths", "year", "About {v} Americans died of drug overdoses in {p}."),
    ("sw_border_encounters", "fy", "Border officials reported {v} encounters at the southwest border in fiscal "
                                   "year {p}."),
    ("us_goods_imports_from_mx", "year", "The United States imported {v} in goods from Mexico in {p}."),
]


def _figures() -> list[tuple[str, str, float]]:
    """Sentences' ingredients: (template, period, official value) for the years the store holds."""
    from usmx.periods import Period
    from usmx.store import open_store

    store = open_store()
    out = []
    for indicator, kind, template in TEMPLATES:
        try:
            store.catalog.get(indicator)
        except Exception:
            continue
        for year in range(2018, 2025):
            period = Period.year(year) if kind == "year" else Period.fiscal_year(year)
            answer = store.value(indicator, period)
            if answer is not None:
                out.append((template, str(year), answer.value))
    return out


def _words(value: float, unit_money: bool) -> str:
    if unit_money:
        return f"${value / 1e9:.1f} billion"
    return f"{round(value, -3):,.0f}"


def make_corpus(n: int, path: Path, seed: int = SEED) -> int:
    """Write ``n`` documents as JSON Lines; return the bytes written."""
    rng = random.Random(seed)
    excerpts = [json.loads(line)["text"] for line in REAL.read_text("utf-8").splitlines() if line.strip()]
    paragraphs = [p for t in excerpts for p in t.split("\n") if len(p) > 80]
    figures = _figures()
    start = date(2019, 1, 1)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            parts = rng.sample(paragraphs, rng.choice((1, 2)))
            for _ in range(rng.choice((1, 2, 3))):
                template, year, value = rng.choice(figures)
                factor = rng.choice((1.0, 1.0, 1.02, 1.3, 0.7, 2.0))
                money = "remittances" in template or "goods" in template
                parts.insert(rng.randrange(len(parts) + 1), template.format(v=_words(value * factor, money), p=year))
            published = None if rng.random() < 0.3 else (start + timedelta(days=rng.randrange(6 * 365))).isoformat()
            fh.write(json.dumps({"id": f"doc-{i:07d}", "text": "\n".join(parts), "outlet": rng.choice(OUTLETS),
                                 "published": published}) + "\n")
    return path.stat().st_size


def _worker_memory(client: Any) -> list[float]:
    """Peak resident memory of each worker process, in MB."""
    def peak() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    return sorted(client.run(peak).values())


def _worker_cpu(client: Any) -> float:
    """CPU seconds used by the worker processes so far (user + system)."""
    def cpu() -> float:
        t = resource.getrusage(resource.RUSAGE_SELF)
        return t.ru_utime + t.ru_stime

    return float(sum(client.run(cpu).values()))


def rate_run(corpus: Path, workers: int, tmp: Path) -> dict[str, Any]:
    """One scan on a fresh local cluster; the rate counts from the call, cluster already up."""
    from distributed import Client, LocalCluster

    from usmx.scan import scan_corpus

    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=50) as cluster, Client(cluster) as client:
        up = time.perf_counter() - t0
        cpu0 = _worker_cpu(client)
        result = scan_corpus(corpus, tmp / f"out-{workers}-{int(t0)}", client=client)
        cpu = _worker_cpu(client) - cpu0
        memory = _worker_memory(client)
    docs = result.documents
    return {"workers": workers, "documents": docs, "claims": result.claims, "seconds": round(result.seconds, 1),
            "docs_per_s": round(docs / result.seconds, 1), "cluster_start_s": round(up, 1),
            "first_result_s": round(up + (result.first_result_seconds or 0), 1),
            "worker_peak_mb": [round(m) for m in memory], "load_avg": round(os.getloadavg()[0], 2),
            # documents per CPU-second of the workers: what the rate would be with the cores to themselves
            "docs_per_cpu_s": round(docs / cpu, 1) if cpu else None,
            "cpu_share": round(cpu / (result.seconds * workers), 2)}


def extrapolate(per_core: float) -> list[dict[str, Any]]:
    """Hours and cluster sizes for bigger archives, assuming the per-core rate holds (the work is independent)."""
    rows = []
    for n in (1_000_000, 100_000_000):
        core_hours = n / per_core / 3600
        rows.append({"documents": n, "core_hours": round(core_hours, 1),
                     "hours_on_2_cores": round(core_hours / 2, 1),
                     "hours_on_64_cores": round(core_hours / 64, 2),
                     "cores_for_1_hour": math.ceil(core_hours),
                     "cores_for_8_hours": math.ceil(core_hours / 8)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=4000, help="documents per rate run")
    parser.add_argument("--big", type=int, default=100_000, help="documents in the long run (0 to skip)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="usmx-bench-scan-"))
    try:
        small = tmp / "small.jsonl"
        size = make_corpus(args.docs, small)
        print(f"corpus: {args.docs:,} documents, {size / 1e6:.1f} MB; load average {os.getloadavg()[0]:.2f}",
              flush=True)
        one = rate_run(small, 1, tmp)
        print(json.dumps(one), flush=True)
        two = rate_run(small, 2, tmp)
        print(json.dumps(two), flush=True)
        ratio = two["docs_per_s"] / one["docs_per_s"]
        print(f"2 workers / 1 worker: {ratio:.2f}x (wall clock)", flush=True)
        if one["docs_per_cpu_s"] and two["docs_per_cpu_s"]:
            # with a core each: the 2-worker rate is its per-CPU rate times 2, against 1 worker's
            ideal = 2 * two["docs_per_cpu_s"] / one["docs_per_cpu_s"]
            print(f"2 workers / 1 worker with a core each (CPU time): {ideal:.2f}x", flush=True)
        per_core = two["docs_per_s"] / 2
        if args.big:
            big = tmp / "big.jsonl"
            size = make_corpus(args.big, big, SEED + 1)
            print(f"long run: {args.big:,} documents, {size / 1e6:.1f} MB", flush=True)
            run = rate_run(big, 2, tmp)
            print(json.dumps(run), flush=True)
            per_core = run["docs_per_s"] / 2
        print(f"per core: {per_core:.1f} documents/s", flush=True)
        for row in extrapolate(per_core):
            print(json.dumps(row), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
