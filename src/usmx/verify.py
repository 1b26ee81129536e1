"""Claim + store -> verdict.

The rules (docs/claims.md): a figure passes when the official value lies in the range its
qualifier allows ("nearly 106,000" allows 90% of 106,000 up to 106,000 plus the stated
precision); changes are compared as ratios between the two periods; rates per day divide
the period's total by its days; "record" is checked against the series up to that period;
a claim spanning several years is checked for each year. When the named measure fails but
a related one (a part of it, or what it is a part of) passes, the verdict is
``wrong_measure``. Estimates that are not statistics are compared with the latest one made
by the publication date and the verdict says whose it was. Every verdict names the rule and
tolerance it used and gives one plain sentence that can be pasted into a fact-check.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal, Protocol

from usmx.catalog import Catalog, Indicator
from usmx.model import Source
from usmx.periods import Period, fiscal_year_of
from usmx.text.claim_periods import ClaimPeriod
from usmx.text.claims import Claim
from usmx.text.linking import LINK_THRESHOLD
from usmx.units import format_value

if TYPE_CHECKING:
    from usmx.store import Answer

Label = Literal["accurate", "overstated", "understated", "wrong_measure", "unverifiable"]
LABELS: tuple[Label, ...] = ("accurate", "overstated", "understated", "wrong_measure", "unverifiable")

# days between the end of a month and the release of its figures (about five weeks for U.S. goods trade)
RELEASE_LAG_DAYS = 35


class StoreLike(Protocol):
    def value(self, indicator: str, period: Period) -> Answer | None: ...

    def series(self, indicator: str, freq: str = ...) -> list[Answer]: ...

    def estimates(self, indicator: str) -> list[Answer]: ...

    def history(self, indicator: str, period: Period) -> list[Answer]: ...


@dataclass(frozen=True)
class Tolerances:
    """How far an official figure may be from a claim and still satisfy it (all relative)."""

    exact: float = 0.05
    about: float = 0.10
    nearly_floor: float = 0.90

    def describe(self, qualifier: str) -> str:
        return {
            "exact": f"exact: within {self.exact:.0%} or the stated precision, whichever is wider",
            "about": f"about: within {self.about:.0%} or the stated precision",
            "nearly": f"nearly: from {self.nearly_floor:.0%} of the figure up to the figure plus its precision",
            "more_than": "more than: above the figure",
            "at_least": "at least: at or above the figure",
            "less_than": "less than: below the figure",
            "at_most": "at most: at or below the figure",
            "range": "range: inside the range, widened by the stated precision",
        }[qualifier]


@dataclass(frozen=True)
class Verdict:
    label: Label
    rule: str
    explanation: str
    official_value: float | None = None
    official_value_high: float | None = None
    official_period: str | None = None
    status: str | None = None
    vintage: str | None = None
    source: Source | None = None
    measure: str | None = None  # the indicator whose figure is quoted (for wrong_measure: the one that fits)
    accepted: tuple[float, float] | None = None  # what the claim allows, in the claim's unit
    details: tuple[tuple[str, float], ...] = field(default=())  # (period, official value) for each part
    # The official figure was read in a report quoting the publisher, not in the publisher's own release.
    secondary_source: bool = False


@dataclass(frozen=True)
class _Test:
    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def judge(self, v: float, v_high: float | None = None) -> int:
        """0 if ``v`` (or the range v..v_high) satisfies the claim; -1 if the claim is too high; +1 too low."""
        top = v if v_high is None else v_high
        if top < self.lo or (self.lo_open and top <= self.lo):
            return -1
        if v > self.hi or (self.hi_open and v >= self.hi):
            return 1
        return 0

    @property
    def interval(self) -> tuple[float, float]:
        return (self.lo, self.hi)


def acceptance(qualifier: str, value: float, high: float | None, step: float, tol: Tolerances) -> _Test:
    """The official values that satisfy a claimed figure with this qualifier."""
    v = value
    a = abs(v)
    if high is not None and qualifier in ("range", "exact", "about"):
        return _Test(v - step, high + step)
    if qualifier == "exact":
        t = max(tol.exact * a, step)
        return _Test(v - t, v + t)
    if qualifier == "about":
        t = max(tol.about * a, step)
        return _Test(v - t, v + t)
    if qualifier == "nearly":
        # a round figure's precision is ambiguous ("nearly 100,000"); it never widens "nearly"
        # beyond the tolerance of an exact figure
        return _Test(tol.nearly_floor * v, v + min(step, tol.exact * a))
    if qualifier == "more_than":
        return _Test(v, math.inf, lo_open=True)
    if qualifier == "at_least":
        return _Test(v, math.inf)
    if qualifier == "less_than":
        return _Test(-math.inf, v, hi_open=True)
    if qualifier == "at_most":
        return _Test(-math.inf, v)
    if qualifier == "range":
        return _Test(v - step, (high if high is not None else v) + step)
    raise ValueError(f"unknown qualifier {qualifier!r}")


_QUAL_WORDS = {
    "exact": "", "about": "about ", "nearly": "nearly ", "more_than": "more than ", "at_least": "at least ",
    "less_than": "less than ", "at_most": "at most ", "range": "",
}


class Verifier:
    """Judges claims against one store; caches what it learns about each indicator."""

    def __init__(self, store: StoreLike, catalog: Catalog, tolerances: Tolerances | None = None) -> None:
        self.store = store
        self.catalog = catalog
        self.tol = tolerances or Tolerances()
        self._basis: dict[str, str] = {}

    # entry point ------------------------------------------------------------------------
    def verify(self, claim: Claim, published: date) -> Verdict:
        if claim.kind == "event_date":
            return _unverifiable("date", "A date claim: usmx holds official statistics, not schedules of events.")
        if claim.modal:
            return _unverifiable("forecast", "A forecast or a conditional: there is no official figure for it yet.",
                                 measure=claim.indicator)
        if claim.indicator is None and claim.candidates:
            best, score = claim.candidates[0]
            if score >= LINK_THRESHOLD and len(claim.candidates) > 1:
                # the linker scored two parts of one measure alike, each named with the figure
                other = claim.candidates[1][0]
                return _unverifiable(
                    "low_confidence", f"No measure tied with confidence: the words name two parts of one measure, "
                    f"{self.catalog.get(best).name} ({best}) and {self.catalog.get(other).name} ({other}), "
                    f"and the figure may be either one or their sum, which no series holds; the figure is not "
                    f"checked.", measure=None)
            return _unverifiable(
                "low_confidence", f"No measure tied with confidence: the best candidate, "
                f"{self.catalog.get(best).name} ({best}), scored {score:.2f}, below the {LINK_THRESHOLD:.2f} "
                f"needed; the figure is not checked.", measure=None)
        if claim.indicator is None:
            what = "this measure" if claim.kind != "count_event" else "this count"
            return _unverifiable("no_indicator", f"No official series in usmx for {what}; the figure is not checked.")
        if claim.kind == "record" and claim.indicator is not None and claim.period is not None:
            return self._record_alone(claim, self.catalog.get(claim.indicator), published)
        if claim.kind == "streak" and claim.indicator is not None and claim.period is not None:
            return self._streak(claim, self.catalog.get(claim.indicator))
        if claim.value is None:
            return _unverifiable("no_value", "The claim states no figure that can be compared.")
        ind = self.catalog.get(claim.indicator)
        if ind.is_estimate:
            return self._estimate(claim, ind, published)
        if claim.period is None:
            return _unverifiable("no_period", "The text does not say which period the figure is for.")
        if claim.share_of is not None:
            return self._share_of(claim, ind, self.catalog.get(claim.share_of), published)
        verdict = self._judge(claim, ind, published)
        shared = self._sharing_the_word(claim, ind)
        open_bound = claim.qualifier in ("more_than", "at_least", "less_than", "at_most")
        # a level that holds of the measure named may still be a nearer fit of another the word names
        # ("around 1,733,651 apprehensions": all Southwest encounters, not the Border Patrol's 1,659,206)
        if shared and (verdict.label in ("overstated", "understated", "unverifiable") or open_bound
                       or claim.kind in ("level", "rate")):
            verdict = self._either_measure(claim, ind, shared, published, verdict)
        if verdict.label == "unverifiable" and verdict.rule == "no_data":
            verdict = self._fits_a_related_measure(claim, ind, published, verdict)
        # a figure that is right but no record is about the measure named: no other measure is sought
        if verdict.label in ("overstated", "understated") and not verdict.rule.startswith("record") \
                and not verdict.rule.startswith("either"):
            alt = self._other_measure(claim, ind, published, verdict)
            if alt is not None:
                verdict = alt
        implausible = self._implausible(claim, ind, verdict)
        if implausible is not None:
            return implausible
        if claim.proxy:
            verdict = _with_prefix(verdict, f"Nobody measures {claim.proxy.lower()} directly; {ind.name} is the usual "
                                            f"proxy and is used here. ")
        return verdict

    def then_note(self, claim: Claim, now: Verdict, then: Verdict, published: date) -> str | None:
        """A sentence on the figure a writer could have seen, when it differs from today's.

        Verdicts use the best figure now; a claim written before a revision deserves to be read
        against what was published then as well. Only releases the store holds are considered, so
        the note never says that nothing had been published.
        """
        if then.official_value is None or then.measure is None or now.official_value is None:
            return None
        if then.vintage == now.vintage and then.official_period == now.official_period \
                and then.official_value == now.official_value:
            return None
        same = abs(then.official_value - now.official_value) <= 0.0005 * max(abs(now.official_value), 1e-9)
        if same and then.label == now.label and then.official_period == now.official_period:
            return None
        ind = self.catalog.get(then.measure)
        if claim.kind == "change" and claim.change == "ratio":
            shown = f"a change of x{then.official_value:.2f}"
        else:
            shown = format_value(then.official_value, self._unit(claim, ind))
        outcome = {"accurate": "holds", "overstated": "is too high", "understated": "is too low",
                   "wrong_measure": "fits a related measure"}.get(then.label, "cannot be judged")
        return (f"When this was published ({published.isoformat()}), the latest release usmx holds gave "
                f"{shown} for {then.official_period} "
                f"({then.status}, {then.vintage}); by that figure the claim {outcome}.")

    # statistics ------------------------------------------------------------------------
    def _judge(self, claim: Claim, ind: Indicator, published: date) -> Verdict:
        assert claim.period is not None and claim.value is not None
        test = acceptance(claim.qualifier, claim.value, claim.value_high, claim.step, self.tol)
        if claim.kind == "change" and claim.change == "ratio" and claim.qualifier == "nearly" and claim.value < 1:
            # "a fall of nearly 30%": a fall from the floor's share of 30% up to 30% (plus its precision)
            fall = 1 - claim.value
            test = _Test(claim.value - min(claim.step, self.tol.exact * claim.value), 1 - self.tol.nearly_floor * fall)
        if claim.kind == "change":
            return self._change(claim, ind, claim.period, test, published)
        parts = self._parts(claim.period, ind, published, claim.kind)
        if not parts:
            return _unverifiable("no_data", f"usmx has no {ind.name} figure for {claim.period.label}.",
                                 measure=ind.id)
        found: list[tuple[Period, Answer]] = []
        missing: list[Period] = []
        for p in parts:
            a = self._value(ind.id, p)
            if a is None and claim.period.implied:
                a = self._step_back(ind, p)
            if a is None and claim.period.implied and p.canonical_kind == "month":
                # a rate "every day" on a measure published by year: the latest full year
                for y in (p.end.year - 1, p.end.year - 2):
                    a = self._value(ind.id, self._in_basis(ind, Period.year(y), published))
                    if a is not None:
                        break
            if a is None and claim.period.kind == "since":
                a = self._total(ind, p)
            if a is None:
                missing.append(p)
            else:
                found.append((p, a))
        if not found:
            label = " or ".join(p.label for p in parts[:3])
            return _unverifiable("no_data", f"usmx has no {ind.name} figure for {label}.", measure=ind.id)
        outcomes = []
        # a rank is better the smaller it is: claiming first place when it was second overstates
        sign = -1 if claim.kind == "rank" else 1
        for _, a in found:
            official = self._comparable(claim, a)
            outcomes.append((official, sign * test.judge(official)))
        each = len(found) > 1
        # "2.4 million over 2021-2023" may be the total; an open bound ("topped 35,000 every year") never is
        if each and all(o != 0 for _, o in outcomes) and claim.period.each and \
                claim.qualifier not in ("more_than", "at_least", "less_than", "at_most"):
            total = sum(a.value for _, a in found)
            if claim.kind == "level" and test.judge(total) == 0 and len(missing) == 0:
                return self._make(claim, ind, found[-1][1], 0, test, "level", published,
                                  note=f"The figure fits the total over {claim.period.label}"
                                       f" ({format_value(total, ind.unit)}), not each year.",
                                  official=total, period_label=claim.period.label)
        worst = _overall([o for _, o in outcomes])
        idx = next((i for i, (_, o) in enumerate(outcomes) if o == worst), len(outcomes) - 1)
        chosen = found[idx][1]
        official = outcomes[idx][0]
        rule = "rate" if claim.kind == "rate" else "each_year" if each else claim.kind
        note = ""
        if each:
            listing = ", ".join(f"{p.label}: {format_value(self._comparable(claim, a), self._unit(claim, ind))}"
                                for p, a in found)
            note = f"Each period checked ({listing})."
            if missing:
                note += f" No figure for {', '.join(p.label for p in missing)}."
        if claim.period.implied and found[0][1].period != parts[0]:
            note += f" {found[0][1].period.label} is the latest period with an official figure."
        verdict = self._make(claim, ind, chosen, worst, test, rule, published, note=note.strip(),
                             official=official)
        verdict = _with_details(verdict, tuple((p.label, self._comparable(claim, a)) for p, a in found))
        if claim.record and worst == 0 and not each:
            verdict = self._record(claim, ind, chosen, verdict, published)
        return verdict

    def _share_of(self, claim: Claim, part: Indicator, whole: Indicator, published: date) -> Verdict:
        """A part's share of its whole ("Mexicans were a third of encounters"), from the two counts."""
        assert claim.period is not None and claim.value is not None
        periods = self._parts(claim.period, part, published, "level")
        if not periods:
            return _unverifiable("no_data", f"usmx has no {part.name} figure for {claim.period.label}.",
                                 measure=part.id)
        p = periods[-1]
        a, w = self._value(part.id, p), self._value(whole.id, p)
        if a is not None:
            # the whole from the same release as the part, when it has one: a share of two vintages
            # (a predicted part over a final whole) mixes what each release counted
            same = [h for h in self.store.history(whole.id, p)
                    if h.source.sha256 == a.source.sha256 and h.status == a.status]
            w = same[-1] if same else w
        if a is None or w is None or w.value == 0:
            return _unverifiable("no_data", f"usmx has no {part.name} and {whole.name} figures for {p.label}.",
                                 measure=part.id)
        official = 100.0 * a.value / w.value
        test = acceptance(claim.qualifier, claim.value, claim.value_high, claim.step, self.tol)
        outcome = test.judge(official)
        status = a.status if STATUS_ORDER.index(a.status) >= STATUS_ORDER.index(w.status) else w.status
        sentence = (f"{part.name}: {format_value(a.value, part.unit)} of {format_value(w.value, whole.unit)} "
                    f"({whole.name}) in {p.label}, {official:.1f}% ({status}, {_publisher(a, part)}, "
                    f"{max(a.vintage, w.vintage)}); the claim of {_claimed_text(claim, part)} "
                    f"{_outcome_words(outcome)}.")
        return Verdict(
            label=_label(outcome), rule=f"share of {whole.id} ({self.tol.describe(claim.qualifier)})",
            explanation=sentence, official_value=round(official, 4), official_period=p.label, status=status,
            vintage=max(a.vintage, w.vintage), source=a.source, measure=part.id, accepted=test.interval,
            details=((f"{p.label} {part.id}", a.value), (f"{p.label} {whole.id}", w.value)),
            secondary_source=a.secondary_source or w.secondary_source,
        )

    def _change(self, claim: Claim, ind: Indicator, period: ClaimPeriod, test: _Test, published: date) -> Verdict:
        first, last = period.parts[0], period.parts[-1]
        if period.bare:
            first, last = self._in_basis(ind, first, published), self._in_basis(ind, last, published)
        if ind.frequency == "12m_ending" and first.canonical_kind == last.canonical_kind == "month":
            # "it fell 25% by April 2025" on a series of 12-month totals: the 12 months ending each month
            first, last = _twelve_months_of(first), _twelve_months_of(last)
        a0, a1 = self._value(ind.id, first), self._value(ind.id, last)
        note = ""
        if a1 is None and period.implied:
            # "doubled since 2020" read in early 2024: the latest period with a figure
            a1 = self._step_back(ind, last)
            if a1 is not None:
                note = f" {a1.period.label} is the latest period with an official figure."
                last = a1.period
        if a0 is None or a1 is None:
            gone = " and ".join(p.label for p, a in ((first, a0), (last, a1)) if a is None)
            return _unverifiable("no_data", f"usmx has no {ind.name} figure for {gone}.", measure=ind.id)
        if claim.change == "ratio":
            if a0.value == 0:
                return _unverifiable("no_data", f"{ind.name} was zero in {first.label}; a ratio is undefined.")
            official = a1.value / a0.value
            what = f"x{official:.2f} ({format_value(a0.value, ind.unit)} in {first.label} to " \
                   f"{format_value(a1.value, ind.unit)} in {last.label})"
        else:
            official = a1.value - a0.value
            what = f"{official:+,.0f} ({format_value(a0.value, ind.unit)} in {first.label} to " \
                   f"{format_value(a1.value, ind.unit)} in {last.label})"
        outcome = test.judge(official)
        claimed = _claimed_text(claim, ind)
        words = _outcome_words(outcome)
        if claim.value is not None and claim.value < (1 if claim.change == "ratio" else 0) and outcome:
            # a claimed fall that is too deep overstates the change
            outcome = -outcome
            words = "overstates the fall" if outcome < 0 else "understates the fall"
        sentence = f"{ind.name} changed by {what}; the claim of {claimed} {words}.{note}"
        status = a1.status if a1.status != "final" else a0.status
        return Verdict(
            label=_label(outcome), rule=f"change ({self.tol.describe(claim.qualifier)})", explanation=sentence,
            official_value=round(official, 4), official_period=f"{first.label}..{last.label}", status=status,
            vintage=max(a0.vintage, a1.vintage), source=a1.source, measure=ind.id, accepted=test.interval,
            details=((first.label, a0.value), (last.label, a1.value)),
            secondary_source=a0.secondary_source or a1.secondary_source,
        )

    def _record_alone(self, claim: Claim, ind: Indicator, published: date) -> Verdict:
        """A record claimed without a figure: the period's official figure against the series before it."""
        assert claim.period is not None
        if ind.is_estimate:
            return _unverifiable("no_data", f"{ind.name} is an estimate, not a series with records.", measure=ind.id)
        periods = self._parts(claim.period, ind, published, "level")
        a = self._value(ind.id, periods[-1]) if periods else None
        if a is None and claim.period.implied and periods:
            a = self._step_back(ind, periods[-1])
        if a is None:
            label = periods[-1].label if periods else claim.period.label
            return _unverifiable("no_data", f"usmx has no {ind.name} figure for {label}.", measure=ind.id)
        base = Verdict(
            label="accurate", rule="record: the highest (or lowest) in the series up to that period",
            explanation=f"{ind.name}: {format_value(a.value, ind.unit)} in {a.period.label} ({a.status}, "
                        f"{_publisher(a, ind)}, {a.vintage}).",
            official_value=round(a.value, 4), official_period=a.period.label, status=a.status, vintage=a.vintage,
            source=a.source, measure=ind.id, secondary_source=a.secondary_source,
        )
        checked = self._record(claim, ind, a, base, published)
        if checked.label == "accurate" and "the record holds" not in checked.explanation:
            # the series is too short (or starts after the year named) to say
            return _unverifiable("record_unchecked", checked.explanation, measure=ind.id)
        return checked

    def _streak(self, claim: Claim, ind: Indicator) -> Verdict:
        """"Declined for six consecutive months": each of the N periods up to the claim's moved that way.

        A month is set against the same month a year earlier (monthly flows are seasonal: that is how
        their publishers report them); a year, and a month of 12-month totals, against the one before.
        """
        assert claim.period is not None and claim.value is not None
        n, down = int(claim.value), claim.direction == "down"
        end = claim.period.parts[-1]
        monthly = claim.unit == "months"
        if ind.is_estimate or (monthly and ind.frequency not in ("month", "12m_ending")):
            return _unverifiable("no_data", f"{ind.name} has no monthly series to hold a run of months against.",
                                 measure=ind.id)

        def step(p: Period, k: int) -> Period:
            if not monthly:
                return p.shift_years(-k)
            y, m = divmod(p.start.year * 12 + p.start.month - 1 - k, 12)
            return Period.month(y, m + 1)

        def point(p: Period) -> Period:
            if monthly and ind.frequency == "12m_ending":
                return Period.twelve_months_ending(p.start.year, p.start.month)
            return self._in_basis(ind, p, date(p.end.year + 1, 1, 1)) if claim.period.bare else p  # type: ignore[union-attr]

        if self._value(ind.id, point(end)) is None and claim.period.implied:
            back = self._step_back(ind, point(end))
            if back is not None:
                end = Period.month(back.period.end.year, back.period.end.month) if monthly else back.period
        run, details = 0, []
        while run < n + 24:
            cur = step(end, run)
            base = cur.shift_years(-1) if monthly and ind.frequency == "month" else step(cur, 1)
            a, b = self._value(ind.id, point(cur)), self._value(ind.id, point(base))
            if a is not None and b is not None and a.status != b.status:
                # a final figure beside a predicted one is no comparison: the same kind of figure for both
                b = next((x for x in reversed(self.store.history(ind.id, b.period)) if x.status == a.status), b)
                if a.status != b.status:
                    a = next((x for x in reversed(self.store.history(ind.id, a.period)) if x.status == b.status), a)
            if a is None or b is None:
                if run < n:
                    label = point(cur if a is None else base).label
                    return _unverifiable("no_data", f"usmx has no {ind.name} figure for {label}.", measure=ind.id)
                break
            if (a.value < b.value) != down or a.value == b.value:
                break
            details.append((a.period.label, round(a.value, 4)))
            run += 1
        last = self._value(ind.id, point(end))
        assert last is not None
        word = "fell" if down else "rose"
        against = "the same month a year earlier" if monthly and ind.frequency == "month" else "the period before"
        unit = "month" if monthly else "year"
        what = (f"{ind.name} {word} against {against} in each of the {run} {unit}s to {last.period.label}"
                if run else f"{ind.name} did not {'fall' if down else 'rise'} in {last.period.label} against {against}")
        ok = run >= n
        return Verdict(
            label="accurate" if ok else "overstated", rule="streak: each period against the one it follows",
            explanation=f"{what} ({last.status}, {_publisher(last, ind)}, {last.vintage}); the claim of {n} "
                        f"{unit}s in a row {'holds' if ok else 'is too long'}.",
            official_value=float(run), official_period=last.period.label, status=last.status, vintage=last.vintage,
            source=last.source, measure=ind.id, details=tuple(reversed(details)),
            secondary_source=last.secondary_source)

    def _record(self, claim: Claim, ind: Indicator, answer: Answer, verdict: Verdict, published: date) -> Verdict:
        freq = {"year": "year", "fiscal_year": "fiscal_year", "month": "month"}.get(answer.period.canonical_kind)
        if freq is None:
            return verdict
        history = [a for a in self.store.series(ind.id, freq) if a.period.end <= answer.period.end]
        if claim.record_year is not None and freq == "month":
            # "May was the most violent month of the year": against the year's months out by then, later ones too
            history = [a for a in self.store.series(ind.id, freq)
                       if a.period.start.year == claim.record_year and a.period.end < published]
        elif claim.record_since is not None and claim.record_since_month is not None and freq == "month":
            # "the lowest since March 2021": every month after March 2021 up to this one
            after = Period.month(claim.record_since, claim.record_since_month).end
            history = [a for a in history if a.period.end > after]
        elif claim.record_since is not None:
            # "the lowest since 1971": every year after 1971 up to this one
            history = [a for a in history if a.period.end.year > claim.record_since]
        if len(history) < 2:
            return _with_suffix(verdict, " Whether it was a record cannot be checked: the series is too short.")
        # in the claim's terms: a "record deficit" is the most negative balance, not the highest one
        sign = -1.0 if answer.value < 0 and _reads_as_gap(claim.sentence) else 1.0
        values = [(sign * a.value, a.period.label) for a in history]
        top = min(values) if claim.record == "low" else max(values)
        word = "lowest" if claim.record == "low" else "highest"
        since = history[0].period.label
        if claim.record_since is not None and history[0].period.end.year > claim.record_since + 1:
            return _with_suffix(verdict, f" Whether it was the {word} since {_since_label(claim)} cannot be checked: "
                                         f"the series starts in {since}.")
        if top[1] == answer.period.label:
            return _with_suffix(verdict, f" It was the {word} in the series since {since}, so the record holds.")
        return Verdict(
            label="overstated", rule="record: the highest (or lowest) in the series up to that period",
            explanation=f"{verdict.explanation} But it was not a record: the {word} was "
                        f"{format_value(top[0], ind.unit)} in {top[1]} (series since {since}).",
            official_value=verdict.official_value, official_period=verdict.official_period, status=verdict.status,
            vintage=verdict.vintage, source=verdict.source, measure=verdict.measure, accepted=verdict.accepted,
            details=verdict.details, secondary_source=verdict.secondary_source,
        )

    def _other_measure(self, claim: Claim, ind: Indicator, published: date, failed: Verdict) -> Verdict | None:
        """Right number, wrong measure: the figure fits a related indicator for the same period."""
        for rel_id in self.catalog.related(ind.id):
            rel = self.catalog.get(rel_id)
            if rel.is_estimate or rel.unit != ind.unit:
                continue
            if (rel.dimension or claim.kind == "change") and rel_id not in ind.within and not self._named(claim, rel):
                # one of many values (a state, a nationality, a drug): some value fits almost any figure
                # by chance, so it counts only where the text names it (the one whole a part is of is no such value);
                # so does any part for a change, whose percentage says nothing of the size of what it measures
                continue
            alt = self._judge(_relinked(claim, rel_id), rel, published)
            if alt.label == "accurate" and self._near(claim, alt):
                relation = "part of" if rel_id in ind.contains else "the wider measure that includes"
                return Verdict(
                    label="wrong_measure", rule=f"wrong measure: fits {rel_id} ({relation} {ind.id})",
                    explanation=f"The figure fits {rel.name} ({self._shown(claim, alt.official_value, rel)} in "
                                f"{alt.official_period}), not {ind.name}, which was "
                                f"{self._shown(claim, failed.official_value, ind)}.",
                    official_value=failed.official_value, official_period=failed.official_period,
                    status=failed.status, vintage=failed.vintage, source=failed.source, measure=rel_id,
                    accepted=failed.accepted, details=failed.details, secondary_source=failed.secondary_source,
                )
        return None

    def _sharing_the_word(self, claim: Claim, ind: Indicator) -> list[Indicator]:
        """Related measures that the claim's own word also names ("apprehensions": Border Patrol's or CBP's).

        The press uses some words for a whole and for its part alike; the word alone cannot say
        which one a figure is, so each is a candidate and the figures decide.
        """
        # ("encounters nationwide": words that name the whole leave no part of it a candidate)
        whole = claim.mention is not None and _WHOLE_WORDS.search(claim.mention.lower()) is not None
        named = [] if whole else [self.catalog.get(a) for a in claim.alternatives if a != ind.id]
        sentence = claim.sentence.lower()
        if any(w in sentence for w in ind.scope):
            # "Encounters at the southwest border fell to 156,000": the sentence places the figure where the
            # measure named is counted; a part named elsewhere in the text is no candidate unless this sentence
            # names it too
            named = [n for n in named if any(w in sentence for w in (*n.phrases, *n.scope) if " " in w)]
        if not claim.mention:
            return named
        word = " ".join(claim.mention.lower().split())
        if word not in ind.phrases:
            return named
        shared = [self.catalog.get(r) for r in self.catalog.related(ind.id)
                  if word in self.catalog.get(r).phrases and not self.catalog.get(r).is_estimate]
        return [*shared, *(n for n in named if n not in shared)]

    def _either_measure(self, claim: Claim, ind: Indicator, others: list[Indicator], published: date,
                        verdict: Verdict) -> Verdict:
        """The verdict on whichever measure the shared word names that the figure fits.

        If one fits, it is the measure meant: no error of measure, only a word that names both. If
        none fits and they disagree on the direction, the claim cannot be judged without knowing
        which was meant; if all err the same way, that is the verdict.
        """
        names = [ind, *others]
        verdicts = [verdict, *(self._judge(_relinked(claim, o.id), o, published) for o in others)]
        word = " ".join((claim.mention or "").split())
        pairs = list(zip(names, verdicts, strict=True))
        if claim.value:
            # "more than 1.5 million" holds of every larger measure, and "around 1,733,651" of two close ones:
            # the one nearest the figure is meant
            value = claim.value
            fits = [p for p in pairs if p[1].label == "accurate" and p[1].official_value]
            if len(fits) > 1:
                best = min(fits, key=lambda p: abs(math.log(abs(p[1].official_value or 1) / abs(value))))
                pairs = [best, *(p for p in pairs if p is not best)]
        for o, v in pairs:
            if v.label == "accurate":
                if o is ind:
                    return v
                return _with_suffix(_replace(v, rule=f"either measure: {v.rule}"),
                                    f" The word \"{word}\" is used for {ind.name} and for {o.name}; the figure "
                                    f"is the latter's.")
        judged = [(o, v) for o, v in zip(names, verdicts, strict=True) if v.label != "unverifiable"]
        if not judged:
            return verdict
        if len({v.label for _, v in judged}) == 1:
            o, v = judged[0]
            return v if o is ind else _with_suffix(
                _replace(v, rule=f"either measure: {v.rule}"),
                f" The word \"{word}\" is also used for {ind.name}, for which usmx has no figure.")
        listing = "; ".join(f"{o.name}: {format_value(v.official_value or 0, o.unit)} in {v.official_period}"
                            for o, v in judged)
        return _unverifiable("either_measure", f"No measure tied with confidence: \"{word}\" names several "
                             f"measures and the figure lies between them ({listing}); best candidate: {ind.id}.",
                             measure=ind.id)

    def _fits_a_related_measure(self, claim: Claim, ind: Indicator, published: date, verdict: Verdict) -> Verdict:
        """When the measure named has no figure for the period, a related one that the figure fits.

        Series start at different times: "southwest border encounters" in 2000 can only be the
        Border Patrol's apprehensions, the one count kept then. Only a fit is taken as evidence;
        a figure that fits nothing stays unverifiable.
        """
        if claim.kind not in ("level", "rate"):
            return verdict
        for rel_id in self.catalog.related(ind.id):
            rel = self.catalog.get(rel_id)
            if rel.is_estimate or rel.unit != ind.unit:
                continue
            alt = self._judge(_relinked(claim, rel_id), rel, published)
            if alt.label == "accurate" and self._near(claim, alt):
                return _with_suffix(
                    _replace(alt, rule=f"either measure: {alt.rule}"),
                    f" usmx has no {ind.name} figure for {claim.period.label if claim.period else 'that period'}; "
                    f"the figure is {rel.name}'s, the related measure counted then.")
        return verdict

    def _implausible(self, claim: Claim, ind: Indicator, verdict: Verdict) -> Verdict | None:
        """An abstention when the figure is too far from the measure to be about it.

        Linking rests on the words near a figure; the figure's size is evidence too. A count a
        third (or three times) the size of the national measure for that period is almost never a
        misquote of it: it is a part the store does not hold (one seizure, one state, one sector,
        a subgroup) or another country's total. Saying so beats judging it against the wrong
        measure. An open bound far below the measure ("more than 1,000 migrants") is met by any
        part, so it tells nothing of the whole either.
        """
        if claim.kind not in ("level", "rate") or claim.value is None or verdict.official_value is None:
            return None
        if verdict.label not in ("accurate", "overstated", "understated") or verdict.details[1:]:
            return None  # several periods each checked: sizes differ by design
        official = abs(verdict.official_value)
        claimed = abs(claim.value_high if claim.value_high is not None else claim.value)
        if official == 0 or claimed == 0:
            return None
        ratio = claimed / official
        if claim.qualifier in ("more_than", "at_least") and verdict.label == "accurate":
            far = ratio < 1 / PLAUSIBLE_RATIO or ratio > PLAUSIBLE_RATIO
        elif claim.qualifier in ("less_than", "at_most") and verdict.label == "accurate":
            far = ratio > PLAUSIBLE_RATIO
        else:
            far = ratio < 1 / PLAUSIBLE_RATIO or ratio > PLAUSIBLE_RATIO
        if not far:
            return None
        shown = format_value(verdict.official_value, self._unit(claim, ind))
        return _unverifiable(
            "implausible_size",
            f"No measure tied with confidence: the figure is far from {ind.name} ({shown} in "
            f"{verdict.official_period}), so it is probably about a part usmx does not hold (one event, place "
            f"or group) or about something else; best candidate: {ind.id}.",
            measure=ind.id,
        )

    def _shown(self, claim: Claim, value: float | None, ind: Indicator) -> str:
        """An official figure as the claim speaks of it: a change as a ratio, a level in the measure's unit."""
        if claim.kind == "change" and claim.change == "ratio":
            return f"a change of x{value or 0:.2f}"
        return format_value(value or 0, self._unit(claim, ind))

    @staticmethod
    def _named(claim: Claim, ind: Indicator) -> bool:
        """Whether the claim's sentence names the measure by one of its phrases."""
        low = claim.sentence.lower()
        return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", low) for p in ind.phrases)

    def _near(self, claim: Claim, alt: Verdict) -> bool:
        """Whether a related measure's figure is the one the claim's number was about.

        "More than 200 a day" is trivially true of a measure ten times larger, and "fewer than
        100,000" of any small part: an open-ended claim fits a related measure only when that
        measure is also near the figure stated (within the "about" tolerance).
        """
        if claim.qualifier not in ("more_than", "at_least", "less_than", "at_most"):
            return True
        if alt.official_value is None or claim.value is None:
            return False
        near = acceptance("about", claim.value, None, claim.step, self.tol)
        return near.judge(alt.official_value) == 0

    # estimates --------------------------------------------------------------------------
    def _estimate(self, claim: Claim, ind: Indicator, published: date) -> Verdict:
        assert claim.value is not None
        estimates = self.store.estimates(ind.id)
        if not estimates:
            return _unverifiable("no_data", f"usmx holds no estimate of {ind.name}.", measure=ind.id)
        known = [a for a in estimates if a.vintage <= published.isoformat()]
        chosen = known[-1] if known else estimates[0]
        test = acceptance(claim.qualifier, claim.value, claim.value_high, claim.step, self.tol)
        outcome = test.judge(chosen.value, chosen.value_high)
        who = chosen.attribution or chosen.source.publisher or "an official source"
        shown = as_written(chosen.value, ind.unit) if chosen.value_high is None else \
            f"{chosen.value:g}-{as_written(chosen.value_high, ind.unit)}"
        timing = "the latest estimate at publication" if known else "no estimate had been made by the publication " \
                                                                    "date; the earliest is"
        sentence = (f"Not a statistic but an estimate: {timing} was {shown}, by {who} ({chosen.vintage}); "
                    f"the claim of {_claimed_text(claim, ind)} {_outcome_words(outcome)}.")
        if claim.attribution and claim.attribution.lower() not in who.lower():
            sentence += f" The text attributes its figure to {claim.attribution}."
        return Verdict(
            label=_label(outcome), rule=f"estimate ({self.tol.describe(claim.qualifier)})", explanation=sentence,
            official_value=chosen.value, official_value_high=chosen.value_high, official_period=chosen.period.label,
            status=chosen.status, vintage=chosen.vintage, source=chosen.source, measure=ind.id,
            accepted=test.interval, secondary_source=chosen.secondary_source,
        )

    # periods and values ---------------------------------------------------------------------
    def _parts(self, period: ClaimPeriod, ind: Indicator, published: date, kind: str) -> list[Period]:
        parts = list(period.parts)
        if period.kind == "span" and period.each and len(parts) == 2:
            a, b = parts
            if a.canonical_kind in ("year", "fiscal_year") and b.canonical_kind == a.canonical_kind:
                step = Period.year if a.canonical_kind == "year" else Period.fiscal_year
                parts = [step(y) for y in range(a.end.year, b.end.year + 1)]
        if period.kind in ("latest_year", "publication") and ind.aggregation == "none" and not ind.is_estimate:
            # "Mexico is the top trading partner": for a rank or share computed over the months so far,
            # those months as published by then; else the latest full year
            return [self._so_far(ind, published) or Period.year(published.year - 1)]
        if period.kind in ("latest_year", "per_year_generic") and self._year_basis(ind) == "fiscal_year":
            return [Period.fiscal_year(fiscal_year_of(published) - 1)]
        if period.kind == "publication" and not ind.is_estimate:
            # "Mexico now accounts for nearly 16 percent of U.S. trade": a series' latest full year, not the day
            return [Period.year(published.year - 1)]
        if period.bare:
            parts = [self._in_basis(ind, p, published) for p in parts]
        if ind.frequency == "12m_ending" and kind != "rate":
            parts = [_twelve_months_of(p) for p in parts]
        return parts

    def _so_far(self, ind: Indicator, published: date) -> Period | None:
        """The months of the publication's year out by then, if the store has a figure computed over them.

        A month's figures come out about five weeks after it ends (the Census Bureau's trade release), so
        a text of mid-August can know January to June.
        """
        known = published - timedelta(days=RELEASE_LAG_DAYS)
        y, m = known.year, known.month
        if (known + timedelta(days=1)).month == m:  # the month is not over: the one before it is the latest
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        if y != published.year or m == 12:
            return None
        run = Period.month(y, 1) if m == 1 else Period.span(Period.month(y, 1), Period.month(y, m))
        return run if self._value(ind.id, run) is not None else None

    def _in_basis(self, ind: Indicator, p: Period, published: date) -> Period:
        """A bare year in the publisher's own basis (CBP publishes fiscal years)."""
        if p.canonical_kind == "year" and self._year_basis(ind) == "fiscal_year":
            return Period.fiscal_year(p.end.year)
        return p

    def _year_basis(self, ind: Indicator) -> str:
        if ind.id not in self._basis:
            fy = any(not a.derived for a in self.store.series(ind.id, "fiscal_year"))
            cy = any(not a.derived for a in self.store.series(ind.id, "year"))
            self._basis[ind.id] = "fiscal_year" if fy and not cy else "year"
        return self._basis[ind.id]

    def _value(self, indicator: str, period: Period) -> Answer | None:
        return self.store.value(indicator, period)

    def _step_back(self, ind: Indicator, p: Period) -> Answer | None:
        """An implied "latest" period without data yet: the period before it (twice at most)."""
        back: Callable[[Period], Period]
        if p.canonical_kind == "month":
            def back(x: Period) -> Period:
                y, m = (x.start.year, x.start.month - 1) if x.start.month > 1 else (x.start.year - 1, 12)
                return Period.month(y, m)
        else:
            def back(x: Period) -> Period:
                return x.shift_years(-1)
        cur = p
        for _ in range(2):
            cur = back(cur)
            a = self._value(ind.id, cur)
            if a is not None:
                return a
        return None

    def _total(self, ind: Indicator, p: Period) -> Answer | None:
        """A total over several years ("since 2020") summed from the yearly figures."""
        if ind.aggregation != "sum":
            return None
        years = [Period.year(y) for y in range(p.start.year, p.end.year + 1)]
        got = [self._value(ind.id, y) for y in years]
        if any(a is None for a in got):
            return None
        answers = [a for a in got if a is not None]
        last = answers[-1]
        from usmx.store import Answer as _Answer

        return _Answer(indicator=ind.id, period=Period(years[0].start, years[-1].end, "span"),
                       value=sum(a.value for a in answers), status=last.status, vintage=last.vintage,
                       source=last.source, derived=True, parts=len(answers))

    def _comparable(self, claim: Claim, a: Answer) -> float:
        """The official figure in the claim's terms: per day, week or month for rates; a deficit
        written as a positive amount is compared with the size of a negative balance."""
        if a.value < 0 and claim.value is not None and claim.value > 0 and _reads_as_gap(claim.sentence):
            # a deficit (or "trade gap") written as a positive amount is the size of a negative balance
            return -a.value
        if claim.kind == "rate" and claim.per in ("day", "week", "month"):
            days = a.period.n_days
            if claim.per == "day":
                return a.value / days
            if claim.per == "week":
                return a.value / days * 7
            return a.value / max(1, len(a.period.months))
        return a.value

    @staticmethod
    def _unit(claim: Claim, ind: Indicator) -> str:
        return f"{ind.unit} a {claim.per}" if claim.kind == "rate" and claim.per else ind.unit

    def _make(self, claim: Claim, ind: Indicator, a: Answer, outcome: int, test: _Test, rule: str,
              published: date, note: str = "", official: float | None = None,
              period_label: str | None = None) -> Verdict:
        official = a.value if official is None else official
        unit = self._unit(claim, ind)
        status = a.status + (", derived from monthly figures" if a.derived else "")
        label = period_label or a.period.label
        publisher = _publisher(a, ind) + (" as quoted in a secondary source" if a.secondary_source else "")
        head = f"{ind.name}: {format_value(official, unit)} in {label} ({status}, {publisher}, {a.vintage})"
        sentence = f"{head}; the claim of {_claimed_text(claim, ind)} {_outcome_words(outcome)}."
        if note:
            sentence = f"{sentence} {note}"
        return Verdict(
            label=_label(outcome), rule=f"{rule} ({self.tol.describe(claim.qualifier)})", explanation=sentence,
            official_value=round(official, 4), official_period=label, status=a.status, vintage=a.vintage,
            source=a.source, measure=ind.id, accepted=test.interval, secondary_source=a.secondary_source,
        )


# helpers ---------------------------------------------------------------------------------
STATUS_ORDER = ("final", "provisional", "predicted", "estimate")
# How far (as a ratio either way) a figure may be from a measure's official value and still be about it.
PLAUSIBLE_RATIO = 2.5
_SHORTFALL = re.compile(r"\b(?:deficits?|gaps?|shortfalls?|imbalances?)\b")
_US_SURPLUS = re.compile(r"(?<!\w)(?:u\.s\.|us|united\s+states|american|america's|washington)(?!\w)[^;]{0,40}?"
                         r"\bsurplus")
_MEXICO_SURPLUS = re.compile(r"\bmexic(?:o|o's|an)\s+(?:[\w-]+\s+){0,2}surplus")  # the same gap, seen from Mexico

_WHOLE_WORDS = re.compile(r"\b(?:nationwide|national|all\s+(?:u\.s\.\s+)?borders|across\s+all|en\s+todo\s+el\s+país"
                          r"|a\s+nivel\s+nacional)\b")


def _since_label(claim: Claim) -> str:
    if claim.record_since_month is not None and claim.record_since is not None:
        return Period.month(claim.record_since, claim.record_since_month).label
    return str(claim.record_since)


def _reads_as_gap(sentence: str) -> bool:
    """Whether a negative balance is spoken of by its size: a deficit or gap, or a surplus not said to be
    the United States' (Mexico's surplus, "left the former with a surplus", is the same gap)."""
    low = sentence.lower()
    return bool(_SHORTFALL.search(low) or _MEXICO_SURPLUS.search(low) or not _US_SURPLUS.search(low))


def _twelve_months_of(p: Period) -> Period:
    """A month of a series of 12-month totals ("71,130 deaths in December 2019") is the 12 months
    ending then; so is "from December 2021 to December 2022", 13 months counted inclusively."""
    if p.canonical_kind == "month":
        return Period.twelve_months_ending(p.start.year, p.start.month)
    if p.is_whole_months and len(p.months) == 13:
        return Period.twelve_months_ending(p.end.year, p.end.month)
    return p


def _overall(outcomes: Sequence[int]) -> int:
    bad = [o for o in outcomes if o != 0]
    if not bad:
        return 0
    return -1 if bad.count(-1) >= bad.count(1) else 1


def _label(outcome: int) -> Label:
    return "accurate" if outcome == 0 else "overstated" if outcome < 0 else "understated"


def _outcome_words(outcome: int) -> str:
    return {0: "holds", -1: "is too high", 1: "is too low"}[outcome]


def _claimed_text(claim: Claim, ind: Indicator) -> str:
    assert claim.value is not None
    q = _QUAL_WORDS.get(claim.qualifier, "")
    if claim.kind == "change" and claim.change == "ratio":
        if claim.value_high is not None:
            return f"x{claim.value:.2f}-{claim.value_high:.2f}"
        return f"{q}x{claim.value:.2f}"
    unit = ind.unit if claim.kind != "share" else "percent"
    if claim.kind == "rate" and claim.per:
        unit = f"{ind.unit} a {claim.per}"
    if claim.value_high is not None:
        return f"{as_written(claim.value, unit)} to {as_written(claim.value_high, unit)}"
    return f"{q}{as_written(claim.value, unit)}"


def as_written(value: float, unit: str) -> str:
    """A claimed figure the way a writer would put it: "$60 billion", "2.3 million encounters", "33.3%"."""
    def short(x: float) -> str:
        return f"{x:,.2f}".rstrip("0").rstrip(".")

    if unit == "percent":
        return f"{short(value)}%"
    if unit == "rank":
        return f"#{value:g}"
    sign, a = ("-" if value < 0 else ""), abs(value)
    scaled = ""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if a >= size:
            scaled = f"{short(a / size)} {word}"
            break
    if unit == "USD":
        return f"{sign}${scaled or short(a)}"
    return f"{sign}{scaled or short(a)} {unit}"


def _publisher(a: Answer, ind: Indicator) -> str:
    return a.source.publisher or ind.publisher


def _unverifiable(rule: str, explanation: str, measure: str | None = None) -> Verdict:
    return Verdict(label="unverifiable", rule=rule, explanation=explanation, measure=measure)


def _with_prefix(v: Verdict, text: str) -> Verdict:
    return _replace(v, explanation=text + v.explanation)


def _with_suffix(v: Verdict, text: str) -> Verdict:
    return _replace(v, explanation=v.explanation + text)


def _with_details(v: Verdict, details: tuple[tuple[str, float], ...]) -> Verdict:
    return _replace(v, details=details)


def _replace(v: Verdict, **kw: object) -> Verdict:
    from dataclasses import replace

    return replace(v, **kw)  # type: ignore[arg-type]


def _relinked(claim: Claim, indicator: str) -> Claim:
    from dataclasses import replace

    return replace(claim, indicator=indicator, proxy=None)
