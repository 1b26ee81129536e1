"""The date a text is read against, inferred from the text itself when nothing else gives one.

More than half of the texts people check come without a date: pasted copy, pages whose
metadata was stripped. Read against today, their "June", "last year" and "so far this year"
point at periods that have no figures yet, and every such claim ends `unverifiable`. A reader
dates such a text from its own evidence, and so does usmx:

- a full date near the top (a dateline), unless the text speaks of figures for a later month,
  which shows that date to be an event the text reports rather than its own date;
- the latest month it gives figures for ("July 2024", "from January to September 2024", "the
  first quarter of 2023", "the 12 months ending in October 2021"), or a month named without a
  year ("in May") when the text places it in a year it speaks of as running;
- the latest year or fiscal year it speaks of as complete ("a record $63.3 billion in 2023",
  "in fiscal year 2022"); one that holds a month the text names is still running, and the
  month dates it more finely;
- a date its figures run to ("as of August 28, 2024").

A period named as a base is not a period of figures, nor is a forecast ("by 2030", "is expected
to reach ... in 2026"). When a base compared with ("up 12% from 2022") is the latest period
named, the figures beside it are of the period after it; a base that only bounds the text
("since 2019") says it is later and no more. Official monthly figures come out two to six
weeks after the month, so a text whose latest month is July is read as of August 15. With no
evidence the date is today, and the result says so. A text whose words name no year for its
figures may still be dated by them: the one year whose official figures they match
(``usmx.check.Checker.reference``; ``weak``, ``candidate_dates`` and ``by_figures`` here).

Whatever the date, a claim is never placed after the latest month the text names: a text
whose latest month is August 2024 means September 2023 when it says "in September", however
the date was chosen (``cap_period``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from usmx.periods import MONTHS, Period
from usmx.text import movement as mv
from usmx.text.normalize import lower, normalize
from usmx.text.timex import BEGAN, MONTHS_FULL

if TYPE_CHECKING:
    from usmx.text.claim_periods import ClaimPeriod

Origin = Literal["given", "page metadata", "dateline", "inferred from the text", "inferred from its figures", "today"]
Role = Literal["current", "base", "forecast", "event", "dateline"]

INFERRED: Origin = "inferred from the text"
FIGURES: Origin = "inferred from its figures"
YEARS_BACK = 12  # how far back a text with no year of its own is looked for by its figures
HEAD_CHARS = 1200  # a dateline stands in the opening of a text
LAG_DAYS = 15  # days after the end of the latest month: when its figures are usually out

_EN_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
             r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_ES_MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
              "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12}
_ES_MONTH = "(?:" + "|".join(_ES_MONTHS) + ")"
_MONTH = rf"(?:{_EN_MONTH}|{_ES_MONTH})"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4}
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
          "nueve": 9, "diez": 10, "once": 11}

# Each pattern gives a kind; earlier patterns claim their words first.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date", re.compile(
        rf"\b(?P<m>{_EN_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_YEAR})\b"
        rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?(?P<m2>{_MONTH})\.?,?\s+(?:de\s+|del\s+)?(?P<y2>{_YEAR})\b"
        rf"|\b(?P<y3>{_YEAR})-(?P<m3>\d\d)-(?P<d3>\d\d)\b")),
    ("span", re.compile(
        rf"\b(?:between|from|de|entre)\s+(?P<m1>{_MONTH})\.?,?\s+(?:of\s+|de\s+|del\s+)?(?P<y1>{_YEAR})\s+"
        rf"(?:and|to|through|until|a|y|hasta)\s+(?P<m2>{_MONTH})\.?,?\s+(?:of\s+|de\s+|del\s+)?(?P<y2>{_YEAR})\b")),
    ("months", re.compile(
        rf"\b(?:first|1st|primeros)\s+(?P<n>\d{{1,2}}|{'|'.join(_COUNT)})\s+(?:months|meses)\s+(?:of\s+|de\s+|del\s+)?"
        rf"(?:(?P<fy>fiscal\s+(?:year\s+)?|fy\s*|a[nñ]o\s+fiscal\s+)?(?P<y>{_YEAR})\b|(?P<rel>the|this|el|este)\s+(?:year|a[nñ]o)\b)")),
    ("quarter", re.compile(
        rf"\b(?:the\s+|el\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|primer|segundo|tercer|cuarto)\s+"
        rf"(?:quarter|trimestre)\s+(?:of\s+|de\s+|del\s+)?(?P<y>{_YEAR})\b"
        rf"|\bq(?P<q2>[1-4])\s*(?P<y2>{_YEAR})\b|\b(?P<y3>{_YEAR})\s*-?\s*q(?P<q3>[1-4])\b"
        rf"|\b(?:first|1st)\s+(?P<nq>two|three|2|3)\s+quarters\s+of\s+(?P<y4>{_YEAR})\b")),
    ("half", re.compile(
        rf"\b(?P<h>first|second)\s+half\s+of\s+(?P<y>{_YEAR})\b"
        rf"|\b(?P<h2>primer|segundo)\s+semestre\s+(?:de\s+|del\s+)?(?P<y2>{_YEAR})\b")),
    ("month", re.compile(
        rf"\b(?P<m>{_EN_MONTH})\.?,?\s+(?:of\s+)?(?P<y>{_YEAR})\b(?![,.]\d)"
        rf"|\b(?P<m2>{_ES_MONTH})\s+(?:de\s+|del\s+)?(?P<y2>{_YEAR})\b")),
    ("fiscal_year", re.compile(
        rf"\b(?:fiscal\s+years?|fiscal|federal\s+fiscal\s+year|a[nñ]o\s+fiscal)\s*'?(?P<y>{_YEAR})\b"
        r"|\bfy\s*-?'?(?P<y2>\d{4}|\d\d)\b")),
    ("year", re.compile(
        rf"(?<![\d$.,/-])(?P<y>{_YEAR})\b(?!s\b|'s\b|\s*(?:%|percent|por\s+ciento|million|billion|mil|millones)\b)"
        r"(?![,.]\d|-\d|/\d)")),
    ("bare_month", re.compile(
        rf"\b(?P<w>in|during|for|through|of|by|en|durante|de|para)\s+(?P<m>{MONTHS_FULL}|{_ES_MONTH})\b"
        r"(?!\s*\d|\s+de\s+\d)"
        rf"|\b(?P<m2>{MONTHS_FULL})'s\s"
        # "between January and July", "de enero a julio": the run ends in the later month
        rf"|\b(?:between|from|de|entre)\s+{_MONTH}\s+(?:and|to|through|a|y)\s+(?P<m3>{MONTHS_FULL}|{_ES_MONTH})\b"
        rf"(?!\s*\d|\s+de\s+\d)"
        # "a May 15 press conference": a day whose year the text leaves to the reader
        rf"|\b(?P<m4>{MONTHS_FULL})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s*\d)"
        # "May was the most violent month", "December alone brought": a month as the subject of what it saw
        rf"|(?:^|(?<=[.;:]\s)|(?<=,\s)|(?<=\band\s))(?P<m5>{MONTHS_FULL})(?:\s+alone)?\s+"
        r"(?:was|were|saw|had|recorded|registered|brought|closed|ended|marked)\b")),
    # "a year later", "the next month", "al año siguiente": the period after the one named before it
    ("later", re.compile(
        r"\bthe\s+(?:next|following)\s+(?P<u>month|year)\b|\b(?:a|one)\s+(?P<u2>month|year)\s+later\b"
        r"|\b(?:al|el)\s+(?P<u3>mes|año)\s+siguiente\b|\b(?:un|al)\s+(?P<u4>mes|año)\s+después\b")),
)

_BASE_BEFORE = re.compile(
    r"\b(?:since|from|compared\s+(?:with|to)|than(?:\s+(?:in|during|it\s+was\s+in))?|over|versus|vs\.?"
    r"|relative\s+to|before|prior\s+to|against|desde|frente\s+a|respecto\s+(?:a|de)|comparaci[oó]n\s+con"
    r"|antes\s+de|que\s+en|frente\s+al|respecto\s+(?:al|del)|(?:con\s+)?relaci[oó]n\s+(?:con|al|a)"
    # "less than half the March 2021 total", "above the 18,400 seizures reported in"
    r"|than\s+(?:(?:half|twice|double|triple)\s+)?(?:the|that|those|what)\b(?:[^,;]|,\d){0,40}?)"
    r"\s+(?:(?:the|el|la|lo)\s+)?(?:(?:same\s+(?:period|month|months|quarter)|(?:mismo|igual)\s+(?:periodo|per[ií]odo|mes|lapso|trimestre|semestre))\s+"
    r"(?:of|in|de|del)\s+)?(?:fiscal\s+(?:year\s+)?|(?:calendar\s+)?year\s+|a[nñ]o\s+(?:fiscal\s+)?)?"
    r"(?:(?:the\s+)?(?:end|start|beginning)\s+of\s+)?$")
# "el peor mes fue julio de 2021", "the deadliest month was May 2019", "at the peak in 2019": a time
# named for a record it holds, which the text compares with, not the time it is written in
_RECORD_REFERENCE = re.compile(
    r"\b(?:(?:mes|año|month|year)\s+(?:con\s+(?:más|mayor|menor|menos)|más\s+\w+|with\s+the\s+(?:most|highest|fewest"
    r"|lowest)|(?:deadliest|worst|busiest|most\s+\w+))\b[^.;]{0,40}?\b(?:fue|was|were|fueron|came\s+in)"
    r"|(?:the\s+|its\s+|a\s+|el\s+|su\s+)?(?:peak|pico|máximo)(?:\s+\w+){0,2}?\s+(?:in|of|en|de)"
    r"|peaked\s+in|alcanzó\s+su\s+(?:máximo|pico)\s+en)\s+(?:el\s+|la\s+)?$")
_FUTURE = re.compile(
    r"\b(?:will|would|could|might|expected|expects?|projected|projects?|projections?|forecasts?|forecasted"
    r"|on\s+track|set\s+to|aims?\s+to|plans?\s+to|goal|target|scheduled|deadline|until"
    r"|by(?!\s+(?:comparison|contrast|then|now|the\s+numbers|the\s+count)\b)|proyecta|prev[eé]|se\s+espera|hasta)\b[^.;!?]*$")
# "By April 2025 it had fallen": a time reached, told in the past (a verb of movement in the past, or of being)
_PAST_AFTER = re.compile(r",?\s+(?:[a-z]+\s+){0,3}?(?:had|was|were|reached|stood|totaled|totalled|"
                         + mv.words(mv.forms((*mv.RISING_VERBS, *mv.FALLING_VERBS), "past")) + r")\b")
_RUNNING = re.compile(
    r"\b(?:so\s+far|to\s+date|year[\s-]to[\s-]date|this\s+(?:fiscal\s+)?year|alone|already|early|mid|through"
    r"|first\s+\S+\s+months|en\s+lo\s+que\s+va|hasta\s+(?:el\s+momento|ahora)|este\s+a[nñ]o|primeros)\b")
_COMPLETE = re.compile(r"\b(?:ended|closed|full|whole|entire|all\s+of|cerr[oó]|concluy[oó]|termin[oó])\b")
_FIGURE = re.compile(r"(?<![\w.])(?!(?:19[5-9]\d|20\d\d)\b)\d[\d,.]*")
# "began publishing ... in October 2018", "que inició en octubre de 2024": when something began bounds the text
_BEGAN = re.compile(rf"\b{BEGAN}\b[^.;]{{0,50}}?\b(?:in|en)\s+$")
# a base that bounds the time the text speaks of rather than being compared with it
# (or names only a year of it: "the same month of 2023" could be any month)
_BOUND = re.compile(r"\b(?:since|desde|before|prior\s+to|antes\s+de|same|mismo|igual)\b")
# "compared with the same period of 2023", "frente a igual mes de 2023": the figures beside it are a year on
_SAME_PERIOD = re.compile(r"\b(?:same|mismo|igual)\b")
_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|through|up\s+to|al|hasta\s+el)\s+$")
_LAST_YEAR = re.compile(rf"\b({MONTHS_FULL})\s+(?:of\s+)?last\s+year\b")
_LAST_YEAR_BESIDE = re.compile(
    r"\b(?:last\s+year|el\s+a[nñ]o\s+pasado|el\s+pasado\s+a[nñ]o)\b(?:[^.;]|\.\d){0,120}?"
    r"(?P<cue>\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against|frente\s+al?|que\s+en|respecto\s+(?:al?|de)"
    r"|contra)\b)(?:[^.;]|\.\d){0,60}?\b(?:19[5-9]\d|20\d\d)\b")
# (not after "U.S." or another single letter's point: "Through September, U.S. goods trade ...")
_SENTENCE_END = re.compile(r"(?<!\bu\.s)(?<!\b[a-z])[.!?;]\s|\n")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Words that say when a text speaks: where they stand, the time they name, what they tell."""

    start: int
    end: int
    words: str
    kind: str  # date, span, months, quarter, half, month, fiscal_year, year, bare_month
    period: Period
    role: Role
    running: bool = False  # a year or fiscal year the text speaks of as not yet over
    record: bool = False  # a base named for a record it holds ("the deadliest month was October 2022")
    # a base compared with ("up 7.6% from 2022"), not a bound ("since 2019", "before 2020")
    comparison: bool = False
    same: bool = False  # a base named as "the same period" of a year: the figures are of that period a year on


@dataclass(frozen=True, slots=True)
class ReferenceDate:
    """The date a text is read against, where it came from and why.

    ``latest`` is the latest month the text names as the time of its figures when the date was
    inferred: no claim is placed after it. ``basis`` is the evidence the date rests on.
    """

    date: date
    origin: Origin
    explanation: str
    latest: Period | None = None
    basis: Evidence | None = None
    evidence: tuple[Evidence, ...] = ()

    @property
    def span(self) -> tuple[int, int] | None:
        return (self.basis.start, self.basis.end) if self.basis is not None else None


def reference_date(text: str, metadata: date | None = None, given: date | None = None,
                   today: date | None = None) -> ReferenceDate:
    """The date ``text`` is read against: given, else the page's metadata, else the text's own.

    The check and the report share this order so that one document is never read against two
    dates.
    """
    from usmx.text.dateline import check_published, in_range

    today = today or date.today()
    if given is not None:
        check_published(given)  # outside the range, date arithmetic would overflow
        return ReferenceDate(given, "given", f"publication date given ({given.isoformat()})")
    if metadata is not None and in_range(metadata):  # out of range, the page is still worth checking
        return ReferenceDate(metadata, "page metadata", f"publication date from the page's metadata "
                                                        f"({metadata.isoformat()})")
    return infer(text, today)


def infer(text: str, today: date | None = None) -> ReferenceDate:
    """The date a text's own words place it at; today, said so, when they place it nowhere."""
    today = today or date.today()
    found = find_evidence(text, today)
    current = [e for e in found if e.role == "current"]
    latest = _latest_month(current)
    head = next((e for e in found if e.role == "dateline"), None)
    if head is not None and (latest is None or latest.start <= head.period.start):
        return ReferenceDate(head.period.start, "dateline",
                             f'the date "{_one_line(head.words)}" near the top of the text', None, head, found)
    candidates: list[tuple[date, Evidence]] = []
    for e in current:
        if e.kind == "date":
            candidates.append((e.period.start, e))
        elif _counts_as_end(e, current):
            candidates.append((min(_after(e.period), today), e))
    bases = [e for e in found if e.role == "base"]
    base = max(bases, key=lambda e: e.period.end) if bases else None
    if candidates and base is not None and base.period.end >= max(c[0] for c in candidates) - timedelta(days=LAG_DAYS):
        # "the lowest since March 2021" with nothing later: the text is after its base, and that is all
        candidates = []
    if not candidates and base is not None and base.comparison and not base.record:
        # "up 12% from 2022", "frente al primer semestre de 2023": figures set beside a past
        # period are those of the period after it, so the text is read as that period's
        period = base.period
        if base.kind not in ("year", "fiscal_year"):
            # "compared with the first half of 2023": a part of a year is set beside the same part a year on
            period = Period(period.start.replace(year=period.start.year + 1),
                            period.end.replace(year=period.end.year + 1, day=28 if period.end.month == 2 else
                                               period.end.day), period.kind)
        when = min(_after(period), today)
        return ReferenceDate(when, INFERRED, _explain(when, base, head), None, base, found)
    if not candidates:
        why = "the text names no date and no period it gives figures for"
        if base is not None:
            why = (f'the text names no date, and the latest period it names ("{_one_line(base.words)}") is a base '
                   f"of comparison, which says only that it is later")
        return ReferenceDate(today, "today", f"{why}; read against today ({today.isoformat()})", None, None, found)
    when, basis = max(candidates, key=lambda c: (c[0], c[1].start))
    if latest is not None and _LAST_YEAR.search(normalize(text).lower()) and \
            any(_month(m.group(1)) == latest.start.month for m in _LAST_YEAR.finditer(lower(normalize(text)))):
        # "from January through November last year" beside "November 2025": written in 2026
        when = max(when, min(date(latest.start.year + 1, 1, LAG_DAYS), today))
    latest_p = latest
    if latest_p is None or (basis.kind == "date" and basis.period.start > latest_p.end):
        latest_p = Period.month(basis.period.start.year, basis.period.start.month)
    return ReferenceDate(when, INFERRED, _explain(when, basis, head), latest_p, basis, found)


def find_evidence(text: str, today: date | None = None) -> tuple[Evidence, ...]:
    """Every word of the text that names a time, with the role it plays there."""
    today = today or date.today()
    low = lower(normalize(text))
    taken: list[tuple[int, int]] = []
    raw: list[tuple[int, int, str, Period, re.Match[str]]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(low):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            p = _period(kind, m)
            if p is None or p.start > today:
                continue
            taken.append((s, e))
            raw.append((s, e, kind, p, m))
    raw.sort(key=lambda r: r[0])
    first_date = next((r for r in raw if r[2] == "date" and r[0] < HEAD_CHARS), None)
    out: list[Evidence] = []
    for s, e, kind, p, _ in raw:
        before = low[_sentence_start(low, s):s]
        role: Role
        record = comparison = same = False
        if kind == "date" and first_date is not None and s == first_date[0]:
            role = "dateline"
        elif (future := _FUTURE.search(before[-90:])) and not (
                future.group(0).startswith("by") and _PAST_AFTER.match(low, e)):
            role = "forecast"  # (not "By April 2025 it had fallen": a time reached, told in the past)
        elif kind == "date":
            role = "current" if _AS_OF.search(before[-14:]) else "event"
        elif based := _BASE_BEFORE.search(before[-48:]):
            role = "base"
            comparison = not _BOUND.search(based.group(0))
            same = bool(_SAME_PERIOD.search(based.group(0)))
        elif _BEGAN.search(before[-70:]):
            role = "base"  # "since the agency began publishing monthly figures in October 2018": a bound
        elif _RECORD_REFERENCE.search(before[-90:]):
            role, record = "base", True
        else:
            role = "current"
        running = False
        if kind in ("year", "fiscal_year") and role == "current":
            sentence = low[_sentence_start(low, s):_sentence_end(low, e)]
            running = bool(_RUNNING.search(sentence)) and not _COMPLETE.search(sentence)
        out.append(Evidence(s, e, text[s:e], kind, p, role, running, record, comparison, same))
    return tuple(_place_later(_place_bare_months(low, _place_last_year(low, out, today), today), today))


def weak(ref: ReferenceDate) -> bool:
    """Whether the date rests on nothing that says which year the text's figures are of.

    Read against today, or just after a period it only compares with: "In July, agents made 56,400
    arrests, 40% fewer than in June" names no year, and "up 12% from 2022" names only the year
    before the one its figures are of.
    """
    return ref.origin == "today" or (ref.origin == INFERRED and ref.basis is not None and ref.basis.role == "base")


def candidate_dates(ref: ReferenceDate, today: date) -> list[date]:
    """Dates a year apart, from today back, that a text with no year of its own may be read as of.

    A text is later than every base it names ("down 40% since 2019"), so no candidate comes before
    the latest of them.
    """
    bases = [e.period.end for e in ref.evidence if e.role == "base"]
    floor = max(bases) + timedelta(days=LAG_DAYS) if bases else None
    out = []
    for k in range(YEARS_BACK + 1):
        d = date(today.year - k, today.month, min(today.day, 28))
        if floor is not None and d <= floor:
            break
        out.append(d)
    return out


def by_figures(ref: ReferenceDate, latest: Period, figures: list[str]) -> ReferenceDate:
    """The date a text with no year of its own is read as of, when its figures match one year's."""
    when = _after(latest)
    shown = ", ".join(f'"{_one_line(f)}"' for f in figures[:3])
    why = (f"the text carries no date and names no year for its figures; those it gives ({shown}) match the "
           f"official figures up to {latest.label}, so it was read as of {when.isoformat()}")
    return ReferenceDate(when, FIGURES, why, latest, None, ref.evidence)


def cap_period(period: ClaimPeriod, latest: Period) -> ClaimPeriod:
    """A period read from words without a year, moved a year back if it ends after ``latest``.

    Only periods made of months move: a text whose latest month is August 2024 means
    September 2023 by "in September", while a year after the latest one ("by 2030") is a
    forecast and stays as written.
    """
    if period.end <= latest.end:
        return period
    if any(p.canonical_kind in ("year", "fiscal_year") for p in period.parts) or period.kind == "publication":
        return period
    parts = tuple(p.shift_years(-1) for p in period.parts)
    if max(p.end for p in parts) > latest.end:
        return period
    return replace(period, parts=parts)


# ---------------------------------------------------------------- helpers

def _period(kind: str, m: re.Match[str]) -> Period | None:
    g = m.groupdict()
    try:
        if kind == "date":
            if g.get("y3"):
                d = date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
            else:
                y, mon, day = (g["y"], g["m"], g["d"]) if g.get("y") else (g["y2"], g["m2"], g["d2"])
                d = date(int(y), _month(mon), int(day))
            return Period(d, d, "day")
        if kind == "span":
            first = Period.month(int(g["y1"]), _month(g["m1"]))
            last = Period.month(int(g["y2"]), _month(g["m2"]))
            return Period.span(first, last) if first.start < last.start else None
        if kind == "months":
            n = int(g["n"]) if g["n"].isdigit() else _COUNT[g["n"]]
            if g.get("rel") or not 1 <= n <= 11:
                return None
            y = int(g["y"])
            if g.get("fy"):
                first = Period.month(y - 1, 10)
                last_y, last_m = (y - 1, 9 + n) if n <= 3 else (y, n - 3)
                return Period.span(first, Period.month(last_y, last_m))
            return Period.span(Period.month(y, 1), Period.month(y, n))
        if kind == "quarter":
            if g.get("nq"):
                n = 2 if g["nq"] in ("two", "2") else 3
                y = int(g["y4"])
                return Period.span(Period.month(y, 1), Period.month(y, 3 * n))
            q = g.get("q") or g.get("q2") or g.get("q3") or "1"
            y = int(g.get("y") or g.get("y2") or g.get("y3") or 0)
            return Period.quarter(y, _ORDINAL[q] if not q.isdigit() else int(q))
        if kind == "half":
            early = (g.get("h") or g.get("h2")) in ("first", "primer")
            y = int(g.get("y") or g.get("y2") or 0)
            return Period.span(Period.month(y, 1 if early else 7), Period.month(y, 6 if early else 12))
        if kind == "month":
            name, y = (g["m"], g["y"]) if g.get("m") else (g["m2"], g["y2"])
            if name == "may" and not m.group(0).startswith("may "):
                return None
            return Period.month(int(y), _month(name))
        if kind == "fiscal_year":
            y = g.get("y") or g.get("y2") or ""
            fy = int(y) if len(y) == 4 else 2000 + int(y)
            return Period.fiscal_year(fy) if 1950 < fy < 2100 else None
        if kind == "year":
            return Period.year(int(g["y"]))
        if kind == "bare_month":
            # a placeholder year: _place_bare_months gives it the year the text speaks of
            return Period.month(1900, _month(g.get("m") or g.get("m2") or g.get("m3") or g.get("m4") or g.get("m5")
                                             or ""))
        if kind == "later":
            # a placeholder: _place_later counts on from the period named before it (1: a month, 12: a year)
            unit = g.get("u") or g.get("u2") or g.get("u3") or g.get("u4") or ""
            return Period.month(1900, 1 if unit in ("month", "mes") else 12)
    except (ValueError, KeyError):
        return None
    return None


def _month(name: str) -> int:
    name = name.rstrip(".")
    if name in _ES_MONTHS:
        return _ES_MONTHS[name]
    return MONTHS["sept" if name.startswith("sept") else name[:3]]


def _place_last_year(low: str, found: list[Evidence], today: date) -> list[Evidence]:
    """"Last year" set beside a year it is compared with is a later year: the one after it.

    "El año pasado se contaron 994 víctimas, frente a 531 en 2023" and "rose 13% last year from 2023" speak
    of 2024 whatever else the text names: read as of the January after 2023, "last year" would be the year
    it is compared with.
    """
    out = list(found)
    for m in _LAST_YEAR_BESIDE.finditer(low):
        before = low[max(0, m.start() - 48):m.start()]
        if _BASE_BEFORE.search(before) or re.search(r"\b(?:of|del?)\s+$", before):
            continue  # "from last year", "November of last year": a base, or a month's year
        compared = next((e for e in found if e.kind == "year" and e.role in ("current", "base")
                         and m.start("cue") < e.start and e.end <= m.end()), None)
        if compared is None:
            continue
        year = compared.period.start.year + 1
        if date(year + 1, 1, 1) > today:
            continue
        out.append(Evidence(m.start(), m.end(), low[m.start():m.end()], "year", Period.year(year), "current"))
    return out


def _place_bare_months(low: str, found: list[Evidence], today: date) -> list[Evidence]:
    """"In May" takes the year the text speaks of as running, or the year of its latest month.

    Months without a year date a text only when something places them: the year of the latest
    month the text names ("between January and April 2024 ... 80 cases in May"), when a figure
    stands beside them, or a year the text speaks of as running ("so far this year", "in 2022
    alone"). Otherwise they are dropped: "in June" says nothing of which June.
    """
    current = [e for e in found if e.role == "current" and e.kind != "bare_month"]
    months = [e for e in current if e.kind in ("month", "span", "months", "quarter", "half", "date")]
    last_month = max(months, key=lambda e: e.period.end) if months else None
    years = [e for e in current if e.kind == "year"]
    last_year = max(years, key=lambda e: e.period.end) if years else None
    if last_year is None:
        # "June may end up the deadliest month of 2021": a forecast for the year under way
        ahead = [e for e in found if e.role == "forecast" and e.kind == "year"]
        if ahead:
            first = min(ahead, key=lambda e: e.period.start)
            last_year = replace(first, role="current", running=True)
    records = [e for e in found if e.role == "base" and e.kind == "month" and e.record]
    record_base = max(records, key=lambda e: e.period.end) if records else None
    same = [e for e in found if e.role == "base" and e.same and e.kind == "year"]
    same_base = max(same, key=lambda e: e.period.end) if same else None
    out = []
    for e in found:
        if e.kind != "bare_month":
            out.append(e)
            continue
        if e.role != "current":
            continue
        mon = e.period.start.month
        a, b = _sentence_start(low, e.start), _sentence_end(low, e.end)
        sentence = low[a:e.start] + " " * (e.end - e.start) + low[e.end:b]
        year: int | None = None
        if last_month is not None and (last_year is None or last_year.period.end <= last_month.period.end
                                       or last_year.running):
            if mon > last_month.period.end.month and _FIGURE.search(sentence):
                year = last_month.period.end.year
        elif last_year is not None and (last_year.running or _RUNNING.search(low)):
            year = last_year.period.start.year
        elif last_month is None and last_year is None and record_base is not None and _FIGURE.search(sentence):
            # "el peor mes fue julio de 2021 ... en marzo fueron 1 mil 980": a month with figures in
            # a text that names no current year is the first such month after the record it compares with
            end = record_base.period.end
            year = end.year if mon > end.month else end.year + 1
        elif last_month is None and last_year is None and same_base is not None and _FIGURE.search(sentence):
            # "en julio ... 3.1% más que en igual periodo de 2023": the months with figures are those of the year
            # after the one they are set beside
            year = same_base.period.end.year + 1
        if year is None or date(year, mon, 1) > today:
            continue
        out.append(Evidence(e.start, e.end, e.words, "bare_month", Period.month(year, mon), "current"))
    return out


def _place_later(found: list[Evidence], today: date) -> list[Evidence]:
    """"A year later", "the next month": a month (or year) after the month named just before, when one was.

    "In December 2023 ... A year later, the daily average had fallen" speaks of December 2024.
    """
    out: list[Evidence] = []
    for e in found:
        if e.kind != "later":
            out.append(e)
            continue
        prev = next((x for x in reversed(out) if x.role == "current" and x.kind in ("month", "bare_month", "date")
                     and x.end <= e.start), None)
        if prev is None or e.role != "current":
            continue
        months = e.period.start.month
        y, m = prev.period.end.year, prev.period.end.month + months
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        if date(y, m, 1) > today:
            continue
        out.append(Evidence(e.start, e.end, e.words, "month", Period.month(y, m), "current"))
    return out


def _latest_month(current: list[Evidence]) -> Period | None:
    """The latest month the text gives figures for (a year or fiscal year counts by its last month)."""
    ends = [e.period.end for e in current if _counts_as_end(e, current)]
    if not ends:
        return None
    last = max(ends)
    return Period.month(last.year, last.month)


def _counts_as_end(e: Evidence, current: list[Evidence]) -> bool:
    """Whether the period ``e`` names is over by the text's date.

    A year or fiscal year is over unless the text speaks of it as running ("so far in 2024"), or
    names a month inside it and nothing says it is over; a date is where the text stands, not the
    end of a period of figures.
    """
    if e.kind == "date":
        return False
    if e.kind not in ("year", "fiscal_year"):
        return True
    if e.running:
        return False
    inside = any(o is not e and o.kind not in ("year", "fiscal_year") and e.period.contains(o.period)
                 and o.period.end < e.period.end for o in current)
    return not inside


def _after(p: Period) -> date:
    """When figures for ``p`` are out: some days after its last month ends."""
    return p.end + timedelta(days=LAG_DAYS)


def _explain(when: date, basis: Evidence, head: Evidence | None) -> str:
    words = _one_line(basis.words)
    if basis.role == "base":
        later = "the next one" if basis.kind in ("year", "fiscal_year") else "the same months a year on"
        why = f'the latest period it names ("{words}") is one it compares its figures with, which are of {later}'
    elif basis.kind == "date":
        why = f'the latest date its figures run to ("{words}")'
    else:
        what = {"year": "year", "fiscal_year": "fiscal year"}.get(basis.kind, "month")
        why = (f'the latest {what} it gives figures for ends {basis.period.end.isoformat()} ("{words}"); '
               f"figures are usually out some {LAG_DAYS} days later")
    out = f"the text carries no date; read as of {when.isoformat()}: {why}"
    if head is not None:
        out += f' (the date "{_one_line(head.words)}" near the top is earlier, an event it reports)'
    return out


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _sentence_start(low: str, i: int) -> int:
    j = max(low.rfind(". ", 0, i), low.rfind("\n", 0, i), low.rfind("; ", 0, i), low.rfind("? ", 0, i),
            low.rfind("! ", 0, i))
    return j + 1 if j >= 0 else 0


def _sentence_end(low: str, i: int) -> int:
    m = _SENTENCE_END.search(low, i)
    return m.start() + 1 if m else len(low)
