"""Benchmark of the ledger: dated claims, forecasts and recommendations with hand-set outcomes.

The expected outcomes live in ``bench/ledger_expected.csv`` and were written before usmx was run
on these items. Real excerpts (``../shared/real/pages.jsonl``) and the seeds (``../shared/seeds``)
are read at run time and located by document and character offsets, so none of their prose is
kept here; the sentences marked ``own`` were written for this benchmark.

For each item it reports whether the ledger found a statement of that kind over the item's words
(extraction recall) and whether its status is the expected one (outcome accuracy, counting a
missed item as wrong), beside a keyword baseline: a sentence is a recommendation if it says
"should"/"must"/"debe", a forecast if it says "will"/"expected"/"se espera", a date claim if it
holds a year or a month; a date is accurate when an event whose title shares a word with the
sentence falls in the year written, a recommendation done when such an event came after
publication, a forecast always unverifiable.

Run: ``python bench/bench_ledger.py`` (``--verbose`` lists every miss).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from usmx.check import check_text
from usmx.events import load_events
from usmx.ledger import Ledger, build_ledger
from usmx.store import Store, open_store
from usmx.text.refdate import infer

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
KINDS = ("date", "forecast", "recommendation")


def _texts() -> tuple[dict[str, str], dict[str, str | None]]:
    texts: dict[str, str] = {}
    dates: dict[str, str | None] = {}
    for line in (SHARED / "real" / "pages.jsonl").read_text("utf-8").splitlines():
        d = json.loads(line)
        texts[d["doc_id"]], dates[d["doc_id"]] = d["text"], d["published"]
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        texts[path.name] = path.read_text("utf-8")
    return texts, dates


def _ledger(text: str, published: str | None, store: Store,
            cache: dict[tuple[str, str | None], Ledger]) -> Ledger:
    key = (text, published)
    if key not in cache:
        ref = date.fromisoformat(published) if published else infer(text)
        claims = check_text(text, published=ref, store=store)
        when = ref if isinstance(ref, date) else ref.date
        cache[key] = build_ledger(text, when, store=store, checked=claims)
    return cache[key]


_YEAR = re.compile(r"\b(19|20)\d\d\b")
_MONTH = re.compile(r"\b(?:january|february|march|april|june|july|august|september|october|november|december"
                    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b",
                    re.I)
_REC = re.compile(r"\b(?:should|must|debe\w*|deber[íi]a\w*|tiene que|es necesario)\b", re.I)
_FC = re.compile(r"\b(?:will|expected|likely|forecast|se espera|se prevé|\w+rán)\b", re.I)
_WORD = re.compile(r"[a-záéíóúñ]{5,}", re.I)


def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    b = min([i for i in (text.find(".", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return text[a:b + 1]


def baseline(kind: str, sentence: str, published: date | None) -> tuple[bool, str]:
    """(found, outcome) by keywords alone."""
    events = load_events()
    words = {w.lower() for w in _WORD.findall(sentence)}
    sharing = [e for e in events if words & {w.lower() for w in _WORD.findall(e.title)}]
    if kind == "date":
        found = bool(_YEAR.search(sentence) or _MONTH.search(sentence))
        years = {int(y.group(0)) for y in _YEAR.finditer(sentence)} or ({published.year} if published else set())
        hit = any(e.date.year in years for e in sharing)
        return found, "accurate" if hit else ("wrong_date" if sharing else "unverifiable")
    if kind == "forecast":
        return bool(_FC.search(sentence)), "unverifiable"
    found = bool(_REC.search(sentence))
    after = [e for e in sharing if published is None or e.date > published]
    return found, "done" if after else "unmatched"


def run(verbose: bool) -> dict[str, dict[str, float]]:
    texts, real_dates = _texts()
    store = open_store()
    cache: dict[tuple[str, str | None], Ledger] = {}
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rows = list(csv.DictReader((HERE / "ledger_expected.csv").open(encoding="utf-8")))
    for row in rows:
        kind, expected = row["kind"], row["expected"]
        published = row["published"] or None
        if row["source"] == "own":
            text, start, end = row["text"], 0, len(row["text"])
        else:
            text, start, end = texts[row["doc"]], int(row["start"]), int(row["end"])
            published = published or (real_dates.get(row["doc"]) if row["source"] == "real" else None)
        led = _ledger(text, published, store, cache)
        over = [e for e in led.entries if e.kind == kind and e.start < end and start < e.end]
        over.sort(key=lambda e: -(min(e.end, end) - max(e.start, start)))
        got = over[0].status if over else None
        when = date.fromisoformat(published) if published else led.published
        b_found, b_outcome = baseline(kind, _sentence(text, start, end), when)
        for who, found, outcome in (("usmx", bool(over), got), ("baseline", b_found, b_outcome)):
            for k in (kind, "all"):
                tally[(who, k)]["n"] += 1  # type: ignore[index]
                tally[(who, k)]["found"] += found  # type: ignore[index]
                tally[(who, k)]["right"] += bool(found and outcome == expected)  # type: ignore[index]
        if verbose and got != expected:
            where = row["doc"] or "own"
            print(f"  miss {row['id']} {kind:14} {where:28} expected {expected:12} got {got}", file=sys.stderr)
    out: dict[str, dict[str, float]] = {}
    print(f"{'':10} {'kind':15} {'n':>4} {'recall':>8} {'accuracy':>9}")
    for who in ("usmx", "baseline"):
        for k in (*KINDS, "all"):
            t = tally[(who, k)]  # type: ignore[index]
            if not t["n"]:
                continue
            rec, acc = t["found"] / t["n"], t["right"] / t["n"]
            out[f"{who}:{k}"] = {"n": t["n"], "recall": rec, "accuracy": acc}
            print(f"{who:10} {k:15} {t['n']:>4} {rec:>8.2f} {acc:>9.2f}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every item whose outcome differs")
    args = parser.parse_args()
    run(args.verbose)


if __name__ == "__main__":
    main()
