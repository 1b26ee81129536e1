"""Benchmark of the claim checker on real published prose (``../shared/real/pages.jsonl``).

The corpus (80 excerpts, 14 in Spanish, every checkable figure annotated by hand) is read at run
time and never copied here. This folder holds only what the benchmark adds to it:

- ``real_split.csv``: each document's outlet (the URL's host, ``www.`` stripped), language and
  part, ``dev`` or ``check``, fixed by a hash of the host (``--write-split`` remakes it; see
  bench/README.md);
- ``real_indicator_map.csv``: gold annotations to usmx indicator ids (``other`` claims whose
  measure the catalog now has, and the ids a gold id accepts); only ids in the catalog at run time
  are used, and an ``other`` measure ``family:part`` with no row maps to ``family_part`` or
  ``family_cit_part`` when the catalog has that id;
- ``real_expected.csv``: expected verdicts worked out from the official data files.

Each document is checked with ``usmx.check.check_text`` (its published date, else the date
``usmx check`` would use: a dateline near the top, else one inferred from the text's own periods,
else the fixed reading date below standing for today), against a store built from the bundled
snapshot. usmx claims are matched one to one with gold claims whose
quote they overlap (a claim whose number lies inside the quote first, then the longest overlap).

Reported per part, per indicator family and for the Spanish documents:

- recall: core gold claims (those whose mapped indicator is in the catalog) found;
- judged on the right measure: of usmx's verdicts (accurate, overstated, understated,
  wrong_measure) on gold claims, those whose indicator is one the gold claim accepts; a verdict
  on a gold ``other`` claim the catalog has no measure for is a wrong measure;
- right indicator: found core claims tied to an accepted indicator, beside the nearest-phrase
  baseline of bench_news.py (the catalog phrase nearest the number in its sentence);
- verdict right: expected checkable verdicts given, on an accepted indicator (a missed claim is
  wrong); false findings (expected accurate, got a finding), missed findings, and verdicts given
  where the expected verdict is unverifiable (a forecast, a term of office, no period);
- spurious: usmx verdicts on spans that hold no gold figure.

Run: ``PYTHONPATH=src python bench/bench_real.py`` (``--part dev|check|all``, ``--json`` for
``[numerator, denominator]`` per group and metric, ``--errors`` to list each mismatch; quotes are
printed to the terminal only, never written to files here).
The check part is scored only at milestones; no rule may be written from a check-part sentence.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PAGES = REPO.parent / "shared" / "real" / "pages.jsonl"
SPLIT = HERE / "real_split.csv"
MAP = HERE / "real_indicator_map.csv"
EXPECTED = HERE / "real_expected.csv"

# Undated documents are read as `usmx check` reads them (a dateline, else a date inferred from the
# text, else "today"); "today" is fixed so that runs can be compared.
READING_DATE = date(2026, 12, 1)

SPLIT_SALT = "usmx-real-split-9"  # see real_split_rows(): the first salt meeting the balance rules

JUDGED = frozenset({"accurate", "overstated", "understated", "wrong_measure"})
FINDINGS = frozenset({"overstated", "understated", "wrong_measure"})

FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("encounters", ("sw_border_encounters", "usbp_", "cbp_nationwide_encounters", "nb_border", "northern_border",
                    "ofo_")),
    ("overdoses", ("us_overdose", "us_opioid", "us_synthetic")),
    ("seizures", ("cbp_fentanyl", "cbp_drug", "cbp_seizures", "cbp_opioid", "dea_fentanyl")),
    ("remittances", ("mx_remittance",)),
    ("homicides", ("mx_homicide", "mx_feminicide")),
    ("FDI", ("mx_fdi", "mx_share_latam_fdi")),
    ("trade", ("us_mx_trade", "us_exports", "us_imports", "mx_share_us_goods", "mx_rank_us_trading")),
)
GROUPS = ("all", *(f for f, _ in FAMILIES), "other", "Spanish")

_ES = frozenset(["el", "la", "los", "las", "de", "del", "que", "en", "por", "con", "una", "para", "se", "según", "más",
                 "año"])
_EN = frozenset(["the", "of", "and", "to", "in", "that", "for", "with", "was", "by", "from", "is"])


def family(indicator: str | None) -> str:
    for name, prefixes in FAMILIES:
        if indicator and indicator.startswith(prefixes):
            return name
    return "other"


# ---------------------------------------------------------------- corpus, split, map, expected

@dataclass
class Gold:
    index: int
    claim: dict[str, Any]
    start: int
    end: int
    mapped: str | None  # the catalog id the claim is about, if the catalog has one
    accepted: frozenset[str]  # catalog ids that count as the right measure
    family: str

    @property
    def core(self) -> bool:
        return self.mapped is not None


@dataclass
class Doc:
    doc_id: str
    url: str
    host: str
    published: date | None
    text: str
    lang: str
    part: str
    gold: list[Gold] = field(default_factory=list)


def host_of(url: str) -> str:
    return (urlparse(url).hostname or "").removeprefix("www.")


def language(text: str) -> str:
    words = re.findall(r"[a-záéíóúñü]+", text.lower())
    return "es" if sum(w in _ES for w in words) > sum(w in _EN for w in words) else "en"


def load_pages() -> list[dict[str, Any]]:
    if not PAGES.exists():
        raise SystemExit(f"bench_real: the corpus is not at {PAGES}")
    return [json.loads(line) for line in PAGES.read_text("utf-8").splitlines() if line.strip()]


def real_split_rows(pages: list[dict[str, Any]], salt: str = SPLIT_SALT) -> list[dict[str, str]]:
    """dev when the first byte of sha256(salt + ":" + host) is below 128, else check.

    The salt is the first of ``usmx-real-split-0``, ``-1``, ... for which the dev part holds 35-45
    documents, 45-55% of all gold claims, of core claims and of expected verdicts, and 7 of the 14
    Spanish documents (checked by ``--write-split``)."""
    rows = []
    for p in pages:
        host = host_of(p["url"])
        part = "dev" if hashlib.sha256(f"{salt}:{host}".encode()).digest()[0] < 128 else "check"
        rows.append({"doc_id": p["doc_id"], "host": host, "lang": language(p["text"]), "part": part})
    return rows


def load_split() -> dict[str, dict[str, str]]:
    with SPLIT.open(newline="", encoding="utf-8") as f:
        return {r["doc_id"]: r for r in csv.DictReader(f)}


class IndicatorMap:
    """Gold indicator (a catalog id, or ``other:`` + the measure named) to the ids usmx may give."""

    def __init__(self, catalog_ids: set[str], path: Path = MAP) -> None:
        self.ids = catalog_ids
        self.rows: dict[tuple[str, str], list[str]] = {}
        with path.open(newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                ids = [r["usmx"], *(x for x in r["also"].split("|") if x)]
                self.rows[(r["gold"], r["kind"])] = ids

    def resolve(self, claim: dict[str, Any]) -> tuple[str | None, frozenset[str]]:
        ind = claim["indicator"]
        gold = ind if ind != "other" else f"other:{claim.get('other_indicator') or ''}"
        cands = self.rows.get((gold, claim["kind"])) or self.rows.get((gold, "*"))
        if cands is None:
            if ind != "other":
                cands = [ind]
            else:
                name = gold.removeprefix("other:")
                fam, _, part = name.partition(":")
                cands = [name] if not part else [f"{fam}_{part}", f"{fam}_cit_{part}"]
        present = [c for c in cands if c in self.ids]
        return (present[0] if present else None), frozenset(present)


def locate(text: str, claim: dict[str, Any], taken: set[tuple[int, int]]) -> tuple[int, int]:
    """The quote's offsets: inside an occurrence of its sentence, the first not already taken."""
    quote, sentence = claim["quote"], claim["sentence"]
    spots: list[int] = []
    s = text.find(sentence)
    while s >= 0:
        q = sentence.find(quote)
        while q >= 0:
            spots.append(s + q)
            q = sentence.find(quote, q + 1)
        s = text.find(sentence, s + 1)
    if not spots:
        q = text.find(quote)
        while q >= 0:
            spots.append(q)
            q = text.find(quote, q + 1)
    if not spots:
        raise ValueError(f"quote not in text: {claim['quote']!r}")
    for a in spots:
        if (a, a + len(quote)) not in taken:
            return a, a + len(quote)
    return spots[0], spots[0] + len(quote)


def load_docs(catalog_ids: set[str]) -> list[Doc]:
    split = load_split()
    imap = IndicatorMap(catalog_ids)
    docs = []
    for p in load_pages():
        meta = split[p["doc_id"]]
        doc = Doc(p["doc_id"], p["url"], meta["host"], date.fromisoformat(p["published"]) if p["published"] else None,
                  p["text"], meta["lang"], meta["part"])
        taken: set[tuple[int, int]] = set()
        for i, c in enumerate(p["claims"]):
            a, b = locate(p["text"], c, taken)
            taken.add((a, b))
            mapped, accepted = imap.resolve(c)
            raw = c["indicator"] if c["indicator"] != "other" else c.get("other_indicator") or ""
            doc.gold.append(Gold(i, c, a, b, mapped, accepted, family(mapped or raw)))
        docs.append(doc)
    return docs


def load_expected() -> dict[tuple[str, int], dict[str, str]]:
    with EXPECTED.open(newline="", encoding="utf-8") as f:
        return {(r["doc_id"], int(r["claim_index"])): r for r in csv.DictReader(f)}


# ---------------------------------------------------------------- matching and scoring

def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def match(found: list[Any], gold: list[Gold]) -> dict[int, int]:
    """gold index -> index in ``found``: one to one, a claim whose number lies in the quote first,
    then the longest overlap."""
    pairs = []
    for k, c in enumerate(found):
        cl = c.claim
        for g in gold:
            ov = _overlap(cl.start, cl.end, g.start, g.end)
            if ov:
                pairs.append(((_overlap(cl.number_start, cl.number_end, g.start, g.end) > 0, ov), g.index, k))
    pairs.sort(key=lambda t: t[0], reverse=True)
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, k in pairs:
        if gi not in out and k not in used:
            out[gi] = k
            used.add(k)
    return out


METRICS = ("recall", "judged_right_measure", "right_indicator", "right_indicator_baseline", "verdict_right",
           "false_findings", "missed_findings", "judged_unverifiable", "spurious")


class Tally:
    def __init__(self) -> None:
        self.n: dict[str, Counter[str]] = defaultdict(Counter)  # group -> metric numerators
        self.d: dict[str, Counter[str]] = defaultdict(Counter)  # group -> metric denominators

    def add(self, groups: list[str], metric: str, ok: bool, count: bool = True) -> None:
        for g in groups:
            self.n[g][metric] += ok
            self.d[g][metric] += count

    def as_dict(self) -> dict[str, dict[str, list[int]]]:
        return {g: {m: [self.n[g][m], self.d[g][m]] for m in METRICS} for g in GROUPS}


@dataclass
class Nearest:
    """The nearest-phrase baseline of bench_news.py, on one document."""

    text: str


def score(docs: list[Doc], store: Any, expected: dict[tuple[str, int], dict[str, str]],
          errors: list[str] | None = None) -> Tally:
    from bench_news import NearestPhrase
    from usmx.check import check_text
    from usmx.text.refdate import reference_date

    baseline = NearestPhrase()
    t = Tally()
    for d in docs:
        when = reference_date(d.text, None, d.published, READING_DATE)
        found = check_text(d.text, published=when, store=store, doc=d.doc_id)
        pairs = match(found, d.gold)
        es = ["Spanish"] if d.lang == "es" else []
        near = Nearest(d.text)
        for g in d.gold:
            groups = ["all", g.family, *es]
            k = pairs.get(g.index)
            c = found[k] if k is not None else None
            got = c.claim.indicator if c is not None else None
            label = c.verdict.label if c is not None else None
            quote = g.claim["quote"]
            if g.core:
                t.add(groups, "recall", c is not None)
                if c is None and errors is not None:
                    errors.append(f"{d.doc_id} #{g.index} missed: {g.mapped} | {quote}")
            if c is not None and label in JUDGED:
                ok = got in g.accepted
                t.add(groups, "judged_right_measure", ok)
                if not ok and errors is not None:
                    want = g.mapped or f"other ({g.claim.get('other_indicator')})"
                    errors.append(f"{d.doc_id} #{g.index} judged on a wrong measure: expected {want}, "
                                  f"got {got} ({label}) | {quote}")
            if g.core and c is not None:
                ok = got in g.accepted
                t.add(groups, "right_indicator", ok)
                base = baseline.link(near, (c.claim.number_start, c.claim.number_end))  # type: ignore[arg-type]
                t.add(groups, "right_indicator_baseline", base in g.accepted)
                if not ok and errors is not None and label not in JUDGED:
                    errors.append(f"{d.doc_id} #{g.index} indicator: expected {g.mapped}, got {got} ({label}) "
                                  f"| {quote}")
            exp = expected.get((d.doc_id, g.index))
            if exp is None or not g.core:
                continue
            want = exp["verdict"]
            if want in JUDGED:
                ok = c is not None and label == want and got in g.accepted
                t.add(groups, "verdict_right", ok)
                if not ok:
                    t.add(groups, why_wrong(c is not None, got, got in g.accepted, label), True)
                if want == "accurate":
                    t.add(groups, "false_findings", label in FINDINGS)
                else:
                    t.add(groups, "missed_findings", label not in FINDINGS)
                if not ok and errors is not None:
                    errors.append(f"{d.doc_id} #{g.index} verdict: expected {want} on {exp['indicator']} "
                                  f"({exp['period']}, official {exp['official_value']}), got {label} on {got} "
                                  f"| {quote}")
            else:
                t.add(groups, "judged_unverifiable", label in JUDGED)
            if want not in JUDGED and label in JUDGED and errors is not None:
                errors.append(f"{d.doc_id} #{g.index} expected unverifiable ({exp['note']}), got {label} on {got} "
                              f"| {quote}")
        for c in found:
            if c.verdict.label not in JUDGED:
                continue
            cl = c.claim
            if any(_overlap(cl.start, cl.end, g.start, g.end) for g in d.gold):
                continue
            t.add(["all", family(cl.indicator), *es], "spurious", True)
            if errors is not None:
                errors.append(f"{d.doc_id} spurious: {cl.indicator} {c.verdict.label} | {cl.quote}")
    return t


def why_wrong(found: bool, got: str | None, right_indicator: bool, label: str | None) -> str:
    """The stage a wrong verdict went wrong at: finding, linking, the measure, or the judgement."""
    if not found:
        return "wrong_missed"
    if got is None:
        return "wrong_unlinked"
    if not right_indicator:
        return "wrong_indicator"
    return "wrong_unverifiable" if label not in JUDGED else "wrong_label"


# ---------------------------------------------------------------- output

ROWS = (
    ("recall", "core claims found"),
    ("judged_right_measure", "verdicts on the right measure"),
    ("right_indicator", "found core: right indicator"),
    ("right_indicator_baseline", "  nearest phrase"),
    ("verdict_right", "verdict right (expected)"),
    ("wrong_missed", "  wrong: figure not found"),
    ("wrong_unlinked", "  wrong: found, not linked"),
    ("wrong_indicator", "  wrong: other indicator"),
    ("wrong_unverifiable", "  wrong: right one, unverifiable"),
    ("wrong_label", "  wrong: right one, other verdict"),
    ("false_findings", "false findings (of accurate)"),
    ("missed_findings", "missed findings (of wrong)"),
    ("judged_unverifiable", "judged, unverifiable expected"),
    ("spurious", "spurious verdicts"),
)
COLUMNS = ("all", "encounters", "overdoses", "seizures", "remittances", "homicides", "FDI", "trade", "other", "Spanish")


def cell(n: int, d: int, count_only: bool = False) -> str:
    if count_only:
        return str(n)
    return f"{n / d:.2f} {n}/{d}" if d else "–"


def table(title: str, t: Tally) -> str:
    width = 13
    lines = [title, f"{'':<31}" + "".join(f"{c:>{width}}" for c in COLUMNS)]
    for m, label in ROWS:
        cells = [cell(t.n[c][m], t.d[c][m], m == "spurious" or m.startswith("wrong_")) for c in COLUMNS]
        lines.append(f"{label:<31}" + "".join(f"{x:>{width}}" for x in cells))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("dev", "check", "all"), help="one part (default: dev and check, each alone)")
    ap.add_argument("--json", action="store_true", help="machine output")
    ap.add_argument("--errors", action="store_true", help="list each mismatch (quotes go to the terminal only)")
    ap.add_argument("--write-split", action="store_true", help="remake real_split.csv from the corpus and stop")
    args = ap.parse_args()

    if args.write_split:
        rows = real_split_rows(load_pages())
        with SPLIT.open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=["doc_id", "host", "lang", "part"], lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        print(Counter(r["part"] for r in rows), Counter((r["part"], r["lang"]) for r in rows))
        return 0

    sys.path.insert(0, str(HERE))
    from usmx.catalog import load_catalog
    from usmx.store import open_store

    ids = {ind.id for ind in load_catalog()}
    docs = load_docs(ids)
    expected = load_expected()
    parts = [args.part] if args.part else ["dev", "check"]
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="usmx-bench-real-") as tmp:
        store = open_store(Path(tmp) / "usmx.duckdb")
        for part in parts:
            chosen = [d for d in docs if part == "all" or d.part == part]
            errors: list[str] | None = [] if args.errors else None
            t = score(chosen, store, expected, errors)
            n_gold = sum(len(d.gold) for d in chosen)
            n_core = sum(g.core for d in chosen for g in d.gold)
            n_exp = sum(1 for d in chosen for g in d.gold if (d.doc_id, g.index) in expected and g.core)
            head = {"documents": len(chosen), "spanish_documents": sum(d.lang == "es" for d in chosen),
                    "gold_claims": n_gold, "core_claims": n_core, "expected_verdicts": n_exp}
            if args.json:
                out[part] = {**head, "metrics": t.as_dict(), **({"errors": errors} if errors is not None else {})}
                continue
            print(table(f"part {part}: {head['documents']} documents ({head['spanish_documents']} Spanish), "
                        f"{n_gold} gold claims, {n_core} core, {n_exp} expected verdicts", t))
            if errors:
                print()
                print("\n".join(errors))
            print()
    if args.json:
        print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
