"""Qualifiers: the words that say how a figure is meant ("nearly", "more than", "at least").

The qualifier decides the test a figure must pass, so it is read from the words right
before the number (allowing a few fillers such as "a record" or "an estimated") and from a
few right after it ("or more", "and counting").
"""

from __future__ import annotations

import re
from typing import Literal

from usmx.text import spanish as es

Qualifier = Literal["exact", "about", "nearly", "more_than", "at_least", "less_than", "at_most", "range"]
QUALIFIERS: tuple[Qualifier, ...] = (
    "exact", "about", "nearly", "more_than", "at_least", "less_than", "at_most", "range",
)

_BEFORE = {
    "nearly": r"nearly|almost|close\s+to|just\s+under|just\s+below|just\s+shy\s+of|shy\s+of|approaching|not\s+quite"
              r"|a\s+little\s+under|slightly\s+less\s+than|slightly\s+under|just\s+short\s+of",
    "at_least": r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|at\s+a\s+minimum",
    "at_most": r"up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|at\s+most|no\s+more\s+than|a\s+maximum\s+of"
               r"|not\s+more\s+than",
    "more_than": r"more\s+than|over|well\s+over|just\s+over|above|well\s+above|just\s+above|in\s+excess\s+of"
                 r"|upwards?\s+of|north\s+of|exceed(?:s|ed|ing)?|top(?:s|ped|ping)|surpass(?:es|ed|ing)?"
                 r"|greater\s+than|higher\s+than|beyond|eclips(?:e|es|ed|ing)|pass(?:ed|ing)|broke|crossed"
                 r"|larger\s+than|bigger\s+than|better\s+than",
    "less_than": r"less\s+than|fewer\s+than|under|below|beneath|lower\s+than|smaller\s+than|short\s+of",
    "about": r"about|around|roughly|approximately|approx\.|some|an\s+estimated|estimated|circa|~"
             r"|on\s+the\s+order\s+of|in\s+the\s+region\s+of|in\s+the\s+neighborhood\s+of|or\s+so|ca\.",
    "exact": r"exactly|precisely|just|only|a\s+mere|fully|a\s+full",
}
_FILLER = r"(?:\s+(?:a|an|the|record|all-time|new|total\s+of|estimated|staggering|whopping|reported|further))*"
_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s(\"',]))(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _BEFORE.items())
    + r")" + _FILLER + r"\s*$"
)
_THAN_THE = re.compile(r"\b(?:than|above|below|under|beyond)\s+the\b")
_ES_THAN_THE = re.compile(r"\b(?:super\w*|rebas\w*|exced\w*|sobrepas\w*|superior(?:es)?\s+a|encima\s+de|debajo\s+de"
                          r"|inferior(?:es)?\s+a|mayor(?:es)?\s+que|menor(?:es)?\s+que)\s+(?:los|las|el|la)\b")


def _precise(low: str, start: int) -> bool:
    """Whether the Spanish number at ``start`` is given to four or more significant digits ("30 mil 46", not
    "30 mil" or "2 mil 500")."""
    m = es.NUMBER_RUN.match(low, start)
    parsed = es.parse_number_run(es.trim_run(m.group(0))) if m is not None else None
    return parsed is not None and parsed[0] >= 1000 * parsed[1]


_AFTER_RE = re.compile(
    r"\s*(?:(?P<at_least>or\s+more|and\s+counting|and\s+rising|or\s+higher|at\s+least)"
    r"|(?P<at_most>or\s+(?:fewer|less|lower)|at\s+most)|(?P<about>or\s+so|-odd|\s?odd))\b"
)


_ES_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s(\"',]))(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in es.QUALIFIERS_BEFORE.items())
    + r")" + es.QUALIFIER_FILLER + r"\s*$"
)


# "subió hasta", "creció 5%, hasta", "pasó de 3 mil hasta": "hasta" after a movement names where it ended
_ES_TO_LEVEL = re.compile(
    r"(?:\b(?:sub|aument|crec|ca|baj|repunt|descend|disminu|increment|lleg|pas)\w*\b[^.;]{0,30}?,?|%,|ciento,)\s*$")


def qualifier_before(low: str, start: int, floor: int, lang: str = "en") -> tuple[Qualifier | None, int]:
    """The qualifier written just before position ``start`` and where it begins."""
    window_start = max(floor, start - 45)
    rx = _ES_BEFORE_RE if lang == "es" else _BEFORE_RE
    m = rx.search(low, window_start, start)
    if not m:
        return None, start
    if lang != "es" and _THAN_THE.search(m.group(0)):
        return None, start  # "4.2% fewer than the 30,968 of 2022", "well above the 30,046": compared with, no bound
    if lang == "es" and _ES_THAN_THE.search(m.group(0)) and _precise(low, start):
        # "la cifra supera las 30 mil 46 víctimas que contabilizó el Secretariado": a count given to the unit
        # is another count compared with; "superaron los 30 mil" is a bound
        return None, start
    for name in (es.QUALIFIERS_BEFORE if lang == "es" else _BEFORE):
        if m.group(name):
            if name == "at_most" and _ES_TO_LEVEL.search(low, max(floor, m.start(name) - 40), m.start(name)):
                return None, start  # "repuntó 46 por ciento, hasta 45 mil": the level reached, not a bound
            return name, m.start(name)  # type: ignore[return-value]
    return None, start  # pragma: no cover


def qualifier_after(low: str, end: int, ceiling: int, lang: str = "en") -> tuple[Qualifier | None, int]:
    """A qualifier written right after the figure ("or more", "and counting") and where it ends."""
    m = (es.QUALIFIER_AFTER if lang == "es" else _AFTER_RE).match(low, end, min(ceiling, end + 20))
    if not m:
        return None, end
    for name in ("at_least", "at_most", "about"):
        if m.groupdict().get(name):
            return name, m.end()  # type: ignore[return-value]
    return None, end  # pragma: no cover
