"""The checker on prose it was not tuned on: a specification written sentence by sentence.

The sentences below were written for this test in the manner of news reports, op-eds,
think-tank notes and official statements on U.S.-Mexico relations (2019-2025): overdose
deaths, fentanyl seizures, border encounters, remittances, homicides, cartel territory, FDI,
trade, tariffs, and the numbers such pieces hold that are not statistics at all (dates, ages,
phone numbers, troop deployments, aid packages, tariff rates, poll results, article numbers).

Each figure the checker must report is given by words of the text that overlap its number
(an anchor), the indicator it must be linked to (None: reported without one, which makes it
unverifiable; ANY: not asserted), its kind, and its verdict against the bundled official data
(None: not asserted, where the store holds no figure for that period yet and may gain one).
A case whose figures are NOT_REPORTED asserts that nothing in it is reported; every case
also asserts that nothing beyond its figures is reported. Expected verdicts follow from the
store's own figures (``usmx value ID PERIOD``), with the tolerances of docs/claims.md.

KNOWN_GAPS are sentences the checker still gets wrong; they are strict expected failures, so
fixing one (usually a catalog phrase) turns its test red until it moves into CASES.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from usmx.check import CheckedClaim, check_text
from usmx.store import Store, open_store

ANY = "*"


@dataclass(frozen=True)
class Fig:
    anchor: str
    indicator: str | None
    kind: str
    verdict: str | None


@dataclass(frozen=True)
class Case:
    id: str
    published: date
    text: str
    figures: list[Fig]


NOT_REPORTED: list[Fig] = []

CASES: list[Case] = [
    Case('od1-drug-overdose-deaths', date(2022, 5, 12),
         'Drug overdose deaths in the United States topped 100,000 for the first time last year, '
         'according to provisional federal data.',
         [Fig('100,000', 'us_overdose_deaths', 'level', 'accurate')]),
    Case('od2-fentanyl-and-other', date(2023, 3, 1),
         'Fentanyl and other synthetic opioids killed roughly 70,000 Americans in 2021.',
         [Fig('70,000', 'us_synthetic_opioid_deaths', 'level', 'accurate')]),
    Case('od3-fentanyl-kills-more', date(2023, 6, 1),
         'Fentanyl kills more than 100,000 Americans every year.',
         [Fig('100,000', 'us_synthetic_opioid_deaths', 'level', 'wrong_measure')]),
    Case('od4-about-300-americans', date(2024, 6, 10),
         'About 300 Americans die of drug overdoses every day.',
         [Fig('300', 'us_overdose_deaths', 'rate', 'accurate')]),
    Case('od5-opioids-were-involved', date(2023, 9, 1),
         'Opioids were involved in nearly 80,000 of the overdose deaths recorded in 2022.',
         [Fig('80,000', 'us_opioid_overdose_deaths', 'level', 'accurate')]),
    Case('od6-overdose-deaths-fell', date(2024, 5, 20),
         'Overdose deaths fell about 3 percent in 2023, the first annual decline since 2018.',
         [Fig('3 percent', 'us_overdose_deaths', 'change', 'accurate')]),
    Case('od7-synthetic-opioids-were', date(2023, 6, 1),
         'Synthetic opioids were involved in about 70 percent of overdose deaths in 2022.',
         [Fig('70 percent', None, 'share', 'unverifiable')]),
    Case('od8-more-than-100,000', date(2021, 11, 17),
         'More than 100,000 Americans died of drug overdoses in the 12 months ending in April 2021.',
         [Fig('100,000', 'us_overdose_deaths', 'level', None)]),
    Case('od9-the-17-year-old-died', date(2023, 5, 5),
         'The 17-year-old died on March 3, 2023, after taking a counterfeit pill laced with '
         'fentanyl.',
         NOT_REPORTED),
    Case('od10-just-two-milligrams', date(2023, 3, 1),
         'Just two milligrams of fentanyl can be a lethal dose, and the drug is 50 times more potent '
         'than heroin.',
         NOT_REPORTED),
    Case('od11-fentanyl-killed-nearly', date(2024, 2, 1),
         'Fentanyl killed nearly 74,000 Americans in 2023.',
         [Fig('74,000', 'us_synthetic_opioid_deaths', 'level', 'accurate')]),
    Case('fs1-cbp-seized-more', date(2023, 11, 15),
         'CBP seized more than 27,000 pounds of fentanyl in fiscal year 2023, nearly double the '
         'previous year.',
         [Fig('27,000', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('double', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    Case('fs2-agents-seized-roughly', date(2024, 11, 1),
         'Agents seized roughly 22,000 pounds of fentanyl in fiscal year 2024, down from 27,000 '
         'pounds the year before.',
         [Fig('22,000', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('27,000', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    Case('fs3-seizures-of-fentanyl', date(2022, 2, 10),
         'Seizures of fentanyl at the southern border quadrupled between 2019 and 2021.',
         [Fig('quadrupled', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    Case('fs4-that-works-out', date(2023, 10, 25),
         'That works out to about 74 pounds of fentanyl seized every day in fiscal 2023.',
         [Fig('74', 'cbp_fentanyl_seizures', 'rate', 'accurate')]),
    Case('fs5-cbp-seized-27,000', date(2024, 1, 10),
         'CBP seized 27,000 pounds of fentanyl last year.',
         [Fig('27,000', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    Case('fs6-officers-at-the', date(2023, 4, 1),
         'Officers at the Nogales port found 1,500 pounds of methamphetamine hidden in a truck.',
         [Fig('1,500', None, 'level', 'unverifiable')]),
    Case('en1-border-agents-recorded', date(2022, 10, 25),
         'Border agents recorded 2.38 million encounters at the southwest border in fiscal year '
         '2022, an all-time high.',
         [Fig('2.38 million', 'sw_border_encounters', 'level', 'accurate')]),
    Case('en2-migrant-encounters-at', date(2023, 10, 25),
         'Migrant encounters at the southern border reached nearly 2.5 million in fiscal 2023.',
         [Fig('2.5 million', 'sw_border_encounters', 'level', 'accurate')]),
    Case('en3-in-december-alone', date(2024, 1, 30),
         'In December alone, Border Patrol and port officers logged more than 300,000 encounters at '
         'the southwest border, a monthly record.',
         [Fig('300,000', 'sw_border_encounters', 'level', 'accurate')]),
    Case('en4-roughly-8,000-migrants', date(2022, 6, 20),
         'Roughly 8,000 migrants are arriving at the southwest border every day.',
         [Fig('8,000', 'sw_border_encounters', 'rate', 'accurate')]),
    Case('en5-encounters-dropped-about', date(2024, 10, 25),
         'Encounters dropped about 14 percent in fiscal year 2024 to roughly 2.1 million.',
         [Fig('14 percent', 'sw_border_encounters', 'change', 'accurate'),
          Fig('2.1 million', 'sw_border_encounters', 'level', 'accurate')]),
    Case('en6-an-estimated-600,000', date(2023, 3, 15),
         'An estimated 600,000 gotaways evaded Border Patrol agents in fiscal 2022.',
         [Fig('600,000', None, 'level', 'unverifiable')]),
    Case('en7-mexican-nationals-accounted', date(2023, 1, 20),
         'Mexican nationals accounted for about 800,000 of the encounters in fiscal year 2022.',
         [Fig('800,000', 'sw_border_encounters_mexican', 'level', None)]),
    Case('en8-border-patrol-apprehensions', date(2019, 10, 30),
         'Border Patrol apprehensions on the southwest border climbed to 851,508 in fiscal year '
         '2019, the highest in 12 years.',
         [Fig('851,508', 'usbp_sw_apprehensions', 'level', 'accurate')]),
    Case('en9-agents-encountered-an', date(2024, 1, 30),
         'Agents encountered an average of 10,000 migrants a day in December.',
         [Fig('10,000', 'sw_border_encounters', 'rate', 'accurate')]),
    Case('en10-mexicans-made-up', date(2023, 1, 15),
         'Mexicans made up about a third of all border encounters in fiscal 2022.',
         [Fig('a third', None, 'share', 'unverifiable')]),
    Case('en11-title-42-ended', date(2023, 5, 11),
         'Title 42 ended on May 11, 2023, after more than three years.',
         NOT_REPORTED),
    Case('en12-venezuelans-accounted-for', date(2023, 10, 25),
         'Venezuelans accounted for about 190,000 encounters at the southwest border in fiscal 2023.',
         [Fig('190,000', None, 'level', 'unverifiable')]),
    Case('re1-mexicans-abroad-sent', date(2024, 2, 2),
         'Mexicans abroad sent home a record $63.3 billion in remittances last year.',
         [Fig('$63.3 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('re2-remittances-to-mexico', date(2022, 2, 2),
         'Remittances to Mexico rose 27 percent in 2021 to $51.6 billion.',
         [Fig('27 percent', 'mx_remittances', 'change', 'accurate'),
          Fig('$51.6 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('re3-remittances-reached-a', date(2025, 2, 5),
         'Remittances reached a record of nearly $65 billion in 2024.',
         [Fig('$65 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('re4-remittances-now-make', date(2023, 7, 1),
         "Remittances now make up about 4 percent of Mexico's GDP.",
         [Fig('4 percent', None, 'share', 'unverifiable')]),
    Case('re5-remittances-climbed-from', date(2022, 2, 15),
         'Remittances climbed from $40.6 billion in 2020 to $51.6 billion in 2021.',
         [Fig('$40.6 billion', 'mx_remittances', 'level', 'accurate'),
          Fig('$51.6 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('re6-washington-has-pledged', date(2024, 3, 1),
         'Washington has pledged $4 billion in aid to Central America, a fraction of the remittances '
         'Mexico receives.',
         [Fig('$4 billion', None, 'level', 'unverifiable')]),
    Case('re7-remittances-hit-a', date(2024, 8, 1),
         'Remittances hit a monthly record of $6.2 billion in June.',
         [Fig('$6.2 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('ho1-mexico-recorded-more', date(2024, 1, 20),
         'Mexico recorded more than 29,000 murders in 2023.',
         [Fig('29,000', 'mx_homicides', 'level', 'accurate')]),
    Case('ho2-mexico-sees-more', date(2023, 5, 1),
         'Mexico sees more than 30,000 murders a year.',
         [Fig('30,000', 'mx_homicides', 'level', 'accurate')]),
    Case("ho3-mexico's-homicide-rate", date(2021, 8, 1),
         "Mexico's homicide rate stood at 29 per 100,000 inhabitants in 2020.",
         [Fig('29', None, 'rate', 'unverifiable')]),
    Case('ho4-the-murder-rate', date(2023, 2, 1),
         'The murder rate in Colima reached 181 homicides per 100,000 residents last year.',
         [Fig('181', None, 'rate', 'unverifiable')]),
    Case('ho5-mexico-averages-about', date(2023, 1, 10),
         'Mexico averages about 85 murders a day.',
         [Fig('85', 'mx_homicides', 'rate', 'accurate')]),
    Case('ho6-homicides-in-mexico', date(2020, 1, 25),
         'Homicides in Mexico reached a record 34,690 in 2019.',
         [Fig('34,690', 'mx_homicides', 'level', 'accurate')]),
    Case('ho7-death-certificates-compiled', date(2023, 8, 1),
         'Death certificates compiled by INEGI show about 33,000 homicides in 2022.',
         [Fig('33,000', 'mx_homicides_inegi', 'level', 'accurate')]),
    Case('ca1-a-u.s-general', date(2021, 3, 20),
         "A U.S. general said cartels control about a third of Mexico's territory.",
         [Fig('a third', 'cartel_territory_share', 'share', 'accurate')]),
    Case('ca2-cartels-now-control', date(2023, 3, 10),
         "Cartels now control more than half of Mexico's territory, one senator claimed.",
         [Fig('half', 'cartel_territory_share', 'share', 'overstated')]),
    Case('fd1-foreign-direct-investment', date(2024, 2, 20),
         'Foreign direct investment in Mexico reached $36 billion in 2023 as nearshoring gathered '
         'pace.',
         [Fig('$36 billion', 'mx_fdi', 'level', 'overstated')]),
    Case('fd2-mexico-received-nearly', date(2023, 6, 1),
         'Mexico received nearly $40 billion in foreign direct investment in 2022.',
         [Fig('$40 billion', 'mx_fdi', 'level', 'accurate')]),
    Case('fd3-mexico-captured-about', date(2023, 7, 1),
         'Mexico captured about 17 percent of all foreign direct investment to the region in 2022.',
         [Fig('17 percent', 'mx_share_latam_fdi', 'share', 'accurate')]),
    Case('fd4-tesla-announced-a', date(2023, 5, 1),
         'Tesla announced a $5 billion gigafactory in Nuevo León, a flagship for nearshoring.',
         [Fig('$5 billion', None, 'level', 'unverifiable')]),
    Case('tr1-mexico-overtook-china', date(2024, 2, 8),
         'Mexico overtook China last year to become the largest trading partner of the United '
         'States.',
         [Fig('largest', 'mx_rank_us_trading_partner', 'rank', 'accurate')]),
    Case('tr2-two-way-trade-between', date(2024, 2, 8),
         'Two-way trade between the United States and Mexico reached nearly $800 billion in 2023.',
         [Fig('$800 billion', 'us_mx_trade', 'level', 'accurate')]),
    Case('tr3-u.s-goods-trade', date(2023, 2, 10),
         'U.S. goods trade with Mexico exceeded $775 billion in 2022.',
         [Fig('$775 billion', 'us_mx_trade', 'level', 'accurate')]),
    Case('tr4-the-u.s-goods', date(2024, 3, 1),
         'The U.S. goods trade deficit with Mexico widened to $152 billion last year.',
         [Fig('$152 billion', 'us_mx_trade_balance', 'level', 'accurate')]),
    Case('tr5-u.s-exports-to', date(2023, 3, 1),
         'U.S. exports to Mexico totaled $324 billion in 2022, while imports from Mexico reached '
         '$452 billion.',
         [Fig('$324 billion', 'us_exports_to_mx', 'level', 'accurate'),
          Fig('$452 billion', 'us_imports_from_mx', 'level', 'accurate')]),
    Case('tr6-mexico-accounted-for', date(2024, 4, 1),
         'Mexico accounted for nearly 16 percent of total U.S. trade in 2023.',
         [Fig('16 percent', 'mx_share_us_goods_trade', 'share', 'accurate')]),
    Case('tr7-u.s-imports-from', date(2024, 3, 1),
         'U.S. imports from China fell to $427 billion in 2023.',
         [Fig('$427 billion', None, 'level', 'unverifiable')]),
    Case('ta1-president-trump-imposed', date(2025, 2, 1),
         'President Trump imposed 25 percent tariffs on all imports from Mexico and Canada.',
         [Fig('25 percent', None, 'share', 'unverifiable')]),
    Case('ta2-trump-threatened-a', date(2019, 6, 1),
         'Trump threatened a 5 percent tariff on all Mexican goods, rising to 25 percent by October.',
         [Fig('a 5 percent', None, 'share', 'unverifiable'),
          Fig('25 percent', None, 'share', 'unverifiable')]),
    Case('ta3-the-united-states', date(2020, 3, 1),
         'The United States collected $3 billion in tariffs on imports from Mexico in 2019.',
         [Fig('$3 billion', None, 'level', 'unverifiable')]),
    Case('ta4-section-232-tariffs', date(2025, 3, 1),
         'Section 232 tariffs on steel remain at 25 percent.',
         [Fig('25 percent', None, 'share', 'unverifiable')]),
    Case('di1-the-merida-initiative', date(2021, 9, 1),
         'The Merida Initiative has provided $3.3 billion in U.S. assistance to Mexico since 2008.',
         [Fig('$3.3 billion', None, 'level', 'unverifiable')]),
    Case('di2-mexico-deployed-6,000', date(2019, 6, 15),
         'Mexico deployed 6,000 National Guard troops to its southern border.',
         [Fig('6,000', None, 'level', 'unverifiable')]),
    Case('di3-mexico-agreed-to', date(2025, 2, 4),
         'Mexico agreed to send 10,000 troops to the border to curb fentanyl trafficking.',
         [Fig('10,000', None, 'level', 'unverifiable')]),
    Case('di4-under-usmca-article', date(2020, 7, 1),
         'Under USMCA Article 32.10, each party must notify the others before starting trade talks '
         'with a non-market economy.',
         NOT_REPORTED),
    Case('di5-tips-can-be', date(2022, 3, 1),
         'Tips can be reported to the DEA at 1-800-882-9539.',
         NOT_REPORTED),
    Case('di6-5-things-to', date(2023, 3, 1),
         '5 things to know about fentanyl at the border',
         NOT_REPORTED),
    Case('di7-claudia-sheinbaum-won', date(2024, 6, 3),
         'Claudia Sheinbaum won the 2024 election with nearly 60 percent of the vote.',
         [Fig('60 percent', None, 'share', 'unverifiable')]),
    Case('di8-a-gallup-poll', date(2023, 8, 1),
         'A Gallup poll found 57 percent of Americans view Mexico favorably.',
         [Fig('57 percent', None, 'share', 'unverifiable')]),
    Case('di9-mexico-is-one', date(2023, 3, 1),
         'Mexico is one of the most dangerous countries in the world for journalists.',
         NOT_REPORTED),
    Case('di10-the-plan-promised', date(2019, 12, 1),
         'The plan promised $30 billion for development in southern Mexico and Central America.',
         [Fig('$30 billion', None, 'level', 'unverifiable')]),
    Case("p1-mexico's-homicide-rate", date(2023, 2, 1),
         "Mexico's homicide rate fell about 5 percent last year.",
         [Fig('5 percent', None, 'change', 'unverifiable')]),
    Case('p2-overdose-deaths-among', date(2022, 3, 1),
         'Overdose deaths among teenagers doubled between 2019 and 2021.',
         [Fig('doubled', None, 'change', 'unverifiable')]),
    Case('p3-overdose-deaths-in', date(2024, 7, 1),
         'Overdose deaths in Ohio topped 5,000 in 2022.',
         [Fig('5,000', None, 'level', 'unverifiable')]),
    Case('p5-u.s-trade-with', date(2024, 3, 1),
         'U.S. trade with China fell to $575 billion in 2023.',
         [Fig('$575 billion', None, 'level', 'unverifiable')]),
    Case('p7-some-40-percent', date(2023, 9, 1),
         'Some 40 percent of fentanyl seizures occur at ports of entry in California.',
         [Fig('40 percent', None, 'share', 'unverifiable')]),
    Case('p8-remittances-averaged-more', date(2024, 2, 10),
         'Remittances averaged more than $170 million a day in 2023.',
         [Fig('$170 million', 'mx_remittances', 'rate', 'accurate')]),
    Case('p9-each-month-roughly', date(2023, 1, 20),
         'Each month, roughly 200,000 migrants were encountered at the southwest border in fiscal '
         '2022.',
         [Fig('200,000', 'sw_border_encounters', 'rate', 'accurate')]),
    Case('p10-the-biden-administration', date(2021, 12, 1),
         'The Biden administration announced $1.5 billion in new security assistance for Mexico.',
         [Fig('$1.5 billion', None, 'level', 'unverifiable')]),
    Case('p11-trump-raised-tariffs', date(2025, 3, 10),
         'Trump raised tariffs on Mexican imports by 25 percent.',
         [Fig('25 percent', None, 'share', 'unverifiable')]),
    Case('p12-u.s.-mexico-trade-grew', date(2022, 1, 15),
         'U.S.-Mexico trade grew by more than 20 percent in 2021.',
         [Fig('20 percent', 'us_mx_trade', 'change', 'accurate')]),
    Case('p13-homicides-fell-4', date(2024, 2, 15),
         'Homicides fell 4 percent in 2023 from the year before.',
         [Fig('4 percent', 'mx_homicides', 'change', 'accurate')]),
    Case('p14-overdose-deaths-involving', date(2022, 5, 1),
         'Overdose deaths involving fentanyl rose from about 36,000 in 2019 to more than 70,000 in '
         '2021.',
         [Fig('36,000', 'us_synthetic_opioid_deaths', 'level', 'accurate'),
          Fig('70,000', 'us_synthetic_opioid_deaths', 'level', 'accurate')]),
    Case('p15-border-patrol-apprehensions', date(2025, 10, 20),
         'Border Patrol apprehensions fell to about 238,000 in fiscal 2025, the lowest level in '
         'decades.',
         [Fig('238,000', 'usbp_sw_apprehensions', 'level', 'accurate')]),
    Case('p17-a-kilogram-of', date(2023, 4, 1),
         'A kilogram of fentanyl can yield 500,000 pills.',
         [Fig('500,000', None, 'level', 'unverifiable')]),
    Case('p18-the-dea-seized', date(2023, 5, 1),
         'The DEA seized more than 50 million fentanyl-laced pills in 2022.',
         [Fig('50 million', None, 'level', 'unverifiable')]),
    Case('p22-why-2023-was', date(2024, 2, 1),
         'Why 2023 was a record year for remittances',
         NOT_REPORTED),
    Case('p23-the-bill-would', date(2023, 3, 1),
         'The bill would add 1,500 Border Patrol agents.',
         [Fig('1,500', None, 'level', 'unverifiable')]),
    Case("p24-mexico's-economy-shrank", date(2020, 9, 1),
         "Mexico's economy shrank 8.5 percent in 2020.",
         [Fig('8.5 percent', None, 'change', 'unverifiable')]),
    Case('p26-mexican-nationals-made', date(2022, 10, 25),
         'Mexican nationals made up 34 percent of encounters in fiscal 2022.',
         [Fig('34 percent', None, 'share', 'unverifiable')]),
    Case('p27-in-2023-107,543', date(2024, 6, 1),
         'In 2023, 107,543 people died of overdoses, according to CDC provisional data.',
         [Fig('107,543', 'us_overdose_deaths', 'level', 'accurate')]),
    Case('p28-biden-will-visit', date(2023, 1, 5),
         'Biden will visit El Paso on Sunday, his first trip to the border.',
         NOT_REPORTED),
    Case('p29-the-3,145-kilometer-border', date(2024, 9, 1),
         'The 3,145-kilometer border stretches from Tijuana to Matamoros.',
         NOT_REPORTED),
    Case('p30-trump-signed-10', date(2025, 1, 25),
         'Trump signed 10 executive orders on immigration on his first day.',
         NOT_REPORTED),
    Case('p32-apprehensions-of-guatemalans', date(2023, 6, 15),
         'Apprehensions of Guatemalans rose 20 percent in fiscal 2022.',
         [Fig('20 percent', None, 'change', 'unverifiable')]),
    Case('p33-tariffs-on-mexican', date(2023, 2, 1),
         'Tariffs on Mexican tomatoes were set at 17.5 percent in 2019.',
         [Fig('17.5 percent', None, 'share', 'unverifiable')]),
    Case('p35-the-cbp-one', date(2023, 11, 1),
         'The CBP One app has scheduled more than 300,000 appointments since January.',
         [Fig('300,000', None, 'level', 'unverifiable')]),
    Case('p36-homicides-in-guanajuato', date(2024, 1, 15),
         'Homicides in Guanajuato exceeded 3,000 in 2023, the most of any state.',
         [Fig('3,000', None, 'level', 'unverifiable')]),
    Case('p37-mexico-is-now', date(2023, 8, 15),
         'Mexico is now the top source of U.S. imports, ahead of China.',
         [Fig('top', None, 'rank', 'unverifiable')]),
    Case('p38-deaths-from-synthetic', date(2023, 6, 1),
         'Deaths from synthetic opioids rose more than 20 percent in 2021.',
         [Fig('20 percent', 'us_synthetic_opioid_deaths', 'change', None)]),
    Case('q2-fentanyl-seizures-at', date(2024, 10, 23),
         'Fentanyl seizures at the border fell 19 percent in fiscal 2024.',
         [Fig('19 percent', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    Case('q3-the-number-of', date(2022, 12, 1),
         'The number of overdose deaths involving synthetic opioids nearly doubled from 2019 to '
         '2021.',
         [Fig('doubled', 'us_synthetic_opioid_deaths', 'change', 'accurate')]),
    Case('q4-remittances-which-topped', date(2023, 2, 15),
         "Remittances, which topped $58 billion last year, now exceed Mexico's oil exports.",
         [Fig('$58 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('q7-in-2022-mexico', date(2023, 3, 1),
         'In 2022, Mexico recorded 30,968 intentional homicide victims, according to SESNSP.',
         [Fig('30,968', 'mx_homicides', 'level', 'accurate')]),
    Case('q8-the-u.s-trade', date(2023, 9, 1),
         'The U.S. trade deficit with Mexico hit a record $130 billion in 2022.',
         [Fig('$130 billion', 'us_mx_trade_balance', 'level', 'accurate')]),
    Case('q10-two-thirds-of-the', date(2024, 5, 1),
         'Two-thirds of the fentanyl seized at the border is found at ports of entry.',
         [Fig('Two-thirds', None, 'share', 'unverifiable')]),
    Case('q11-border-patrol-apprehended', date(2019, 6, 7),
         'Border Patrol apprehended more than 132,000 people in May, the highest monthly total in 13 '
         'years.',
         [Fig('132,000', 'usbp_sw_apprehensions', 'level', None)]),
    Case('q13-overdose-deaths-have', date(2024, 12, 15),
         'Overdose deaths have fallen for 12 consecutive months.',
         NOT_REPORTED),
    Case('q16-about-2.2-million', date(2023, 6, 1),
         'About 2.2 million Border Patrol apprehensions were recorded in fiscal 2022.',
         [Fig('2.2 million', 'usbp_sw_apprehensions', 'level', 'accurate')]),
    Case("q18-mexico's-2021-homicide", date(2022, 12, 1),
         "Mexico's 2021 homicide total of 33,308 was slightly lower than in 2020.",
         [Fig('33,308', 'mx_homicides', 'level', 'accurate')]),
    Case('q19-under-amlo-mexico', date(2024, 9, 1),
         'Under AMLO, Mexico recorded nearly 200,000 homicides, the most of any administration.',
         [Fig('200,000', 'mx_homicides', 'level', 'unverifiable')]),
    Case('q20-at-least-1.8', date(2023, 9, 20),
         'At least 1.8 million migrants crossed the border undetected during the Biden years.',
         [Fig('1.8 million', ANY, 'level', 'unverifiable')]),
    Case('q26-the-average-mexican', date(2022, 8, 1),
         'The average Mexican worker in the U.S. sends home about $400 a month.',
         [Fig('$400', None, 'rate', 'unverifiable')]),
    Case('q34-border-patrol-expects', date(2019, 4, 1),
         'Border Patrol expects to apprehend more than 100,000 migrants in March.',
         [Fig('100,000', ANY, 'level', 'unverifiable')]),
    Case('q35-fentanyl-is-now', date(2024, 4, 1),
         'Fentanyl is now the leading cause of death for Americans ages 18 to 45.',
         NOT_REPORTED),
    Case('q36-a-2023-poll', date(2023, 3, 1),
         'A 2023 poll found that 62 percent of Republicans support sending troops into Mexico.',
         [Fig('62 percent', None, 'share', 'unverifiable')]),
    Case('q37-the-peso-fell', date(2025, 4, 1),
         'The peso fell 3 percent against the dollar after the tariff announcement.',
         [Fig('3 percent', None, 'change', 'unverifiable')]),
    Case('q40-roughly-1-in', date(2023, 5, 1),
         'Roughly 1 in 4 migrants encountered at the border in fiscal 2022 was Mexican.',
         [Fig('1 in 4', None, 'share', 'unverifiable')]),
    Case('q41-every-day-more', date(2022, 9, 1),
         'Every day, more than 200 Americans die from fentanyl.',
         [Fig('200', 'us_synthetic_opioid_deaths', 'rate', 'overstated')]),
    Case('q42-almost-110,000-americans', date(2024, 2, 1),
         'Almost 110,000 Americans died of overdoses in 2022.',
         [Fig('110,000', 'us_overdose_deaths', 'level', 'accurate')]),
    Case("q43-mexico's-remittance-inflows", date(2025, 1, 15),
         "Mexico's remittance inflows have more than doubled since 2015.",
         [Fig('doubled', 'mx_remittances', 'change', 'accurate')]),
    Case('q44-u.s-exports-to', date(2023, 6, 1),
         'U.S. exports to Mexico support about 1 million American jobs.',
         [Fig('1 million', None, 'level', 'unverifiable')]),
    Case('q45-in-fiscal-2023', date(2023, 11, 1),
         'In fiscal 2023, agents encountered about 6,800 migrants per day at the southwest border.',
         [Fig('6,800', 'sw_border_encounters', 'rate', 'accurate')]),
    Case('q46-remittances-to-guatemala', date(2024, 6, 1),
         'Remittances to Guatemala topped $19 billion in 2023.',
         [Fig('$19 billion', None, 'level', 'unverifiable')]),
    Case("q47-canada's-exports-to", date(2023, 7, 1),
         "Canada's exports to the United States totaled $437 billion in 2022.",
         [Fig('$437 billion', None, 'level', 'unverifiable')]),
    Case('q48-chinese-imports-fell', date(2024, 3, 1),
         'Chinese imports fell 20 percent in 2023 as Mexico gained ground.',
         [Fig('20 percent', None, 'change', 'unverifiable')]),
    Case('q49-mexico-imposed-a', date(2023, 9, 1),
         'Mexico imposed a 25 percent tariff on $2 billion of U.S. pork exports.',
         [Fig('25 percent', None, 'share', 'unverifiable'),
          Fig('$2 billion', None, 'level', 'unverifiable')]),
    Case('q50-the-overdose-death', date(2022, 6, 1),
         'The overdose death rate rose 15 percent in 2021.',
         [Fig('15 percent', None, 'change', 'unverifiable')]),
    Case('q51-the-average-migrant', date(2023, 2, 1),
         'The average migrant sent home about $390 in each transfer last year.',
         [Fig('$390', None, 'rate', 'unverifiable')]),
    Case('q52-under-the-biden', date(2024, 3, 1),
         'Under the Biden administration, encounters reached a record 2.5 million in fiscal 2023.',
         [Fig('2.5 million', 'sw_border_encounters', 'level', 'accurate')]),
    Case('q53-more-than-1', date(2022, 10, 15),
         'More than 1 million people were expelled under Title 42 in fiscal 2022.',
         [Fig('1 million', None, 'level', 'unverifiable')]),
    Case('r1-remittances-to-mexico', date(2024, 2, 2),
         'Remittances to Mexico set another record last year. They totaled $63.3 billion, Banxico '
         'said.',
         [Fig('$63.3 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('r3-fentanyl-seizures-have', date(2023, 6, 12),
         'Fentanyl seizures have soared. CBP seized nearly 15,000 pounds in fiscal 2022, up from '
         'about 11,200 pounds the previous year.',
         [Fig('15,000', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('11,200', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    Case('r4-mexico-is-the', date(2022, 3, 1),
         'Mexico is the top destination for U.S. exports of corn.',
         [Fig('top', None, 'rank', 'unverifiable')]),
    Case('r7-roughly-half-of', date(2023, 7, 20),
         'Roughly half of all fentanyl seized by CBP is caught at the San Ysidro port.',
         [Fig('half', None, 'share', 'unverifiable')]),
    Case('r8-opioid-deaths-climbed', date(2023, 5, 10),
         'Opioid deaths climbed to about 80,000 in 2022, while deaths involving synthetic opioids '
         'surpassed 70,000.',
         [Fig('80,000', 'us_opioid_overdose_deaths', 'level', 'accurate'),
          Fig('70,000', 'us_synthetic_opioid_deaths', 'level', 'accurate')]),
    Case('r9-overdose-deaths-declined', date(2024, 5, 20),
         'Overdose deaths declined to roughly 107,500 last year from 111,000 the year before, '
         'according to provisional CDC data.',
         [Fig('107,500', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('111,000', 'us_overdose_deaths', 'level', 'accurate')]),
    Case("r11-mexico's-homicide-rate", date(2023, 10, 1),
         "Mexico's homicide rate, at about 25 per 100,000, is four times that of the United States.",
         [Fig('25', None, 'rate', 'unverifiable')]),
    Case('r13-more-than-2.4', date(2024, 1, 5),
         'More than 2.4 million migrants crossed into the U.S. from Mexico in fiscal year 2023.',
         [Fig('2.4 million', 'sw_border_encounters', 'level', 'accurate')]),
    Case('r14-remittances-sent-from', date(2023, 4, 1),
         'Remittances sent from the U.S. to Mexico reached $58.5 billion in 2022.',
         [Fig('$58.5 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('r17-the-2,000-mile-border', date(2024, 12, 1),
         'The 2,000-mile border has 48 ports of entry.',
         NOT_REPORTED),
    Case('r18-in-the-first', date(2022, 1, 5),
         'In the first 11 months of 2021, remittances totaled about $47 billion.',
         [Fig('$47 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('r19-remittances-rose-about', date(2023, 8, 1),
         'Remittances rose about 9 percent in the first half of 2023.',
         [Fig('9 percent', 'mx_remittances', 'change', 'accurate')]),
    Case('r20-between-january-and', date(2024, 7, 1),
         'Between January and May, remittances totaled about $25 billion.',
         [Fig('$25 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('r21-fentanyl-overdoses-are', date(2023, 3, 1),
         'Fentanyl overdoses are now the leading killer of Americans aged 18 to 45, claiming more '
         'than 70,000 lives in 2021.',
         [Fig('70,000', 'us_synthetic_opioid_deaths', 'level', 'accurate')]),
    Case('s1-trump-has-promised', date(2024, 11, 20),
         'Trump has promised to impose a 25 percent tariff on every product coming from Mexico on '
         'his first day in office. Mexico sent the United States about $475 billion in goods last '
         'year, and roughly 80 percent of its exports go north. Economists at the Peterson Institute '
         "estimate the tariff could shave 2 percentage points off Mexico's growth.",
         [Fig('25 percent', None, 'share', 'unverifiable'),
          Fig('$475 billion', ANY, 'level', None),
          Fig('80 percent', None, 'share', 'unverifiable'),
          Fig('2 percentage points', None, 'level', 'unverifiable')]),
    Case('s2-the-fentanyl-crisis', date(2023, 4, 10),
         'The fentanyl crisis is a national emergency. In 2021, 70,601 Americans died from synthetic '
         'opioids, according to the CDC. That is more than the number of U.S. soldiers killed in the '
         'Vietnam War, and about 193 deaths per day.',
         [Fig('70,601', 'us_synthetic_opioid_deaths', 'level', 'accurate'),
          Fig('193', 'us_synthetic_opioid_deaths', 'rate', 'accurate')]),
    Case("s3-sheinbaum's-security-strategy", date(2022, 11, 1),
         "Sheinbaum's security strategy, announced in 2019, deployed 100,000 National Guard members "
         'across 266 regions. Yet homicides remain stubbornly high: the country has logged more than '
         '30,000 murders in each of the last four years.',
         [Fig('100,000', None, 'level', 'unverifiable'),
          Fig('30,000', 'mx_homicides', 'level', 'accurate')]),
    Case("s4-remittances-are-mexico's", date(2024, 8, 5),
         "Remittances are Mexico's second-largest source of foreign currency after auto exports. "
         'Banxico data show inflows of $31.3 billion in the first half of 2024, slightly more than a '
         'year earlier. About 98 percent of those transfers originate in the United States.',
         [Fig('$31.3 billion', 'mx_remittances', 'level', 'accurate'),
          Fig('98 percent', None, 'share', 'unverifiable')]),
    Case('s5-fiscal-year-2023', date(2023, 11, 2),
         'Fiscal year 2023 closed with roughly 2.48 million encounters at the southwest border, the '
         'highest on record. Of those, about 1.1 million were processed under Title 8 after the end '
         'of Title 42 on May 11. Border Patrol apprehensions between ports of entry numbered about '
         '2.05 million.',
         [Fig('2.48 million', 'sw_border_encounters', 'level', 'accurate'),
          Fig('1.1 million', None, 'level', 'unverifiable'),
          Fig('2.05 million', 'usbp_sw_apprehensions', 'level', 'accurate')]),
    Case('s6-call-1-888-628-9454-for', date(2021, 6, 1),
         'Call 1-888-628-9454 for help. The hotline received 12,000 calls in its first week, a '
         'spokesperson said on June 3, 2021.',
         [Fig('12,000', None, 'level', 'unverifiable')]),
    Case('s7-since-2006-when', date(2023, 9, 15),
         'Since 2006, when Felipe Calderón launched the war on cartels, more than 450,000 people '
         'have been murdered in Mexico, and over 100,000 remain missing.',
         [Fig('450,000', 'mx_homicides', 'level', None),
          Fig('100,000', None, 'level', 'unverifiable')]),
    Case('t1-encounters-of-mexican', date(2023, 10, 25),
         'Encounters of Mexican nationals fell to about 700,000 in fiscal 2023.',
         [Fig('700,000', 'sw_border_encounters_mexican', 'level', None)]),
    Case('t2-remittances-from-the', date(2024, 2, 10),
         'Remittances from the United States to Mexico reached $63.3 billion in 2023.',
         [Fig('$63.3 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('t3-u.s-imports-from', date(2024, 2, 10),
         'U.S. imports from Mexico rose to $475 billion in 2023, overtaking imports from China.',
         [Fig('$475 billion', 'us_imports_from_mx', 'level', 'accurate')]),
    Case('t5-overdose-deaths-in', date(2023, 3, 1),
         'Overdose deaths in the United States exceeded 107,000 in 2022.',
         [Fig('107,000', 'us_overdose_deaths', 'level', 'accurate')]),
    Case('t6-apprehensions-in-the', date(2022, 12, 1),
         'Apprehensions in the Rio Grande Valley sector topped 500,000 in fiscal 2022.',
         [Fig('500,000', None, 'level', 'unverifiable')]),
    Case('t7-in-texas-alone', date(2023, 6, 1),
         'In Texas alone, overdose deaths reached 5,000 in 2022.',
         [Fig('5,000', None, 'level', 'unverifiable')]),
    Case('t8-overdose-deaths-among', date(2024, 1, 10),
         'Overdose deaths among Americans reached about 108,000 in 2022.',
         [Fig('108,000', 'us_overdose_deaths', 'level', 'accurate')]),
    Case('t8b-overdose-deaths-among', date(2024, 1, 10),
         'Overdose deaths among Americans under 45 surged 20 percent in 2021.',
         [Fig('20 percent', None, 'change', 'unverifiable')]),
    Case('t10-more-than-2.3', date(2023, 2, 1),
         'More than 2.3 million migrants were stopped at the southern border in fiscal year 2022.',
         [Fig('2.3 million', 'sw_border_encounters', 'level', 'accurate')]),
    Case('t11-cbp-recorded-1.7', date(2021, 10, 25),
         'CBP recorded 1.7 million encounters in fiscal 2021, the most since at least 1960.',
         [Fig('1.7 million', 'sw_border_encounters', 'level', 'accurate')]),
    Case('t12-mexico-spent-$1.6', date(2024, 6, 1),
         'Mexico spent $1.6 billion on the National Guard in 2023.',
         [Fig('$1.6 billion', None, 'level', 'unverifiable')]),
    Case('t13-remittances-of-$63', date(2024, 3, 1),
         'Remittances of $63 billion dwarf the $36 billion in foreign direct investment Mexico '
         'received in 2023.',
         [Fig('$63 billion', 'mx_remittances', 'level', 'accurate'),
          Fig('$36 billion', 'mx_fdi', 'level', 'overstated')]),
    Case('t16-overdoses-killed-107,622', date(2023, 1, 1),
         'Overdoses killed 107,622 Americans in 2021, a 15 percent increase over 2020.',
         [Fig('107,622', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('15 percent', 'us_overdose_deaths', 'change', 'accurate')]),
    Case('t17-about-40-percent', date(2024, 3, 10),
         'About 40 percent of the migrants encountered in December were from Venezuela, Guatemala '
         'and Honduras.',
         [Fig('40 percent', None, 'share', 'unverifiable')]),
    Case('t18-the-sinaloa-cartel', date(2022, 9, 1),
         'The Sinaloa cartel controls about 40 percent of the territory in Sinaloa state.',
         [Fig('40 percent', None, 'share', 'unverifiable')]),
    Case('t20-in-washington-officials', date(2023, 6, 1),
         'In Washington, officials noted that overdoses killed nearly 108,000 Americans in 2022.',
         [Fig('108,000', 'us_overdose_deaths', 'level', 'accurate')]),
    Case('u1-encounters-rose-from', date(2022, 11, 1),
         'Encounters rose from 1.7 million in fiscal 2021 to 2.4 million in fiscal 2022.',
         [Fig('1.7 million', 'sw_border_encounters', 'level', 'accurate'),
          Fig('2.4 million', 'sw_border_encounters', 'level', 'accurate')]),
    Case('u2-encounters-rose-from', date(2022, 11, 1),
         'Encounters rose from about 1.7 million to nearly 2.4 million between fiscal 2021 and '
         'fiscal 2022.',
         [Fig('1.7 million', 'sw_border_encounters', 'level', 'accurate'),
          Fig('2.4 million', 'sw_border_encounters', 'level', 'accurate')]),
    Case('u3-fentanyl-kills-about', date(2024, 6, 10),
         'Fentanyl kills about 200 Americans a day.',
         [Fig('200', 'us_synthetic_opioid_deaths', 'rate', 'accurate')]),
    Case("u4-mexico's-trade-with", date(2023, 1, 15),
         "Mexico's trade with the U.S. averaged more than $2 billion a day in 2022.",
         [Fig('$2 billion', 'us_mx_trade', 'rate', 'accurate')]),
    Case('v1-according-to-banxico', date(2023, 2, 10),
         'According to Banxico, Mexico received $58.5 billion in remittances in 2022, up 13 percent '
         'from the previous year.',
         [Fig('$58.5 billion', 'mx_remittances', 'level', 'accurate'),
          Fig('13 percent', 'mx_remittances', 'change', 'accurate')]),
    Case('v2-cbp-reported-2.1', date(2024, 10, 22),
         'CBP reported 2.1 million encounters along the southwest border in fiscal year 2024, down '
         'from 2.5 million in fiscal 2023.',
         [Fig('2.1 million', 'sw_border_encounters', 'level', 'accurate'),
          Fig('2.5 million', 'sw_border_encounters', 'level', 'accurate')]),
    Case('v3-synthetic-opioids-such', date(2023, 5, 20),
         'Synthetic opioids such as fentanyl were involved in roughly two-thirds of the nearly '
         '110,000 overdose deaths recorded last year.',
         [Fig('two-thirds', None, 'share', 'unverifiable'),
          Fig('110,000', 'us_overdose_deaths', 'level', 'accurate')]),
    Case('v4-trade-between-mexico', date(2024, 1, 30),
         'Trade between Mexico and the United States reached a record of nearly $800 billion in '
         '2023, Census Bureau data show.',
         [Fig('$800 billion', 'us_mx_trade', 'level', 'accurate')]),
    Case('v5-more-than-100,000', date(2022, 3, 15),
         'More than 100,000 Americans died of overdoses in 2021, and fentanyl was involved in about '
         'two-thirds of those deaths.',
         [Fig('100,000', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('two-thirds', None, 'share', 'unverifiable')]),
    Case('v7-gen-glen-vanherck', date(2021, 3, 16),
         'Gen. Glen VanHerck said transnational criminal organizations operate in roughly 30 to 35 '
         "percent of Mexico's territory.",
         [Fig('30 to 35 percent', 'cartel_territory_share', 'share', 'accurate')]),
    Case('v9-foreign-direct-investment', date(2020, 2, 15),
         'Foreign direct investment fell to about $30 billion in 2019 amid uncertainty over the '
         'USMCA.',
         [Fig('$30 billion', 'mx_fdi', 'level', 'accurate')]),
    Case('v10-mexico-is-the', date(2025, 2, 10),
         'Mexico is the largest buyer of U.S. corn, purchasing about $5 billion worth in 2024.',
         [Fig('$5 billion', None, 'level', 'unverifiable'),
          Fig('largest', None, 'rank', 'unverifiable')]),
    Case('v11-the-administration-requested', date(2023, 10, 30),
         'The administration requested $1.2 billion to fight fentanyl trafficking, including 125 new '
         'scanners at ports of entry.',
         [Fig('$1.2 billion', None, 'level', 'unverifiable')]),
    Case('v12-roughly-2-out', date(2022, 7, 1),
         'Roughly 2 out of 3 migrants encountered in May were single adults.',
         [Fig('2 out of 3', None, 'share', 'unverifiable')]),
    Case('v13-remittances-to-mexico', date(2024, 2, 20),
         'Remittances to Mexico have tripled over the past decade.',
         [Fig('tripled', 'mx_remittances', 'change', 'overstated')]),
    Case('v14-at-least-107,000', date(2023, 4, 5),
         'At least 107,000 Americans lost their lives to drug overdoses in 2021 and again in 2022.',
         [Fig('107,000', 'us_overdose_deaths', 'level', 'overstated')]),
    Case('phrase-split-verb', date(2021, 2, 1),
         'Last year, Mexicans living abroad sent a record $40.6 billion back home, despite the pandemic.',
         [Fig('$40.6 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('phrase-apprehensions-by-border-patrol', date(2024, 6, 1),
         'Apprehensions by Border Patrol between ports of entry dropped to about 1.5 million in fiscal 2024.',
         [Fig('1.5 million', 'usbp_sw_apprehensions', 'level', 'accurate')]),
    Case('phrase-agents-made-arrests', date(2024, 1, 26),
         'Border Patrol agents made about 250,000 arrests in December, a monthly record.',
         [Fig('250,000', 'usbp_sw_apprehensions', 'level', None)]),

    # a flow named by its verb: who ships, and to whom, say which way it goes
    Case('tr-mexico-exported', date(2024, 2, 8),
         'Mexico exported $475 billion worth of goods to the United States in 2023.',
         [Fig('$475 billion', 'us_imports_from_mx', 'level', 'accurate')]),
    Case('tr-mexico-sent-goods', date(2024, 11, 20),
         'Mexico sent the United States about $475 billion in goods last year.',
         [Fig('$475 billion', 'us_imports_from_mx', 'level', 'accurate')]),
    Case('tr-us-imported-from', date(2024, 2, 8),
         'The U.S. imported $475 billion from Mexico in 2023.',
         [Fig('$475 billion', 'us_imports_from_mx', 'level', 'accurate')]),
    Case('tr-mexico-bought', date(2024, 2, 8),
         'Mexico bought $323 billion of goods from the United States in 2023.',
         [Fig('$323 billion', 'us_exports_to_mx', 'level', 'accurate')]),
    Case('tr-companies-shipped', date(2024, 2, 8),
         'U.S. companies shipped nearly $323 billion in goods to Mexico last year.',
         [Fig('$323 billion', 'us_exports_to_mx', 'level', 'accurate')]),
    Case('tr-pronoun-partner', date(2024, 2, 8),
         'The United States sold $323 billion worth of goods to Mexico in 2023, while it bought $475 billion '
         'from its neighbor.',
         [Fig('$323 billion', 'us_exports_to_mx', 'level', 'accurate'),
          Fig('$475 billion', None, 'level', 'unverifiable')]),
    Case('tr-one-product', date(2024, 2, 8),
         'American farmers sold $28 billion of farm goods to Mexico in 2023.',
         [Fig('$28 billion', None, 'level', 'unverifiable')]),
    Case('tr-no-partner', date(2024, 2, 8),
         'Mexico exported $593 billion in 2023.',
         [Fig('$593 billion', None, 'level', 'unverifiable')]),
    Case('tr-migrants-send-money', date(2024, 2, 1),
         'Mexican migrants sent $63 billion to Mexico last year.',
         [Fig('$63 billion', None, 'level', 'unverifiable')]),
]

KNOWN_GAPS: list[Case] = []


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return open_store(tmp_path_factory.mktemp("store") / "usmx.duckdb")


def _describe(found: list[CheckedClaim]) -> list[tuple[str, str | None, str, str]]:
    return [(c.claim.quote, c.claim.indicator, c.claim.kind, c.verdict.label) for c in found]


def _check(case: Case, store: Store) -> None:
    found = check_text(case.text, published=case.published, store=store, doc=case.id)
    for c in found:
        assert c.claim.quote == case.text[c.claim.start:c.claim.end]
    matched: set[int] = set()
    for fig in case.figures:
        assert case.text.count(fig.anchor) == 1, f"anchor {fig.anchor!r} must occur once"
        i = case.text.index(fig.anchor)
        j = i + len(fig.anchor)
        hits = [k for k, c in enumerate(found) if c.claim.number_start < j and i < c.claim.number_end]
        assert len(hits) == 1, f"{fig.anchor!r}: expected one claim, found {_describe(found)}"
        c = found[hits[0]]
        matched.add(hits[0])
        got = (c.claim.indicator if fig.indicator != ANY else ANY, c.claim.kind,
               c.verdict.label if fig.verdict is not None else None)
        assert got == (fig.indicator, fig.kind, fig.verdict), f"{fig.anchor!r}: {c.verdict.explanation}"
    extra = [c for k, c in enumerate(found) if k not in matched]
    assert not extra, f"reported but not expected: {_describe(extra)}"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case, store: Store) -> None:
    _check(case, store)


@pytest.mark.parametrize("case", KNOWN_GAPS, ids=[c.id for c in KNOWN_GAPS])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_known_gap(case: Case, store: Store) -> None:
    _check(case, store)


def test_the_corpus_is_varied() -> None:
    """At least 40 cases, unique ids, and every kind of outcome represented."""
    assert len(CASES) >= 40
    assert len({c.id for c in CASES}) == len(CASES)
    figs = [f for c in CASES for f in c.figures]
    verdicts = {f.verdict for f in figs}
    assert {"accurate", "overstated", "wrong_measure", "unverifiable"} <= verdicts
    assert {None} < {f.indicator for f in figs}
    assert sum(1 for c in CASES if not c.figures) >= 10
    assert {"level", "change", "share", "rate", "rank"} <= {f.kind for f in figs}
