"""Which goods flow an amount of money is, from a trade verb and the two countries around it.

"Mexico exported $475 billion of goods to the United States", "Americans buy $1.2 billion of
Mexican goods a day", "we sold Mexico $300 billion in goods": the catalog holds the two directions
of U.S.-Mexico goods trade, and prose names them with a verb rather than a noun. Who ships is the
verb's subject, to whom its partner, or the origin of what is bought. A product ("sold $28 billion of
pork to Mexico") is a part the catalog does not hold, and so is the product words before a noun
("pork exports"), which the linker reads as a part too.
"""

from __future__ import annotations

import re

from usmx.text.claims import Claim
from usmx.text.sentences import CONJUNCT

# "pork exports", "steel imports", "services trade": a product's share of a goods total
PRODUCTS = (
    r"(?:pork|beef|chicken|poultry|meat|corn|grain|wheat|dairy|steel|aluminum|aluminium|auto|autos|cars?|vehicles?"
    r"|trucks?|auto-parts|avocado|avocados|tomato|tomatoes|berry|tequila|beer|oil|crude|petroleum|fuel|gasoline|energy"
    r"|gas|electricity|agricultural|agriculture|farm|food|electronics|computers?|textile|apparel|machinery|services"
    r"|service|arms|guns?|weapons?|firearms?|cattle|sugar|lumber|solar|medical|pharmaceutical|cocaine|heroin"
    r"|methamphetamine|meth|marijuana|cannabis)"
)
PRODUCT_BEFORE = re.compile(rf"\b{PRODUCTS}\s+$")
_PRODUCT = re.compile(rf"\b{PRODUCTS}\b")
# "imports of Mexican steel", "trade in services"
PRODUCT_OF = re.compile(
    rf"\s+(?:of|in)\s+(?:(?!(?:in|of|from|to|for|by|with|on|at|and|the)\b)[a-z][\w.'-]*\s+){{0,2}}?{PRODUCTS}\b")

# "Mexico exported $475 billion of goods to the United States": a flow named by its verb, whose direction
# is set by who ships (the subject) and to whom (the partner)
_US = (r"(?:the\s+)?(?:united\s+states|u\.s\.(?:\s+market)?|us|america|washington"
       r"|estados\s+unidos|ee\.\s?uu\.|eeuu|eua)")
_MX = r"(?:mexico|méxico|mexican\s+(?:firms|companies|producers|manufacturers|factories|exporters|plants))"
# ("México exportó a Estados Unidos ... y le compró 324 mil millones": Spanish verbs, and "le" for the partner)
_TRADE_VERB = re.compile(
    r"\b(?:(?P<out>export(?:s|ed|ing)?|ship(?:s|ped|ping)?|s(?:old|ells?|elling)|sen(?:t|ds?|ding)"
    r"|export(?:a|ó|aron|an|ará)|vend(?:e|ió|ieron|en)|envi(?:a|ó|aron|an))"
    r"|(?P<in>import(?:s|ed|ing)?|b(?:ought|uys?|uying)|purchas(?:e|es|ed|ing)|import(?:a|ó|aron|an)"
    r"|compr(?:a|ó|aron|an)|adquiri(?:ó|eron)|adquier(?:e|en)))(?!\w)")
_PARTNER = re.compile(rf"\b(?:to|from|into|a|de|desde|hacia)\s+(?:(?P<name>{_US}|m[eé]xico)(?!\w)|(?P<pron>it|them)\b)"
                      rf"|^\s*(?P<direct>{_US}|m[eé]xico)(?!\w)")
_PARTNER_PRONOUN = re.compile(r"\b(?:le|les)\s+$")
# "Mexico bought $323 billion worth of U.S. goods": the goods' origin is the seller
_ORIGIN = re.compile(rf"\s*(?:worth\s+)?(?:of|in)\s+(?:(?P<us>{_US}|american)|(?P<mx>mexico's|mexican))"
                     r"\s+(?:goods|products|merchandise|manufactures|exports)\b")
# "México adquirió bienes estadounidenses por 324 mil 400 millones": the origin named between verb and amount
_ES_ORIGIN = re.compile(rf"\s*(?:de\s+)?(?:bienes|productos|mercanc[ií]as)\s+(?:(?P<us>estadounidenses|de\s+{_US})"
                        r"|(?P<mx>mexican[oa]s|de\s+m[eé]xico))\s+(?:por|con\s+valor\s+de|por\s+un\s+valor\s+de)\s*$")
# "sold Mexico $30 billion worth of agricultural products": one product, named after the amount
_PRODUCT_AFTER = re.compile(rf"\s*(?:worth\s+)?(?:of|in)\s+(?:[\w.'-]+\s+){{0,2}}?{PRODUCTS}\b")
_GOODS = re.compile(r"\b(?:goods|products|merchandise|manufactures|exports|imports|bienes|mercancías|productos)\b")
# "Americans buy ...", "We bought $400 billion of Mexican goods": "we" is whichever of the two countries
# the partner or the goods' origin is not
_SUBJECT_COUNTRY = re.compile(
    rf"\b(?:(?P<us>{_US}|americans?(?:\s+(?:consumers|companies|firms|buyers|shoppers|importers|exporters"
    rf"|farmers|manufacturers|producers))?)|(?P<mx>{_MX}|mexicans)|(?P<we>we))(?!\w)")
_PARTNER_PREP = re.compile(r"\b(?:to|from|into|with|a|de|desde|hacia|con)\s+$")
# an amount of money: a verb separated from a claim by another amount governs that one
_AMOUNT = re.compile(r"\$\s?\d|\d\s*(?:billion|million|trillion|bn|mil\s+millones|millones|mil)\b")


def trade_flow(low: str, claim: Claim, cs: int, ce: int) -> tuple[int, int, str] | None:
    """The goods flow an amount of money is, when a trade verb and both countries say it.

    Returns the verb's span and ``us_exports_to_mx`` or ``us_imports_from_mx``. "Sent" and "sold"
    need goods to be named, since migrants also send money home; a flow without its partner named
    ("Mexico exported $600 billion") is Mexico's total with the world, which the catalog does not hold.
    The subject is the last country named before the verb that is not itself a partner ("imported $475
    billion from Mexico and exported $323 billion to it": the United States exported); "it" after "to" or
    "from" is the other country named before; what is bought may name its seller ("worth of U.S. goods").
    """
    if claim.kind not in ("level", "rate", "change") or (claim.unit not in ("USD", None) and claim.kind != "change"):
        return None
    verbs = list(_TRADE_VERB.finditer(low, cs, ce))
    before = [v for v in verbs if claim.number_start - 80 <= v.end() <= claim.number_start
              and not _AMOUNT.search(low, v.end(), claim.number_start)]
    after = [v for v in verbs if claim.number_end <= v.start() <= claim.number_end + 80
             and not _AMOUNT.search(low, claim.number_end, v.start())
             and not CONJUNCT.search(low, claim.number_end, v.start())]  # (", mientras que México importó ...")
    # the verb that governs the amount: the nearest before it ("Mexico exported $X"), else the nearest
    # after it ("$X in goods exported by Mexico")
    governing = before[-1:] or after[:1]
    if not governing:
        return None
    verb = governing[0]
    subject = None
    named: list[str] = []
    for m in _SUBJECT_COUNTRY.finditer(low, cs, verb.start()):
        country = "us" if m.group("us") else "mx" if m.group("mx") else "we"
        named.append(country)
        if not _PARTNER_PREP.search(low, max(cs, m.start() - 8), m.start()):
            subject = country
    out = verb.group("out")
    if subject is None:
        return _noun_flow(low, verb, claim, cs, ce)
    pm = _PARTNER.search(low[verb.end():ce])
    origin = (_ORIGIN.match(low, claim.number_end, ce) or _ES_ORIGIN.match(low, verb.end(), claim.number_start)) \
        if not out and verb.end() <= claim.number_start else None
    others = [c for c in named if c not in (subject, "we")]
    if origin is not None:
        partner = "us" if origin.group("us") else "mx"
    elif _PARTNER_PRONOUN.search(low, max(cs, verb.start() - 5), verb.start()) and others:
        partner = others[-1]  # "le compró 324 mil millones": bought from the other country named
    elif pm is None:
        return None
    elif pm.group("pron"):
        if not others:
            return None
        partner = others[-1]
    else:
        partner = "mx" if (pm.group("name") or pm.group("direct")).startswith(("mexico", "méxico")) else "us"
    if subject == "we":
        subject = "us" if partner == "mx" else "mx"
    if subject == partner:
        return None
    if PRODUCT_BEFORE.search(low, max(cs, verb.start() - 20), verb.start()) or \
            (pm is not None and _PRODUCT.search(low, min(verb.end(), claim.number_end), verb.end() + pm.start())) or \
            _PRODUCT_AFTER.match(low, claim.number_end, ce):
        return None  # "sold $28 billion of pork to Mexico": one product, a part the catalog does not hold
    if out and out[:2] in ("so", "se") and not _GOODS.search(low, cs, ce):
        return None
    exporter = subject if out else partner
    return verb.start(), verb.end(), "us_imports_from_mx" if exporter == "mx" else "us_exports_to_mx"


_NOUN_PARTNER = re.compile(rf"\s+(?P<prep>from|to)\s+(?P<name>{_US}|mexico)(?!\w)")


def _noun_flow(low: str, verb: re.Match[str], claim: Claim, cs: int, ce: int) -> tuple[int, int, str] | None:
    """"Imports from the U.S. came to $150 billion", "exports to the United States": a flow named
    as a noun with its partner; with no country as subject, the partner alone sets the direction
    (imports *from* the U.S. are U.S. exports; exports *to* the U.S. are U.S. imports)."""
    word = verb.group(0)
    if not word.endswith("s") or verb.start() > claim.number_start:
        return None
    m = _NOUN_PARTNER.match(low, verb.end(), ce)
    if m is None or _AMOUNT.search(low, m.end(), claim.number_start) or \
            _PRODUCT.search(low, max(cs, verb.start() - 30), claim.number_start):
        return None
    partner = "mx" if m.group("name").startswith("mexico") else "us"
    other = "us" if partner == "mx" else "mx"
    # imports (or exports) from P were shipped by P; exports to P (or imports into P) by the other country
    exporter = partner if m.group("prep") == "from" else other
    return verb.start(), m.end(), "us_imports_from_mx" if exporter == "mx" else "us_exports_to_mx"
