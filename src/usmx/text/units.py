"""What a number counts: the noun after it ("2.3 million migrants"), the verb around it
("kill over 100,000 Americans"), or a currency or percent sign.

Units are grouped in families because prose and statistics name them differently: a
writer counts "migrants" where CBP counts encounters, and "Americans" killed by overdoses
are deaths. Durations, ages and distances are recognised so that they are *not* taken for
claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from usmx.text import spanish as es

# noun (lower case, plural and singular) -> unit family
_FAMILIES: dict[str, tuple[str, ...]] = {
    "deaths": ("deaths", "death", "fatalities", "fatality", "lives", "dead", "overdoses", "overdose"),
    "people": (
        "people", "persons", "person", "americans", "mexicans", "individuals", "residents", "citizens",
        "nationals", "immigrants", "migrants", "migrant", "children", "minors", "adults", "families",
        "asylum-seekers", "seekers", "refugees", "workers", "users", "youths", "teenagers", "women", "men",
        "travelers", "non-mexicans", "foreigners", "aliens", "noncitizens", "deportees", "members",
    ),
    "encounters": (
        "encounters", "encounter", "apprehensions", "apprehension", "arrests", "crossings", "crossers",
        "expulsions", "removals", "deportations", "gotaways", "entries", "inadmissibles",
    ),
    "victims": ("victims", "homicides", "murders", "killings", "feminicides", "femicides", "homicide"),
    "pounds": ("pounds", "pound", "lbs", "lb"),
    "kilograms": ("kilograms", "kilogram", "kilos", "kilo", "kg"),
    "tons": ("tons", "tonnes", "ton", "tonne"),
    "doses": ("doses", "dose", "pills", "pill", "tablets"),
    "USD": ("dollars", "dollar", "usd"),
    "MXN": ("pesos", "peso", "mxn"),
    "duration": (
        "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes",
        "minute", "decades", "decade", "centuries", "century", "seconds", "min", "yrs",
    ),
    "distance": ("miles", "mile", "kilometers", "kilometres", "km", "feet", "foot", "meters", "metres", "yards"),
    "age": ("year-old", "years-old", "year-olds"),
    "events": (
        "cases", "case", "disputes", "attacks", "incidents", "lawsuits", "complaints", "panels", "consultations",
        "investigations", "massacres", "kidnappings", "shootings", "requests", "petitions", "visits", "meetings",
        "extraditions", "raids", "operations", "seizures", "indictments", "convictions", "charges",
    ),
    "things": (
        "cities", "states", "countries", "municipalities", "organizations", "organisations", "groups", "cartels",
        "companies", "firms", "businesses", "jobs", "troops", "agents", "officers", "soldiers", "guns",
        "weapons", "firearms", "vehicles", "trucks", "labs", "laboratories", "factories", "plants", "projects",
        "acres", "hectares", "homes", "beds", "facilities", "ports", "schools", "journalists",
        "candidates", "politicians", "officials", "mayors",
    ),
}
NOUN_FAMILY: dict[str, str] = {n: fam for fam, nouns in _FAMILIES.items() for n in nouns}
# Spanish nouns count the same things; their words never clash with English ones
NOUN_FAMILY.update({n: fam for fam, nouns in es.NOUNS.items() for n in nouns if n not in NOUN_FAMILY})
NOT_CLAIMS = frozenset({"duration", "distance", "age"})
COUNT_EVENTS = frozenset({"events"})

_WORD = re.compile(r"[a-zà-öø-ÿ][a-zà-öø-ÿ'.-]*[a-zà-öø-ÿ]|[a-zà-öø-ÿ]")
_NP_STOP = frozenset(
    [
        "in", "to", "from", "at", "for", "by", "with", "on", "were", "was", "is", "are", "be", "been", "have",
        "has", "had", "that", "which", "who", "whom", "and", "or", "but", "than", "per", "as", "into", "across",
        "over", "under", "since", "during", "while", "because", "if", "when", "where", "this", "these", "those",
        "it", "its", "their", "our", "will", "would", "could", "can", "may", "might", "should", "must", "do",
        "does", "did", "not", "every", "each", "per", "a", "an",
    ]
) | es.STOPWORDS
_DEATH_VERB = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|claim(?:s|ed|ing)?\s+(?:the\s+)?lives|died|die|dying|dies|perish(?:ed)?"
    r"|murder(?:s|ed)?|slain|assassinated"
    r"|lost\s+their\s+lives|deaths?|fatal|lethal|overdos(?:e|ed|es|ing))\b"
)
_PREDICATE = re.compile(r"\s+(?:were|are|was|is|being)\s+")
_AGE = re.compile(r"^\s?-?\s?years?[- ]old|^-year-old|^\s+years\s+of\s+age")
_DURATION_HYPHEN = re.compile(r"^-(?:plus[- ])?(?:year|month|week|day|hour|minute|decade|mile|kilometer|page)s?\b")


@dataclass(frozen=True, slots=True)
class UnitMention:
    family: str | None  # deaths, people, encounters, USD, percent, duration... or None
    noun: str | None  # the word as written, lower case
    end: int  # end of the noun (or of the number when no noun)


def unit_after(low: str, pos: int, limit: int) -> UnitMention:
    """The unit noun within the few words after ``pos`` (stopping at the end of the noun phrase)."""
    if _DURATION_HYPHEN.match(low, pos, limit) or _AGE.match(low, pos, limit):
        return UnitMention("duration", None, pos)
    i = pos
    words = 0
    prev_word = ""
    while words < 6 and i < limit:
        m = _WORD.search(low, i, limit)
        if not m:
            break
        between = low[i:m.start()]
        if any(c in between for c in ",;:!?\u2014()\"") or (". " in between and "." not in prev_word):
            break
        word = m.group(0).rstrip(".'")
        fam = NOUN_FAMILY.get(word)
        if fam is not None:
            if fam in NOT_CLAIMS and words > 0:
                break  # "7,500 arrive every day": a duration noun only counts right after the number
            return UnitMention(fam, word, m.start() + len(word))
        if word in _NP_STOP and word != "of":
            break
        if word != "of":
            words += 1
        prev_word = m.group(0)
        i = m.end()
    return UnitMention(None, None, pos)


def unit_of_predicate(low: str, pos: int, limit: int) -> UnitMention | None:
    """"800,000 were Mexican nationals": the unit named after a copula."""
    m = _PREDICATE.match(low, pos, limit)
    if not m:
        return None
    u = unit_after(low, m.end(), limit)
    return u if u.family else None


def death_context(low: str, start: int, end: int) -> bool:
    """Whether the clause speaks of deaths (so "100,000 Americans" are deaths)."""
    return _DEATH_VERB.search(low, start, end) is not None or es.DEATH_VERB.search(low, start, end) is not None


def unit_before(low: str, start: int, floor: int) -> UnitMention | None:
    """A count noun named shortly before a bare number ("cases (so far four")."""
    window = low[max(floor, start - 60):start]
    best: UnitMention | None = None
    prev = ""
    for m in _WORD.finditer(window):
        word = m.group(0)
        fam = NOUN_FAMILY.get(word)
        # ("las ventas estadounidenses a México sumaron 26 mil millones": a nationality after a noun describes it)
        adjective = word in _NATIONALITIES and prev not in _BEFORE_NOUN
        if fam in ("events", "things", "people", "encounters", "victims", "deaths") and not adjective:
            best = UnitMention(fam, word, start)
        prev = word
    return best


_NATIONALITIES = frozenset({"estadounidenses", "mexicanos", "mexicanas", "centroamericanos"})
_BEFORE_NOUN = frozenset({"", "los", "las", "unos", "unas", "de", "mil", "millones", "miles", "cientos", "más", "otros",
                          "otras", "y", "a"})
