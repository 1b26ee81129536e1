"""Benchmark of the claim checker on the hand-annotated seeds, and against quantulum3.

Quality, on ``../shared/gold/seeds.jsonl`` (each seed checked with its gold publication
date, against a store built from the bundled snapshot in a temporary folder):

- recall: gold claims overlapped by at least one predicted claim (core claims, and all);
- precision of linked claims: predicted claims with an indicator that overlap a gold claim
  (and, stricter, that also name the gold indicator);
- indicator accuracy: matched gold claims whose best-overlapping prediction names the gold
  indicator ("other" in the gold = no indicator);
- verdict accuracy: gold claims whose prediction has the expected verdict, counting a
  missed claim as wrong (core claims, and all).

Speed: articles per second for the whole check (extraction, linking, verdicts) in this one
process on one core, after start-up (catalog, store and imports loaded); peak memory of the
process; and the wall time of one ``usmx check FILE`` from a fresh process, start-up
included (``python -m usmx.check`` if the ``usmx`` command has no ``check`` yet).

Baseline: quantulum3 on the sentences holding the gold claims (recall of the gold figures
by its quantities) and on every sentence of the seeds (speed), beside ours.

Run: ``python bench/bench_check.py`` (``--seconds 5`` for a longer speed run, ``--no-cli``
to skip the subprocess timing, ``--no-quantulum`` to skip the baseline).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = SHARED / "gold" / "seeds.jsonl"
SEEDS = SHARED / "seeds"


@dataclass
class Doc:
    name: str
    text: str
    published: date
    gold: list[dict[str, Any]]


def load_gold(path: Path = GOLD) -> list[Doc]:
    docs = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = (SEEDS / row["doc"]).read_text("utf-8")
        docs.append(Doc(row["doc"], text, date.fromisoformat(row["published"]), row["claims"]))
    return docs


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def quality(docs: list[Doc], store: Any) -> dict[str, float]:
    from usmx.check import check_text

    n_gold = n_core = found = found_core = 0
    linked = linked_ok = linked_same = 0
    ind_total = ind_ok = 0
    verdict_ok = verdict_ok_core = 0
    rows = []
    for d in docs:
        checked = check_text(d.text, published=d.published, store=store, doc=d.name)
        for c in checked:
            if c.claim.indicator is None:
                continue
            linked += 1
            hits = [g for g in d.gold if _overlap(c.claim.start, c.claim.end, g["start"], g["end"])]
            if hits:
                linked_ok += 1
                if any(g["indicator"] == c.claim.indicator for g in hits):
                    linked_same += 1
        for g in d.gold:
            n_gold += 1
            n_core += g["core"]
            cands = [c for c in checked if _overlap(c.claim.start, c.claim.end, g["start"], g["end"])]
            if not cands:
                rows.append((d.name, g["quote"][:48], g["core"], "MISSED", "", g["expected_verdict"]))
                continue
            best = max(cands, key=lambda c: _overlap(c.claim.start, c.claim.end, g["start"], g["end"]))
            found += 1
            found_core += g["core"]
            ind_total += 1
            predicted = best.claim.indicator or "other"
            ind_ok += predicted == g["indicator"]
            good = best.verdict.label == g["expected_verdict"]
            verdict_ok += good
            verdict_ok_core += good and g["core"]
            rows.append((d.name, g["quote"][:48], g["core"], predicted, best.verdict.label, g["expected_verdict"]))
    return {
        "gold claims": n_gold,
        "core gold claims": n_core,
        "recall (core)": found_core / n_core,
        "recall (all)": found / n_gold,
        "linked predictions": linked,
        "precision of linked claims": linked_ok / linked if linked else 0.0,
        "precision of linked claims, same indicator": linked_same / linked if linked else 0.0,
        "indicator accuracy (matched claims)": ind_ok / ind_total if ind_total else 0.0,
        "verdict accuracy (core)": verdict_ok_core / n_core,
        "verdict accuracy (all)": verdict_ok / n_gold,
        "_rows": rows,  # type: ignore[dict-item]
    }


def throughput(docs: list[Doc], store: Any, seconds: float) -> tuple[float, float]:
    from usmx.check import check_text

    for d in docs:  # warm caches (phrase index, store series) as a long run would
        check_text(d.text, published=d.published, store=store, doc=d.name)
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for d in docs:
            check_text(d.text, published=d.published, store=store, doc=d.name)
            n += 1
    elapsed = time.perf_counter() - start
    words = statistics.mean(len(d.text.split()) for d in docs)
    return n / elapsed, words


def cli_wall(doc: Doc, db: Path, repeats: int = 3) -> tuple[str, float]:
    """Median wall time of one check of one file from a fresh process (start-up included)."""
    env = {**os.environ, "USMX_DB": str(db)}
    usmx = shutil.which("usmx")
    cmd: list[str]
    if usmx and subprocess.run([usmx, "check", "--help"], capture_output=True, env=env).returncode == 0:
        cmd = [usmx, "check"]
    else:
        cmd = [sys.executable, "-m", "usmx.check"]
    path = SEEDS / doc.name
    args = [*cmd, "--published", doc.published.isoformat(), "--format", "json", str(path)]
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        proc = subprocess.run(args, capture_output=True, env=env)
        times.append(time.perf_counter() - t0)
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"{' '.join(args)} failed: {proc.stderr.decode()[:300]}")
    return " ".join(a if a != str(path) else path.name for a in cmd), statistics.median(times)


def sentences_with_gold(docs: list[Doc]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each sentence holding a gold figure, with the gold spans relative to it."""
    from usmx.text.claims import analyse

    out = []
    for d in docs:
        an = analyse(d.text)
        for s in an.sentences:
            spans = [(g["start"] - s.start, g["end"] - s.start) for g in d.gold
                     if g["value"] is not None and _overlap(s.start, s.end, g["start"], g["end"])]
            if spans:
                out.append((d.text[s.start:s.end], spans))
    return out


def all_sentences(docs: list[Doc]) -> list[str]:
    from usmx.text.claims import analyse

    out = []
    for d in docs:
        an = analyse(d.text)
        out.extend(d.text[s.start:s.end] for s in an.sentences)
    return out


def ours_quantities(sentence: str) -> list[tuple[int, int]]:
    from usmx.text.normalize import lower, normalize
    from usmx.text.quantities import find_quantities

    low = lower(normalize(sentence))
    return [(q.start, q.end) for q in find_quantities(low, 0, len(low))]


def quantulum_quantities(sentence: str) -> list[tuple[int, int]]:
    from quantulum3 import parser

    return [(q.span[0], q.span[1]) for q in parser.parse(sentence)]


def extraction_recall(items: list[tuple[str, list[tuple[int, int]]]], fn: Any) -> float:
    total = hit = 0
    for sentence, spans in items:
        found = fn(sentence)
        for g0, g1 in spans:
            total += 1
            hit += any(_overlap(a, b, g0, g1) for a, b in found)
    return hit / total if total else 0.0


def sentences_per_second(sentences: list[str], fn: Any, budget: float = 3.0) -> float:
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < budget:
        for s in sentences:
            fn(s)
            n += 1
        if n >= len(sentences) and time.perf_counter() - start > budget / 3:
            break
    return n / (time.perf_counter() - start)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="length of the throughput run")
    ap.add_argument("--no-cli", action="store_true", help="skip the fresh-process timing")
    ap.add_argument("--no-quantulum", action="store_true", help="skip the quantulum3 baseline")
    ap.add_argument("--rows", action="store_true", help="print each gold claim with its prediction")
    args = ap.parse_args()

    docs = load_gold()
    with tempfile.TemporaryDirectory(prefix="usmx-bench-") as tmp:
        db = Path(tmp) / "usmx.duckdb"
        from usmx.store import open_store

        t0 = time.perf_counter()
        store = open_store(db)
        store_s = time.perf_counter() - t0

        q = quality(docs, store)
        rows = q.pop("_rows")
        print(f"Claim checker on {len(docs)} seeds ({q['gold claims']:.0f} gold claims, "
              f"{q['core gold claims']:.0f} core); store from the bundled snapshot in {store_s:.2f} s")
        for key in ("recall (core)", "recall (all)", "precision of linked claims",
                    "precision of linked claims, same indicator", "indicator accuracy (matched claims)",
                    "verdict accuracy (core)", "verdict accuracy (all)"):
            print(f"  {key:<45} {q[key]:.3f}")
        print(f"  {'linked predictions':<45} {q['linked predictions']:.0f}")
        if args.rows:
            for r in rows:  # type: ignore[attr-defined]
                print("   ", " | ".join(str(x) for x in r))

        rate, words = throughput(docs, store, args.seconds)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\nThroughput (whole check, one core, start-up excluded): {rate:.0f} articles/s "
              f"(articles of {words:.0f} words on average)")
        print(f"Peak memory of this process (store loaded): {peak_mb:.0f} MB")
        if not args.no_cli:
            how, wall = cli_wall(docs[0], db)
            print(f"One `{how} FILE` from a fresh process, start-up included: {wall:.2f} s wall (median of 3)")

    if not args.no_quantulum:
        items = sentences_with_gold(docs)
        sentences = all_sentences(docs)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import quantulum3.parser  # noqa: F401  (import outside the timing)

            r_q = extraction_recall(items, quantulum_quantities)
            s_q = sentences_per_second(sentences, quantulum_quantities)
        r_o = extraction_recall(items, ours_quantities)
        s_o = sentences_per_second(sentences, ours_quantities)
        n = sum(len(s) for _, s in items)
        print(f"\nQuantity extraction on the sentences holding the {n} numeric gold claims "
              f"(speed over all {len(sentences)} sentences):")
        print(f"  {'':<12} {'recall':>8} {'sentences/s':>12}")
        print(f"  {'usmx':<12} {r_o:>8.3f} {s_o:>12.0f}")
        print(f"  {'quantulum3':<12} {r_q:>8.3f} {s_q:>12.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
