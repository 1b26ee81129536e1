"""Time expressions, resolved against the publication date.

"Last year" in a piece published in September 2023 is calendar 2022; "for several years
in a row" is the last complete years before publication; "each year" is a rate, not a
period. Resolution happens here, once, so that the claim and its verdict speak of the
same dates. Whether a bare year means a calendar or a fiscal year depends on who
publishes the figure, so bare years are marked and the verifier decides.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from usmx.periods import MONTHS, Period, fiscal_year_of
from usmx.text import spanish as es
from usmx.text.numbers import ONES, TENS

TimeKind = Literal[
    "year", "relative_year", "fiscal_year", "month", "quarter", "half", "span", "since", "last_n", "in_a_row", "ytd",
    "twelve_months", "now", "per", "date", "month_name", "previous", "month_span", "single", "part_year", "base",
    "same_year", "same_period", "pre_pandemic", "fy_to_date", "next", "fy_ended",
]
Per = Literal["day", "week", "month", "year"]

# months spelled out, as a subject or label is ("March was ...", "- January: 807")
MONTHS_FULL = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_COUNT_WORD = r"(?:\d{1,2}|" + "|".join(list(ONES) + list(TENS)) + r"|several|a\s+few|few|multiple|many|two\s+straight)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_FY = r"(?:fiscal\s+years?|fiscal|fy\s?-?|federal\s+fiscal\s+years?)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "the fiscal year that ended in September", "the fiscal year ending Sept. 30, 2024": a whole fiscal year
    # ("in fiscal 2024, which ended in September": the month says when the year ended, not the figure's period)
    ("fy_ended", re.compile(
        rf"\b(?:the\s+|last\s+|its\s+)?(?:federal\s+)?fiscal\s+(?:year\s+(?:(?P<y0>{_YEAR}),?\s+)?|(?P<y1>{_YEAR}),?\s+)"
        rf"(?:that\s+|which\s+)?(?:ended|ending|closed)\s+"
        rf"(?:in\s+|on\s+)?sept?(?:ember)?\.?(?:\s+30)?(?:,?\s+(?P<y>{_YEAR}))?\b")),
    ("twelve_months", re.compile(
        rf"\b(?:the\s+)?(?:12|twelve)[\s-]months?(?:\s+(?:period|span|stretch))?\s+"
        rf"(?:to|ending|ended|that\s+ended|through|up\s+to)\s+(?:in\s+|on\s+)?"
        rf"(?P<m>{MONTH_NAMES})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<y>{_YEAR}))?"
        rf"|\b(?:the\s+)?year\s+(?:to|ending|ended|through)\s+(?:in\s+)?(?P<m2>{MONTH_NAMES})\.?(?:\s+(?P<y2>{_YEAR}))?")),
    ("date", re.compile(
        rf"\b{MONTH_NAMES}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b(?!\s*(?:percent|%|million|billion))"
        rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAMES}\b(?:,?\s+{_YEAR})?"
        rf"|\b{_YEAR}-\d\d-\d\d\b|\b\d{{1,2}}/\d{{1,2}}/(?:\d\d)?\d\d\b")),
    ("span", re.compile(
        rf"\b(?:between|from)\s+(?P<fy1>{_FY}\s*)?(?:calendar\s+(?:years?\s+)?)?(?P<a>{_YEAR})\s+(?:and|to|through|until|-)\s+"
        # "between fiscal 2019 and the peak in fiscal 2023"
        rf"(?:the\s+[\w-]+\s+(?:in|of)\s+)?(?P<fy2>{_FY}\s*)?(?P<b>{_YEAR})\b"
        rf"|\b(?P<fy3>{_FY}\s*)?(?P<c>{_YEAR})\s?(?:-|to|through)\s?(?P<d>{_YEAR}|(?<=-)\d\d)\b(?!-|[,.]\d)")),
    ("month_span", re.compile(
        rf"\b(?:between|from)\s+(?P<m1>{MONTH_NAMES})\.?(?:\s+(?P<y1>{_YEAR}))?\s+(?:and|to|through|until)\s+"
        rf"(?:the\s+end\s+of\s+)?(?P<m2>{MONTH_NAMES})\.?(?:\s+(?:of\s+)?(?P<y2>{_YEAR})|\s+of\s+(?P<this>this|last)\s+year)?\b")),
    # "every year since 2018": each year, not one total since then (before "since", which it contains)
    ("in_a_row", re.compile(rf"\b(?:every|each)\s+(?:single\s+)?year\s+since\s+(?P<sy>{_YEAR})\b")),
    ("since", re.compile(
        rf"\b(?:since|from)\s+(?:(?P<m>{MONTH_NAMES})\.?\s+(?:of\s+)?)?(?P<fy>{_FY}\s*)?(?:calendar\s+(?:year\s+)?)?"
        # ("from 2019 to 2021", "from 2019 and 2020" are spans; "up 40% from 2020 and the first time ..." is not)
        rf"(?P<y>{_YEAR})\b(?!\s*(?:-|to\b|through\b|and\s+(?:(?:fiscal\s+|calendar\s+)?{_YEAR}|[a-z]+\.?\s+{_YEAR})))")),
    ("base", re.compile(
        rf"\b(?:over|compared\s+(?:with|to)|versus|vs\.?|relative\s+to|against|than\s+in"
        # "nearly four times the 2020 total", "double its 2019 level"
        rf"|(?:times|twice|double|triple)\s+(?:the|its|their)"
        # "more than triple what it seized in fiscal year 2020"
        rf"|(?:than\s+)?what\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:in|during)|than\s+(?:it\s+was\s+)?in"
        # "up 3% from the same month of 2023"
        rf"|from(?=\s+the\s+same\s+(?:period|month|months|quarter)\s))"
        rf"\s+(?:(?:the\s+)?same\s+(?:period|month|months|quarter)\s+"
        rf"(?:of|in)\s+)?(?P<fy>{_FY}\s*)?(?:calendar\s+(?:year\s+)?)?(?P<y>{_YEAR})\b(?!\s*(?:-|to|and|through|%|percent|million|billion|thousand|people|migrants|deaths"
        rf"|pounds|encounters|americans|mexicans|homicides|murders|victims|apprehensions|crossings|dollars)\b)")),
    ("last_n", re.compile(
        rf"\b(?:(?:over|in|during|for|within)\s+)?(?:the\s+)?(?:last|past|previous|preceding|recent)\s+"
        rf"(?:(?P<n>{_COUNT_WORD})\s+)?(?P<fy>fiscal\s+)?(?P<unit>years|months|decades|decade)\b")),
    ("in_a_row", re.compile(
        rf"\b(?:for\s+)?(?P<n>{_COUNT_WORD})\s+(?:straight\s+|consecutive\s+)?(?:fiscal\s+)?years?\s+"
        rf"(?:in\s+a\s+row|running|straight)\b"
        rf"|\b(?:for\s+)?(?P<n2>{_COUNT_WORD})\s+(?:consecutive|straight)\s+(?:fiscal\s+)?years\b"
        rf"|\b(?:for\s+)?the\s+(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{{1,2}}(?:st|nd|rd|th))"
        rf"\s+(?:(?:straight|consecutive)\s+(?:fiscal\s+)?year(?:\s+in\s+a\s+row)?|(?:fiscal\s+)?year\s+in\s+a\s+row)\b"
        rf"|\byear\s+after\s+year\b")),
    ("single", re.compile(
        r"\b(?:in|on|during|over)\s+(?:a|one)\s+(?:single\s+)?(?:day|week|weekend|raid|operation|shift|night)\b")),
    ("previous", re.compile(
        r"\b(?:the|a|one)\s+(?P<mo>month)\s+(?:before|earlier|prior)\b|\bthe\s+(?:previous|prior|preceding)\s+(?P<mo2>month)\b"
        r"|\b(?:the|a|one)\s+(?:year|fiscal\s+year)\s+(?:before|earlier|prior)\b"
        r"|\b(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal\s+)?year\b"
        r"|\b(?:the\s+)?same\s+(?:months?|period|quarter)\s+(?:a|last|the\s+previous)\s+year\b"
        r"(?:\s+(?:earlier|before|prior))?")),
    # "the next month", "a year later": the period after the one the text has just named
    ("next", re.compile(
        r"\bthe\s+(?:next|following|subsequent)\s+(?P<u>month|quarter|year)\b"
        r"|\b(?:a|one)\s+(?P<u2>month|quarter|year)\s+later\b")),
    # "81 people were murdered each day during the year": the year the text is speaking of
    ("same_year", re.compile(
        r"\b(?:during|in|over|for|throughout|across)\s+the\s+(?:whole\s+|entire\s+|full\s+)?year\b"
        r"(?!\s+(?:before|earlier|prior|ago|to|ending|ended|after|in\s+a\s+row))")),
    ("part_year", re.compile(
        rf"\b(?:(?:in|during|over|for|through)\s+)?the\s+first\s+(?P<n>\d{{1,2}}|two|three|four|five|six|seven|eight"
        rf"|nine|ten|eleven)\s+months\b(?:\s+(?:of\s+)?(?P<fy>{_FY}\s*)?(?P<y>{_YEAR})\b"
        # "the first 11 months", "... of the year": the latest such run by publication
        rf"|\s+(?:of\s+)?(?P<rel>the|this|last)\s+(?P<fyr>fiscal\s+)?year\b|(?!\s+(?:of|in|after|since|under|as)\b))"
        rf"|\b(?:(?:in|during|over|for|through)\s+)?the\s+first\s+(?P<nq>two|three|2|3)\s+quarters\s+(?:of\s+)?"
        rf"(?:(?P<yq>{_YEAR})\b|(?P<relq>the|this|last)\s+year\b)")),
    # "a 50% increase over pre-pandemic levels": against 2019, the last year before COVID-19
    ("pre_pandemic", re.compile(
        r"\b(?:over|above|than|from|compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+(?:the\s+)?"
        r"(?:pre-?\s?pandemic|pre-?covid)(?:\s+(?:levels?|years?|figures?|times|averages?|highs?|norms?|peaks?))?\b"
        r"|\b(?:frente|respecto|comparad[oa]s?|en\s+comparaci[oó]n)\s+(?:a|al|con)\s+(?:los\s+|las\s+)?"
        r"(?:niveles\s+|cifras\s+)?(?:previ[oa]s\s+a\s+la|anteriores\s+a\s+la|de\s+antes\s+de\s+la|prepandemia)"
        r"(?:\s+pandemia)?")),
    # "for fiscal year 2025 to date", "so far in fiscal 2025": October to the last month before publication
    ("fy_to_date", re.compile(
        rf"\b(?:so\s+far\s+in\s+)?(?:{_FY})\s*(?P<y>{_YEAR})(?P<td>\s+(?:to\s+date|so\s+far|thus\s+far))?\b")),
    # "in the same month of 2022": the months the text speaks of, in that year (a comparison word before it makes
    # it a base, read above)
    ("same_period", re.compile(
        rf"\b(?:in|during|for)\s+(?:the\s+same|that|those|these|this)\s+(?:month|months|period|quarter)\s+"
        rf"(?:of|in)\s+(?P<y>{_YEAR})\b")),
    ("fiscal_year", re.compile(rf"\b(?:in\s+|during\s+|for\s+)?(?:{_FY})\s*'?(?P<y>{_YEAR}|\d\d)\b")),
    ("quarter", re.compile(
        rf"\b(?:(?:in|during)\s+)?the\s+(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?"
        rf"(?P<y>{_YEAR})\b|\bq(?P<q2>[1-4])\s*(?P<y2>{_YEAR})\b|\b(?P<y3>{_YEAR})\s*-?\s*q(?P<q3>[1-4])\b"
        # "in the first quarter": the latest such quarter complete at publication
        r"|\b(?:(?:in|during)\s+)?the\s+(?P<q4>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b"
        r"(?!\s+(?:of|in)\b)(?!\s*(?:19|20)\d\d)")),
    ("half", re.compile(rf"\b(?:in\s+)?the\s+(?P<h>first|second)\s+half\s+of\s+(?:(?P<y>{_YEAR})\b"
                        r"|(?P<rel>the|this|last)\s+year\b)"
                        r"|\b(?:in\s+)?the\s+(?P<h2>first|second)\s+half\b(?!\s+of)")),
    ("month", re.compile(
        rf"\b(?:(?:in|during|for|of|by|through|last|this)\s+)?(?P<m>{MONTH_NAMES})\.?(?:\s+of)?(?:,)?\s+(?P<y>{_YEAR})\b")),
    ("month_name", re.compile(
        rf"\b(?P<w>in|during|last|this|for|of|through|(?:since|from|than)(?:\s+last)?|by|than(?:\s+in)?)\s+"
        rf"(?P<m2>{MONTH_NAMES})\b(?!\s*\d)"
        # "December remittances fell 4.3%": a month naming the figures it qualifies (never "May", a verb)
        r"|(?<![\w.-])(?P<m3>january|february|march|april|june|july|august|september|october|november|december"
        r"|may(?='s\s))"
        r"(?:(?:'s)?\s+(?=(?:remittances|encounters|apprehensions|seizures|homicides|murders|killings|deaths|overdose"
        r"|exports|imports|trade|inflows|outflows|figures?|data|numbers|totals?|count|tally|crossings|arrivals)\b)"
        r"|'s\s+(?=(?:us\$|\$)?\d))"
        # "March was the most violent month": a month as the subject of what it saw
        r"|(?<![\w.-])(?P<m4>january|february|march|april|may|june|july|august|september|october|november|december)"
        r"(?=(?:\s+alone)?\s+(?:was|were|saw|had|recorded|registered|brought|closed|ended|marked)\b|\s+alone\b"
        # "- January: 807": the label of a line of a list by month
        r"|\s*:\s*\d)")),
    ("ytd", re.compile(
        r"\b(?:so\s+far\s+this\s+(?:fiscal\s+)?year|this\s+(?:fiscal\s+)?year\s+so\s+far|(?:fiscal[\s-])?year[\s-]to[\s-]date"
        r"|(?:so\s+far\s+)?in\s+(?P<y>" + _YEAR + r")\s+so\s+far)\b")),
    ("year", re.compile(
        rf"\b(?:(?:in|during|for|of|by|through|throughout|until|before|after|calendar\s+year|calendar)\s+)?"
        rf"(?P<y>{_YEAR})\b(?!\s*(?:%|percent|million|billion|people|migrants|deaths))(?![,.]\d)(?!-\d)")),
    ("relative_year", re.compile(
        r"\b(?P<rel>last|this|next|past|the\s+past|the\s+last|(?:the\s+)?current)\s+(?P<fy>fiscal\s+)?year\b"
        r"(?!\s+(?:in\s+a\s+row|running))"
        r"|\b(?P<ago>a|one|two|three)\s+years?\s+(?:ago|earlier)\b"
        r"|\b(?P<decade>a|one)\s+decade\s+ago\b"
        r"|\b(?P<rel2>last|this)\s+month\b")),
    ("now", re.compile(r"\b(?:now|currently|today|at\s+present|these\s+days|so\s+far)\b")),
    ("per", re.compile(
        r"\b(?P<art>a|an|per|each|every)\s+(?:single\s+)?(?P<u>day|week|month|year)\b(?!\s+(?:ago|earlier|later|before|after|in\s+a\s+row))"
        r"|\b(?P<adj>daily|weekly|monthly|annually|yearly|annual|per\s+annum|a\s+year|year-on-year)\b"
        # "its monthly data show", "the 28 daily homicide reports": how often a publisher reports, not a rate
        r"(?!\s+(?:[a-z]+\s+)?(?:data|figures|reports?|statistics|releases?|bulletins?|updates?|surveys?|series|numbers|tallies"
        r"|tally|counts?|press|briefings?|meetings?|reviews?|summit|dialogue)\b)")),
]
_DIGIT = re.compile(r"\d")
# ("the first seven months of the year" and "the first quarter" are written in words)
_NEED_DIGITS = frozenset({"date", "span", "since", "fiscal_year", "half", "year", "month", "base", "same_period",
                          "fy_to_date"})
# Words without which a pattern cannot match: a cheap test that skips most patterns.
_KEYS: dict[str, tuple[str, ...]] = {
    "fy_ended": ("ended", "ending", "closed"),
    "twelve_months": ("month", "year to", "year end"),
    "last_n": ("last", "past", "previous", "preceding", "recent"),
    "in_a_row": ("in a row", "running", "straight", "consecutive", "year after year", "year since"),
    "month_span": ("between", "from"),
    "single": ("single", "one ", "a day", "a week", "a raid", "an operation", "a night", "a weekend", "a shift"),
    "previous": ("before", "earlier", "prior", "previous", "preceding", "same"),
    "same_year": ("the year", "the whole year", "the entire year", "the full year"),
    "next": ("next", "following", "subsequent", "later"),
    "since": ("since", "from"),
    "base": ("over", "compared", "versus", "vs", "relative", "against", "than", "what", "same", "times", "twice",
             "double", "triple"),
    "same_period": ("same", "that period", "those months", "that month", "this period"),
    "fy_to_date": ("to date", "so far", "thus far"),
    "pre_pandemic": ("pandemic", "covid", "pandemia"),
    "span": ("between", "from", "-", " to ", "through"),
    "fiscal_year": ("fiscal", "fy"),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "half": ("half",),
    "part_year": ("first",),
    "ytd": ("so far", "to date", "to-date"),
    "relative_year": ("year", "month"),
    "month_name": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
}
_REPORTING_VERBS = re.compile(
    r"\b(?:reported|reports|report|said|says|announced|released|published|found|estimated|estimates|noted"
    r"|revealed|stated|testified|told|showed|shows|disclosed|confirmed|warned)\b"
)
_ORDINAL_COUNT = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10}
_COUNT_VALUES = {"several": 2, "a few": 2, "few": 2, "multiple": 2, "many": 2, "two straight": 2}


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int
    end: int
    kind: TimeKind
    periods: tuple[Period, ...] = ()  # year/month/...: one; span: first, last; since: base; last_n: each
    per: Per | None = None
    bare: bool = False  # years written without "fiscal" or "calendar"
    reporting: bool = False  # when something was reported, not the period of the figure
    weak: bool = False  # "a year", "a day": a rate only right after the figure
    note: str = ""  # how the words were read, when that needs saying


def find_timexes(low: str, start: int, end: int, published: date, lang: str = "en") -> list[TimeExpr]:
    """Time expressions in ``low[start:end]``, resolved against ``published``; no overlaps."""
    return find_timexes_in(low, [(start, end)], published, lang)[0]


def find_timexes_in(low: str, spans: list[tuple[int, int]], published: date,
                    lang: str = "en") -> list[list[TimeExpr]]:
    """Time expressions of each span (sentence); each pattern runs once over the whole text.

    A Spanish document (``lang == "es"``) is read with Spanish patterns (``usmx.text.spanish``).
    """
    if not spans:
        return []
    starts = [s for s, _ in spans]
    first, last = spans[0][0], spans[-1][1]
    found: list[list[tuple[int, int, TimeExpr]]] = [[] for _ in spans]
    window = low[first:last]
    with_digits = [(s, e) for s, e in spans if _DIGIT.search(low, s, e)]
    spanish = lang == "es"
    for kind, rx in (es.PATTERNS if spanish else _PATTERNS):
        keys = None if spanish else _KEYS.get(kind)
        if keys is not None and not any(k in window for k in keys):
            continue
        if kind in (es.NEED_DIGITS if spanish else _NEED_DIGITS):
            matches = [m for s, e in with_digits for m in rx.finditer(low, s, e)]
        else:
            matches = list(rx.finditer(low, first, last))
        for m in matches:
            s, e = m.start(), m.end()
            i = bisect_right(starts, s) - 1
            if i < 0 or e > spans[i][1]:
                continue
            bucket = found[i]
            if any(s < te and ts < e for ts, te, _ in bucket):
                continue
            tx = _resolve_es(kind, m, published) if spanish else _resolve(kind, m, published)  # type: ignore[arg-type]
            if tx is not None:
                bucket.append((s, e, tx))
    out = []
    for (_, end), bucket in zip(spans, found, strict=True):
        bucket.sort(key=lambda x: x[0])
        out.append([_mark_reporting(low, t, end, published) for _, _, t in bucket])
    return out


def _count(word: str | None) -> int:
    if not word:
        return 1
    w = " ".join(word.split())
    if w.isdigit():
        return int(w)
    if w in _COUNT_VALUES:
        return _COUNT_VALUES[w]
    return ONES.get(w, TENS.get(w, 2))


def month_number(name: str | None) -> int | None:
    """The month an English or Spanish month name (or its abbreviation) names, or None."""
    if not name:
        return None
    return es.MONTHS.get(name) or MONTHS.get(name.rstrip("."))


def _month(name: str) -> int:
    month = month_number(name)
    assert month is not None, name
    return month


def _fy(y: str) -> int:
    v = int(y)
    return v + 2000 if v < 100 else v


def _latest_month_named(month: int, published: date) -> int:
    """The year of the most recent such month at publication ("in May" read in June 2022)."""
    return published.year if month <= published.month else published.year - 1


def _month_span(s: int, e: int, g: dict[str, str | None], y2: int) -> TimeExpr | None:
    """"From March to June 2023" (either language): the first month's year is the last one's, or the
    year before when the months run across New Year."""
    m1, m2 = _month(g["m1"] or ""), _month(g["m2"] or "")
    y1 = int(g["y1"] or 0) if g.get("y1") else (y2 if m1 < m2 else y2 - 1)
    p1, p2 = Period.month(y1, m1), Period.month(y2, m2)
    if p2.start <= p1.start:
        return None
    return TimeExpr(s, e, "span", (p1, p2))


SAME_PERIOD = "same period"  # the note of a base that is "the same month (period) of" a year
BARE_MONTH = "bare month"  # the note of a month named without a year, whose year was read from the publication date
_SAME = re.compile(r"\b(?:same|mism[oa]s?|igual(?:es)?)\s+(?:period|month|months|quarter|mes|meses|periodos?|períodos?"
                   r"|lapsos?|trimestres?|semestres?|bimestres?)\b")


def _year_base(s: int, e: int, g: dict[str, str | None], words: str = "") -> TimeExpr:
    """A year (or fiscal year) a change is measured against ("compared with 2019"); "the same month of
    2019" says so in its note, for the months the text speaks of to be read in that year."""
    fiscal = bool(g.get("fy"))
    return TimeExpr(s, e, "base", ((Period.fiscal_year if fiscal else Period.year)(int(g["y"] or 0)),),
                    bare=not fiscal, note=SAME_PERIOD if _SAME.search(words) else "")


def next_unit(word: str) -> str:
    """The unit of "the next month" or "al año siguiente", as a period kind."""
    return {"mes": "month", "trimestre": "quarter", "año": "year"}.get(word, word)


def _resolve(kind: TimeKind, m: re.Match[str], pub: date) -> TimeExpr | None:
    s, e = m.start(), m.end()
    g = m.groupdict()
    if kind == "date":
        if _THROUGH.search(m.string, max(0, s - 14), s):
            return _through_day(m, pub)
        return TimeExpr(s, e, "date")
    if kind == "twelve_months":
        mon = _month(g["m"] or g["m2"])
        y = g["y"] or g["y2"]
        year = int(y) if y else _latest_month_named(mon, pub)
        return TimeExpr(s, e, "twelve_months", (Period.twelve_months_ending(year, mon),))
    if kind == "span":
        fiscal = bool(g.get("fy1") or g.get("fy2") or g.get("fy3"))
        a = g.get("a") or g.get("c")
        b = g.get("b") or g.get("d")
        if a is None or b is None:
            return None
        ya = int(a)
        yb = int(b) if len(b) == 4 else (ya // 100) * 100 + int(b)
        if not ya < yb <= ya + 60:
            return None
        mk = Period.fiscal_year if fiscal else Period.year
        return TimeExpr(s, e, "span", (mk(ya), mk(yb)), bare=not fiscal)
    if kind == "month_span":
        m2 = _month(g["m2"])
        y2 = int(g["y2"]) if g.get("y2") else pub.year if g.get("this") == "this" else \
            pub.year - 1 if g.get("this") == "last" else _latest_month_named(m2, pub)
        return _month_span(s, e, g, y2)
    if kind == "base":
        return _year_base(s, e, g, m.group(0))
    if kind == "pre_pandemic":
        return TimeExpr(s, e, "base", (Period.year(2019),), bare=True)
    if kind == "same_period":
        return TimeExpr(s, e, "year", (Period.year(int(g["y"])),), bare=True, note=SAME_PERIOD)
    if kind == "since":
        y = int(g["y"])
        if g.get("m"):
            # "up 11.1% from June 2023" compares with that month; "since June 2023" runs from it to now
            from_month = m.group(0).lstrip().lower().startswith("from")
            return TimeExpr(s, e, "base" if from_month else "since", (Period.month(y, _month(g["m"])),))
        fiscal = bool(g.get("fy"))
        return TimeExpr(s, e, "since", ((Period.fiscal_year if fiscal else Period.year)(y),), bare=not fiscal)
    if kind == "last_n":
        unit = g["unit"]
        n = _count(g.get("n")) if g.get("n") else (10 if unit.startswith("decade") else 1)
        if unit.startswith("decade"):
            n = n * 10 if g.get("n") and unit == "decades" else 10
            unit = "years"
        if unit == "months":
            months = []
            y, mo = pub.year, pub.month
            for _ in range(n):
                y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
                months.append(Period.month(y, mo))
            return TimeExpr(s, e, "last_n", tuple(reversed(months)))
        if not g.get("n") and "recent" in m.group(0):
            return None
        fiscal = bool(g.get("fy"))
        if fiscal:
            last = fiscal_year_of(pub) - 1
            return TimeExpr(s, e, "last_n", tuple(Period.fiscal_year(y) for y in range(last - n + 1, last + 1)))
        last = pub.year - 1
        return TimeExpr(s, e, "last_n", tuple(Period.year(y) for y in range(last - n + 1, last + 1)), bare=True)
    if kind == "previous":
        return TimeExpr(s, e, "previous", note="month" if g.get("mo") or g.get("mo2") else "")
    if kind == "next":
        return TimeExpr(s, e, "next", note=next_unit(g.get("u") or g.get("u2") or ""))
    if kind == "same_year":
        return TimeExpr(s, e, "same_year")
    if kind == "single":
        return TimeExpr(s, e, "single")
    if kind == "in_a_row":
        if g.get("sy"):
            # "every year since 2018": each year from then to the latest complete one
            first_y = int(g["sy"])
            if first_y > pub.year - 1:
                return None
            return TimeExpr(s, e, "in_a_row", tuple(Period.year(y) for y in range(first_y, pub.year)), bare=True)
        if g.get("ord"):
            word = g["ord"]
            n = int(word[:-2]) if word[0].isdigit() else _ORDINAL_COUNT[word]
        else:
            n = max(2, _count(g.get("n") or g.get("n2") or "several"))
        last = pub.year - 1
        return TimeExpr(s, e, "in_a_row", tuple(Period.year(y) for y in range(last - n + 1, last + 1)), bare=True)
    if kind == "fy_ended":
        named = g.get("y") or g.get("y0") or g.get("y1")
        fy = int(named) if named else (pub.year if pub.month >= 10 else pub.year - 1)
        return TimeExpr(s, e, "fiscal_year", (Period.fiscal_year(fy),))
    if kind == "fiscal_year":
        fy = _fy(g["y"])
        if not 1900 < fy < 2100:
            return None
        return TimeExpr(s, e, "fiscal_year", (Period.fiscal_year(fy),))
    if kind == "quarter":
        qw = g.get("q") or g.get("q2") or g.get("q3") or g.get("q4")
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(
            str(qw), int(qw) if qw and qw.isdigit() else 1)
        if g.get("q4"):
            y = pub.year if pub.month > 3 * q else pub.year - 1
        else:
            y = int(g.get("y") or g.get("y2") or g.get("y3") or 0)
        return TimeExpr(s, e, "base" if _after_comparison(m) else "quarter", (Period.quarter(y, q),))
    if kind == "part_year":
        return _part_year(m, pub)
    if kind == "half":
        h = g.get("h") or g.get("h2")
        first = h == "first"
        if g.get("y"):
            y = int(g["y"])
        elif g.get("rel") == "last":
            y = pub.year - 1
        else:
            # "the first half of the year", "in the first half": the latest such half at publication
            done = pub.month > 6 if first else False
            y = pub.year if done else pub.year - 1
        first = h == "first"
        p = Period.span(Period.month(y, 1 if first else 7), Period.month(y, 6 if first else 12))
        return TimeExpr(s, e, "base" if _after_comparison(m) else "half", (p,))
    if kind == "month_name" and g.get("m2") and g.get("w") in ("in", "during") and \
            _BASE_BEFORE.search(m.string, max(0, s - 45), s):
        # "up 12% from 140,500 in March": the month of the level a change starts from
        mon = _month(g["m2"])
        return TimeExpr(s, e, "base", (Period.month(_latest_month_named(mon, pub), mon),), note=BARE_MONTH)
    if kind in ("month", "month_name") and (g.get("w") == "through" or m.group(0).startswith("through")):
        # "exports through November": the year's months up to November, summed
        mon = _month(g.get("m") or g.get("m2") or "")
        year = int(g["y"]) if g.get("y") else _latest_month_named(mon, pub)
        return _to_month(s, e, year, mon, m)
    if kind in ("month", "month_name"):
        if g.get("m"):
            p = Period.month(int(g["y"]), _month(g["m"]))
            return TimeExpr(s, e, "base" if _BASE_BEFORE.search(m.string, max(0, s - 45), s) else "month", (p,))
        name = g["m2"] or g["m3"] or g["m4"]
        if name == "may" and not g.get("m4") and not g.get("m3") and not (g.get("w") or "").startswith("than") \
                and not (g.get("w") or "").endswith("last") \
                and g.get("w") not in ("in", "during", "last", "this", "since", "through", "from"):
            return None  # the verb "may"
        if name in ("mar", "march") and g.get("w") in ("of",):
            return None
        mon = _month(name)
        year = _latest_month_named(mon, pub)
        # "last May", "since last May": the May of the year before when this year's has not come yet
        w, last = (g.get("w") or "").split()[:1] or [""], (g.get("w") or "").endswith("last")
        if last and mon >= pub.month:
            year = pub.year - 1
        kind_m: TimeKind = "since" if w == ["since"] else "month"
        if w[0] in ("from", "than"):
            kind_m = "base"  # "up nearly 50% from July", "lower than in June"
        return TimeExpr(s, e, kind_m, (Period.month(year, mon),), note="" if last else BARE_MONTH)
    if kind == "fy_to_date":
        if not (g.get("td") or m.group(0).startswith("so far")):
            return None  # a whole fiscal year, read below
        fy = int(g["y"])
        first = Period.month(fy - 1, 10)
        upto = min(Period.month(fy, 9).end, date(pub.year, pub.month, 1) - timedelta(days=1))
        if upto < first.start:
            return None
        return TimeExpr(s, e, "ytd", (Period.span(first, Period.month(upto.year, upto.month)),))
    if kind == "ytd":
        y = int(g["y"]) if g.get("y") else pub.year
        if "fiscal" in m.group(0):
            fy = fiscal_year_of(pub)
            first = Period.month(fy - 1, 10)
        else:
            first = Period.month(y, 1)
        last_y, last_m = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        if (last_y, last_m) < (first.start.year, first.start.month):
            return TimeExpr(s, e, "ytd", (first,))
        return TimeExpr(s, e, "ytd", (Period.span(first, Period.month(last_y, last_m)),))
    if kind in ("year", "relative_year"):
        if g.get("y"):
            y = int(g["y"])
            return TimeExpr(s, e, "year", (Period.year(y),), bare="calendar" not in m.group(0))
        if g.get("ago") or g.get("decade"):
            n = 10 if g.get("decade") else {"a": 1, "one": 1, "two": 2, "three": 3}[g["ago"]]
            return TimeExpr(s, e, "year", (Period.year(pub.year - n),), bare=True)
        if g.get("rel2"):
            if g["rel2"] == "last":
                y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
                return TimeExpr(s, e, "month", (Period.month(y, mo),))
            return TimeExpr(s, e, "month", (Period.month(pub.year, pub.month),))
        rel = " ".join(g["rel"].split())
        fiscal = bool(g.get("fy"))
        last_y, last_m = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        if rel in ("this", "current", "the current"):
            first = Period.month(fiscal_year_of(pub) - 1, 10) if fiscal else Period.month(pub.year, 1)
            if (last_y, last_m) < (first.start.year, first.start.month):
                return TimeExpr(s, e, "ytd", (first,))
            return TimeExpr(s, e, "ytd", (Period.span(first, Period.month(last_y, last_m)),))
        if rel == "next":
            if fiscal:
                return TimeExpr(s, e, "fiscal_year", (Period.fiscal_year(fiscal_year_of(pub) + 1),))
            return TimeExpr(s, e, "year", (Period.year(pub.year + 1),), bare=True)
        if fiscal:
            return TimeExpr(s, e, "fiscal_year", (Period.fiscal_year(fiscal_year_of(pub) - 1),))
        if rel in ("past", "the past"):
            return TimeExpr(s, e, "twelve_months", (Period.twelve_months_ending(last_y, last_m),))
        return TimeExpr(s, e, "year", (Period.year(pub.year - 1),), bare=True)
    if kind == "now":
        return TimeExpr(s, e, "now")
    if kind == "per":
        if g.get("u"):
            return TimeExpr(s, e, "per", per=g["u"], weak=g.get("art") in ("a", "an"))  # type: ignore[arg-type]
        adj = " ".join(g["adj"].split())
        per: Per = {"daily": "day", "weekly": "week", "monthly": "month"}.get(adj, "year")  # type: ignore[assignment]
        return TimeExpr(s, e, "per", per=per, weak=adj == "a year")
    return None  # pragma: no cover


def _last_month(pub: date) -> tuple[int, int]:
    return (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)


def _year_named(g: dict[str, str | None], pub: date, done: bool) -> int:
    """The year of "de 2023", "de este año", "del año pasado", or (none written) the latest one in
    which the months named were over by publication (``done``: this year's already are)."""
    if g.get("y"):
        return int(g["y"] or 0)
    rel = g.get("rel")
    if rel == "pasado":
        return pub.year - 1
    if rel in ("este", "presente"):
        return pub.year
    return pub.year if done else pub.year - 1


def _resolve_es(kind: str, m: re.Match[str], pub: date) -> TimeExpr | None:
    """A Spanish time expression: the kinds shared with English by ``_resolve``, the rest here."""
    s, e = m.start(), m.end()
    g = m.groupdict()
    if kind == "twelve_months":
        mon = _month(g["m"])
        year = int(g["y"]) if g.get("y") else _latest_month_named(mon, pub)
        return TimeExpr(s, e, "twelve_months", (Period.twelve_months_ending(year, mon),))
    if kind == "fy_ended":
        return _resolve("fy_ended", m, pub)
    if not kind.startswith("es_"):
        return _resolve(kind, m, pub)  # type: ignore[arg-type]
    last_y, last_m = _last_month(pub)
    if kind == "es_month_span":
        if g.get("y2"):
            y2 = int(g["y2"])
        elif g.get("rel"):
            y2 = pub.year - 1 if g["rel"] == "pasado" else pub.year
        else:
            y2 = _latest_month_named(_month(g["m2"]), pub)
        return _month_span(s, e, g, y2)
    if kind == "es_base":
        if g.get("m"):
            # "con respecto a enero del 2020": against that month
            return TimeExpr(s, e, "base", (Period.month(int(g["y"]), _month(g["m"])),))
        return _year_base(s, e, g, m.group(0))
    if kind == "es_last_n":
        word = g["n"]
        n = int(word) if word.isdigit() else es.COUNT_VALUES.get(word, 2)
        unit = g["unit"]
        if unit.startswith("mes"):
            months = []
            y, mo = pub.year, pub.month
            for _ in range(n):
                y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
                months.append(Period.month(y, mo))
            return TimeExpr(s, e, "last_n", tuple(reversed(months)))
        n = n * 10 if unit.startswith("déc") else n
        last = pub.year - 1
        return TimeExpr(s, e, "last_n", tuple(Period.year(y) for y in range(last - n + 1, last + 1)), bare=True)
    if kind == "es_quarter":
        q = es.ORDINALS[g["q"]]
        y = _year_named(g, pub, done=(last_y, last_m) >= (pub.year, 3 * q))
        return TimeExpr(s, e, "quarter", (Period.quarter(y, q),))
    if kind == "es_part_year":
        word = g["n"]
        n = int(word) if word.isdigit() else es.COUNT_VALUES.get(word, 0)
        if not 1 <= n <= 11:
            return None
        y = _year_named(g, pub, done=(last_y, last_m) >= (pub.year, n))
        return TimeExpr(s, e, "part_year", (Period.span(Period.month(y, 1), Period.month(y, n)),))
    if kind == "es_half":
        first = g["h"] == "primer"
        y = _year_named(g, pub, done=first and (last_y, last_m) >= (pub.year, 6))
        p = Period.span(Period.month(y, 1 if first else 7), Period.month(y, 6 if first else 12))
        return TimeExpr(s, e, "half", (p,))
    if kind == "es_month_name":
        mon = _month(g["m"])
        rel = " ".join((g.get("rel") or "").split())
        if rel in ("de este año", "del presente año"):
            year = pub.year
        elif "año pasado" in rel:
            year = pub.year - 1
        elif rel:
            # "enero pasado": the latest January before publication
            year = pub.year if mon < pub.month else pub.year - 1
        else:
            year = _latest_month_named(mon, pub)
        # "32 por ciento respecto a junio", "casi el doble que en junio", "respecto a las 2 mil 159 contabilizadas en
        # abril": the month a change starts from
        lead = re.match(r"\s*(?:(?:en|durante|para|hasta|de)\s+)?", m.group(0))
        window_end = s + (lead.end() if lead else 0)
        base = _ES_COMPARED.search(m.string, max(0, s - 40), window_end) or _ES_COMPARED_LEVEL.search(
            m.string, max(0, s - 70), window_end)
        return TimeExpr(s, e, "base" if base else "month", (Period.month(year, mon),),
                        note="" if rel else BARE_MONTH)
    if kind == "es_relative":
        if g.get("ago") or g.get("decade"):
            n = 10 if g.get("decade") else {"un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "diez": 10}[g["ago"]]
            return TimeExpr(s, e, "year", (Period.year(pub.year - n),), bare=True)
        if g.get("mrel"):
            if "este" in g["mrel"]:
                return TimeExpr(s, e, "month", (Period.month(pub.year, pub.month),))
            return TimeExpr(s, e, "month", (Period.month(last_y, last_m),))
        if g.get("frel"):
            fy = fiscal_year_of(pub)
            if g["frel"].startswith("este"):
                first = Period.month(fy - 1, 10)
                if (last_y, last_m) < (first.start.year, first.start.month):
                    return TimeExpr(s, e, "ytd", (first,))
                return TimeExpr(s, e, "ytd", (Period.span(first, Period.month(last_y, last_m)),))
            return TimeExpr(s, e, "fiscal_year", (Period.fiscal_year(fy - 1),))
        rel = " ".join(g["rel"].split())
        if rel in ("este año", "el presente año", "el año en curso"):
            first = Period.month(pub.year, 1)
            if (last_y, last_m) < (pub.year, 1):
                return TimeExpr(s, e, "ytd", (first,))
            return TimeExpr(s, e, "ytd", (Period.span(first, Period.month(last_y, last_m)),))
        if "próximo" in rel or "viene" in rel:
            return TimeExpr(s, e, "year", (Period.year(pub.year + 1),), bare=True)
        return TimeExpr(s, e, "year", (Period.year(pub.year - 1),), bare=True)
    if kind == "es_same_before":
        # "13.2% menos que en los mismos meses del año pasado" after "de enero a mayo de 2025": the base of a change
        # is the period the sentence named last, a year earlier; with none named, the year before that counts back
        head = max((x.end() for x in es.SENTENCE_START.finditer(m.string, max(0, s - 400), s)), default=max(0, s - 400))
        ref: TimeExpr | None = None
        for k, rx in es.PATTERNS:
            if k not in es.SAME_BEFORE_REFS:
                continue
            for x in rx.finditer(m.string, head, s):
                t = _resolve_es(k, x, pub)
                if t is None or not t.periods or t.kind in ("base", "since", "date") \
                        or _BEGAN_IN.search(m.string, max(0, x.start() - 45), x.start()):
                    continue
                if ref is None or (t.end, t.end - t.start) > (ref.end, ref.end - ref.start):
                    ref = t
        if ref is None:
            return TimeExpr(s, e, "previous")
        p = Period.span(ref.periods[0], ref.periods[-1]) if len(ref.periods) == 2 else ref.periods[0]
        return TimeExpr(s, e, "base", (p.shift_years(-1),), bare=ref.bare and p.canonical_kind == "year")
    if kind == "es_ytd":
        # the months of the year (from October for a fiscal year) up to the last one before publication, or
        # to the year's end when the year named is over
        if g.get("fiscal"):
            fy = int(g["fy"]) if g.get("fy") else fiscal_year_of(pub)
            first, end = Period.month(fy - 1, 10), (fy, 9)
        else:
            y = int(g.get("y") or g.get("y2") or g.get("y3") or pub.year)
            first, end = Period.month(y, 1), (y, 12)
        upto = min((last_y, last_m), end)
        if upto <= (first.start.year, first.start.month):
            return TimeExpr(s, e, "ytd", (first,))
        return TimeExpr(s, e, "ytd", (Period.span(first, Period.month(*upto)),))
    if kind == "es_single":
        return TimeExpr(s, e, "single")
    if kind == "es_per":
        per: Per = "day" if g.get("day") else "week" if g.get("week") else "month" if g.get("month") else "year"
        # "1 mil 900 homicidios, con un promedio de 63 diarios": a rate only right after its figure or noun; but
        # "cada día", "todos los días" and "diariamente" say it of the sentence, as "every day" does
        strong = m.group(0).startswith(("cada", "todos", "diariamente"))
        return TimeExpr(s, e, "per", per=per, weak=per != "year" and not strong)
    return None  # pragma: no cover


_THROUGH = re.compile(r"\b(?:through|thru|up\s+to|as\s+of)\s+$")
# a month right after a comparison word, or after the figure a comparison starts from ("than in June 2024",
# "from 140,500 in March"), is the base of a change; a level there is that month's figure all the same
_BASE_BEFORE = re.compile(
    # ("more than 132,000 people in May" is a bound, not a comparison: "than" needs "the" before a figure)
    r"\b(?:than\s+the|compared\s+(?:with|to)(?:\s+the)?|from(?:\s+the)?)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|only)\s+)?"
    r"(?:(?:us)?\$)?\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+[a-z][\w-]*){0,2}\s+$"
    r"|\bthan\s+$"
    # "more than triple the number in June", "half the total in 2019"
    r"|\b(?:double|triple|quadruple|twice|half|times|than)\s+(?:the|that|those|its)\s+(?:number|total|figure|level"
    r"|count|amount|tally)s?(?:\s+(?:recorded|seen|reported|registered))?\s+$")
_ES_COMPARED_LEVEL = re.compile(
    r"\b(?:respecto\s+(?:a|al|de|del)|frente\s+(?:a|al)|comparad[oa]s?\s+con|en\s+comparaci[oó]n\s+con"
    r"|(?:más|menos|mayor(?:es)?|menor(?:es)?)\s+que)\s+(?:l[oa]s\s+)?[\d.,]+(?:\s+mil(?:\s+[\d.,]+)?)?(?:\s+[a-záéíóúñ]+){0,2}\s+en\s+$")
_ES_COMPARED = re.compile(r"\b(?:respecto\s+(?:a|al|de|del)|frente\s+(?:a|al)|comparad[oa]s?\s+con|en\s+comparaci[oó]n"
                          # "que en" after a comparative ("casi el doble que en junio"; not "reportó que en febrero")
                          r"\s+con|(?:más|menos|mayor(?:es)?|menor(?:es)?|doble|triple|superior(?:es)?|inferior(?:es)?"
                          r"|veces|mism[oa]s?)\s+(?:[\w%]+\s+){0,3}?que\s+en|contra)\s+(?:el\s+mes\s+de\s+)?$")
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|than(?:\s+in)?|from|over|versus|vs\.?|against"
                       # "9% more than what was seen during the first half of 2021": the base named by a clause
                       r"|than\s+what\s+[\w'-]+(?:\s+[\w'-]+)?(?:\s+(?:in|during))?)\s+$")
_FISCAL_NEAR = re.compile(r"\bfiscal\b")


def _after_comparison(m: re.Match[str]) -> bool:
    """A run of months right after "than", "compared with", "from" is what a change is measured against."""
    return bool(_COMPARED.search(m.string, max(0, m.start() - 45), m.start()))


_DAY = re.compile(rf"(?P<m>{MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?")


def _part_year(m: re.Match[str], pub: date) -> TimeExpr | None:
    """"The first 11 months (of 2024, of the year)", "the first three quarters": one run of months.

    Without a year it is the latest such run complete at publication; "of fiscal year 2025" runs
    from October; after "compared with" it is the base of a change.
    """
    g = m.groupdict()
    s, e = m.span()
    if g.get("nq"):
        n = 3 * (2 if g["nq"] in ("two", "2") else 3)
        y_word, rel, fiscal = g.get("yq"), g.get("relq"), False
    else:
        n = int(g["n"]) if g["n"].isdigit() else ONES[g["n"]]
        y_word, rel, fiscal = g.get("y"), g.get("rel"), bool(g.get("fy") or g.get("fyr"))
    if not 1 <= n <= 11:
        return None
    if fiscal:
        fy = int(y_word) if y_word else fiscal_year_of(pub) - (1 if rel == "last" else 0)
        first = Period.month(fy - 1, 10)
        last = Period.month(fy - 1, 9 + n) if n <= 3 else Period.month(fy, n - 3)
    else:
        if y_word:
            y = int(y_word)
        elif rel == "last":
            y = pub.year - 1
        else:
            y = pub.year if pub.month > n else pub.year - 1
        first, last = Period.month(y, 1), Period.month(y, n)
    p = Period.span(first, last)
    return TimeExpr(s, e, "base" if _after_comparison(m) else "part_year", (p,))


def _to_month(s: int, e: int, year: int, mon: int, m: re.Match[str], note: str = "") -> TimeExpr:
    """The months of a year (a fiscal year when the words before say so) up to ``mon``."""
    fiscal = bool(_FISCAL_NEAR.search(m.string, max(0, s - 40), s))
    if fiscal:
        fy = year + 1 if mon >= 10 else year
        first = Period.month(fy - 1, 10)
    else:
        first = Period.month(year, 1)
    last = Period.month(year, mon)
    return TimeExpr(s, e, "ytd", (Period.span(first, last) if last != first else first,), note=note)


def _through_day(m: re.Match[str], pub: date) -> TimeExpr | None:
    """"Through December 26": monthly figures run to the end of the last whole month, November."""
    d = _DAY.match(m.group(0))
    if d is None:
        return TimeExpr(m.start(), m.end(), "date")
    mon, day = _month(d.group("m")), int(d.group("d"))
    year = int(d.group("y")) if d.group("y") else _latest_month_named(mon, pub)
    last_day = Period.month(year, mon).end.day
    if day >= last_day:
        return _to_month(m.start(), m.end(), year, mon, m)
    if mon == 1:
        return TimeExpr(m.start(), m.end(), "date")
    whole = Period.month(year, mon - 1)
    note = (f"Monthly figures run to the end of a month; \"{m.group(0).strip()}\" is read as through "
            f"{whole.start.strftime('%B %Y')}, the last whole month.")
    return _to_month(m.start(), m.end(), year, mon - 1, m, note)


_SIX_WORDS = re.compile(r"^,?(?:\s+[\w.'$-]+){1,6}")


# the verbs that say when something began ("which began in October", "since the count began in 2015")
BEGAN = (r"(?:inició|inicia|iniciaron|comenzó|comienza|comenzaron|empezó|empieza|arrancó|began|begun|begins|started"
         r"|starts|starting)")
_BEGAN_IN = re.compile(r"\b(?:(?:que|which|that)\s+|(?:since|desde)\s+(?:the\s+|el\s+|la\s+)?[\w-]+(?:\s+[\w-]+)?\s+)"
                       rf"{BEGAN}\s*(?:in\s+|en\s+)?$")


def _mark_reporting(low: str, t: TimeExpr, end: int, published: date) -> TimeExpr:
    """"This year, the CDC reported ...": the time of the report, not of the figure.

    Only a period still running at publication can be the time of a report rather than of
    the figure: "in 2022, CBP reported 2.4 million encounters" speaks of 2022's figure.
    """
    if t.kind not in ("year", "month", "fiscal_year", "ytd") or not t.periods:
        return t
    before = low[max(0, t.start - 45):t.start]
    if _BEGAN_IN.search(before):
        # "el año fiscal 2025, que inició en octubre": when a period began, said of it, not a figure's time
        return TimeExpr(t.start, t.end, t.kind, t.periods, t.per, t.bare, True, t.weak)
    if re.search(r"\b(?:reported|said|announced|published|released|disclosed|testified|told)"
                 r"(?:\s+(?!that\b)[\w.'-]+){0,3}\s*$", before) \
            and re.match(r"\s*(?:[,.;:)\u2014]|that\b|$)", low[t.end:t.end + 6]):
        # "the Census Bureau reported last month": when it was said, whether or not that period is over
        return TimeExpr(t.start, t.end, t.kind, t.periods, t.per, t.bare, True, t.weak)
    if t.kind != "ytd" and t.periods[-1].end < published.replace(day=1):
        return t
    after = low[t.end:min(end, t.end + 80)]
    head = _SIX_WORDS.match(after)
    if head is not None:
        m = _REPORTING_VERBS.search(after, 0, head.end())
        if m and "," not in after[1:m.start()]:
            return TimeExpr(t.start, t.end, t.kind, t.periods, t.per, t.bare, True, t.weak)
    return t
