"""Whose figure a number is: the two countries', or another country's or place's.

Every measure in the catalog is national and about the United States and Mexico, so a figure
whose subject is another country ("Guatemala received $21.5 billion"), a place inside one ("the
Tucson Sector recorded 200,000"), a clause set in one place ("In Texas alone, ..."), or whose own
words place it ("$400 billion from China", "$300 billion crossing at one bridge") is no figure
the catalog holds, whatever measure its words name. These rules read where a figure stands, not
which measure it names; ``usmx.text.linking`` asks them before it scores the phrases, and
``usmx.text.places`` knows the names.
"""

from __future__ import annotations

import re

from usmx.text.claims import Analysis, Claim
from usmx.text.places import PLACE_NAME, is_foreign, is_local, names_elsewhere
from usmx.text.qualifiers import qualifier_before
from usmx.text.sentences import CONJUNCT

# a clause's opening words before its subject: "In 2023, ...", "Meanwhile, ..."
INTRO = (r"(?i:(?:in|on|during|by|for|over|since|after|before|through|throughout|at|last|this|meanwhile|still|also"
         r"|overall|however|yet|then|like|unlike|besides)\b[^,;]{0,50},\s*)?")
# "In Texas alone, overdose deaths ...": a clause set in one place
_PLACE_OPENER = re.compile(r"\s*(?P<prep>In|Across|Throughout|Within|Inside|At)\s+(?=(?:the\s+)?[A-Z])")
# "At the Nogales port alone, ...": "at" sets a clause in a place only with a word for one ("At the White House,
# officials said ..." is not a place the figures are about)
_AT_PLACE = re.compile(r"\b(?:alone|port|ports|bridge|crossing|checkpoint|station|sector|field\s+office)\b", re.I)
_CAPITALS = frozenset({"washington", "washington, d.c.", "washington d.c.", "mexico city"})
# "Guatemala received $21.5 billion", "China ($575 billion)": another country's figure
_PROPER_NAME = r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
_CLAUSE_NAME = re.compile(rf"\s*{INTRO}({_PROPER_NAME}(?:\s*(?:,|and|or|&)\s*{_PROPER_NAME})*)")
_LAST_NAME = re.compile(r"([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)\s*$")
_HOME_NAME = re.compile(r"\b(?:mexico|mexican|mexicans|united\s+states|u\.s\.|america|american|americans|washington)\b")
# ", while Canada's share slipped ...", ", but Korean firms' plants ...": a clause of its own after a comma
# a clause of its own after a comma: where its own subject starts ("..., while Canada's share slipped")
_LOCAL_OF = re.compile(rf"\s*{INTRO}(?:the\s+)?(?:state|city|port|municipality|county|town|sector)\s+of\s+[A-Z]")
_REPORTED = re.compile(r"\b(?:said|says|say|told|tells|reported|reports|according|estimated|estimates)\b")
# "$400 billion from China", "$8 billion in Korean investment", "$5 billion of Canadian oil": the figure's
# own words name the place it is about
_AFTER_FIGURE_PLACE = re.compile(
    r"\s*(?:(?:worth\s+)?(?:of|in)\s+(?:[a-z][\w-]*\s+){1,2}?)?(?:from|to|in|into|for|of|with|at)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)")
# "... passing through the port", "... at a single bridge": one crossing point, not the border
_AFTER_FIGURE_LOCAL = re.compile(
    r"[^,;.]{0,50}?\b(?:through|at|via|across)\s+(?:the|this|that|its|a|one)\s+(?:(?:busiest|largest|biggest|main"
    r"|single|same|city's|local)\s+)?(?:port|bridge|crossing|checkpoint|station)\b(?!\s+of\s+entry\b)")


def set_elsewhere(an: Analysis, start: int, pos: int) -> bool:
    """Whether the sentence opens by setting itself somewhere else ("In Texas alone, ...")."""
    m = _PLACE_OPENER.match(an.norm, start, pos)
    if m is None:
        return False
    comma = an.norm.find(",", m.end(), pos)
    if comma < 0:
        return False
    name = an.norm[m.end():comma]
    if m.group("prep") == "At" and _AT_PLACE.search(name) is None:
        return False
    name = re.sub(r"\s+alone$", "", name.strip())
    if name.lower() in _CAPITALS:
        return False  # the capital speaks for the country
    return names_elsewhere(name, 0, len(name))


# "Le siguieron España, con 3 mil 900 millones": a list of countries and their amounts, in the Spanish press's
# form ("behind Canada, with $661 billion" is Mexico's figure)
_LISTED_WITH = re.compile(rf"\b({PLACE_NAME}),\s+con\s+$")


def foreign_subject(an: Analysis, claim: Claim, cs: int) -> bool:
    """Whether the figure's subject is another country or a place inside one ("Guatemala received $21.5
    billion in remittances", "Canada's exports rose 5 percent", "..., while Canada's share slipped to 14 percent",
    "the Tucson Sector apprehended 200,000 migrants") and neither of the two countries is named between it
    and the figure: the figure is that place's, which no measure in the catalog counts.

    The subject is read at the clause's start and, when a conjunction opens a clause of its own after a
    comma, at its start; a place inside a country ("Mexico City") only counts as the nearest subject, and
    not when it only reports what someone said.
    """
    listed = _LISTED_WITH.search(an.norm, max(cs, claim.start - 50), claim.start)
    if listed is not None and claim.unit in (None, "USD", "MXN") and (
            is_foreign(listed.group(1)) or is_foreign(listed.group(1).split()[-1])):
        # "Le siguieron España, con 3 mil 900 millones": an amount listed for another country ("Honduras with
        # 21,035 encounters" is a part of a U.S. count, named by its own noun)
        return True
    starts = [cs]
    conjuncts = list(CONJUNCT.finditer(an.norm, cs, claim.start))
    if conjuncts:
        starts.append(conjuncts[-1].end())
    for st in starts:
        if st == starts[-1] and _LOCAL_OF.match(an.norm, st, claim.start) and \
                _REPORTED.search(an.low, st, claim.start) is None:
            return True  # "..., while the state of Guanajuato recorded 3,000"
        m = _CLAUSE_NAME.match(an.norm, st, claim.start)
        if m is None:
            continue
        names = re.split(r"\s*(?:,|\band\b|\bor\b|&)\s*", m.group(1))
        local = st == starts[-1] and _REPORTED.search(an.low, m.end(1), claim.start) is None
        if not any(is_foreign(n) or any(is_foreign(w) for w in n.split()) or (local and is_local(n)) for n in names):
            continue
        # "Guatemala and Mexico received $85 billion": together, theirs; "China was overtaken by Mexico, whose
        # trade reached ...": Mexico's
        if _HOME_NAME.search(an.low, m.end(1), claim.start) is None:
            return True
    return False


def figure_elsewhere(an: Analysis, claim: Claim, ce: int) -> bool:
    """Whether the figure's own words place it in another country or in one place ("against $400 billion from
    China", "$8 billion in Korean investment", "$300 billion in goods crossing at one bridge")."""
    pos = claim.number_end
    m = _AFTER_FIGURE_PLACE.match(an.norm, pos, ce)
    if m is not None:
        name = m.group("name")
        if is_foreign(name) or is_foreign(name.split()[0]) or is_local(name):
            return True
    return _AFTER_FIGURE_LOCAL.match(an.low, pos, ce) is not None


def parenthetical_elsewhere(an: Analysis, claim: Claim, cs: int) -> bool:
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


_OWN_PLACE = re.compile(r"[\w.-]+(?:\s+[\w.-]+)?\s+(?:place|position|spot|ranking|rank)\b")


def rank_subject_is_mexico(an: Analysis, claim: Claim, cs: int) -> bool:
    """A rank in the catalog is Mexico's: "China is the largest trading partner" or "the United States is
    Mexico's largest trading partner" rank something else."""
    low = an.low
    before = low[max(cs, claim.start - 30):claim.start]
    if re.search(r"\bmexico(?:'s|')\s+(?:(?:single|second|third)[\s-]+)?$", before) \
            and not _OWN_PLACE.match(low, claim.start, claim.end):
        return False  # "Mexico's largest partner" is another country; "Mexico's first position" is Mexico's
    # the subject is the first country named in the last clause before the rank ("Mexico overtook China to become
    # ..."; "Mexico ranked first in 2019, but Canada held the top spot")
    # ("every country but Canada": "but" as "except" turns nothing)
    turns = list(re.finditer(r"\b(?:(?<!country )(?<!countries )(?<!nation )(?<!partner )but|while|whereas|although)\s+"
                             r"|;\s*|,\s+(?:and|y)\s+", low[cs:claim.start]))
    start = cs + turns[-1].end() if turns else cs
    for m in re.finditer(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?", an.norm[start:claim.start]):
        name = m.group(0)
        first = name.split()[0]
        if first.lower().startswith("mexic"):
            return True
        if is_foreign(name) or is_foreign(first):
            return False
    return True
