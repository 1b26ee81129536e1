"""Checking a document: every claim found, linked, judged; and the entry point for the CLI.

``check_text`` is the whole check of a text already in memory; ``check_source`` adds
loading (file, URL or "-") and the choice of publication date (the ``published`` argument,
else the page's metadata, else the text's own evidence: a dateline at the top or the latest
period it gives figures for, else today, with a warning; see ``usmx.text.refdate``).
``run_check`` is what ``usmx check`` calls: it prints one of the formats in ``check_formats``
and returns the exit code documented in docs/claims.md.

Importing this module is cheap: the store, trafilatura and rich are imported only when used.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field, replace
from datetime import date
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from usmx.errors import UsmxError
from usmx.periods import Period
from usmx.text.claims import Analysis, Claim, analyse, extract_claims
from usmx.text.document import Document, DocumentError
from usmx.text.refdate import FIGURES, INFERRED, ReferenceDate, by_figures, candidate_dates, cap_period, infer, weak

if TYPE_CHECKING:
    from usmx.catalog import Catalog
    from usmx.text.linking import Linker
    from usmx.verify import StoreLike, Tolerances, Verdict, Verifier

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
FINDINGS = frozenset({"overstated", "understated", "wrong_measure"})
_SIZED = frozenset({"accurate", "overstated", "understated"})  # verdicts that weigh a figure against its measure
FORMATS = ("text", "json", "jsonl", "html")


@dataclass(frozen=True)
class CheckedClaim:
    claim: Claim
    verdict: Verdict
    indicator_name: str | None = None
    # the verdict by the releases usmx holds that were out on the publication date, when it differs
    at_publication: Verdict | None = None

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON form (fields documented in docs/claims.md)."""
        c, v = self.claim, self.verdict
        period = None
        if c.period is not None:
            period = {"start": c.period.start.isoformat(), "end": c.period.end.isoformat(),
                      "label": c.period.label, "kind": c.period.kind}
        source = None
        if v.source is not None:
            s = v.source
            source = {"dataset": s.dataset, "publisher": s.publisher, "url": s.url, "release": s.release or None}
        return {
            "doc": c.doc,
            "start": c.start,
            "end": c.end,
            "quote": c.quote,
            "sentence": c.sentence,
            "indicator": c.indicator,
            "indicator_name": self.indicator_name,
            "confidence": c.confidence,
            "mention": c.mention,
            "proxy": c.proxy,
            "share_of": c.share_of,
            "place_name": c.place_name,
            "candidates": [{"indicator": i, "score": sc} for i, sc in c.candidates],
            "kind": c.kind,
            "value": _num(c.value),
            "value_high": _num(c.value_high),
            "unit": _unit(c),
            "qualifier": c.qualifier,
            "precision": _num(c.step),
            "record": c.record is not None,
            "record_direction": c.record,
            "record_since": c.record_since,
            "record_since_month": c.record_since_month,
            "record_year": c.record_year,
            "direction": c.direction,
            "per": c.per,
            "forecast": c.modal,
            "attribution": c.attribution,
            "period": period,
            "verdict": {
                "label": v.label,
                "official_value": _num(v.official_value),
                "official_value_high": _num(v.official_value_high),
                "official_period": v.official_period,
                "status": v.status,
                "vintage": v.vintage,
                "source": source,
                "secondary_source": v.secondary_source,
                "rule": v.rule,
                "explanation": v.explanation,
                "measure": v.measure,
                "accepted": None if v.accepted is None else [_num(x) for x in v.accepted],
                "details": [{"period": p, "value": _num(x)} for p, x in v.details],
                "at_publication": _then_dict(self.at_publication),
            },
        }


def _then_dict(v: Verdict | None) -> dict[str, Any] | None:
    if v is None:
        return None
    return {"label": v.label, "official_value": _num(v.official_value), "official_period": v.official_period,
            "status": v.status, "vintage": v.vintage}


@dataclass
class CheckResult:
    document: Document
    published: date
    published_from: str  # "given", "page metadata", "dateline", "inferred from the text" or "... its figures", "today"
    claims: list[CheckedClaim]
    warnings: list[str] = field(default_factory=list)
    reference: ReferenceDate | None = None  # the date's evidence: which words, where, and why

    @property
    def findings(self) -> int:
        return sum(1 for c in self.claims if c.verdict.label in FINDINGS)

    @property
    def published_evidence(self) -> str:
        return self.reference.explanation if self.reference is not None else self.published_from

    def document_fields(self) -> dict[str, Any]:
        """The document's date and its evidence, carried on every claim of the JSON output."""
        span = self.reference.span if self.reference is not None else None
        return {"published": self.published.isoformat(), "published_from": self.published_from,
                "published_evidence": self.published_evidence,
                "published_span": list(span) if span is not None else None}


def _unit(c: Claim) -> str | None:
    """The unit compared; for a claim outside the catalog, the noun the text counts."""
    if c.indicator or c.unit in ("USD", "MXN", "percent", "ratio", "rank", "year", "percentage points"):
        return c.unit
    return c.noun or c.unit


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    if x != x or x in (float("inf"), float("-inf")):
        return None
    return int(x) if float(x).is_integer() and abs(x) < 1e15 else round(float(x), 6)


class CheckTimeout(UsmxError, TimeoutError):
    """A check that ran past its deadline; the message says how far it got."""

    exit_code = 3
    http_status = 503


class Checker:
    """The parts of a check that are built once: the catalog's phrase index and the verifier."""

    def __init__(self, store: StoreLike, catalog: Catalog | None = None, tolerances: Tolerances | None = None):
        from usmx.verify import Verifier

        if catalog is None:
            catalog = getattr(store, "catalog", None)
        if catalog is None:
            from usmx.catalog import load_catalog

            catalog = load_catalog()
        self.catalog = catalog
        self.linker = _linker(catalog)
        self.store = store
        self.tolerances = tolerances
        self.verifier = Verifier(store, catalog, tolerances)
        self._then: dict[int, Verifier | None] = {}  # by how many of the store's vintages were out
        self._vintages: list[str] | None = None
        # texts already dated by their figures: the document's date is found before its claims are checked
        self._dated: dict[tuple[str, date, str], ReferenceDate] = {}

    def check_text(self, text: str, *, published: date | ReferenceDate | None = None, doc: str = "-",
                   today: date | None = None, deadline: float | None = None) -> list[CheckedClaim]:
        """Every claim in ``text``, judged; an undated text is dated from its own words.

        A date inferred from the text also bounds its claims: none is placed after the latest
        month the text names, and a claim whose period rests on that date says so.

        ``deadline`` (a ``time.monotonic()`` value) bounds the work: a server cannot stop a
        thread from outside, so the check stops itself, with ``CheckTimeout``, once it passes.
        """
        ref = published if isinstance(published, ReferenceDate) else None
        if published is None:
            ref = infer(text, today)
        an = analyse(text)
        if ref is not None and weak(ref):
            ref = self._dated_by_figures(an, ref, today, doc, deadline)
        when = ref.date if ref is not None else published
        assert isinstance(when, date)
        return self._checked(an, when, ref, doc, deadline)

    def reference(self, text: str, ref: ReferenceDate, today: date | None = None) -> ReferenceDate:
        """The date ``text`` is read against: ``ref``, or when that names no year for its figures, the date
        its figures match (``usmx.text.refdate.by_figures``), so that the document's date and its claims agree."""
        return self._dated_by_figures(analyse(text), ref, today, "-", None) if weak(ref) else ref

    def _dated_by_figures(self, an: Analysis, ref: ReferenceDate, today: date | None, doc: str,
                          deadline: float | None) -> ReferenceDate:
        """A text that names no year for its figures, read as of the one year whose official figures they match.

        A reader with an undated clipping ("In July, agents made 56,400 arrests, 40% fewer than in June")
        looks up which July that was. usmx reads the text as of each year in turn and keeps the one year where
        at least two of the figures whose period rests on that reading hold, more than in any other year and
        in most of those judged; otherwise the date stays as it was. The explanation names the figures.
        """
        key = (an.text, ref.date, ref.origin)
        hit = self._dated.get(key)
        if hit is not None:
            return hit
        found_ref = self._by_figures(an, ref, today, doc, deadline)
        if len(self._dated) > 64:
            self._dated.clear()
        self._dated[key] = found_ref
        return found_ref

    def _by_figures(self, an: Analysis, ref: ReferenceDate, today: date | None, doc: str,
                    deadline: float | None) -> ReferenceDate:
        scored: list[tuple[int, int, date, list[CheckedClaim]]] = []
        for day in candidate_dates(ref, today or date.today()):
            found = self._checked(an, day, None, doc, deadline, at_publication=False)
            # (a period that only fell back to the latest one with figures fits any year alike)
            resting = [c for c in found if c.claim.indicator is not None and _rests_on_date(c.claim)
                       and c.claim.period is not None and not c.claim.period.implied
                       and c.claim.kind in ("level", "rate", "share", "change", "streak") and c.verdict.label in _SIZED]
            fits = [c for c in resting if c.verdict.label == "accurate"]
            # two figures of one measure and period ("747 women ..., more than two a day") are one piece of evidence
            distinct = {(c.claim.indicator, c.claim.period.label) for c in fits if c.claim.period is not None}
            if len(distinct) >= 2 and 2 * len(fits) > len(resting):
                # years that fit alike are told apart by which way the changes went ("down 25%" in a year of rises)
                scored.append((len(distinct), sum(_same_direction(c) for c in resting), day, fits))
        scored.sort(key=lambda s: (-s[0], -s[1]))
        if not scored or (len(scored) > 1 and scored[1][:2] == scored[0][:2]):
            return ref
        fits = scored[0][3]
        last = max(c.claim.period.end for c in fits if c.claim.period is not None)
        return by_figures(ref, Period.month(last.year, last.month), [c.claim.quote for c in fits])

    def _checked(self, an: Analysis, published: date, ref: ReferenceDate | None, doc: str,
                 deadline: float | None, at_publication: bool = True) -> list[CheckedClaim]:
        """Every claim of the analysed text, judged as of ``published``."""
        latest = ref.latest if ref is not None and ref.origin in (INFERRED, FIGURES) else None
        out: list[CheckedClaim] = []
        then_verifier = self._verifier_at(published) if at_publication else None
        try:
            claims = extract_claims(an, published, doc, deadline=deadline)
        except TimeoutError as exc:
            raise CheckTimeout(str(exc)) from None
        for i, claim in enumerate(claims):
            if deadline is not None and time.monotonic() > deadline:
                raise CheckTimeout(f"stopped after checking {i} of the {len(claims)} figures found")
            if latest is not None and claim.period is not None:
                claim = replace(claim, period=cap_period(claim.period, latest))
            linked = self.linker.link(an, claim, before=[c.claim for c in out])
            verdict = self.verifier.verify(linked, published)
            if verdict.rule.startswith("either measure") and verdict.measure:
                # the claim's word names several measures and the figures showed which one it is
                linked = replace(linked, indicator=verdict.measure)
            then = None
            if then_verifier is not None and verdict.official_value is not None:
                then = then_verifier.verify(linked, published)
                note = self.verifier.then_note(linked, verdict, then, published)
                if note is None:
                    then = None
                else:
                    verdict = replace(verdict, explanation=f"{verdict.explanation} {note}")
            if linked.period is not None and linked.period.note and verdict.official_value is not None:
                verdict = replace(verdict, explanation=f"{verdict.explanation} {linked.period.note}")
            if latest is not None and ref is not None and verdict.official_value is not None \
                    and _rests_on_date(linked):
                how = "its figures point to" if ref.origin == FIGURES else "inferred from the text"
                verdict = replace(verdict, explanation=f"{verdict.explanation} The text carries no date; its "
                                                       f"period was read as of {published.isoformat()}, the date "
                                                       f"{how}.")
            if ref is not None and weak(ref) and verdict.label in FINDINGS and _rests_on_date(linked):
                verdict = _undated_finding(verdict, ref)
            name = self.catalog.get(linked.indicator).name if linked.indicator else None
            out.append(CheckedClaim(linked, verdict, name, then))
        return out

    def _verifier_at(self, published: date) -> Verifier | None:
        """A verifier over the releases out by ``published``; None when nothing was released since.

        Cached by the latest release out by that day, not the day itself: every day between two
        releases reads the same figures, and an archive's documents fall on thousands of days.
        """
        from bisect import bisect_right

        from usmx.verify import Verifier

        as_of = getattr(self.store, "as_of", None)
        observations = getattr(self.store, "observations", None)
        if not (callable(as_of) and callable(observations)):
            return None
        if self._vintages is None:
            self._vintages = sorted({o.vintage for o in observations()})
        day = published.isoformat()
        released = bisect_right(self._vintages, day)
        hit = self._then.get(released, self)  # one lookup: another thread may clear the cache between two
        if hit is not self:
            return hit  # type: ignore[return-value]
        verifier = None
        if released < len(self._vintages):
            verifier = Verifier(as_of(day), self.catalog, self.tolerances)
        if len(self._then) > 64:
            self._then.clear()
        self._then[released] = verifier
        return verifier


def _undated_finding(verdict: Verdict, ref: ReferenceDate) -> Verdict:
    """No finding on a period that rests on a guessed date: the figure may be right for another year.

    A text whose words name no year for its figures, read against today or just after a period it
    only compares with, gives usmx a guess, not a date. A figure that fits the guessed period is
    evidence for it; one that does not may be wrong or of another year, and saying it is wrong
    would judge the guess, not the figure.
    """
    from usmx.verify import Verdict

    return Verdict(label="unverifiable", rule="undated_period",
                   explanation=f"{verdict.explanation} But the text carries no date and names no year for this "
                               f"figure ({ref.explanation}); it may be of another year, so it is not judged.",
                   official_value=verdict.official_value, official_period=verdict.official_period,
                   status=verdict.status, vintage=verdict.vintage, source=verdict.source, measure=verdict.measure)


def _same_direction(c: CheckedClaim) -> bool:
    """Whether a change went the way the official figures went, whatever its size."""
    claimed, official = c.claim.value, c.verdict.official_value
    if c.claim.kind != "change" or claimed is None or official is None:
        return False
    if c.claim.change == "ratio":
        return (claimed - 1) * (official - 1) > 0
    return claimed * official > 0


def _rests_on_date(claim: Claim) -> bool:
    """Whether the claim's period came from the reading date rather than a year in its sentence."""
    if claim.period is None:
        return False
    years = {str(y) for p in claim.period.parts for y in range(p.start.year, p.end.year + 1)}
    return not any(y in claim.sentence for y in years)


_LINKERS: dict[int, tuple[Catalog, Linker]] = {}
_CHECKERS: dict[int, tuple[object, Checker]] = {}


def _linker(catalog: Catalog) -> Linker:
    """One phrase index per catalog (the catalog is kept referenced so its id stays unique)."""
    from usmx.text.linking import Linker

    hit = _LINKERS.get(id(catalog))
    if hit is None or hit[0] is not catalog:
        hit = (catalog, Linker(catalog))
        _LINKERS[id(catalog)] = hit
    return hit[1]


def checker_for(store: StoreLike, catalog: Catalog | None = None) -> Checker:
    hit = _CHECKERS.get(id(store))
    if hit is None or hit[0] is not store or (catalog is not None and hit[1].catalog is not catalog):
        hit = (store, Checker(store, catalog))
        _CHECKERS[id(store)] = hit
    return hit[1]


def check_text(text: str, *, published: date | ReferenceDate | None = None, store: StoreLike | None = None,
               doc: str = "-", catalog: Catalog | None = None, today: date | None = None,
               deadline: float | None = None) -> list[CheckedClaim]:
    """Every claim in ``text`` with its verdict; offsets refer to ``text`` exactly as given.

    Without ``published`` the text is dated from its own words (``usmx.text.refdate.infer``;
    ``today`` stands for today when they say nothing), as ``usmx check`` dates an undated file.
    Past ``deadline`` (``time.monotonic()``) the check gives up with ``CheckTimeout``.
    """
    if store is None:
        from usmx.store import open_store

        store = open_store()
    return checker_for(store, catalog).check_text(text, published=published, doc=doc, today=today,
                                                  deadline=deadline)


def parse_published(value: str | date | None) -> date | None:
    from usmx.text.dateline import check_published

    if value is None:
        return None
    if isinstance(value, date):
        return check_published(value, "--published")
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise DocumentError(f"--published must be a date written YYYY-MM-DD, not {value!r}") from None
    return check_published(day, "--published")


def check_source(source: str, *, published: str | date | None = None, store: StoreLike | None = None,
                 catalog: Catalog | None = None, today: date | None = None,
                 stdin: BinaryIO | None = None, allow_private: bool | None = None) -> CheckResult:
    """Load ``source`` (a path, an http(s) URL or "-"), choose its publication date, check it."""
    from usmx.text.load import load
    from usmx.text.refdate import reference_date

    given = parse_published(published)
    doc = load(source, stdin=stdin, allow_private=allow_private)
    if store is None:
        from usmx.store import open_store

        store = open_store()
    ref = checker_for(store, catalog).reference(doc.text, reference_date(doc.text, doc.published, given, today), today)
    when, origin = ref.date, ref.origin
    warnings: list[str] = []
    if origin == "dateline":
        warnings.append(f"{source}: publication date {when.isoformat()} read from the text's dateline; "
                        f"pass --published to be sure")
    elif origin in (INFERRED, FIGURES):
        warnings.append(f"{source}: no publication date found; {ref.explanation}. "
                        f"Pass --published YYYY-MM-DD to be sure")
    elif origin == "today":
        warnings.append(f"{source}: no publication date found; using today ({when.isoformat()}). "
                        f"Pass --published YYYY-MM-DD: 'last year' and 'each year' depend on it")
    claims = check_text(doc.text, published=ref, store=store, doc=source, catalog=catalog)
    return CheckResult(doc, when, origin, claims, warnings, ref)


def exit_code(results: list[CheckResult], bad_input: bool) -> int:
    if bad_input:
        return EXIT_BAD_INPUT
    return EXIT_FINDINGS if any(r.findings for r in results) else EXIT_OK


def run_check(sources: list[str], *, published: str | None = None, fmt: str = "text",
              store: StoreLike | None = None, out: IO[str] | None = None, err: IO[str] | None = None,
              color: bool | None = None, stdin: BinaryIO | None = None, allow_private: bool | None = None) -> int:
    """What ``usmx check`` does: check each source, print in ``fmt``, return the exit code.

    Bad input (an unreadable file, a failed download, a bad date) is reported as one line on
    ``err`` and gives exit code 2; the other sources are still checked and printed. A fault
    in the checker itself is reported the same way for its source, with exit code 3.
    """
    from usmx.check_formats import render

    out = out or sys.stdout
    err = err or sys.stderr
    if fmt not in FORMATS:
        err.write(f"usmx: error: unknown format {fmt!r}; use one of {', '.join(FORMATS)}\n")
        return EXIT_BAD_INPUT
    if not sources:
        err.write("usmx: error: nothing to check; give a file, a URL or - for standard input\n")
        return EXIT_BAD_INPUT
    try:
        parse_published(published)
    except DocumentError as exc:
        err.write(f"usmx: error: {exc}\n")
        return EXIT_BAD_INPUT
    if store is None:
        from usmx.store import open_store

        store = open_store()
    results: list[CheckResult] = []
    bad = internal = False
    for src in sources:
        try:
            results.append(check_source(src, published=published, store=store, stdin=stdin,
                                        allow_private=allow_private))
        except DocumentError as exc:
            err.write(f"usmx: error: {exc}\n")
            bad = True
        except Exception as exc:
            # a fault in the checker on one text must not cost the user the verdicts on the others
            if os.environ.get("USMX_DEBUG"):
                raise
            err.write(f"usmx: error: {src}: internal error ({exc.__class__.__name__}: {exc}); "
                      f"set USMX_DEBUG=1 for details\n")
            internal = True
    for r in results:
        for w in r.warnings:
            err.write(f"usmx: warning: {w}\n")
    if color is None:
        color = bool(getattr(out, "isatty", lambda: False)()) and not os.environ.get("NO_COLOR")
    if results:
        out.write(render(results, fmt, color=color))
    return EXIT_INTERNAL if internal else exit_code(results, bad)


def main(argv: list[str] | None = None) -> int:
    """``python -m usmx.check [--published YYYY-MM-DD] [--format F] SOURCE...`` (the CLI's twin)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m usmx.check", description="Check the figures in a text.")
    parser.add_argument("sources", nargs="*", help="files, http(s) URLs, or - for standard input")
    parser.add_argument("--published", help="publication date, YYYY-MM-DD")
    parser.add_argument("--format", default="text", choices=FORMATS)
    args = parser.parse_args(argv)
    return run_check(args.sources, published=args.published, fmt=args.format)


if __name__ == "__main__":
    sys.exit(main())
