"""Which period a claim speaks of: the time expression nearest the figure, else one
carried over from the sentences just before, else the latest complete period at
publication.

The default matters: "7,500 are arriving every day" in June 2022 speaks of the latest
month; "100,000 Americans die each year" speaks of the latest full year. A default is
marked ``implied`` so that the verifier may step back a period when official data for the
latest one had not been published yet, and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from usmx.periods import Period, previous_month
from usmx.text.timex import BARE_MONTH, SAME_PERIOD, TimeExpr

ClaimPeriodKind = str  # documented in docs/claims.md


@dataclass(frozen=True, slots=True)
class ClaimPeriod:
    """The period of a claim.

    ``parts`` are the official periods to look up: one period; each year of a multi-year
    claim; or the first and last period of a change. ``bare`` marks years written without
    "fiscal" or "calendar", which the verifier reads in the publisher's own basis.
    """

    kind: ClaimPeriodKind
    parts: tuple[Period, ...]
    bare: bool = False
    implied: bool = False
    each: bool = False  # a level claimed for each part (multi-year), not one total
    note: str = ""  # how the words were read, when that needs saying ("through December 26": to November)

    @property
    def start(self) -> date:
        return min(p.start for p in self.parts)

    @property
    def end(self) -> date:
        return max(p.end for p in self.parts)

    @property
    def label(self) -> str:
        if self.kind == "publication":
            return f"as of {self.parts[0].start.isoformat()}"
        if len(self.parts) == 1:
            return self.parts[0].label
        return f"{self.parts[0].label}..{self.parts[-1].label}"


_FIXED = ("year", "fiscal_year", "month", "quarter", "half", "part_year", "twelve_months", "ytd")
_KIND_NAMES = {
    "year": "calendar_year", "fiscal_year": "fiscal_year", "month": "month", "quarter": "quarter",
    "half": "span", "part_year": "span", "twelve_months": "12m_ending", "ytd": "year_to_date",
}


BASE_KIND = {"year": "calendar_year", "fiscal_year": "fiscal_year", "month": "month", "quarter": "quarter"}


def latest_year(published: date) -> Period:
    return Period.year(published.year - 1)


def latest_month(published: date) -> Period:
    y, m = previous_month(published)
    return Period.month(y, m)


def usable(t: TimeExpr) -> bool:
    """Time expressions that can be a claim's period (not dates of events, reports or rates)."""
    return not t.reporting and t.kind not in ("date", "per", "now", "single")


def previous_of(own: TimeExpr, others: list[TimeExpr], inherited: ClaimPeriod | None,
                published: date) -> TimeExpr:
    """"The year before", "the previous year": a year before the period the sentence speaks of."""
    ref: Period | None = None
    # the period already named before "the year before" is the one it counts back from; a time later in
    # the sentence only when nothing came before
    # ("the first half", "so far this year", "the first seven months": the same months a year earlier)
    fixed = ("year", "fiscal_year", "month", "quarter", "twelve_months", "half", "part_year", "ytd")
    before = [t for t in others if t.end <= own.start]
    after = [t for t in others if t.end > own.start]
    for t in before[-1:]:
        # only the nearest time named before counts; a base or a span leaves the context's period
        if t.kind in fixed and t.periods:
            ref = t.periods[0]
        elif t.kind == "span" and len(t.periods) == 2 and all(p.canonical_kind == "month" for p in t.periods):
            # "from December 2021 to December 2022, ... fewer than the previous year": the 12 months it ends
            run = Period.span(t.periods[0], t.periods[1])
            if len(run.months) in (12, 13):
                ref = Period.twelve_months_ending(run.end.year, run.end.month)
            elif run.start.year == run.end.year:
                ref = run  # "from September through December, four times as many as in the same months a year earlier"
    if ref is None and not (inherited is not None and len(inherited.parts) == 1):
        ref = next((t.periods[0] for t in after if t.kind in fixed and t.periods), None)
    if ref is None and inherited is not None and len(inherited.parts) == 1:
        ref = inherited.parts[0]
    if ref is None:
        ref = latest_year(published)
    if own.note == "month":
        # "144,278 the month before": the month before the one the sentence speaks of
        if ref.canonical_kind != "month":
            return TimeExpr(own.start, own.end, "previous")
        before_ref = _unit_before(ref)
        assert before_ref is not None
        return TimeExpr(own.start, own.end, "month", (before_ref, ref))
    kind = {"fiscal_year": "fiscal_year", "month": "month", "quarter": "quarter", "year": "year"}.get(
        ref.canonical_kind, "part_year")
    return TimeExpr(own.start, own.end, kind, (ref.shift_years(-1), ref), bare=ref.canonical_kind == "year")  # type: ignore[arg-type]


_AS_OF = re.compile(r"\b(?:as\s+of|through|by)\s+(?:the\s+end\s+of\s+)?$")


def year_so_far(low: str, timexes: list[TimeExpr]) -> list[TimeExpr]:
    """"By the end of May, fiscal 2023 seizures had reached 9,800 pounds": a year (or fiscal year) counted up to
    a month the sentence names inside it is the months so far, not the whole year."""
    years = [t for t in timexes if t.kind in ("fiscal_year", "year") and len(t.periods) == 1]
    def said_as_of(t: TimeExpr) -> bool:
        at = t.start + (3 if low.startswith("of ", t.start) else 0)  # the month's words may open with "of"
        return _AS_OF.search(low, max(0, at - 20), at) is not None

    cut = next((t for t in timexes if t.kind == "month" and len(t.periods) == 1 and said_as_of(t)), None)
    if cut is None or not years:
        return timexes
    out = []
    for t in timexes:
        if t in years:
            y = t.periods[0]
            mon = cut.periods[0].start.month
            # the month inside the year: its first day on or after the year's start
            year = y.start.year if mon >= y.start.month else y.start.year + 1
            upto = Period.month(year, mon)
            if y.start <= upto.start and upto.end < y.end:
                out.append(TimeExpr(t.start, t.end, "ytd", (Period.span(Period.month(y.start.year, y.start.month),
                                                                            upto),), bare=t.bare))
                continue
        if t is cut:
            continue
        out.append(t)
    return out


def anchor_bare_months(timexes: list[TimeExpr], inherited: ClaimPeriod | None) -> list[TimeExpr]:
    """Months named without a year, read in the year of the month the sentence names.

    "En mayo de 2023 ... un incremento de 9% respecto a abril": April 2023, not the latest April before the
    publication date. A month a change is compared with is the latest such month up to the one named; any
    other month takes the named year.
    """
    named = [t.periods[-1] for t in timexes if t.periods and t.note != BARE_MONTH
             and t.kind in ("month", "quarter", "half", "part_year", "ytd", "span", "twelve_months")]
    if not named:
        return timexes
    ref = named[-1]
    out = []
    for t in timexes:
        if t.note != BARE_MONTH or len(t.periods) != 1 or t.periods[0].canonical_kind != "month":
            out.append(t)
            continue
        mon = t.periods[0].start.month
        if mon <= ref.end.month:
            year = ref.end.year
        elif t.kind == "base":
            year = ref.end.year - 1  # "9% respecto a junio" in a sentence about May: June of the year before
        else:
            out.append(t)  # a later month than the one named: as read from the publication date
            continue
        out.append(replace(t, periods=(Period.month(year, mon),), note=""))
    return out


def next_of(own: TimeExpr, others: list[TimeExpr], inherited: ClaimPeriod | None) -> TimeExpr:
    """"The next month", "a year later", "al año siguiente": the period after the one named just before, in
    the sentence or the one before it; unread (no period) when none was."""
    fixed = ("year", "fiscal_year", "month", "quarter", "twelve_months")
    before = [t.periods[0] for t in others if t.end <= own.start and t.kind in fixed and len(t.periods) == 1]
    ref = before[-1] if before else inherited.parts[0] if inherited is not None and len(inherited.parts) == 1 \
        and not inherited.implied else None
    if ref is None:
        return own
    kind = ref.canonical_kind
    nxt: Period | None = None
    if own.note == "year" and kind in ("year", "fiscal_year", "month", "quarter", "12m_ending"):
        nxt = ref.shift_years(1)
    elif own.note == "month" and kind == "month":
        nxt = Period.month(*(ref.end.year, ref.end.month + 1) if ref.end.month < 12 else (ref.end.year + 1, 1))
    elif own.note == "quarter" and kind == "quarter":
        q = (ref.end.month - 1) // 3 + 1
        nxt = Period.quarter(*(ref.end.year, q + 1) if q < 4 else (ref.end.year + 1, 1))
    if nxt is None:
        return own
    as_timex = {"12m_ending": "twelve_months"}.get(kind, kind)
    return TimeExpr(own.start, own.end, as_timex, (nxt,), bare=kind == "year")  # type: ignore[arg-type]


def _unit_before(p: Period) -> Period | None:
    """The month or quarter right before one."""
    if p.canonical_kind == "month":
        return Period.month(*(p.start.year, p.start.month - 1) if p.start.month > 1 else (p.start.year - 1, 12))
    if p.canonical_kind == "quarter":
        q = (p.start.month - 1) // 3 + 1
        return Period.quarter(*(p.start.year, q - 1) if q > 1 else (p.start.year - 1, 4))
    return None


def same_as(own: TimeExpr, others: list[TimeExpr], inherited: ClaimPeriod | None, published: date) -> TimeExpr:
    """"During the year": the year the sentence, or the one before it, speaks of."""
    before = [t for t in others if t.end <= own.start]
    shifted = previous_of(own, before, inherited, published)
    ref = shifted.periods[-1]
    return TimeExpr(own.start, own.end, shifted.kind, (ref,), bare=shifted.bare)


def for_level(own: TimeExpr | None, inherited: ClaimPeriod | None, per: str | None,
              published: date, estimate_like: bool = False) -> ClaimPeriod:
    """The period of a level, share or rate claim."""
    if own is not None:
        p = _from_timex(own, published, each=True)
        if p is not None:
            return p
        if own.kind == "base" and len(own.periods) == 1:
            # "from 140,500 in March": the level a change starts from is that month's figure
            base = own.periods[0]
            return ClaimPeriod(BASE_KIND.get(base.canonical_kind, "span"), (base,), bare=own.bare)
    if inherited is not None and per != "year" and not inherited.implied:
        return inherited  # (a daily rate too: "En octubre ... un promedio de 83 al día"; not "each year")
    if per in ("day", "week", "month"):
        return ClaimPeriod("latest_month", (latest_month(published),), implied=True)
    if estimate_like:
        return ClaimPeriod("publication", (Period(published, published, "day"),), implied=True)
    if per == "year":
        return ClaimPeriod("per_year_generic", (latest_year(published),), bare=True, implied=True)
    return ClaimPeriod("latest_year", (latest_year(published),), bare=True, implied=True)


def for_change(own: TimeExpr | None, others: list[TimeExpr], inherited: ClaimPeriod | None,
               published: date) -> ClaimPeriod | None:
    """The two periods a change compares, or None when the text does not say."""
    if own is not None:
        if own.kind in _FIXED and len(own.periods) == 2:  # "up 7.6% from the previous year"
            return ClaimPeriod("span", own.periods, bare=own.bare)
        if own.kind == "span" and len(own.periods) == 2:
            return ClaimPeriod("span", own.periods, bare=own.bare)
        if own.kind in ("last_n", "in_a_row") and len(own.periods) >= 2:
            # "over the last three years": from the year before the window to its last year
            first = own.periods[0].shift_years(-1) if own.periods[0].canonical_kind in ("year", "fiscal_year") \
                else own.periods[0]
            return ClaimPeriod("span", (first, own.periods[-1]), bare=own.bare)
        if own.kind == "base" and own.periods[0].canonical_kind == "year":
            # "31,500 million in January-July, 5% more than in the same period of 2022":
            # the base is those months a year earlier
            # (the run of months named nearest before it: "en julio ..., y en lo que va del año suman ..., 3.1% más
            # que en igual periodo de 2023" sets the year to date beside the same months of 2023)
            runs = [(t, months_of(t)) for t in others]
            named = [m for t, m in runs if m is not None and t.end <= own.start][-1:] or \
                [m for t, m in runs if m is not None]
            part = named[0] if named else None
            if part is not None and part.start.year == own.periods[0].start.year + 1:
                return ClaimPeriod("span", (part.shift_years(-1), part))
            if part is None and own.note == SAME_PERIOD and inherited is not None and len(inherited.parts) == 1:
                # "compared with the same month of 2019" after "in January 2021": January 2019 to January 2021
                p = inherited.parts[0]
                if p.is_whole_months and p.start.year == p.end.year and p.canonical_kind != "year" \
                        and p.start.year > own.periods[0].start.year:
                    return ClaimPeriod("span", (p.shift_years(own.periods[0].start.year - p.start.year), p))
        if own.kind == "base" and own.periods[0].canonical_kind not in ("year", "fiscal_year") \
                and own.periods[0].is_whole_months and len(own.periods[0].months) < 12:
            # "up 11.1% from June 2023", "20% more than in the first seven months of 2021": against the same
            # months a year earlier, when the later ones are out
            base = own.periods[0]
            # "down 32% from June" in a text about July: the later month it names, when there is one
            later = [t.periods[0] for t in others if t.periods and t.kind != "base" and t.end <= own.start
                     and t.periods[0].canonical_kind == base.canonical_kind
                     and base.end < t.periods[0].start <= base.shift_years(1).end][-1:]
            if not later and inherited is not None and len(inherited.parts) == 1 and not inherited.implied:
                p = inherited.parts[0]
                if p.canonical_kind == base.canonical_kind and base.end < p.start <= base.shift_years(1).end:
                    later = [p]
            if later:
                return ClaimPeriod("span", (base, later[0]))
            if base.shift_years(1).end <= latest_month(published).end:
                return ClaimPeriod("span", (base, base.shift_years(1)))
        if own.kind in ("since", "base"):  # "since 2020", "an increase over 2020"
            base = own.periods[0]
            end, implied = _end_for_since(base, others, inherited, published)
            if end is None or end.end <= base.end:
                return None  # (a change from 2022 read in a text of 2022 compares a year with itself)
            # "doubled since 2020" with no end written: the latest period, which the verifier may step back from
            return ClaimPeriod("span", (base, end), bare=own.bare, implied=implied)
        if own.kind in ("month", "quarter") and len(own.periods) == 1:
            p = own.periods[0]
            # "in May 2023 rose 9% from the 2,442 recorded in April": the base the sentence names for the change
            bases = [t.periods[0] for t in others if t.kind == "base" and len(t.periods) == 1
                     and t.periods[0].canonical_kind == p.canonical_kind and t.periods[0].end < p.start
                     and p.start <= t.periods[0].shift_years(1).end]
            if bases:
                return ClaimPeriod("span", (bases[-1], p), bare=own.bare)
            # "CBP seized 2,348 pounds in May. In June, the haul dropped 40%": the month (quarter) just named
            # before, the one right before this one, is the base a reader compares with
            named = [t.periods[0] for t in others if t.end <= own.start and t.kind == own.kind and len(t.periods) == 1]
            prev = named[-1] if named else inherited.parts[0] if inherited is not None and \
                len(inherited.parts) == 1 and not inherited.implied else None
            if prev is not None and prev == _unit_before(p):
                return ClaimPeriod("span", (prev, p), bare=own.bare)
        if own.kind in ("year", "fiscal_year", "month", "quarter", "twelve_months", "half", "part_year", "ytd") \
                and own.periods:
            p = own.periods[0]
            # "rose 20 percent in 2023", "in the first half of 2023": against the same period a year earlier.
            return ClaimPeriod("span", (p.shift_years(-1), p), bare=own.bare)
    if own is None and (inherited is None or inherited.implied):
        # "casi duplicó los homicidios en Sinaloa: el año pasado se contaron 994, frente a 531 en 2023": the two
        # periods whose figures its sentence sets side by side
        named = sorted({t.periods[0] for t in others if len(t.periods) == 1 and t.kind in _SIDE_BY_SIDE},
                       key=lambda p: p.start)
        if len(named) == 2 and named[0].canonical_kind == named[1].canonical_kind and named[0].end < named[1].start:
            return ClaimPeriod("span", (named[0], named[1]))
    if inherited is not None and len(inherited.parts) == 1 and not inherited.implied:
        p = inherited.parts[0]
        return ClaimPeriod("span", (p.shift_years(-1), p), bare=inherited.bare)
    return None


_SIDE_BY_SIDE = frozenset({"year", "fiscal_year", "month", "quarter", "base"})


def months_of(t: TimeExpr) -> Period | None:
    """A run of months within one year that a time expression names, or None."""
    if t.kind in ("half", "part_year", "ytd", "quarter", "month") and len(t.periods) == 1:
        p = t.periods[0]
    elif t.kind == "span" and len(t.periods) == 2 and all(x.canonical_kind == "month" for x in t.periods):
        p = Period.span(t.periods[0], t.periods[1])
    else:
        return None
    return p if p.start.year == p.end.year and p.canonical_kind != "year" else None


def _end_for_since(base: Period, others: list[TimeExpr], inherited: ClaimPeriod | None,
                   published: date) -> tuple[Period | None, bool]:
    """The end of a "since" change and whether it is only implied (the latest period at publication)."""
    for t in others:
        if t.kind in ("year", "fiscal_year", "month") and t.periods and t.periods[0].start > base.end:
            return t.periods[0], False
    if inherited is not None and len(inherited.parts) == 1 and inherited.parts[0].start > base.end:
        return inherited.parts[0], False
    kind = base.canonical_kind
    if kind == "fiscal_year":
        fy = published.year if published.month >= 10 else published.year - 1
        return Period.fiscal_year(fy), True
    if kind == "month":
        return latest_month(published), True
    return latest_year(published), True


def _from_timex(t: TimeExpr, published: date, each: bool) -> ClaimPeriod | None:
    if not t.periods:
        return None
    if t.kind in _FIXED:
        # (a marker of how the words were matched, "bare month" or "same period", is no note for a reader)
        note = "" if t.note in (BARE_MONTH, SAME_PERIOD) else t.note
        return ClaimPeriod(_KIND_NAMES[t.kind], t.periods[:1], bare=t.bare, note=note)
    if t.kind == "span":
        if len(t.periods) == 2 and all(p.canonical_kind == "month" for p in t.periods):
            # "between January and May": the months in between, as one total
            return ClaimPeriod("span", (Period.span(t.periods[0], t.periods[1]),), bare=t.bare)
        return ClaimPeriod("span", t.periods, bare=t.bare, each=each)
    if t.kind in ("last_n", "in_a_row"):
        if len(t.periods) == 1:
            return ClaimPeriod(_KIND_NAMES.get(t.periods[0].canonical_kind, "span"), t.periods, bare=t.bare)
        return ClaimPeriod("multi_year", t.periods, bare=t.bare, each=each)
    if t.kind == "since":
        base = t.periods[0]
        end = latest_month(published) if base.canonical_kind == "month" else latest_year(published)
        if end.end < base.start:
            return None
        return ClaimPeriod("since", (Period(base.start, end.end, "span"),), bare=t.bare)
    return None


def inheritable(t: TimeExpr, published: date) -> ClaimPeriod | None:
    """A stated period that the next sentences may speak of too."""
    if not usable(t) or t.kind in ("since", "base"):
        return None
    return _from_timex(t, published, each=True)
