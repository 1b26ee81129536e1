"""Whose figure a phrase names: the two countries the catalog measures, or somewhere else.

Every measure in the catalog is national and about the United States and Mexico, so
"imports from China", "homicides in Guanajuato", "overdose deaths in Ohio" or "Venezuelan
migrants" name a different population than the measure's phrase alone suggests. This
module only knows names: which words name the two countries (or the border between them),
which name places inside them (a Border Patrol sector, a port, a city or county),
which name other countries and their people, and which capitalised words after a
preposition are not places at all (months, fiscal years).
"""

from __future__ import annotations

import re

from usmx.text import spanish as es

# words that name the two countries, their people, or the border between them (lower case)
HOME = frozenset({
    "mexico", "méxico", "mexican", "mexicans", "the united states", "united states", "u.s.", "us", "usa",
    "u.s.a.", "america", "american", "americans", "the u.s.", "north america", "the united states of america",
    "united states of america", "the country", "the nation", "u.s.-mexico", "us-mexico", "mexico-u.s.",
    "southwest", "southern", "the southwest", "the south", "border", "the border", "the southwest border",
    "the southern border", "southwest border", "southern border", "u.s. southwest border",
    "the u.s. southwest border", "the u.s.-mexico border", "united states-mexico",
}) | es.HOME

_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.", "sep.", "oct.",
    "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
_NOT_PLACES = re.compile(
    r"^(?:the\s+)?(?:fy\s?-?\d|fy\b|fiscal\b|calendar\b|q[1-4]\b|h[12]\b|first\b|second\b|third\b|fourth\b)|^\d")

# other countries, regions and their people, as prose names them (lower case)
FOREIGN = frozenset({
    "china", "chinese", "canada", "canadian", "canadians", "guatemala", "guatemalan", "guatemalans",
    "honduras", "honduran", "hondurans", "salvadoran", "salvadorans", "salvadoreans", "venezuela",
    "venezuelan", "venezuelans", "colombia", "colombian", "colombians", "cuba", "cuban", "cubans", "haiti",
    "haitian", "haitians", "nicaragua", "nicaraguan", "nicaraguans", "ecuador", "ecuadorian", "ecuadorians",
    "peru", "peruvian", "peruvians", "brazil", "brazilian", "brazilians", "india", "indian", "indians",
    "japan", "japanese", "germany", "german", "germans", "vietnam", "vietnamese", "korea", "korean", "koreans",
    "taiwan", "taiwanese", "russia", "russian", "russians", "ukraine", "ukrainian", "ukrainians", "europe",
    "european", "europeans", "asia", "asian", "asians", "africa", "african", "africans", "panama",
    "panamanian", "panamanians", "chile", "chilean", "chileans", "argentina", "argentine", "argentinian",
    "argentines", "bolivia", "bolivian", "bolivians", "dominican", "dominicans", "turkey", "turkish",
    "ireland", "irish", "britain", "british", "france", "french", "italy", "italian", "spain", "spanish", "eu",
    "el salvador", "central america", "central american", "central americans", "south america",
    "south american", "south americans", "latin american", "latin americans", "latin america", "the caribbean",
    "the european union", "european union", "the eu", "south korea", "south koreans", "the dominican republic",
    "dominican republic",
}) | es.FOREIGN

# the agencies that count what the catalog holds: named after "with" or "from", they say who counted, not where
_AGENCY = re.compile(
    r"(?:the\s+)?(?:U\.S\.\s+|US\s+)?(?:CBP|Customs\s+and\s+Border\s+Protection|Border\s+Patrol|OFO|Office\s+of\s+Field"
    r"\s+Operations|DHS|(?:the\s+)?Department\s+of\s+Homeland\s+Security|Homeland\s+Security|CDC|Centers\s+for\s+Disease"
    r"|Patrulla\s+Fronteriza|Oficina\s+de\s+Aduanas|Banxico|Banco\s+de\s+M[eé]xico|INEGI|SESNSP|Secretariado\s+Ejecutivo"
    r"|Secretar[ií]a\s+de\s+Econom[ií]a|Census\s+Bureau)\b")
# a person's (or government's) time in office: "Obama's eight years", "Trump's last four months in office"
SOMEONES_TIME = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,3}?(?:years?|terms?|presidency"
    r"|administration|tenure|months?|weeks?|days?|watch|government|sexenio|time\s+in\s+office)\b")
_PROPER = r"[A-Z][\w.'\u2019-]*"
# connecting words count only between capitalised words ("Ciudad de México", not "the U.S. last year")
_NAME = rf"(?:the\s+)?{_PROPER}(?:\s+(?:(?:de|del|la|las|los|of|y)\s+)*{_PROPER})*"
_NAME_LIST = re.compile(rf"(?P<first>{_NAME})(?:\s*(?:,|and|or|&)\s*(?P<more>{_NAME}))*")
_ANY_NAME = re.compile(_NAME)

# a place named in a list or ranking of parts ("Baja California", "Estado de México"), and the verb of the
# place that leads such a ranking ("Guanajuato encabezó la lista con 294", "Tamaulipas led the list with 30")
PLACE_NAME = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ.'-]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ.'-]*|de|del|la|of(?=\s+[A-Z])))*"
# what a place does with its count ("Tamaulipas had 30", "Guanajuato aportó 252")
PLACE_COUNT_VERB = (r"(?:had|recorded|registered|reported|saw|counted|contributed|accounted\s+for|received|tuvo"
                    r"|registró|sumó|contabilizó|acumuló|aportó|concentró|reportó|recibió|captó)")
LEADS_WITH = (r"(?:encabez[óa]|lider[óa]|led|topped|headed)\s+(?:(?:the\s+(?:list|country|nation|ranking|states)"
              r"|la\s+lista|el\s+país|el\s+ranking)(?:\s+(?:of|for|de|del)\s+[^,.;\d]{1,25}?)?\s+)?"
              r"(?:(?:again|in\s+[^,.;]{1,30}?|en\s+[^,.;]{1,30}?)\s+)?(?:with|con)")


def _clean(name: str) -> str:
    name = " ".join(name.split()).lower()
    for tail in ("'s", "\u2019s", "'", ","):
        name = name.removesuffix(tail)
    return name


def is_home(name: str) -> bool:
    """Whether a name is one of the two countries, their people or their border (or no place at all)."""
    n = _clean(name)
    if n.endswith(".") and n not in HOME:
        n = n.rstrip(".")  # the full stop of the sentence, not of "U.S."
    if n in HOME or n in _MONTHS or _NOT_PLACES.match(n):
        return True
    if " y " in n:  # "México y Estados Unidos"
        return all(is_home(part) for part in n.split(" y "))
    words = n.split()
    if words and words[0] == "the":
        words = words[1:]
    # "the U.S. Southwest Border", "Mexico's": every word names home ground
    return bool(words) and all(w in HOME or w in ("of", "and") for w in words)


def names_elsewhere(norm: str, start: int, end: int) -> bool:
    """Whether the capitalised name (or list of names) starting at ``start`` is somewhere else.

    "China", "Ohio", "the Rio Grande Valley", "Mexico and Canada" are elsewhere; "Mexico",
    "the United States", "the U.S. Southwest Border" and "December" are not.
    """
    if _AGENCY.match(norm, start, end) or SOMEONES_TIME.match(norm, start, end):
        return False  # "encounters with CBP agents": who counted, not where; "in Obama's eight years": when
    m = _NAME_LIST.match(norm, start, end)
    if m is None:
        return False
    names = [m.group("first")]
    if m.group("more"):
        names.extend(n.group(0) for n in _ANY_NAME.finditer(norm, m.end("first"), m.end()))
    return any(not is_home(n) for n in names)


def is_foreign(word: str) -> bool:
    """A name of another country, region or its people ("Chinese", "Venezuelans", "Central America")."""
    n = _clean(word)
    return n in FOREIGN or n.rstrip(".") in FOREIGN


# what a place inside a country is called ("the Tucson Sector", "Mexico City", "Maricopa County")
_LOCAL_UNITS = frozenset({
    "sector", "port", "county", "district", "station", "city", "state", "municipality", "parish", "borough",
    "office", "bridge", "crossing", "checkpoint", "valley",
})

# words that name no particular place before such a word ("the border crossing", "a federal district")
_GENERIC = frozenset({"border", "southwest", "southern", "northern", "u.s.", "us", "u.s.-mexico", "us-mexico",
                      "federal", "national", "of", "and"})


# U.S. states, whose figures no national series holds ("Ohio recorded 5,174 overdose deaths"); Washington is left
# out, since prose uses it for the federal government
US_STATES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
    "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming",
})


def is_local(name: str) -> bool:
    """Whether a name is a place inside one of the two countries: a U.S. state, or a name ended by a word
    for a place.

    "Border Patrol's Tucson Sector", "Mexico City", "Maricopa County", "the Rio Grande Valley", "Ohio" are
    local; "State" alone, "the State Department" and "the U.S. Southwest Border" are not.
    """
    words = _clean(name).split()
    if words and words[0] == "the":
        words = words[1:]
    if words[:2] == ["state", "of"]:
        words = words[2:]
    if " ".join(words).rstrip(".") in US_STATES:
        return True
    if len(words) < 2 or words[-1] not in _LOCAL_UNITS:
        return False
    return not all(w in _GENERIC for w in words[:-1])
