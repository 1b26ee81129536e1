"""Linking a claim to the indicator it speaks of: candidate measures, scored by evidence.

Every catalog phrase near a figure names candidate measures; each is scored by where the
phrase stands relative to the figure (its own noun phrase, clause, sentence, or the sentences
it points back to), whether the measure can count what the figure counts, the publisher the
sentence names, and markers that the figure is a part no measure holds or another place's
(``figure_place``, ``trade_flow``). The best candidate links the figure when its score reaches
``LINK_THRESHOLD``; otherwise the claim keeps no indicator and says which candidate came
closest. The verifier then weighs the figure's size against the candidates (``verify.py``).

docs/claims.md ("Linking: candidates, evidence, abstention") describes the model; the
patterns below are the evidence it reads, each named for what it recognises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from usmx.catalog import Catalog, Indicator
from usmx.text.claims import BESIDE, OF_WHOLE_FIGURE, TO_FIGURE, Analysis, Claim, part_opening
from usmx.text.figure_place import (
    CONJUNCT,
    INTRO,
    figure_elsewhere,
    foreign_subject,
    parenthetical_elsewhere,
    rank_subject_is_mexico,
    set_elsewhere,
)
from usmx.text.numbers import FRACTIONS
from usmx.text.places import LEADS_WITH, PLACE_COUNT_VERB, PLACE_NAME, is_foreign, names_elsewhere
from usmx.text.qualifiers import qualifier_before
from usmx.text.sentences import Sentence, clause_of, clauses
from usmx.text.spanish import ANAPHOR as _ES_ANAPHOR
from usmx.text.spanish import LABELS as _ES_LABELS
from usmx.text.spanish import PUBLISHER_ALIASES
from usmx.text.spanish import REGION_AFTER as _ES_REGION_AFTER
from usmx.text.timex import MONTHS_FULL
from usmx.text.trade_flow import PRODUCT_BEFORE, PRODUCT_OF, trade_flow
from usmx.text.units import NOUN_FAMILY, unit_after

# claim unit family -> indicator units that can count it
_COMPATIBLE: dict[str | None, frozenset[str]] = {
    None: frozenset({"deaths", "encounters", "victims", "pounds"}),
    "deaths": frozenset({"deaths", "victims"}),
    "people": frozenset({"encounters", "victims"}),  # ("747 mujeres fueron víctimas de feminicidio")
    "encounters": frozenset({"encounters"}),
    "victims": frozenset({"victims", "deaths"}),
    "pounds": frozenset({"pounds"}),
    "kilograms": frozenset({"pounds"}),
    "tons": frozenset({"pounds"}),
    "USD": frozenset({"USD"}),
}
# a figure without a unit this large is an amount of money: the largest counts the catalog holds (encounters
# nationwide in a year, pounds of drugs seized) stay in the millions
_UNITLESS_MONEY = 1e8
# what a change is said to come from ("driven mostly by marijuana", "impulsada por")
_CAUSED_BY = (r"(?:(?:driven|fueled|fuelled|led|caused|explained)\s+"
              r"(?:(?:mostly|largely|mainly|primarily|in\s+part)\s+)?by"
              r"|due\s+(?:mostly\s+|largely\s+)?to|impulsad[oa]s?\s+(?:sobre\s+todo\s+|principalmente\s+)?por)")
_APPOSITIVE = re.compile(
    r"\s*(?:including|mostly|mainly|primarily|largely|chiefly|especially|particularly|such\s+as|like|much\s+of"
    r"|led\s+by|headed\s+by|dominated\s+by"
    rf"|many\s+of|most\s+of|some\s+of|{_CAUSED_BY}"
    r"|facilitated\s+by|attributable\s+to)\b"
)
_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these|which)\b")
_PRONOUN_OF = re.compile(r"\s*(?:it|them|those|these|this|that|which|whom|all|the\s+total)\b")
# "This year the total dropped", "between 2019 and 2023 they rose": a time before the subject, without a comma
_BARE_TIME = (r"(?:(?:last|this|that|next)\s+(?:fiscal\s+|calendar\s+)?(?:year|month|quarter|week|spring|summer"
              r"|fall|autumn|winter)\s+|(?:in|during|between|from|since|by)\s+[^,;]{0,60}?(?:19|20)\d\d\s+"
              # "In April they slipped", "The next month they plunged", "A year later the count"
              r"|(?:in|during|by)\s+(?:early\s+|late\s+|mid-)?(?:january|february|march|april|may|june|july|august"
              r"|september|october|november|december)\s+"
              r"|the\s+(?:next|following|subsequent)\s+(?:month|quarter|year)\s+|(?:a|one)\s+(?:month|year)\s+later\s+)"
              r"(?!(?:that|which|this)\b(?!\s+(?:numbers?|figures?|totals?|tally|count|sum|amount)\b))")
# "In the first half, inflows rose 3.9%", "They tripled", "The figure was": a subject that points back. A
# shell noun other than a bare count ("the inflows", "the transfers") must describe the measure it borrows.
_ANAPHOR = re.compile(
    rf"\s*{INTRO}(?:{_BARE_TIME})?(?:and\s+|but\s+|yet\s+|while\s+|whereas\s+)?(?:(?P<pron>they|it|that|this|these|those|which)\b"
    r"(?!\s+(?:years?|months?|weeks?|quarters?|days?|times?|period|decade|spring|summer|fall|autumn|winter)\b)"
    r"|(?:the\s+|these\s+|those\s+|such\s+)?(?:(?:(?:fiscal\s+)?(?:19|20)\d\d|latest|new|final|provisional|preliminary)\s+)?"
    # "the INEGI figure", "the SESNSP's tally": a publisher's figure, named by the publisher
    r"(?:(?:inegi|sesnsp|banxico|cbp|cdc|nchs|census|census\s+bureau)(?:'s)?\s+)?"
    r"(?:(?:net|gross|total|annual|monthly|combined|accumulated|cumulative)\s+)?"
    r"(?P<shell>numbers?|figures?|totals?|tally|count|toll|sum|amount|inflows?|outflows?|flows?|transfers|money"
    r"|seizures|haul)\b(?!\s+of\b))")
# "A senator claimed in an interview that seizures had grown fifteenfold": the subject of what was said
_COMPLEMENT = re.compile(
    r"\b(?:said|says|say|claimed|claims|claim|argued|argues|noted|notes|insisted|insists|stated|states|added|warned"
    r"|boasted|asserted|suggested|told\s+[^,;]{1,40}?)\b[^,;]{0,60}?\bthat\s+")
_SHELL_AFTER = re.compile(r"\s+(?:numbers?|figures?|totals?|tally|count|sum|amount)\b")
_NEUTRAL_SHELLS = frozenset({"number", "numbers", "figure", "figures", "total", "totals", "tally", "count", "toll",
                             "sum", "amount"})
# "..., down about 24 percent from the year before": a change that qualifies or compares with a figure
# before it in the sentence speaks of that figure's subject
_CHANGE_TAIL = re.compile(
    r",\s*(?:and\s+|but\s+)?(?:(?:representing|marking|reflecting|meaning|which\s+(?:is|was|represents|represented"
    r"|means|meant))\s+)?"
    r"(?:up|down|compared\s+(?:with|to)|versus|against|(?:an?\s+)?(?:[a-z]+\s+)?(?:rise|drop|fall|decline"
    r"|decrease|increase|jump|gain|slide|dip|growth)\s+of)\b[^,;]*$")
_FIGURE = re.compile(r"(?P<usd>\$\s?)?\d[\d,.]*(?:\s*(?:million|billion|thousand|trillion)\b)?(?P<pct>\s*(?:%|percent\b"
                     r"|per\s+cent\b))?")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "Banxico reported $63.3 billion": a figure whose subject is only a pronoun, a shell noun or a publisher, and
# whose verb only reports it
_BARE_SUBJECT = re.compile(
    rf"\s*{INTRO}(?:(?:and|but)\s+)?(?:(?P<pron>they|it|this|that|these|those)|(?:the\s+)?(?P<shell>total|figure"
    r"|number|tally|count|sum|amount)|(?P<name>[\w.'-]+(?:\s+[\w.'-]+)?))\s+(?:(?:has|have|had)\s+)?(?:reported"
    r"|recorded|registered|counted|logged|tallied|totaled|totalled|reached|hit|topped|was|were|is|are|came\s+to"
    r"|stood\s+at|amounted\s+to|published|showed|estimated)\s+$")
_OWN_NOUN_AFTER = re.compile(
    r"\s*(?:(?:worth\s+)?(?:of|in)\s+(?!(?:(?:fiscal|calendar)\s+(?:year\s+)?|fy\s*)?(?:19|20)\d\d\b)|who\b|that\b"
    r"|which\b)")
# "cartels now control", "Border Patrol also apprehended": an adverb may stand between a phrase's words
# ("Border Patrol has apprehended": an auxiliary, too)
_GAP_WORDS = frozenset({"now", "already", "still", "effectively", "reportedly", "currently", "also", "allegedly",
                        "largely", "essentially", "actually", "virtually", "has", "have", "had"})
# between a phrase's words: an adverb ("cartels still control"); in the rare text that sets an alternative off by
# commas ("synthetic, or manufactured, opioids"), that too, by a second pattern built only then
_GAP = r"\s+(?:(?:" + "|".join(sorted(_GAP_WORDS)) + r")\s+)?"
_ALT_GAP = r"(?:,\s+or\s+[\w-]+,)?" + _GAP
_ALTERNATIVE_INSERT = re.compile(r",\s+or\s+[\w-]+,")
# "a trade agreement", "the busiest trade gateway", "overdose prevention": a phrase that only modifies another
# noun names that noun, not the measure
_NOT_A_MEASURE_HEAD = re.compile(
    r"[\s-]+(?:agreements?|deals?|pacts?|treat(?:y|ies)|wars?|polic(?:y|ies)|talks|disputes?|representatives?"
    r"|tensions|rules|negotiations?|negotiators?|officials?|ministers?|ministry|secretary|groups?|associations?"
    r"|summits?|corridors?|routes?|gateways?|hubs?|bridges?|zones?|blocs?|barriers?|laws?|courts?"
    r"|panels?|commissions?|councils?|chambers?|experts?|analysts?|economists?|lawyers?|agenda|remed(?:y|ies)"
    r"|enforcement|prevention|precursors?|labs?|laborator(?:y|ies)|task\s+forces?|prosecutors?|shelters?"
    r"|advocates?|programs?|programmes?|fees|compan(?:y|ies)|firms?|agents?|agenc(?:y|ies)|offices?"
    # ("the goods trade deficit": a balance, not two-way trade)
    r"|deficits?|surplus(?:es)?|balances?|gaps?)\b")
_REGIME_BEFORE = re.compile(r"\b(?:free|fair)[\s-]+$")
_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z][a-z]")
_NEGATED_PREFIX = re.compile(r"(?:non|anti|un|ex)-$")
_WORD_START = re.compile(r"(?<![\w.'-])\w")
LINK_THRESHOLD = 0.2
MAX_CANDIDATES = 5  # how many of the measures weighed a claim reports
_NARROWER_REACH = 30  # characters between a measure and a narrower one that qualifies it
# "1.66 million migrants", "$4 billion in remittances": the words between a figure and its own noun
_OWN_NOUN_GAP = re.compile(r"\s*(?:(?:of|in|worth\s+of)\s+)?(?:[a-z'-]+\s+)?")
# "the number of transfers", "the average value of the shipments": a subject that says what it counts
_MEASURED_OF = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:(?:total|average|overall)\s+)?(?:number|count|value|volume|size|average|amount"
    r"|price|cost)\s+of\s+")
# "2021: $31.6 billion", "- Q1 2024: 7.6%": a line of a list, labelled by its period
_LIST_LINE = re.compile(r"\s*(?:[-*\u2022]\s*)?(?P<label>[^:\n]{1,25}):\s+\S")
_LABEL_SHELL = re.compile(r"\s*(?:(?:net|gross|total|annual|monthly|quarterly|yearly|combined)\s+)?(?P<shell>numbers?"
                          r"|figures?|totals?|inflows?|outflows?|flows?|transfers|seizures|counts?)\b")
_PERIOD_LABEL = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:q[1-4]|h[12]|fy)\b")
# "a third of Mexico", "35 percent of the country": the whole of a share is the country itself
_HOME_WHOLE = re.compile(r"\s*(?:the\s+)?(?:mexico|mexico's\s+territory|the\s+country|its\s+territory"
                         r"|the\s+nation|national\s+territory)[\s.,;:!?\"')\u201d]*")
# a weight of drugs, which the catalog counts only as seizures: "20,000 pounds", "9 tons of fentanyl"
_WEIGHT = re.compile(r"\d[\d,.]*\s*(?:(?:million|thousand)\s+)?(?P<unit>pounds|lbs|kilograms|kilos|kg|tons|tonnes"
                     r"|metric\s+tons)\b")
_WEIGHT_OF_OTHER = re.compile(r"\s+of\s+(?:(?:illegal|illicit|other)\s+)?(?:drugs|narcotics|contraband|marijuana"
                              r"|cocaine|heroin|meth\w*|produce|cargo|goods|trash|waste)\b")
_ONE_SEIZURE = re.compile(
    r"\b(?:hidden|concealed|stashed|smuggled\s+inside|found\s+(?:in|inside)|in\s+(?:a|one|the)\s+(?:single\s+)?(?:truck"
    r"|tractor-trailer|trailer|vehicle|car|shipment|load|suitcase|backpack|boat|tunnel|warehouse|bust|raid|operation)"
    r"|oculto|ocultos|escondid[oa]s?|en\s+un\s+(?:camión|tractocamión|vehículo|auto|cargamento))\b")
_DRUG_WORD = re.compile(r"\b(?:cocaine|heroin|meth\w*|marijuana|cannabis)\b")
_WEIGHT_UNHELD = re.compile(r"\s+of\s+(?:(?:other)\s+)?(?:contraband|produce|cargo|goods|trash|waste)\b")
_SEIZING = re.compile(r"\b(?:seiz\w*|confiscat\w*|interdict\w*|intercept\w*|asegur\w*|decomis\w*|incaut\w*)")
# "Mexico's army seized ...", "El Ejército mexicano aseguró ...": seizures no CBP series counts
_MX_SEIZER = re.compile(
    r"\b(?:mexico's|mexican)\s+(?:army|navy|marines|military|authorities|officials|forces|troops|soldiers|government"
    r"|security\s+forces|national\s+guard|prosecutors)\b"
    r"|\b(?:ej[ée]rcito|marina|semar|sedena|guardia\s+nacional|fgr|fiscal[íi]a\s+general\s+de\s+la\s+rep[úu]blica"
    r"|autoridades\s+mexicanas|fuerzas\s+armadas|gabinete\s+de\s+seguridad|defensa\s+nacional)\b")
_OF_FENTANYL = re.compile(r"\s+of\s+(?:illicit\s+|illegal\s+|the\s+)?fentanyl\b")
_WEIGHING = re.compile(r"\b(?:weigh\w*|carr(?:y|ies|ied|ying)|haul(?:ed|ing)|load(?:ed|ing)|capacity)\b")
# "Mexico's army seized ...": a seizure by Mexico is none of CBP's
_MX_AGENT = re.compile(r"(?<!from )(?<!into )(?<!to )(?<!with )(?<!across )\b(?:mexico|mexico's|mexican|mexicans)\b")
_WEIGHT_UNITS = frozenset({"pounds", "kilograms", "tons"})

# What a phrase's own words can restrict it to (see PhraseHit.scope).
_SCOPE_PREP = re.compile(r"\s+(?:in|among|from|to|with|of|across|within|throughout|inside|for|between|en|de|desde"
                         r"|hacia|entre|para)\s+"
                         r"(?=(?:the\s+)?[A-Z])")
_AMONG = re.compile(
    r"\s+among\s+(?!(?:them|those|these|others|other\s+things)\b"
    r"|(?:all\s+)?(?:americans|mexicans|u\.s\.\s+residents)\b(?!\s+(?:aged?|ages|under|over|between|younger|older"
    r"|who|in|of|from|with|without|living)\b))")
# "Remittances of $63 billion", "apprehensions numbering 2 million": the phrase is the figure's own noun
_HEAD_OF_FIGURE = re.compile(
    r"\s+(?:of|at|totaling|totalling|worth|amounting\s+to|valued\s+at|numbering|estimated\s+at)\s+(?:\w+\s+){0,2}$")
# "imports totaled $330 billion", "remittances rose to $5.2 billion": the phrase just before the verb that
# gives the figure is its subject, whatever other measure the sentence names
_SUBJECT_OF_FIGURE = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:totaled|totalled|totals|total|totaling|reached|reach|reaches|hit|hits|topped|tops"
    r"|exceeded|exceeds|surpassed|numbered|numbers|amounted\s+to|amount\s+to|came\s+to|come\s+to|stood\s+at"
    r"|stand\s+at|stands\s+at|were\s+worth|was\s+worth|(?:rose|rises|rise|fell|falls|fall|dropped|drops|climbed"
    r"|jumped|grew|grows|increased|decreased|declined|slipped|soared|surged|plunged|sank)\s+to|were|was|are|is)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|approximately|over|more\s+than|less\s+than|just\s+over"
    r"|just\s+under|an?\s+estimated|a\s+record(?:\s+high)?|a\s+total\s+of)\s+)?$")
_QUALIFIER_OF_NOUN = re.compile(r"\s+(?:[a-z]+\s+)?(?:with|of|involving|among)\s+(?:the\s+)?")
_PREP_BEFORE = re.compile(r"\b(?:between|at|of|from|in|by|to|for|with|through|across|along|on)\s+(?:the\s+)?$")
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
_LISTED_BEFORE = re.compile(
    r"(?:^|[,;:(\u2014]\s*|\b(?:and|y|were|was|fueron|with|con|by|por|including|incluidos?)\s+)"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'.-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'.-]*){0,2})"
    r"\s+(?:at|with|con|en)\s+(?:(?:about|around|roughly|nearly|some|over|more\s+than|casi|alrededor\s+de|más\s+de)\s+)?$")
# counters whose figures no catalog series holds: another agency, another country's institute, a local office
_OTHER_COUNTER = re.compile(
    r"\b(?:the\s+)?(?:dea|drug\s+enforcement\s+administration|national\s+migration\s+institute|inm"
    r"|instituto\s+nacional\s+de\s+migraci[oó]n|panama(?:nian)?\s+(?:authorities|officials|government)"
    r"|unhcr|acnur|iom|comar|medical\s+examiners?|coroners?|(?:state|county)\s+health\s+department)\b")
# counts of something other than what the catalog's measures count: releases, paroles, appointments, gotaways,
# removals, Darién crossings ("released data" is publishing, not releasing people)
_OTHER_COUNT = re.compile(
    r"\b(?:appointments?|gotaways?|got-?aways|removals?|deport(?:ed|ations?)|dari[ée]n"
    # "Eagle Pass, a city of about 28,000 people": a population
    # "enough to kill more than 5 billion people", "4 billion lethal doses": what a seizure could do, not a count
    r"|enough\s+(?:\w+\s+){0,2}to\s+kill|lethal\s+doses?|dosis\s+letales?"
    # a caravan's or a shelter's count ("una caravana de unos 3 mil migrantes", "the shelter housed 120")
    r"|caravans?\s+of\s+(?:(?:about|some|roughly|nearly|more\s+than|over|around)\s+)?(?=\d)"
    r"|caravanas?\s+de\s+(?:(?:unos|unas|más\s+de|casi|alrededor\s+de|cerca\s+de)\s+)?(?=\d)"
    r"|(?:shelters?|albergues?)(?:\s+[\wáéíóúñ]+){0,6}?\s+(?:held|housed|had|hosted|tenía|albergaba|alojaba|recibió)\s+"
    r"(?:(?:about|some|nearly|only|apenas|unos|unas|más\s+de|casi|solo|sólo)\s+)?(?=\d)"
    r"|(?:city|town|village|county|community|municipality|ciudad|municipio|poblado)\s+of\s+"
    r"(?:(?:about|roughly|some|nearly|more\s+than|over|around)\s+)?(?=\d)"
    r"|(?:releas|parol)(?:ed|es|ing)\s+(?:(?:about|roughly|nearly|some|almost|more\s+than|over|an\s+estimated)\s+)?"
    r"(?=\d)|(?:were|was|been|being)\s+(?:released|paroled))\b")
_INCLUDING = re.compile(r"\b(?:including|includes|excluding|with\s+or\s+without|as\s+well\s+as)\b")
_COMPARED_SHARE = re.compile(
    r"[^,;.\d]{0,30},?\s*(?:(?:down|up)\s+)?(?:from|than|compared\s+(?:with|to)|versus|vs\.?|frente\s+a|contra"
    r"|(?:por\s+)?(?:debajo|encima)\s+del?|desde)\s+(?:(?:about|roughly|nearly|some|around|almost|casi|alrededor\s+de"
    r"|más\s+de|el|un)\s+)*")
# the subject of the conjunct after a figure (", and synthetic opioids were involved", "y las de feminicidio")
_NEXT_CLAUSE_SUBJECT = re.compile(CONJUNCT.pattern + r"(?:the\s+|los\s+|las\s+|el\s+|la\s+)?"
                                  r"(?:(?:ones\s+)?(?:of|from|for)\s+|de\s+)?$")
_WHOLE_OF_A_SHARE = re.compile(r"(?:%|\bpercent|\bper\s+cent|\bpor\s+ciento)" + OF_WHOLE_FIGURE.pattern + "$")
_SUBJECTLESS_COUNT = re.compile(
    r";\s*(?:(?:tan\s+s[oó]lo|s[oó]lo|only|just)\s+)?(?:(?:in|en|during|durante)\s+(?:[^,;.\d]{0,40}?\s)?(?:19|20)\d\d,?\s+)?"
    rf"{PLACE_COUNT_VERB}\s+(?:(?:about|around|nearly|some|more\s+than|casi|más\s+de|un\s+total\s+de)\s+)?$")
# "The state recorded 656", "El estado sumó 893": a place the sentences before name
_STATE_WORDS = (r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+state|(?:[Ee]l|[Ee]se|[Ee]ste)\s+estado"
                r"|(?:[Ll]a|[Ee]sa|[Ee]sta)\s+entidad")
# where a clause's subject may start (also after a dateline's dash: "CULIACÁN, Sinaloa — Sinaloa registered 578")
_SUBJECT_START = r"(?:^|[,;:—–]\s*|\b(?:and|y|while|mientras\s+que)\s+)"
_PLACE_SUBJECT = re.compile(
    _SUBJECT_START +
    # ("En 2024 Guanajuato sumó 3 mil 151", "En el primer semestre de 2025 Sinaloa acumuló 893": a time opening the
    # sentence without a comma)
    r"(?:(?i:in|en|during|durante)\s+(?:[^,;.\d]{0,40}?\s)?(?:19|20)\d\d\s+)?"
    rf"(?P<name>{PLACE_NAME}|{_STATE_WORDS})"
    r"(?:,[^,;.\d]{1,80},)?(?:\s+(?:again|also|alone|once\s+again|nuevamente|también))?"
    rf"\s+(?:{PLACE_COUNT_VERB}|{LEADS_WITH})\s+"
    r"(?:a\s+total\s+of\s+|un\s+total\s+de\s+)?(?:(?:about|around|nearly|some|more\s+than|casi|más\s+de)\s+)?$")
_STATE_ANAPHOR = re.compile(_STATE_WORDS)
# "For all of 2024, Sinaloa's count nearly doubled": a change in a place's count
_PLACE_COUNT_MOVED = re.compile(
    rf"{_SUBJECT_START}(?P<name>{PLACE_NAME})(?:'s|’s)\s+"
    r"(?:count|toll|tally|total|homicides|murders|killings)\s+(?:(?:nearly|almost|more\s+than|roughly)\s+)?$")
_RANK_SHELLS = frozenset({"spot", "place", "position", "slot"})
_PARENTHESIS = re.compile(r"\([^()]*\)")
_SCOPE_BREAK = re.compile(r"\d|\b(?:including|includes|included|excluding|plus|and|or|as\s+well\s+as|total|incluidos?"
                          r"|incluyendo|y|o|while|whereas|mientras|nationwide|a\s+nivel\s+nacional"
                          r"|en\s+todo\s+el\s+país)\b|[;:()]")
_PUBLISHER_BONUS = 1.25
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{2,})\)")
_ORG_NAME = re.compile(r"^(.+?\b(?:Bank|Bureau|Institute|Agency|Fund|Administration|Department|Ministry"
                       r"|Secretariat|Commission))\b")
_LEAD_NAME = re.compile(r"^([^(;,]+?)\s*(?:\(|;|,|$)")


@dataclass(frozen=True, slots=True)
class _LookBack:
    allowed: bool
    across_paragraphs: bool = False
    # a paragraph that opens with a subject pointing back ("The total fell to ...") continues the one before
    continues: bool = False
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
        self._order = {ind.id: i for i, ind in enumerate(catalog)}
        targets: dict[str, dict[str, bool]] = {}
        for ind in catalog:
            for p in ind.phrases:
                targets.setdefault(p, {})[ind.id] = p in ind.proxy_for
            for p in ind.proxy_for:
                targets.setdefault(p, {})[ind.id] = True
        self._targets = {p: tuple(v.items()) for p, v in targets.items()}
        self._alternatives = sorted(self._targets, key=len, reverse=True)
        self._rx = re.compile(rf"(?<!\w)(?:{_phrase_trie(self._alternatives, _GAP)})(?!\w)")
        self._rx_alt: re.Pattern[str] | None = None
        self._cache_text: str | None = None
        self._hits_cache: dict[tuple[int, int], list[PhraseHit]] = {}
        self._named_cache: dict[tuple[int, int], frozenset[str]] = {}
        self._title_case: dict[tuple[int, int], bool] = {}
        self._specific: dict[tuple[str, str], bool] = {}
        self._publishers = _publisher_names(catalog)
        self._texts: dict[str, str] = {}
        # a weight in a passage about seizing, with no drug named, is read as the measure the catalog
        # names "pounds of fentanyl" (weights of other drugs are skipped where they are found)
        self._parts_cache: dict[str, tuple[str, ...]] = {}  # per text, like the hit caches
        # the names of places that parts of a measure are for ("jalisco", "estado de mexico"), from their phrases
        self._places: dict[str, list[tuple[str, str]]] = {}
        for ind in catalog:
            if ind.dimension != "state" or not ind.within:
                continue
            for p in ind.phrases:
                name = _fold(re.sub(r"^(?:in|en)\s+(?:the\s+state\s+of\s+|el\s+estado\s+de\s+|la\s+|el\s+)?", "", p))
                self._places.setdefault(name, []).append((ind.within[0], ind.id))
                if p.startswith(("in the state of ", "en el estado de ")):
                    self._places.setdefault(_fold(p.split(" ", 1)[1].replace("the state", "state", 1)),
                                            []).append((ind.within[0], ind.id))
        self._places.pop("mexico", None)  # the country, not the State of Mexico
        self._own_words: dict[str, tuple[re.Pattern[str] | None, list[str]]] = {}
        self._weight_targets = tuple(
            (ind.id, False) for ind in catalog if ind.unit == "pounds" and "pounds of fentanyl" in ind.phrases
        )

    # phrase hits ------------------------------------------------------------------------
    def hits(self, low: str, start: int, end: int, norm: str | None = None) -> list[PhraseHit]:
        """Catalog phrases in ``low[start:end]``; ``norm`` (same text, case kept) lets names be read."""
        if low is not self._cache_text:
            # hits are cached for one text at a time (the text is held, so it cannot be mistaken
            # for another one)
            self._cache_text = low
            self._hits_cache = {}
            self._parts_cache = {}
            self._named_cache = {}
            self._title_case = {}
        key = (start, end)
        cached = self._hits_cache.get(key)
        if cached is not None:
            return cached
        rx = self._rx
        if _ALTERNATIVE_INSERT.search(low, start, end):
            if self._rx_alt is None:
                self._rx_alt = re.compile(rf"(?<!\w)(?:{_phrase_trie(self._alternatives, _ALT_GAP)})(?!\w)")
            rx = self._rx_alt
        out = []
        pos, covered = start, start
        while pos < end:
            m = rx.search(low, pos, end)
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
            if _NOT_A_MEASURE_HEAD.match(low, m.end(), end) or _REGIME_BEFORE.search(low, max(0, m.start() - 6),
                                                                                     m.start()):
                continue  # "a free-trade agreement", "the busiest trade gateway": another noun's modifier
            if norm is not None and self._in_name(norm, m.start(), m.end(), start, end):
                continue  # "the Regional Trade Forum", "the Free Trade Commission"
            phrase = " ".join(m.group(0).split())
            if phrase not in self._targets:
                phrase = " ".join(w for w in _ALTERNATIVE_INSERT.sub("", phrase).split() if w not in _GAP_WORDS)
            scope = _scope(low, norm, m.start(), m.end(), start, end)
            out.append(PhraseHit(m.start(), m.end(), phrase, self._targets[phrase], scope))
        self._hits_cache[key] = out
        return out

    def _in_name(self, norm: str, s: int, e: int, start: int, end: int) -> bool:
        """Whether a phrase is a word of a proper name: capitalised, before another capitalised word, in a
        sentence that is not written in title case (a headline capitalises every word)."""
        if not norm[s].isupper() or _NEXT_CAPITAL.match(norm, e, end) is None:
            return False
        key = (start, end)
        title = self._title_case.get(key)
        if title is None:
            words = [w for w in re.findall(r"[A-Za-z][\w'-]{3,}", norm[start:end])]
            title = bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
            self._title_case[key] = title
        return not title

    def _listed_part(self, norm: str, best_id: str, claim: Claim, floor: int) -> str:
        """"Guatemala at 900 a day, Ecuador at 310": a figure listed after one value of a
        dimension of the measure (its catalog ``label``) is that part's."""
        m = _LISTED_BEFORE.search(norm, max(floor, claim.number_start - 60), claim.number_start)
        if m is None:
            return best_id
        name = _fold(m.group("name"))
        for child in self.catalog.get(best_id).contains:
            label = self.catalog.get(child).label
            if label and _fold(label) == name:
                return child
        return best_id

    def _scoped_part(self, low: str, best_id: str, claim: Claim, cs: int, ce: int) -> str:
        """The part of a measure that the figure's clause places it in ("seized at the Mexico border",
        "encounters between ports of entry"), by the parts' catalog ``scope``; the measure itself when no
        part, or more than one, is placed there."""
        seen = {best_id}
        while True:
            spans: list[tuple[int, int, str]] = []
            for child in self.catalog.get(best_id).contains:
                for words in self.catalog.get(child).scope:
                    for m in re.finditer(r"(?<![\w-])" + re.escape(words) + r"(?![\w-])", low[cs:ce]):
                        a, b = cs + m.start(), cs + m.end()
                        # said of this figure: no other figure, and no "including" or "and", between them
                        before = b <= claim.number_start
                        gap = _PARENTHESIS.sub("", low[b:claim.number_start] if before else low[claim.number_end:a])
                        if before and gap.strip() == ":":
                            gap = ""  # "se aseguró en la frontera con México: 26 mil 700 libras"
                        if before and low.find(",", cs, a) < 0 and 0 <= low.find(",", b) < claim.number_start \
                                and a - cs <= 40 and not _INCLUDED_BEFORE.search(low, cs, a):
                            gap = ""  # "Sólo en la frontera con México, la CBP decomisó": the sentence's opener
                        # ("Estados Unidos fue el principal inversionista, con 14 mil millones": the figure listed
                        # with the place, in the Spanish press's form)
                        listed = before and re.search(r",\s*con\s+(?:un\s+total\s+de\s+)?$", gap) is not None \
                            and gap.count(",") == 1
                        if len(gap) <= 80 and not _SCOPE_BREAK.search(gap) and (listed or not (before and "," in gap)) \
                                and not self._joined_with_sibling(low, child, cs, a):
                            spans.append((a, b, child))
            # "between ports of entry" places a figure between the ports, not at them
            spans = [x for x in spans if not any(y[0] <= x[0] and x[1] <= y[1] and y[1] - y[0] > x[1] - x[0]
                                                 for y in spans)]
            parts = {c for _, _, c in spans}
            if len(parts) != 1:
                return best_id
            part = parts.pop()
            if part in seen:
                return best_id
            seen.add(part)
            best_id = part

    def _widened(self, low: str, best_id: str, claim: Claim, start: int) -> str:
        """The whole a measure is part of, when the sentence opens by placing its figures there ("Nationwide, CBP
        logged 2.9 million encounters", "A nivel nacional, ..."): the whole's catalog ``scope``, before the first
        comma, sets where every figure of the sentence is counted."""
        opening = low[start:claim.number_start]
        comma = opening.find(",")
        if comma < 0 or comma > 40:
            return best_id
        head = opening[:comma]
        todo, seen = list(self.catalog.get(best_id).within), set()
        while todo:
            parent = todo.pop(0)
            if parent in seen:
                continue
            seen.add(parent)
            scope = self.catalog.get(parent).scope
            if any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", head) for w in scope):
                return parent
            todo.extend(self.catalog.get(parent).within)
        return best_id

    def _joined_with_sibling(self, low: str, part: str, cs: int, at: int) -> bool:
        """Whether a part's scope follows another part of the same whole, joined by "and" ("la Patrulla Fronteriza y
        los agentes en los puertos de entrada sumaron 301 mil encuentros"): the two together, not this one."""
        for h in self.hits(low, cs, at):
            if re.search(r"\b(?:and|y|e|plus|más)\b", low[h.end:at]) and any(
                    t != part and self._siblings(t, part) for t, _ in h.targets):
                return True
        # CBP's two components named by their agencies ("the Border Patrol and officers at the ports")
        return _COMPONENTS_JOINED.search(low, cs, at) is not None

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
    def link(self, an: Analysis, claim: Claim, before: Sequence[Claim] = ()) -> Claim:
        """The claim tied to the measure it is about, or left unlinked with the candidates weighed.

        ``before``: the claims before it in the text, already linked; a part named by "of those" or "de esa
        cifra" is a part of the measure of the figure it points back to.
        """
        if claim.kind in ("event_date", "count_event"):
            return claim
        if claim.kind == "record" and before and before[-1].indicator is not None \
                and before[-1].sentence_index == claim.sentence_index and before[-1].end <= claim.start \
                and BESIDE.fullmatch(an.low, before[-1].end, claim.start):
            # "peaked at 249,741 – the highest ever recorded": a record set beside a figure is that figure's
            c = before[-1]
            return replace(claim, indicator=c.indicator, confidence=c.confidence, mention=c.mention,
                           candidates=c.candidates, alternatives=c.alternatives)
        original = claim
        sent = an.sentences[claim.sentence_index]
        column = self._table_column(an, claim)
        if column is not None:
            return column
        partitive = self._partitive_part(an, claim, before)
        if partitive is not None:
            return partitive
        if claim.place_name is None and claim.kind != "share":
            # "Tamaulipas had 12 victims": a place the catalog holds a part for, as the figure's subject
            # (a share is the place's part of a whole it names: "Guanajuato accounted for 10% of the victims")
            subject = _PLACE_SUBJECT.search(an.norm[sent.start:claim.number_start]) or (
                _PLACE_COUNT_MOVED.search(an.norm[sent.start:claim.number_start]) if claim.kind == "change" else None)
            name = subject.group("name") if subject is not None else None
            if name is not None and _STATE_ANAPHOR.fullmatch(name):
                name = self._place_named_before(an, claim)  # "... has transformed Sinaloa. The state recorded 656"
            if name is not None and _fold(name) in self._places:
                claim = replace(claim, place_name=name)
            elif _SUBJECTLESS_COUNT.search(an.low, sent.start, claim.number_start):
                # "Guanajuato fue el estado más violento; tan sólo en 2023 registró 3 mil 604": the clause's verb
                # has the subject of the clause before the semicolon
                lead = re.match(PLACE_NAME, an.norm[sent.start:claim.number_start])
                if lead is not None and _fold(lead.group(0)) in self._places:
                    claim = replace(claim, place_name=lead.group(0))
        if claim.place_name is not None:
            return self._place_part(an, claim)
        whole = self._share_of_whole(an, claim, before) or self._compared_share(an, claim, before) or \
            self._share_of_stated_part(an, claim, before) or self._share_of_earlier_whole(an, claim, before)
        if whole is not None:
            return whole
        victims = _victims_of(an.low, claim, sent.end)
        if victims is not None:
            claim = replace(claim, unit="victims")
        scores = self._score(an, claim, victims)
        if not scores:
            return self._qualifying_change(an, claim, before) or original
        # ties go to the measure declared first: the scores come partly from sets, whose order changes from
        # process to process, and a check must give the same verdict wherever it runs
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], self._order.get(kv[0], 0)))
        best_id, (best, hit, proxy) = ranked[0]
        qualifying = self._qualifying_change(an, claim, before)
        if qualifying is not None and before and hit.end <= before[-1].end:
            # "los connacionales enviaron 5 mil millones de dólares, 3.6 por ciento menos": the words before the
            # figure were weighed when it was linked, with its unit; the change that qualifies it follows that
            return qualifying
        cs, ce = clause_of(clauses(an.low, sent.start, sent.end), claim.number_start)
        for other_id, (score, ohit, oproxy) in ranked[1:]:
            # the narrower of two measures named about equally close wins ("overdose deaths involving
            # fentanyl"), but only when it is named with the figure: a part named in another clause
            # (", and 70% of those involved synthetic opioids") is that clause's subject
            near = cs <= ohit.start < ce or abs(ohit.start - hit.end) <= _NARROWER_REACH
            # and a part named beside another figure is that figure's
            near = near and not (ohit.start >= claim.number_end
                                 and _figure_between(an.low, claim.number_end, ohit.start))
            # ("encounters across all borders": the whole, named by words that qualify the narrower's word)
            near = near and not 0 <= hit.start - ohit.end <= 3 and not (
                hit.start <= ohit.start and ohit.end <= hit.end and hit.end - hit.start > ohit.end - ohit.start)
            # a word both name ("apprehensions", "arrests") is the narrower's only in a text that names the narrower
            # by words of its own ("Border Patrol agents"); in a piece about CBP's encounters it is the whole's
            shared = ohit.start == hit.start and ohit.end == hit.end
            if shared and other_id not in self._parts_named_in(an, best_id):
                continue
            if score >= best * 0.85 and self.narrower(other_id, best_id) and near:
                best_id, best, hit, proxy = other_id, score, ohit, oproxy
        joint = [i for i, (sc, _, _) in scores.items() if i != best_id and sc >= best * 0.95
                 and self._siblings(i, best_id) and self.catalog.get(i).dimension
                 and self.catalog.get(i).dimension == self.catalog.get(best_id).dimension]
        # "Border Patrol arrested 91,637 people traveling as families": two parts of one whole, each named in the
        # figure's clause (the Border Patrol's share of families), which no series holds
        joint += [i for i, (sc, h, _) in scores.items() if i != best_id and i not in joint and sc >= best * 0.8
                  and self._siblings(i, best_id) and not self.narrower(i, best_id) and not self.narrower(best_id, i)
                  and cs <= h.start < ce and cs <= hit.start < ce and h.phrase != hit.phrase
                  and self._same_figure(an.low, h, claim) and self._same_figure(an.low, hit, claim)]
        if joint:
            # "Haitians and Cubans accounted for 190,000": the sum of two parts, which no series holds
            return replace(original, candidates=tuple((i, round(sc, 3)) for i, (sc, _, _) in ranked[:MAX_CANDIDATES]))
        if best_id in _DEATHS_BY_DRUG and _unheld_drug_class(an.low, claim, sent.start):
            return replace(original, candidates=())  # "those related to psychostimulants increased to 33,000"
        best_id = self._widened(an.low, best_id, claim, sent.start)
        best_id = self._scoped_part(an.low, best_id, claim, sent.start, sent.end)
        best_id = self._listed_part(an.norm, best_id, claim, sent.start)
        weighed = tuple((i, round(sc, 3)) for i, (sc, _, _) in
                        sorted(scores.items(), key=lambda kv: (kv[0] != best_id, -kv[1][0], self._order.get(kv[0], 0)))
                        [:MAX_CANDIDATES])
        if best < LINK_THRESHOLD:
            return self._qualifying_change(an, claim, before) or replace(original, candidates=weighed)
        rivals = [s for i, (s, _, _) in scores.items() if i != best_id and not self._related(i, best_id)]
        second = max(rivals, default=0.0)
        margin = (best - second) / best if best else 0.0
        confidence = round(min(1.0, best) * (0.6 + 0.4 * margin), 2)
        ind = self.catalog.get(best_id)
        unit = claim.unit
        if claim.kind in ("level", "rate") or (claim.kind == "change" and claim.change == "difference"):
            unit = ind.unit if claim.kind != "change" or claim.unit != "percentage points" else claim.unit
        mention = an.text[hit.start:hit.end]
        if unit != claim.unit and claim.unit in POUNDS_PER and unit == "pounds":
            claim = _in_pounds(claim, an.lang)
        # parts the figure's own sentence names as its subject weigh as candidates too ("Opioids were involved in
        # 82,000 overdose deaths"), beside those the text names by words of their own
        scored_parts = tuple(i for i, (sc, h, _) in scores.items()
                             if i != best_id and sc >= 0.6 * best and self.narrower(i, best_id)
                             and cs <= h.start and h.end <= claim.number_start)
        alternatives = tuple(dict.fromkeys((*scored_parts, *self._parts_named_in(an, best_id))))
        if _WHOLE_OF_ALL.search(mention.lower()):
            alternatives = ()  # "opioids of any kind", "all opioids": the whole, said so, with no part to weigh
        return replace(claim, indicator=best_id, confidence=confidence, mention=mention,
                       proxy=mention if proxy else None, unit=unit, candidates=weighed,
                       alternatives=alternatives)

    def _table_column(self, an: Analysis, claim: Claim) -> Claim | None:
        """A figure in a table pasted as text ("2022 | 2,378,944" under "Fiscal year | Encounters") is of the
        measure its column's header names, when the header names exactly one (its narrowest)."""
        header = _header_cell(an.low, claim.number_start)
        if header is None:
            return None
        named = {t for h in self.hits(an.low, header[0], header[1], an.norm) for t, _ in h.targets}
        named = {t for t in named if not any(o != t and self.narrower(o, t) for o in named)}
        if len(named) != 1:
            return None
        ind = self.catalog.get(named.pop())
        if not compatible(claim, ind):
            return None
        unit = ind.unit if claim.kind in ("level", "rate") else claim.unit
        return replace(claim, indicator=ind.id, confidence=0.8, unit=unit, mention=an.text[header[0]:header[1]].strip(),
                       candidates=((ind.id, 0.8),))

    def _place_named_before(self, an: Analysis, claim: Claim) -> str | None:
        """The last place the catalog holds a part for, named in the figure's sentence before it or in the two
        sentences before, in its paragraph: what "the state" points back to."""
        sents = an.sentences
        first = sents[max(0, claim.sentence_index - 2)]
        if first.paragraph != sents[claim.sentence_index].paragraph:
            first = next(x for x in sents if x.paragraph == sents[claim.sentence_index].paragraph)
        found = (piece.rstrip(".'-") for m in re.finditer(PLACE_NAME, an.norm[first.start:claim.number_start])
                 for piece in re.split(r"[.,;:]\s+", m.group(0)))  # ("Sinaloa. The state": two names)
        names = [n for n in found if _fold(n) in self._places]
        return names[-1] if names else None

    def _place_part(self, an: Analysis, claim: Claim) -> Claim:
        """A listed figure ("Jalisco, 173"): the place's part of a measure the passage names, if any."""
        assert claim.place_name is not None
        parts = self._places.get(_fold(claim.place_name))
        if not parts:
            return claim
        sents = an.sentences
        first = sents[max(0, claim.sentence_index - 3)]
        if first.paragraph != sents[claim.sentence_index].paragraph:
            first = next(x for x in sents if x.paragraph == sents[claim.sentence_index].paragraph)
        # the passage's own measure; failing that (a list in a paragraph of its own), the nearest one named
        # in the sentences before it
        windows = [(first.start, sents[claim.sentence_index].end)] + [
            (sents[j].start, sents[j].end) for j in range(first.index - 1, max(-1, claim.sentence_index - 7), -1)]
        for start, end in windows:
            named = {t for h in self.hits(an.low, start, end, an.norm) for t, _ in h.targets}
            for parent, part in parts:
                if parent in named:
                    return replace(claim, indicator=part, confidence=0.7, mention=claim.place_name,
                                   unit=self.catalog.get(part).unit, candidates=((part, 0.7),))
        return claim

    def _parts_named_in(self, an: Analysis, ind_id: str) -> tuple[str, ...]:
        """Parts of a measure that the text names by words of their own ("Border Patrol agents apprehended").

        A piece about the Border Patrol often says "encounters" for the Border Patrol's count; the
        word cannot tell, so the parts the text is about stay candidates for the verifier to weigh
        against the figures.
        """
        ind = self.catalog.get(ind_id)
        if not ind.contains:
            return ()
        if an.low is not self._cache_text:
            self.hits(an.low, 0, 0)  # starts the per-text caches
        cached = self._parts_cache.get(ind_id)
        if cached is not None:
            return cached
        rx = self._own_words.get(ind_id)
        if rx is None:
            # one pattern per measure: the words of its parts that are theirs alone, each group a part
            parts = [(pid, [p for p in self.catalog.get(pid).phrases if p not in ind.phrases and " " in p])
                     for pid in ind.contains]
            alts = [f"(?P<p{i}>{'|'.join(re.escape(p) for p in sorted(own, key=len, reverse=True))})"
                    for i, (_, own) in enumerate(parts) if own]
            rx = (re.compile(rf"(?<!\w)(?:{'|'.join(alts)})(?!\w)") if alts else None,
                  [pid for pid, own in parts if own])
            self._own_words[ind_id] = rx
        pattern, ids = rx
        found = set()
        if pattern is not None:
            for m in pattern.finditer(an.low):
                found.add(ids[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])])
        out = tuple(pid for pid in ind.contains if pid in found)
        self._parts_cache[ind_id] = out
        return out

    def _qualifying_change(self, an: Analysis, claim: Claim, before: Sequence[Claim]) -> Claim | None:
        """"U.S. firms supplied $8.2 billion of that total, about 40% less than in 2024", "acumularon 54 mil
        millones de dólares, 9 por ciento más que en 2023": a change set right after a figure, with nothing of
        its own to name a measure, is of that figure's measure as it was linked; so is a rate set after a level
        ("6,070 apprehensions in March, an average of fewer than 200 a day"), and a level a change came to
        ("Fentanyl ... fell about 19 percent to some 21,900 pounds")."""
        if claim.kind not in ("change", "rate", "level") or not before:
            return None
        prev = before[-1]
        allowed = {"change": ("level", "rate"), "rate": ("level",), "level": ("change",)}[claim.kind]
        if prev.indicator is None or prev.kind not in allowed or prev.sentence_index != claim.sentence_index \
                or prev.end > claim.start:
            return None
        if claim.kind == "level":
            unit = self.catalog.get(prev.indicator).unit
            if not TO_FIGURE.fullmatch(an.low, prev.end, claim.start) or claim.unit not in (None, unit):
                return None
        elif not _QUALIFIES_PREVIOUS.fullmatch(an.low, prev.end, claim.start):
            return None
        return replace(claim, indicator=prev.indicator, confidence=0.8, mention=prev.mention,
                       candidates=((prev.indicator, 0.8),))

    def _compared_share(self, an: Analysis, claim: Claim, before: Sequence[Claim]) -> Claim | None:
        """"31% of encounters in fiscal 2024, down from 55% in fiscal 2020": a share the one before is compared
        with, with no whole of its own, is a share of the same part of the same whole."""
        if claim.kind != "share" or claim.of_span is not None or not before:
            return None
        prev = next((c for c in reversed(before) if c.kind == "share"), None)
        if prev is None or prev.indicator is None or prev.sentence_index != claim.sentence_index \
                or prev.end > claim.start or not _COMPARED_SHARE.fullmatch(an.low, prev.end, claim.start):
            return None
        return replace(claim, indicator=prev.indicator, share_of=prev.share_of, confidence=0.8, unit="percent",
                       mention=prev.mention, candidates=((prev.indicator, 0.8),))

    def _share_of_stated_part(self, an: Analysis, claim: Claim, before: Sequence[Claim]) -> Claim | None:
        """"Single adults accounted for 270,336 of the 432,059 encounters ..., or about 63 percent": a share set
        after a part's figure and the whole's it is "of" is the one of the other."""
        if claim.kind != "share" or claim.of_span is not None or len(before) < 2:
            return None
        part, whole = before[-2], before[-1]
        if part.indicator is None or whole.indicator is None or part.sentence_index != claim.sentence_index \
                or whole.sentence_index != claim.sentence_index or whole.end > claim.start \
                or whole.indicator not in self.catalog.get(part.indicator).within:
            return None
        if not (OF_WHOLE_FIGURE.fullmatch(an.low, part.number_end, whole.number_start)
                and _QUALIFIES_PREVIOUS.fullmatch(an.low, whole.end, claim.start)):
            return None
        return replace(claim, indicator=part.indicator, share_of=whole.indicator, confidence=0.8, unit="percent",
                       mention=part.mention, candidates=((part.indicator, 0.8),))

    def _share_of_earlier_whole(self, an: Analysis, claim: Claim, before: Sequence[Claim]) -> Claim | None:
        """"Single adults made up about 61 percent", after a sentence about the border's families: a share with
        no whole of its own, whose subject names a part, is that part's share of the whole the figures just
        before are of (their own measure, or the whole it is a part of)."""
        if claim.kind != "share" or claim.of_span is not None or not before:
            return None
        prev = before[-1]
        if prev.indicator is None or prev.sentence_index < claim.sentence_index - 1:
            return None
        sent = an.sentences[claim.sentence_index]
        cs, _ = clause_of(clauses(an.low, sent.start, sent.end), claim.number_start)
        wholes = {prev.share_of or prev.indicator, *self.catalog.get(prev.share_of or prev.indicator).within}
        parts = {t for h in self.hits(an.low, cs, claim.number_start, an.norm) for t, _ in h.targets
                 if any(w in self.catalog.get(t).within for w in wholes)}
        if len(parts) != 1:
            return None
        part = parts.pop()
        whole = next(w for w in self.catalog.get(part).within if w in wholes)
        return replace(claim, indicator=part, share_of=whole, confidence=0.8, unit="percent",
                       mention=self.catalog.get(part).label or part, candidates=((part, 0.8),))

    def _partitive_part(self, an: Analysis, claim: Claim, before: Sequence[Claim]) -> Claim | None:
        """"Of those, 188,749 were Border Patrol apprehensions", "De esa cifra, 12 mil millones provinieron de
        Estados Unidos": a figure said to be a part of the figure before it is the part of that figure's measure
        that its own words name (by a part's phrase, its catalog ``scope`` or its ``label``), when exactly one."""
        if claim.kind not in ("level", "rate", "share"):
            return None
        low = an.low
        sent = an.sentences[claim.sentence_index]
        cs, ce = clause_of(clauses(low, sent.start, sent.end), claim.number_start)
        opener = part_opening(low, sent.start, claim.number_start) or \
            _PARTITIVE_RELATIVE.search(low, max(sent.start, claim.number_start - 40), claim.number_start) or \
            _OF_FIGURE_OPENING.match(low, sent.start, claim.number_start)
        after = _PARTITIVE_AFTER.match(low, claim.number_end, ce)
        if opener is None and after is None:
            return None
        # (not a level compared with: "2.9 million, down from 3.2 million")
        antecedent = next((c for c in reversed(before) if c.indicator is not None and c.kind in ("level", "rate")
                           and c.end <= claim.start and c.sentence_index >= claim.sentence_index - 1
                           and not _COMPARED_WITH.search(low, max(0, c.number_start - 14), c.number_start)), None)
        if antecedent is None or antecedent.indicator is None:
            return None
        whole = antecedent.indicator
        ws = -1
        if opener is not None and _figure_between(low, opener.end(), claim.number_start):
            # "De ellos, 123 mil correspondieron a familias y 13 mil a menores no acompañados": the list of parts
            # goes on, each named after its figure; "Of that, fentanyl accounted for 12,000 pounds, down from
            # 22,000": the opener was the first figure's
            listed = antecedent.sentence_index == claim.sentence_index and opener.end() <= antecedent.start and \
                _LIST_GOES_ON.search(low, antecedent.end, claim.number_start) is not None
            parents = self.catalog.get(antecedent.indicator).within
            if listed and parents:
                whole, ws = parents[0], claim.number_start
            else:
                opener = None
                if after is None:
                    return None
        # the figure's own words: from the opener (or its clause) to the next figure (not a conversion in
        # brackets), or the clause's end
        if ws < 0:
            ws = max(opener.end() if opener is not None else cs, antecedent.end)
        semi = low.find(";", claim.number_end, sent.end)
        we = sent.end if semi < 0 else semi  # (brackets close a clause: "5,412 pounds (2,454 kilograms) were seized")
        contrast = CONJUNCT.search(low, claim.number_end, we)
        if contrast is not None:
            we = contrast.start()  # ("..., mientras que la metanfetamina sumó 170 mil": another subject's clause)
        for nxt in _FIGURE.finditer(low, claim.number_end, we):
            bracketed = "(" in low[max(claim.number_end, nxt.start() - 2):nxt.start()]
            # "three-quarters of them, 2.14 million, occurred at the southwest border": the same part, restated
            appositive = re.fullmatch(r"[^,]{0,20},\s*", low[claim.number_end:nxt.start()]) is not None \
                and low.startswith(",", nxt.end())
            if _figure_between(low, nxt.start(), nxt.end()) and not bracketed and not appositive:
                we = nxt.start()
                break
        named = self._parts_named(an, whole, ws, we)
        parents = self.catalog.get(whole).within
        if not named and claim.kind == "share" and antecedent.sentence_index == claim.sentence_index \
                and _QUALIFIES_PREVIOUS.fullmatch(low, antecedent.end, claim.start):
            if parents:
                # "the United States was the source of $16.7 billion in FDI, about 44% of the total": the part's share
                return replace(claim, indicator=whole, share_of=parents[0], confidence=0.8, unit="percent",
                               mention=antecedent.mention, candidates=((whole, 0.8),))
            share = self.catalog.computed_alike(whole, "percent")
            if share is not None:
                # "$776.0 billion in two-way goods trade, or 17.9% of the total": the share usmx computes of it
                return replace(claim, indicator=share, confidence=0.8, unit="percent", mention=antecedent.mention,
                               candidates=((share, 0.8),))
        if not named and claim.kind == "share" and _GENERIC_WHOLE.fullmatch(low, *(claim.of_span or (0, 0))):
            # "... family units about 606,000 times. Single adults made up roughly 62 percent of the total": the
            # total the figure before is a part of, when the share's own words name another part of it
            for parent in parents:
                others = self._parts_named(an, parent, ws, we)
                if len(others) == 1:
                    return replace(claim, indicator=others[0], share_of=parent, confidence=0.8, unit="percent",
                                   mention=an.text[ws:we].strip(), candidates=((others[0], 0.8),))
        if not named:
            # "de los cuales 14 mil millones provinieron de reinversión de utilidades": a part no series holds; so is
            # one the wider measure's parts name ("la Patrulla Fronteriza detuvo a 249 mil; de ellos, 110 mil eran
            # familias": the Border Patrol's families, where the catalog holds only the whole border's)
            return claim if not self._names_whole(an, whole, ws, we) or self._cousin_named(an, whole, ws, we) \
                else None
        if len(named) != 1:
            return None
        part = named[0]
        if claim.kind == "share":
            return replace(claim, indicator=part, share_of=whole, confidence=0.8, unit="percent",
                           mention=an.text[ws:we].strip(), candidates=((part, 0.8),))
        return replace(claim, indicator=part, confidence=0.8, unit=self.catalog.get(part).unit,
                       mention=an.text[ws:we].strip(), candidates=((part, 0.8),))

    def _cousin_named(self, an: Analysis, whole: str, start: int, end: int) -> bool:
        """Whether the only measures ``an.low[start:end]`` names are parts of a measure ``whole`` is part of, and
        not parts of ``whole`` itself."""
        named = {t for h in self.hits(an.low, start, end, an.norm) for t, _ in h.targets}
        parents = self.catalog.get(whole).within
        # (or one value of another measure's dimension: "De ellas [feminicide victims], 86 se registraron en el
        # Estado de México", where only homicides are held by state)
        return bool(named) and all(t != whole and not self.narrower(t, whole)
                                   and (any(self.narrower(t, p) and t != p for p in parents)
                                        or bool(self.catalog.get(t).dimension)) for t in named)

    def _names_whole(self, an: Analysis, whole: str, start: int, end: int) -> bool:
        """Whether ``an.low[start:end]`` names the whole measure, or another one, itself (then it is no part)."""
        return any(self.hits(an.low, start, end, an.norm))

    def _parts_named(self, an: Analysis, whole: str, start: int, end: int) -> list[str]:
        """The parts of a measure (and their parts) that ``an.low[start:end]`` names, the narrowest of each line."""
        low, norm = an.low, an.norm
        parts: list[str] = []
        frontier = list(self.catalog.get(whole).contains)
        while frontier:
            parts.extend(frontier)
            frontier = [c for p in frontier for c in self.catalog.get(p).contains if c not in parts]
        # "opioids like fentanyl", "synthetic opioids such as fentanyl": an example names no part of its own
        spans: dict[str, list[tuple[int, int]]] = {}
        text = _fold(norm[start:end])
        for h in self.hits(low, start, end, norm):
            if not _EXAMPLE_BEFORE.search(low, max(start, h.start - 25), h.start):
                words = _fold(norm[h.start:h.end])
                at = text.find(words) if words else -1
                for t, _ in h.targets:
                    spans.setdefault(t, []).append((at, at + len(words)) if at >= 0 else (0, len(text)))
        for p in parts:
            ind = self.catalog.get(p)
            label = [ind.label, _ES_LABELS.get(ind.label, "")] if ind.label else []
            for w in [*ind.scope, *(_fold(w) for w in label if w)]:
                for m in re.finditer(r"(?<![\w-])" + re.escape(_fold(w)) + r"(?![\w-])", text):
                    spans.setdefault(p, []).append(m.span())
        # ("entre los puertos de entrada" names the Border Patrol's part, not the ports' it holds)
        longer = [(a, b) for q in parts for a, b in spans.get(q, [])]
        named = [p for p in parts if any(not any(a2 <= a and b <= b2 and b2 - a2 > b - a for a2, b2 in longer)
                                         for a, b in spans.get(p, []))]
        # of a part and its own part, both named ("Border Patrol apprehensions between ports of entry"), the narrower
        return [p for p in named if not any(q != p and self.narrower(q, p) for q in named)]

    def _share_of_whole(self, an: Analysis, claim: Claim, before: Sequence[Claim] = ()) -> Claim | None:
        """A share of a count whose part the same clause names ("Mexicans made up a third of encounters").

        The catalog holds the part and the whole as counts, so the share is theirs to compute; it is
        read so only when the whole is named after "of" and the part elsewhere in the clause, and the
        part is one of the whole's parts in the catalog. A whole named only as "the total" or "the weight
        seized", or by the label of the figure just before ("of the fentanyl" after a count of fentanyl
        seized), is that figure's measure, or a whole it is part of.
        """
        if claim.kind != "share" or claim.of_span is None:
            return None
        low = an.low
        sent = an.sentences[claim.sentence_index]
        cs, ce = clause_of(clauses(low, sent.start, sent.end), claim.number_start)
        os_, oe = claim.of_span
        ps, pe = oe, ce  # where a part named after the whole stands
        relative = _RELATIVE_CLAUSE.search(low, oe, ce) or CONJUNCT.search(low, oe, ce)
        if relative is not None:
            # ("... at ports of entry, where officers inspect cars and trucks": of the place; "..., while cocaine
            # came to ...": another subject's)
            pe = relative.start()
        predicate = _PART_PREDICATE.search(low, os_, oe)
        if predicate is not None:
            # "66% of the 107,000 overdose deaths involved fentanyl": the part is the predicate's
            oe, ps = predicate.start(), predicate.end()
            other = CONJUNCT.search(low, ps, ce)
            pe = other.start() if other is not None else ce
        hits = self.hits(low, cs, ce, an.norm)
        wholes = {i for h in hits if os_ - 3 <= h.start < oe for i, _ in h.targets
                  if self.catalog.get(i).unit not in ("percent", "rank") and not self.catalog.get(i).is_estimate}
        prev = self._figure_before(claim, before)
        if prev is not None and prev.indicator is not None and (_GENERIC_WHOLE.fullmatch(low, os_, oe) or (
                self.catalog.get(prev.indicator).label and re.search(
                    rf"\b{re.escape(self.catalog.get(prev.indicator).label.lower())}\b", low[os_:oe]))):
            wholes = {prev.indicator, *self.catalog.get(prev.indicator).within}
        if not wholes:
            return None
        for h in hits:
            if os_ - 3 <= h.start < oe or h.start >= pe:
                continue
            for part, _ in h.targets:
                whole = next((w for w in sorted(wholes) if part in self.catalog.get(w).contains), None)
                if whole is not None:
                    if h.start >= ps and self._joined_with_other(an, whole, part, ps, pe):
                        return replace(claim, candidates=((part, 0.8),))
                    return replace(claim, indicator=part, share_of=whole, confidence=0.8,
                                   mention=an.text[h.start:h.end], unit="percent")
        # a part named by its label or scope, not a phrase ("Guanajuato accounted for 10.5% of homicides")
        named = set()
        for w in wholes:
            inner = self._parts_named(an, w, os_, oe)
            if len(inner) > 1 or (not inner and re.search(r"\b(?:border|frontera)\b", low[os_:oe])):
                continue  # ("of the fentanyl seized at the border": a whole the catalog may not hold as such)
            # "of the fentanyl seized at the border": the whole is the part its own words place it in
            w = inner[0] if inner else w
            named |= {(w, p) for a, b in ((cs, os_), (ps, pe)) for p in self._parts_named(an, w, a, b)}
        if len(named) == 1:
            whole, part = named.pop()
            if self._parts_named(an, whole, ps, pe) and self._joined_with_other(an, whole, part, ps, pe):
                return replace(claim, candidates=((part, 0.8),))
            return replace(claim, indicator=part, share_of=whole, confidence=0.8,
                           mention=self.catalog.get(part).label or part, unit="percent")
        return None

    @staticmethod
    def _figure_before(claim: Claim, before: Sequence[Claim]) -> Claim | None:
        """The count just before a claim, in its sentence or the one before: what "the total" points back to."""
        prev = next((c for c in reversed(before) if c.kind in ("level", "rate") and c.end <= claim.start), None)
        if prev is None or prev.sentence_index < claim.sentence_index - 1 or prev.share_of is not None:
            return None
        return prev

    def _joined_with_other(self, an: Analysis, whole: str, part: str, start: int, end: int) -> bool:
        """Whether the part named in ``an.low[start:end]`` is joined with something that is not it.

        "Migrants from Mexico or the Northern Triangle": several parts together, which no series
        holds; "fentanyl or similar synthetic opioids" names one part twice.
        """
        joined = _JOINED.search(an.low, start, end)
        if joined is None:
            return False
        return any(self._parts_named(an, whole, a, b) != [part]
                   for a, b in ((start, joined.start()), (joined.end(), end)))

    def _may_look_back(self, an: Analysis, claim: Claim, of_only: bool, cs: int) -> _LookBack:
        """Whether, and how far, the sentences before may name the subject.

        A change or a forecast carries no unit to check a guess against, so it only borrows a
        subject from earlier sentences when its own clause opens with a pronoun or a shell noun ("They
        tripled", "The inflows were up 2.7%", "The 2021 number"), or when it qualifies a figure before it in a sentence
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
        if claim.kind == "rank" and (claim.noun is None or claim.noun.split()[-1] in _RANK_SHELLS):
            # "catapulted Mexico into the top spot": a place in a ranking the passage before names
            return _LookBack(True, True, True)
        low = an.low
        sents = an.sentences
        sent = sents[claim.sentence_index]
        anaphor = _ANAPHOR.match(low, cs, claim.number_start)
        if anaphor is None and an.lang == "es":
            anaphor = _ES_ANAPHOR.match(low, cs, claim.number_start)  # "Ello representó", "Estas cifras"
        if anaphor is None:
            said = list(_COMPLEMENT.finditer(low, cs, claim.number_start))
            if said:
                anaphor = _ANAPHOR.match(low, said[-1].end(), claim.number_start)
        opens = claim.sentence_index > 0 and sents[claim.sentence_index - 1].paragraph != sent.paragraph
        # "This year, ..." and "that" opening a relative clause are no subject; "That number" is
        continues = anaphor is not None and opens and (
            anaphor.group("pron") not in ("that", "this", "which")
            or _SHELL_AFTER.match(low, anaphor.end()) is not None)
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
            return _LookBack(True, True, continues, anaphor.group("shell"))
        bare = _BARE_SUBJECT.fullmatch(low, cs, claim.start)
        across = (
            bare is not None and claim.kind in ("level", "rate") and claim.unit is not None
            and (claim.noun is None or claim.unit in ("pounds", "kilograms", "tons"))
            and not _OWN_NOUN_AFTER.match(low, max(claim.number_end, claim.context_end))
            and (bare.group("name") is None
                 or (an.norm[bare.start("name")].isupper() and bool(self._named_publishers(an, sent.start, sent.end))))
        )
        return _LookBack(True, across, continues, anaphor.group("shell") if anaphor is not None else None)

    def _by_kind(self, h: PhraseHit, claim: Claim) -> PhraseHit:
        """A phrase naming a measure names, for a rank, Mexico's rank by that measure ("the largest source of
        U.S. imports"); one naming a share usmx computes names, for an amount, the measure divided ("$475
        billion of U.S. imports")."""
        def of_kind(t: str) -> str:
            if claim.kind == "rank":
                return self.catalog.computed_alike(t, "rank") or t
            ind = self.catalog.get(t)
            # a rank's words name an amount's measure only as its subject, before it ("the biggest source of
            # U.S. imports, shipping $475 billion"), not in a predicate after it
            before = h.end <= claim.number_start
            return ind.computed_from if ind.computed_from and (ind.unit == "percent" or before) else t

        targets = tuple(dict.fromkeys((of_kind(t), proxy) for t, proxy in h.targets))
        return h if targets == h.targets else replace(h, targets=targets)

    @staticmethod
    def _related_trade(ind_id: str) -> bool:
        return ind_id in ("us_exports_to_mx", "us_imports_from_mx", "us_mx_trade", "us_mx_trade_balance")

    def _names(self, ind_id: str, word: str) -> bool:
        """Whether a word is in a measure's name or in one of its phrases."""
        ind = self.catalog.get(ind_id)
        return word in ind.name.lower().replace("(", " ").replace(")", " ").split() or \
            any(word in p.split() for p in ind.phrases)

    @staticmethod
    def _same_figure(low: str, h: PhraseHit, claim: Claim) -> bool:
        """Whether a phrase is said of this figure: no other figure stands between them, and a phrase after the
        figure in a conjunct of its own is not followed there by a figure of its own ("Unaccompanied children were
        encountered about 195,000 times and people traveling in family units about 606,000 times")."""
        if h.end <= claim.number_start:
            return not _figure_between(low, h.end, claim.number_start)
        if _figure_between(low, claim.number_end, h.start):
            return False
        own = _OWN_CONJUNCT.search(low, claim.number_end, h.start)
        return own is None or not _figure_between(low, h.end, min(len(low), h.end + 40))

    def _siblings(self, a: str, b: str) -> bool:
        """Two parts of the same whole ("Hondurans" and "Brazilians" in Southwest encounters)."""
        return bool(set(self.catalog.get(a).within) & set(self.catalog.get(b).within))

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
        hits = [h for h in self.hits(low, sent.start, sent.end, an.norm) if _usable(h, claim)
                # (", and synthetic opioids were involved in ...": the subject of the next clause, not this figure's)
                and not (h.start >= claim.number_end and _NEXT_CLAUSE_SUBJECT.search(low, claim.number_end, h.start))]
        if claim.kind == "rank" or claim.unit in _MONEY_UNITS:
            hits = [self._by_kind(h, claim) for h in hits]
        back = self._may_look_back(an, claim, of_only, cs)
        look_back = back.allowed
        if claim.kind == "rank" and not rank_subject_is_mexico(an, claim, cs):
            return {}
        # ("Hondurans were encountered 210,000 times": people of another country counted at the U.S. border are
        # a part of a U.S. measure, named by its own phrase)
        counted_here = any(h.end <= claim.number_start and cs <= h.start and any(
            self.catalog.get(t).dimension == "citizenship" for t, _ in h.targets) for h in hits)
        if claim.kind != "rank" and not counted_here and (foreign_subject(an, claim, cs)
                                                           or parenthetical_elsewhere(an, claim, cs)):
            return {}
        if claim.kind not in ("rank", "share") and figure_elsewhere(an, claim, ce):
            return {}
        if claim.kind in ("level", "rate") and (_OTHER_COUNTER.search(low, cs, claim.number_start) or any(
                not _INCLUDING.search(low, max(cs, m.start() - 60), m.start())
                for m in _OTHER_COUNT.finditer(low, max(cs, claim.number_start - 60), min(ce, claim.number_end + 60)))):
            return {}  # "the DEA seized", "DHS released 1 million migrants": a count no catalog series keeps
        if claim.unit in _WEIGHT_UNITS and _weight_of_other(low, claim, ce):
            return {}  # "5,000 pounds of produce": a weight of something no series weighs
        if claim.unit in _WEIGHT_UNITS and _ONE_SEIZURE.search(low, cs, ce):
            return {}  # "1,500 pounds of methamphetamine hidden in a truck": one seizure, not a total
        # (", mientras que del lado estadounidense la CBP reportó 2 mil 100 libras": the contrasted clause's own)
        own_from = max([cs] + [m.end() for m in CONJUNCT.finditer(low, cs, claim.number_start)])
        if claim.unit in _WEIGHT_UNITS and _MX_SEIZER.search(low, own_from, claim.number_start) and \
                _SEIZING.search(low, own_from, claim.number_start):
            return {}  # "Mexico's army seized 1,500 kilos of fentanyl": no CBP count
        if claim.kind != "share" and _subject_is_a_part(low, self.hits(low, sent.start, sent.end, an.norm), seg_s,
                                                        claim.number_start):
            return {}
        own_words = _money_for_something(low, claim, cs, ce)
        if own_words is None and _WHOLE_OF_A_SHARE.search(low, max(cs, claim.number_start - 30), claim.number_start):
            # "29% of the 2.48 million encounters": the whole a share is of, named by its own words only
            own_words = (claim.number_end, ce)
        if own_words is not None:
            # "$4 billion in aid", "pledged $1.5 billion": only the amount's own words can name a measure
            hits = [h for h in hits if own_words[0] <= h.start < own_words[1]]
            look_back = False
        part = _part_subject(an, claim, cs, ce, hits)
        if part is not None:
            hits, look_back = part, False
        if claim.kind != "share" and set_elsewhere(an, sent.start, claim.number_start):
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
        measured = _measured_subject(low, claim, seg_s)
        if measured is not None and part is None:
            # "the number of transfers rose 4%": the subject says what is counted, and only its words name it
            hits = [h for h in hits if measured <= h.start < max(claim.number_end, claim.context_end)]
            look_back = False
        flow = trade_flow(low, claim, cs, ce) if part is None and own_words is None else None
        if flow is not None:
            fs, fe, fid = flow
            # the verb and its two countries say which flow it is; other trade words in the clause don't
            flow_hit = PhraseHit(fs, fe, " ".join(low[fs:fe].split()), ((fid, False),))
            hits = [h for h in hits if not any(self._related_trade(t) for t, _ in h.targets)]
            candidates.append((flow_hit, 1.1))
            look_back = False
        if claim.part_of and _OF_PRONOUN.match(low, claim.number_end, ce) and \
                not any(claim.number_start <= h.start < ce for h in hits):
            # "Opioids were involved in 80,000 of them": a part whose whole is a pronoun is named by
            # the clause's subject, when no other figure stands between them
            hits = [h for h in hits if h.end <= claim.number_start and low.rfind(",", cs, h.start) < 0
                    and not _figure_between(low, h.end, claim.number_start)]
            part = hits
        named_weight = any(self.catalog.get(t).unit == "pounds" for h in hits for t, _ in h.targets)
        own_sentence = [] if part is not None or own_words is not None or measured is not None or named_weight \
            else self._weight_mentions(an, claim.sentence_index, claim, cs)
        for h in [*hits, *own_sentence]:
            if of_only:
                assert claim.of_span is not None
                if claim.of_span[0] - 5 <= h.start < claim.of_span[1]:  # "of the", "del"
                    candidates.append((h, 1.0))
                continue
            if claim.part_of and part is None and not (claim.number_start <= h.start < ce):
                continue
            w = 1.0 if part else self._position_weight(low, h, claim, cs, ce, seg_s, seg_e)
            if not part and _INCLUDED_BEFORE.search(low, max(cs, h.start - 40), h.start) and \
                    not _figure_between(low, h.start, claim.number_start):
                w *= 0.3  # "Counting people stopped at official crossings, the total was": a part included in it
            elif not part and h.end <= claim.number_start and _COMPONENTS_JOINED.search(low, cs, h.start) and \
                    any(self.catalog.get(t).within for t, _ in h.targets):
                w *= 0.3  # "the Border Patrol and officers at ports of entry logged": the two parts together
            if not part and h.end <= claim.number_start and _another_subject(low, h, hits, claim.number_start):
                w *= 0.7  # "X came to 1.9 million and Y to 700,000": a phrase with a figure of its own
            elif not part and claim.kind in ("level", "rate") and h.end <= seg_s and \
                    _figure_between(low, _hit_segment_start(low, cls, h), h.start):
                # "188,749 were Border Patrol apprehensions, and 52,000 ...": the earlier figure's noun (a change
                # right after a level is of that level's measure, and keeps it)
                w *= 0.5
            candidates.append((h, w))
        if of_only and not candidates and claim.of_span is not None and \
                _HOME_WHOLE.fullmatch(low, claim.of_span[0], claim.of_span[1]):
            # "control a third of Mexico": a share of the country itself is named by the words before it
            candidates.extend((h, self._position_weight(low, h, claim, cs, ce, seg_s, seg_e))
                              for h in hits if cs <= h.start and h.end <= claim.number_start)
        borrowed: dict[int, frozenset[str]] = {}  # candidate -> the publishers the sentence it came from names
        lead_shell: str | None = None
        named = self._named_publishers(an, sent.start, sent.end)
        if not named and claim.sentence_index > 0 and sents[claim.sentence_index - 1].paragraph == sent.paragraph:
            # "..., the Economy Ministry said. In 2019, foreign direct investment had reached $34.1 billion": the
            # publisher of the sentence before still speaks
            prev_sent = sents[claim.sentence_index - 1]
            named = self._named_publishers(an, prev_sent.start, prev_sent.end)
        own_named = self._named_publishers(an, seg_s, seg_e)
        if not own_named:
            # (", whereas INEGI, working from death certificates, counted 33,287": the contrasted clause's)
            contrast = list(CONJUNCT.finditer(low, sent.start, claim.number_start))
            if contrast:
                own_named = self._named_publishers(an, contrast[-1].start(), seg_e)
        if not own_named and len(named) > 1:
            own_named = self._nearest_publisher(an, claim, sent.start, sent.end)
        others_named: frozenset[str] = frozenset()
        if own_named and own_named != named:
            # "INEGI counted 28,600 ..., while the SESNSP's tally was 30,968": each figure's own segment says whose;
            # the other publisher's measures weigh less, whatever their words ("INEGI's count, based on death
            # certificates, runs above the public security system's tally, which stood at 30,046")
            others_named = named - own_named
            named = own_named
        lead = _list_lead(an, claim.sentence_index)
        if lead and own_words is None and part is None and victims is None and status is None \
                and flow is None and measured is None:
            # a line of a list ("2021: $31.6 billion") takes the measure the lines above it name: the label just
            # above, or the heading above that when the label names no measure but opens with a noun that
            # describes the heading's ("Net inflows, current dollars" under "FDI into Mexico"; not "Average
            # transfer, dollars" under "Remittances")
            first = sents[lead[0][0]]
            label = _LABEL_SHELL.match(low, first.start, first.end)
            earlier = lead if label is not None and not self.hits(low, first.start, first.end, an.norm) else lead[:1]
            lead_shell = label.group("shell") if label is not None and len(earlier) > 1 else None
        elif look_back:
            earlier = self._earlier_sentences(sents, claim.sentence_index, back.across_paragraphs, back.continues)
        else:
            earlier = []
        for j, weight in earlier:
            prev = sents[j]
            w = weight
            if any(_PARTITIVE_AFTER.match(low, f.end()) for f in _FIGURE.finditer(low, prev.start, prev.end)):
                # "Synthetic opioids were involved in nearly 44,000 of them. At the peak, the count exceeded
                # 118,000": a sentence that states a part of a figure before is not what "the count" points back to
                w *= 0.5
            lent = named or self._named_publishers(an, prev.start, prev.end)
            for h in [*self.hits(low, prev.start, prev.end, an.norm), *self._weight_mentions(an, j)]:
                if _usable(h, claim):
                    candidates.append((h, w))
                    borrowed[len(candidates) - 1] = lent
                    if any(compatible(claim, self.catalog.get(t)) for t, _ in h.targets):
                        # the sentence's first measure, usually its subject, is what a later sentence
                        # points back to: the ones after it weigh less, however long their phrase
                        w = weight * 0.85
        scores: dict[str, tuple[float, PhraseHit, bool]] = {}
        for k, (h, w) in enumerate(candidates):
            pubs = borrowed.get(k, named)
            for ind_id, proxy in self._targets_of(h, pubs):
                ind = self.catalog.get(ind_id)
                if not compatible(claim, ind):
                    continue
                if k in borrowed and ((back.shell and not self._describes(ind, back.shell))
                                      or (back.fits is not None and ind.unit not in back.fits)
                                      or (lead_shell is not None and not self._describes(ind, lead_shell))):
                    continue  # "the inflows" do not point back at remittances sent abroad
                # a longer phrase names the measure more precisely
                score = w * (1.0 + 0.05 * min(3, h.phrase.count(" ")))
                if ind_id in pubs:
                    score *= _PUBLISHER_BONUS
                elif ind_id in others_named:
                    score /= _PUBLISHER_BONUS ** 2
                cur = scores.get(ind_id)
                if cur is None or score > cur[0]:
                    scores[ind_id] = (score, h, proxy)
        return scores

    @staticmethod
    def _earlier_sentences(sents: list[Sentence], index: int, across: bool,
                           continues: bool = False) -> list[tuple[int, float]]:
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
                if not ((across and one_sentence) or (continues and not prev.heading
                                                      and prev.paragraph == sent.paragraph - 1)):
                    break
            out.append((j, weight))
        return out

    def _weight_mentions(self, an: Analysis, index: int, claim: Claim | None = None, cs: int = 0) -> list[PhraseHit]:
        """Weights of drugs in a sentence, as mentions of the catalog's measures counted in weight.

        Only CBP's seizures are counted in pounds, so "the haul fell to 20,000 pounds" in a passage about
        seizing fentanyl names them, as "pounds of fentanyl" would. A weight of something else ("pounds of
        cocaine"), one that Mexico seized, or one in a passage that says nothing of seizing (within the sentence
        and the three before it) names nothing. For the figure's own sentence (``claim``), only a
        weight or a change may be named so. A weight "of fentanyl" needs no word of seizing.
        """
        if not self._weight_targets:
            return []
        if claim is not None and claim.unit not in _WEIGHT_UNITS and claim.kind != "change":
            return []
        low = an.low
        sents = an.sentences
        sent = sents[index]
        if claim is not None and claim.unit in _WEIGHT_UNITS and _WEIGHING.search(low, cs, claim.number_start):
            return []  # "the truck weighed 20 tons"
        seizing = _SEIZING.search(low, sents[max(0, index - 3)].start, sent.end) is not None
        out = []
        for m in _WEIGHT.finditer(low, sent.start, sent.end):
            if not seizing and not _OF_FENTANYL.match(low, m.end()):
                continue
            if _WEIGHT_OF_OTHER.match(low, m.end()) or PRODUCT_OF.match(low, m.end(), sent.end):
                continue
            if _MX_AGENT.search(low, cs if claim is not None else sent.start, m.start()):
                continue
            out.append(PhraseHit(m.start("unit"), m.end("unit"), m.group("unit"), self._weight_targets))
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
        self._named_cache[key] = frozenset(ind_id for _, _, ind_id in self._publisher_mentions(an, start, end))
        return self._named_cache[key]

    def _publisher_mentions(self, an: Analysis, start: int, end: int) -> list[tuple[int, int, str]]:
        """Where ``an.low[start:end]`` names a publisher: (start, end, indicator) for each indicator it counts."""
        found = []
        for ind_id, names in self._publishers.items():
            for name, exact_case in names:
                text = an.norm if exact_case else an.low
                i = text.find(name, start, end)
                while i >= 0:
                    before = text[i - 1:i] if i > 0 else " "
                    after = text[i + len(name):i + len(name) + 1] or " "
                    if not before.isalnum() and not after.isalnum():
                        found.append((i, i + len(name), ind_id))
                    i = text.find(name, i + 1, end)
        return found

    def _nearest_publisher(self, an: Analysis, claim: Claim, start: int, end: int) -> frozenset[str]:
        """In a sentence naming two publishers, the one named nearest the figure with no other figure between
        ("INEGI counted 33,241 ..., above the 30,046 victims logged by the SESNSP"); empty when none is nearest."""
        mentions = self._publisher_mentions(an, start, end)
        if len({an.low[s:e] for s, e, _ in mentions}) < 2:
            return frozenset()  # one publisher, however many of its measures
        near = []
        for s, e, ind_id in mentions:
            a, b = (e, claim.number_start) if e <= claim.number_start else (claim.number_end, s)
            if a <= b and not _figure_between(an.low, a, b):
                near.append((b - a, ind_id))
        if not near:
            return frozenset()
        best = min(d for d, _ in near)
        return frozenset(i for d, i in near if d == best)

    def _targets_of(self, h: PhraseHit, named: frozenset[str]) -> tuple[tuple[str, bool], ...]:
        """The hit's measures, plus a measure of a publisher the sentence names that counts the same thing.

        "INEGI counted 33,000 homicides": "homicides" names SESNSP's count in the catalog, but the
        sentence says whose count it is; INEGI's homicide measure (unrelated to SESNSP's) is offered too.
        """
        if not named:
            return h.targets
        have = {i for i, _ in h.targets}
        if have & named:
            return h.targets  # the publisher named already counts what the phrase names
        head = h.phrase.split()[-1]
        extra = []
        for ind_id in named:
            # not a measure the phrase's own measure contains or belongs to, nor one beside it in the same whole:
            # the publisher says whose count it is, not which of its parts
            if ind_id in have or any(self._related(ind_id, t) or self._siblings(ind_id, t) for t in have):
                continue
            # the head word in its name, or (in Spanish prose) in one of its own phrases ("homicidios")
            if self._names(ind_id, head):
                extra.append((ind_id, False))
        # the publisher's headline measure, not its parts: a part needs words of its own
        whole: list[tuple[str, bool]] = []
        for i, p in extra:
            # up to the widest of the publisher's measures that the phrase's word still names
            parents = [w for w in self.catalog.get(i).within if w in named and self._names(w, head)]
            whole.append((parents[0], p) if parents else (i, p))
        extra = list(dict.fromkeys(whole))
        extra = [(i, p) for i, p in extra if not any(self.narrower(i, o) for o, _ in extra if o != i)]
        return h.targets + tuple(extra) if extra else h.targets

    @staticmethod
    def _position_weight(low: str, h: PhraseHit, claim: Claim, cs: int, ce: int, seg_s: int, seg_e: int) -> float:
        own_words = claim.number_start <= h.start < max(claim.context_end, claim.end) or \
            claim.start <= h.start < claim.end
        subject = h.end <= claim.start and _SUBJECT_OF_FIGURE.fullmatch(low, h.end, claim.start) is not None \
            and _PREP_BEFORE.search(low, max(0, h.start - 12), h.start) is None  # "between ports of entry dropped"
        # "480,000 encounters with Mexicans", "80,000 deaths involving fentanyl": the noun's own qualifier
        qualifies = h.start >= claim.end and _QUALIFIER_OF_NOUN.fullmatch(low, max(claim.end, claim.context_end),
                                                                          h.start) is not None
        # "marijuana, whose seizures collapsed to 195,000 pounds": the noun a "whose" clause is of
        whose = h.end <= claim.start and _WHOSE_AFTER.match(low, h.end) is not None \
            and not _figure_between(low, h.end, claim.number_start)
        if own_words or subject or qualifies or whose or (h.end <= claim.start
                                                          and _HEAD_OF_FIGURE.fullmatch(low, h.end, claim.start)):
            w = 1.0
        elif cs <= h.start < ce:
            if seg_s <= h.start < seg_e:
                # ("a decline of 28 percent driven mostly by marijuana": what drove it is not what fell)
                w = 0.3 if _CAUSE_BEFORE.search(low, max(seg_s, h.start - 40), h.start) else 0.85
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
    if _AMONG.match(low, e, end) or _ES_REGION_AFTER.match(low, e, end):
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
    if PRODUCT_BEFORE.search(low, max(start, s - 20), s) or PRODUCT_OF.match(low, e, end):
        return "place"  # one product, like one place, is a part the catalog does not hold
    if _SHARE_WHOLE_BEFORE.search(low, max(start, s - 40), s):
        return "whole"
    return None


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


_COMPONENTS_JOINED = re.compile(r"\b(?:border\s+patrol|patrulla\s+fronteriza|ofo|office\s+of\s+field\s+operations"
                                r"|oficina\s+de\s+operaciones\s+de\s+campo|cbp\s+officers|officers\s+at\s+(?:the\s+)?ports"
                                r"(?:\s+of\s+entry)?)\s+(?:agents\s+|agentes\s+)?(?:and|y)\s+")
_INCLUDED_BEFORE = re.compile(r"\b(?:counting|including|includes|included|plus|incluyendo|contando|sumando"
                             r"|además\s+de)\b[^,;.]*$")
_LIST_GOES_ON = re.compile(r"(?:,\s*|\s)(?:and|y|e|,)\s*(?:(?:about|roughly|some|casi|unos|unas|alrededor\s+de)\s+)?"
                           r"\$?\s*$")


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
    if whole is not None and claim.unit in _MONEY_UNITS and not re.search(r"\b(?:the|all)\b", whole.group(0)):
        whole = None  # "$37 billion of direct investment" is the amount's noun; "$4 billion of the remittances" a part
    partitive = whole is not None and any(whole.end() <= h.start <= whole.end() + 2 for h in hits)
    if verb is None and not partitive:
        return None
    subject_end = verb.start() if verb is not None else lead
    # "Single adults made up 45% ..., while people in family units accounted for 800,000": the subject of the
    # figure's own conjunct
    turns = [m.end() for m in CONJUNCT.finditer(low, cs, subject_end)]
    subject_start = turns[-1] if turns else cs
    subject = [h for h in hits if subject_start <= h.start and h.end <= subject_end] or \
        [h for h in hits if cs <= h.start and h.end <= subject_end]
    if subject:
        return subject
    words = low[cs:subject_end]
    if not words.strip() or _HOME_SUBJECT.search(words) or _SUBJECT_PRONOUN.match(words):
        return None
    return []


def _publisher_names(catalog: Catalog) -> dict[str, list[tuple[str, bool]]]:
    """How prose names each indicator's publisher: its acronym (case kept) and its full name."""
    out: dict[str, list[tuple[str, bool]]] = {}
    for ind in catalog:
        names: list[tuple[str, bool]] = []
        pub = ind.publisher or ""
        names.extend((a, True) for a in _ACRONYM.findall(pub))
        # Spanish prose names some publishers in words of its own ("la Patrulla Fronteriza" for CBP)
        names.extend((alias, False) for a in _ACRONYM.findall(pub) for alias in PUBLISHER_ALIASES.get(a, ()))
        first = pub.split()[0] if pub.split() else ""
        if first.isupper() and first.isalpha() and len(first) >= 3:
            names.append((first, True))
        lead = _LEAD_NAME.match(pub)
        if lead is not None and len(lead.group(1).split()) >= 2 and lead.group(1)[0].isupper():
            names.append((lead.group(1).lower(), False))
            names.extend((alias, False) for alias in PUBLISHER_ALIASES.get(lead.group(1).lower(), ()))
            org = _ORG_NAME.match(lead.group(1))
            if org is not None and org.group(1) != lead.group(1) and len(org.group(1).split()) >= 2:
                names.append((org.group(1).lower(), False))  # "World Bank" of "World Bank World Development ..."
        if names:
            out[ind.id] = names
    return out


def _figure_between(low: str, start: int, end: int) -> bool:
    """Whether a figure other than a year (an amount, a percentage, a count) stands in ``low[start:end]``."""
    for f in _FIGURE.finditer(low, start, end):
        text = f.group(0)
        if f.group("usd") or f.group("pct") or (not _YEAR.fullmatch(text.strip(".,")) and
                                                ("," in text or " " in text or len(text.strip(".,")) >= 3)):
            return True
    return _WORD_SHARE.search(low, start, end) is not None


# a share in words ("almost two-thirds were linked to ...", "a third of them") is a figure too
# (of the fractions in words, those of two words stand alone; "a third", "half" only before "of")
_WORD_SHARE = re.compile(
    r"\b(?:" + "|".join(re.escape(f) for f in sorted(FRACTIONS, key=len, reverse=True)
                        if ("-" in f or " " in f) and not f.startswith("a ")) + r")\b"
    r"|\b(?:" + "|".join(re.escape(f) for f in sorted(FRACTIONS, key=len, reverse=True)) + r")(?=\s+of\b)")


def _weight_of_other(low: str, claim: Claim, end: int) -> bool:
    """Whether a weight is of something the catalog does not weigh ("5,000 pounds of produce"); drugs it
    weighs, each by its own phrase ("pounds of methamphetamine", "pounds of drugs")."""
    own = _WEIGHT.match(low, claim.number_start)
    if own is None:
        return False
    product = PRODUCT_OF.match(low, own.end(), end)
    return _WEIGHT_UNHELD.match(low, own.end()) is not None or (
        product is not None and not _DRUG_WORD.search(product.group(0)))


def _subject_is_a_part(low: str, hits: list[PhraseHit], seg_s: int, pos: int) -> bool:
    """Whether the phrase nearest before a figure in its comma segment names a part the catalog does not hold
    ("..., and exports to Canada fell to $350 billion"): the figure is that part's, whatever the clause named
    before the comma."""
    before = [h for h in hits if seg_s <= h.start and h.end <= pos]
    return bool(before) and before[-1].scope in ("place", "purpose", "rate")


def _phrase_trie(phrases: list[str], gap: str) -> str:
    """One pattern for every catalog phrase, written as a tree of their words so that phrases sharing a start
    share its pattern: some nine hundred phrases compile in half the time of a flat list. At each word the
    longer continuations are tried first, so the longest phrase at a place is the one found."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for p in phrases:
        node = trie
        for w in p.split(" "):
            node = node.setdefault(w, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = []
        for w in sorted((k for k in node if k), key=len, reverse=True):
            child = node[w]
            cont = emit(child)
            if cont:
                alts.append(re.escape(w) + f"(?:{gap}(?:{cont})){'?' if '' in child else ''}")
            else:
                alts.append(re.escape(w))
        return "|".join(alts)

    return emit(trie)


def _hit_segment_start(low: str, cls: list[tuple[int, int]], h: PhraseHit) -> int:
    """Where the comma segment of a phrase begins, within its clause."""
    hs, he = clause_of(cls, h.start)
    return _comma_segment(low, hs, he, h.start)[0]


# what may stand between a figure and a change that qualifies it: ", about", ", un alza de", ", lo que representa"
_QUALIFIES_PREVIOUS = re.compile(
    r"(?:[^,;.\d()]|(?<!\d)(?:19|20)\d\d(?!\d)){0,70}"
    # ("1,004 victims in 2021, the most since the count began, an average of more than two a day": a record between)
    r"(?:,\s*(?:the|its|a|el|la|su)\s+(?:most|highest|lowest|fewest|largest|record|mayor|menor|cifra\s+más)\b[^,;.\d]{0,80})?"
    r"(?:,|\()\s*(?:(?:and|but|or|y|o|es\s+decir,?|that\s+is,?|i\.e\.,?|o\s+sea,?"
    r"|lo\s+que\s+(?:representa|representó|significa|significó|implica|implicó)"
    r"|which\s+(?:is|was|represents|represented)|representing|marking|up|down|an?|un|una|el|la|the)\s+)*"
    r"(?:(?:increase|rise|drop|fall|decline|gain|jump|aumento|alza|incremento|caída|baja|disminución|crecimiento"
    r"|descenso|reducción)\s+(?:of|de)\s+)?"
    r"(?:(?:daily\s+|monthly\s+)?average\s+of\s+|(?:un\s+)?promedio\s+(?:diario\s+)?de\s+)?"
    r"(?:(?:about|roughly|nearly|almost|some|around|over|more\s+than|less\s+than|fewer\s+than|casi|alrededor\s+de"
    r"|más\s+de|cerca\s+de|poco\s+más\s+de|menos\s+de)\s+)?")
# "of the total", "del total", "of the weight seized": a whole named by no measure's words
_GENERIC_WHOLE = re.compile(r"(?:(?:of|de|del)\s+)?(?:(?:the|that|this|el|la|ese|esa|este|esta)\s+)?"
                            r"(?:total|amount|sum|cifra|monto|weight|haul|volume|volumen)(?:\s+seized)?\W*")
# "opioids of any kind", "all opioids", "cualquier opioide": words that say the whole
_WHOLE_OF_ALL = re.compile(r"\b(?:any|all|of\s+any\s+kind|of\s+all\s+kinds|cualquier|todos\s+los)\b")
# a conjunct of its own after a figure: ", and", " and people", " while"
_OWN_CONJUNCT = re.compile(r",?\s+(?:and|while|whereas|but|y|mientras\s+que)\s+")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:where|which|who|whom|whose|when|donde|que|quienes|cuyo|cuya|cuando)\b")
# "... of overdose deaths involved fentanyl", "... de los encuentros fueron de mexicanos": the verb after a share's
# whole, whose object names the part
_PART_PREDICATE = re.compile(
    r"\b(?:involved|involve|were\s+(?:linked|tied|attributed|related|due)\s+to|were\s+caused\s+by|came\s+from"
    r"|come\s+from|were\s+from|were|are|involucraron|se\s+debieron\s+a|fueron|correspondieron\s+a"
    r"|provinieron\s+de|estuvieron\s+relacionad[ao]s\s+con)\b")
_JOINED = re.compile(r"\s(?:or|and|y|o|u|e|plus)\s(?!\s*\d)")
_WHOSE_AFTER = re.compile(r",\s*(?:whose|cuy[oa]s?)\b")
_CAUSE_BEFORE = re.compile(rf"\b{_CAUSED_BY}\s+$")
_EXAMPLE_BEFORE = re.compile(r"\b(?:like|such\s+as|including|e\.g\.,?|especially|particularly|mainly|mostly"
                             r"|chiefly|primarily|como|principalmente|sobre\s+todo)\s+$")
_COMPARED_WITH = re.compile(r"\b(?:from|(?<!more\s)(?<!less\s)(?<!fewer\s)than|versus|vs\.?|desde)\s+"
                            r"(?:about\s+|roughly\s+|nearly\s+)?$")
# overdose deaths are held in all, involving opioids and involving synthetic opioids; deaths of another drug
# class ("psychostimulants", "cocaine") are a part no series holds
_DEATHS_BY_DRUG = frozenset({"us_overdose_deaths", "us_opioid_overdose_deaths", "us_synthetic_opioid_deaths"})
_UNHELD_DRUG_CLASS = re.compile(
    r"\b(?:psychostimulants?|stimulants?|methamphetamine|meth|cocaine|heroin|benzodiazepines?|psicoestimulantes?"
    r"|estimulantes?|metanfetaminas?|cocaína|heroína)\b")
_HELD_DRUG_CLASS = re.compile(r"\b(?:opioids?|fentanyl|opioides?|fentanilo|all\s+drugs|overdoses?|sobredosis)\b")


def _unheld_drug_class(low: str, claim: Claim, sent_start: int) -> bool:
    """Whether the figure's own subject is deaths from a drug class the catalog does not hold, named as the
    subject ("while those related to psychostimulants, such as methamphetamine, increased to 33,000")."""
    head = low[sent_start:claim.number_start]
    starts = [m.end() for m in CONJUNCT.finditer(head)]
    subject = head[starts[-1] if starts else 0:]
    first = _UNHELD_DRUG_CLASS.search(subject)
    if first is None:
        return False
    held = _HELD_DRUG_CLASS.search(subject)
    return held is None or (held.start() > first.start()
                            and _EXAMPLE_BEFORE.search(subject, 0, held.start()) is not None)


# "..., of which $8 billion", "..., de los cuales 14 mil": a part of the figure just before
_PARTITIVE_RELATIVE = re.compile(
    r",\s*(?:of\s+which|of\s+whom|de\s+los\s+cuales|de\s+las\s+cuales|del\s+cual|de\s+la\s+cual)\s+"
    r"(?:(?:about|roughly|some|nearly|almost|more\s+than|más\s+de|casi|alrededor\s+de|unos|unas)\s+)?\$?\s*$")
# "Of the 107,000 overdose deaths in 2021, 66% involved fentanyl" (also after "data show that"): the sentence
# opens with the whole's figure
_OF_FIGURE_OPENING = re.compile(
    r"\s*(?:[^,;]{0,90}?\b(?:that|que)\s+)?(?:of|among|de|del|entre)\s+(?:the\s+|los\s+|las\s+)?"
    r"(?:(?:more\s+than|nearly|almost|about|roughly|some|más\s+de|casi|unos|unas|alrededor\s+de)\s+)?\$?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?!\d|,\d)"
    r"(?:\s+(?:million|billion|mil|millones))?[^,;]{0,80}?,")
# "302,000 of them", "$8.2 billion of that total", "12 mil de ellos"
_PARTITIVE_AFTER = re.compile(
    r"(?:\s+(?:pounds|lbs?|kilograms|kilos|kg|people|migrants|victims|encounters|dollars))?"
    r"\s+(?:of\s+(?:them|those|these|it|that(?=\s*(?:[.;,]|$))|that\s+(?:total|amount|figure|sum)"
    r"|(?:the|this)\s+(?:(?:national|nationwide|overall|country's|nation's|entire|combined)\s+)?total"
    # "362 pounds of April's total", "of the year's total"
    rf"|(?:the\s+)?(?:{MONTHS_FULL}|year|month|quarter)(?:'s|’s)\s+(?:total|haul|count|tally))"
    r"|de\s+(?:ellos|ellas|esos|esas|estos|estas|esa\s+cifra|ese\s+monto|ese\s+total)|del\s+(?:total|monto))\b")


def _another_subject(low: str, h: PhraseHit, hits: list[PhraseHit], pos: int) -> bool:
    """Whether a phrase before a figure has a figure of its own, with another phrase after that figure and
    before this one ("arrests came to 1.9 million and encounters of Mexicans to 700,000"; not "agents
    arrested 1.5 million migrants in 2021 and 2.1 million in 2022", where "migrants" is the first
    figure's own noun)."""
    figs = [f for f in _FIGURE.finditer(low, h.end, pos) if _figure_between(low, f.start(), f.end())]
    if not figs:
        return False
    last = figs[-1].end()
    return any(last < o.start < pos and not _OWN_NOUN_GAP.fullmatch(low, last, o.start) for o in hits)


def _measured_subject(low: str, claim: Claim, seg_s: int) -> int | None:
    """Where the noun lies that a subject like "the number of transfers" counts, or None.

    Only for a figure in the same comma segment as that subject; a share's "of" is its whole instead.
    """
    if claim.kind not in ("level", "rate", "change"):
        return None
    found = list(_MEASURED_OF.finditer(low, seg_s, claim.number_start))
    return found[-1].end() if found else None


def _header_cell(low: str, pos: int) -> tuple[int, int] | None:
    """The header cell above the table cell at ``pos``: the same column of the nearest line above, in one block
    of lines split by "|", that holds no figure but years; None when ``pos`` is in no such table."""
    start = low.rfind("\n", 0, pos) + 1
    end = low.find("\n", pos)
    if "|" not in low[start:end if end >= 0 else len(low)]:
        return None
    column = low.count("|", start, pos)
    line_end = start - 1
    while line_end > 0:
        line_start = low.rfind("\n", 0, line_end) + 1
        line = low[line_start:line_end]
        if "|" not in line:
            return None
        if not re.search(r"\d", re.sub(r"(?:19|20)\d\d", "", line)):
            cells = [m.span() for m in re.finditer(r"[^|]+", line)]
            if column >= len(cells):
                return None
            a, b = cells[column]
            return line_start + a, line_start + b
        line_end = line_start - 1
    return None


def _is_list_line(an: Analysis, index: int) -> bool:
    """Whether a sentence is a line of a list of figures by period ("2021: $31.6 billion", "- FY2023: 27,000")."""
    sents = an.sentences
    sent = sents[index]
    if sent.end - sent.start > 80:
        return False
    if (index > 0 and sents[index - 1].paragraph == sent.paragraph) or \
            (index + 1 < len(sents) and sents[index + 1].paragraph == sent.paragraph):
        return False
    m = _LIST_LINE.match(an.low, sent.start, sent.end)
    return m is not None and _PERIOD_LABEL.search(m.group("label")) is not None


def _list_lead(an: Analysis, index: int) -> list[tuple[int, float]] | None:
    """The lines above a list that name what it lists, with their weights, or None if the sentence is no list line.

    A list line at the very top of the text ("Note 1: ...") has no lines above it: the list is empty.

    A list's lines may stand in paragraphs of their own; the label or heading just above the first of
    them names the measure ("FDI into Mexico, net inflows" over "2021: $31.6 billion").
    """
    if not _is_list_line(an, index):
        return None
    j = index - 1
    while j >= 0 and _is_list_line(an, j):
        j -= 1
    return [(k, w) for k, w in ((j, 0.6), (j - 1, 0.45)) if k >= 0]


def _comma_segment(low: str, cs: int, ce: int, pos: int) -> tuple[int, int]:
    s = low.rfind(",", cs, pos)
    e = low.find(",", pos, ce)
    return (cs if s < 0 else s + 1), (ce if e < 0 else e)


# Weights the catalog counts in pounds: a kilogram, a U.S. (short) ton, a metric ton ("tonnes", "toneladas").
POUNDS_PER = {"kilograms": 2.20462, "tons": 2000.0}
_METRIC_TON = 2204.62
_METRIC_WORDS = re.compile(r"\b(?:tonnes?|metric\s+tons?|toneladas?)\b")


def _in_pounds(claim: Claim, lang: str) -> Claim:
    """A weight in kilograms or tons, in the pounds the catalog counts (tons are short tons in U.S. prose)."""
    assert claim.unit is not None
    factor = POUNDS_PER[claim.unit]
    if claim.unit == "tons" and (lang == "es" or _METRIC_WORDS.search(claim.quote.lower())):
        factor = _METRIC_TON

    def conv(v: float | None) -> float | None:
        return None if v is None else v * factor

    return replace(claim, value=conv(claim.value), value_high=conv(claim.value_high), step=claim.step * factor)


def _fold(name: str) -> str:
    """A place name compared without case, accents or a leading article."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if unicodedata.category(c) != "Mn")
    return re.sub(r"^(?:the|el|la)\s+", "", " ".join(plain.split()))


def compatible(claim: Claim, ind: Indicator) -> bool:
    """Whether the indicator counts what the claim counts (deaths are not dollars)."""
    u = ind.unit
    if claim.kind == "rate" and claim.per not in ("day", "week", "month", "year"):
        return False  # per head of population: the catalog holds counts and shares, not per-capita rates
    if claim.kind == "rank":
        return u == "rank"
    if u == "rank":
        return False
    if claim.kind in ("record", "streak"):
        return not ind.is_estimate  # a record (or a run of rises) of any count, amount or share
    if claim.kind == "share":
        return u == "percent"
    if u == "percent":
        return claim.kind == "change"
    if claim.kind == "change" and claim.change == "ratio":
        return True
    if ind.is_estimate:
        return False
    if claim.unit is None and u == "USD" and claim.kind == "level" and (claim.value or 0) >= _UNITLESS_MONEY:
        return True  # "el superávit ... creció a 111 mil millones": no count in this field runs to hundreds of millions
    allowed = _COMPATIBLE.get(claim.unit, frozenset())
    return u in allowed
