"""The form of the checker's specification files (tests/test_checker_generalisation.py and the held-out
prose sets): passages, the figures each must report, and the one way they are checked.

A figure is given by words of the passage that overlap its number (an anchor), the indicator it must be
linked to (None: reported without one; ANY: not asserted), its kind, and its verdict (None: not asserted).
A passage must report exactly its figures, nothing more; NOT_REPORTED says it reports nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from usmx.check import CheckedClaim, check_text
from usmx.store import Store
from usmx.text.refdate import ReferenceDate, reference_date

ANY = "*"

# the catalog ids the specification files name, by the short names they use
OD = "us_overdose_deaths"
OPI = "us_opioid_overdose_deaths"
SYN = "us_synthetic_opioid_deaths"
FEN = "cbp_fentanyl_seizures"
FEN_SW = "cbp_fentanyl_seizures_sw"
FEN_OFO = "cbp_fentanyl_seizures_ofo"
FEN_USBP = "cbp_fentanyl_seizures_usbp"
DRUGS = "cbp_drug_seizures"
COC = "cbp_seizures_cocaine"
SW = "sw_border_encounters"
USBP = "usbp_sw_apprehensions"
OFO = "ofo_sw_encounters"
NATION = "cbp_nationwide_encounters"
MEX = "sw_border_encounters_mexican"
FAM = "sw_border_encounters_family_units"
UC = "sw_border_encounters_unaccompanied_children"
ADULTS = "sw_border_encounters_single_adults"
REM = "mx_remittances"
HOM = "mx_homicides"
FEM = "mx_feminicides"
INEGI = "mx_homicides_inegi"
GTO = "mx_homicides_guanajuato"
SIN = "mx_homicides_sinaloa"
CHIH = "mx_homicides_chihuahua"
FDI = "mx_fdi"
FDI_SE = "mx_fdi_se"
FDI_US = "mx_fdi_se_us"
LATAM = "mx_share_latam_fdi"
TRADE = "us_mx_trade"
EXP = "us_exports_to_mx"
IMP = "us_imports_from_mx"
BAL = "us_mx_trade_balance"
SHARE = "mx_share_us_goods_trade"
RANK = "mx_rank_us_trading_partner"
METH = "cbp_seizures_methamphetamine"


@dataclass(frozen=True)
class Fig:
    anchor: str
    indicator: str | None
    kind: str
    verdict: str | None


@dataclass(frozen=True)
class Case:
    id: str
    published: date | None  # None: an undated passage, dated from its own words by the set
    text: str
    figures: list[Fig]


NOT_REPORTED: list[Fig] = []


def when_published(case: Case, today: date | None) -> date | ReferenceDate:
    """The case's date, or for an undated passage the date usmx reads from its own words (as `usmx check`
    dates a text without metadata), passed whole so that usmx's cap on periods read against it applies."""
    if case.published is not None:
        return case.published
    return reference_date(case.text, None, None, today)


def describe(found: list[CheckedClaim]) -> list[tuple[str, str | None, str, str]]:
    return [(c.claim.quote, c.claim.indicator, c.claim.kind, c.verdict.label) for c in found]


def claims_at(text: str, fig: Fig, found: list[CheckedClaim]) -> list[int]:
    """The claims (by index) whose number overlaps the figure's anchor: the ones that can be the figure."""
    i = text.index(fig.anchor)
    j = i + len(fig.anchor)
    return [k for k, c in enumerate(found) if c.claim.number_start < j and i < c.claim.number_end]


def outcome(fig: Fig, claim: CheckedClaim) -> tuple[str | None, str, str | None]:
    """What the checker said of a figure, in the terms the figure asserts (ANY and None leave a part open)."""
    return (claim.claim.indicator if fig.indicator != ANY else ANY, claim.claim.kind,
            claim.verdict.label if fig.verdict is not None else None)


def expected(fig: Fig) -> tuple[str | None, str, str | None]:
    return (fig.indicator, fig.kind, fig.verdict)


def check_case(case: Case, store: Store, published: date | ReferenceDate | None = None,
               today: date | None = None) -> None:
    """Assert that the passage reports exactly its figures, each with the indicator, kind and verdict set."""
    when = published if published is not None else case.published
    found = check_text(case.text, published=when, store=store, doc=case.id, today=today)
    for c in found:
        assert c.claim.quote == case.text[c.claim.start:c.claim.end]
    matched: set[int] = set()
    for fig in case.figures:
        assert case.text.count(fig.anchor) == 1, f"anchor {fig.anchor!r} must occur once"
        hits = claims_at(case.text, fig, found)
        assert len(hits) == 1, f"{fig.anchor!r}: expected one claim, found {describe(found)}"
        c = found[hits[0]]
        matched.add(hits[0])
        assert outcome(fig, c) == expected(fig), f"{fig.anchor!r}: {c.verdict.explanation}"
    extra = [c for k, c in enumerate(found) if k not in matched]
    assert not extra, f"reported but not expected: {describe(extra)}"


def specification_tests(cases: list[Case], known_gaps: list[Case], today: date | None = None,
                        ) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a specification file: its passages must pass, and each known gap must still fail (a
    strict expected failure, so that a fix turns it red until the passage moves into the cases)."""
    def run(case: Case, store: Store) -> None:
        check_case(case, store, published=when_published(case, today), today=today)

    @pytest.mark.parametrize("case", cases, ids=[c.id for c in cases])
    def test_case(case: Case, store: Store) -> None:
        run(case, store)

    @pytest.mark.skipif(not known_gaps, reason="no known gaps")
    @pytest.mark.parametrize("case", known_gaps or [None], ids=[c.id for c in known_gaps] or ["none"])
    @pytest.mark.xfail(strict=True, reason="known gap")
    def test_known_gap(case: Case, store: Store) -> None:
        run(case, store)

    return test_case, test_known_gap


FAMILIES = frozenset({"od", "fs", "en", "re", "ho", "fd", "tr"})  # the id prefixes of the all-families sets
OUTCOMES = frozenset({"accurate", "overstated", "understated", "wrong_measure", "unverifiable"})
KINDS = frozenset({"level", "change", "share", "rate", "rank", "streak", "record"})


def check_variety(cases: list[Case], *, passages: int, spanish: int, undated: int, figures: int = 0,
                  silent: bool = True) -> None:
    """What a held-out set over every family must hold to be a fair sample: enough passages, unique ids, every
    family, Spanish and undated passages, a passage that must report nothing (unless ``silent`` is off), every
    outcome and every kind."""
    assert len(cases) >= passages
    assert len({c.id for c in cases}) == len(cases)
    assert {c.id.split("-")[0].rstrip("0123456789") for c in cases} == FAMILIES
    assert sum(1 for c in cases if "-es-" in c.id) >= spanish
    assert sum(1 for c in cases if c.published is None) >= undated
    assert any(not c.figures for c in cases) or not silent
    figs = [f for c in cases for f in c.figures]
    assert len(figs) >= figures
    assert {f.verdict for f in figs} >= OUTCOMES
    assert {None} < {f.indicator for f in figs}
    assert {f.kind for f in figs} >= KINDS
