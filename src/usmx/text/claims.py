"""Claims: the checkable numbers of a text, each with its kind, qualifier, unit and period.

A number becomes a claim when it says how much or how many of something: a currency, a
percent, a scale word, a unit noun, a qualifier or a change says so. Dates, ages,
durations, list markers, legal names ("Title 42"), denominators ("per 100,000") and
reading times do not, and are dropped here, so that everything reported is something a
reader could check. A figure per head of population, or the average for one person ("the
average worker sends home $400"), is a rate no count measures; a term of office ("under
AMLO") is a period no official series has.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal

from usmx.periods import Period
from usmx.text import claim_periods as cp
from usmx.text import movement as mv
from usmx.text import spanish as es
from usmx.text.normalize import lower, normalize
from usmx.text.numbers import ONES, ORDINALS, WORD_NUMBER
from usmx.text.places import LEADS_WITH, PLACE_COUNT_VERB, PLACE_NAME, SOMEONES_TIME, is_foreign, is_home
from usmx.text.qualifiers import Qualifier, qualifier_after, qualifier_before
from usmx.text.quantities import CHANGE_AFTER as _CHANGE_AFTER
from usmx.text.quantities import CHANGE_NOUN_OF as _CHANGE_NOUN_OF
from usmx.text.quantities import Quantity, find_quantities
from usmx.text.sentences import CONJUNCT, Sentence, clause_of, clauses, split_sentences
from usmx.text.spanish import COUNT_VALUES as _ES_COUNTS
from usmx.text.spanish import Lang, detect_language
from usmx.text.timex import MONTH_NAMES, MONTHS_FULL, SAME_PERIOD, TimeExpr, find_timexes_in, month_number
from usmx.text.units import (
    NOT_CLAIMS,
    UnitMention,
    death_context,
    unit_after,
    unit_before,
    unit_of_predicate,
)

ClaimKind = Literal["level", "change", "share", "rate", "rank", "count_event", "event_date", "record", "streak"]
CLAIM_KINDS: tuple[ClaimKind, ...] = ("level", "change", "share", "rate", "rank", "count_event", "event_date")


@dataclass(frozen=True, slots=True)
class Claim:
    """A checkable statement about a number, located in the text as read."""

    doc: str
    start: int
    end: int
    quote: str
    sentence: str
    sentence_start: int
    sentence_index: int
    kind: ClaimKind
    value: float | None
    value_high: float | None
    unit: str | None
    noun: str | None
    qualifier: Qualifier
    step: float  # the stated precision, in the claim's unit
    record: Literal["high", "low"] | None
    period: cp.ClaimPeriod | None
    per: str | None  # rate: "day", "week", "month"; "year" for annual figures
    change: Literal["ratio", "difference"] | None
    modal: bool  # a forecast or a conditional, not a statement of fact
    part_of: bool  # a part of another figure in the sentence ("70,000 of those")
    attribution: str | None
    number_start: int
    number_end: int
    context_end: int  # end of the noun phrase that names what is counted
    of_span: tuple[int, int] | None  # what a share is a share of
    indicator: str | None = None
    confidence: float = 0.0
    mention: str | None = None
    proxy: str | None = None
    share_of: str | None = None  # a share of a count: the whole it is a share of (``indicator`` is the part)
    record_since: int | None = None  # "the lowest since 1971": a record over the years after this one
    record_since_month: int | None = None  # "the lowest since March 2021": the months after that one (1-12)
    record_year: int | None = None  # "May was the most violent month of 2022": a record among that year's months
    candidates: tuple[tuple[str, float], ...] = ()  # the measures linking weighed, best first, with their scores
    alternatives: tuple[str, ...] = ()  # parts of the measure that the text names elsewhere: also candidates
    place_name: str | None = None  # "Jalisco, 173": the place a listed figure is for
    direction: Literal["up", "down"] | None = None  # a streak: which way each period moved


@dataclass(frozen=True)
class Analysis:
    """A text read once: the original, its same-length normalised and lower-cased forms, sentences."""

    text: str
    norm: str
    low: str
    sentences: list[Sentence]
    lang: Lang = "en"  # the document's language, which every stage reads


def analyse(text: str) -> Analysis:
    norm = normalize(text)
    return Analysis(text, norm, lower(norm), split_sentences(norm), detect_language(norm))


# --- things that are not claims -----------------------------------------------------------
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:title|section|sec\.|article|art\.|chapter|no\.|number|page|p\.|pp\.|rule|phase|level|tier|route"
    r"|highway|interstate|amendment|proposition|prop\.|resolution|order|form|class|category|grade|version"
    r"|model|channel|district|room|suite|box|ward|zone|item|paragraph|clause|part|step|figure|fig\.|table"
    r"|exhibit|vol\.|volume|issue|chapter|psalm|g|covid|h\.r\.|s\.)|[#§])\s*$"
)
_AFTER_NOT_CLAIM = re.compile(
    r"/\d|\s+(?:[a-z0-9]+\s+){1,2}(?:avenue|street|st\.|ave\.|boulevard|blvd\.?|road|rd\.|drive|lane|plaza|paseo"
    r"|calle|avenida)(?!\w)"
    r"|\s*(?:min(?:ute)?s?\s+read|[-\s]minute\s+read|p\.m\.|a\.m\.|pm\b|am\b|:\d\d|st\b|nd\b|rd\b|th\b"
    r"|(?:key\s+)?(?:things|ways|reasons|recommendations|takeaways|questions|steps|lessons|facts|charts|tips"
    r"|ideas|myths|points|priorities|principles|pillars|goals|objectives)\b)"
    # "the 28 daily homicide reports": a count of documents, not of what they report
    r"|\s+(?:daily|weekly|monthly|quarterly|annual|yearly)\s+(?:[a-z]+\s+)?(?:reports|bulletins|briefings|updates"
    r"|releases|tallies|press\s+conferences)\b"
)
_LIST_MARKER_AFTER = re.compile(r"[.)]\s")
_EVENT_NOUN = r"(?:joint\s+)?(?:review|renewal|expiration|expiry|deadline|sunset|reauthorization|reauthorisation)"
_EVENT_BEFORE = re.compile(
    rf"\b(?:{_EVENT_NOUN}|expires?|due|takes?\s+effect|enters?\s+into\s+force|scheduled|set\s+to\s+expire)"
    r"\b(?:\s+[\w'.-]+){0,6}?\s+(?:in|by|until|for|on)\s+"
    r"(?:(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2},?\s+)?)?$"
)
_EVENT_AFTER = re.compile(rf"\s+{_EVENT_NOUN}\b(?:\s+of\s+(?:the\s+)?[\w.-]+)?")
_RANK_OF = re.compile(
    rf"\s+of\s+the\s+(?:{WORD_NUMBER}|\d+)\s+(?:most|least|largest|biggest|highest|lowest|deadliest|worst|best"
    r"|top|leading|poorest|richest|violent|dangerous|populous)\b(?:\s+[\w-]+){0,3}"
)
# "slipped to second place", "rose to the top spot": a rank moved to
_RANK_MOVED = mv.words(mv.forms(mv.RISING_VERBS + mv.FALLING_VERBS, "past", "third"),
                       ("moved", "moves", "returned", "returns"))
_RANK_ASSERTION = re.compile(
    r"\b(?:is|was|be|being|became|becomes|become|becoming|remains|remained|remain|stays?|stayed|ranks?\s+as"
    r"|ranked\s+as|has\s+been|had\s+been|have\s+been"
    r"|emerged\s+as|as|(?:making|made|makes|make)\s+(?:mexico|it)"
    # ("the top trading partner and its second-largest export market": a second rank joined to the first)
    r"|(?P<joined>and)"
    rf"|{_RANK_MOVED}\s+(?:back\s+)?(?:up\s+)?to)\s+"
    r"(?:now\s+|again\s+|still\s+|also\s+|once\s+again\s+)?(?:the\s+)?"
    r"(?:(?:[\w.'-]+\s+){0,2}[\w.'-]+(?:'s|s')\s+|our\s+|its\s+|their\s+)?"
    r"(?:(?:single\s+)?)"
    r"(?:(?P<ord>second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-])?"
    r"(?P<sup>largest|biggest|top|leading|no\.\s?(?P<no>[1-5])|number[\s-](?P<numw>one|two|three))\s+"
    r"(?P<noun>(?:[\w.-]+\s+){0,2}?(?:partner|source|supplier|destination|market|exporter|importer|producer"
    r"|investor|economy|recipient|buyer|customer|lender|creditor|spot|place|position))\b"
    # "slipped to second place among U.S. trading partners", "ranked first among U.S. trading partners"
    r"|\b(?:(?:ranked|ranks|rank|ranking|placed|places|came\s+in|comes\s+in)\s+)?"
    r"(?P<ord2>(?<=ranked\s)first|(?<=ranks\s)first|(?<=rank\s)first|(?<=placed\s)first|second|third|fourth|fifth"
    r"|(?:first|1st)(?=\s+(?:place|position|spot)\b)"
    r"|1st|2nd|3rd|4th|5th)\s+(?:(?:place|position|spot)\s+)?(?:among|as|on\s+the\s+list\s+of)\s+"
    r"(?P<noun2>(?:[\w.'-]+\s+){0,3}?(?:partners?|suppliers?|sources?|destinations?|markets?|exporters?"
    r"|importers?|investors?|recipients?|buyers?|customers?))\b"
)
_RANK_SPOT = re.compile(
    r"\b(?:into|to|in|at|took|takes|take|seized|seizes|claimed|claims|held|holds|kept|keeps|lost|regained"
    r"|retained|reclaimed|ranking|ranked|ranks)\s+(?:the\s+|its\s+|first\s+)?"
    r"(?P<sup>top|no\.\s?(?P<no>[1-5])|number[\s-](?P<numw>one|two|three)|(?P<ord>first|second|third|fourth|fifth)"
    r"|1st|2nd|3rd)(?:\s+(?P<noun>spot|place|position|slot))?\b(?!\s+(?:of|in\s+the\s+world)\b)"
)
_RECORD = re.compile(
    r"\b(?:(?P<low>record[\s-]lows?|all-time\s+lows?|lowest\s+(?:level|number|total|ever|on\s+record))"
    r"|(?P<high>record(?![\s-]lows?\b)(?:[\s-](?:high|highs|breaking|setting|level|levels|number|numbers))?"
    r"|all-time\s+highs?|highest\s+(?:level|number|total|ever|on\s+record)|the\s+most\s+ever|an\s+unprecedented"
    r"|historic\s+highs?))\b(?!\s+(?:of\s+)?(?:keeping|books|store))"
)
_RECORD_AFTER = re.compile(
    r"^[^.;]{0,40}?(?:,|\u2014|-)?\s*(?:a|an|the)\s+(?:new\s+)?(?:[a-z-]+\s+)?(?P<high>record|all-time\s+high)\b"
    r"(?![\s-]+lows?\b)"
    r"|^[^.;]{0,40}?\b(?P<high2>the\s+highest(?:\s+[a-z-]+){0,3}\s+(?:ever|on\s+record|since\s+records))"
    r"|^[^.;]{0,40}?\b(?P<low>(?:a|an|the)\s+(?:new\s+)?(?:[a-z-]+\s+)?record[\s-]lows?|the\s+lowest(?:\s+[a-z-]+)"
    r"{0,3}\s+(?:ever|on\s+record))"
)
# "the lowest since 1971", "the fewest apprehensions since fiscal 1970", "the highest level since the 1990s"
_RECORD_SINCE = re.compile(
    r"\b(?:(?P<low>lowest|fewest|least|smallest)|(?P<high>highest|most|largest|biggest))(?:\s+[\w-]+){0,3}?\s+since\s+"
    r"(?:(?:the\s+)?(?:fiscal(?:\s+years?)?|fy)\s*-?\s*)?(?:the\s+(?:early\s+|mid-?\s*|late\s+)?)?"
    r"(?:(?P<mon>[a-z]+)\.?\s+(?:of\s+)?)?(?P<y>(?:19|20)\d\d)(?P<s>'?s)?\b"
)
_NOT_RECORD = re.compile(r"\b(?:criminal|track|court|public|medical|for\s+the|off\s+the|on\s+the)\s+record")
_MODAL = re.compile(
    r"\bon\s+(?:track|pace|course)\s+(?:to|for)\b"
    # "critics predicted 10,000 crossings a day"
    r"|\b(?:predicted|predicts|predict|forecast|forecasts|projected|projects|warned\s+of)\s+(?:that\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|up\s+to|as\s+many\s+as)\s+)?$"
    r"|\b(?:expected|projected|forecast|predicted|poised|set|likely|going|bound|expects?|expecting|anticipates?"
    r"|anticipated|projects?|forecasts?|predicts?|plans?|planned|aims?|hopes?|seeks?|wants?|intends?)\s+to\b"
    # "economists expect remittances to fall": the subject of the forecast between the verb and "to"
    r"|\b(?:expects?|expected|forecasts?|predicts?|projects?|anticipates?)\s+(?:[\w.'-]+\s+){1,3}?to\b"
    # "in May were 8.5% lower": the month, not the verb
    r"|\b(?:will|would|could|might|(?<!\bin\s)(?<!\bof\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\bduring\s)"
    r"(?<!\bthrough\s)(?<!\blast\s)(?<!\bthis\s)may(?!\s+(?:\d|were\b|was\b|saw\b|had\b))|can|should)\b"
    r"(?:\s+\w+){0,3}\s*$|\bif\b"
)
_FLIP_ON_FALL: dict[str, Qualifier] = {
    "more_than": "less_than", "at_least": "at_most", "less_than": "more_than", "at_most": "at_least",
}
_ANY_DIGIT = re.compile(r"\d")
_COMPARISON = re.compile(r"\b(?:than|as)\b")
_PREP_AFTER = re.compile(r"\s+(?:of|from|in|at|to|for|on|per|across|along|into|involving|linked)\b")
_PART_AFTER = re.compile(r"\s+of\s+(?:those|them|these|which|whom|this|that|it)\b")
_PART_BEFORE = re.compile(r"\bof\s+(?:the|those|these|this|that)\s+$")
# "Of those, about 1.1 million ...", "De esa cifra, ...": the sentence speaks of a part of a figure before it
PART_OPENING = re.compile(
    r"\s*(?:and\s+|but\s+|y\s+)?(?:(?:of|among)\s+(?:those|them|these|this|which|whom"
    r"|that(?:\s+(?:total|amount|figure|sum))?|this\s+total|the\s+total)|(?:de|del|entre)\s+(?:ellos|ellas|esos"
    r"|esas|estos|estas|esa\s+cifra|ese\s+monto|ese\s+total|esa\s+suma|esa\s+cantidad|dicho\s+monto|dicha\s+cifra"
    r"|total))\s*,")


def part_opening(low: str, start: int, pos: int) -> re.Match[str] | None:
    """"Of those," opening the sentence, or the clause after its last semicolon ("...; de ellos, unas 110 mil
    eran familias"), before ``pos``."""
    m = PART_OPENING.match(low, start, pos)
    semi = low.rfind(";", start, pos)
    return m if m is not None or semi < 0 else PART_OPENING.match(low, semi + 1, pos)


_ATTRIBUTION = re.compile(
    r"\b(?i:according\s+to\s+(?:the\s+)?(?:(?:head|chief|director|commander|leader|secretary)\s+of\s+(?:the\s+)?)?)"
    r"(?P<a>[A-Z][\w.'&-]*(?:\s+(?:of\s+|the\s+|for\s+|and\s+)?[A-Z][\w.'&-]*){0,6})"
    r"|(?P<b>[A-Z][\w.'&-]*(?:\s+(?:of\s+|the\s+|for\s+|and\s+)?[A-Z][\w.'&-]*){0,6})\s+"
    r"(?:estimates?|estimated|says|said|reports?|reported|found|finds|calculates?|calculated|counts?|counted)\b"
)
_SHARE_OF = re.compile(r"\s+of\s+")
_SHARE_OF_ES = re.compile(r"\s+(?:de|del)\s+")
_LIST_VALUE = re.compile(
    r"\s*(?:[-*\u2022]\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?"
    r"(?:\s+(?:de\s+)?(?:19|20)\d\d)?|(?:fy\s*|fiscal\s+(?:year\s+)?)?(?:19|20)\d\d)\s*[:|]\s*")
_OUT_OF_EVERY = re.compile(r"\b(?:de\s+cada|in|out\s+of)\s+(?:every\s+)?\w+$")
# a comma between digits ("110,000") does not end a noun phrase
_NP_END = re.compile(r"(?<!\d),|,(?!\d)|[;:!?\u2014()\"]|\.\s|\s-\s"
                     r"|\s(?:that|which|who|whom|where|while|because|but|and|or|as\s+well"
                     r"|including|is|are|was|were|has|have|had|will|would|could|can|may|might|to\s+\w+ed)\s")
_TRAILING_SMALL = re.compile(r"(?:\s+(?:in|to|of|the|a|an|and|with|for|as|from|by|at|on|into|during|than))+$")
_CHANGE_NOUN_AFTER = re.compile(rf"\s*{mv.words(mv.singular(mv.RISING_NOUNS + mv.FALLING_NOUNS))}\b")
_MEASURE_FAMILIES = frozenset(
    {"deaths", "people", "encounters", "victims", "pounds", "kilograms", "tons", "doses", "USD", "MXN"}
)
_UNIT_OF_QUANTITY = {"USD": "USD", "MXN": "MXN", "percent": "percent", "points": "percentage points",
                     "ratio": "ratio", "other_currency": "currency"}
# "per 100,000 inhabitants": the denominator of a rate, not a figure of its own
_DENOMINATOR_BEFORE = re.compile(r"\b(?:per|for\s+every|for\s+each|out\s+of\s+every|in\s+every)\s+$")
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?|between\s+the\s+ages\s+of|(?:over|under)\s+the\s+age\s+of)\s+$")
# "29 (homicides) per 100,000 people": a rate per head of population, which no count measures
_PER_CAPITA = re.compile(
    r"(?:\s+[a-z'-]+){0,3}?\s+(?:per|for\s+every|for\s+each|out\s+of\s+every)\s+"
    r"(?:(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?P<scale>k|thousand|million)\b)?"
    r"|(?P<w>(?:one\s+|a\s+)?hundred\s+thousand|(?:one\s+|a\s+)?thousand|(?:one\s+|a\s+)?million|capita|person"
    r"|head|inhabitant|resident|household|family|worker|migrant|immigrant|sender|recipient|transfer|transaction))"
    r"(?:\s+(?:people|persons|inhabitants|residents|population|citizens|americans|mexicans|men|women|children"
    r"|youths|adults|workers))?\b"
)
# "under AMLO", "during the Biden years", "since taking office": a term of office, which no official
# period matches
_CALENDAR_BASIS = re.compile(r"\b(?:calendar[\s-]years?|calendar\s+(?:19|20)\d\d|años?\s+calendario)\b")
_FISCAL_BASIS = re.compile(r"\b(?:fiscal|fy|año\s+fiscal)\b")
_IN_SOMEONES_TIME = re.compile(r"\b(?i:in|during|under|of|over|throughout)\s+" + SOMEONES_TIME.pattern)
_TENURE = re.compile(
    r"\b(?i:under|during|throughout)\s+(?:(?i:the|his|her|their)\s+)?(?:(?i:former\s+)?(?i:presidents?|president-elect)\s+)?"
    r"(?!(?:Title|Section|Article|Rule|Chapter|Operation|Program|Plan|Proposition|Prop)\b)"
    r"(?:[A-Z][\w.'-]*|[A-Z]{2,})(?:\s+[A-Z][\w.'-]*){0,2}(?!\s*\d)"
    r"(?:(?:'s)?\s+(?i:administration|presidency|government|term|years|tenure|watch|sexenio))?\b"
    r"|\b(?i:during|in|over|throughout)\s+(?i:his|her|their|the)\s+(?:(?i:first|second|current|previous|last|entire)\s+)?"
    r"(?i:term|terms|presidency|administration|tenure|sexenio|time\s+in\s+office)\b"
    r"|\b(?i:since\s+(?:(?:he|she|they)\s+took|taking|(?:he|she|they)\s+came\s+to|coming\s+to)\s+(?:office|power))\b"
    # "under this president", "under the current administration"
    r"|\b(?i:under|during)\s+(?i:this|the\s+current|the\s+present|the\s+last|the\s+previous)\s+"
    r"(?i:president|presidency|administration|government)\b"
)
# "the average Mexican worker sends home $400": an amount per person (or per transfer), not a total
_AVERAGE_OF_ONE = re.compile(
    r"\b(?:the|an?)\s+(?:typical|average|median|mean)\s+(?!(?:of|number|annual|monthly|daily|weekly|yearly|rate"
    r"|total|level|amount|value|volume|size)\b)(?P<np>(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)"
    r"(?=\s+(?:in|of|from|at|who|that|which|living|working|sends?|sent|sending|receives?|received|earns?|earned"
    r"|pays?|paid|is|was|gets?|got|makes?|made|spends?|spent|has|had|will|would|can|could|transfers?|remits?"
    r"|amounts?|totals?|totaled|totalled|came|comes|stood|stands|costs?)\b)"
)
_PER_CAPITA_WORDS = {"hundred thousand": 100_000, "thousand": 1_000, "million": 1_000_000}
_QUALIFIER_WORDS = r"(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|just|only|an\s+estimated)"
_FILLERS_BEFORE = re.compile(r"(?:\b(?:a|an)\s+(?:new\s+)?(?:record|all-time\s+high\s+of)\s+)$")


def extract_claims(analysis: Analysis, published: date, doc: str = "-", *,
                   deadline: float | None = None) -> list[Claim]:
    """Every claim in the text, in order of position.

    Past ``deadline`` (``time.monotonic()``) it raises ``TimeoutError`` instead of going on.
    """
    out: list[Claim] = []
    inherited: dict[int, tuple[int, cp.ClaimPeriod]] = {}
    low = analysis.low
    all_timexes = find_timexes_in(low, [(x.start, x.end) for x in analysis.sentences], published, analysis.lang)
    for sent, timexes in zip(analysis.sentences, all_timexes, strict=True):
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError(f"stopped reading after {sent.index} of {len(analysis.sentences)} sentences")
        s, e = sent.start, sent.end
        body = low[s:e]
        prev = inherited.get(sent.paragraph)
        inh = prev[1] if prev and sent.index - prev[0] <= 2 else None
        if inh is None and sent.paragraph - 1 in inherited:
            # news paragraphs are often one sentence long: such a paragraph just before still sets the period
            prev = inherited[sent.paragraph - 1]
            alone = sent.index < 2 or analysis.sentences[sent.index - 2].paragraph != sent.paragraph - 1
            inh = prev[1] if sent.index - prev[0] == 1 and alone else None
        found = []
        if _may_hold_numbers(body):
            found = _restated_change(_claims_in_sentence(analysis, sent, timexes, inh, published, doc),
                                     out, sent, low, timexes)
            out.extend(found)
        # the period the sentence has come to: the latest one it names or dates a figure by, the longer of two
        # that end together ("during fiscal 2025, which ended in September 2025"); "will publish final data in
        # November" speaks of a period still to come, which dates no later figure
        named = [p for t in timexes
                 if not _record_field(low, t) and (p := cp.inheritable(t, published)) is not None] + [
            c.period for c in found if c.kind in ("level", "share", "rate", "record", "rank")
            and c.period is not None and not c.period.implied and len(c.period.parts) == 1
            and c.period.kind != "since"]
        named = [p for p in named if p.end < published and not _FUTURE.search(body)]
        if named:
            current = max(named, key=lambda p: (p.end, p.end - p.start))
            inherited[sent.paragraph] = (sent.index, current)
    return out


# "If that is confirmed, then fiscal 2021 will account for ... around 1.7 million": the whole sentence is conditional
_CONDITIONAL_OPENING = re.compile(r"\s*(?:[\"'\u201c(]\s*)?(?:if|unless|should\s+(?:the|that|this|it)|assuming"
                                  r"|si(?!\s+bien)|de\s+mantenerse|de\s+continuar)\b")
# "asylum processing shuts down when daily encounters exceed 2,500": the trigger of a rule, not a figure
_THRESHOLD = re.compile(r"\b(?:when(?:ever)?|once|until|if|unless|cuando|hasta\s+que)\b[^.;,]{0,80}?\b"
                        r"(?:exceed|exceeds|surpass|surpasses|top|tops|reach|reaches|hit|hits|average|averages"
                        r"|fall\s+below|falls\s+below|drop\s+below|drops\s+below|rise\s+above|rises\s+above"
                        r"|supere|superen|rebase|rebasen)\s+(?:(?:about|roughly|more\s+than|over)\s+)?$")
_FUTURE = re.compile(r"\b(?:will|is\s+(?:expected|set|scheduled|due)\s+to|are\s+(?:expected|set|scheduled|due)\s+to"
                     r"|publicará|dará\s+a\s+conocer|se\s+espera)\b")
_NUMBERISH = re.compile(
    r"\d|\b(?:half|third|quarter|fifth|tenth|thousands|millions|billions|hundreds|dozens?|doubl|tripl|quadrupl"
    r"|halved|twice|times|fold|largest|biggest|top|leading|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|record|highest|lowest|fewest"
    r"|all[\s-]time|most\s+violent|deadliest|mes\s+(?:más|menos|con)\b|most\s+\w+\s+(?:on|in|of|ever|since)|histórico|récord|máximo|mínimo"
    r"|mil|millón|duplic|triplic|cuadruplic|mitad|cien|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez"
    r"|segund[oa]|tercer|cuart[oa]|quint[oa]|principal|primer)"
)


def _may_hold_numbers(body: str) -> bool:
    return _NUMBERISH.search(body) is not None


def _claims_in_sentence(
    an: Analysis, sent: Sentence, timexes: list[TimeExpr], inherited: cp.ClaimPeriod | None, pub: date,
    doc: str,
) -> list[Claim]:
    low = an.low
    s, e = sent.start, sent.end
    timexes = cp.year_so_far(an.low, cp.anchor_bare_months(timexes, inherited))
    cls = clauses(low, s, e)
    quantities = find_quantities(low, s, e, an.lang)
    out: list[Claim] = []
    date_spans = [(t.start, t.end) for t in timexes if t.kind == "date"]
    time_spans = [(t.start, t.end) for t in timexes]
    # numbers inside time expressions ("the 12 months to May") are part of the time, not figures
    # labels ("Title 42") and denominators ("per 100,000") are not figures and date nothing
    figures = [q for q in quantities
               if q.form != "year" and not any(ts <= q.start and q.end <= te for ts, te in time_spans)
               and not _not_a_figure(low, q, sent, an.lang)]
    for q in quantities:
        if q.form == "year":
            span = next(((ts, te) for ts, te in date_spans if ts <= q.start and q.end <= te), None)
            if span is not None and not _EVENT_BEFORE.search(low, max(s, span[0] - 70), span[0]):
                continue  # a date is when something happened; "by July 1, 2026" after "review" is a deadline
            c = _event_date(an, sent, q, cls, doc, lead=span[0] if span else None)
            if c is not None:
                out.append(c)
    # "4,000 pounds (1,814 kilograms)", "US$1.2 billion (MXN 21 billion)": a conversion restates the figure
    figures = [q for i, q in enumerate(figures)
               if not (i and _CONVERSION_OPEN.fullmatch(low, figures[i - 1].end, q.start)
                       and _CONVERSION_CLOSE.match(low, q.end, min(sent.end, q.end + 40)))]
    for i, q in enumerate(figures):
        c = _claim(an, sent, q, figures, i, cls, timexes, inherited, pub, doc)
        if c is not None:
            out.append(c)
    out = _changes_between_levels(out, figures, timexes, low)
    out = _from_after_to(out, figures, timexes, low)
    out = _level_a_change_came_to(out, figures, timexes, low)
    out = _change_from_level(out, low)
    out = _sum_of_levels(out, low)
    out.extend(_rank_assertions(an, sent, cls, timexes, inherited, pub, doc, out))
    out.extend(_record_assertions(an, sent, cls, timexes, inherited, pub, doc, out))
    out.extend(_streak_assertions(an, sent, cls, timexes, inherited, pub, doc, out))
    out.extend(_place_list(an, sent, cls, timexes, inherited, pub, doc, out, quantities))
    # in the order they stand, so that a figure is linked after the ones before it ("Guanajuato ..., con 320, 30
    # por ciento más": the change is the listed place's)
    return sorted(out, key=lambda c: c.number_start)


_PLACE_ITEM = re.compile(
    rf"(?P<name>(?<![\w.]){PLACE_NAME})"
    r"(?:\s*[,:]\s*(?:(?:con|with)\s+)?|\s+(?:con|with)\s+"
    rf"|\s+{LEADS_WITH}\s+"
    # "Sinaloa's count nearly doubled to 994": a place's count, and the level it came to
    r"|(?:'s|’s)\s+(?:count|toll|tally|total)\s+(?:(?:nearly|almost|more\s+than|roughly)\s+)?"
    + r"(?:doubled|tripled|quadrupled|halved|" + mv.words(mv.forms((*mv.RISING_VERBS, *mv.FALLING_VERBS), "past"))
    + r")\s+to\s+"
    # "Sinaloa, escenario de la disputa, sumó 893": a place's count after its verb, past an apposition
    rf"|(?:,[^,;.\d]{{1,80}},)?\s+{PLACE_COUNT_VERB}\s+"
    # "Colima fue el estado con más víctimas, 140 en total", "Guanajuato was again the deadliest state, with more
    # than 3,500 victims": the place that leads a ranking, and its count
    r"|(?P<leads>\s+(?:es|fue|se\s+ubicó\s+como|se\s+mantuvo\s+como|volvió\s+a\s+ser|sigue\s+siendo|is|was|remained"
    r"|ranked\s+as)(?:\s+(?:again|once\s+again|also|still|otra\s+vez|de\s+nuevo|nuevamente|también))?"
    r"\s+(?:en\s+\d{4}\s+|in\s+\d{4}\s+)?(?:la|el|the)\s+"
    r"(?=(?:[^,;.\d]|(?:19|20)\d\d){0,60}?\b(?:entidad|estado|state|entity)\b)"
    r"(?=(?:[^,;.\d]|(?:19|20)\d\d){0,60}?\b(?:más|most|highest|deadliest|bloodiest|worst|largest|mayor)\b)"
    r"(?:[^,;.\d]|(?:19|20)\d\d){0,80},\s*(?:con\s+|with\s+)?))"
    r"(?:un\s+total\s+de\s+|a\s+total\s+of\s+)?"
    r"(?:(?:more\s+than|over|nearly|almost|about|some|más\s+de|casi|cerca\s+de|alrededor\s+de|poco\s+más\s+de)\s+)?"
    r"(?P<num>\d|mil\s+\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b)")


def _place_list(
    an: Analysis, sent: Sentence, cls: list[tuple[int, int]], timexes: list[TimeExpr],
    inherited: cp.ClaimPeriod | None, pub: date, doc: str, existing: list[Claim], quantities: list[Quantity],
) -> list[Claim]:
    """Figures listed after the places they are for ("Jalisco, 173; Michoacán, 166", "Guanajuato con 327").

    A bare number is no claim on its own; after a place's name in a list it is that place's count of
    whatever the passage counts. Whether the place has a measure of its own is for linking to say.
    """
    out: list[Claim] = []
    for m in _PLACE_ITEM.finditer(an.norm, sent.start, sent.end):
        if is_home(m.group("name")) or is_foreign(m.group("name")):
            continue  # "Mexico recorded 2,771": the country's figure; "Canada, 120": another's
        if m.group("name").isupper() and m.group("name") != "CDMX":
            continue  # an acronym counts, not a place: "la IED sumó 34 mil", "el INEGI registró 33 mil"
        # "... el estado con más muertes, con un total de 215 asesinatos", "Sonora, con 1 mil 870": a
        # figure already read is the listed place's when it leads the ranking or has no noun of its own
        for i, c in enumerate(existing):
            if c.number_start == m.start("num") and c.kind == "level" and c.place_name is None and \
                    (m.group("leads") or c.noun is None):
                existing[i] = replace(c, place_name=m.group("name"))
        q = next((x for x in quantities if x.start == m.start("num") and x.form != "year"
                  and x.unit is None), None)
        if q is None or any(c.number_start <= q.start < c.number_end for c in existing + out):
            continue
        if any(t.start <= q.start and q.end <= t.end for t in timexes) or _DAY_OF_MONTH.match(an.low, q.end):
            continue  # "Ciudad de México, 21 de mayo de 2025.-", "Washington, 17 ene (EFE).-": a dateline's day
        if m.group("name").split()[0].lower() in _NOT_PLACE_WORDS or \
                unit_after(an.low, q.end, sent.end).family in NOT_CLAIMS:
            continue  # ("the Immigration and Nationality Act, 16 years after": a duration, not a count)
        own = _own_timex(q, timexes, cls, [q], an.low)
        period = cp.for_level(own, inherited, None, pub)
        claim = _make(an, sent, m.start(), q.end, q, kind="level", value=q.value, high=q.high, unit=None, noun=None,
                      qualifier="exact", step=q.step, record=None, period=period, per=None, change=None,
                      modal=False, part_of=False, context_end=q.end, of_span=None, doc=doc)
        out.append(replace(claim, place_name=m.group("name")))
    return out


# a day's month after its number, in full or abbreviated ("17 ene", "1 feb.", "21 de mayo", "March 3" reversed)
_DAY_OF_MONTH = re.compile(rf"\s+(?:de\s+)?(?:{MONTH_NAMES}|{es.MONTH_NAMES}|ene|abr|ago|dic)\.?(?=[\s,(.]|$)")
_NOT_PLACE_WORDS = frozenset({
    "in", "en", "the", "el", "la", "los", "las", "de", "del", "by", "for", "from", "to", "a", "an", "and", "y",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre", "fy", "title", "título", "no.", "table", "figure",
})


_RESTATING_OPENER = re.compile(r"\s*(?:that|this|it|which)(?:'s|\s+is|\s+was|\s+means|\s+amounts\s+to|\s+works"
                               r"\s+out\s+to|\s+represents|\s+marks)\b")


def _restated_change(found: list[Claim], before: list[Claim], sent: Sentence, low: str,
                     timexes: list[TimeExpr]) -> list[Claim]:
    """"..., nearly a tenfold increase. That is an 864 percent increase": a change that restates the
    one just made, in a sentence with no time of its own, compares the same two periods."""
    if not _RESTATING_OPENER.match(low, sent.start, sent.end) or any(cp.usable(t) for t in timexes):
        return found
    last = next((c for c in reversed(before) if c.kind == "change" and c.period is not None
                 and c.sentence_index == sent.index - 1), None)
    if last is None:
        return found
    return [replace(c, period=last.period) if c.kind == "change" and c.change == "ratio" else c for c in found]


def _changes_between_levels(claims: list[Claim], figures: list[Quantity], timexes: list[TimeExpr],
                            low: str) -> list[Claim]:
    """A change that compares the two levels its sentence states, each in its own period.

    "Rose from $37.3bn in 2019 to $63.3bn in 2023, an increase of 70 per cent" and "2,804
    pounds in fiscal 2019 and 27,023 pounds in fiscal 2023, nearly a tenfold increase": the
    change has no time of its own (the nearest year belongs to a level), so it spans the two
    levels' periods rather than the year before the last one.
    """
    levels = [c for c in claims if c.kind == "level" and c.period is not None and len(c.period.parts) == 1
              and not c.period.implied]
    if len(levels) < 2:
        return claims
    from_to = any(_FROM_LEAD.search(low, max(0, a.number_start - 25), a.number_start) is not None
                  and _TO_LEAD.search(low, max(0, b.number_start - 25), b.number_start) is not None
                  for a, b in pairwise(levels))
    out = []
    for c in claims:
        # a verb with no time ("..., when they rose 7.6%") still speaks of the last period; a noun
        # ("an increase of 70 per cent", "a tenfold increase") or a from-to sentence sums up the two levels
        summary = from_to or _CHANGE_NOUN_OF.search(low, max(0, c.number_start - 40), c.number_start) is not None \
            or _CHANGE_AFTER.match(low, c.number_end, c.number_end + 20) is not None \
            or re.search(r"\btimes\s+(?:as|more|higher|larger)\b|fold\b|\b(?:doble|triple|double|twice)\b",
                         low[c.number_start:c.end + 12]) is not None
        if c.kind == "change" and c.change == "ratio" and summary and not _owns_a_time(c, figures, timexes, low):
            # "from 120,000 arrests in March to 98,500 in April": the second level's noun is understood
            units = {x.unit for x in levels if x.unit is not None}
            same = [x for x in levels if (x.unit == levels[-1].unit or (x.unit is None and len(units) == 1)
                                          or (levels[-1].unit is None and len(units) == 1))
                    and x.number_start != c.number_start]
            periods = sorted({x.period.parts[0] for x in same if x.period is not None}, key=lambda p: p.start)
            if len(periods) == 2 and periods[0].canonical_kind == periods[1].canonical_kind:
                bare = all(x.period is not None and x.period.bare for x in same)
                c = replace(c, period=cp.ClaimPeriod("span", (periods[0], periods[1]), bare=bare))
        out.append(c)
    return out


_CONVERSION_OPEN = re.compile(r"\s*(?:[a-z]+\s*){0,3}\(\s*(?:approximately|approx\.|about|around|roughly|nearly|some"
                              r"|or|equivalent\s+to|equal\s+to|aproximadamente|alrededor\s+de|unos|unas)?\s*"
                              r"(?:(?:us|mxn|mx)?\$|mxn|usd|us\$)?\s*")
_CONVERSION_CLOSE = re.compile(r"\s*(?:(?:million|billion|thousand|millones|mil\s+millones|mil)\s+)?(?:of\s+)?"
                               r"(?:kilograms?|kilos?|kg|pounds?|lbs?|tons?|tonnes?|metric\s+tons?|libras|kilogramos"
                               r"|toneladas|pesos|dollars|dólares|usd|mxn)?\s*\)")
_YEAR_POSSESSIVE = re.compile(rf"\b(?P<y>(?:19|20)\d\d)(?:'s|’s)\s+(?:(?:record|total|peak|level)\s+(?:of\s+)?)?"
                              rf"(?:{_QUALIFIER_WORDS}\s+)?(?:us)?\$?$")
_FROM_BEFORE_TIME = re.compile(r"\b(?:from|desde|de)\s+")
_COMPARED_LEVEL = re.compile(rf"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|over|frente\s+a|respecto\s+a|contra"
                             rf"|que|desde)\s+(?:(?:the|las?|los|el)\s+)?(?:[a-z]+(?:'s|’s)\s+)?"
                             rf"(?:{_QUALIFIER_WORDS}\s+)?$")  # ("than July's 7,824": July's own figure)
_BELOW_ABOVE = re.compile(
    r"(?:\s*(?:%|percent|per\s+cent|por\s+ciento))?\s+(?:below|above|under|por\s+debajo|por\s+encima)\s+"
    r"(?:(?:de|del)\s+)?(?:(?:the|its|el|la|los|las)\s+)?(?:(?:level|levels|nivel|niveles|figure|cifra)"
    r"(?:\s+(?:of|in|de))?\s+|(?:las?|los?)\s+(?:de\s+)?)?")
# "nearly double June's total", "triple that of 2019", "el doble que en junio": a multiple of the period named
_MULTIPLE_OF = re.compile(r"\s+(?:(?:that|those)\s+of\s+|the\s+(?:level|total|figure|number)\s+(?:of|in)\s+"
                          r"|(?:que|de)\s+(?:en\s+)?|(?=[a-z]+'s\s))")
def _set_beside(low: str, q: Quantity, t: TimeExpr) -> bool:
    """Whether a change's figure sets the period right after it as its base ("5% below July 2023", "double
    June's")."""
    if _BELOW_ABOVE.fullmatch(low, q.end, t.start):
        return True
    m = _MULTIPLE_OF.match(low, q.end)
    return q.form == "multiplier" and m is not None and m.end() == t.start


_TO_BASE = re.compile(r"(?:\s*(?:%|percent|per\s+cent|points?|percentage\s+points?))?(?:\s+[a-z]+){0,2}"
                      r"\s+(?:than|from|compared\s+(?:with|to)|over|against)?\s*$")
_FROM_LEVEL = re.compile(rf"(?:\s*(?:%|percent|per\s+cent))?(?:\s+[a-z]+)?\s+(?:from|than|compared\s+(?:with|to))\s+"
                         rf"(?:{_QUALIFIER_WORDS}\s+)?(?:(?:us)?\$)?$")


_TOTAL_OF = re.compile(r"(?:that\s+is|i\.e\.|in\s+all|altogether|for|es\s+decir|o\s+sea|en\s+total|para)\s*,?\s*"
                       r"(?:a\s+|un\s+)?total\s+(?:of|de)\s+(?:[a-z]+\s+)?$")


def _sum_of_levels(claims: list[Claim], low: str) -> list[Claim]:
    """"150 in the first quarter, and 60 more in April, that is, a total of 210": a total of the
    levels before it is of their periods together, when those run on from one another."""
    out: list[Claim] = []
    for c in claims:
        if c.kind == "level" and _TOTAL_OF.search(low, max(0, c.number_start - 40), c.number_start):
            parts = sorted((x.period.parts[0] for x in out if x.kind in ("level", "count_event")
                            and x.period is not None and not x.period.implied and len(x.period.parts) == 1
                            and x.period.parts[0].is_whole_months), key=lambda p: p.start)
            if len(parts) >= 2 and all(b.start == a.end + timedelta(days=1) for a, b in pairwise(parts)):
                c = replace(c, period=cp.ClaimPeriod("span", (Period(parts[0].start, parts[-1].end, "span"),)))
        out.append(c)
    return out


def _change_from_level(claims: list[Claim], low: str) -> list[Claim]:
    """"Up some 12% from 140,500 in March": a change starts from the level right after it, in that
    level's period, and ends in the period the change already speaks of, when that is later."""
    out: list[Claim] = []
    for i, c in enumerate(claims):
        nxt = claims[i + 1] if i + 1 < len(claims) else None
        if c.kind == "change" and c.change == "ratio" and c.period is not None and nxt is not None and \
                nxt.kind == "level" and nxt.period is not None and not nxt.period.implied and \
                len(nxt.period.parts) == 1 and _FROM_LEVEL.fullmatch(low, c.number_end, nxt.number_start):
            base, end = nxt.period.parts[0], c.period.parts[-1]
            if base.canonical_kind == end.canonical_kind and base.end < end.start <= base.shift_years(1).end:
                c = replace(c, period=cp.ClaimPeriod("span", (base, end), bare=c.period.bare))
        out.append(c)
    return out


def _level_a_change_came_to(claims: list[Claim], figures: list[Quantity], timexes: list[TimeExpr],
                            low: str) -> list[Claim]:
    """"Cocaine seizures nearly doubled to about 98,000 pounds": the level a change came to is of the period the
    change ends in, not of a time another figure of the sentence owns (here the base of the change before it)."""
    out: list[Claim] = []
    for c in claims:
        prev = out[-1] if out else None
        came_to = prev is not None and TO_FIGURE.fullmatch(low, prev.number_end, c.number_start) is not None
        if c.kind == "level" and came_to and prev is not None and prev.kind == "change" and prev.period is not None \
                and len(prev.period.parts) == 2 and c.period is not None and not _owns_a_time(c, figures, timexes, low):
            end = prev.period.parts[-1]
            c = replace(c, period=cp.ClaimPeriod(cp.BASE_KIND.get(end.canonical_kind, "span"), (end,),
                                                 bare=prev.period.bare))
        out.append(c)
    return out


def _from_after_to(claims: list[Claim], figures: list[Quantity], timexes: list[TimeExpr], low: str) -> list[Claim]:
    """"Fell to 14.4 percent in 2023 from 16.6 percent": the figure it came from is the period before's."""
    out: list[Claim] = []
    for c in claims:
        if c.kind in ("level", "share") and out and not _owns_a_time(c, figures, timexes, low) and \
                _FROM_LEAD.search(low, max(0, c.number_start - 25), c.number_start):
            prev = out[-1]
            if prev.kind == c.kind and prev.unit == c.unit and prev.period is not None and \
                    not prev.period.implied and len(prev.period.parts) == 1 and \
                    _TO_LEAD.search(low, max(0, prev.number_start - 25), prev.number_start):
                p = prev.period.parts[0]
                c = replace(c, period=cp.ClaimPeriod(prev.period.kind, (p.shift_years(-1),), bare=prev.period.bare))
        out.append(c)
    return out


def _owns_a_time(c: Claim, figures: list[Quantity], timexes: list[TimeExpr], low: str) -> bool:
    """Whether some time expression of the sentence is nearer this figure than any other."""
    q = next((x for x in figures if x.start == c.number_start), None)
    if q is None:
        return True
    for t in timexes:
        if not cp.usable(t):
            continue
        near = min(figures, key=lambda x: _gap(low, t, x))
        if near is q:
            return True
    return False


def _gap(low: str, t: TimeExpr, x: Quantity) -> int:
    a, b = (x.end, t.start) if t.start >= x.end else (t.end, x.start)
    return max(0, b - a) + 50 * low.count(",", a, b)


def _event_date(an: Analysis, sent: Sentence, q: Quantity, cls: list[tuple[int, int]], doc: str,
                lead: int | None = None) -> Claim | None:
    low = an.low
    cs, ce = clause_of(cls, q.start)
    at = q.start if lead is None else lead
    before = _EVENT_BEFORE.search(low, max(cs, at - 70), at)
    after = _EVENT_AFTER.match(low, q.end, ce)
    if before is None and after is None:
        return None
    if before is not None:
        start, end = before.start(), q.end
    else:
        assert after is not None
        start, end = q.start, after.end()
        det = re.search(r"\b(?:the|a|an|its|their)\s+(?:\w+\s+)?$", low[max(cs, q.start - 25):q.start])
        if det is not None and low[max(cs, q.start - 25) + det.start():q.start].split()[-1] not in ("the", "a"):
            start = max(cs, q.start - 25) + det.start() + len(det.group(0).split()[0]) + 1
    return _make(an, sent, start, end, q, kind="event_date", value=q.value, high=None, unit="year", noun=None,
                 qualifier="exact", step=1.0, record=None, period=None, per=None, change=None, modal=False,
                 part_of=False, context_end=end, of_span=None, doc=doc)


def _claim(
    an: Analysis, sent: Sentence, q: Quantity, quantities: list[Quantity], index: int,
    cls: list[tuple[int, int]], timexes: list[TimeExpr], inherited: cp.ClaimPeriod | None, pub: date, doc: str,
) -> Claim | None:
    low = an.low
    earlier = quantities[:index]
    cs, ce = clause_of(cls, q.start)
    spanish = an.lang == "es"
    qual, qstart = qualifier_before(low, q.start, cs, an.lang)
    qual_after, qafter_end = qualifier_after(low, q.end, ce, an.lang)
    if q.hint and qual is None:
        qual = q.hint  # type: ignore[assignment]

    unit_m = unit_after(low, q.end, ce)
    family = unit_m.family
    noun = unit_m.noun
    if family in NOT_CLAIMS and q.unit not in ("USD", "MXN", "percent", "ratio"):
        return None
    pred = None
    if family is None:
        pred = unit_of_predicate(low, q.end, ce)
        if pred is not None:
            family, noun = pred.family, pred.noun
    if family is None and q.unit is None and (_TOTAL_VERB.search(low, max(cs, q.start - 30), q.start) or (
            spanish and es.TOTAL_VERB.search(low, max(cs, q.start - 30), q.start))):
        # "the official count of feminicide victims stood at 827": the subject names what is counted
        before = unit_before(low, q.start, cs)
        if before is not None and before.family in _MEASURE_FAMILIES:
            family, noun = before.family, before.noun
    if family is None and q.unit is None and earlier and (
            _COMPARED_LEAD.search(low, max(sent.start, q.start - 30), q.start)
            or (spanish and es.COMPARED_LEAD.search(low, max(sent.start, q.start - 30), q.start))):
        # "847 femicides in 2024, down from 853 in 2023": the figure compared counts what the first one did
        prev = earlier[-1]
        if prev.unit is None:
            pcs, pce = clause_of(cls, prev.start)
            um: UnitMention | None = unit_after(low, prev.end, pce)
            if um is None or um.family not in _MEASURE_FAMILIES:
                um = unit_before(low, prev.start, pcs) if _TOTAL_VERB.search(low, max(pcs, prev.start - 30),
                                                                             prev.start) else None
            if um is not None and um.family in _MEASURE_FAMILIES:
                family, noun = um.family, um.noun
    if q.unit in _UNIT_OF_QUANTITY:
        family = {"USD": "USD", "MXN": "MXN"}.get(q.unit, family if q.unit not in ("percent", "points", "ratio")
                                                   else q.unit)
    if family == "USD" or noun in ("dollars", "dollar"):
        family = "USD"
    rank_m = _RANK_OF.match(low, q.end, ce)
    capita = _per_capita(low, q, ce, an.lang)
    one = _average_of_one(low, cs, q) if capita is None else None
    if spanish and capita is None and one is None:
        avg = es.AVERAGE_OF_ONE.search(low, sent.start, q.start)
        one = (avg.group("one") or "transfer") if avg is not None else None
    per = capita[0] if capita else one if one else _per_after(low, q, unit_m.end, ce, timexes, quantities)
    if spanish and per is None:
        per_m = es.PER_BEFORE.search(low, max(cs, q.start - 30), q.start)
        if per_m is not None:
            per = "day" if per_m.group("day") else "week" if per_m.group("week") else "month"

    # "De ellas, 320 se registraron en Guanajuato y 182 en Sinaloa": bare numbers listed as parts of the figure
    # the sentence before gave are counts of it
    listed_parts = False
    if capita is None and not _accept(q, family, qual or qual_after, rank_m is not None, per, low, q.end, ce):
        listed_parts = q.form == "digits" and q.value >= 10 and q.unit is None and not q.change \
            and part_opening(low, sent.start, q.start) is not None
        # "- January: 807" under "Fentanyl seized by CBP, in pounds, by month:": a line of a list by period holds
        # its figure alone; what it counts is the lines above's to say (linking's list lead)
        list_value = q.form == "digits" and q.unit is None and not q.change \
            and _LIST_VALUE.fullmatch(low, sent.start, q.start) is not None \
            and not low[q.end:sent.end].strip(" .;\n")
        if not listed_parts and not list_value:
            return None
    if (family == "people" or (family is None and q.unit is None)) and death_context(low, cs, ce):
        family = "deaths"
    if family is None and q.form in ("words", "digits") and qual_after == "at_least":
        ub = unit_before(low, q.start, sent.start)
        if ub is not None:
            family, noun = ub.family, ub.noun

    # kind
    kind: ClaimKind
    change: Literal["ratio", "difference"] | None = None
    value: float | None = q.value
    high = q.high
    unit: str | None = family
    step = q.step
    of_span: tuple[int, int] | None = None
    context_end = max(q.end, unit_m.end if unit_m.noun else q.end, pred.end if pred else q.end)
    if q.unit == "ratio":
        kind, change = "change", "ratio"
        unit = "ratio"
    elif q.change:
        kind = "change"
        if q.unit == "percent":
            change = "ratio"
            value = 1 + q.change * q.value / 100
            high = 1 + q.change * q.high / 100 if q.high is not None else None
            step = q.step / 100
            unit = "ratio"
            if high is not None and high < value:
                value, high = high, value
        else:
            change = "difference"
            value = q.change * q.value
            high = q.change * q.high if q.high is not None else None
            unit = "percentage points" if q.unit == "points" else family
        m = _CHANGE_NOUN_AFTER.match(low, q.end, ce)
        if m:
            context_end = max(context_end, m.end())
        if spanish and one is not None:
            kind = "rate"  # "tres dólares más" than last year's average transfer: a change of an average
    elif capita is not None or one is not None:
        kind = "rate"  # per head (or per one of something): no count measures it
        if capita is not None:
            context_end = max(context_end, capita[1])
    elif rank_m is not None:
        kind = "rank"
        context_end = rank_m.end()
        unit = "rank"
    elif q.unit == "percent":
        kind = "share"
        unit = "percent"
        of = (_SHARE_OF_ES if spanish else _SHARE_OF).match(low, q.end, ce)
        if of:
            of_span = (of.end(), _np_end(low, of.end(), ce))
            context_end = of_span[1]
        elif _OUT_OF_EVERY.search(low, q.start, q.end):
            # "dos de cada tres muertes por sobredosis", "two in three overdose deaths": the whole follows the count
            of_span = (q.end, _np_end(low, q.end, ce))
            context_end = of_span[1]
    elif per in ("day", "week", "month"):
        kind = "rate"
    elif family == "events":
        kind = "count_event"
    else:
        kind = "level"
    if qual_after and qual is None:
        qual = qual_after
    if q.high is not None or q.form == "vague":
        qual = "range" if qual is None or q.form == "vague" else qual
    if kind == "change" and change == "ratio" and q.change < 0 and qual in _FLIP_ON_FALL:
        # "fell by more than 20 percent": the ratio is *below* 0.8
        qual = _FLIP_ON_FALL[qual]
    qualifier: Qualifier = qual or "exact"

    # span of the quote
    start = min(q.start, qstart)
    fill = _FILLERS_BEFORE.search(low, max(cs, start - 20), start)
    if fill:
        start = fill.start()
    end = max(context_end, qafter_end if qual_after else q.end)
    if kind in ("share", "level", "rate") and of_span is None and unit_m.noun and _PREP_AFTER.match(low, unit_m.end):
        end = max(end, _np_end(low, unit_m.end, ce, limit_words=4))
    if rank_m is not None:
        end = max(end, rank_m.end())

    own = _own_timex(q, timexes, cls, quantities, low)
    possessive = _YEAR_POSSESSIVE.search(low, max(cs, qstart - 40), qstart) if kind in ("level", "rate") else None
    if possessive is not None:
        # "down 0.4% from 2019's record 34,723": the year's own figure
        y = int(possessive.group("y"))
        own = TimeExpr(possessive.start("y"), possessive.end("y"), "year", (Period.year(y),), bare=True)
    if kind == "change":
        # "32% lower than in June 2024": the comparison right after a change names its base
        own = next((t for t in timexes if t.kind == "base" and q.end <= t.start < ce
                    and _TO_BASE.match(low, q.end, t.start)), own)
        # "5% below July 2023's level", "5 por ciento por debajo de las de julio de 2023": the period set below or
        # above is the base
        below = next((t for t in timexes if t.kind in ("month", "year", "fiscal_year", "quarter") and t.periods
                      and q.end <= t.start < ce and _set_beside(low, q, t)), None)
        if below is not None:
            own = replace(below, kind="base")
    elif own is not None and own.kind == "base" and not _COMPARED_LEVEL.search(low, max(cs, qstart - 30), qstart):
        # "fell by half from the same month of 2024, to 1,028 pounds": only the level compared with ("from 140,500
        # in August", "than the 30,968 registered in 2022") is of the base's period; this one is of the sentence's
        own = next((t for t in timexes if cp.usable(t) and t.kind != "base" and t.end <= q.start), None)
    if kind != "change" and own is not None and own.kind in ("previous", "base", "since") and \
            _FROM_BEFORE_TIME.search(low, max(0, own.start - 8), own.start + 5) and \
            TO_FIGURE.fullmatch(low, own.end, qstart):
        # "slipping 3.6% from a year earlier to $5.41 billion": the base is the change's; the level it came to is
        # of the time the sentence speaks of
        own = next((t for t in reversed(timexes) if cp.usable(t) and t.kind not in ("previous", "base", "since")
                    and t.end <= own.start), None) or \
            next((t for t in timexes if cp.usable(t) and t.kind not in ("previous", "base", "since")
                  and t.start >= q.end), None)
    own = _end_of_span(low, q, earlier, quantities[index + 1:], own, timexes, cs, ce, qstart)
    own = _when_clause(low, q, timexes, min(cs, sent.start), own, es.WHEN_CLAUSE if spanish else _WHEN_CLAUSE)
    if kind != "change":
        own = _same_months(own, timexes, inherited)
    if own is not None and own.kind == "next":
        own = cp.next_of(own, [t for t in timexes if cp.usable(t) and t is not own], inherited)
    if own is not None and own.kind in ("previous", "same_year"):
        others = [t for t in timexes if cp.usable(t) and t.kind not in ("previous", "same_year")]
        own = (cp.previous_of if own.kind == "previous" else cp.same_as)(own, others, inherited, pub)
    if own is not None and own.end <= ce and (q.end <= own.start < end or (
            own.start >= end and len(low[end:own.start].split()) <= 3)) and \
            not any(end <= x.start < own.start for x in quantities[index + 1:]):
        end = own.end  # the quote takes in its period, unless another figure stands between
    for t in timexes:
        if t.kind == "per" and end <= t.start < ce and len(low[end:t.start].split()) <= 1:
            end = t.end  # "100,000 Americans each year"
            break
    record = (_record_es if spanish else _record)(low, cs, q.start, end, ce) if kind != "change" else None
    if record and _IN_SOMEONES_TIME.search(an.norm, cs, q.start):
        record = None  # "the highest in Obama's eight years": a record over a term, which no date bounds here
    month_of_year = _MONTH_OF_YEAR.search(low, max(sent.start, q.start - 90), q.start) if kind != "change" else None
    if month_of_year is not None and not _ANY_DIGIT.search(low, month_of_year.end(), q.start):
        # "Octubre fue el mes más violento de 2022, con 2 mil 771": a record among that year's months
        record = "low" if month_of_year.group("low") or month_of_year.group("es_low") else "high"
    record_since = since_month = None
    if kind != "change":
        since = _record_since(low, cs, q.start, end, ce, es.RECORD_SINCE if spanish else _RECORD_SINCE)
        if since is not None:
            record, record_since, since_month = since
    record_year = None
    if month_of_year is not None and record:
        named_year = month_of_year.group("y")
        record_since = (int(named_year) if named_year else pub.year) - 1
        subject = _subject_month(low, sent.start, month_of_year.start(), named_year, pub)
        if subject is not None:
            own, record_year, record_since = subject, subject.periods[0].start.year, None
    if record and not fill:
        rs = _RECORD.search(low, max(cs, start - 12), start)
        if rs:
            start = rs.start()
    modal = (es.MODAL if spanish else _MODAL).search(low, max(cs, q.start - 45),
                                                     qstart if qstart < q.start else q.start) is not None \
        or _CONDITIONAL_OPENING.match(low, sent.start, q.start) is not None \
        or _THRESHOLD.search(low, max(cs, q.start - 100), q.start) is not None
    opening = part_opening(low, sent.start, q.start)
    part_of = bool(_PART_AFTER.match(low, q.end, ce)) or _part_before(low, q, earlier, sent.start) or (
        opening is not None and not any(e.start >= opening.start() for e in earlier))

    # period
    if listed_parts and own is not None and (own.kind in ("since", "base") or re.search(
            r"\b(?:desde|since)\s+$", low[max(0, own.start - 8):own.start])):
        own = None  # "182 en Sinaloa, estado sacudido desde septiembre": the list's period, not the place's story
    single = any(t.kind == "single" and cs <= t.start < ce for t in timexes)
    if own is None and (_TENURE.search(an.norm, cs, ce) or (spanish and es.TENURE.search(low, cs, ce))):
        single = True  # a term of office: no official period matches it
    if kind == "change" and q.form == "multiplier" and not any(cp.usable(t) for t in timexes) and \
            re.search(r"times|twice|fold", low[q.start:q.end]) and _COMPARISON.search(low, q.end, ce):
        return None  # "50 times more potent than heroin": a comparison, not a change over time
    if single:
        period = None  # "in a single week": no official series counts that
    elif kind == "change":
        others = [t for t in timexes if cp.usable(t) and t is not own]
        period = cp.for_change(own, others, inherited, pub)
    elif kind in ("count_event", "rank") and own is None:
        period = None
    else:
        period = cp.for_level(own, inherited, per, pub, estimate_like=kind == "share")
    if period is not None and period.bare and _CALENDAR_BASIS.search(low, sent.start, q.start) \
            and not _FISCAL_BASIS.search(low, max(sent.start, q.start - 60), q.start):
        period = replace(period, bare=False)  # "Measured by calendar year, encounters peaked in 2022 at 2.58 million"
    if kind == "rate" and per == "month" and period is not None and period.kind == "month":
        kind, per = "level", None  # "a monthly record of 250,000 in December": the month's total
    attribution = _attribution(an.norm, sent.start, sent.end)
    made = _make(an, sent, start, end, q, kind=kind, value=value, high=high, unit=unit, noun=noun,
                 qualifier=qualifier, step=step, record=record, period=period, per=per, change=change,
                 modal=modal, part_of=part_of, context_end=context_end, of_span=of_span, doc=doc,
                 attribution=attribution)
    return replace(made, record_since=record_since, record_since_month=since_month, record_year=record_year) \
        if record_since is not None or record_year is not None else made


def _subject_month(low: str, floor: int, at: int, year: str | None, pub: date) -> TimeExpr | None:
    """"May was the most violent month of the year": the month a record among a year's months is of.

    Without a year named, the year is the latest month's at publication; a month not over by
    then is no such subject.
    """
    m = _MONTH_SUBJECT.search(low[max(floor, at - 60):at])
    mon = month_number(m.group("m")) if m is not None else None
    if m is None or mon is None:
        return None
    y = int(year) if year else cp.latest_month(pub).start.year
    p = Period.month(y, mon)
    if p.end >= pub:
        return None
    start = max(floor, at - 60) + m.start("m")
    return TimeExpr(start, start + len(m.group("m")), "month", (p,))


_CONTACT = re.compile(
    r"\+\d[\d\s().-]{6,}\d|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b"
    r"|\b(?:[a-z]{2}|d\.c\.)\s+\d{5}(?:-\d{4})?\b(?!\s*(?:people|migrants|deaths|pounds|encounters|victims))")


def _contact_at(low: str, q: Quantity, sent: Sentence) -> bool:
    """Whether the number is part of a phone number or a postcode."""
    for m in _CONTACT.finditer(low, max(sent.start, q.start - 16), min(sent.end, q.end + 16)):
        if m.start() <= q.start and q.end <= m.end():
            return True
    return False


def _not_a_figure(low: str, q: Quantity, sent: Sentence, lang: str = "en") -> bool:
    """Numbers that name or divide rather than count: labels, list markers, adjectives, denominators."""
    if _LABEL_BEFORE.search(low, max(sent.start, q.start - 14), q.start):
        return True
    if _AFTER_NOT_CLAIM.match(low, q.end, min(sent.end, q.end + 25)):
        return True
    if q.start == sent.start and _LIST_MARKER_AFTER.match(low, q.end, q.end + 2):
        return True
    if (q.form == "digits" and low[q.end:q.end + 1] == "-" and low[q.end + 1:q.end + 2].isalpha() and not q.unit
            and not low.startswith("-plus", q.end)):
        return True  # "12-month", "20-year": an adjective, not a count
    if q.unit is None and _AGE_BEFORE.search(low, max(sent.start, q.start - 24), q.start):
        return True  # "Americans aged 18 to 45"
    if q.unit is None and _contact_at(low, q, sent):
        return True  # "+52 55 5211 0934", "Washington, DC 20036": phone numbers and postcodes
    denominator = es.DENOMINATOR_BEFORE if lang == "es" else _DENOMINATOR_BEFORE
    return q.unit is None and denominator.search(low, max(sent.start, q.start - 16), q.start) is not None


def _per_capita(low: str, q: Quantity, ce: int, lang: str = "en") -> tuple[str, int] | None:
    """"29 per 100,000 inhabitants": the population a rate is per, and where the words end."""
    if q.unit in ("ratio", "points") or q.form not in ("digits", "words"):
        return None
    if lang == "es":
        return _per_capita_es(low, q, ce)
    m = _PER_CAPITA.match(low, q.end, ce)
    if m is None:
        return None
    if m.group("n"):
        n = float(m.group("n").replace(",", ""))
        n *= {"k": 1e3, "thousand": 1e3, "million": 1e6}.get(m.group("scale") or "", 1.0)
    else:
        w = " ".join(m.group("w").split())
        w = w.removeprefix("one ").removeprefix("a ")
        if w not in _PER_CAPITA_WORDS:
            return ("person" if w in ("capita", "head", "inhabitant", "resident") else w), m.end()
        n = float(_PER_CAPITA_WORDS[w])
    return f"{n:,.0f} people", m.end()


_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:lowest|highest|most|fewest|least|largest|smallest|biggest|strongest|weakest|worst|best|first)"
    r"(?:\s+[\w'-]+){0,7}\s+since\b")
# "the most violent month of 2022", "el mes más violento del año", "the quietest month this year"
_MONTH_OF_YEAR = re.compile(
    r"\b(?:(?:(?P<low>least\s+violent|quietest|calmest|lowest|least\s+deadly)|most\s+violent|deadliest|bloodiest"
    r"|worst|highest|busiest)\s+month|mes\s+(?:(?P<es_low>menos\s+violento|más\s+tranquilo|más\s+bajo)|más\s+violento"
    r"|más\s+letal|más\s+sangriento|más\s+alto|con\s+más\s+\w+))"
    # ("the most violent month for women in Mexico this year": whom or where, before the year)
    r"(?:\s+(?:for|in|among|on|along|at|para|en|entre)\s+[\w'.áéíóúñ-]+(?:\s+[\w'.áéíóúñ-]+){0,4}?)?"
    r"\s+(?:so\s+far\s+|en\s+lo\s+que\s+va\s+)?(?:(?:of|in|de|del|en)\s+)?(?:(?:the|this|el|este)\s+)?"
    r"(?:year|año|(?P<y>(?:19|20)\d\d))\b")
_FIRST_SINCE = re.compile(r"\b(?:first|primer[oa]?)\s+(?:[\wáéíóúñ-]+\s+){0,3}?(?:since|desde)\b")
_SUPERLATIVE_OF_YEAR = re.compile(
    r"\b(?:(?:most|least)\s+\w+|deadliest|bloodiest|highest|lowest|worst|busiest)\s+(?:month|day|week|quarter)"
    r"(?:\s+(?:of|in))?\s+$"
    r"|\b(?:mes|día|semana|trimestre)\s+(?:más\s+\w+|con\s+más\s+\w+(?:\s+\w+)?)(?:\s+(?:de|del|en))?\s+$")
_SUPERLATIVE_WITHIN = re.compile(
    r"\b(?:lowest|highest|most|fewest|least|largest|smallest|biggest|worst|deadliest|busiest)(?:\s+[\w-]+){0,3}\s+$")
_TOTAL_VERB = re.compile(
    rf"\b(?:stood|stands|came|comes|amounted|amounts)\s+(?:at|to)\s+(?:{_QUALIFIER_WORDS}\s+)?$"
    rf"|\b(?:totaled|totalled|totals|numbered|numbers|reached|hit|was|were)\s+(?:{_QUALIFIER_WORDS}\s+)?$"
    # "Feminicides fell to 790"
    rf"|\b{mv.words(mv.forms(mv.RISING_VERBS + mv.FALLING_VERBS, 'past'))}\s+to\s+"
    rf"(?:{_QUALIFIER_WORDS}\s+)?$")
_COMPARED_LEAD = re.compile(
    rf"\b(?:up|down)\s+from\s+(?:the\s+)?(?:{_QUALIFIER_WORDS}\s+)?$"
    rf"|\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:the\s+)?(?:{_QUALIFIER_WORDS}\s+)?$")
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas|but|and|although|though)\b|;")


def _average_of_one(low: str, cs: int, q: Quantity) -> str | None:
    """"The average worker ... $400": what one of which the figure is an average (the noun's head)."""
    found = None
    for m in _AVERAGE_OF_ONE.finditer(low, cs, q.start):
        found = m
    if found is None or _NEW_CLAUSE.search(low, found.end(), q.start):
        return None  # "the average transfer was $390, while transactions dipped 2.6%": the average ends
    return found.group("np").split()[-1]


def _accept(q: Quantity, family: str | None, qual: str | None, rank: bool, per: str | None, low: str,
            end: int, ce: int) -> bool:
    if q.unit in ("USD", "MXN", "percent", "points", "ratio", "other_currency"):
        return True
    if q.form in ("fraction", "vague"):
        return True
    if q.change:
        return True
    if rank:
        return True
    if family in NOT_CLAIMS:
        return False
    if q.form == "words":
        # ("eighteen hundred a day": a figure in words, as large as one in digits)
        if q.scaled or q.value >= 1000 or (per in ("day", "week", "month", "year") and q.value >= 100):
            return True
        if family in _MEASURE_FAMILIES and q.value >= 10:
            return True
        if family == "events" or (qual in ("at_least",) and low.startswith(" and counting", end)):
            return True
        return bool(qual) and family in _MEASURE_FAMILIES
    # digits
    if q.scaled or q.value >= 1000 or family in _MEASURE_FAMILIES or family == "events":
        return True
    if per in ("day", "week", "month", "year") and q.value >= 10:
        return True
    return bool(qual) and family is not None and q.value >= 10


def _per_after(low: str, q: Quantity, noun_end: int, ce: int, timexes: list[TimeExpr],
               figures: list[Quantity]) -> str | None:
    """A rate written with the figure ("7,500 a day", "100,000 Americans each year", "annual deaths");
    not one written with another figure ("a total of 2,400 yields an average of 80 per day")."""
    best: str | None = None
    for t in timexes:
        if t.kind != "per":
            continue
        if any(x is not q and (q.end <= x.start < t.start or t.end <= x.start < q.start) for x in figures):
            continue
        if t.weak:
            # "a day" only right after the figure or its noun
            gap = low[max(q.end, noun_end):t.start] if t.start >= q.end else "x" * 99
            # "$1.3 billion of Mexican goods a day": what the amount is of belongs to it
            gap = re.sub(r"^\s*(?:worth\s+)?of\s+(?:[a-z.'-]+\s+){0,2}[a-z.'-]+(?=\s*$)", "", gap)
            if len(gap.split()) <= 2 and t.start >= q.end and t.start < ce + 1:
                return t.per
            continue
        # ("$64 billion in remittances, and every day thousands crossed": another clause's rate)
        if q.end <= t.start and CONJUNCT.search(low, q.end, t.start):
            continue
        if (q.end <= t.start < ce) or (t.end <= q.start and q.start - t.end < 80) or (
                q.end <= t.start and t.start - q.end < 80):
            best = best or t.per
    return best


def _np_end(low: str, pos: int, ce: int, limit_words: int = 8) -> int:
    m = _NP_END.search(low, pos, ce)
    end = m.start() if m else ce
    words = list(re.finditer(r"\S+", low[pos:end]))
    if len(words) > limit_words:
        end = pos + words[limit_words - 1].end()
    while end > pos and low[end - 1] in " ,":
        end -= 1
    tail = _TRAILING_SMALL.search(low, pos, end)
    if tail:
        end = tail.start()
    return end


def _record(low: str, cs: int, qs: int, qe: int, ce: int) -> Literal["high", "low"] | None:
    window_start = max(cs, qs - 70)
    for m in _RECORD.finditer(low, window_start, qe):
        if _NOT_RECORD.search(low, max(0, m.start() - 12), m.end()) or _ANY_DIGIT.search(low, m.end(), qs):
            continue
        return "low" if m.group("low") else "high"
    m2 = _RECORD_AFTER.match(low[qe:ce])
    # "21,900 pounds last year, down from a record 27,000": the record is the later figure's
    if m2 and not _ANY_DIGIT.search(low, qe, qe + m2.end()) and \
            not re.match(r"\s*(?:[-\w]+\s+){0,4}?(?:\$|us\$|\d)", low[qe + m2.end():ce]):
        return "low" if m2.group("low") else "high"
    return None


def _per_capita_es(low: str, q: Quantity, ce: int) -> tuple[str, int] | None:
    """"29 por cada 100 mil habitantes", "per cápita": the population a Spanish rate is per."""
    m = es.PER_CAPITA.match(low, q.end, ce)
    if m is None:
        return None
    if m.group("n"):
        n = es.parse_digit_token(m.group("n"))[0] * (1e3 if m.group("scale") else 1.0)
    elif m.group("w"):
        n = {"cien mil": 1e5, "mil": 1e3, "millón": 1e6}[" ".join(m.group("w").split())]
    else:
        return "person", m.end()
    return f"{n:,.0f} people", m.end()


_RECORD_AFTER_ES = re.compile(
    # (a year between them is no other figure: "... en 2024, cifra récord")
    r"^(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?(?:,\s*)?(?:(?:un|una|el|la|su|nuevo|nueva)\s+)*(?:(?P<high>récord|record|máximo\s+histórico"
    r"|cifra\s+récord)|(?P<low>mínimo\s+histórico|(?:nivel|cifra)\s+más\s+baj[oa]\s+(?:de\s+la\s+historia"
    r"|jamás\s+registrad[oa]|histórico|registrad[oa])))\b"
)


def _record_es(low: str, cs: int, qs: int, qe: int, ce: int) -> Literal["high", "low"] | None:
    """A record claimed in Spanish: "un récord de más de 2.2 millones", "74.215, un mínimo histórico".

    Words of a record within five years ("el nivel más bajo en cinco años") or since a year are no
    record over the whole series; the latter is read by ``_record_since``.
    """
    for m in es.RECORD.finditer(low, max(cs, qs - 70), qs):
        if _ANY_DIGIT.search(low, m.end(), qs) or re.match(r"[^.;,]{0,30}?\b(?:en|desde)\s+(?:(?:más\s+de|casi)"
                                                             r"\s+)?(?:\w+\s+)?(?:años|\d{4})", low[m.end():qs]):
            continue
        return "low" if m.group("low") else "high"
    m2 = _RECORD_AFTER_ES.match(low[qe:ce])
    # "..., y un récord de 3.1 millones": a record followed by its own figure is that figure's
    if m2 and not re.match(r"\s*(?:[\w-]+\s+){0,4}?(?:\$|us\$|\d)", low[qe + m2.end():ce]):
        return "low" if m2.group("low") else "high"
    return None


def _record_since(low: str, cs: int, qs: int, qe: int, ce: int,
                  pattern: re.Pattern[str] | None = None) -> tuple[Literal["high", "low"], int, int | None] | None:
    """A record over the years after one ("the lowest since 1971"): its direction and the last year excluded,
    with the month when one is named ("since March 2021": the months after it).

    A decade ("since the 1970s") excludes the whole decade. Only words next to the figure count:
    another figure between them has the superlative to itself.
    """
    for lo, hi in ((qe, ce), (max(cs, qs - 70), qs)):
        for m in (pattern or _RECORD_SINCE).finditer(low, lo, hi):
            between = low[qe:m.start()] if m.start() >= qe else low[m.end():qs]
            if _ANY_DIGIT.search(between) or (pattern is not None and m.start() >= qe and re.search(r"\by\b", between)):
                # "90.120 casos en 2022 y la cifra más baja desde 2018": another subject's record
                continue
            month = month_number(m.group("mon"))
            if m.group("mon") and month is None:
                continue  # "since the pandemic of 2020" is no month
            year = int(m.group("y")) + (9 if m.group("s") else 0)
            return ("low" if m.group("low") else "high"), year, month
    return None


_WHOLE_BEFORE = re.compile(r"(?:\bof\s+(?:the|those|these|this|its|their)\s+|(?:^|[.;:]\s*)of\s+)(?:\w+\s+){0,2}$")


def _part_before(low: str, q: Quantity, earlier: list[Quantity], floor: int) -> bool:
    """"of the nearly $60 billion sent ..., at least $4.4 billion": a part of an earlier figure."""
    for p in earlier:
        if p.form == "year" or p.unit != q.unit:
            continue
        head = low[max(floor, p.start - 30):p.start]
        # "an inflow of $4,100 million, while ..." is no whole: the whole needs its determiner
        if _WHOLE_BEFORE.search(head) and "," in low[p.end:q.start]:
            return True
    return False


def _record_field(low: str, t: TimeExpr) -> bool:
    """"The lowest total since fiscal 2020", "the most violent month so far this year": how far a record
    reaches, not when the figure is from."""
    if t.kind == "since":
        return bool(_SUPERLATIVE_SINCE.search(low, max(0, t.start - 70), t.start + 6)
                    or es.SUPERLATIVE_SINCE.search(low, max(0, t.start - 70), t.start + 6)
                    # "su primera caída anual desde 2013", "the first annual decline since 2013"
                    or _FIRST_SINCE.search(low, max(0, t.start - 50), t.start + 6))
    if t.kind == "year" and _SUPERLATIVE_OF_YEAR.search(low, max(0, t.start - 50), t.start):
        return True  # "the most violent month of 2022", "el mes más violento de 2022": the record's field
    return t.kind == "ytd" and _SUPERLATIVE_WITHIN.search(low, max(0, t.start - 40), t.start) is not None


# "29% of the 2.48 million", "270,336 of the 432,059": the words between a figure and the whole it is of
OF_WHOLE_FIGURE = re.compile(r"\s*(?:of|de)\s+(?:the|its|their|los|las|sus)?\s*(?:\$|us\$|mx\$)?\s*")


# "to $61.8 billion", "to a record 2.48 million", "a unos 80 mil": the level a change came to
_TO_FIGURE = (
    r"\s*,?\s*(?:to|a|hasta)\s+(?:(?:a|an|un|una)\s+)?(?:(?:new\s+)?record"
    r"(?:\s+high)?(?:\s+of)?\s+|récord\s+de\s+|nuevo\s+máximo\s+de\s+)?(?:(?:about|roughly|nearly|some|almost|more\s+than"
    r"|over|around|just\s+over|just\s+under|an\s+estimated|casi|unos|unas|alrededor\s+de|más\s+de|poco\s+más\s+de)\s+)?"
    r"(?:\$|us\$|mx\$)?\s*")
_CHANGED_TO_FIGURE = re.compile(r"\s*(?:percent|per\s+cent|por\s+ciento)?" + _TO_FIGURE)
# "fell 4.6% to $61.8 billion", "nearly doubled to about 98,000 pounds": what stands before the level a change came to
TO_FIGURE = re.compile(_TO_FIGURE)


def _own_timex(q: Quantity, timexes: list[TimeExpr], cls: list[tuple[int, int]], quantities: list[Quantity],
               low: str) -> TimeExpr | None:
    """The time expression that dates this figure.

    Each time expression belongs to the figure nearest to it ("600,000 were single adults, a 90
    percent increase since fiscal year 2021": the "since" dates the increase). A
    figure with none of its own takes one that opens its clause or sentence ("In 2022, ...").
    """
    # "the lowest total since fiscal 2020" says how far back a record goes, not when the figure is from
    usable = [t for t in timexes if cp.usable(t) and not _record_field(low, t)]
    if not usable:
        return None
    cs, ce = clause_of(cls, q.start)

    # "the two countries", "three governments": small numbers in words are seldom figures and claim no time
    claimants = [x for x in quantities if x is q or not (x.form == "words" and x.unit is None and not x.scaled
                                                          and x.value < 10)] or [q]
    # "29% of the 2.48 million encounters in fiscal 2023": a share and the whole it is of share one time,
    # and so do a change and the level it came to ("fell 4.6% to $61.8 billion in 2025"): the two are one
    # phrase, and a time after it is as near the first as it is to the end of the second
    joined = next((x for x in claimants if x is not q and x.start >= q.end and (
        OF_WHOLE_FIGURE.fullmatch(low, q.end, x.start)
        or (q.unit == "percent" and _CHANGED_TO_FIGURE.fullmatch(low, q.end, x.start)))), None)
    claimants = [x for x in claimants if x is not joined]

    def dist(t: TimeExpr, x: Quantity) -> int:
        if x is q and joined is not None and t.start >= joined.end:
            x = joined
        if t.start >= x.end:
            # a time after a figure's own noun ("2,804 pounds of fentanyl in fiscal 2019") is as near as
            # one right after the number
            a, b = x.end, t.start
            noun = _OWN_NOUN.match(low, a, b)
            d = max(0, b - (noun.end() if noun else a))
        else:
            # "in fiscal 2019 and 27,023 pounds": a conjunction closes the item the time belongs to
            a, b = t.end, x.start
            d = max(0, b - a) + (20 if _CONJ.search(low, a, b) else 0)
        # (a bracket, like a comma, sets off another figure: "15.8 percent ... in 2024 (up from 13.1 percent")
        return d + 50 * (low.count(",", a, b) + low.count("(", a, b))

    mine = [t for t in usable if min(claimants, key=lambda x: dist(t, x)) is q]
    in_clause = [t for t in mine if cs <= t.start < ce]
    pool = in_clause or mine
    if pool:
        return min(pool, key=lambda t: dist(t, q))
    # "From January through November, exports totaled ... and imports totaled ...": a run of months opening
    # the sentence dates each figure in it
    lead = [t for t in usable if t.end <= q.start and t.kind != "since"
            and (t.kind != "span" or all(p.canonical_kind == "month" for p in t.periods))]
    return lead[-1] if lead else None


_WHEN_CLAUSE = re.compile(r",\s*(?:when|at\s+which\s+point|in\s+which)\b[^,;\d]{0,60}$")


def _when_clause(low: str, q: Quantity, timexes: list[TimeExpr], floor: int, own: TimeExpr | None,
                 when: re.Pattern[str]) -> TimeExpr | None:
    """"Since March 2020, when 75,000 deaths were reported", "En el 2022, cuando ascendió a 58 mil
    867 millones": a figure in a clause opened by "when" is of the time named just before it, even
    when that time is the base of a change."""
    m = when.search(low, max(floor, q.start - 70), q.start)
    if m is None or (own is not None and own.start > m.start()):
        return own
    t = next((t for t in timexes if t.periods and 0 <= m.start() - t.end <= 1
              and t.kind in ("base", "year", "month", "fiscal_year", "since")), None)
    if t is None:
        return own
    p = t.periods[0]
    kind = {"fiscal_year": "fiscal_year", "month": "month", "quarter": "quarter", "year": "year"}.get(
        p.canonical_kind, "part_year")
    return TimeExpr(t.start, t.end, kind, (p,), bare=t.bare, note=t.note)  # type: ignore[arg-type]


def _same_months(own: TimeExpr | None, timexes: list[TimeExpr], inherited: cp.ClaimPeriod | None) -> TimeExpr | None:
    """"Compared with the same month of 2019, when 2,050 people were killed": the months the text speaks of,
    in that year."""
    if own is None or own.note != SAME_PERIOD or not own.periods or own.periods[0].canonical_kind != "year":
        return own
    year = own.periods[0].start.year
    runs = [r for t in timexes if t.kind != "base" and cp.usable(t) and (r := cp.months_of(t)) is not None]
    ref = runs[-1] if runs else None
    if ref is None and inherited is not None and len(inherited.parts) == 1 and not inherited.implied:
        p = inherited.parts[0]
        if p.is_whole_months and p.start.year == p.end.year and p.canonical_kind != "year":
            ref = p
    if ref is None:
        return own
    p = ref.shift_years(year - ref.start.year)
    kind = {"month": "month", "quarter": "quarter"}.get(p.canonical_kind, "part_year")
    return TimeExpr(own.start, own.end, kind, (p,))  # type: ignore[arg-type]


_OWN_NOUN = re.compile(r"\s*(?:[a-z][\w.'-]*\s+){0,2}?(?:[a-z][\w.'-]*)?(?:\s+of\s+(?:[a-z][\w.'-]*\s*){1,2})?"
                      r"(?=\s+(?:in|during|for|of|by|through|last|this)\b)")
_CONJ = re.compile(r"\b(?:and|to|versus|vs\.?|compared\s+with)\b")
_FROM_LEAD = re.compile(rf"\bfrom\s+(?:{_QUALIFIER_WORDS}\s+)?$")
_TO_LEAD = re.compile(rf"\bto\s+(?:{_QUALIFIER_WORDS}\s+)?$")


def _end_of_span(low: str, q: Quantity, earlier: list[Quantity], later: list[Quantity], own: TimeExpr | None,
                 timexes: list[TimeExpr], cs: int, ce: int, lead: int) -> TimeExpr | None:
    """"Rose from 1.7 million to 2.4 million between 2021 and 2022": the first figure is the first
    year's, the second the last year's (not each year's)."""
    start = min(lead, q.start)
    before = low[max(cs, start - 25):start]
    if _FROM_LEAD.search(before) and later and _TO_LEAD.search(low[max(cs, later[0].start - 25):later[0].start]):
        which = 0
    elif _TO_LEAD.search(before) and earlier and _FROM_LEAD.search(low[max(cs, earlier[-1].start - 25):
                                                                         earlier[-1].start]):
        which = -1
    else:
        return own
    spans = [t for t in timexes if t.kind == "span" and len(t.periods) == 2 and cs <= t.start < ce]
    if not spans or (own is not None and own.kind != "span"):
        return own
    t = spans[0]
    p = t.periods[which]
    kind = {"fiscal_year": "fiscal_year", "month": "month"}.get(p.canonical_kind, "year")
    return TimeExpr(t.start, t.end, kind, (p,), bare=t.bare)  # type: ignore[arg-type]


def _attribution(norm: str, s: int, e: int) -> str | None:
    m = _ATTRIBUTION.search(norm, s, e)
    if not m:
        return None
    who = (m.group("a") or m.group("b") or "").strip()
    who = re.sub(r"^(?:The|According|It|This|That|These|Those|Officials?)\s*", "", who).strip()
    return who or None


def _rank_assertions(
    an: Analysis, sent: Sentence, cls: list[tuple[int, int]], timexes: list[TimeExpr],
    inherited: cp.ClaimPeriod | None, pub: date, doc: str, existing: list[Claim],
) -> list[Claim]:
    """"Mexico is the largest trading partner of the United States": a rank without digits."""
    out: list[Claim] = []
    low = an.low
    spots = [m for m in _RANK_SPOT.finditer(low, sent.start, sent.end)
             if (m.group("noun") or m.group("no") or m.group("numw"))
             and not re.match(r"in\s+the\s+first\s+place\b", m.group(0))]
    if an.lang == "es":
        spots = []
        for m in es.RANK_ASSERTION.finditer(low, sent.start, sent.end):
            if any(c.start < m.end() and m.start() < c.end for c in existing + out):
                continue
            rank = float(es.ORDINALS.get(m.group("ord") or "", 1))
            first = m.start("ord") if m.group("ord") else m.start("sup2")
            q = Quantity(first, m.end(), rank, None, 0.0, "words", "rank")
            own = _own_timex(q, timexes, cls, [q], low)
            out.append(_make(an, sent, first, m.end(), q, kind="rank", value=rank, high=None, unit="rank",
                             noun=m.group("noun"), qualifier="exact", step=0.0, record=None,
                             period=cp.for_level(own, inherited, None, pub), per=None, change=None,
                             modal=False, part_of=False, context_end=m.end(), of_span=None, doc=doc))
    for m in [*_RANK_ASSERTION.finditer(low, sent.start, sent.end), *spots] if an.lang != "es" else []:
        if any(c.start < m.end() and m.start() < c.end for c in existing + out):
            continue
        if m.groupdict().get("joined") and not any(c.kind == "rank" and c.end <= m.start() for c in out):
            continue  # "and the second-largest market" is a rank only after one already claimed
        groups = m.groupdict()
        ord_word = groups.get("ord") or groups.get("ord2")
        rank = 1.0
        if ord_word:
            rank = float(ORDINALS.get(ord_word, 0) or (1 if ord_word == "first" else int(ord_word[0])))
        elif m.group("no"):
            rank = float(m.group("no"))
        elif m.group("numw"):
            rank = float({"one": 1, "two": 2, "three": 3}[m.group("numw")])
        first = m.start("ord") if groups.get("ord") else m.start("ord2") if groups.get("ord2") else m.start("sup")
        last = m.end("sup") if groups.get("sup") else m.end("ord2")
        if groups.get("ord") and "ord2" not in groups:
            last = m.end("ord")  # "seized the second spot"
        q = Quantity(first, last, rank, None, 0.0, "words", "rank")
        cs, _ = clause_of(cls, m.start())
        own = _own_timex(q, timexes, cls, [q], low)
        period = cp.for_level(own, inherited, None, pub)
        modal = _MODAL.search(low, max(cs, m.start() - 45), m.start()) is not None
        out.append(_make(an, sent, q.start, m.end(), q, kind="rank", value=rank, high=None, unit="rank",
                         noun=groups.get("noun") or groups.get("noun2"), qualifier="exact", step=0.0, record=None,
                         period=period, per=None,
                         change=None, modal=modal, part_of=False, context_end=m.end(), of_span=None, doc=doc,
                         attribution=None))
    return out


# "a record number of apprehensions", "the lowest level since 2020", "the highest ever recorded", "an all-time
# high": a superlative that is itself the claim, with no figure of its own
_SINCE_TIME = (r"(?:records\s+began|(?:the\s+)?(?:fiscal\s+(?:year\s+)?|fy\s*)?(?:(?:early\s+|mid-?\s*|late\s+)?"
               r"(?:19|20)\d\d(?:'?s)?|(?:january|february|march|april|may|june|july|august|september|october"
               r"|november|december)(?:\s+of)?\s+(?:19|20)\d\d))")
_IN_YEARS = r"in\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?(?:\w+|\d+)\s+(?:years|decades)"
# "a record number of apprehensions", "the lowest level since 2020", "the highest ever recorded", "an all-time
# high", "a 13-year high", "a high not seen since fiscal year 2006": a superlative that is itself the claim,
# with no figure of its own
_RECORD_ASSERTION = re.compile(
    r"\b(?:(?:a|an|the)\s+(?:new\s+)?)?(?:"
    r"(?P<rec>record(?:[\s-](?P<rec_low>lows?)|[\s-]highs?|[\s-]breaking|[\s-]setting)?)\s+"
    r"(?:(?:monthly|annual|yearly|high|low|total)\s+)?(?:number|numbers|levels?|amounts?|totals?|highs?|lows?|pace"
    r"|year|month|flows?|inflows?|sums?|figures?|counts?|deaths|seizures|encounters|apprehensions|remittances"
    r"|crossings|surge)\b"
    r"|(?P<rec2>record(?:[\s-](?P<rec2_low>lows?)|[\s-]highs?)?)(?=\s*(?:in|of|for|last|this|during|on|at|since"
    r"|[,.;:]|$))"
    r"|(?P<all>all[\s-]time\s+(?:(?P<all_low>lows?)|highs?))"
    r"|(?P<nyear>(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[\s-]years?[\s-](?:(?P<ny_low>lows?)"
    r"|highs?))"
    r"|(?P<seen>(?:(?P<seen_low>lows?)|highs?|levels?|(?:daily\s+|monthly\s+)?average|pace)\s+(?:not\s+seen|unseen)"
    rf"\s+(?:since\s+{_SINCE_TIME}|{_IN_YEARS}))"
    r"|(?P<sup>(?:(?P<sup_low>lowest|fewest|smallest)|highest|most|largest|biggest))(?:\s+[\w-]+){0,10}?\s+"
    r"(?:ever(?:\s+recorded)?|on\s+record|(?:recorded\s+)?to\s+date|in\s+(?:(?:the\s+)?(?:agency|recorded|modern)\s+"
    r"|its\s+|their\s+|u\.s\.\s+|(?:the\s+)?(?:[\w.-]+\s+)?[\w.-]+(?:'s|’s)\s+)?"
    rf"history|of\s+any\s+(?:fiscal\s+)?year|{_IN_YEARS}|since\s+{_SINCE_TIME}"
    r"|in\s+(?:the\s+)?(?:agency's|its|their|official|government)\s+records"
    # "the highest number recorded in a calendar year"
    r"|(?:recorded|seen|registered|reported)\s+in\s+(?:a|any|one)\s+(?:single\s+)?(?:calendar\s+|fiscal\s+)?(?:year|month))"
    # "this year's highest monthly total", "the most violent month so far this year", "the deadliest month for
    # women in Mexico in 2024": a record among the year's months
    r"|(?P<year_rec>(?:this|the)\s+year's\s+(?:highest|lowest|largest)\s+(?:monthly\s+)?(?:total|figure|count|tally)"
    r"|(?:highest|most\s+violent|deadliest|bloodiest|worst|(?P<yr_low>lowest|least\s+violent|quietest|calmest))"
    r"\s+month(?:\s+(?:for|in|among|on|along|at)\s+[\w'.-]+(?:\s+[\w'.-]+){0,4}?)?\s+(?:so\s+far\s+)?"
    r"(?:of\s+the\s+year|this\s+year|(?:of|in)\s+(?P<rec_y>(?:19|20)\d\d)\b))"
    r")"
)
# Spanish: "un nuevo récord", "su nivel más bajo en más de 50 años", "el más bajo de cualquier año fiscal desde
# 1970", "un monto histórico", "no se había visto desde 2021"
_RECORD_ASSERTION_ES = re.compile(
    r"\b(?:(?P<es_rec>(?:nuevo\s+)?récord(?:\s+(?:anual|mensual|histórico))?|(?:máximo|maximo)\s+histórico"
    r"|monto\s+histórico|cifra\s+histórica|(?P<es_min>mínimo|minimo)\s+histórico)"
    r"|(?:su|el|la|un|una)\s+(?:(?:nivel|cifra|número|numero|monto|mes|año|total)(?:\s+[\wáéíóúñ]+){0,3}?\s+)?"
    r"más\s+(?:(?P<es_low>baj[oa])"
    r"|alt[oa])(?:\s+[\wáéíóúñ-]+){0,5}?\s+(?:en\s+(?:más\s+de\s+|casi\s+)?(?P<es_n>\w+|\d+)\s+(?P<es_unit>años"
    r"|décadas)|desde\s+(?:el\s+)?(?:año\s+fiscal\s+)?(?:[a-z]+\s+(?:de\s+)?)?(?P<es_y>(?:19|20)\d\d)|de\s+(?:la\s+|su\s+)?historia)"
    r"|no\s+se\s+(?:había|habia)\s+visto\s+desde\s+(?:[a-z]+\s+(?:de\s+)?)?(?P<es_y2>(?:19|20)\d\d)"
    # "el mes más violento del año", "el mes con más homicidios de 2024": a record among the year's months
    r"|(?P<year_rec>(?:el\s+)?mes\s+(?:más\s+(?:violento|letal|sangriento|alto)|con\s+más\s+[\wáéíóúñ]+"
    r"|(?P<es_yr_low>menos\s+violento|más\s+(?:bajo|tranquilo)|con\s+menos\s+[\wáéíóúñ]+))"
    r"(?:\s+(?:para|en|entre)\s+[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+){0,3}?)?"
    r"\s+(?:(?:en\s+lo\s+que\s+va\s+)?del\s+año|de\s+este\s+año|(?:de|del|en)\s+(?P<rec_y>(?:19|20)\d\d)\b)))"
)
# "May was the most violent month ...", "marzo fue el mes más violento ...": the month the record is of
_MONTH_SUBJECT = re.compile(
    rf"\b(?P<m>{MONTHS_FULL}|{es.MONTH_NAMES})\s+"
    r"(?:was|has\s+been|became|is|fue|ha\s+sido|se\s+convirtió\s+en|resultó\s+(?:ser\s+)?)\s+(?:also\s+|también\s+)?"
    r"(?:the\s+|el\s+)?$")


def es_count(word: str) -> int:
    return _ES_COUNTS.get(word, 0)


_YEARS_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "a": 1, "one": 1}


# "29,700 victims last year, down about 4 percent from 2022 and the lowest total since 2017": a superlative after a
# change set beside a level is a claim of its own
_AFTER_CHANGE = re.compile(r",\s+(?:down|up|a\s+(?:decline|drop|fall|rise|increase))\b[^,;]*?\s+and\s*$")
_CHANGE_RECORD = re.compile(
    r"\b(?:steepest|sharpest|largest|biggest|fastest|greatest|smallest|mayor|más\s+fuerte)\s+(?:[\w-]+\s+){0,2}"
    rf"{mv.words(mv.RISING_NOUNS, mv.FALLING_NOUNS, mv.ES_RISING_NOUNS, mv.ES_FALLING_NOUNS, ('swing', 'swings'))}\b")
# what a record counts back to: a year, a fiscal year, a decade or a month ("since February of 2021")
_SINCE_WHEN = re.compile(r"(?:since|desde)\s+(?:(?:the\s+|el\s+)?(?:fiscal\s+year\s+|año\s+fiscal\s+)?)?"
                         r"(?:(?P<mon>[a-z]+)\s+(?:of\s+|de\s+)?)?(?P<y>(?:19|20)\d\d)(?P<s>'?s)?")
_ONE_EVENT = re.compile(r"\b(?:seizure|bust|haul|load|shipment|drug\s+find|decomiso|aseguramiento|cargamento"
                        r"|incautación|hallazgo)\b")
_MONTHLY_RECORD = re.compile(r"\b(?:monthly|in\s+a\s+(?:single\s+)?month|mensual(?:es)?|en\s+un\s+(?:solo\s+)?mes)\b")


# the words between a figure and a record set beside it ("peaked at 249,741 – the highest ever recorded")
BESIDE = re.compile(r"[\s,–—-]*(?:which\s+(?:is|was)\s+)?")


def _record_assertions(
    an: Analysis, sent: Sentence, cls: list[tuple[int, int]], timexes: list[TimeExpr],
    inherited: cp.ClaimPeriod | None, pub: date, doc: str, existing: list[Claim],
) -> list[Claim]:
    """A record claimed without a figure of its own ("apprehensions hit a record high in December").

    A superlative next to a figure belongs to that figure (it is read with it); one standing
    alone in its clause is a claim that the period's figure was the highest or lowest of the
    series, or of the years after the one it names.
    """
    out: list[Claim] = []
    low = an.low
    spanish = an.lang == "es"
    for m in (_RECORD_ASSERTION_ES if spanish else _RECORD_ASSERTION).finditer(low, sent.start, sent.end):
        if not spanish and _NOT_RECORD.search(low, max(0, m.start() - 12), m.end()):
            continue
        cs, ce = clause_of(cls, m.start())
        # ("hit a record last fiscal year, and cocaine seizures rose to 81,085": the next conjunct's figure is its own)
        before_m = [j for j in CONJUNCT.finditer(low, cs, m.start())]
        after_m = CONJUNCT.search(low, m.end(), ce)
        ss, se = (before_m[-1].end() if before_m else cs), (after_m.start() if after_m else ce)
        if any(c.start < se and ss < c.end and c.kind not in ("event_date", "change")
               and (c.record is not None or not _AFTER_CHANGE.search(low, c.end, m.start())) for c in existing + out):
            continue  # the clause has a figure: the superlative is read with it (a change has no record)
        if _CHANGE_RECORD.search(low, max(cs, m.start() - 40), m.end()):
            continue  # "the steepest drop on record": a record of a change, which no series holds
        if _ONE_EVENT.search(low, m.start(), m.end()):
            continue  # "the largest fentanyl seizure in the agency's history": one seizure, not a period's total
        g = m.groupdict()
        low_dir = any(g.get(k) for k in ("rec_low", "rec2_low", "all_low", "ny_low", "seen_low", "sup_low", "es_low",
                                         "es_min", "yr_low", "es_yr_low")) \
            or re.search(r"\blows?\b", m.group(0)) is not None
        record_since = since_month = None
        since = _RECORD_SINCE.search(low, m.start(), m.end() + 1) or _SINCE_WHEN.search(low[m.start():m.end()]) \
            or _SINCE_WHEN.match(low[m.end():m.end() + 40].lstrip())  # "... in the agency's records since 2020"
        if since is not None:
            record_since = int(since.group("y")) + (9 if since.group("s") else 0)
            since_month = month_number(since.group("mon"))
        years = re.search(r"(?:in|en)\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|más\s+de\s+|casi\s+)?"
                          r"(\w+|\d+)\s+(years|decades|años|décadas)|(\d{1,2}|\w+)[\s-]years?[\s-](?:high|low)",
                          low[m.start():m.end()])
        q = Quantity(m.start(), m.end(), 1.0, None, 0.0, "words", "rank")
        # the time inside the superlative ("since September 2020") says how far back it goes, not when
        # (nor does the base of a change beside it: "32% lower than in June and the lowest since 2020")
        outside = [t for t in timexes if (t.end <= m.start() or t.start >= m.end()
                                          or (t.kind not in ("since", "base", "ytd") and not _record_field(low, t)))
                   and t.kind not in ("base", "since")]
        own = _own_timex(q, outside, cls, [q], low)
        # a record since a month ("the lowest level since March 2021") is a record among months
        monthly = _MONTHLY_RECORD.search(low, m.start(), ce) is not None or since_month is not None
        # "the lowest monthly total since 2020": a record among months, of the latest month when none is named
        period = cp.for_level(own, inherited, None, pub)
        if (monthly or g.get("year_rec")) and period.implied:
            period = cp.for_level(None, None, "month", pub)
        record_year = None
        subject = _subject_month(low, cs, m.start(), g.get("rec_y"), pub) if g.get("year_rec") else None
        if subject is not None:
            # "May was the most violent month so far this year": May, against every month of that year out by then
            period = cp.for_level(subject, None, None, pub)
            record_year = subject.periods[0].start.year
        elif g.get("year_rec") and period.parts[-1].canonical_kind == "month":
            record_since = period.end.year - 1  # "this year's highest monthly total": among this year's months
        # "reached 210,000, the highest on record": a record set beside a figure is that figure's
        beside = next((c for c in existing if c.kind in ("level", "rate") and c.period is not None
                       and c.end <= m.start() and BESIDE.fullmatch(low, c.end, m.start())), None)
        if beside is not None and beside.period is not None:
            period = beside.period
        if years is not None and period is not None:
            word = years.group(1) or years.group(3)
            n = _YEARS_WORDS.get(word) or es_count(word) or (int(word) if word.isdigit() else 0)
            if n:
                decades = (years.group(2) or "").startswith(("decade", "déca"))
                record_since = period.end.year - n * (10 if decades else 1)
        modal = _MODAL.search(low, max(cs, m.start() - 45), m.start()) is not None
        claim = _make(an, sent, m.start(), m.end(), q, kind="record", value=None, high=None, unit=None, noun=None,
                      qualifier="exact", step=0.0, record="low" if low_dir else "high", period=period, per=None,
                      change=None, modal=modal, part_of=False, context_end=ce, of_span=None, doc=doc)
        out.append(replace(claim, record_since=record_since, record_since_month=since_month, record_year=record_year))
    return out


_COUNTS = {**ONES, **ORDINALS, "eleventh": 11, "twelfth": 12, **{f"{n}{suffix}": n for n in range(1, 25)
                                                                 for suffix in ("st", "nd", "rd", "th")}}
_STREAK = re.compile(
    r"\b(?:(?:for|in)\s+)?(?:(?:the|a)\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)?|[a-z]+)\s+(?:consecutive|straight|successive)"
    r"\s+(?P<unit>months?|years?)\b"
    r"|\b(?P<n2>\d{1,2}|[a-z]+)\s+(?P<unit2>months|years)\s+in\s+a\s+row\b"
    # "the fourth straight monthly decline"
    r"|\b(?P<n3>\d{1,2}(?:st|nd|rd|th)?|[a-z]+)\s+(?:consecutive|straight|successive)\s+(?P<unit3>monthly|annual|yearly)"
    r"\s+(?P<dir>declines?|drops?|falls?|decreases?|increases?|rises?|gains?)\b")
# the direction of a streak: any word of rising or falling in its clause
# (a word inside a compound, "stepped-up enforcement", "a built-up area", moves nothing)
_STREAK_DOWN = re.compile(
    rf"(?<![\w-]){mv.words(mv.FALLING_VERBS, mv.FALLING_NOUNS, mv.FALLING_COMPARATIVES, ('down',))}(?![\w-])")
_STREAK_UP = re.compile(
    rf"(?<![\w-]){mv.words(mv.RISING_VERBS, mv.RISING_NOUNS, mv.RISING_COMPARATIVES, ('up',))}(?![\w-])")


def _streak_assertions(
    an: Analysis, sent: Sentence, cls: list[tuple[int, int]], timexes: list[TimeExpr],
    inherited: cp.ClaimPeriod | None, pub: date, doc: str, existing: list[Claim],
) -> list[Claim]:
    """"Remittances declined for six consecutive months", "the eighth straight month of declining
    remittances": each of the last N periods moved the same way, which the series can say.

    The direction is the clause's one verb or noun of rising or falling; a clause with both, or
    neither ("the ninth month in a row that Mexico tops the list"), claims no streak of a series.
    """
    out: list[Claim] = []
    low = an.low
    spanish = an.lang == "es"
    for m in (es.STREAK if spanish else _STREAK).finditer(low, sent.start, sent.end):
        g = m.groupdict()
        word = g.get("n") or g.get("n2") or g.get("n3") or ""
        n = (es.STREAK_ORDINALS.get(g.get("ord") or "", 0) or es_count(word) if spanish else _COUNTS.get(word)) \
            or (int(word) if word.isdigit() else 0)
        if not 2 <= n <= 24:
            continue
        cs, ce = clause_of(cls, m.start())
        if any(c.start < m.end() and m.start() < c.end for c in existing + out):
            continue
        words = g.get("dir") or low[cs:ce]
        down = ((es.STREAK_DOWN if spanish else _STREAK_DOWN).search(words)) is not None
        up = ((es.STREAK_UP if spanish else _STREAK_UP).search(words)) is not None
        if down == up:
            continue
        unit_word = g.get("unit") or g.get("unit2") or g.get("unit3") or ""
        unit = "months" if unit_word.startswith(("month", "mes")) else "years"
        q = Quantity(m.start(), m.end(), float(n), None, 0.0, "words", None)
        outside = [t for t in timexes if (t.end <= m.start() or t.start >= m.end()) and t.kind != "base"
                   and t.note != SAME_PERIOD]
        own = _own_timex(q, outside, cls, [q], low)
        period = cp.for_level(own, inherited, "month" if unit == "months" else None, pub)
        if period is not None and len(period.parts) == 1 and unit == "months" and \
                period.parts[0].canonical_kind != "month":
            period = cp.ClaimPeriod("month", (Period.month(period.end.year, period.end.month),), implied=period.implied)
        modal = _MODAL.search(low, max(cs, m.start() - 45), m.start()) is not None
        claim = _make(an, sent, m.start(), m.end(), q, kind="streak", value=float(n), high=None, unit=unit,
                      noun=None, qualifier="at_least", step=0.0, record=None, period=period, per=None,
                      change=None, modal=modal, part_of=False, context_end=ce, of_span=None, doc=doc)
        out.append(replace(claim, direction="down" if down else "up"))
    return out


def _make(an: Analysis, sent: Sentence, start: int, end: int, q: Quantity, *, kind: ClaimKind,
          value: float | None, high: float | None, unit: str | None, noun: str | None, qualifier: Qualifier,
          step: float, record: Literal["high", "low"] | None, period: cp.ClaimPeriod | None, per: str | None,
          change: Literal["ratio", "difference"] | None, modal: bool, part_of: bool, context_end: int,
          of_span: tuple[int, int] | None, doc: str, attribution: str | None = None) -> Claim:
    while end > start and an.text[end - 1] in " ,;:.\u00a0":
        end -= 1
    return Claim(
        doc=doc, start=start, end=end, quote=an.text[start:end], sentence=an.text[sent.start:sent.end],
        sentence_start=sent.start, sentence_index=sent.index, kind=kind, value=value, value_high=high, unit=unit,
        noun=noun, qualifier=qualifier, step=step, record=record, period=period, per=per, change=change,
        modal=modal, part_of=part_of, attribution=attribution, number_start=q.start, number_end=q.end,
        context_end=context_end, of_span=of_span,
    )
