"""Finding the quantities in a sentence: the number itself, with its currency, scale,
percent sign, range partner, or the multiplier it stands for.

This module only reads the number expression; whether it is a claim, what it counts and
which period it speaks of are decided in ``claims`` with the help of the other modules.
Everything runs on the lower-cased, normalised text so that offsets stay those of the
original.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Literal

from usmx.text import movement as mv
from usmx.text import spanish as es
from usmx.text.numbers import (
    FRACTIONS,
    MULTIPLIER_VERBS,
    ONES,
    SCALES,
    TENS,
    WORD_NUMBER,
    capped_step,
    parse_digits,
    parse_word_number,
)

Form = Literal["digits", "words", "fraction", "vague", "multiplier", "year"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number expression. ``value``/``high`` are unscaled; ``step`` is the rounding step."""

    start: int
    end: int
    value: float
    high: float | None
    step: float
    form: Form
    unit: str | None  # "USD", "MXN", "percent", "points", "ratio" or None (a count)
    scaled: bool = False  # a scale word or letter was written ("million", "bn")
    change: int = 0  # +1 / -1 when the number states a rise or fall; ratio forms carry it in value
    hint: str | None = None  # a qualifier written inside the expression ("more than doubled", "-plus")


_ANY_DIGIT = re.compile(r"\d")
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CUR = r"(?:us\$|u\.s\.\s?\$|usd\s?|mx\$|mxn\s?|\$|€|£)"
_SCALE_WORD = r"(?:thousand|million|billion|trillion)"
_SCALE_LETTER = r"(?:k|m|mn|mln|bn|b|tn)"
_PCT = r"(?:\s?%|\s?percent\b|\s?per\s?cent\b|\s?pct\b|\s?percentage\s+points?\b)"

_DIGIT_Q = re.compile(
    rf"(?<![\w.,/#])(?<![\w]-)(?P<cur>{_CUR})?(?P<num>{_NUM})(?![\d.]\d|\d)(?!(?:st|nd|rd|th)\b)"
    rf"(?:(?P<rsep>\s?-\s?|\s+to\s+|\s+and\s+)(?P<cur2>{_CUR})?(?P<num2>{_NUM})(?![\d.,]\d))?"
    rf"(?:(?P<scale>\s{_SCALE_WORD}s?\b|\s?{_SCALE_WORD}\b)|(?P<letter>{_SCALE_LETTER})\b)?"
    rf"(?P<pct>{_PCT})?"
    rf"(?P<plus>-plus\b|\+)?"
)
_WORD_Q = re.compile(
    rf"\b(?P<words>(?:{WORD_NUMBER}|a|an)(?:[\s-]+(?:and\s+)?(?:hundred|{WORD_NUMBER}))*)"
    rf"(?P<scale>\s+(?:hundred|thousand|million|billion|trillion|dozen)(?:\s+(?:thousand|million|billion))?)?"
    rf"(?P<pct>\s+percent\b|\s+per\s?cent\b)?\b"
)
_HALF_SCALE = re.compile(rf"\b(?:half\s+a|a\s+quarter(?:\s+of\s+a)?)\s+(?P<scale>{_SCALE_WORD})\b")
_VAGUE = re.compile(
    r"\b(?:(?P<tens>tens|hundreds|dozens)\s+of\s+(?P<big>thousands|millions|billions)"
    r"|(?P<few>a\s+few|several|a\s+couple\s+of|a\s+handful\s+of)\s+(?P<small>hundred|thousand|million|billion)"
    r"|(?P<plain>thousands|millions|billions|hundreds|dozens)(?:\s+upon\s+(?P=plain))?)"
    r"(?=\s+(?:of\b|more\b)|\s+[a-z])"
)
_FRACTION_VERB = r"\s+(?:were|are|involved|came|had|fueron|eran|correspondieron|provinieron)\b"
_FRACTION = re.compile(
    r"\b(?P<frac>" + "|".join(re.escape(k) for k in sorted(FRACTIONS, key=len, reverse=True)) + r")"
    # "a third of", "between a third and a half of"; a hyphenated fraction stands alone too ("to about
    # one-fifth in 2020"), though not before a noun ("a two-thirds majority")
    r"(?=\s+of\b|\s+(?:and|to)\s+(?:(?:a|an|one|two|three)[\s-]+)?(?:half|thirds?|quarters?|fifths?|tenths?)\s+of\b"
    r"|\s+(?:in|by|at|as|from|since|last|this)\b|\s*[,.;)]|\s*$"
    # "of the 107,000 deaths, almost two-thirds were linked to fentanyl": a fraction as the subject of its verb
    + "|" + _FRACTION_VERB + ")"
    r"|(?<![\w,.$])(?P<n>one|two|three|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<d>two|three|four|five|six"
    r"|seven|eight|nine|ten|\d{1,3})\b(?![,.]\d)"
)
# the words of rising and falling (``movement``), in the forms each pattern below reads
_UP_NOUN = mv.words(mv.singular(mv.RISING_NOUNS))
_DOWN_NOUN = mv.words(mv.singular(mv.FALLING_NOUNS))
_CHANGE_SUBJECT = re.compile(
    rf"\b(?:the|that|this|its|their|a)\s+(?:[\w-]+\s+)?(?:(?P<up>{_UP_NOUN})"
    rf"|(?P<down>{_DOWN_NOUN}))\b(?:\s+[\w,.'-]+){{0,5}}?"
    r"\s+(?:was|is|has\s+been|had\s+been|came\s+to|amounted\s+to|stood\s+at|reached|totaled|totalled)\s+"
    r"(?:(?:closer|nearer)\s+to\s+|(?:about|roughly|around|nearly|almost|just|only|some|over|more\s+than)\s+)?$")
_CHANGE_BY = re.compile(
    rf"\b(?:(?P<up>{mv.words(mv.forms(mv.RISING_VERBS, 'third', 'past', 'participle'))})"
    rf"|(?P<down>{mv.words(mv.forms(mv.FALLING_VERBS, 'third', 'past', 'participle'))}"
    r"|(?:was|were|been)\s+(?:cut|reduced)))\s+(?:by\s+)?"
    r"(?:(?:more|less)\s+than\s+|about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|around\s+|some\s+)?$")
_HALF_OF_TIME = re.compile(r"\b(?:first|second|latter|former|last|final|1st|2nd)\s+$")
_FRACTION_OF = re.compile(r"\s+of\b|\s+(?:and|to)\s+")
_MULTIPLIER = re.compile(
    r"\b(?P<verb>" + "|".join(sorted(MULTIPLIER_VERBS, key=len, reverse=True)) + r")\b(?!\s+down\b)"
    r"|\b(?P<twice>twice)\s+(?=as\s+(?:many|much|large|high|big|likely)|the\b)"
    rf"|\b(?P<times>{_NUM}|{WORD_NUMBER})\s+times\s+(?=as\s+(?:many|much|large|high|big)|more|higher|larger"
    r"|bigger|greater|the\b)"
    rf"|\b(?P<fold>{_NUM}|{WORD_NUMBER})[\s-]?fold\b"
    r"|\b(?:by|in)\s+(?:(?:more\s+than|nearly|almost|about|roughly|over|less\s+than|at\s+least)\s+)?"
    r"(?P<half>half)\b(?!\s+(?:a|an|of)\b)"
)
_BASE_VERB_CONTEXT = re.compile(
    r"(?:\bto|\bwill|\bwould|\bcould|\bmay|\bmight|\bthan|\bnearly|\balmost|\bdid|\bcan)\s+$"
)
_CHANGE_BEFORE = re.compile(
    rf"\b(?P<up>{mv.words(mv.RISING_VERBS, ('up',))})\b"
    rf"|\b(?P<down>{mv.words(mv.FALLING_VERBS, ('down',))})\b"
)
# "cut homicides by 25 percent", "increased exports by 10%": a verb, its object, and the change "by" which
_CHANGE_OBJECT_BY = re.compile(
    rf"\b(?:(?P<up>{mv.words(mv.RISING_VERBS)})|(?P<down>{mv.words(mv.FALLING_VERBS)}))\s+(?:[a-z'-]+\s+){{1,3}}?"
    r"by\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|at\s+least|just|only)\s+)?$")
# "an increase of 70 per cent", "a drop of 12%": a change named by a noun before the figure
CHANGE_NOUN_OF = re.compile(
    rf"\b(?:(?P<up>{mv.words(mv.RISING_NOUNS)})|(?P<down>{mv.words(mv.FALLING_NOUNS)}))\s+"
    r"(?:of\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|at\s+least|just|only)\s+)?"
    # "annual increases above 20%"
    r"|(?:of\s+)?(?:above|over|exceeding|topping|below|under|(?:of\s+)?more\s+than|(?:of\s+)?less\s+than)\s+)$"
)
_CHANGE_BEFORE_TAIL = re.compile(
    r"(?:\s+(?:by|about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|at\s+least|an?\s+estimated"
    r"|as\s+much\s+as|up\s+to|as\s+little\s+as"
    r"|an?|approximately|just|only|another|a\s+further"
    # "fell back 7%", "rose again 3%", "dropped sharply, by 12%": an adverb of the verb
    r"|back|again|further|sharply|slightly|steeply|modestly|markedly|(?<=\w),))*\s*$"
)
# "make up", "took up", "set down": the particle of a phrasal verb, not a rise or a fall
_PHRASAL_PARTICLE = re.compile(
    r"\b(?:mak(?:e|es|ing)|made|tak(?:e|es|en|ing)|took|end(?:s|ed|ing)?|set(?:s|ting)?|sum(?:s|med|ming)?"
    r"|add(?:s|ed|ing)?|show(?:s|ed|ing)?|turn(?:s|ed|ing)?|put(?:s|ting)?|br(?:ing|ings|ought)|shor(?:e|ed|ing)"
    r"|back(?:s|ed|ing)?|step(?:s|ped|ping)?|ramp(?:s|ed|ing)?|lock(?:s|ed|ing)?|crack(?:s|ed|ing)?"
    r"|clamp(?:s|ed|ing)?|wound|round(?:s|ed|ing)?|break(?:s|ing)?|broke|shut(?:s|ting)?|slow(?:s|ed|ing)?"
    r"|bog(?:s|ged|ging)?|water(?:s|ed|ing)?|hand(?:s|ed|ing)?)\s+(?:up|down)$"
)
CHANGE_AFTER = re.compile(
    rf"\s*(?:(?P<up>{mv.words(mv.singular(mv.RISING_NOUNS), mv.RISING_COMPARATIVES)})"
    rf"|(?P<down>{mv.words(mv.singular(mv.FALLING_NOUNS), mv.FALLING_COMPARATIVES)}))\b"
)


# the nouns among CHANGE_AFTER's words: "a 5,000 increase" is a change; "5,000 more" only "than" another figure
_CHANGE_NOUNS = frozenset(mv.singular(mv.RISING_NOUNS + mv.FALLING_NOUNS))
_THAN_FIGURE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:than|from|compared\s+(?:with|to))\s+"
                          r"(?:the|in|during|last|a|an|its|those|that|what|(?:us)?\$|\d)\b")


def find_quantities(low: str, start: int, end: int, lang: str = "en") -> list[Quantity]:
    """Number expressions in ``low[start:end]`` (lower-cased normalised text), by position.

    ``lang`` is the document's language: Spanish writes its numbers, currencies, percents and
    changes in words of its own ("94 mil 190", "millones de dólares", "por ciento", "cayó").
    """
    if lang == "es":
        return _find_spanish(low, start, end)
    found: list[Quantity] = []
    if _ANY_DIGIT.search(low, start, end):
        for m in _DIGIT_Q.finditer(low, start, end):
            q = _from_digits(low, m)
            if q is not None:
                found.extend(q)
    for m in _HALF_SCALE.finditer(low, start, end):
        scale = SCALES[m.group("scale")]
        v = (0.5 if m.group(0).startswith("half") else 0.25) * scale
        found.append(Quantity(m.start(), m.end(), v, None, capped_step(v, v * 0.1), "words", None, True))
    for m in _WORD_Q.finditer(low, start, end):
        q1 = _from_words(m)
        if q1 is not None:
            found.append(q1)
    for m in _VAGUE.finditer(low, start, end):
        found.append(_from_vague(m))
    for m in _FRACTION.finditer(low, start, end):
        q1 = _from_fraction(m)
        if q1 is not None:
            found.append(q1)
    for m in _MULTIPLIER.finditer(low, start, end):
        q1 = _from_multiplier(low, m, start)
        if q1 is not None:
            found.append(q1)
    found = _resolve_overlaps([q for q in found if _readable(q)])
    found = _join_ranges(low, found)
    return _carry_change(low, [_mark_change(low, q, start, end) for q in found])


# Larger than any figure a statistic of one country could hold (world output is about 1e14
# dollars a year), and far below where float arithmetic overflows: a number past it is not read
# as a figure, so that "$999...9 billion" is never scaled to infinity and then found "accurate".
MAX_MAGNITUDE = 1e18


def _readable(q: Quantity) -> bool:
    return all(math.isfinite(x) and abs(x) <= MAX_MAGNITUDE for x in (q.value, q.high or 0.0, q.step))


_CHANGE_LIST_GAP = re.compile(r"^(?:\s+in\s+(?:fiscal\s+)?\d{4})?\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)$")


def _carry_change(low: str, qs: list[Quantity]) -> list[Quantity]:
    """"Jumped 27.1% in 2021 and 12.1% in 2022": a percent listed after a change is a change too."""
    out: list[Quantity] = []
    prev: Quantity | None = None
    for q in qs:
        if (prev is not None and prev.change and not q.change and q.unit == "percent" and prev.unit == "percent"
                and _CHANGE_LIST_GAP.match(low[prev.end:q.start]) and not low.startswith(" of ", q.end)):
            q = replace(q, change=prev.change)
        out.append(q)
        if q.form != "year":
            prev = q
    return out


def _scale_of(m: re.Match[str]) -> float:
    word = m.group("scale")
    if word:
        word = word.strip().rstrip("s")
        return SCALES[word]
    letter = m.group("letter")
    if letter:
        return SCALES[letter]
    return 1.0


def _from_digits(low: str, m: re.Match[str]) -> list[Quantity] | None:
    num = m.group("num")
    cur = m.group("cur") or m.group("cur2")
    end = m.end()
    if m.group("plus") == "+" and end < len(low) and low[end:end + 1].isalnum():
        end -= 1
    value, step = parse_digits(num)
    scale = _scale_of(m)
    unit: str | None = None
    if cur:
        unit = "MXN" if "mx" in cur else "USD" if "$" in cur or "usd" in cur else "other_currency"
    pct = m.group("pct")
    if pct:
        unit = "points" if "point" in pct else "percent"
    high: float | None = None
    rsep = m.group("rsep")
    if m.group("num2"):
        v2, step2 = parse_digits(m.group("num2"))
        if rsep and "and" in rsep:
            # "between 30 and 35 percent" is a range; any other "A and B" is two numbers.
            before = low[max(0, m.start() - 9):m.start()]
            if not before.rstrip().endswith("between"):
                first = _single(low, m, m.start("num"), m.end("num"), value, step, 1.0, unit if cur else None)
                return _and_second(low, m, first)
        year_first = _is_year_value(num) and not cur
        # "from 36,359 in 2019 to 70,601 in 2021": a year after "in" is when, not the low end of a range
        year_first_is_time = year_first and _TIME_WORD_BEFORE.search(low, max(0, m.start() - 12), m.start()) is not None
        # "rose from 1.7 million to 2.4 million": two levels of a change, not a range
        from_to = "to" in rsep and _FROM_BEFORE.search(low[max(0, m.start() - 30):m.start()]) is not None
        if v2 <= value or from_to or year_first_is_time or (
                year_first and (_is_year_value(m.group("num2")) or m.group("cur2"))):
            if _is_year_value(num) and _is_year_value(m.group("num2")):
                return [Quantity(m.start("num"), m.end("num2"), value, v2, 1.0, "year", None)]
            # "from 1.7 to 2.4 million": the scale written once applies to both
            first = _single(low, m, m.start("num"), m.end("num"), value, step,
                            scale if from_to and value * scale < v2 * scale * 10 else 1.0, None)
            return _and_second(low, m, first)
        high = round(v2 * scale, 6)  # "2.05 million" is 2,050,000, not 2,049,999.9999999998
        step = step2
    value = round(value * scale, 6)
    step = round(step * scale, 6)
    form: Form = "digits"
    if (
        high is None and not cur and not pct and scale == 1.0 and "," not in num and "." not in num
        and _is_year_value(num)
    ):
        form = "year"
    hint = "more_than" if m.group("plus") else None
    return [Quantity(m.start(), end, value, high, capped_step(value, step), form, unit,
                     scale != 1.0, 0, hint)]


def _and_second(low: str, m: re.Match[str], first: Quantity | None) -> list[Quantity] | None:
    """Two numbers that are not a range ("in 2021 to $51.6 billion"): the first and the second."""
    out = [first] if first else []
    if m.group("rsep").strip() in ("to", "and"):
        at = m.start("cur2") if m.group("cur2") else m.start("num2")
        m2 = _DIGIT_Q.match(low, at)
        second = _from_digits(low, m2) if m2 is not None else None
        out.extend(second or [])
    return out or None


def _single(
    low: str, m: re.Match[str], s: int, e: int, value: float, step: float, scale: float, unit: str | None
) -> Quantity | None:
    start = m.start("cur") if m.group("cur") else s
    form: Form = "year" if _is_year_value(low[s:e]) and unit is None else "digits"
    return Quantity(start, e, value * scale, None, capped_step(value, step), form, unit)


def _is_year_value(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and 1800 <= int(token) <= 2100


# "two-way trade", "a two-sided market", "a one-party state": a number word that makes an adjective
_COMPOUND_ADJECTIVE = re.compile(r"-(?:way|sided|party|lane|tier|track|pronged|fold)\b")


def _from_words(m: re.Match[str]) -> Quantity | None:
    words = m.group("words")
    scale_txt = (m.group("scale") or "").strip()
    if words.strip() in ("a", "an") and not scale_txt:
        return None
    if not scale_txt and not m.group("pct") and _COMPOUND_ADJECTIVE.match(m.string, m.end()):
        return None
    if scale_txt == "dozen":
        base = parse_word_number(words) or 1.0
        return Quantity(m.start(), m.end(), base * 12, None, 1.0, "words", None, False)
    value = parse_word_number(f"{words} {scale_txt}".strip())
    if value is None:
        return None
    scaled = bool(scale_txt) and scale_txt != "hundred"
    base = parse_word_number(words) or 1.0
    step = value / base if scale_txt else 1.0
    unit = "percent" if m.group("pct") else None
    return Quantity(m.start(), m.end(), value, None, capped_step(value, step), "words", unit, scaled)


def _from_vague(m: re.Match[str]) -> Quantity:
    if m.group("tens"):
        mult = {"tens": 10.0, "hundreds": 100.0, "dozens": 12.0}[m.group("tens")]
        base = SCALES[m.group("big")[:-1]]
        lo, hi = mult * base, mult * base * 10 - 1 if mult != 12.0 else 100 * base - 1
    elif m.group("few"):
        base = SCALES[m.group("small")]
        few = m.group("few")
        lo, hi = (2 * base, 5 * base) if "few" in few or "couple" in few else (3 * base, 9 * base)
    else:
        word = m.group("plain")
        if word == "dozens":
            lo, hi = 24.0, 99.0
        else:
            base = SCALES[word[:-1]]
            lo, hi = base, base * 10 - 1 if base < 1e12 else base * 1000
    hi = float(round(hi)) if hi < 1e6 else float(hi)
    return Quantity(m.start(), m.end(), lo, hi, 0.0, "vague", None, True)


def _from_fraction(m: re.Match[str]) -> Quantity | None:
    if m.group("frac"):
        verb = _CHANGE_BY.search(m.string, max(0, m.start() - 45), m.start())
        if verb is not None:
            # "fell by more than a third": the size of a change
            return Quantity(m.start(), m.end(), FRACTIONS[m.group("frac")], None, 0.0, "fraction", "percent",
                            change=1 if verb.group("up") else -1)
        if "-" not in m.group("frac") and not _FRACTION_OF.match(m.string, m.end()) \
                and not re.match(_FRACTION_VERB, m.string[m.end():]):
            return None  # "a third" alone is an ordinal as often as a fraction
        if _HALF_OF_TIME.search(m.string, max(0, m.start() - 12), m.start()):
            return None  # "the second half of the year" is a time
        return Quantity(m.start(), m.end(), FRACTIONS[m.group("frac")], None, 0.0, "fraction", "percent")
    n, d = m.group("n"), m.group("d")
    nv = float(n) if n.isdigit() else float(ONES[n])
    dv = float(d) if d.isdigit() else float(ONES[d])
    if dv <= nv or dv == 0:
        return None
    return Quantity(m.start(), m.end(), 100 * nv / dv, None, 0.0, "fraction", "percent")


def _from_multiplier(low: str, m: re.Match[str], floor: int) -> Quantity | None:
    if m.group("verb"):
        verb = m.group("verb")
        # Base forms are also adjectives ("double standard"): only a verb after "to", "will"...
        if verb in ("double", "triple", "quadruple", "quintuple", "halve", "treble") and \
                not _BASE_VERB_CONTEXT.search(low[max(floor, m.start() - 20):m.start()]):
            return None
        return Quantity(m.start(), m.end(), MULTIPLIER_VERBS[verb], None, 0.0, "multiplier", "ratio")
    if m.group("half"):
        # "fell by half", "cut in half"; "grew by half" is a rise of 50 percent
        up = _CHANGE_BEFORE.search(low[max(floor, m.start() - 30):m.start()])
        rising = up is not None and up.group("up") is not None
        return Quantity(m.start("half"), m.end(), 1.5 if rising else 0.5, None, 0.0, "multiplier", "ratio",
                        change=1 if rising else -1)
    if m.group("twice"):
        return Quantity(m.start(), m.end("twice"), 2.0, None, 0.0, "multiplier", "ratio")
    token = m.group("times") or m.group("fold")
    value = _any_number(token)
    if value is None or value <= 1:
        return None
    end = m.end() if m.group("fold") else m.end("times") + len(" times")
    return Quantity(m.start(), end, value, None, 0.0, "multiplier", "ratio")


def _any_number(token: str) -> float | None:
    if token[0].isdigit():
        try:
            return parse_digits(token)[0]
        except ValueError:
            return None
    return parse_word_number(token)


def _resolve_overlaps(qs: list[Quantity]) -> list[Quantity]:
    """Keep the longest expression where several overlap (\"two million\" over \"two\")."""
    qs.sort(key=lambda q: (q.start, -(q.end - q.start)))
    out: list[Quantity] = []
    for q in qs:
        if out and q.start < out[-1].end:
            if (q.end - q.start) > (out[-1].end - out[-1].start):
                out[-1] = q
            continue
        out.append(q)
    return out


_RANGE_GAP = re.compile(r"^\s?(?:-|to|and)\s?$")
# "from 1.7 million to 2.4 million": the two levels of a change, not a range
_TIME_WORD_BEFORE = re.compile(r"\b(?:in|during|of|since|by|until|fiscal|fy|year|calendar)\s+$")
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|just|only)\s+)?$")


def _join_ranges(low: str, qs: list[Quantity]) -> list[Quantity]:
    """"$50 billion to $60 billion", "30% to 35%", "between 2 and 3 million" -> one range."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs) and q.high is None and q.form == "fraction" and qs[i + 1].form == "fraction":
            r = qs[i + 1]
            gap = low[q.end:r.start].strip()
            between = low[max(0, q.start - 8):q.start].strip().endswith("between")
            if (gap == "to" or (gap == "and" and between)) and q.value < r.value and r.high is None:
                out.append(replace(r, start=q.start, value=q.value, high=r.value))
                i += 2
                continue
        if i + 1 < len(qs) and q.high is None and q.form in ("digits", "words"):
            r = qs[i + 1]
            gap = low[q.end:r.start]
            ok_unit = q.unit == r.unit or q.unit is None
            if (
                _RANGE_GAP.match(gap) and r.form in ("digits", "words") and r.high is None and ok_unit
                and (gap.strip() != "and" or low[max(0, q.start - 8):q.start].strip().endswith("between"))
                and not (gap.strip() == "to" and _FROM_BEFORE.search(low[max(0, q.start - 30):q.start]))
            ):
                scale = 1.0
                if not q.scaled and r.scaled and q.value < r.value:
                    # "2 to 3 million": the scale written once applies to both ends.
                    for s in (1e3, 1e6, 1e9, 1e12):
                        if r.value / s < 1000 and r.value >= s:
                            scale = s
                lo = q.value * scale
                if lo < r.value:
                    out.append(replace(r, start=q.start, value=lo, high=r.value, unit=r.unit))
                    i += 2
                    continue
        out.append(q)
        i += 1
    return out


def _mark_change(low: str, q: Quantity, start: int, end: int) -> Quantity:
    """Percent and absolute figures that state a rise or a fall ("rose 20%", "a 172 percent increase")."""
    if q.form in ("multiplier", "year", "fraction"):
        return q
    after = CHANGE_AFTER.match(low, q.end, min(end, q.end + 20))
    if after and (q.unit in ("percent", "points") or (after.group("up") or after.group("down")) in _CHANGE_NOUNS
                  # "about 100,000 more than the 2.38 million in fiscal 2022": a difference from another figure
                  or _THAN_FIGURE.match(low, after.end(), min(end, after.end() + 40))):
        return replace(q, change=1 if after.group("up") else -1)
    head = low[max(start, q.start - 40):q.start]
    noun = CHANGE_NOUN_OF.search(head)
    if noun is not None and q.unit in ("percent", "points"):
        return replace(q, change=1 if noun.group("up") else -1)
    subject = _CHANGE_SUBJECT.search(low, max(start, q.start - 70), q.start)
    if subject is not None and q.unit in ("percent", "points"):
        # "the drop through 2023 was closer to 14 percent": a change named as the subject
        return replace(q, change=1 if subject.group("up") else -1)
    tail = _CHANGE_BEFORE_TAIL.search(head)
    core = head[:tail.start()] if tail else head
    verbs = list(_CHANGE_BEFORE.finditer(core))
    verb = verbs[-1] if verbs else None
    if verb is not None and verb.end() == len(core.rstrip()) and core.rstrip() == core[:verb.end()]:
        is_by = " by" in head[verb.end():] or q.unit in ("percent", "points")
        word = verb.group(0)
        if word in ("up", "down") and (q.unit not in ("percent", "points")
                                      or _PHRASAL_PARTICLE.search(core[:verb.end()])):
            return q
        if is_by and not (q.unit in ("percent", "points") and low.startswith(" of ", q.end)):
            # "gained 5 percent of the market" is a share won, not a change
            return replace(q, change=1 if verb.group("up") else -1)
    obj = _CHANGE_OBJECT_BY.search(head) if q.unit in ("percent", "points") else None
    if obj is not None:
        return replace(q, change=1 if obj.group("up") else -1)
    return q


_ES_SCALE_ONLY = frozenset({"millones", "millón", "millon", "billones", "millardos", "millardo"})
_ES_YEAR = re.compile(r"\d{4}")
_ES_RANGE_GAP = re.compile(r"^\s*(?:-|y|a)\s*$")


def _find_spanish(low: str, start: int, end: int) -> list[Quantity]:
    """Number expressions of Spanish prose (see ``usmx.text.spanish``), by position."""
    found: list[Quantity] = []
    for m in es.NUMBER_RUN.finditer(low, start, end):
        run = es.trim_run(m.group(0))
        if es.is_lone_article(run) or run.strip() in _ES_SCALE_ONLY:
            continue
        parsed = es.parse_number_run(run)
        if parsed is None:
            continue
        value, step, scaled, digits = parsed
        s, e = m.start(), m.start() + len(run)
        unit: str | None = None
        cur = es.CURRENCY_BEFORE.search(low, max(start, s - 6), s)
        if cur is not None and digits:
            unit = "MXN" if "mx" in cur.group(0) else "USD" if "$" in cur.group(0) or "usd" in cur.group(0) \
                else "other_currency"
            s = cur.start()
        after = es.CURRENCY_AFTER.match(low, e, end)
        if after is not None:
            if after.group("scale_cur"):
                tok = after.group("scale_cur").strip()
                factor = 1e9 if tok.startswith("mm") else 1e6
                value, step, scaled = value * factor, step * factor, True
                unit = "USD" if "dd" in tok else "MXN"
            else:
                unit = "USD" if after.group("usd") else "MXN"
            e = after.end()
        pct = es.PERCENT_AFTER.match(low, e, end) if unit is None else None
        if pct is not None:
            unit = "points" if pct.group("points") else "percent"
            e = pct.end()
        form: Form = "digits" if digits else "words"
        if digits and not scaled and unit is None and _ES_YEAR.fullmatch(run) and _is_year_value(run):
            form = "year"
        value = round(value, 6)
        found.append(Quantity(s, e, value, None, capped_step(value, round(step, 6)), form, unit, scaled))
    for m in es.FRACTION.finditer(low, start, end):
        found.append(Quantity(m.start(), m.end("frac"), es.FRACTION_VALUES[m.group("frac")], None, 0.0, "fraction",
                              "percent"))
    for m in es.N_OF_EVERY.finditer(low, start, end):
        share = es.n_of_every(m)
        if share is not None:
            found = [q for q in found if not (m.start() <= q.start < m.end())]  # ("dos", "tres": one share)
            found.append(Quantity(m.start(), m.end(), share, None, 0.0, "fraction", "percent"))
    # "casi cinco veces más que en el año fiscal 2020": a multiple of a level before, so a change
    found = [Quantity(q.start, t.end("veces"), q.value, None, 0.0, "multiplier", "ratio")
             if q.unit is None and q.form in ("words", "digits") and (t := es.TIMES_THAN.match(low, q.end, end))
             is not None
             else q for q in found]
    for m in es.MULTIPLIER.finditer(low, start, end):
        if m.group("verb"):
            found.append(Quantity(m.start(), m.end(), es.MULTIPLIER_VALUES[m.group("verb")], None, 0.0, "multiplier",
                                  "ratio"))
        else:
            found.append(Quantity(m.start(), m.end(), 0.5, None, 0.0, "multiplier", "ratio", change=-1))
    found = _resolve_overlaps(found)
    found = _join_spanish_ranges(low, found)
    return [_mark_change_es(low, q, start, end) for q in found]


def _join_spanish_ranges(low: str, qs: list[Quantity]) -> list[Quantity]:
    """"entre 30 y 35 por ciento", "entre 2 y 3 millones", "30-35%": one range (only after "entre" unless a dash)."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs) and q.high is None and q.form in ("digits", "words"):
            r = qs[i + 1]
            gap = low[q.end:r.start]
            between = low[max(0, q.start - 7):q.start].rstrip().endswith("entre")
            if _ES_RANGE_GAP.match(gap) and r.form in ("digits", "words") and r.high is None and \
                    (q.unit == r.unit or q.unit is None) and (between or gap.strip() == "-"):
                scale = 1.0
                if not q.scaled and r.scaled and q.value < r.value:
                    for sc in (1e3, 1e6, 1e9, 1e12):
                        if r.value / sc < 1000 and r.value >= sc:
                            scale = sc
                lo = q.value * scale
                if lo < r.value:
                    out.append(replace(r, start=q.start, value=lo, high=r.value))
                    i += 2
                    continue
        out.append(q)
        i += 1
    return out


def _mark_change_es(low: str, q: Quantity, start: int, end: int) -> Quantity:
    """Spanish figures that state a rise or a fall ("aumentó 7.6%", "una caída del 27 por ciento",
    "55.2% mayor a 2021", "tres dólares más respecto a 2022")."""
    if q.form in ("multiplier", "year", "fraction"):
        return q
    pct = q.unit in ("percent", "points")
    after = es.CHANGE_AFTER.match(low, q.end, min(end, q.end + 25))
    if after is not None and (pct or re.match(r"\s+(?:respecto|que|frente|en\s+comparaci|comparad)",
                                              low[after.end():min(end, after.end() + 20)])):
        return replace(q, change=1 if after.group("up") else -1)
    head = low[max(start, q.start - 60):q.start]
    if pct:
        noun = es.CHANGE_NOUN_BEFORE.search(head)
        if noun is not None:
            return replace(q, change=1 if noun.group("up") else -1)
        subject = es.CHANGE_SUBJECT.search(low, max(start, q.start - 80), q.start)
        if subject is not None:
            return replace(q, change=1 if subject.group("up") else -1)
    verb = es.CHANGE_VERB_BEFORE.search(head)
    if verb is not None and (pct or es.CHANGE_BY_AMOUNT.search(head)):
        return replace(q, change=1 if verb.group("up") else -1)
    return q


__all__ = ["CHANGE_AFTER", "CHANGE_NOUN_OF", "TENS", "Quantity", "find_quantities"]
