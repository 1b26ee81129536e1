"""Benchmark of the claim checker on news-style prose (bench/news_set.py, bench/news_articles.py),
beside two baselines.

Each case is checked with its publication date against a store built from the bundled
snapshot. A figure is matched to the claims whose number overlaps its anchor; exactly one
must match. Reported:

- cases passed: every figure right (indicator, kind, verdict) and nothing extra reported;
- extraction recall: figures found by exactly one claim;
- indicator accuracy, kind accuracy and verdict accuracy over the figures that assert them;
- checkable figures (expected accurate / overstated / understated / wrong_measure) with both
  indicator and verdict right, false findings (a finding where the figure is accurate),
  missed findings, and spurious claims.

Baselines, on the same figures:

- quantulum3 (a general quantity extractor): extraction recall of the anchors;
- nearest phrase: each found figure linked to the catalog measure whose phrase stands
  nearest to its number in the same sentence, with no rules of scope, part or unit. It
  shows what the linking rules add over phrase matching alone.

Run: ``python bench/bench_news.py`` (``-v`` to list the failing cases, ``--no-quantulum``
to skip that baseline, ``--set sentences`` or ``--set articles`` for one set).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import news_articles
import news_set
from news_set import ANY, Case
from usmx.catalog import load_catalog
from usmx.check import CheckedClaim, check_text
from usmx.store import open_store
from usmx.text.claims import analyse

FINDINGS = {"overstated", "understated", "wrong_measure"}
CHECKABLE = FINDINGS | {"accurate"}


def _span(case: Case, anchor: str) -> tuple[int, int]:
    i = case.text.index(anchor)
    return i, i + len(anchor)


def score_case(case: Case, found: list[CheckedClaim], tally: Counter[str], failures: list[str]) -> bool:
    ok = True
    matched: set[int] = set()
    for fig in case.figures:
        i, j = _span(case, fig.anchor)
        hits = [k for k, c in enumerate(found) if c.claim.number_start < j and i < c.claim.number_end]
        tally["figures"] += 1
        if fig.indicator != ANY:
            tally["ind_asserted"] += 1
        if fig.verdict is not None:
            tally["verdict_asserted"] += 1
        if fig.verdict in CHECKABLE:
            tally["checkable"] += 1
        if len(hits) != 1:
            ok = False
            failures.append(f"{case.id}: {fig.anchor!r} found by {len(hits)} claims")
            matched.update(hits)
            continue
        c = found[hits[0]]
        matched.add(hits[0])
        tally["found"] += 1
        ind_ok = fig.indicator == ANY or c.claim.indicator == fig.indicator
        kind_ok = c.claim.kind == fig.kind
        ver_ok = fig.verdict is None or c.verdict.label == fig.verdict
        tally["ind_ok"] += fig.indicator != ANY and ind_ok
        tally["kind_ok"] += kind_ok
        tally["verdict_ok"] += fig.verdict is not None and ver_ok
        if fig.verdict in CHECKABLE:
            tally["checkable_ok"] += ind_ok and ver_ok
            tally["false_finding"] += fig.verdict == "accurate" and c.verdict.label in FINDINGS
            tally["missed_finding"] += fig.verdict in FINDINGS and c.verdict.label not in FINDINGS
        if not (ind_ok and kind_ok and ver_ok):
            ok = False
            failures.append(f"{case.id}: {fig.anchor!r} got ({c.claim.indicator}, {c.claim.kind}, "
                            f"{c.verdict.label}), expected ({fig.indicator}, {fig.kind}, {fig.verdict})")
    extra = [c for k, c in enumerate(found) if k not in matched]
    tally["extra"] += len(extra)
    for c in extra:
        ok = False
        failures.append(f"{case.id}: extra {c.claim.quote!r} ({c.claim.indicator}, {c.verdict.label})")
    return ok


class NearestPhrase:
    """The baseline linker: the catalog phrase nearest the number in its sentence names the measure."""

    def __init__(self) -> None:
        catalog = load_catalog()
        self.phrases: list[tuple[re.Pattern[str], str]] = []
        for ind in catalog:
            for p in (*ind.phrases, *ind.proxy_for):
                self.phrases.append((re.compile(rf"(?<!\w){re.escape(p)}(?!\w)"), ind.id))

    def link(self, case: Case, number: tuple[int, int]) -> str | None:
        an = analyse(case.text)
        sent = next((s for s in an.sentences if s.start <= number[0] < s.end), None)
        if sent is None:
            return None
        best: tuple[int, str] | None = None
        for rx, ind_id in self.phrases:
            for m in rx.finditer(an.low, sent.start, sent.end):
                d = m.start() - number[1] if m.start() >= number[1] else number[0] - m.end()
                if best is None or max(d, 0) < best[0]:
                    best = (max(d, 0), ind_id)
        return best[1] if best else None


def baseline_indicator_accuracy(cases: list[Case], found_by_case: dict[str, list[CheckedClaim]]) -> tuple[int, int]:
    linker = NearestPhrase()
    right = total = 0
    for case in cases:
        for fig in case.figures:
            if fig.indicator == ANY:
                continue
            i, j = _span(case, fig.anchor)
            hits = [c for c in found_by_case[case.id] if c.claim.number_start < j and i < c.claim.number_end]
            if len(hits) != 1:
                total += 1
                continue
            total += 1
            right += linker.link(case, (hits[0].claim.number_start, hits[0].claim.number_end)) == fig.indicator
    return right, total


def quantulum_recall(cases: list[Case]) -> tuple[int, int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns at import that its optional classifier is missing
        from quantulum3 import parser

    right = total = 0
    for case in cases:
        for fig in case.figures:
            i, j = _span(case, fig.anchor)
            total += 1
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                spans = [q.span for q in parser.parse(case.text)]
            right += any(a < j and i < b for a, b in spans)
    return right, total


def run_set(title: str, cases: list[Case], store: Any, args: argparse.Namespace) -> None:
    ids = [c.id for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    tally: Counter[str] = Counter()
    failures: list[str] = []
    found_by_case: dict[str, list[CheckedClaim]] = {}
    passed = Counter[str]()
    for case in cases:
        found = check_text(case.text, published=case.published, store=store, doc=case.id)
        found_by_case[case.id] = found
        group = "articles" if len(case.text) > 1500 else "sentences"
        passed[group + "_n"] += 1
        passed[group] += score_case(case, found, tally, failures)

    def frac(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

    print(f"{title}: {passed['sentences_n']} sentences and {passed['articles_n']} articles, "
          f"{tally['figures']} annotated figures")
    if passed["sentences_n"]:
        print(f"  cases passed, sentences                  {frac(passed['sentences'], passed['sentences_n'])}")
    print(f"  cases passed, articles                   {frac(passed['articles'], passed['articles_n'])}")
    print(f"  checkable figures right (ind + verdict)  {frac(tally['checkable_ok'], tally['checkable'])}")
    print(f"  verdict accuracy (asserted)              {frac(tally['verdict_ok'], tally['verdict_asserted'])}")
    print(f"  kind accuracy (found)                    {frac(tally['kind_ok'], tally['found'])}")
    print(f"  false findings (accurate called wrong)   {tally['false_finding']}")
    print(f"  missed findings                          {tally['missed_finding']}")
    print(f"  spurious claims                          {tally['extra']}")
    br, bt = baseline_indicator_accuracy(cases, found_by_case)
    print(f"  {'':<22}{'usmx':>16}{'nearest phrase':>18}{'quantulum3':>16}")
    print(f"  {'extraction recall':<22}{tally['found'] / tally['figures']:>16.3f}{'':>18}", end="")
    if args.no_quantulum:
        print(f"{'skipped':>16}")
    else:
        try:
            qr, qt = quantulum_recall(cases)
            print(f"{qr / qt:>16.3f}")
        except ImportError:
            print(f"{'not installed':>16}")
    print(f"  {'indicator accuracy':<22}{tally['ind_ok'] / tally['ind_asserted']:>16.3f}{br / bt:>18.3f}")
    if args.v:
        print()
        print("\n".join(failures))
    print()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list every failing figure")
    ap.add_argument("--no-quantulum", action="store_true", help="skip the quantulum3 baseline")
    ap.add_argument("--set", choices=("sentences", "articles", "both"), default="both")
    args = ap.parse_args()
    store = open_store(Path(tempfile.mkdtemp(prefix="usmx-bench-news-")) / "usmx.duckdb")
    if args.set in ("sentences", "both"):
        run_set("news_set.py", news_set.CASES, store, args)
    if args.set in ("articles", "both"):
        run_set("news_articles.py", news_articles.CASES, store, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
