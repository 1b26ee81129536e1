"""Policy claims in prose: dates of events, forecasts, and recommendations (English and Spanish).

The checker reads figures; commentary also argues from levers ("should resume", "debe designar"),
from expectations ("will double if Title 42 is lifted") and from a calendar ("the USMCA's review
in 2026"). This module only finds and describes those statements; ``usmx.ledger`` holds them
against the timeline and the store. Everything here is a pure function of the text, so the
same words always give the same items, and offsets point into the text exactly as given.

What a statement is about is read as a set of *concepts* (a small bilingual lexicon: "Remain
in Mexico" = "Quédate en México" = "MPP"), because a recommendation and the event that carried
it out rarely share their words ("resume construction of border barriers" against "resume border
wall construction"). Concepts come in three weights: what is acted on (objects), who (actors and
people), and the phase of an event (its start or end), which tells "since March 2020" (Title 42
began) from "on May 11" (Title 42 ended).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from usmx.text.sentences import split_sentences

ItemKind = Literal["date", "forecast", "recommendation"]

# what is acted on ---------------------------------------------------------------------------
OBJECTS: dict[str, str] = {
    "usmca": r"\busmca\b|\bt-?mec\b|united states-mexico-canada agreement",
    "review": r"\breview\b|\brevisi[oó]n\b|\brevisar\w*|\bse revisar\w*",
    "title42": r"title 42|t[íi]tulo 42|public health order",
    "remain_in_mexico": r"remain in mexico|migrant protection protocols|\bmpp\b|qu[eé]date en m[eé]xico",
    "border_wall": r"border (?:wall|barriers?|fence)|\bwall\b|\bmuro\b",
    "fto": r"terroris\w*",
    "cartels": r"\bcartels?\b|\bc[aá]rteles\b|\bcartel\b",
    "national_guard": r"national guards?|guardia nacional",
    "tariffs": r"\btariffs?\b|\baranceles?\b",
    "military": r"\bmilitary\b|\btroops\b|armed forces|special forces|\barmy\b|\bsoldiers\b|ej[eé]rcito|fuerzas armadas"
                r"|\bmilitar(?:es)?\b",
    "training": r"\btrain\w*|professionali[sz]\w*|capacita\w+",
    "security_cooperation": r"security cooperation|cooperaci[oó]n (?:en materia de |de )?seguridad",
    "money": r"money laundering|financial operations|lavado de dinero|\bbanks?\b|\bbancos?\b",
    "handover": r"extradit\w*|hand(?:ed|s|ing)? (?:\w+ )*?over\b|\btransfer\w*|\bentreg\w+|\bextradi\w+",
    "emergency": r"national emergency|emergencia nacional",
    "meeting": r"\bmeeting\b|\bvisit\b|\breuni[oó]n\b|encuentro bilateral",
    "election": r"\belections?\b|\belecci[oó]n\b|\belecciones\b|\bcomicios\b",
    "midterm": r"mid-?terms?\b|intermedias",
    "inauguration": r"inaugurat\w+|takes? office|took office|sworn in|toma de (?:protesta|posesi[oó]n)",
    "arrest": r"\barrest\w*|\bdetenid\w+|\bcaptur\w+",
    "killing": r"\bkilled\b|\bmurder\w*|\basesinad\w+|\bkidnap\w*|\bsecuestr\w+",
    "summit": r"\bsummit\b|\bcumbre\b",
    "north_american": r"north american|am[eé]rica del norte",
    "matamoros": r"\bmatamoros\b",
    "cienfuegos": r"\bcienfuegos\b",
    "electricity": r"\belectric\w+|\bel[eé]ctric\w+",
    "un_council": r"security council|consejo de seguridad",
    "order": r"executive order|orden ejecutiva|\bdirective\b|\bdecree\b|\bdecreto\b",
    "consultation": r"\bconsultations?\b|\bhearings?\b|\bconsulta\b",
    "fentanyl": r"\bfentan[iy]l\w*",
    "border": r"\bborders?\b|\bfrontera\b",
}
# who acts, and people: they help, but never carry a match alone
ACTORS: dict[str, str] = {
    "mexico": r"\bmexic\w*|\bm[eé]xic\w*",
    "united_states": r"united states|\bu\.s\.|\bus\b|washington|estados unidos|\bee\.?\s?uu\b|white house|congress",
    "amlo": r"\bamlo\b|l[oó]pez obrador",
    "sheinbaum": r"sheinbaum",
    "trump": r"\btrump\b",
    "biden": r"\bbiden\b",
    "obama": r"\bobama\b",
    "presidential": r"\bpresidential\b|\bpresidencial\w*",
}
# the phase of an event, read only near a date
PHASES: dict[str, str] = {
    "start": r"\bbegin\w*|\bbegan\b|\bstart\w*|\bsince\b|\bdesde\b|in place|enter\w* into force|entr\w+ en vigor"
             r"|\btak(?:e|es|ing)\s+effect|\btook\s+effect"
             r"|\bimplement\w*|\binici\w+",
    "end": r"\bends?\b|\bended\b|\bexpir\w+|\blift\w*|\bterminat\w+|\btermin[aoó]\w*|\bfin\b|\blevant\w+|wound down"
           r"|\bend of\b",
    "sign": r"\bsigned\b|\bagreed\b|\bfirmad\w+|\bacordad\w+",
}
_OBJ = {k: re.compile(v) for k, v in OBJECTS.items()}
_ACT = {k: re.compile(v) for k, v in ACTORS.items()}
_PHASE = {k: re.compile(v) for k, v in PHASES.items()}
OBJECT_WEIGHT, ACTOR_WEIGHT = 1.0, 0.5
# "border" names where, not what, in most sentences: it counts for little
_LIGHT = {"border": 0.5, "review": 1.0}


def concepts(text: str) -> frozenset[str]:
    """The objects and actors ``text`` names (actors are prefixed ``@``)."""
    low = text.lower()
    found = {k for k, rx in _OBJ.items() if rx.search(low)}
    found |= {f"@{k}" for k, rx in _ACT.items() if rx.search(low)}
    return frozenset(found)


def phase(text: str) -> str | None:
    low = text.lower()
    for name, rx in _PHASE.items():
        if rx.search(low):
            return name
    return None


def weight(concept: str) -> float:
    if concept.startswith("@"):
        return ACTOR_WEIGHT
    return _LIGHT.get(concept, OBJECT_WEIGHT)


def objects(found: frozenset[str]) -> frozenset[str]:
    return frozenset(c for c in found if not c.startswith("@"))


# actions -------------------------------------------------------------------------------------
_NEGATORS = re.compile(
    r"\bnot\b|n['’]t\b|\bnever\b|\bstop\w*|\bend(?:s|ed|ing)?\b|\bhalt\w*|\bcease\w*|\bpostpone\w*|\bcancel\w*"
    r"|\bsuspend\w*|\bavoid\w*|\bback off\b|\babandon\w*|\bdrop\w*|\blift\w*|\bterminat\w+|\bwithdraw\w*"
    r"|\breverse\w*|\brescind\w*|\brepeal\w*|\bscrap\w*|\bno\b|\bsuspend\w*|\btermin[ae]r\w*|\bcancelar\w*"
    r"|\blevantar\w*|\beliminar\w*|\bponer fin\b|\bdetener\w*|\bfrenar\w*"
)
_US_SUBJECT = re.compile(
    r"united states|\bu\.s\.|\bus\b|washington|white house|congress|administration|biden|trump|republicans|democrats"
    r"|border states|ustr|estados unidos|casa blanca|congreso|gobierno estadounidense|\bthe president\b", re.I)
_MX_SUBJECT = re.compile(r"\bmexic\w*|m[eé]xico|amlo|l[oó]pez obrador|sheinbaum|gobierno mexicano", re.I)


@dataclass(frozen=True)
class Action:
    """What is to be done (or was done): by whom, in which direction, to what."""

    actor: str | None  # "us", "mx" or None
    polarity: int  # +1 does it, -1 stops, ends or refrains from it
    concepts: frozenset[str]
    text: str


def parse_action(text: str, actor: str | None = None) -> Action:
    """An action written as "us: reinstate Remain in Mexico" (the timeline's form) or as prose.

    Polarity counts the negating words before the first thing acted on, so "back off its
    intention to terminate Title 42" is +1 on Title 42 (two negations) and "postpone the meeting"
    is -1 on the meeting.
    """
    if ":" in text[:4]:
        head, _, text = text.partition(":")
        actor = head.strip() or actor
    low = text.lower()
    found = concepts(low)
    first = len(low)
    for k in objects(found):
        m = _OBJ[k].search(low)
        if m is not None:
            first = min(first, m.start())
    negations = len(_NEGATORS.findall(low[:first]))
    return Action(actor, -1 if negations % 2 else 1, objects(found), text.strip())


def subject_actor(subject: str) -> str | None:
    if _MX_SUBJECT.search(subject) and not _US_SUBJECT.search(subject):
        return "mx"
    if _US_SUBJECT.search(subject):
        return "us"
    return None


# dates --------------------------------------------------------------------------------------
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MESES = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
          "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12}
_MONTH_RX = "|".join(sorted((m for m in list(calendar.month_name)[1:]), key=len, reverse=True))
_MES_RX = "|".join(sorted(_MESES, key=len, reverse=True))
_DATE = re.compile(
    rf"(?P<md>\b(?P<m1>{_MONTH_RX})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>(?:19|20)\d\d))?)"
    rf"|(?P<dm>\b(?P<d2>\d{{1,2}})\s+de\s+(?P<m2>{_MES_RX})(?:\s+(?:de|del)\s+(?P<y2>(?:19|20)\d\d))?)"
    rf"|(?P<my>\b(?P<m3>{_MONTH_RX}|{_MES_RX})(?:\s+(?:de|del))?\s+(?P<y3>(?:19|20)\d\d)\b)"
    rf"|(?P<part>\b(?P<p>late|early|mid-?|the end of|the start of|finales de|principios de|mediados de|fines de)\s*"
    rf"(?P<y4>(?:19|20)\d\d)\b)"
    rf"|(?P<year>(?<![\d$.,/-])\b(?P<y5>(?:19|20)\d\d)\b(?![\d%]|\s*(?:percent|por ciento)))"
    rf"|(?P<mon>\b(?P<m6>{_MONTH_RX})(?:['’]s)?\b)",
    re.I,
)
_FISCAL_BEFORE = re.compile(r"(?:fiscal(?:\s+year)?|\bfy|año fiscal)\s*$", re.I)
_PART_MONTHS = {"late": (9, 12), "early": (1, 4), "mid": (5, 8), "the end of": (10, 12), "the start of": (1, 3),
                "finales de": (9, 12), "fines de": (10, 12), "principios de": (1, 4), "mediados de": (5, 8)}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    first: date
    last: date
    label: str
    year_given: bool = True  # "May 11" has none: its year was taken as the one nearest publication

    def holds(self, day: date) -> bool:
        if self.first <= day <= self.last:
            return True
        if self.year_given:
            return False
        # a day or month written without a year fits the same day in the years around publication
        return any(self.first.replace(year=y) <= day <= self.last.replace(year=y)
                   for y in (self.first.year - 1, self.first.year + 1)
                   if _valid(self.first, y) and _valid(self.last, y))


def _valid(d: date, year: int) -> bool:
    return d.day <= calendar.monthrange(year, d.month)[1]


def _month_number(name: str) -> int:
    low = name.lower().rstrip(".")
    return _MONTHS.get(low) or _MESES.get(low) or 0


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _nearest_year(month: int, day: int | None, published: date) -> int:
    """The year that puts a month (or day) written without one nearest the publication date."""
    best, gap = published.year, 10**9
    for year in (published.year - 1, published.year, published.year + 1):
        d = date(year, month, min(day or 15, calendar.monthrange(year, month)[1]))
        if abs((d - published).days) < gap:
            best, gap = year, abs((d - published).days)
    return best


def find_dates(text: str, published: date) -> list[DateMention]:
    """Every date written in ``text``: days, months, years and parts of years ("late 2024")."""
    out: list[DateMention] = []
    for m in _DATE.finditer(text):
        g = m.groupdict()
        try:
            if g["md"] or g["dm"]:
                month = _month_number(g["m1"] or g["m2"])
                day = int(g["d1"] or g["d2"])
                year_s = g["y1"] or g["y2"]
                year = int(year_s) if year_s else _nearest_year(month, day, published)
                d = date(year, month, day)
                out.append(DateMention(m.start(), m.end(), d, d, d.isoformat() if year_s else d.strftime("%B %-d"),
                                       bool(year_s)))
            elif g["my"]:
                month, year = _month_number(g["m3"]), int(g["y3"])
                out.append(DateMention(m.start(), m.end(), date(year, month, 1), _last_day(year, month),
                                       f"{year}-{month:02d}"))
            elif g["part"]:
                year = int(g["y4"])
                key = g["p"].lower().rstrip("-")
                a, b = _PART_MONTHS.get(key, (1, 12))
                out.append(DateMention(m.start(), m.end(), date(year, a, 1), _last_day(year, b), m.group(0)))
            elif g["year"]:
                if _FISCAL_BEFORE.search(text[max(0, m.start() - 14):m.start()]):
                    continue
                year = int(g["y5"])
                out.append(DateMention(m.start(), m.end(), date(year, 1, 1), date(year, 12, 31), str(year)))
            elif g["mon"]:
                if m.group("m6").lower() == "may":
                    continue  # the verb far more often than the month
                month = _month_number(g["m6"])
                year = _nearest_year(month, None, published)
                out.append(DateMention(m.start(), m.end(), date(year, month, 1), _last_day(year, month),
                                       calendar.month_name[month], False))
        except ValueError:
            continue
    return out


# statements ---------------------------------------------------------------------------------
_RECOMMEND = re.compile(
    r"\b(?:should(?:n['’]t| not)?|must(?: not)?|ought to|(?<!the )needs? to|has to|have to)\b"
    r"|\bit is (?:imperative|essential|necessary|vital|time) (?:for [^,.;]{1,60}? )?to\b"
    r"|\bdeber[íi]an?\b|\bdeben?\b(?!\s+(?:a|al|en parte)\b)|\btienen? que\b|\bes (?:necesario|urgente|indispensable"
    r"|imprescindible|imperativo) que\b|\bhay que\b",
    re.I,
)
_NOT_RECOMMEND = re.compile(r"\bse deben?\b|\bshould (?:be noted|note)\b|\bmust have\b|\bmust be noted\b", re.I)
_STRONG_FORECAST = re.compile(
    r"\b(?:expected|likely|unlikely|about|projected|forecast|predicted|poised|bound|on track|on pace|set) to\b"
    r"|\b(?:likely|probably)\s+\w+ing\b|\bexpects?\b|\banticipates?\b|\bis projected\b|\bprojections?\b"
    r"|\bse espera\b|\bse prev[eé]\b|\bprev[eé]\b"
    r"|\bse proyecta\b|\bse estima que\b",
    re.I,
)
_WEAK_FORECAST = re.compile(r"\b(?:will|would|could|might|won['’]t|podr[íi]\w+|\w+r[áa]n?)\b", re.I)
_CHANGE = re.compile(
    r"\b(?:rise|rises|rising|grow|grows|increase\w*|climb\w*|jump\w*|surge\w*|spike\w*|soar\w*|double\w*|triple\w*"
    r"|fall|falls|falling|drop\w*|declin\w+|decreas\w+|reduc\w+|halve\w*|shrink\w*|plummet\w*|reach\w*|hit|top"
    r"|record|continue|change|strengthen\w*|weaken\w*|worsen\w*|improv\w+|hamstring|end|trigger\w*|usher"
    r"|aument\w+|crec\w+|sub\w+|ca[eí]\w*|baj\w+|disminu\w+|duplic\w+|triplic\w+|alcanz\w+|super\w+)\b",
    re.I,
)
_IF = re.compile(r"\b(?:if|once|si)\b", re.I)


@dataclass(frozen=True)
class PolicyItem:
    """One dated claim, forecast or recommendation, with where it stands in the text."""

    kind: ItemKind
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    sentence: str
    concepts: frozenset[str]
    context: frozenset[str]  # what the sentence before names (a weaker hint)
    when: DateMention | None = None
    phase: str | None = None
    action: Action | None = None
    condition: str | None = None
    quote: str = ""
    near: frozenset[str] = frozenset()  # for a date: what the words right around it name
    statistical: bool = False  # a date in a sentence of figures: kept only if it names an event


def _has_figure(sentence: str, dates: list[DateMention], offset: int) -> bool:
    """Whether the sentence states a figure (a statistic, not a date): then it is the checker's."""
    masked = list(sentence)
    for d in dates:
        for i in range(max(0, d.start - offset), min(len(sentence), d.end - offset)):
            masked[i] = " "
    rest = "".join(masked)
    if re.search(r"\b(?:doubl|tripl|quadrupl|duplic|triplic)\w*", rest, re.I):
        return True
    return re.search(r"\$\s?\d|\d\s?%|\b\d[\d,.]*\s*(?:million|billion|thousand|percent|mil\b|millones)"
                     r"|\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b", rest, re.I) is not None


# a sentence with no object of the lexicon still states an event when it says what happened
_EVENT_VERB = re.compile(
    r"\b(?:arrested|dropped|signed|killed|designated|launched|announced|held|took effect|ended|began|imposed|elected"
    r"|extradited|terminated|seized|approved|passed|promised|pledged|vowed|detuv\w+|firm\w+|design\w+|impus\w+"
    r"|aprob\w+|entr\w+ en vigor)\b", re.I)
# a year beside a promise is when it was promised, not when anything happened
_SPEECH = re.compile(r"\b(?:promised|pledged|vowed|argued|proposed|called for|prometi\w+)\b",
                     re.I)


def extract(text: str, published: date) -> list[PolicyItem]:
    """The dated claims, forecasts and recommendations in ``text``, in reading order."""
    out: list[PolicyItem] = []
    sentences = split_sentences(text)
    prev = ""
    for s in sentences:
        sent = text[s.start:s.end]
        if len(sent.split()) < 4:
            prev = sent
            continue
        found, context = concepts(sent), concepts(prev)
        out.extend(_recommendations(text, s.start, sent, found, context))
        fc = _forecast(text, s.start, sent, found, context)
        if fc is not None:
            out.append(fc)
        out.extend(_date_claims(text, s.start, sent, found, context, published))
        prev = sent
    out.sort(key=lambda i: (i.start, i.kind))
    return out


def _date_claims(text: str, offset: int, sent: str, found: frozenset[str], context: frozenset[str],
                 published: date) -> list[PolicyItem]:
    dates = [d for d in find_dates(sent, published)]
    if not dates:
        return []
    statistical = _has_figure(sent, dates, 0)
    if not objects(found) and not _EVENT_VERB.search(sent):
        return []  # a byline, a caption's date, a date with nothing said to have happened on it
    items = []
    for d in dates:
        near = sent[max(0, d.start - 45):min(len(sent), d.end + 90)]
        local = concepts(sent[max(0, d.start - 120):min(len(sent), d.end + 60)])
        if _SPEECH.search(sent[max(0, d.start - 30):d.end + 40]):
            local = frozenset()  # what someone said in a year is no event of the timeline
            found_here: frozenset[str] = frozenset()
        else:
            found_here = found
        lo, hi = max(0, d.start - 40), min(len(sent), d.end + 40)
        while lo > 0 and not sent[lo - 1].isspace():
            lo -= 1
        while hi < len(sent) and not sent[hi].isspace():
            hi += 1
        items.append(PolicyItem(
            "date", offset + lo, offset + hi, offset, offset + len(sent), sent, local | found_here, context,
            when=DateMention(offset + d.start, offset + d.end, d.first, d.last, d.label, d.year_given),
            phase=phase(near),
            quote=text[offset + lo:offset + hi].strip(),
            near=concepts(sent[max(0, d.start - 80):min(len(sent), d.end + 80)]), statistical=statistical,
        ))
    return items


def _recommendations(text: str, offset: int, sent: str, found: frozenset[str],
                     context: frozenset[str]) -> list[PolicyItem]:
    if _NOT_RECOMMEND.search(sent) and not re.search(r"\bshould\s+(?!be noted)", sent, re.I):
        return []
    hits = [m for m in _RECOMMEND.finditer(sent) if not _NOT_RECOMMEND.match(sent, max(0, m.start() - 3))]
    if not hits or sent.rstrip().endswith("?"):
        return []
    items = []
    subject = sent[:hits[0].start()]
    actor = subject_actor(subject[-80:])
    for i, m in enumerate(hits):
        end = hits[i + 1].start() if i + 1 < len(hits) else len(sent)
        body = sent[m.end():end]
        body = re.split(r"\s+(?:and|y)\s*$", body)[0]
        modal = m.group(0).lower()
        negated = bool(re.search(r"n['’]t|\bnot\b", modal))
        act = parse_action(body, actor)
        if negated:
            act = Action(act.actor, -act.polarity, act.concepts, act.text)
        start = offset + (0 if i == 0 else m.start())
        stop = offset + end
        quote = text[start:stop].strip()
        items.append(PolicyItem("recommendation", start, start + len(quote), offset, offset + len(sent), sent,
                                found, context, action=act, quote=quote))
    return items


def _forecast(text: str, offset: int, sent: str, found: frozenset[str],
              context: frozenset[str]) -> PolicyItem | None:
    strong = _STRONG_FORECAST.search(sent)
    weak = _WEAK_FORECAST.search(sent)
    if strong is None and (weak is None or _CHANGE.search(sent, weak.end()) is None):
        return None
    if strong is None and _RECOMMEND.search(sent):
        return None
    cue = strong or weak
    assert cue is not None
    cond = None
    m = _IF.search(sent)
    if m is not None:
        tail = re.split(r"[,;]|\bthen\b|\bentonces\b", sent[m.end():])[0]
        cond = tail.strip()
    start = offset + max(0, sent.rfind(",", 0, cue.start()) + 1 if "," in sent[:cue.start()] else 0)
    quote = text[start:offset + len(sent)].strip()
    return PolicyItem("forecast", start, start + len(quote), offset, offset + len(sent), sent, found, context,
                      condition=cond, quote=quote)
