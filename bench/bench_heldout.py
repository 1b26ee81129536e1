"""Score the held-out prose sets written for the checker (tests/test_prose_*.py, tests/test_spanish_prose.py).

Each set was written, with its expected verdicts, before usmx was run on it, and scored once then (its
docstring keeps that first run: the honest estimate for unseen prose). Later fixes move cases out of its
KNOWN_GAPS list; this prints the figures right now, counted the way the first run was: a figure is right
when its indicator, kind and verdict all are, and a passage that must report nothing counts as one figure.

    PYTHONPATH=src python bench/bench_heldout.py
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 12, 1)  # "today" for undated passages, as in the sets themselves
SETS = ("test_prose_border", "test_prose_drugs_money", "test_spanish_prose", "test_prose_mixed", "test_prose_fresh",
        "test_prose_fresh2", "test_prose_fresh3", "test_prose_fresh4",
        "test_prose_fresh5", "test_prose_fresh6")


def _right(case: Any, found: list[Any]) -> tuple[int, int]:
    """Figures right and figures asserted; a passage that must report nothing counts as one figure."""
    from prose_spec import claims_at, expected, outcome

    if not case.figures:  # NOT_REPORTED
        return (1 if not found else 0), 1
    right = 0
    for fig in case.figures:
        hits = claims_at(case.text, fig, found)
        right += len(hits) == 1 and outcome(fig, found[hits[0]]) == expected(fig)
    return right, len(case.figures)


def main() -> int:
    sys.path.insert(0, str(HERE.parent / "tests"))
    from prose_spec import when_published
    from usmx.check import check_text
    from usmx.store import open_store

    store = open_store(Path(tempfile.mkdtemp(prefix="usmx-heldout-")) / "usmx.duckdb")
    print(f"{'set':<26}{'passages':>9}{'figures right now':>20}")
    for name in SETS:
        if not (HERE.parent / "tests" / f"{name}.py").exists():
            continue
        mod = importlib.import_module(name)
        right = total = 0
        cases = [*mod.CASES, *mod.KNOWN_GAPS]
        for case in cases:
            found = check_text(case.text, published=when_published(case, TODAY), store=store, doc=case.id, today=TODAY)
            r, n = _right(case, found)
            right += r
            total += n
        print(f"{name:<26}{len(cases):>9}{right:>12}/{total} ({right / total:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
