"""Spanish: how a document is told apart from English, and the words Spanish prose uses for
numbers, qualifiers, changes, records and periods.

Half of what is written about the U.S.-Mexico relationship is written in Mexico. The
measures are the same; the words differ, and so do the ways of writing a number: "94 mil
190" is 94,190, "52 mil 140 millones de dólares" is $52.1 billion, "mil millones" is a
billion and "un billón" a million million, and the decimal mark is a point in Mexico ("1.5
millones") but a comma in Spain and in wire copy ("3,5 millones", "58.497,5"). The language
is decided once per document, from the frequency of function words that only one of the two
languages uses, and every stage reads it from the analysis; an English text is never read
with these rules (its "1.234" stays one point two three four).

Only word lists, patterns and pure functions live here, so that the stages (quantities,
qualifiers, time expressions, units, claims) keep one place each for their own logic.
"""

from __future__ import annotations

import re
from typing import Literal

from usmx.text import movement as mv

Lang = Literal["en", "es"]

# Function words frequent in one language and rare or absent in the other.
_ES_WORDS = frozenset({
    "de", "la", "que", "el", "en", "los", "las", "del", "se", "por", "con", "una", "para", "al", "es", "su",
    "más", "lo", "como", "pero", "sus", "fue", "ha", "este", "esta", "entre", "cuando", "sobre", "también",
    "desde", "durante", "según", "fueron", "han", "sin", "ya", "hasta", "muy", "año", "años", "mil", "millones",
})
_EN_WORDS = frozenset({
    "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "was", "by", "at", "from", "it",
    "this", "are", "were", "be", "has", "have", "its", "which", "an", "but", "not", "or", "they", "their",
    "year", "years", "million", "billion",
})
_WORDS = re.compile(r"[a-záéíóúñü]+")


def detect_language(text: str, sample: int = 6000) -> Lang:
    """"es" when Spanish function words outnumber English ones in the text's opening, else "en".

    Function words are the most frequent words of any prose and almost never shared between
    the two languages, so counting them settles the language of a news text within a few
    sentences; names, figures and quoted English terms do not tip it. Ties read as English,
    the language the rules were first written for.
    """
    words = _WORDS.findall(text[:sample].lower())
    es: float = sum(w in _ES_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    if es + en < 4:
        # a sentence or two has too few function words to count: Spanish spelling ("sumó", "víctimas") speaks too
        es += 0.5 * sum(1 for w in words if _ES_LETTER.search(w))
        return "es" if es > en and es >= 1.5 else "en"
    return "es" if es > en and es >= 3 else "en"


_ES_LETTER = re.compile(r"[áéíóúñ]")


# --- numbers ---------------------------------------------------------------------------------
UNITS = {
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "veintiún": 21, "veintiun": 21, "veintiuno": 21, "veintiuna": 21, "veintidós": 22, "veintidos": 22,
    "veintitrés": 23, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
    "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
}
TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
        "noventa": 90}
HUNDREDS = {
    "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
    "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
    "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
    "novecientos": 900, "novecientas": 900,
}
# "mil" multiplies what is still open; the others close it ("cinco mil millones" = 5,000 x 1,000,000)
SCALES = {"mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "millardo": 1e9, "millardos": 1e9,
          "billón": 1e12, "billon": 1e12, "billones": 1e12}
WORD_VALUES = {**UNITS, **TENS, **HUNDREDS}

_WORD_ALT = "|".join(sorted((re.escape(w) for w in WORD_VALUES), key=len, reverse=True))
_SCALE_ALT = r"mil|millones|millón|millon|millardos?|billones|billón|billon|ml(?=\s+\d{3}(?!\d))"
# a written number token: "74.215", "58.497,5", "224,579", "1.5", "3,5", "2024"
DIGIT_TOKEN = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d+(?:[.,]\d+)?"
# a run of number tokens, number words and scale words: "52 mil 140 millones", "cinco mil 489", "mil 987"
_UNIT_WORDS = "uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
# a run of number tokens, number words and scale words: "52 mil 140 millones", "cinco mil 489", "mil 987";
# digits continue a run only after "mil" ("94 mil 190"), and "y" only joins tens and units ("treinta y dos"),
# so "entre 30 y 35" and "203, 194 y 172" stay apart
# ("30 mil 57": the thousands and what is left, in one or two digits too)
_AFTER_MIL = r"(?:\s+\d{1,3}(?![\d.,]?\d)(?!\s*(?:%|por\s*ciento|de\s+(?:ellos|ellas|los|las|cada))))"
NUMBER_RUN = re.compile(
    rf"(?<![\w.,/#])(?:(?:{DIGIT_TOKEN})|mil(?!\w){_AFTER_MIL}?|(?:{_WORD_ALT}|{_SCALE_ALT})(?!\w))"
    rf"(?:\s+(?:mil(?!\w){_AFTER_MIL}?|(?:{_SCALE_ALT})(?!\w)(?:\s+\d{{3}}(?![\d.,]?\d))?|(?:{_WORD_ALT})(?!\w)"
    rf"|y\s+(?:{_UNIT_WORDS})(?!\w)))*"
)
_TOKEN = re.compile(rf"{DIGIT_TOKEN}|[a-záéíóúñü]+")
CURRENCY_BEFORE = re.compile(r"(?:us\$|u\.s\.\s?\$|usd\s?|mx\$|mxn\s?|\$|€)\s?$")
# what follows the number: currency words, "mdd" (millones de dólares), percent
CURRENCY_AFTER = re.compile(
    r"(?P<scale_cur>\s+(?:mdd|mdp|mmdd|mmdp)\b)"
    r"|(?:\s+de)?\s+(?P<usd>dólares|dolares|dls\b\.?|usd\b)(?:\s+(?:estadounidenses|americanos))?"
    r"|(?:\s+de)?\s+(?P<mxn>pesos)(?:\s+mexicanos)?"
)
PERCENT_AFTER = re.compile(r"\s?%|\s+por\s?ciento\b|\s+(?P<points>puntos?\s+porcentuales?)\b")


def parse_digit_token(token: str) -> tuple[float, float]:
    """Value and rounding step of a Spanish-written digit string.

    A point followed by exactly three digits groups thousands ("74.215 personas"; Spanish
    writes no three-decimal counts), as does a comma followed by three ("224,579 millones",
    Mexican usage); a lone point or comma followed by one, two or four and more digits is the
    decimal mark ("1.5 millones", "3,5 millones", "7.55 %"); with both, the last one is.
    """
    dots, commas = token.count("."), token.count(",")
    if dots and commas:
        dec = "," if token.rfind(",") > token.rfind(".") else "."
        whole, frac = token.rsplit(dec, 1)
        whole = whole.replace(".", "").replace(",", "")
    elif dots + commas == 0:
        whole, frac = token, ""
    else:
        sep = "." if dots else ","
        parts = token.split(sep)
        if len(parts) > 2 or len(parts[-1]) == 3:
            whole, frac = "".join(parts), ""
        else:
            whole, frac = parts[0], parts[1]
    value = float(whole + ("." + frac if frac else ""))
    if frac:
        step = 10.0 ** -len(frac)
    else:
        stripped = whole.rstrip("0")
        step = 10.0 ** (len(whole) - len(stripped)) if stripped else 1.0
    return value, step


_Y_JOIN = re.compile(r"\s+y\s+")


_DIGITS_THEN_WORD = re.compile(rf"\d\s+(?=(?:{_WORD_ALT})(?!\w))")


def trim_run(run: str) -> str:
    """The run up to an "y" that does not join tens and units ("2023 y un récord" is 2023), or up to a number word
    right after digits, which starts something else ("en 2022 un récord": 2022 and an article)."""
    for m in _Y_JOIN.finditer(run):
        before = run[:m.start()].split()
        if not before or before[-1].lower() not in TENS:
            run = run[:m.start()]
            break
    words = _DIGITS_THEN_WORD.search(run.lower())
    return run[:words.start() + 1] if words is not None else run


def parse_number_run(run: str) -> tuple[float, float, bool, bool] | None:
    """Value, rounding step, whether a scale word was written and whether any digit was, of a
    number run ("52 mil 140 millones" -> 52,140,000,000, step 1,000,000); None when it is no number
    (a lone article "un")."""
    total = 0.0
    current = 0.0
    step = 1.0
    seen = digits = scaled = False
    for tok in _TOKEN.findall(run.lower()):
        if tok == "y":
            continue
        if tok[0].isdigit():
            v, s = parse_digit_token(tok)
            current += v
            step = s
            seen = digits = True
        elif tok in WORD_VALUES:
            current += WORD_VALUES[tok]
            step = 1.0
            seen = True
        elif tok in SCALES or tok == "ml":
            tok = "mil" if tok == "ml" else tok  # "2 ml 376": a slip of the keyboard for "mil"
            scale = SCALES[tok]
            scaled = True
            if tok == "mil":
                current = (current or 1.0) * scale
            else:
                total += (current or 1.0) * scale
                current = 0.0
            step *= scale
            seen = True
        else:
            return None
    if not seen:
        return None
    return total + current, step, scaled, digits


def is_lone_article(run: str) -> bool:
    """"un", "una", "uno" alone are articles, not figures."""
    return run.strip().lower() in ("un", "una", "uno")


# multipliers: "se duplicó", "se triplicaron", and the nouns "el doble", "casi el triple que el año anterior"
_MULTIPLIER_STEMS = {"duplic": 2.0, "triplic": 3.0, "cuadruplic": 4.0, "quintuplic": 5.0}
_MULTIPLIER_ENDINGS = ("ó", "aron", "a", "an", "ado", "ada", "ando", "arse")
_MULTIPLIER_NOUNS = {"doble": 2.0, "triple": 3.0, "cuádruple": 4.0, "cuadruple": 4.0, "quíntuple": 5.0}
MULTIPLIER = re.compile(
    r"\b(?:se\s+)?(?P<verb>(?:duplic|triplic|cuadruplic|quintuplic)(?:ó|aron|a|an|ado|ada|ando|arse)"
    # "el doble que", "más del doble de", "casi el triple": a noun of a multiple, never "doble" as an adjective
    r"|(?<=el\s)(?:doble|triple|cuádruple|cuadruple|quíntuple)(?=\s+(?:que|de|del|respecto|frente|en\s+comparaci)\b"
    r"|\s*[,.;]|\s*$))\b"
    r"|\b(?P<half>(?:se\s+)?(?:redujo|redujeron|cayó|cayeron|bajó|bajaron)\s+a\s+la\s+mitad)\b"
)
# the value of each multiplier as written ("duplicaron": 2, "doble": 2)
MULTIPLIER_VALUES = {**{stem + end: v for stem, v in _MULTIPLIER_STEMS.items() for end in _MULTIPLIER_ENDINGS},
                     **_MULTIPLIER_NOUNS}
# "cinco veces más que en 2020", "tres veces mayor que el año anterior", "cuatro veces los 244": a multiple of an
# earlier level (not "30 veces más letal que la morfina", where an adjective makes it a comparison)
TIMES_THAN = re.compile(r"(?P<veces>\s+veces)(?:\s+(?:más|mayor(?:es)?)\s+(?:que|respecto|frente|en\s+comparación)\b"
                        # "casi cuatro veces los 244 del mismo periodo": N times a level named after it
                        r"|(?=\s+(?:el|la|los|las|lo)\s+(?:\d|nivel|cifra|monto|total|registrad)))")
# fractions of a whole: "la mitad de", "dos terceras partes de", "una cuarta parte del"
FRACTION_VALUES = {
    "la mitad": 50.0, "una tercera parte": 100 / 3, "un tercio": 100 / 3, "dos terceras partes": 200 / 3,
    "dos tercios": 200 / 3, "una cuarta parte": 25.0, "un cuarto": 25.0, "tres cuartas partes": 75.0,
    "una quinta parte": 20.0, "la quinta parte": 20.0, "la tercera parte": 100 / 3, "la cuarta parte": 25.0,
    "una décima parte": 10.0,
}
FRACTION = re.compile(
    r"\b(?P<frac>" + "|".join(sorted((re.escape(k) for k in FRACTION_VALUES), key=len, reverse=True)) + r")"
    r"(?=\s+(?:de|del)\b)")
# "dos de cada tres muertes", "uno de cada cuatro migrantes": a share as a count out of a count
_SMALL = "|".join(w for w, v in sorted(UNITS.items(), key=lambda kv: -len(kv[0])) if 0 < v <= 10)
N_OF_EVERY = re.compile(rf"\b(?P<n>{_SMALL}|\d{{1,2}})\s+de\s+cada\s+(?P<d>{_SMALL}|\d{{1,3}})\b(?![,.]\d)")


def n_of_every(m: re.Match[str]) -> float | None:
    """The share "dos de cada tres" says, in percent; None when it is no share (the part not below the whole)."""
    n = int(m.group("n")) if m.group("n").isdigit() else UNITS[m.group("n")]
    d = int(m.group("d")) if m.group("d").isdigit() else UNITS[m.group("d")]
    return 100 * n / d if 0 < n < d else None


# "30 veces más letal que la morfina": a comparison
TIMES_COMPARISON = re.compile(r"\s+veces\s+(?:más|menos|mayor|menor)\b")

# --- changes -----------------------------------------------------------------------------
# the words of rising and falling (``movement``), in the forms each pattern below reads
_UP_NOUN = mv.words(mv.singular(mv.ES_RISING_NOUNS))
_DOWN_NOUN = mv.words(mv.singular(mv.ES_FALLING_NOUNS))
_QUAL = (r"(?:casi|cerca\s+de|alrededor\s+de|aproximadamente|unos?|unas?|más\s+de|menos\s+de|poco\s+más\s+de"
         r"|al\s+menos|por\s+lo\s+menos|apenas|sólo|solo|hasta)")
# "un aumento del 7.6%", "una caída de 27 por ciento": a change named by a noun before the figure
CHANGE_NOUN_BEFORE = re.compile(
    rf"\b(?:(?P<up>{mv.words(mv.ES_RISING_NOUNS)})|(?P<down>{mv.words(mv.ES_FALLING_NOUNS)}))"
    rf"(?:\s+(?:anual|mensual|interanual|real))?\s+(?:de(?:l)?|en|por)\s+(?:(?:un|una|el|la)\s+)?(?:{_QUAL}\s+)?$"
)
# "aumentó 7.6%", "cayeron un 27 por ciento", "creció en 3 mil": a change named by a verb before the figure
CHANGE_VERB_BEFORE = re.compile(
    rf"\b(?:se\s+)?(?:(?P<up>{mv.words(mv.ES_RISING_VERBS)})|(?P<down>{mv.words(mv.ES_FALLING_VERBS)}))"
    rf"(?:\s+(?:un|una|el|en|de|del|por))?(?:\s+{_QUAL})?\s*$"
)
# "55.2% mayor a 2021", "tres dólares más respecto a 2022": a change named after the figure
CHANGE_AFTER = re.compile(
    rf"\s*(?:(?P<up>más|mayor|superior|arriba|por\s+encima|de\s+{_UP_NOUN}|al\s+alza)"
    rf"|(?P<down>menos|menor|inferior|abajo|por\s+debajo|de\s+{_DOWN_NOUN}|a\s+la\s+baja))\b"
)
# the figure after a change noun or verb counted in its own unit only when a percent ("cayeron a 74.215" is a level)
# "el aumento en 2020 fue de 4.5 por ciento": a change named as the subject
CHANGE_SUBJECT = re.compile(
    rf"\b(?:el|la|un|una|este|esta|dicho|dicha)\s+(?:(?P<up>{_UP_NOUN})"
    rf"|(?P<down>{_DOWN_NOUN}))\b(?:\s+[\w,.'-]+){{0,5}}?"
    r"\s+(?:es|fue|ha\s+sido|sería|se\s+ubicó\s+en|alcanzó|llegó\s+a)\s+(?:de\s+)?(?:(?:casi|cerca\s+de"
    r"|alrededor\s+de|más\s+de|apenas|sólo|solo)\s+)?(?:(?:un|una|el)\s+)?$"
)
CHANGE_BY_AMOUNT = re.compile(r"\b(?:en|por)\s+(?:" + _QUAL + r"\s+)?$")

# --- qualifiers --------------------------------------------------------------------------------
QUALIFIERS_BEFORE = {
    "less_than": r"menos\s+de|inferior(?:es)?\s+a|por\s+debajo\s+de|debajo\s+de|menor(?:es)?\s+(?:a|que)"
                 r"|no\s+(?:super|rebas|exced|sobrepas)\w*",
    "nearly": r"casi|cerca\s+de|poco\s+menos\s+de|rozó|rozaron|roza|rozan|prácticamente|practicamente",
    "at_least": r"al\s+menos|por\s+lo\s+menos|como\s+mínimo|como\s+minimo|no\s+menos\s+de|un\s+mínimo\s+de",
    "at_most": r"hasta|como\s+máximo|como\s+maximo|a\s+lo\s+sumo|no\s+más\s+de|un\s+máximo\s+de",
    "more_than": r"poco\s+más\s+de|más\s+de|mas\s+de|superior(?:es)?\s+a|por\s+arriba\s+de|arriba\s+de"
                 r"|por\s+encima\s+de|encima\s+de|mayor(?:es)?\s+(?:a|que)|super(?:ó|aron|a|an|ando|ado)"
                 r"|rebas(?:ó|aron|a|an)|exced(?:ió|ieron|e|en)|sobrepas(?:ó|aron|a|an)",
    "about": r"alrededor\s+de|aproximadamente|aprox\.|unos|unas|en\s+torno\s+a|del\s+orden\s+de|un\s+estimado\s+de"
             r"|estimad[oa]s?\s+en|cerca\s+de\s+unos|algo\s+así\s+como|~",
    "exact": r"exactamente|justo|sólo|solo|apenas|únicamente",
}
QUALIFIER_FILLER = (r"(?:\s+(?:un|una|el|la|los|las|récord|record|nuevo|nueva|total\s+de|cifra\s+de|monto\s+de"
                    r"|estimado\s+de|promedio\s+de|de))*")
QUALIFIER_AFTER = re.compile(r"\s*(?:(?P<at_least>o\s+más|y\s+contando)|(?P<at_most>o\s+menos))\b")

# --- records -------------------------------------------------------------------------------
RECORD = re.compile(
    r"\b(?:(?P<low>(?:nivel|cifra|número|numero|monto|total)\s+más\s+baj[oa]|mínimo\s+histórico"
    r"|minimo\s+historico|el\s+más\s+bajo|la\s+más\s+baja|(?:su|un)\s+mínimo)"
    r"|(?P<high>récord|record|máximo\s+histórico|maximo\s+historico|cifra\s+histórica|monto\s+histórico"
    r"|nivel\s+histórico|(?:nivel|cifra|número|monto)\s+más\s+alt[oa]|el\s+más\s+alto|la\s+más\s+alta"
    r"|histórico|histórica|sin\s+precedentes))\b"
)
RECORD_SINCE = re.compile(
    r"\b(?:(?P<low>más\s+baj[oa]s?|menor(?:es)?|mínimo|menos)|(?P<high>más\s+alt[oa]s?|mayor(?:es)?|máximo))"
    r"(?:\s+[\wáéíóúñ-]+){0,5}?\s+desde\s+(?:(?:el|la)\s+)?(?:(?:año\s+fiscal|ejercicio)\s+)?(?:(?:la\s+)?década\s+de\s+)?"
    r"(?:(?P<mon>[a-z]+)\s+(?:de\s+)?)?(?P<y>(?:19|20)\d\d)(?P<s>s)?\b"
)
SUPERLATIVE_SINCE = re.compile(
    r"\b(?:más\s+baj[oa]s?|más\s+alt[oa]s?|menor(?:es)?|mayor(?:es)?|mínimo|máximo|visto|vista)"
    r"(?:\s+[\wáéíóúñ-]+){0,5}\s+desde\b"
)

# --- periods ------------------------------------------------------------------------------------
MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}
MONTH_NAMES = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
_Y = r"(?:1[89]\d\d|20\d\d)"
_FY = r"(?:años?\s+fiscal(?:es)?|ejercicio\s+fiscal|af)"
_COUNT = (r"(?:\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta"
          r"|cuarenta|cincuenta)")
COUNT_VALUES = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
                "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
                "cincuenta": 50}
ORDINALS = {"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3,
            "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5}
_NOT_AMOUNT = r"(?!\s*(?:%|por\s*ciento|millones|millón|mil\b|mdd|dólares|personas|migrantes|muertes))"

# (kind, pattern): kinds shared with English are resolved by the same rules; the "es_" kinds are
# resolved in usmx.text.timex from the named groups documented there.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "el año fiscal que concluyó en septiembre": a whole fiscal year
    ("fy_ended", re.compile(
        rf"\b(?:el\s+)?(?:{_FY})\s+(?:(?P<y0>{_Y}),?\s+)?(?:que\s+)?(?:concluyó|terminó|cerró|finalizó|concluido|terminado)\s+"
        rf"(?:en\s+|el\s+30\s+de\s+)?"
        rf"septiembre(?:\s+(?:de|del)\s+(?P<y>{_Y}))?\b")),
    ("twelve_months", re.compile(
        rf"\b(?:(?:los|en\s+los)\s+)?(?:12|doce)\s+meses\s+(?:que\s+(?:terminaron|concluyeron|cerraron|terminó|concluyó)"
        rf"\s+(?:en\s+)?|(?:terminados|concluidos|hasta|a)\s+(?:en\s+)?)(?P<m>{MONTH_NAMES})"
        rf"(?:\s+(?:de|del)\s+(?P<y>{_Y}))?")),
    ("date", re.compile(rf"\b\d{{1,2}}\s+de\s+{MONTH_NAMES}(?:\s+(?:de|del)\s+{_Y})?\b")),
    ("es_month_span", re.compile(
        rf"\b(?:de|entre|desde)\s+(?P<m1>{MONTH_NAMES})(?:\s+(?:de|del)\s+(?P<y1>{_Y}))?\s+(?:a|y|hasta|al)\s+"
        rf"(?P<m2>{MONTH_NAMES})(?:\s+(?:de|del)\s+(?:(?P<y2>{_Y})|(?P<rel>este|presente|pasado)\s+año))?\b")),
    # "en el periodo enero-junio de 2024", as bulletins write a run of months
    ("es_month_span", re.compile(
        rf"\b(?P<m1>{MONTH_NAMES})\s*-\s*(?P<m2>{MONTH_NAMES})(?:\s+(?:de|del)\s+(?:(?P<y2>{_Y})"
        r"|(?P<rel>este|presente|pasado)\s+año))?\b")),
    ("span", re.compile(
        rf"\b(?:entre|de|desde)\s+(?:(?:el|los)\s+)?(?P<fy1>{_FY}\s+)?(?P<a>{_Y})\s+(?:y|a|al|hasta|-)\s+"
        rf"(?:(?:el)\s+)?(?P<fy2>{_FY}\s+)?(?P<b>{_Y})\b"
        rf"|\b(?P<fy3>{_FY}\s+)?(?P<c>{_Y})\s?-\s?(?P<d>{_Y}|(?<=-)\d\d)\b(?!-|[,.]\d)")),
    ("es_base", re.compile(
        r"\b(?:(?:con\s+)?respecto\s+(?:a|al|de|del)|en\s+comparaci[oó]n\s+(?:con|a|al)|comparad[oa]s?\s+con"
        r"|frente\s+(?:a|al)|(?:mayor|menor|superior|inferior)(?:es)?\s+(?:a|al|que)|que\s+en|contra)\s+"
        r"(?:(?:lo|las?|los)\s+(?:que\s+)?(?:[^,.;]{0,40}?\s+)??(?:en|de)\s+)?(?:(?:el|la)\s+)?"
        r"(?:(?:los|las)\s+)?(?:(?:mism[oa]s?|igual(?:es)?)\s+(?:mes|meses|periodos?|períodos?|lapsos?|trimestres?|semestres?"
        r"|bimestres?)\s+(?:de|del)\s+(?:año\s+)?)?"
        rf"(?:(?P<m>{MONTH_NAMES})\s+(?:de|del)\s+)?(?P<fy>{_FY}\s+)?(?P<y>{_Y})\b{_NOT_AMOUNT}")),
    ("since", re.compile(
        rf"\bdesde\s+(?:(?P<m>{MONTH_NAMES})\s+(?:de|del)\s+)?(?:(?:el|la)\s+)?(?P<fy>{_FY}\s+)?(?P<y>{_Y})\b"
        r"(?!\s*(?:-|y\b|a\b|hasta))")),
    ("es_last_n", re.compile(
        rf"\b(?:(?:en|durante)\s+)?(?:los|las)\s+(?:últim[oa]s|ultim[oa]s|pasad[oa]s)\s+(?P<n>{_COUNT})\s+"
        r"(?P<unit>años|meses|décadas)\b")),
    # "respecto al mismo mes del año pasado", "que en los mismos meses del año anterior", "a igual periodo del año
    # anterior", "el mismo periodo del año fiscal anterior": the months the sentence names, a year earlier
    ("es_same_before", re.compile(
        r"\b(?:(?:el|al|del|los|las|a\s+los|a\s+las|de\s+los|de\s+las)\s+)?(?:mism[oa]s?|igual(?:es)?)\s+(?:mes|meses|periodos?"
        r"|períodos?|lapsos?|trimestres?|semestres?|bimestres?)\s+(?:del?\s+)?(?:año|ejercicio)\s+(?:fiscal\s+)?"
        r"(?:anterior|pasado|previo)\b")),
    ("previous", re.compile(
        r"\b(?:el|un|del|al)\s+año\s+(?:anterior|previo|antes)\b"
        r"|\b(?:el|del|al)\s+(?:año|ejercicio)\s+fiscal\s+(?:anterior|previo)\b")),
    # "al mes siguiente", "un año después": the period after the one the text has just named
    ("next", re.compile(
        r"\b(?:al|el|en\s+el)\s+(?P<u>mes|trimestre|año)\s+siguiente\b"
        r"|\b(?:un|al)\s+(?P<u2>mes|trimestre|año)\s+(?:después|más\s+tarde)\b")),
    # "en lo que va del año", "en lo que va de 2024", "en lo que va del año fiscal 2024", "en el acumulado del año",
    # "de enero a la fecha": the months of the (fiscal) year up to the last one before publication
    ("es_ytd", re.compile(
        rf"\ben\s+lo\s+que\s+va\s+(?:del?\s+)?(?:(?:este|presente|actual)\s+)?(?:(?P<fiscal>año\s+fiscal|ejercicio\s+fiscal)"
        rf"(?:\s+(?:de\s+)?(?P<fy>{_Y}))?|año(?:\s+(?:de\s+)?(?P<y3>{_Y}))?|(?P<y>{_Y}))\b"
        rf"|\b(?:en\s+el\s+)?acumulado\s+(?:del|de)\s+(?:(?:este|presente)\s+)?(?:año|(?P<y2>{_Y}))\b"
        r"|\b(?:hasta\s+ahora|a\s+la\s+fecha|hasta\s+el\s+momento)\s+(?:en\s+)?(?:este|el\s+presente)\s+año\b"
        r"|\b(?:de|desde)\s+enero\s+(?:a|hasta)\s+(?:la\s+fecha|ahora|el\s+momento)\b")),
    ("fiscal_year", re.compile(rf"\b(?:(?:en|durante|para)\s+)?(?:el\s+)?{_FY}\s+(?:de\s+)?(?P<y>{_Y}|\d\d)\b")),
    ("es_quarter", re.compile(
        rf"\b(?:(?:en|durante)\s+)?(?:el\s+)?(?P<q>primer|segundo|tercer|cuarto)\s+trimestre"
        rf"(?:\s+(?:de|del)\s+(?:(?:año\s+)?(?P<y>{_Y})|(?P<rel>este|presente|pasado)\s+año|año))?")),
    ("es_part_year", re.compile(
        rf"\b(?:(?:en|durante)\s+)?(?:los\s+)?primeros\s+(?P<n>{_COUNT})\s+meses"
        rf"(?:\s+(?:de|del)\s+(?:(?:año\s+)?(?P<y>{_Y})|(?P<rel>este|presente|pasado)\s+año|año))?")),
    ("es_half", re.compile(
        rf"\b(?:(?:en|durante)\s+)?(?:el\s+)?(?P<h>primer|segundo)\s+semestre"
        rf"(?:\s+(?:de|del)\s+(?:(?:año\s+)?(?P<y>{_Y})|(?P<rel>este|presente|pasado)\s+año|año))?")),
    ("month", re.compile(
        rf"\b(?:(?:en|durante|para|de|hasta|a)\s+)?(?:(?:el\s+)?mes\s+de\s+)?(?P<m>{MONTH_NAMES})\s+(?:de\s+|del\s+)?"
        rf"(?:año\s+)?(?P<y>{_Y})\b")),
    ("es_month_name", re.compile(
        rf"\b(?:(?:en|durante|para|hasta|de)\s+)?(?:(?:el\s+)?mes\s+de\s+)?(?P<m>{MONTH_NAMES})"
        r"(?P<rel>\s+(?:pasado|último|anterior|de\s+este\s+año|del\s+presente\s+año|de\s+(?:el\s+)?año\s+pasado))?\b"
        r"(?!\s+(?:de|del)\s+\d)")),
    ("es_relative", re.compile(
        r"\b(?P<rel>d?el\s+año\s+pasado|d?el\s+pasado\s+año|este\s+año|d?el\s+presente\s+año|d?el\s+año\s+en\s+curso"
        r"|d?el\s+próximo\s+año|d?el\s+año\s+próximo|d?el\s+año\s+que\s+viene)\b"
        r"|\b(?P<frel>d?el\s+(?:año|ejercicio)\s+fiscal\s+(?:pasado|anterior)|este\s+(?:año|ejercicio)\s+fiscal)\b"
        r"|\bhace\s+(?P<ago>un|dos|tres|cuatro|cinco|diez)\s+años?\b|\bhace\s+una\s+(?P<decade>década)\b"
        r"|\b(?P<mrel>d?el\s+mes\s+pasado|d?el\s+pasado\s+mes|este\s+mes|d?el\s+mes\s+anterior)\b")),
    ("year", re.compile(
        rf"\b(?:(?:en|durante|de|del|para|hasta|al|a)\s+)?(?:(?:el|los)\s+)?(?:año\s+)?(?P<y>{_Y})\b"
        r"(?!\s*(?:%|por\s*ciento|millones|mil\b|mdd|personas|migrantes|muertes))(?![,.]\d)(?!-\d)")),
    ("es_single", re.compile(
        r"\ben\s+(?:un|una)\s+(?:sol[oa]\s+)?(?:día|jornada|semana|noche|operativo|decomiso|aseguramiento"
        r"|fin\s+de\s+semana|cateo)\b")),
    ("now", re.compile(r"\b(?:ahora|actualmente|hoy|en\s+la\s+actualidad|hasta\s+ahora|hoy\s+en\s+día)\b")),
    ("es_per", re.compile(
        r"\b(?P<day>por\s+día|al\s+día|cada\s+día|todos\s+los\s+días|diari[oa]s?|diariamente|por\s+jornada)\b"
        r"|\b(?P<week>por\s+semana|a\s+la\s+semana|cada\s+semana|semanal(?:es)?|semanalmente)\b"
        r"|\b(?P<month>por\s+mes|al\s+mes|cada\s+mes|mensual(?:es)?|mensualmente)\b"
        r"(?!\s+(?:de\s+)?(?:datos|cifras|reportes?|informes?|boletín))"
        r"|\b(?P<year>al\s+año|por\s+año|cada\s+año|anual(?:es)?|anualmente|a\s+tasa\s+anual)\b"
        r"(?!\s+(?:de\s+)?(?:datos|cifras|reportes?|informes?))")),
]
# "un promedio al día de 61 víctimas": a rate named before its figure
PER_BEFORE = re.compile(
    r"\b(?:(?P<day>(?:al|por)\s+día|diari[oa]s?)|(?P<week>(?:a\s+la|por)\s+semana|semanal(?:es)?)"
    r"|(?P<month>(?:al|por)\s+mes|mensual(?:es)?))\s+(?:(?:fue|es|era|ha\s+sido|resultó)\s+de|de|se\s+ubicó\s+en"
    r"|llegó\s+a|alcanzó)\s+(?:(?:casi|más\s+de|alrededor\s+de|unos|unas)\s+)?$"
)
# "en 2021, cuando llegó a 47 mil 200 millones": the figure of the time just named
WHEN_CLAUSE = re.compile(r",\s*(?:cuando|en\s+(?:el|la)\s+que|en\s+que)\b[^,;\d]{0,60}$")
# "la IED en la región": a figure of the region the text speaks of, not of Mexico
REGION_AFTER = re.compile(r"(?:\s*\([^()]{1,60}\))?\)?\s+(?:en|de|hacia|a)\s+(?:toda\s+)?la\s+región\b")
# a subject that points back: "Ello representó un aumento", "Estas cifras representan", "Dichos encuentros"
ANAPHOR = re.compile(
    r"\s*(?:[^,;]{0,50},\s*){0,2}"  # ("En diciembre, sin embargo, los envíos cayeron": openers before the subject)
    # "Al mes siguiente la cifra bajó", "En abril los envíos cayeron": a time opener without a comma
    rf"(?:(?:al|el)\s+(?:mes|año|trimestre)\s+siguiente\s+|(?:un|al)\s+(?:mes|año)\s+después\s+"
    rf"|en\s+(?:{MONTH_NAMES})(?:\s+de\s+\d{{4}})?\s+)?"
    # ("Es más del doble que en 2015": a verb with no subject written speaks of what the sentence before did)
    r"(?:y\s+|pero\s+)?(?:(?P<pron>ello|esto|eso|éstas?|éstos?|estas?|estos?"
    r"|(?=(?:es|fue|son|fueron|representa|representó|equivale|equivalió|significa|significó)\s))\b"
    r"(?!\s+(?:años?|meses|mes|semanas?|días?|periodo|período|década|trimestre|semestre)\b)"
    r"(?:\s+(?:cifras?|montos?|totales|total|números?|conteos?|sumas?))?"
    r"|(?:la|las|el|los|dicha|dichas|dicho|dichos|tal|tales)\s+(?:(?P<neutral>cifras?|montos?|totales|total|números?"
    r"|conteos?|sumas?|balances?)|(?P<shell>flujos?|envíos|ingresos|encuentros|detenciones|decomisos))\b(?!\s+de\b)"
    # "La caída fue de 32 por ciento": a change named as the subject points back to what fell
    rf"|(?:la|el)\s+(?:{_UP_NOUN}|{_DOWN_NOUN})\b"
    r"(?=\s+(?:fue|es|resultó|alcanzó|se\s+ubicó|sería)\b))"
)
# the periods a sentence may name before "el mismo periodo del año anterior", which counts back from the nearest
SAME_BEFORE_REFS = ("twelve_months", "es_month_span", "es_ytd", "fiscal_year", "es_quarter", "es_part_year", "es_half",
                    "month", "es_month_name", "year")
# where a sentence starts: after a full stop, question or exclamation mark (not a decimal point) or a line break
SENTENCE_START = re.compile(r"[.!?]\s+|\n")
NEED_DIGITS = frozenset({"date", "span", "since", "fiscal_year", "year", "month", "es_base"})

# "durante el gobierno de AMLO", "en lo que va del sexenio": a term of office, which no official period matches
TENURE = re.compile(
    r"\b(?:durante|en|bajo|a\s+lo\s+largo\s+de)\s+(?:(?:el|la|su|este|esta)\s+)?(?:(?:actual|pasad[oa]|anterior"
    r"|primer|segundo|últim[oa]|toda\s+la|todo\s+el)\s+)?(?:sexenio|gobierno|administración|administracion|mandato"
    r"|gestión|gestion|presidencia)\b"
    r"|\bsexenio\b|\ben\s+lo\s+que\s+va\s+(?:del?|de\s+(?:este|su|la))\s+(?:sexenio|gobierno|administración|mandato"
    r"|gestión)\b|\bdesde\s+que\s+(?:asumió|llegó|tomó)\b"
)
# "se espera que", "podría": a forecast or a conditional
MODAL = re.compile(
    r"\b(?:se\s+espera\s+que|se\s+prevé\s+que|se\s+prevé|prevé|prevén|pronostic\w+|proyect(?:a|an|ó)\s+que"
    r"|podría|podrían|podrá|podrán|alcanzaría|alcanzarían|llegaría|llegarían|sería|serían|estima\s+que\s+(?:para|en)"
    r"\s+\d{4})\b|\bsi\s+(?!bien\b)"
)
# "por cada 100 mil habitantes", "per cápita": a rate per head of population
PER_CAPITA = re.compile(
    r"(?:\s+[\wáéíóúñ'-]+){0,3}?\s+(?:por\s+cada|por)\s+(?:(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+)(?:\s+(?P<scale>mil))?"
    r"|(?P<w>cien\s+mil|mil|millón))\s+(?:habitantes|personas|residentes)\b"
    r"|\s+per\s+cápita\b|\s+per\s+capita\b"
)
DENOMINATOR_BEFORE = re.compile(r"\bpor\s+cada\s+$")
# "cayeron en 2024 a 74.215", "sumaron 2 mil": a verb whose figure is the total its subject names
TOTAL_VERB = re.compile(
    r"\b(?:sum(?:ó|aron|a|an)|ascendi(?:ó|eron)\s+a|alcanz(?:ó|aron|a|an)|lleg(?:ó|aron)\s+a|fue\s+de|fueron\s+de"
    r"|totaliz(?:ó|aron)|se\s+ubic(?:ó|aron)\s+en|registr(?:ó|aron)|cerr(?:ó|aron)\s+en|a)\s+(?:" + _QUAL + r"\s+)?$"
)
# "un monto promedio de 410 dólares", "por cada envío": an amount for one transfer, not a total
AVERAGE_OF_ONE = re.compile(
    r"\b(?:(?:monto|envío|envio|remesa|valor|pago|gasto|ingreso)\s+(?P<avg>promedio|medio)\b"
    r"|\bpor\s+cada\s+(?P<one>envío|envio|remesa|persona|hogar|migrante|trabajador|transacción|operación|familia))"
)
COMPARED_LEAD = re.compile(r"\b(?:frente\s+a|comparad[oa]s?\s+con|respecto\s+a|contra)\s+(?:(?:las?|los?)\s+)?$")

# --- units -------------------------------------------------------------------------------------
NOUNS: dict[str, tuple[str, ...]] = {
    "deaths": ("muertes", "muerte", "decesos", "deceso", "defunciones", "fallecimientos", "fallecidos", "muertos",
               "vidas", "sobredosis"),
    "people": ("personas", "mexicanos", "mexicanas", "migrantes", "indocumentados", "inmigrantes", "ciudadanos",
               "connacionales", "niños", "menores", "adultos", "familias", "mujeres", "hombres", "extranjeros",
               "trabajadores", "paisanos", "solicitantes", "refugiados", "jóvenes", "individuos", "estadounidenses",
               "usuarios", "centroamericanos"),
    "encounters": ("encuentros", "detenciones", "aprehensiones", "arrestos", "capturas", "cruces", "expulsiones",
                   "deportaciones", "ingresos", "detenidos"),
    "victims": ("víctimas", "victimas", "homicidios", "homicidio", "asesinatos", "feminicidios", "ejecuciones",
                "asesinadas", "asesinados"),
    "pounds": ("libras", "libra"),
    "kilograms": ("kilogramos", "kilogramo", "kilos"),
    "tons": ("toneladas", "tonelada"),
    "doses": ("dosis", "pastillas", "pastilla", "tabletas"),
    "USD": ("dólares", "dolares", "dólar", "dolar"),
    "MXN": ("pesos",),
    "duration": ("años", "año", "meses", "mes", "semanas", "semana", "días", "día", "horas", "hora", "décadas",
                 "década", "minutos", "siglos", "siglo"),
    "distance": ("kilómetros", "kilometros", "millas", "metros"),
    "events": ("ataques", "masacres", "secuestros", "operativos", "decomisos", "aseguramientos", "denuncias",
               "carpetas", "incidentes", "visitas", "reuniones", "extradiciones"),
    "things": ("ciudades", "estados", "países", "paises", "municipios", "organizaciones", "grupos", "cárteles",
               "carteles", "empresas", "compañías", "empleos", "elementos", "agentes", "soldados", "armas",
               "vehículos", "laboratorios", "fábricas", "proyectos", "hectáreas", "puertos", "escuelas",
               "periodistas", "entidades", "policías"),
}
STOPWORDS = frozenset({
    "en", "a", "desde", "por", "con", "que", "y", "o", "fue", "fueron", "es", "son", "ha", "han", "se", "al",
    "para", "durante", "entre", "cuando", "mientras", "según", "contra", "hasta", "sobre", "lo", "cual", "quien",
    "cada",
})
DEATH_VERB = re.compile(
    r"\b(?:murieron|murió|mueren|muere|fallecieron|falleció|mueren|muertes?|decesos|defunciones|sobredosis"
    r"|perdieron\s+la\s+vida|asesinad[oa]s|letal(?:es)?|mata(?:n|ba|ron)?|mató|cobra(?:n|ron)?\s+la\s+vida)\b"
)

# --- places ---------------------------------------------------------------------------------------
# the Spanish names of the catalog's part labels that Spanish writes differently ("de esa cifra, el fentanilo ...")
LABELS = {
    "fentanyl": "fentanilo", "methamphetamine": "metanfetamina", "cocaine": "cocaína", "heroin": "heroína",
    "marijuana": "marihuana", "Mexico City": "Ciudad de México", "the State of Mexico": "Estado de México",
}
HOME = frozenset({
    "estados unidos", "los estados unidos", "eu", "eua", "ee.uu.", "ee. uu.", "eeuu", "méxico", "mexico",
    "el país", "la frontera", "la frontera sur", "la frontera norte", "frontera norte", "frontera sur",
    "la unión americana", "unión americana", "norteamérica", "américa del norte", "la república",
    "la república mexicana", "república mexicana", "el territorio nacional",
})
FOREIGN = frozenset({
    "américa latina", "latinoamérica", "brasil", "canadá", "guatemala", "honduras", "el salvador", "venezuela",
    "colombia", "cuba", "haití", "nicaragua", "ecuador", "perú", "argentina", "chile", "bolivia", "china",
    "japón", "alemania", "corea", "corea del sur", "india", "rusia", "ucrania", "europa", "la unión europea",
    "unión europea", "centroamérica", "sudamérica", "el caribe", "asia", "españa", "panamá",
})
# extra names for publishers, keyed by the acronym the catalog gives them
PUBLISHER_ALIASES: dict[str, tuple[str, ...]] = {
    "CBP": ("patrulla fronteriza", "oficina de aduanas y protección fronteriza", "aduanas y protección fronteriza"),
    "NCHS": ("centros para el control y la prevención de enfermedades", "centro nacional de estadísticas de salud"),
    "SESNSP": ("secretariado ejecutivo", "sistema nacional de seguridad pública",
               # English prose names it in translation
               "public security system", "executive secretariat"),
    "INEGI": ("instituto nacional de estadística y geografía",),
    "Banxico": ("banco central",),
    # the balance-of-payments FDI series: compiled by Banco de México, published by the World Bank
    "world bank world development indicators": ("banco mundial", "banco de méxico", "banco de mexico", "banxico"),
    "u.s. census bureau": ("oficina del censo", "buró del censo", "buro del censo", "oficina de censos"),
    # English prose names Mexico's ministries in translation
    "secretaría de economía": ("ministry of economy", "economy ministry", "ministry of the economy",
                               "economy secretariat", "secretariat of economy", "economía (se)",
                               # the minister speaks for the ministry's count
                               "economy minister", "minister of economy", "secretario de economía",
                               "secretaria de economía"),
}


# "México se convirtió en el principal socio comercial de Estados Unidos", "el segundo mayor socio comercial": a
# rank without digits
RANK_ASSERTION = re.compile(
    r"\b(?:es|fue|era|ser|siendo|sigue\s+siendo|se\s+(?:convirtió|convierte|mantuvo|mantiene|colocó|coloca|ubicó"
    r"|ubica|consolidó|consolida)\s+(?:(?:en|durante)\s+(?:19|20)\d\d\s+)?(?:en|como)|como|ocupa|ocupó"
    # "lo que convirtió a México en el principal socio", "colocó a México como el segundo"
    r"|(?:convirtió|convierte|convertido|colocó|coloca|colocado|posicionó|posiciona|mantuvo|mantiene|consolidó"
    r"|consolida)\s+a\s+méxico\s+(?:en|como))\s+(?:(?:el|la)\s+)?"
    r"(?:(?P<ord>segund[oa]|tercer|tercer[oa]|cuart[oa]|quint[oa])\s+(?:(?P<sup>mayor|principal)\s+)?"
    r"|(?P<sup2>principal|mayor|primer|primer[oa])\s+)"
    r"(?P<noun>socio\s+comercial|socio|proveedor|destino|mercado|exportador|importador|inversionista|fuente"
    r"|lugar|sitio|puesto)\b")

# streaks: "hilaron dos meses de aumentos", "seis meses consecutivos a la baja", "por sexto mes consecutivo"
STREAK = re.compile(
    r"\b(?:hil(?:aron|ó|an|a)|acumul(?:aron|ó|an|a)|suma(?:ron|n)?)\s+(?P<n>\d{1,2}|[a-záéíóú]+)\s+(?P<unit>meses|años)"
    rf"\s+(?:consecutivos\s+)?(?:de|a\s+la|al)\s+(?P<dir>{mv.words(mv.ES_RISING_NOUNS, mv.ES_FALLING_NOUNS)})"
    r"|\b(?P<n2>\d{1,2}|[a-záéíóú]+)\s+(?P<unit2>meses|años)\s+(?:consecutivos|seguidos|al\s+hilo)"
    r"|\bpor\s+(?P<ord>segund|tercer|cuart|quint|sext|séptim|septim|octav|noven|décim|decim)[oa]?\s+(?P<unit3>mes|año)"
    r"\s+(?:consecutivo|seguido)")
# the direction of a streak: the words of movement, and stems for the tenses no list holds ("cayendo", "aumentar")
STREAK_UP = re.compile(rf"\b(?:{mv.words(mv.ES_RISING_VERBS, mv.ES_RISING_NOUNS)}"
                       r"|aument\w*|alza|crec\w*|increment\w*|sub(?:e|en|ió|ieron)|avanz\w*)\b")
STREAK_DOWN = re.compile(rf"\b(?:{mv.words(mv.ES_FALLING_VERBS, mv.ES_FALLING_NOUNS)}"
                         r"|caíd\w*|cay\w*|baj\w*|descens\w*|descend\w*|retroce\w*|disminu\w*|contrac\w*)\b")
STREAK_ORDINALS = {"segund": 2, "tercer": 3, "cuart": 4, "quint": 5, "sext": 6, "séptim": 7, "septim": 7, "octav": 8,
                   "noven": 9, "décim": 10, "decim": 10}
