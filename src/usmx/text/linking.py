"""Linking a claim to the indicator it speaks of, with a confidence.

The catalog says how prose names each measure (its ``phrases``) and how measures relate.
This module adds only what is about language: where in a sentence the subject of a
number is likely to be (its own noun phrase first, then its clause, then the sentence,
then the sentences just before), that a share is a share *of* what follows it, that a
part ("70,000 of those") is named after it, and which units can be counted by which
measure. Where two measures are named equally close, the narrower one wins ("overdose
deaths involving fentanyl" is the fentanyl measure). Phrases may overlap ("foreign direct
investment in Latin America" holds "investment in Latin America"), so every one is found.

Borrowing a subject from the sentences before is where a guess can go furthest wrong, so it
is bounded by what the figure itself says. A change has no unit to check the guess against:
it borrows only when its subject points back ("They tripled", "The inflows were up 2.7%",
where a shell noun like "inflows" must also describe the measure), or when it qualifies a
count or an amount before it (", down 24 percent" after "80,000 deaths", in that unit). A
paragraph break normally ends the search, but wire copy writes one-sentence paragraphs, so a
figure may look past one-sentence paragraphs when its subject points back, or when it is an
amount whose subject is only a pronoun or a named publisher and a reporting verb ("Banxico
reported $63.3 billion"); the sentence's first measure, usually its subject, is preferred.

A phrase does not always name the national measure it names alone, and most wrong links in
commentary come from that: "imports from China", "homicides in Guanajuato", "pork exports"
and "deaths among teenagers" are parts the catalog does not hold; "the homicide rate" is a
rate, not a count; "tariffs on imports from Mexico" makes imports the object of a tariff; "80
percent of its exports" is the whole of a share. Money that is aid, a tariff or a factory
is none of the flows the catalog measures unless its own words say so. A part ("Venezuelans
accounted for 190,000 encounters") is named by its subject, and a figure whose subject is
another country ("Guatemala received $21.5 billion"), or that opens a bracket after one
("China ($575 billion)"), is that country's; a sentence that names a publisher ("according
to INEGI") prefers that publisher's measure. A predicate that says what happened to the
people counted ("Mexicans have been displaced") names no measure, while people who "were
victims of" a crime are counted as victims of the crime named there or just before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from usmx.catalog import Catalog, Indicator
from usmx.text.claims import Analysis, Claim
from usmx.text.places import is_foreign, names_elsewhere
from usmx.text.qualifiers import qualifier_before
from usmx.text.sentences import Sentence, clause_of, clauses
from usmx.text.units import NOUN_FAMILY, unit_after

# claim unit family -> indicator units that can count it
_COMPATIBLE: dict[str | None, frozenset[str]] = {
    None: frozenset({"deaths", "encounters", "victims", "pounds"}),
    "deaths": frozenset({"deaths", "victims"}),
    "people": frozenset({"encounters"}),
    "encounters": frozenset({"encounters"}),
    "victims": frozenset({"victims", "deaths"}),
    "pounds": frozenset({"pounds"}),
    "kilograms": frozenset({"pounds"}),
    "tons": frozenset({"pounds"}),
    "USD": frozenset({"USD"}),
}
_APPOSITIVE = re.compile(
    r"\s*(?:including|mostly|mainly|primarily|largely|chiefly|especially|particularly|such\s+as|like|much\s+of"
    r"|many\s+of|most\s+of|some\s+of|driven\s+by|fueled\s+by|fuelled\s+by|facilitated\s+by|attributable\s+to)\b"
)
_PRONOUN_OF = re.compile(r"\s*(?:it|them|those|these|this|that|which|whom|all|the\s+total)\b")
# "In the first half, inflows rose 3.9%", "They tripled", "The figure was": a subject that points back. A
# shell noun other than a bare count ("the inflows", "the transfers") must describe the measure it borrows.
_INTRO = (r"(?i:(?:in|on|during|by|for|over|since|after|before|through|throughout|at|last|this|meanwhile|still|also"
          r"|overall|however|yet|then|like|unlike|besides)\b[^,;]{0,50},\s*)?")
_ANAPHOR = re.compile(
    rf"\s*{_INTRO}(?:and\s+|but\s+|yet\s+)?(?:(?P<pron>they|it|that|this|these|those|which)\b"
    r"(?!\s+(?:years?|months?|weeks?|quarters?|days?|times?|period|decade|spring|summer|fall|autumn|winter)\b)"
    r"|(?:the\s+|these\s+|those\s+|such\s+)?(?P<shell>numbers?|figures?|totals?|tally|count|toll|sum|amount"
    r"|inflows?|outflows?|flows?|transfers|money)\b(?!\s+of\b))")
_NEUTRAL_SHELLS = frozenset({"number", "numbers", "figure", "figures", "total", "totals", "tally", "count", "toll",
                             "sum", "amount"})
# "..., down about 24 percent from the year before": a change that qualifies or compares with a figure
# before it in the sentence speaks of that figure's subject
_CHANGE_TAIL = re.compile(
    r",\s*(?:up|down|compared\s+(?:with|to)|versus|against|(?:an?\s+)?(?:[a-z]+\s+)?(?:rise|drop|fall|decline"
    r"|decrease|increase|jump|gain|slide|dip|growth)\s+of)\b[^,;]*$")
_FIGURE = re.compile(r"(?P<usd>\$\s?)?\d[\d,.]*(?:\s*(?:million|billion|thousand|trillion)\b)?(?P<pct>\s*(?:%|percent\b"
                     r"|per\s+cent\b))?")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "Banxico reported $63.3 billion": a figure whose subject is only a pronoun, a shell noun or a publisher, and
# whose verb only reports it
_BARE_SUBJECT = re.compile(
    rf"\s*{_INTRO}(?:(?:and|but)\s+)?(?:(?P<pron>they|it|this|that|these|those)|(?:the\s+)?(?P<shell>total|figure"
    r"|number|tally|count|sum|amount)|(?P<name>[\w.'-]+(?:\s+[\w.'-]+)?))\s+(?:(?:has|have|had)\s+)?(?:reported"
    r"|recorded|registered|counted|logged|tallied|totaled|totalled|reached|hit|topped|was|were|is|are|came\s+to"
    r"|stood\s+at|amounted\s+to|published|showed|estimated)\s+$")
_OWN_NOUN_AFTER = re.compile(
    r"\s*(?:(?:worth\s+)?(?:of|in)\s+(?!(?:(?:fiscal|calendar)\s+(?:year\s+)?|fy\s*)?(?:19|20)\d\d\b)|who\b|that\b"
    r"|which\b)")
_NEGATED_PREFIX = re.compile(r"(?:non|anti|un|ex)-$")
_WORD_START = re.compile(r"(?<![\w.'-])\w")
LINK_THRESHOLD = 0.2

# What a phrase's own words can restrict it to (see PhraseHit.scope).
_SCOPE_PREP = re.compile(r"\s+(?:in|among|from|to|with|of|across|within|throughout|inside|for|between)\s+"
                         r"(?=(?:the\s+)?[A-Z])")
_AMONG = re.compile(
    r"\s+among\s+(?!(?:them|those|these|others|other\s+things)\b"
    r"|(?:all\s+)?(?:americans|mexicans|u\.s\.\s+residents)\b(?!\s+(?:aged?|ages|under|over|between|younger|older"
    r"|who|in|of|from|with|without|living)\b))")
# "Remittances of $63 billion", "apprehensions numbering 2 million": the phrase is the figure's own noun
_HEAD_OF_FIGURE = re.compile(
    r"\s+(?:of|at|totaling|totalling|worth|amounting\s+to|valued\s+at|numbering|estimated\s+at)\s+(?:\w+\s+){0,2}$")
# "In Texas alone, overdose deaths ...": a clause set in one place
_PLACE_OPENER = re.compile(r"\s*(?:In|Across|Throughout|Within|Inside)\s+(?=(?:the\s+)?[A-Z])")
_CAPITALS = frozenset({"washington", "washington, d.c.", "washington d.c.", "mexico city"})
_RATE_AFTER = re.compile(r"[\s-]+rates?\b")
_RATE_BEFORE = re.compile(r"\brates?\s+of\s+(?:the\s+)?$")
# "80 percent of its exports": the whole of a share, named for that share and not for other figures
_SHARE_WHOLE_BEFORE = re.compile(
    r"(?:%|\bpercent|\bper\s+cent|\bhalf|\bthirds?|\bquarters?|\bfifths?|\btenths?|\bshare|\bmajority|\bmost"
    r"|\bbulk|\bportion|\bfraction|\bproportion)\s+of\s+(?:(?:its|their|his|her|our|the|all|all\s+the|total|u\.s\.)\s+)*$")
# "over 100,000 remain missing": the figure's own predicate says what it counts, and it is no measure
_STATUS_PREDICATE = re.compile(
    r"\s+(?:(?:still|now|have|has|had|were|are|was|is|remain|remained|remains|been|being|later|then|currently"
    r"|reportedly|officially|either|also)\s+){0,3}(?:missing|disappeared|displaced|injured|wounded|kidnapped"
    r"|abducted|unaccounted|deported|released|paroled|expelled|removed|returned|pending|unemployed|homeless"
    r"|infected|hospitalized|hospitalised|vaccinated|registered\s+(?:as|with|to|for)\b|enrolled|employed|jailed|imprisoned|incarcerated"
    r"|extradited|charged|convicted|sentenced|evacuated|fled|evaded|eluded|escaped|got\s+away)\b")
# "830 women were victims of this crime": what the figure counts is victims, of what the sentence names
_VICTIMS_OF = re.compile(
    r"\s+(?:(?:were|are|was|is|have\s+been|has\s+been|had\s+been|became|become|fell)\s+)(?:the\s+)?victims?\s+of\s+"
    r"(?:(?P<anaphor>(?:this|that|these|those|such|the\s+same)\s+(?:crimes?|offen[cs]es?))\b|(?P<own>[^,;.]{1,60}))")
# "Guatemala received $21.5 billion", "China ($575 billion)": another country's figure
_PROPER_NAME = r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
_CLAUSE_NAME = re.compile(rf"\s*{_INTRO}({_PROPER_NAME}(?:\s*(?:,|and|or|&)\s*{_PROPER_NAME})*)")
_LAST_NAME = re.compile(r"([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)\s*$")
_HOME_NAME = re.compile(r"\b(?:mexico|mexican|mexicans|united\s+states|u\.s\.|america|american|americans|washington)\b")
# "pork exports", "steel imports", "services trade": a product's share of a goods total
_PRODUCTS = (
    r"(?:pork|beef|chicken|poultry|meat|corn|grain|wheat|dairy|steel|aluminum|aluminium|auto|autos|car|vehicle"
    r"|truck|auto-parts|avocado|avocados|tomato|tomatoes|berry|tequila|beer|oil|crude|petroleum|fuel|gasoline|energy"
    r"|gas|electricity|agricultural|agriculture|farm|food|electronics|computer|textile|apparel|machinery|services"
    r"|service|arms|gun|weapons?|firearms?|cattle|sugar|lumber|solar|medical|pharmaceutical|cocaine|heroin"
    r"|methamphetamine|meth|marijuana|cannabis)"
)
_PRODUCT_BEFORE = re.compile(rf"\b{_PRODUCTS}\s+$")
_PRODUCT = re.compile(rf"\b{_PRODUCTS}\b")
# "imports of Mexican steel", "trade in services"
_PRODUCT_OF = re.compile(
    rf"\s+(?:of|in)\s+(?:(?!(?:in|of|from|to|for|by|with|on|at|and|the)\b)[a-z][\w.'-]*\s+){{0,2}}?{_PRODUCTS}\b")
_DEMONYM_BEFORE = re.compile(r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)\s+$")
# Money that pays for or buys something: aid, tariffs, a factory. It is not remittances, FDI or trade
# unless its own words say so.
_PURPOSE = (
    r"(?:aid|assistance|funding|funds?|grants?|loans?|credits?|tariffs?|duties|duty|levies|levy|tax(?:es)?"
    r"|revenues?|budgets?|spending|outlays|package|bill|fines|penalties|contracts?|deals?|plants?|factory"
    r"|factories|gigafactory|facilit(?:y|ies)|projects?|wall|bribes|wages|salaries|profits|earnings|rewards?"
    r"|bounty|ransoms?|damages|settlements?|costs?|losses|subsidies|donations|pledges?|debts?|bonds|reserves"
    r"|stimulus|infrastructure|equipment|purchases|programs?|programmes?|initiatives?|investments?"
    r"|expansions?|sanctions|cash|proceeds|assets|sales)"
)
_PURPOSE_COMPLEMENT = re.compile(
    rf"\b{_PURPOSE}\s+(?:on|to|for|from|against|of|in|into|with)\s+(?:(?:all|the|u\.s\.)\s+)?(?:[\w.'-]+\s+)?$")
_MONEY_HEAD = re.compile(
    rf"\s+(?:(?:in|of|for|worth\s+of|worth)\s+)?(?:(?:a|an|the)\s+)?(?:[\w.'-]+\s+){{0,3}}?(?P<head>{_PURPOSE})\b")
_PLEDGE_BEFORE = re.compile(
    r"\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|appropriat(?:e|es|ed|ing)|earmark(?:s|ed)?"
    r"|budget(?:s|ed)|request(?:s|ed)|approv(?:e|es|ed)|committ(?:ed|ing)|commits?|offer(?:s|ed)|grant(?:s|ed)"
    r"|award(?:s|ed)|authori[sz](?:e|es|ed)|spen(?:d|ds|t)|invest(?:s|ed|ing)?|rais(?:e|es|ed)\s+tariffs\s+on)"
    r"\s+(?:(?:an?|another)\s+)?(?:(?:additional|extra|further|new|more\s+than|nearly|about|some|over|up\s+to)\s+)?$"
)
_MONEY_UNITS = frozenset({"USD", "MXN", "currency"})
# "Venezuelans accounted for 190,000 encounters", "nearly 80,000 of the overdose deaths": a part, named by
# the clause's subject
_PART_VERB = re.compile(
    r"\b(?:accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up|represented|represents?|comprised|comprises"
    r"|constituted|constitutes)\s+$")
_PARTITIVE = re.compile(r"\s+of\s+(?:all\s+)?(?:the\s+)?(?:(?:total|recorded|reported|estimated)\s+)?")
_HOME_SUBJECT = re.compile(r"\b(?:mexico|mexico's|mexican|mexicans|the\s+country|it|they|this|that)\b")
_SUBJECT_PRONOUN = re.compile(r"^\s*(?:and\s+|but\s+)?(?:they|it|these|those|this|that|which|who)\b")
_PUBLISHER_BONUS = 1.25
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{2,})\)")
_LEAD_NAME = re.compile(r"^([^(;,]+?)\s*(?:\(|;|,|$)")


# "Mexico exported $475 billion of goods to the United States": a flow named by its verb, whose direction
# is set by who ships (the subject) and to whom (the partner)
_US = r"(?:the\s+)?(?:united\s+states|u\.s\.(?:\s+market)?|us|america|washington)"
_MX = r"(?:mexico|mexican\s+(?:firms|companies|producers|manufacturers|factories|exporters|plants))"
_TRADE_VERB = re.compile(
    r"\b(?:(?P<out>export(?:s|ed|ing)?|ship(?:s|ped|ping)?|s(?:old|ells?|elling)|sen(?:t|ds?|ding))"
    r"|(?P<in>import(?:s|ed|ing)?|b(?:ought|uys?|uying)|purchas(?:e|es|ed|ing)))\b")
_PARTNER = re.compile(rf"\b(?:to|from|into)\s+(?:(?P<name>{_US}|mexico)(?!\w)|(?P<pron>it|them)\b)"
                      rf"|^\s*(?P<direct>{_US}|mexico)(?!\w)")
# "Mexico bought $323 billion worth of U.S. goods": the goods' origin is the seller
_ORIGIN = re.compile(rf"\s*(?:worth\s+)?(?:of|in)\s+(?:(?P<us>{_US}|american)|(?P<mx>mexico's|mexican))"
                     r"\s+(?:goods|products|merchandise|manufactures|exports)\b")
# "sold Mexico $30 billion worth of agricultural products": one product, named after the amount
_PRODUCT_AFTER = re.compile(rf"\s*(?:worth\s+)?(?:of|in)\s+(?:[\w.'-]+\s+){{0,2}}?{_PRODUCTS}\b")
_GOODS = re.compile(r"\b(?:goods|products|merchandise|manufactures|exports|imports)\b")
_SUBJECT_COUNTRY = re.compile(rf"\b(?:(?P<us>{_US}|american)|(?P<mx>{_MX}))(?!\w)")
_PARTNER_PREP = re.compile(r"\b(?:to|from|into|with)\s+$")
# an amount of money: a verb separated from a claim by another amount governs that one
_AMOUNT = re.compile(r"\$\s?\d|\d\s*(?:billion|million|trillion|bn)\b")


def _trade_flow(low: str, claim: Claim, cs: int, ce: int) -> tuple[int, int, str] | None:
    """The goods flow an amount of money is, when a trade verb and both countries say it.

    Returns the verb's span and ``us_exports_to_mx`` or ``us_imports_from_mx``. "Sent" and "sold"
    need goods to be named, since migrants also send money home; a flow without its partner named
    ("Mexico exported $600 billion") is Mexico's total with the world, which the catalog does not hold.
    The subject is the last country named before the verb that is not itself a partner ("imported $475
    billion from Mexico and exported $323 billion to it": the United States exported); "it" after "to" or
    "from" is the other country named before; what is bought may name its seller ("worth of U.S. goods").
    """
    if claim.unit not in ("USD", None) or claim.kind not in ("level", "rate", "change"):
        return None
    verbs = list(_TRADE_VERB.finditer(low, cs, ce))
    before = [v for v in verbs if claim.number_start - 80 <= v.end() <= claim.number_start
              and not _AMOUNT.search(low, v.end(), claim.number_start)]
    after = [v for v in verbs if claim.number_end <= v.start() <= claim.number_end + 80
             and not _AMOUNT.search(low, claim.number_end, v.start())]
    # the verb that governs the amount: the nearest before it ("Mexico exported $X"), else the nearest
    # after it ("$X in goods exported by Mexico")
    governing = before[-1:] or after[:1]
    if not governing:
        return None
    verb = governing[0]
    subject = None
    named: list[str] = []
    for m in _SUBJECT_COUNTRY.finditer(low, cs, verb.start()):
        country = "us" if m.group("us") else "mx"
        named.append(country)
        if not _PARTNER_PREP.search(low, max(cs, m.start() - 8), m.start()):
            subject = country
    if subject is None:
        return None
    out = verb.group("out")
    pm = _PARTNER.search(low[verb.end():ce])
    origin = _ORIGIN.match(low, claim.number_end, ce) if not out and verb.end() <= claim.number_start else None
    if origin is not None:
        partner = "us" if origin.group("us") else "mx"
    elif pm is None:
        return None
    elif pm.group("pron"):
        others = [c for c in named if c != subject]
        if not others:
            return None
        partner = others[-1]
    else:
        partner = "mx" if (pm.group("name") or pm.group("direct")).startswith("mexico") else "us"
    if subject == partner:
        return None
    if _PRODUCT_BEFORE.search(low, max(cs, verb.start() - 20), verb.start()) or \
            (pm is not None and _PRODUCT.search(low, min(verb.end(), claim.number_end), verb.end() + pm.start())) or \
            _PRODUCT_AFTER.match(low, claim.number_end, ce):
        return None  # "sold $28 billion of pork to Mexico": one product, a part the catalog does not hold
    if out and out[:2] in ("so", "se") and not _GOODS.search(low, cs, ce):
        return None
    exporter = subject if out else partner
    return verb.start(), verb.end(), "us_imports_from_mx" if exporter == "mx" else "us_exports_to_mx"


@dataclass(frozen=True, slots=True)
class _LookBack:
    allowed: bool
    across_paragraphs: bool = False
    shell: str | None = None  # the shell noun of an anaphoric subject ("the inflows"), which must fit
    fits: frozenset[str] | None = None  # the units a borrowed measure must count, when a figure says them


@dataclass(frozen=True, slots=True)
class PhraseHit:
    start: int
    end: int
    phrase: str
    targets: tuple[tuple[str, bool], ...]  # (indicator id, named as something it is a proxy for)
    # what the phrase's own words restrict it to, so that it does not name the national measure:
    # "place" ("imports from China", "deaths among teenagers", "pork exports"), "rate" ("the homicide
    # rate"), "purpose" (the object of money paid: "tariffs on imports from Mexico"), "whole" (the whole
    # of a share: "80 percent of its exports"); None when unrestricted
    scope: str | None = None


class Linker:
    """Phrase index over the catalog, built once and reused for every document."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        targets: dict[str, dict[str, bool]] = {}
        for ind in catalog:
            for p in ind.phrases:
                targets.setdefault(p, {})[ind.id] = p in ind.proxy_for
            for p in ind.proxy_for:
                targets.setdefault(p, {})[ind.id] = True
        self._targets = {p: tuple(v.items()) for p, v in targets.items()}
        alternatives = sorted(self._targets, key=len, reverse=True)
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alternatives)
        self._rx = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
        self._cache_text: str | None = None
        self._hits_cache: dict[tuple[int, int], list[PhraseHit]] = {}
        self._named_cache: dict[tuple[int, int], frozenset[str]] = {}
        self._specific: dict[tuple[str, str], bool] = {}
        self._publishers = _publisher_names(catalog)
        self._texts: dict[str, str] = {}

    # phrase hits ------------------------------------------------------------------------
    def hits(self, low: str, start: int, end: int, norm: str | None = None) -> list[PhraseHit]:
        """Catalog phrases in ``low[start:end]``; ``norm`` (same text, case kept) lets names be read."""
        if low is not self._cache_text:
            # hits are cached for one text at a time (the text is held, so it cannot be mistaken
            # for another one)
            self._cache_text = low
            self._hits_cache = {}
            self._named_cache = {}
        key = (start, end)
        cached = self._hits_cache.get(key)
        if cached is not None:
            return cached
        out = []
        pos, covered = start, start
        while pos < end:
            m = self._rx.search(low, pos, end)
            if m is None:
                break
            # the next search starts at the next word inside this phrase: phrases overlap ("foreign direct
            # investment in Latin America" holds "investment in latin america"), and a phrase that ends
            # inside an earlier one adds nothing
            nxt = _WORD_START.search(low, m.start() + 1, end)
            pos = end if nxt is None else nxt.start()
            if m.end() <= covered:
                continue
            covered = m.end()
            if _NEGATED_PREFIX.search(low, max(0, m.start() - 5), m.start()):
                continue
            if low.startswith(("'s ", "' "), m.end()):
                continue  # a possessive modifies another noun ("the country's GDP")
            phrase = " ".join(m.group(0).split())
            scope = _scope(low, norm, m.start(), m.end(), start, end)
            out.append(PhraseHit(m.start(), m.end(), phrase, self._targets[phrase], scope))
        self._hits_cache[key] = out
        return out

    def narrower(self, a: str, b: str) -> bool:
        """Whether measure ``a`` is a part of measure ``b`` (directly or through others)."""
        key = (a, b)
        if key not in self._specific:
            seen: set[str] = set()
            todo = list(self.catalog.get(a).within)
            found = False
            while todo:
                x = todo.pop()
                if x == b:
                    found = True
                    break
                if x in seen:
                    continue
                seen.add(x)
                todo.extend(self.catalog.get(x).within)
            self._specific[key] = found
        return self._specific[key]

    # linking ----------------------------------------------------------------------------
    def link(self, an: Analysis, claim: Claim) -> Claim:
        if claim.kind in ("event_date", "count_event"):
            return claim
        original = claim
        sent = an.sentences[claim.sentence_index]
        victims = _victims_of(an.low, claim, sent.end)
        if victims is not None:
            claim = replace(claim, unit="victims")
        scores = self._score(an, claim, victims)
        if not scores:
            return original
        ranked = sorted(scores.items(), key=lambda kv: -kv[1][0])
        best_id, (best, hit, proxy) = ranked[0]
        for other_id, (score, ohit, oproxy) in ranked[1:]:
            if score >= best * 0.85 and self.narrower(other_id, best_id):
                best_id, best, hit, proxy = other_id, score, ohit, oproxy
        if best < LINK_THRESHOLD:
            return original
        rivals = [s for i, (s, _, _) in scores.items() if i != best_id and not self._related(i, best_id)]
        second = max(rivals, default=0.0)
        margin = (best - second) / best if best else 0.0
        confidence = round(min(1.0, best) * (0.6 + 0.4 * margin), 2)
        ind = self.catalog.get(best_id)
        unit = claim.unit
        if claim.kind in ("level", "rate") or (claim.kind == "change" and claim.change == "difference"):
            unit = ind.unit if claim.kind != "change" or claim.unit != "percentage points" else claim.unit
        mention = an.text[hit.start:hit.end]
        return replace(claim, indicator=best_id, confidence=confidence, mention=mention,
                       proxy=mention if proxy else None, unit=unit)

    def _may_look_back(self, an: Analysis, claim: Claim, of_only: bool, cs: int) -> _LookBack:
        """Whether, and how far, the sentences before may name the subject.

        A change or a forecast carries no unit to check a guess against, so it only borrows a
        subject from earlier sentences when its own clause opens with a pronoun or a shell noun ("They
        tripled", "The inflows were up 2.7%"), or when it qualifies a figure before it in a sentence
        that does (", compared with growth of 7.6%", ", down 24 percent").

        Look-back stops at a paragraph break, except in wire copy, where a paragraph is often one
        sentence: a sentence may then borrow from one-sentence paragraphs just before it when its
        subject points back (a change with a pronoun or shell-noun subject), or when it is an amount
        in a unit, with no noun of its own, whose subject is only a pronoun, a shell noun or a
        publisher the sentence names, and whose verb only reports it ("Banxico reported $63.3 billion
        in 2023"; not "Mexico exported $593 billion").
        """
        if of_only or claim.part_of:
            return _LookBack(False)
        low = an.low
        sent = an.sentences[claim.sentence_index]
        anaphor = _ANAPHOR.match(low, cs, claim.number_start)
        if claim.modal or (claim.kind == "change" and claim.change == "ratio"):
            tail = _CHANGE_TAIL.search(low, sent.start, claim.start) if anaphor is None else None
            if tail is not None:
                anaphor = _ANAPHOR.match(low, sent.start, claim.number_start)
                figures = [f for f in _FIGURE.finditer(low, sent.start, tail.start())
                           if f.group("usd") or f.group("pct") or not _YEAR.fullmatch(f.group(0))]
                if anaphor is None and figures and not figures[-1].group("pct"):
                    # ", down 24 percent" after "80,000 deaths": that figure's subject, in that figure's unit
                    fig = figures[-1]
                    unit = "USD" if fig.group("usd") else unit_after(low, fig.end(), tail.start()).family
                    return _LookBack(True, fits=_COMPATIBLE.get(unit, frozenset()))
            if anaphor is None:
                return _LookBack(False)
            return _LookBack(True, True, anaphor.group("shell"))
        bare = _BARE_SUBJECT.fullmatch(low, cs, claim.start)
        across = (
            bare is not None and claim.kind in ("level", "rate") and claim.unit is not None
            and (claim.noun is None or claim.unit in ("pounds", "kilograms", "tons"))
            and not _OWN_NOUN_AFTER.match(low, max(claim.number_end, claim.context_end))
            and (bare.group("name") is None
                 or (an.norm[bare.start("name")].isupper() and bool(self._named_publishers(an, sent.start, sent.end))))
        )
        return _LookBack(True, across, anaphor.group("shell") if anaphor is not None else None)

    @staticmethod
    def _related_trade(ind_id: str) -> bool:
        return ind_id in ("us_exports_to_mx", "us_imports_from_mx", "us_mx_trade", "us_mx_trade_balance")

    def _related(self, a: str, b: str) -> bool:
        return self.narrower(a, b) or self.narrower(b, a)

    def _score(self, an: Analysis, claim: Claim,
               victims: tuple[int, int] | None = None) -> dict[str, tuple[float, PhraseHit, bool]]:
        low = an.low
        sents = an.sentences
        sent = sents[claim.sentence_index]
        cls = clauses(low, sent.start, sent.end)
        cs, ce = clause_of(cls, claim.number_start)
        seg_s, seg_e = _comma_segment(low, cs, ce, claim.number_start)
        candidates: list[tuple[PhraseHit, float]] = []
        of_only = claim.kind == "share" and claim.of_span is not None and not _PRONOUN_OF.match(
            low, claim.of_span[0], claim.of_span[1])
        hits = [h for h in self.hits(low, sent.start, sent.end, an.norm) if _usable(h, claim)]
        back = self._may_look_back(an, claim, of_only, cs)
        look_back = back.allowed
        if claim.kind == "rank" and not _rank_subject_is_mexico(an, claim, cs):
            return {}
        if claim.kind != "rank" and (_foreign_subject(an, claim, cs) or _parenthetical_elsewhere(an, claim, cs)):
            return {}
        own_words = _money_for_something(low, claim, cs, ce)
        if own_words is not None:
            # "$4 billion in aid", "pledged $1.5 billion": only the amount's own words can name a measure
            hits = [h for h in hits if own_words[0] <= h.start < own_words[1]]
            look_back = False
        part = _part_subject(an, claim, cs, ce, hits)
        if part is not None:
            hits, look_back = part, False
        if claim.kind != "share" and _set_elsewhere(an, sent.start, claim.number_start):
            return {}
        if victims is not None:
            # victims of what their own words name, or ("of this crime") of what the sentence names
            if victims[0] < victims[1]:
                hits = [h for h in hits if victims[0] <= h.start < victims[1]]
            look_back = False
        status = _STATUS_PREDICATE.match(low, max(claim.number_end, claim.context_end), ce)
        if status is not None and claim.kind in ("level", "rate"):
            # only the figure's own words name it, and the people it counts ("Mexicans have been
            # displaced") are whom the predicate speaks of, not a measure
            hits = [h for h in hits if claim.number_start <= h.start < status.end()
                    and NOUN_FAMILY.get(h.phrase.split()[-1]) != "people"]
            look_back = False
        flow = _trade_flow(low, claim, cs, ce) if part is None and own_words is None else None
        if flow is not None:
            fs, fe, fid = flow
            # the verb and its two countries say which flow it is; other trade words in the clause don't
            flow_hit = PhraseHit(fs, fe, " ".join(low[fs:fe].split()), ((fid, False),))
            hits = [h for h in hits if not any(self._related_trade(t) for t, _ in h.targets)]
            candidates.append((flow_hit, 1.1))
            look_back = False
        for h in hits:
            if of_only:
                assert claim.of_span is not None
                if claim.of_span[0] - 3 <= h.start < claim.of_span[1]:
                    candidates.append((h, 1.0))
                continue
            if claim.part_of and not (claim.number_start <= h.start < ce):
                continue
            w = 1.0 if part else self._position_weight(low, h, claim, cs, ce, seg_s, seg_e)
            candidates.append((h, w))
        borrowed: set[int] = set()
        if look_back:
            for j, weight in self._earlier_sentences(sents, claim.sentence_index, back.across_paragraphs):
                prev = sents[j]
                w = weight
                for h in self.hits(low, prev.start, prev.end, an.norm):
                    if _usable(h, claim):
                        candidates.append((h, w))
                        borrowed.add(len(candidates) - 1)
                        if any(compatible(claim, self.catalog.get(t)) for t, _ in h.targets):
                            # the sentence's first measure, usually its subject, is what a later sentence
                            # points back to: the ones after it weigh less, however long their phrase
                            w = weight * 0.85
        named = self._named_publishers(an, sent.start, sent.end)
        scores: dict[str, tuple[float, PhraseHit, bool]] = {}
        for k, (h, w) in enumerate(candidates):
            for ind_id, proxy in self._targets_of(h, named):
                ind = self.catalog.get(ind_id)
                if not compatible(claim, ind):
                    continue
                if k in borrowed and ((back.shell and not self._describes(ind, back.shell))
                                      or (back.fits is not None and ind.unit not in back.fits)):
                    continue  # "the inflows" do not point back at remittances sent abroad
                # a longer phrase names the measure more precisely
                score = w * (1.0 + 0.05 * min(3, h.phrase.count(" ")))
                if ind_id in named:
                    score *= _PUBLISHER_BONUS
                cur = scores.get(ind_id)
                if cur is None or score > cur[0]:
                    scores[ind_id] = (score, h, proxy)
        return scores

    @staticmethod
    def _earlier_sentences(sents: list[Sentence], index: int, across: bool) -> list[tuple[int, float]]:
        """The sentences before that may name a subject, with their weights (see ``_may_look_back``)."""
        out: list[tuple[int, float]] = []
        sent = sents[index]
        for back, weight in ((1, 0.35), (2, 0.25)):
            j = index - back
            if j < 0:
                break
            prev = sents[j]
            if prev.paragraph != sent.paragraph and not (prev.heading and prev.paragraph == sent.paragraph - 1):
                one_sentence = not prev.heading and (j == 0 or sents[j - 1].paragraph != prev.paragraph)
                if not (across and one_sentence):
                    break
            out.append((j, weight))
        return out

    def _describes(self, ind: Indicator, shell: str) -> bool:
        """Whether a shell noun ("the inflows") can stand for the measure: its name, definition or phrases say it."""
        if shell in _NEUTRAL_SHELLS:
            return True
        text = self._texts.get(ind.id)
        if text is None:
            text = " ".join([ind.name, ind.definition, *ind.phrases, *ind.proxy_for]).lower()
            self._texts[ind.id] = text
        stem = shell[:-1] if shell.endswith("s") else shell
        return re.search(rf"\b\w*{re.escape(stem)}", text) is not None

    def _named_publishers(self, an: Analysis, start: int, end: int) -> frozenset[str]:
        """Indicators whose publisher the sentence names ("according to INEGI")."""
        if not self._publishers:
            return frozenset()
        if an.low is not self._cache_text:
            self.hits(an.low, start, start)  # starts the per-text caches
        key = (start, -end)
        cached = self._named_cache.get(key)
        if cached is not None:
            return cached
        found = set()
        for ind_id, names in self._publishers.items():
            for name, exact_case in names:
                text = an.norm if exact_case else an.low
                i = text.find(name, start, end)
                while i >= 0:
                    before = text[i - 1:i] if i > 0 else " "
                    after = text[i + len(name):i + len(name) + 1] or " "
                    if not before.isalnum() and not after.isalnum():
                        found.add(ind_id)
                        break
                    i = text.find(name, i + 1, end)
        self._named_cache[key] = frozenset(found)
        return self._named_cache[key]

    def _targets_of(self, h: PhraseHit, named: frozenset[str]) -> tuple[tuple[str, bool], ...]:
        """The hit's measures, plus a measure of a publisher the sentence names that counts the same thing.

        "INEGI counted 33,000 homicides": "homicides" names SESNSP's count in the catalog, but the
        sentence says whose count it is; INEGI's homicide measure (unrelated to SESNSP's) is offered too.
        """
        if not named:
            return h.targets
        have = {i for i, _ in h.targets}
        head = h.phrase.split()[-1]
        extra = []
        for ind_id in named:
            if ind_id in have or any(self._related(ind_id, t) for t in have):
                continue
            if head in self.catalog.get(ind_id).name.lower().replace("(", " ").replace(")", " ").split():
                extra.append((ind_id, False))
        return h.targets + tuple(extra) if extra else h.targets

    @staticmethod
    def _position_weight(low: str, h: PhraseHit, claim: Claim, cs: int, ce: int, seg_s: int, seg_e: int) -> float:
        own_words = claim.number_start <= h.start < max(claim.context_end, claim.end) or \
            claim.start <= h.start < claim.end
        if own_words or (h.end <= claim.start and _HEAD_OF_FIGURE.fullmatch(low, h.end, claim.start)):
            w = 1.0
        elif cs <= h.start < ce:
            if seg_s <= h.start < seg_e:
                w = 0.85
            else:
                hs, _ = _comma_segment(low, cs, ce, h.start)
                w = 0.3 if _APPOSITIVE.match(low, hs, ce) else 0.7
        else:
            w = 0.5
        dist = h.start - claim.end if h.start >= claim.end else claim.start - h.end
        return w * (1 - min(max(dist, 0), 300) / 1000)


def _scope(low: str, norm: str | None, s: int, e: int, start: int, end: int) -> str | None:
    """What a phrase's neighbours restrict it to (see PhraseHit.scope), or None."""
    if _RATE_AFTER.match(low, e, end) or _RATE_BEFORE.search(low, max(start, s - 20), s):
        return "rate"
    if _AMONG.match(low, e, end):
        return "place"
    if norm is not None:
        m = _SCOPE_PREP.match(norm, e, end)
        if m is not None and names_elsewhere(norm, m.end(), end):
            return "place"
        d = _DEMONYM_BEFORE.search(norm, max(start, s - 30), s)
        if d is not None and (is_foreign(d.group(1)) or is_foreign(d.group(1).split()[-1])):
            return "place"
    if _PURPOSE_COMPLEMENT.search(low, max(start, s - 45), s):
        return "purpose"
    if _PRODUCT_BEFORE.search(low, max(start, s - 20), s) or _PRODUCT_OF.match(low, e, end):
        return "place"  # one product, like one place, is a part the catalog does not hold
    if _SHARE_WHOLE_BEFORE.search(low, max(start, s - 40), s):
        return "whole"
    return None


def _set_elsewhere(an: Analysis, start: int, pos: int) -> bool:
    """Whether the sentence opens by setting itself somewhere else ("In Texas alone, ...")."""
    m = _PLACE_OPENER.match(an.norm, start, pos)
    if m is None:
        return False
    comma = an.norm.find(",", m.end(), pos)
    if comma < 0:
        return False
    name = an.norm[m.end():comma]
    name = re.sub(r"\s+alone$", "", name.strip())
    if name.lower() in _CAPITALS:
        return False  # the capital speaks for the country
    return names_elsewhere(name, 0, len(name))


def _foreign_subject(an: Analysis, claim: Claim, cs: int) -> bool:
    """Whether the figure's clause opens with another country as its subject ("Guatemala received $21.5
    billion in remittances", "Canada's exports rose 5 percent") and names neither of the two countries
    before the figure: the figure is that country's, which no measure in the catalog counts."""
    m = _CLAUSE_NAME.match(an.norm, cs, claim.start)
    if m is None:
        return False
    names = re.split(r"\s*(?:,|\band\b|\bor\b|&)\s*", m.group(1))
    if not any(is_foreign(n) or any(is_foreign(w) for w in n.split()) for n in names):
        return False
    # "Guatemala and Mexico received $85 billion": together, theirs; "China was overtaken by Mexico, whose
    # trade reached ...": Mexico's
    return _HOME_NAME.search(an.low, m.end(1), claim.start) is None


def _parenthetical_elsewhere(an: Analysis, claim: Claim, cs: int) -> bool:
    """Whether the figure opens a bracket right after another country's name ("trade with China ($575
    billion) and Canada ($782 billion)"): a figure in brackets is the figure of the words before them."""
    if cs == 0 or an.norm[cs - 1] != "(":
        return False
    opening = an.norm[cs:claim.number_start].strip(" $")
    if opening and qualifier_before(an.low, claim.number_start, cs)[0] is None:
        return False  # the bracket opens with other words: "(up from $500 billion)"
    m = _LAST_NAME.search(an.norm, max(0, cs - 41), cs - 1)
    if m is None:
        return False
    name = m.group(1)
    return is_foreign(name) or any(is_foreign(w) for w in name.split())


def _victims_of(low: str, claim: Claim, end: int) -> tuple[int, int] | None:
    """Where the crime lies that people counted are said to be victims of, or None.

    "830 women were victims of feminicide": the crime is named after "of"; "830 women were victims of
    this crime": it is the one the sentence named, and the span returned is empty.
    """
    if claim.kind not in ("level", "rate") or claim.unit != "people":
        return None
    m = _VICTIMS_OF.match(low, max(claim.number_end, claim.context_end), end)
    if m is None:
        return None
    return (m.end(), m.end()) if m.group("anaphor") else m.span("own")


def _usable(h: PhraseHit, claim: Claim) -> bool:
    """Whether a restricted phrase can still name this claim's measure.

    A rate is never a count; a place or group other than the two countries only bounds a share
    ("17 percent of FDI in Latin America"); the object of a payment ("tariffs on imports") does not
    name what an amount of money, a change or a share is about.
    """
    if h.scope is None:
        return True
    if h.scope == "rate":
        return False
    if h.scope in ("place", "whole"):
        return claim.kind == "share"
    return not (claim.unit in _MONEY_UNITS or claim.kind in ("change", "share"))


def _money_for_something(low: str, claim: Claim, cs: int, ce: int) -> tuple[int, int] | None:
    """Where the own words of an amount paid for something lie ("$3 billion in [tariffs]"), or None.

    Money that is aid, a tariff, a budget or a factory, or that someone pledged, spent or approved,
    is not a remittance, FDI or trade figure unless its own words before that noun say so.
    """
    if claim.unit not in _MONEY_UNITS or claim.kind not in ("level", "rate"):
        return None
    head = _MONEY_HEAD.match(low, claim.number_end, ce)
    if head is not None:
        return claim.number_end, head.start("head")
    if _PLEDGE_BEFORE.search(low, max(cs, claim.start - 60), claim.start):
        return claim.number_end, max(claim.number_end, claim.context_end)
    return None


def _part_subject(an: Analysis, claim: Claim, cs: int, ce: int, hits: list[PhraseHit]) -> list[PhraseHit] | None:
    """A part of a measure is named by the clause's subject; the hits that may name it, or None.

    "Opioids were involved in nearly 80,000 of the overdose deaths" and "Mexican nationals
    accounted for 800,000 encounters" speak of opioid deaths and of Mexican nationals. When the
    subject names nothing in the catalog ("Venezuelans accounted for 190,000 encounters"), the
    figure is a part the catalog does not hold: no hit may name it. Returns None when the figure is
    not a part, or when its subject is Mexico itself or a pronoun (the usual reading applies).
    """
    if claim.kind not in ("level", "rate") or claim.part_of:
        return None
    low = an.low
    qual, qstart = qualifier_before(low, claim.number_start, cs)
    lead = qstart if qual else claim.number_start
    verb = _PART_VERB.search(low, max(cs, lead - 30), lead)
    whole = _PARTITIVE.match(low, claim.number_end, ce)
    partitive = whole is not None and any(whole.end() <= h.start <= whole.end() + 2 for h in hits)
    if verb is None and not partitive:
        return None
    subject_end = verb.start() if verb is not None else lead
    subject = [h for h in hits if cs <= h.start and h.end <= subject_end]
    if subject:
        return subject
    words = low[cs:subject_end]
    if not words.strip() or _HOME_SUBJECT.search(words) or _SUBJECT_PRONOUN.match(words):
        return None
    return []


def _rank_subject_is_mexico(an: Analysis, claim: Claim, cs: int) -> bool:
    """A rank in the catalog is Mexico's: "China is the largest trading partner" or "the United States is
    Mexico's largest trading partner" rank something else."""
    low = an.low
    if re.search(r"\bmexico(?:'s|')\s+(?:(?:single|second|third)[\s-]+)?$", low[max(cs, claim.start - 30):claim.start]):
        return False
    for m in re.finditer(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?", an.norm[cs:claim.start]):
        name = m.group(0)
        first = name.split()[0]
        if first.lower().startswith("mexic"):
            return True
        if is_foreign(name) or is_foreign(first):
            return False
    return True


def _publisher_names(catalog: Catalog) -> dict[str, list[tuple[str, bool]]]:
    """How prose names each indicator's publisher: its acronym (case kept) and its full name."""
    out: dict[str, list[tuple[str, bool]]] = {}
    for ind in catalog:
        names: list[tuple[str, bool]] = []
        pub = ind.publisher or ""
        names.extend((a, True) for a in _ACRONYM.findall(pub))
        first = pub.split()[0] if pub.split() else ""
        if first.isupper() and first.isalpha() and len(first) >= 3:
            names.append((first, True))
        lead = _LEAD_NAME.match(pub)
        if lead is not None and len(lead.group(1).split()) >= 2 and lead.group(1)[0].isupper():
            names.append((lead.group(1).lower(), False))
        if names:
            out[ind.id] = names
    return out


def _comma_segment(low: str, cs: int, ce: int, pos: int) -> tuple[int, int]:
    s = low.rfind(",", cs, pos)
    e = low.find(",", pos, ce)
    return (cs if s < 0 else s + 1), (ce if e < 0 else e)


def compatible(claim: Claim, ind: Indicator) -> bool:
    """Whether the indicator counts what the claim counts (deaths are not dollars)."""
    u = ind.unit
    if claim.kind == "rate" and claim.per not in ("day", "week", "month", "year"):
        return False  # per head of population: the catalog holds counts and shares, not per-capita rates
    if claim.kind == "rank":
        return u == "rank"
    if u == "rank":
        return False
    if claim.kind == "share":
        return u == "percent"
    if u == "percent":
        return claim.kind == "change"
    if claim.kind == "change" and claim.change == "ratio":
        return True
    if ind.is_estimate:
        return False
    allowed = _COMPATIBLE.get(claim.unit, frozenset())
    return u in allowed
