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

from datetime import date

from prose_spec import ANY, NOT_REPORTED, Case, Fig, specification_tests

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
         # a share of a count: synthetic-opioid deaths over all overdose deaths in 2022
         [Fig('70 percent', 'us_synthetic_opioid_deaths', 'share', 'accurate')]),
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
         [Fig('74,000', 'us_synthetic_opioid_deaths', 'level', 'understated')]),
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
         # CBP's Southwest Border region: 2,922 lb in calendar 2019, 9,926 lb in 2021 (x3.4)
         [Fig('quadrupled', 'cbp_fentanyl_seizures_sw', 'change', 'overstated')]),
    Case('fs4-that-works-out', date(2023, 10, 25),
         'That works out to about 74 pounds of fentanyl seized every day in fiscal 2023.',
         [Fig('74', 'cbp_fentanyl_seizures', 'rate', 'accurate')]),
    Case('fs5-cbp-seized-27,000', date(2024, 1, 10),
         'CBP seized 27,000 pounds of fentanyl last year.',
         # "last year" is calendar 2023 (25,041 lb from CBP's months); the 27,023 lb is fiscal 2023's
         [Fig('27,000', 'cbp_fentanyl_seizures', 'level', 'overstated')]),
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
         [Fig('a third', 'sw_border_encounters_mexican', 'share', 'accurate')]),  # 808,339 of 2,378,944
    Case('en11-title-42-ended', date(2023, 5, 11),
         'Title 42 ended on May 11, 2023, after more than three years.',
         NOT_REPORTED),
    Case('en12-venezuelans-accounted-for', date(2023, 10, 25),
         'Venezuelans accounted for about 190,000 encounters at the southwest border in fiscal 2023.',
         [Fig('190,000', 'sw_border_encounters_cit_venezuela', 'level', 'understated')]),  # FY2023: 266,071
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
         'In 2022 Mexico captured about 17 percent of all foreign direct investment flowing into Latin America.',
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
         # a record claimed without a figure: 2023's $63.3 billion was the highest since 1995
         [Fig('record', 'mx_remittances', 'record', 'accurate')]),
    Case('p23-the-bill-would', date(2023, 3, 1),
         'The bill would add 1,500 Border Patrol agents.',
         [Fig('1,500', None, 'level', 'unverifiable')]),
    Case("p24-mexico's-economy-shrank", date(2020, 9, 1),
         "Mexico's economy shrank 8.5 percent in 2020.",
         [Fig('8.5 percent', None, 'change', 'unverifiable')]),
    Case('p26-mexican-nationals-made', date(2022, 10, 25),
         'Mexican nationals made up 34 percent of encounters in fiscal 2022.',
         [Fig('34 percent', 'sw_border_encounters_mexican', 'share', 'accurate')]),
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
         # CBP counts Guatemalans' southwest encounters: 283,035 in FY2021, 231,565 in FY2022 (down 18%)
         [Fig('20 percent', 'sw_border_encounters_cit_guatemala', 'change', 'overstated')]),
    Case('p33-tariffs-on-mexican', date(2023, 2, 1),
         'Tariffs on Mexican tomatoes were set at 17.5 percent in 2019.',
         [Fig('17.5 percent', None, 'share', 'unverifiable')]),
    Case('p35-the-cbp-one', date(2023, 11, 1),
         'The CBP One app has scheduled more than 300,000 appointments since January.',
         [Fig('300,000', None, 'level', 'unverifiable')]),
    # the state's own count (SESNSP by state); its verdict depends on whether the store holds that series
    Case('p36-homicides-in-guanajuato', date(2024, 1, 15),
         'Homicides in Guanajuato exceeded 3,000 in 2023, the most of any state.',
         [Fig('3,000', 'mx_homicides_guanajuato', 'level', None)]),
    # "now", in mid-August 2023: January-June 2023, out by then, in which Mexico was the first source of
    # U.S. imports (in all of 2022 it was second, to China)
    Case('p37-mexico-is-now', date(2023, 8, 15),
         'Mexico is now the top source of U.S. imports, ahead of China.',
         [Fig('top', 'mx_rank_us_import_source', 'rank', 'accurate')]),
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
         [Fig('12 consecutive months', 'us_overdose_deaths', 'streak', 'accurate')]),
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
         [Fig('1 million', 'sw_border_encounters_title42', 'level', 'accurate')]),
    Case('r1-remittances-to-mexico', date(2024, 2, 2),
         'Remittances to Mexico set another record last year. They totaled $63.3 billion, Banxico '
         'said.',
         [Fig('record', 'mx_remittances', 'record', 'accurate'),
          Fig('$63.3 billion', 'mx_remittances', 'level', 'accurate')]),
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
         'highest on record. Border Patrol apprehensions between ports of entry numbered about '
         '2.05 million.',
         [Fig('2.48 million', 'sw_border_encounters', 'level', 'accurate'),
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
         # a share with no period of its own is of the latest full year: 2022, 75,845 of 110,942 (68.4%)
         [Fig('two-thirds', 'us_synthetic_opioid_deaths', 'share', 'accurate'),
          Fig('110,000', 'us_overdose_deaths', 'level', 'accurate')]),
    Case('v4-trade-between-mexico', date(2024, 1, 30),
         'Trade between Mexico and the United States reached a record of nearly $800 billion in '
         '2023, Census Bureau data show.',
         [Fig('$800 billion', 'us_mx_trade', 'level', 'accurate')]),
    # "of those deaths": a share of the figure before it, whose part the clause names (fentanyl: synthetic
    # opioids, 70,601 of 106,699 in 2021, 66.2%)
    Case('v5-more-than-100,000', date(2022, 3, 15),
         'More than 100,000 Americans died of overdoses in 2021, and fentanyl was involved in about '
         'two-thirds of those deaths.',
         [Fig('100,000', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('two-thirds', 'us_synthetic_opioid_deaths', 'share', 'accurate')]),
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
    # May 2022: single adults 166,670 of 241,136 southwest encounters, 69.1% ("roughly 2 out of 3"): the whole
    # follows the count, the part is the predicate's
    Case('v12-roughly-2-out', date(2022, 7, 1),
         'Roughly 2 out of 3 migrants encountered in May were single adults.',
         [Fig('2 out of 3', 'sw_border_encounters_single_adults', 'share', 'accurate')]),
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
    # migrants sending money home is no goods flow: it is remittances
    Case('tr-migrants-send-money', date(2024, 2, 1),
         'Mexican migrants sent $63 billion to Mexico last year.',
         [Fig('$63 billion', 'mx_remittances', 'level', 'accurate')]),
    # two levels and the change between them; a year after "in" is a time, not the low end of a range
    Case('ch-from-to-doubled', date(2022, 7, 1),
         'Deaths from synthetic opioids almost doubled over two years, climbing from 36,359 in 2019 to 70,601 '
         'in 2021.',
         [Fig('doubled', 'us_synthetic_opioid_deaths', 'change', 'accurate'),
          Fig('36,359', 'us_synthetic_opioid_deaths', 'level', 'accurate'),
          Fig('70,601', 'us_synthetic_opioid_deaths', 'level', 'accurate')]),
    Case('ch-increase-of-per-cent', date(2024, 4, 2),
         'Money sent home by Mexicans abroad went from $37.3bn in 2019 to $63.3bn in 2023, an increase of 70 '
         'per cent, according to Banxico.',
         [Fig('$37.3bn', 'mx_remittances', 'level', 'accurate'),
          Fig('$63.3bn', 'mx_remittances', 'level', 'accurate'),
          Fig('70 per cent', 'mx_remittances', 'change', 'accurate')]),
    Case('ch-fiscal-pair-tenfold', date(2024, 12, 1),
         'Officers seized 2,804 pounds of fentanyl in fiscal 2019 and 27,023 pounds in fiscal 2023, nearly a '
         'tenfold increase.',
         [Fig('2,804', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('27,023', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('tenfold', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    Case('ch-verb-keeps-last-year', date(2024, 4, 2),
         'Remittances were $37.3bn in 2019 and $63.3bn in 2023, when they rose 7.6%.',
         [Fig('$37.3bn', 'mx_remittances', 'level', 'accurate'),
          Fig('$63.3bn', 'mx_remittances', 'level', 'accurate'),
          Fig('7.6%', 'mx_remittances', 'change', 'accurate')]),
    Case('ch-slipped', date(2026, 3, 1),
         'Remittances to Mexico slipped 4.6% in 2025.',
         [Fig('4.6%', 'mx_remittances', 'change', 'accurate')]),
    Case('ch-deficit-widened', date(2024, 3, 1),
         'The U.S. trade deficit with Mexico widened 19 percent in 2023.',
         [Fig('19 percent', 'us_mx_trade_balance', 'change', 'accurate')]),
    Case('ch-gained-share-not-change', date(2024, 3, 1),
         'Chinese brands gained 5 percent of the Mexican car market in 2023.',
         [Fig('5 percent', None, 'share', 'unverifiable')]),
    Case('rec-belongs-to-later-figure', date(2024, 12, 1),
         'Agents seized 21,900 pounds of fentanyl last fiscal year, down from a record 27,000 pounds in fiscal '
         '2023.',
         [Fig('21,900', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('27,000', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    Case('cmp-down-from-bare', date(2025, 2, 1),
         'Authorities counted 847 femicides in 2024, down from 853 in 2023.',
         [Fig('847', 'mx_feminicides', 'level', 'accurate'),
          Fig('853', 'mx_feminicides', 'level', 'accurate')]),
    # ranks in more words; claiming first place when Mexico was second overstates
    Case('rk-making-mexico-top', date(2024, 2, 20),
         'Goods trade reached $798 billion in 2023, making Mexico the top U.S. trading partner.',
         [Fig('$798 billion', 'us_mx_trade', 'level', 'accurate'),
          Fig('top', 'mx_rank_us_trading_partner', 'rank', 'accurate')]),
    Case('rk-largest-when-second', date(2022, 4, 1),
         'In 2021 Mexico was the largest U.S. trading partner.',
         [Fig('largest', 'mx_rank_us_trading_partner', 'rank', 'overstated')]),
    Case('rk-our-number-one', date(2024, 10, 1),
         'Mexico is now our number one trading partner.',
         [Fig('number one', 'mx_rank_us_trading_partner', 'rank', 'accurate')]),
    # fractions without "of", and between two fractions
    Case('fr-hyphenated-alone', date(2021, 10, 1),
         "Mexico's share of FDI in Latin America rose to about one-fifth in 2020.",
         [Fig('one-fifth', 'mx_share_latam_fdi', 'share', 'accurate')]),
    Case('fr-between-two', date(2024, 10, 1),
         "Criminal groups hold sway over between a third and a half of Mexico's territory, some analysts say.",
         [Fig('a third', 'cartel_territory_share', 'share', 'accurate')]),
    Case('nf-two-thirds-majority', date(2024, 10, 1),
         'The reform passed with a two-thirds majority in the Senate.',
         NOT_REPORTED),
    Case('nf-second-half', date(2024, 10, 1),
         'Clashes between the factions intensified in the second half of the year.',
         NOT_REPORTED),
    Case('nf-address-and-hours', date(2025, 1, 21),
         'Protesters gathered outside 1600 Pennsylvania Avenue as officials promised 24/7 inspections.',
         NOT_REPORTED),
    Case('nf-monthly-data', date(2024, 6, 20),
         'CBP logged about 7.8 million encounters at the southwest border from February 2021 through April 2024, '
         'its monthly data show.',
         [Fig('7.8 million', 'sw_border_encounters', 'level', 'accurate')]),
    Case('nf-average-ends-at-clause', date(2025, 2, 10),
         'The average transfer was $390 in 2024, while the number of transfers dipped 2.6% to 166 million.',
         [Fig('$390', None, 'rate', 'unverifiable'),
          Fig('2.6%', None, 'change', 'unverifiable'),
          Fig('166 million', None, 'level', 'unverifiable')]),
    Case('q-than-the-is-no-bound', date(2024, 1, 25),
         'Mexico ended 2023 with 29,675 homicide victims, 4.2% fewer than the 30,968 of 2022.',
         [Fig('29,675', 'mx_homicides', 'level', 'accurate'),
          Fig('4.2%', 'mx_homicides', 'change', 'accurate'),
          Fig('30,968', ANY, 'level', None)]),
    Case('ch-nouns-with-bounds', date(2022, 2, 10),
         'Remittances grew 27% in 2021, after annual increases above 10% in 2020.',
         [Fig('27%', 'mx_remittances', 'change', 'accurate'),
          Fig('10%', 'mx_remittances', 'change', 'accurate')]),
    Case('sup-since-is-not-the-period', date(2024, 11, 1),
         'Border Patrol apprehensions at the southwest border in fiscal 2024 numbered 1,530,523, the lowest total '
         'since fiscal 2020.',
         [Fig('1,530,523', 'usbp_sw_apprehensions', 'level', 'accurate')]),
    Case('tm-month-as-adjective', date(2025, 2, 4),
         'December remittances fell 4.3% from a year earlier, the central bank said.',
         [Fig('4.3%', 'mx_remittances', 'change', 'accurate')]),
    Case('tm-straight-years', date(2024, 2, 1),
         'Homicides in Mexico have topped 30,000 for five straight years.',
         [Fig('30,000', 'mx_homicides', 'level', 'overstated')]),
    Case('tm-during-the-year', date(2024, 1, 22),
         'Mexico ended 2023 with 29,675 homicide victims. On average, 81 people were killed each day during the '
         'year, compared with 95 at the peak in 2019.',
         [Fig('29,675', 'mx_homicides', 'level', 'accurate'),
          Fig('81', 'mx_homicides', 'rate', 'accurate'),
          Fig('95', 'mx_homicides', 'rate', 'accurate')]),
    # a deficit is the size of a negative balance, whatever it is called and from whichever side
    Case('bal-trade-gap', date(2024, 2, 20),
         'The U.S. trade gap with Mexico widened to $152.4 billion in 2023.',
         [Fig('$152.4 billion', 'us_mx_trade_balance', 'level', 'accurate')]),
    Case('bal-mexico-surplus', date(2024, 2, 20),
         "Mexico's trade surplus with the United States came to $152.4 billion in 2023.",
         [Fig('$152.4 billion', 'us_mx_trade_balance', 'level', 'accurate')]),
    Case('bal-us-surplus-is-wrong', date(2024, 2, 20),
         'The United States ran a trade surplus of $152.4 billion with Mexico in 2023.',
         [Fig('$152.4 billion', 'us_mx_trade_balance', 'level', 'overstated')]),
    Case('tm-from-after-to', date(2024, 10, 1),
         "Mexico's share of FDI in Latin America slid to 14.4 percent in 2023 from 16.6 percent.",
         [Fig('14.4 percent', 'mx_share_latam_fdi', 'share', 'accurate'),
          Fig('16.6 percent', 'mx_share_latam_fdi', 'share', 'accurate')]),
    Case('tm-year-earlier-counts-back', date(2024, 3, 1),
         "Mexico's share of total U.S. goods trade climbed to 15.7 percent in 2023, up from 14.6 percent a year "
         "earlier and 13.2 percent a decade ago.",
         [Fig('15.7 percent', 'mx_share_us_goods_trade', 'share', 'accurate'),
          Fig('14.6 percent', 'mx_share_us_goods_trade', 'share', 'accurate'),
          Fig('13.2 percent', 'mx_share_us_goods_trade', 'share', 'accurate')]),
    Case('fc-expect-subject-to', date(2025, 2, 4),
         'Analysts expect remittances to fall by as much as 5% this year.',
         [Fig('5%', 'mx_remittances', 'change', 'unverifiable')]),
    Case('ch-currency-weakened', date(2025, 2, 4),
         'The peso weakened 0.4% on Tuesday.',
         [Fig('0.4%', None, 'change', 'unverifiable')]),
    Case('ch-restated-next-sentence', date(2024, 11, 1),
         'Officers seized 2,804 pounds of fentanyl in fiscal 2019 and 27,023 pounds in fiscal 2023, nearly ten '
         'times as much. That works out to an 864 percent increase.',
         [Fig('2,804', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('27,023', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('ten', 'cbp_fentanyl_seizures', 'change', 'accurate'),
          Fig('864 percent', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    # held-out articles, second round: report dates, ranks, bases, halves, lists of changes, contacts
    Case('tm-reported-last-month', date(2023, 3, 15),
         'Imports from Mexico came to $454.9 billion in 2022, the Census Bureau reported last month.',
         [Fig('$454.9 billion', 'us_imports_from_mx', 'level', 'accurate')]),
    Case('rk-ranked-first-among', date(2024, 3, 1),
         'Mexico ranked first among U.S. trading partners in 2023.',
         [Fig('first', 'mx_rank_us_trading_partner', 'rank', 'accurate')]),
    Case('rk-no-2', date(2022, 3, 1),
         'In 2021 Mexico was the No. 2 trading partner of the United States.',
         [Fig('No. 2', 'mx_rank_us_trading_partner', 'rank', 'accurate')]),
    Case('ch-base-what-it-seized', date(2023, 3, 1),
         'CBP stopped 14,700 pounds of fentanyl in fiscal year 2022, more than triple what it seized in fiscal '
         'year 2020.',
         [Fig('14,700', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('triple', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    Case('tm-first-half-of-the-year', date(2024, 8, 1),
         'In the first half of the year, remittances rose 3.8% from the same period of 2023.',
         [Fig('3.8%', 'mx_remittances', 'change', 'accurate')]),
    Case('tm-every-year-since', date(2024, 2, 1),
         'Homicides have topped 35,000 every year since 2018, a senator claimed.',
         [Fig('35,000', 'mx_homicides', 'level', 'overstated')]),
    Case('ch-list-of-changes', date(2024, 3, 1),
         'Remittances jumped 27.1% in 2021 and 12.1% in 2022.',
         [Fig('27.1%', 'mx_remittances', 'change', 'accurate'),
          Fig('12.1%', 'mx_remittances', 'change', 'accurate')]),
    Case('nf-phone-and-postcode', date(2024, 3, 1),
         'For questions call +52 55 5211 0934 or write to 1150 17th Street NW, Washington, DC 20036.',
         NOT_REPORTED),
    Case('cmp-stood-at-bare', date(2024, 3, 1),
         'The official tally of feminicide victims stood at 827 in 2023, down from 968 in 2022.',
         [Fig('827', 'mx_feminicides', 'level', 'accurate'),
          Fig('968', 'mx_feminicides', 'level', 'accurate')]),
    Case('nf-bare-small-count', date(2024, 3, 1),
         'The number of candidates killed during the campaign was 22.',
         NOT_REPORTED),
    # the bundled trade series ends in mid-2024: "since 2020" read in 2025 runs to 2023, and says so
    Case('ch-since-steps-back', date(2025, 3, 1),
         'U.S. imports from Mexico have risen 45 percent since 2020.',
         # x1.56 to 2024 by today's figures (x1.47 to 2023 by those out on the publication date)
         [Fig('45 percent', 'us_imports_from_mx', 'change', 'understated')]),
    Case('tm-same-months-a-year-earlier', date(2023, 10, 5),
         'Remittances came to 42,007 million dollars between January and August 2023, 8.7% more than in the same '
         'period of 2022.',
         [Fig('42,007 million', 'mx_remittances', 'level', 'accurate'),
          Fig('8.7%', 'mx_remittances', 'change', 'accurate')]),
    Case('tm-small-word-number-claims-no-time', date(2023, 10, 5),
         'Goods trade reached a record 779 billion dollars in 2022, and between January and July of this year the '
         'two countries exchanged 455.5 billion dollars in goods.',
         [Fig('779 billion', 'us_mx_trade', 'level', 'accurate'),
          Fig('455.5 billion', 'us_mx_trade', 'level', 'accurate')]),
    Case('tm-said-on-television-last-month', date(2025, 3, 5),
         'A minister said on television last month that fentanyl kills 100,000 Americans a year.',
         [Fig('100,000', 'us_synthetic_opioid_deaths', 'level', 'overstated')]),
    Case('ch-named-as-subject', date(2024, 3, 1),
         'The increase in remittances was 7.6% in 2023.',
         [Fig('7.6%', 'mx_remittances', 'change', 'accurate')]),
    Case('ev-deadline-with-full-date', date(2025, 3, 5),
         'The agreement requires the three governments to hold a joint review by July 1, 2026.',
         [Fig('2026', None, 'event_date', 'unverifiable')]),
    Case('nf-date-of-an-event', date(2025, 3, 5),
         'The leaders met in Mexico City on July 1, 2024.',
         NOT_REPORTED),
    Case('tm-between-and-the-peak-in', date(2024, 11, 12),
         'Between fiscal 2019 and the peak in fiscal 2023, fentanyl seizures rose about tenfold.',
         [Fig('tenfold', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    Case('tm-up-from-a-month', date(2024, 8, 2),
         'Remittances hit 6,207 million dollars in June. The flow was up 11.1% from June 2023, reversing a '
         'decline in May.',
         [Fig('6,207 million', 'mx_remittances', 'level', 'accurate'),
          Fig('11.1%', 'mx_remittances', 'change', 'accurate')]),
    Case('rt-a-day-after-what-of', date(2024, 2, 12),
         'Americans bought about $1.3 billion of Mexican goods a day in 2023.',
         [Fig('$1.3 billion', 'us_imports_from_mx', 'rate', 'accurate')]),
    # month-on-month: a change starts from the level or the month named right after it
    Case('mom1-from-a-level-in-a-month', date(2024, 3, 20),
         'Southwest border encounters reached 189,913 in February. That is up about 8% from 176,195 in '
         'January, and down 37% from December.',
         [Fig('189,913', 'sw_border_encounters', 'level', 'accurate'),
          Fig('8%', 'sw_border_encounters', 'change', 'accurate'),
          Fig('176,195', 'sw_border_encounters', 'level', 'accurate'),
          Fig('37%', 'sw_border_encounters', 'change', 'accurate')]),
    Case('mom2-lower-than-in-a-month', date(2024, 6, 20),
         'Border Patrol apprehensions at the southwest border in May were 8.5% lower than in April 2024.',
         [Fig('8.5%', 'usbp_sw_apprehensions', 'change', 'accurate')]),
    Case('mom3-from-to-across-new-year', date(2024, 3, 20),
         'Encounters at the southwest border fell from 301,981 in December to 176,195 in January, a decline '
         'of 42%.',
         [Fig('301,981', 'sw_border_encounters', 'level', 'accurate'),
          Fig('176,195', 'sw_border_encounters', 'level', 'accurate'),
          Fig('42%', 'sw_border_encounters', 'change', 'accurate')]),
    # where a part is counted narrows the measure (catalog `scope`); a conversion in brackets is the same figure
    Case('scope1-fentanyl-at-the-southern-border', date(2025, 1, 10),
         'CBP seized 21,150 pounds of fentanyl (9,593 kilograms) at the southern border in fiscal 2024.',
         [Fig('21,150', 'cbp_fentanyl_seizures_sw', 'level', 'accurate')]),
    # a period carries over a one-sentence paragraph; a run of months opening a sentence dates each figure
    Case('inherit1-across-short-paragraphs', date(2023, 8, 20),
         'In the first half of 2023, U.S. imports from Mexico totaled $235.75 billion.\n'
         'U.S. exports to Mexico came to $160.5 billion.',
         [Fig('235.75', 'us_imports_from_mx', 'level', 'accurate'),
          Fig('160.5', 'us_exports_to_mx', 'level', 'accurate')]),
    Case('inherit2-opening-month-run', date(2023, 8, 20),
         'From January through June 2023, U.S. exports to Mexico totaled $160.5 billion and imports reached '
         '$235.8 billion.',
         [Fig('160.5', 'us_exports_to_mx', 'level', 'accurate'),
          Fig('235.8', 'us_imports_from_mx', 'level', 'accurate')]),
    # a series of 12-month totals: a month is the 12 months ending then, and "from June 2022 to June
    # 2023" (13 months counted inclusively) the 12 months ending June 2023
    Case('twelve1-when-clause-month', date(2023, 8, 1),
         'Overdose deaths have climbed since December 2020, when about 91,800 overdose deaths were recorded. '
         'A total of 112,950 overdose deaths were reported from June 2022 to June 2023.',
         [Fig('91,800', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('112,950', 'us_overdose_deaths', 'level', 'accurate')]),
    # a month as the subject of what it saw; "to the end of" a month; "daily reports" count documents
    Case('month1-subject-month', date(2024, 6, 15),
         'The report shows that March was the deadliest month, with a total of 78 femicides.',
         [Fig('78', 'mx_feminicides', 'level', 'accurate')]),
    Case('month2-to-the-end-of', date(2023, 4, 20),
         'Agents recorded about 1.23 million encounters at the southwest border between October and the end '
         'of March.',
         [Fig('1.23 million', 'sw_border_encounters', 'level', 'accurate')]),
    Case('month3-daily-reports', date(2022, 11, 15),
         'Homicides reached 2,771 in October, by the count of the 31 daily homicide reports.',
         [Fig('2,771', 'mx_homicides', 'level', 'accurate')]),
    # a flow named as a noun with its partner: imports *from* the U.S. are U.S. exports; a surplus not
    # said to be the United States' is Mexico's, the size of the U.S. deficit
    Case('flow1-noun-with-partner', date(2023, 8, 20),
         'In the first half of 2023, Mexico\'s shipments abroad were strong: exports to the United States came '
         'to $235.8 billion, while imports from the U.S. were worth $160.5 billion, leaving Mexico with a '
         'surplus of about $75 billion.',
         [Fig('235.8', 'us_imports_from_mx', 'level', 'accurate'),
          Fig('160.5', 'us_exports_to_mx', 'level', 'accurate'),
          Fig('75 billion', 'us_mx_trade_balance', 'level', 'accurate')]),
    Case('flow2-us-surplus-is-the-us', date(2024, 3, 1),
         'The U.S. trade surplus with Mexico was $70 billion in 2023.',
         [Fig('70 billion', 'us_mx_trade_balance', 'level', 'overstated')]),
    # "May was the most violent month so far this year": the month dates the figure, the year is the
    # record's field; a rate written with another figure is not this one's
    Case('month4-most-violent-so-far-this-year', date(2022, 11, 15),
         'With upward of 2,800 killings, May was the most violent month so far this year, according to official '
         'figures.',
         [Fig('2,800', 'mx_homicides', 'level', 'accurate')]),
    Case('rate1-per-day-of-another-figure', date(2022, 11, 20),
         'In October, the official tally of 2,771 homicide victims works out to an average of about 89 '
         'murders per day.',
         [Fig('2,771', 'mx_homicides', 'level', 'accurate'),
          Fig('89', 'mx_homicides', 'rate', 'accurate')]),
    # a record of Mexico's surplus is a record of the U.S. deficit: the most negative balance
    Case('record1-mexico-surplus-record', date(2025, 2, 10),
         "Mexico's trade surplus with the United States hit a record in 2024.",
         [Fig('record', 'us_mx_trade_balance', 'record', 'accurate')]),
    # a figure listed after one value of a dimension is that part's; the place leading a ranking owns its
    # count; a list in a paragraph of its own takes the measure named in the paragraph before
    Case('part1-nationalities-listed', date(2023, 6, 20),
         'Southwest border encounters in May were led by Mexico with 55,405 encounters and Honduras with '
         '21,035 encounters.',
         [Fig('55,405', 'sw_border_encounters_mexican', 'level', 'accurate'),
          Fig('21,035', 'sw_border_encounters_cit_honduras', 'level', 'accurate')]),
    Case('part2-leading-state-and-list', date(2023, 6, 20),
         'En mayo se registraron 2 mil 664 víctimas de homicidio doloso en el país.\n\n'
         'Guanajuato fue el estado con más víctimas, con un total de 296 asesinatos, seguido de Jalisco con 213.',
         [Fig('2 mil 664', 'mx_homicides', 'level', 'accurate'),
          Fig('296', 'mx_homicides_guanajuato', 'level', 'accurate'),
          Fig('213', 'mx_homicides_jalisco', 'level', 'accurate')]),
    # "the first quarter" is the latest one complete at publication; the Ministry of Economy publishes
    # the notified FDI figures; "than what was recorded in" names the base
    Case('fdi1-ministry-first-quarter', date(2024, 5, 20),
         'The Ministry of Economy reported $27.2 billion of foreign direct investment in Mexico for the first '
         'quarter, 15% more than what was recorded in the first three months of 2023.',
         [Fig('27.2', 'mx_fdi_se', 'level', 'accurate'),
          Fig('15%', 'mx_fdi_se', 'change', 'accurate')]),
    # a quarter or half after "than", "compared with" is the base of the change, not its period
    Case('base1-quarter-after-than', date(2024, 5, 20),
         'The Ministry of Economy reported $27.2 billion of foreign direct investment in Mexico for the first '
         'quarter, 15% more than in the first quarter of 2023.',
         [Fig('27.2', 'mx_fdi_se', 'level', 'accurate'),
          Fig('15%', 'mx_fdi_se', 'change', 'accurate')]),
    Case('base2-half-after-compared-with', date(2024, 8, 1),
         'Remittances reached $31.4 billion in the first half of 2024, up 3.9% compared with the first half of '
         '2023.',
         [Fig('31.4', 'mx_remittances', 'level', 'accurate'),
          Fig('3.9%', 'mx_remittances', 'change', 'accurate')]),
    # a place in a ranking written as a spot, place or position, whose measure the passage names
    Case('rank1-top-spot', date(2024, 3, 1),
         'In 2023 Mexico took the top spot among U.S. trading partners for the first time in two decades.',
         [Fig('top spot', 'mx_rank_us_trading_partner', 'rank', 'accurate')]),
    Case('rank2-position-pointing-back', date(2024, 3, 1),
         'Mexico is now the largest U.S. trading partner. It seized the No. 1 position in 2023.',
         [Fig('largest', 'mx_rank_us_trading_partner', 'rank', 'accurate'),
          Fig('No. 1', 'mx_rank_us_trading_partner', 'rank', 'accurate')]),
    Case('rank3-in-the-first-place-is-no-rank', date(2024, 3, 1),
         'In the first place, the new rules were meant to speed up inspections.',
         NOT_REPORTED),
    # "an inflow of $6.2 billion, while ..." is no whole of the figure after it; a change "representing" a
    # fall qualifies the figure before it; "while the accumulated total" points back
    Case('rem1-accumulated-total-and-representing', date(2024, 7, 2),
         'Remittance inflows to Mexico rose in June, Banxico said. The data show an inflow of $6.23 billion in '
         'June, while the accumulated total for the first six months of the year reached $31.4 billion, '
         'representing an annual increase of 3.9%.',
         [Fig('6.23', 'mx_remittances', 'level', 'accurate'),
          Fig('31.4', 'mx_remittances', 'level', 'accurate'),
          Fig('3.9%', 'mx_remittances', 'change', 'accurate')]),
    # a streak: each of the last N periods moved one way (a month against the same month a year earlier;
    # a year, and a month of 12-month totals, against the one before); a run with no rise or fall is none
    Case('streak1-months-of-decline', date(2025, 12, 20),
         'Remittances to Mexico fell in November for the eighth straight month.',
         [Fig('eighth straight month', 'mx_remittances', 'streak', 'accurate')]),
    Case('streak2-too-long', date(2025, 12, 20),
         'Remittances to Mexico have now declined for 12 consecutive months, through November.',
         [Fig('12 consecutive months', 'mx_remittances', 'streak', 'overstated')]),
    Case('streak3-rolling-totals', date(2025, 9, 20),
         'Overdose deaths have fallen for 12 consecutive months, according to CDC data through April 2025.',
         [Fig('12 consecutive months', 'us_overdose_deaths', 'streak', 'accurate')]),
    Case('streak4-no-direction-no-streak', date(2019, 12, 20),
         'It is the 11th straight month that Mexico has led the list.',
         NOT_REPORTED),
    # a record beside a change is a record of the level, dated by the month the sentence speaks of (not
    # the change's base); a record set beside a figure is that figure's
    Case('record2-beside-a-change', date(2024, 8, 15),
         'Southwest border apprehensions by the Border Patrol in July came in 32% lower than in June 2024, the '
         'lowest monthly total since September 2020.',
         [Fig('32%', 'usbp_sw_apprehensions', 'change', 'accurate'),
          Fig('lowest monthly', 'usbp_sw_apprehensions', 'record', 'accurate')]),
    Case('record3-beside-a-figure', date(2024, 9, 20),
         'Encounters fell 40% from December 2023, when they peaked at 301,981 \u2013 the highest ever recorded '
         'in a single month.',
         [Fig('40%', ANY, 'change', None),
          Fig('301,981', 'sw_border_encounters', 'level', 'accurate'),
          Fig('highest ever', 'sw_border_encounters', 'record', 'accurate')]),
    # "the same period a year earlier" after a run of months is those months a year earlier
    Case('prev1-same-period-after-year-to-date', date(2024, 7, 5),
         'So far this year, remittances to Mexico total $31.4 billion, 3.9% more than in the same period a '
         'year earlier.',
         [Fig('31.4', 'mx_remittances', 'level', 'accurate'),
          Fig('3.9%', 'mx_remittances', 'change', 'accurate')]),
    # another country's place in a ranking after "but"; a record of a change; "on track for" a record
    Case('rank4-another-country-after-but', date(2024, 3, 1),
         'Mexico ranked first among U.S. trading partners in 2023, but Canada held the top spot in 2022.',
         [Fig('first', 'mx_rank_us_trading_partner', 'rank', 'accurate'),
          Fig('top spot', None, 'rank', 'unverifiable')]),
    Case('record4-steepest-drop-is-no-level-record', date(2025, 5, 20),
         'Overdose deaths fell about 24 percent in 2024, the steepest drop on record.',
         [Fig('24 percent', 'us_overdose_deaths', 'change', 'accurate')]),
    # a level named by a word the Border Patrol's count and the whole share ("apprehensions") is the one the
    # figure fits most nearly: FY2021 Southwest encounters 1,734,686; Border Patrol 1,659,206
    Case('either1-nearest-fit', date(2021, 11, 1),
         'Apprehensions at the southwest border totaled around 1,734,000 in fiscal 2021.',
         [Fig('1,734,000', 'sw_border_encounters', 'level', 'accurate')]),
    # a record followed by its own figure ("and a record of more than 2.3 million in 2022") is that figure's,
    # not the one before it
    Case('record5-record-of-the-next-figure', date(2025, 10, 20),
         'Encounters at the southwest border topped 2 million in fiscal 2023, and a record of more than 2.3 '
         'million in fiscal 2022.',
         [Fig('2 million', 'sw_border_encounters', 'level', 'accurate'),
          Fig('2.3', 'sw_border_encounters', 'level', 'accurate')]),
    # "about 100,000 more than the 2.38 million in fiscal 2022": a difference between the two levels; a
    # sentence opened by "If" is conditional throughout
    Case('diff1-more-than-the-figure', date(2023, 10, 31),
         'Fiscal 2023 closed with 2.48 million encounters on the southwest border, about 100,000 more than the '
         '2.38 million encounters in fiscal 2022.',
         [Fig('2.48', 'sw_border_encounters', 'level', 'accurate'),
          Fig('100,000', 'sw_border_encounters', 'change', 'accurate'),
          Fig('2.38', 'sw_border_encounters', 'level', 'accurate')]),
    Case('cond1-if-sentence', date(2021, 10, 21),
         'If the September figure is confirmed, fiscal 2021 will end with around 1.73 million southwest border '
         'encounters.',
         [Fig('1.73', 'sw_border_encounters', 'level', 'unverifiable')]),
    Case('cond2-si-bien-is-no-condition', date(2026, 2, 10),
         'Si bien las remesas a México cayeron 4.6% en 2025, sumaron 61 mil 791 millones de dólares.',
         [Fig('4.6%', 'mx_remittances', 'change', 'accurate'),
          Fig('61 mil', 'mx_remittances', 'level', 'accurate')]),
    # "the same month of 2022" is the month the text speaks of, in that year, for a level and a change
    Case('same1-same-month-of-a-year', date(2024, 2, 20),
         'Mexico recorded 2,454 homicide victims in January 2024. In the same month of 2022, when 2,585 people '
         'were killed, the count was 5% higher.',
         [Fig('2,454', 'mx_homicides', 'level', 'accurate'),   # 2024-01: 2,434
          Fig('2,585', 'mx_homicides', 'level', 'overstated'),  # 2022-01: 2,426
          Fig('5%', ANY, 'change', None)]),
    # "pre-pandemic levels" are 2019's: 70,630 deaths in 2019, 107,941 in 2022 (x1.53)
    Case('base1-pre-pandemic', date(2023, 6, 1),
         'About 108,000 Americans died of drug overdoses in 2022, roughly 53% more than pre-pandemic levels.',
         [Fig('108,000', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('53%', 'us_overdose_deaths', 'change', 'accurate')]),
    # "that is, a total of 326" after figures for January-April and May: January to May (367 victims)
    Case('sum1-total-of-the-levels-before', date(2024, 6, 20),
         'Authorities logged 246 femicides from January to April and another 80 cases in May, that is, a total '
         'of 326 women killed.',
         [Fig('246', 'mx_feminicides', 'level', 'understated'),
          Fig('80', ANY, 'count_event', None),
          Fig('326', 'mx_feminicides', 'level', 'understated')]),
    # records without a figure: "of any year in agency history", "recorded in a calendar year", and a record
    # among the year's months ("this year's highest monthly total": 2022-05 had 2,829, 2022-10 2,771)
    Case('record6-of-any-year', date(2023, 11, 1),
         'CBP encountered the most migrants on the southwest border in fiscal 2023 of any year in agency history.',
         [Fig('most migrants', 'sw_border_encounters', 'record', 'accurate')]),
    Case('record7-in-a-calendar-year', date(2022, 12, 30),
         'Overdose deaths in 2021 were the highest number recorded in a calendar year.',
         [Fig('highest number', 'us_overdose_deaths', 'record', 'accurate')]),
    Case('record8-this-years-highest-month', date(2022, 11, 20),
         "October's 2,771 homicide victims were not this year's highest monthly total of homicides; May was "
         'the most violent month so far this year.',
         [Fig('2,771', 'mx_homicides', 'level', 'accurate'),
          Fig('most violent month', 'mx_homicides', 'record', 'accurate')]),
    # a state as the subject of its count ("Tamaulipas had"), and states listed with numbers in words
    Case('part3-state-subject-and-words', date(2022, 11, 15),
         'Mexico recorded 2,771 homicide victims in October 2022. Tamaulipas had 30 victims, Michoacán with '
         'nine and Baja California with eight.',
         [Fig('2,771', 'mx_homicides', 'level', 'accurate'),
          Fig('30', 'mx_homicides_tamaulipas', 'level', None),
          Fig('nine', 'mx_homicides_michoacan', 'level', None),
          Fig('eight', 'mx_homicides_baja_california', 'level', None)]),
    # FDI placed by where it came from: the U.S. part of the Economy Ministry's count (2024: $16.65 billion)
    Case('fdi2-from-the-united-states', date(2025, 3, 1),
         'The Economy Ministry says the United States supplied $16.7 billion in FDI in 2024.',
         [Fig('16.7', 'mx_fdi_se_us', 'level', 'accurate')]),
    # ---- a period named by the one before it: "the following month", "al mes siguiente", and a change
    # whose base is the month the sentence before named (a reader compares consecutive months with each other)
    # Border Patrol 2024-01 124,215, 2024-02 140,641 (x1.132)
    Case('next1-the-following-month', date(2024, 3, 20),
         'Border Patrol agents apprehended 124,215 migrants at the southwest border in January 2024. The '
         'following month the count rose 13%, to 140,641.',
         [Fig('124,215', 'usbp_sw_apprehensions', 'level', 'accurate'),
          Fig('13%', 'usbp_sw_apprehensions', 'change', 'accurate'),
          Fig('140,641', 'usbp_sw_apprehensions', 'level', 'accurate')]),
    # remittances 2024-05 $5.63 billion, 2024-06 $6.23 billion (x1.107 against May; against June 2023 it
    # would be another ratio)
    Case('next2-month-after-month', date(2024, 8, 1),
         'Remittances to Mexico totaled $5.63 billion in May 2024. In June they climbed back about 11%, to '
         '$6.23 billion.',
         [Fig('$5.63', 'mx_remittances', 'level', 'accurate'),
          Fig('11%', 'mx_remittances', 'change', 'accurate'),
          Fig('$6.23', 'mx_remittances', 'level', 'accurate')]),
    # homicides 2023-03 2,604, 2023-04 2,442 (x0.938); "hasta" after a change is the level reached, not a bound
    Case('next3-es-al-mes-siguiente', date(2023, 6, 1),
         'En marzo de 2023 se registraron 2 mil 604 víctimas de homicidio doloso. Al mes siguiente la cifra bajó 6 '
         'por ciento, hasta 2 mil 442.',
         [Fig('2 mil 604', 'mx_homicides', 'level', 'accurate'),
          Fig('6 por', 'mx_homicides', 'change', 'accurate'),
          Fig('2 mil 442', 'mx_homicides', 'level', 'accurate')]),
    # a change set right after a figure, with no words of its own, is of that figure's measure: Jan-Jun 2023
    # $30.24 billion, Jan-Jun 2022 $27.65 billion (x1.094)
    Case('qual1-es-change-after-a-figure', date(2023, 8, 5),
         'En el primer semestre, las remesas sumaron 30 mil 240 millones de dólares, 9.4 por ciento más que en el '
         'mismo periodo de 2022, informó el Banco de México.',
         [Fig('30 mil', 'mx_remittances', 'level', 'accurate'),
          Fig('9.4', 'mx_remittances', 'change', 'accurate')]),
    # a change qualifying a figure follows that figure's link, over a word before it that names another
    # measure ("connacionales" are also Mexican nationals at the border): March 2023 $5.19 billion, March 2022
    # $4.71 billion (x1.10)
    Case('qual2-es-change-follows-its-figure', date(2023, 5, 2),
         'Las remesas siguieron al alza. En marzo, los connacionales enviaron 5 mil 190 millones de dólares, 10 '
         'por ciento más que un año antes.',
         [Fig('5 mil', 'mx_remittances', 'level', 'accurate'),
          Fig('10 por ciento', 'mx_remittances', 'change', 'accurate')]),
    # an amount in the hundreds of millions with no unit after a money measure is money: 2019 balance -$99.42
    # billion (Mexico's surplus)
    Case('unitless1-es-superavit', date(2020, 2, 10),
         'El superávit de México con Estados Unidos llegó en 2019 a 99 mil 400 millones.',
         [Fig('99 mil', 'us_mx_trade_balance', 'level', 'accurate')]),
    # "of which": a part of the figure just before, placed by words after a conversion in brackets (FY2023: all
    # 27,023 lb, Southwest region 26,718 lb); a part the catalog does not hold ("from one raid") is left unlinked
    Case('part9-of-which-after-a-conversion', date(2023, 11, 15),
         'CBP seized 27,023 pounds of fentanyl in fiscal 2023, of which 26,718 pounds (12,119 kilograms) were '
         'seized at the Mexico border.',
         [Fig('27,023', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('26,718', 'cbp_fentanyl_seizures_sw', 'level', 'accurate')]),
    Case('part10-of-which-not-held', date(2023, 11, 15),
         'CBP seized 27,023 pounds of fentanyl in fiscal 2023, of which 4,000 pounds came from trucks at a '
         'single crossing.',
         [Fig('27,023', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('4,000', None, 'level', 'unverifiable')]),
    # a sentence opened by the whole's place ("Nationwide,") counts its figures there: FY2023 nationwide
    # 3,201,144, FY2022 2,766,582 (x1.157)
    Case('whole1-nationwide-opener', date(2023, 11, 15),
         'Nationwide, CBP recorded about 3.2 million encounters in fiscal 2023, up 16% from the year before.',
         [Fig('3.2 million', 'cbp_nationwide_encounters', 'level', 'accurate'),
          Fig('16%', 'cbp_nationwide_encounters', 'change', 'accurate')]),
    # a phrase whose words an alternative set off by commas splits ("synthetic, or manufactured, opioids": 2022
    # 75,845); deaths from a drug class the catalog does not hold ("psychostimulants") are left unlinked
    Case('drugs1-split-phrase-and-unheld-class', date(2023, 6, 1),
         'In 2022, deaths involving synthetic, or manufactured, opioids reached about 76,000, while those related '
         'to psychostimulants such as methamphetamine climbed to 34,000.',
         [Fig('76,000', 'us_synthetic_opioid_deaths', 'level', 'accurate'),
          Fig('34,000', None, 'level', 'unverifiable')]),
    # "people encountered"; "the month before" is the month before the one named (May 2023 206,690; April
    # 211,992)
    Case('enc1-people-encountered-month-before', date(2023, 6, 20),
         'There were 206,690 people encountered at the southwest border in May 2023, down from 211,992 the month '
         'before.',
         [Fig('206,690', 'sw_border_encounters', 'level', 'accurate'),
          Fig('211,992', 'sw_border_encounters', 'level', 'accurate')]),
    # "that period in 2024": the months just named, in that year (Jan-Nov 2024 $59.76 billion; Jan-Nov 2025
    # $57.09 billion)
    Case('period1-that-period-in-a-year', date(2026, 1, 20),
         'Remittances to Mexico came to about $57 billion from January through November 2025, less than the nearly '
         '$60 billion received in that period in 2024.',
         [Fig('$57 billion', 'mx_remittances', 'level', 'accurate'),
          Fig('$60 billion', 'mx_remittances', 'level', 'accurate')]),
    # a part named as included in a figure ("Including people stopped at ports of entry") is not its measure:
    # FY2023 Southwest total 2,475,669
    Case('whole2-including-a-part', date(2023, 11, 15),
         'Including people stopped at ports of entry, the southwest border total came to 2.48 million in fiscal '
         '2023.',
         [Fig('2.48 million', 'sw_border_encounters', 'level', 'accurate')]),
    # a list of parts after "De ellos": each part named after its figure (May 2023: 206,690; family units
    # 61,443; unaccompanied children 9,927)
    Case('part11-es-list-after-de-ellos', date(2023, 6, 20),
         'En mayo de 2023 se registraron 206 mil 690 encuentros en la frontera suroeste. De ellos, 61 mil 443 '
         'correspondieron a personas que viajaban en familia y 9 mil 927 a menores no acompañados.',
         [Fig('206 mil', 'sw_border_encounters', 'level', 'accurate'),
          Fig('61 mil', 'sw_border_encounters_family_units', 'level', 'accurate'),
          Fig('9 mil', 'sw_border_encounters_unaccompanied_children', 'level', 'accurate')]),
    # a scope opening the sentence places its figure (Southwest region July 2023: 1,756 lb)
    Case('scope1-es-opener', date(2023, 8, 20),
         'En la frontera con México, la CBP decomisó mil 756 libras de fentanilo en julio de 2023.',
         [Fig('mil 756', 'cbp_fentanyl_seizures_sw', 'level', 'accurate')]),
    # a month without a year takes the year of the month the sentence names, and one a change is compared with
    # ("respecto a las 2 mil 442 contabilizadas en abril") is its base: April 2023 2,442, May 2023 2,664 (x1.09)
    Case('base1-es-bare-month-after-a-level', date(2025, 8, 20),
         'Las 2 mil 664 víctimas de homicidio doloso de mayo de 2023 representaron un incremento de 9% con respecto '
         'a las 2 mil 442 contabilizadas en abril.',
         [Fig('2 mil 664', 'mx_homicides', 'level', 'accurate'),
          Fig('9%', 'mx_homicides', 'change', 'accurate'),
          Fig('2 mil 442', 'mx_homicides', 'level', 'accurate')]),
    # a fiscal year counted "as of the end of" a month inside it is the months so far: Oct 2022-Jun 2023
    # 1,789,492 (all of FY2023: 2,475,669)
    Case('period2-as-of-the-end-of-a-month', date(2023, 7, 20),
         'As of the end of June, southwest border encounters in fiscal year 2023 stood at 1,789,492.',
         [Fig('1,789,492', 'sw_border_encounters', 'level', 'accurate')]),
    # "the previous year" after a run of twelve months counts back from those months: 2021 106,699, 2022
    # 107,941 (+1,242: "about 1,200 more")
    Case('period3-previous-year-after-a-run', date(2023, 6, 1),
         'Overdose deaths from January to December 2022 came to 107,941, about 1,200 more than the previous year.',
         [Fig('107,941', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('1,200', 'us_overdose_deaths', 'change', 'accurate')]),
    # CBP's two components named together count the whole (December 2023: 301,981), not the one whose scope
    # comes last
    Case('whole3-both-components', date(2024, 1, 27),
         'In December 2023 the Border Patrol and officers at ports of entry logged 301,981 encounters at the '
         'southwest border.',
         [Fig('301,981', 'sw_border_encounters', 'level', 'accurate')]),
    # a dateline's day is no figure of the city it names; February 2024: 2,315 victims
    Case('dateline1-es-city-and-day', date(2024, 3, 12),
         'Monterrey, 12 de marzo de 2024.- En febrero se registraron 2 mil 315 víctimas de homicidio doloso en '
         'el país, según el SESNSP.',
         [Fig('2 mil', 'mx_homicides', 'level', 'accurate')]),
    # "lo que convirtió a México en el principal socio": a rank (Mexico first among partners in 2023)
    Case('rank7-es-convirtio-a-mexico-en', date(2024, 2, 10),
         'El comercio de bienes creció en 2023, lo que convirtió a México en el principal socio comercial de '
         'Estados Unidos.',
         [Fig('principal', 'mx_rank_us_trading_partner', 'rank', 'accurate')]),
    # ---- ranks and shares of trade, computed from every partner's figures (Census country file)
    # A rank is of the measure its words name: imports (2023: Mexico first), exports (2023: second, to
    # Canada), all trade; another country's rank ("Canada remained the top market") is not Mexico's.
    Case('rank1-by-flow', date(2024, 3, 1),
         'Mexico was the largest source of U.S. goods imports in 2023, while Canada remained the top market '
         'for American exports.',
         [Fig('largest source', 'mx_rank_us_import_source', 'rank', 'accurate'),
          Fig('top market', None, 'rank', 'unverifiable')]),
    # January-May 2024, computed over those months: Mexico first among partners, 16.0% of U.S. goods trade
    Case('rank2-months-from-january', date(2024, 7, 10),
         'From January through May 2024, Mexico was the No. 1 U.S. trading partner, with 15.8% of total U.S. '
         'goods trade.',
         [Fig('No. 1', 'mx_rank_us_trading_partner', 'rank', 'accurate'),
          Fig('15.8%', 'mx_share_us_goods_trade', 'share', 'accurate')]),
    # in the present tense, the months of the year out by the day it was written: in early October 2024,
    # January-August (second among export markets)
    Case('rank3-present-tense-so-far', date(2024, 10, 10),
         'Mexico is the second-largest destination for U.S. exports.',
         [Fig('second-largest', 'mx_rank_us_export_market', 'rank', 'accurate')]),
    # January-July 2022: second among partners, behind Canada
    Case('rank4-es-enero-a-julio', date(2022, 9, 10),
         'De enero a julio de 2022, México fue el segundo socio comercial de Estados Unidos, detrás de Canadá.',
         [Fig('segundo', 'mx_rank_us_trading_partner', 'rank', 'accurate')]),
    # shares of imports (2023: 15.43%) and of exports (15.99%); an amount "of U.S. imports" is the imports
    # themselves ($475.2 billion)
    Case('share1-of-imports-and-exports', date(2024, 3, 1),
         'Mexico supplied 15.5 percent of U.S. imports in 2023 and bought 16 percent of U.S. exports; the '
         'imports came to $475 billion.',
         [Fig('15.5', 'mx_share_us_goods_imports', 'share', 'accurate'),
          Fig('16 percent', 'mx_share_us_goods_exports', 'share', 'accurate'),
          Fig('$475', 'us_imports_from_mx', 'level', 'accurate')]),
    # one product's supplier is no rank among all goods
    Case('rank5-one-product', date(2024, 3, 1),
         'Mexico is the largest supplier of avocados to the United States.',
         [Fig('largest', None, 'rank', 'unverifiable')]),
    # "Mexico's first position": Mexico's own place, not its partner's (first half of 2024: first source)
    Case('rank6-mexicos-own-place', date(2024, 9, 1),
         "Census figures for the first half of 2024 confirm Mexico's first position among exporters to the "
         'United States.',
         [Fig('first position', 'mx_rank_us_import_source', 'rank', 'accurate')]),
    # a record since a month is a record among the months after it (2022-01 154,874; every month from
    # 2021-04 to 2021-12 was higher); the agency a count was made "with" is who counted, not where
    Case('record-since-a-month-without-figure', date(2022, 2, 18),
         'Along the southwest border, encounters with CBP in January were the lowest of any month since March '
         '2021, agency data show.',
         [Fig('lowest of any month', 'sw_border_encounters', 'record', 'accurate')]),
    # 2023-07 183,479, but 2023-06 was 144,556: no record since February 2021
    Case('record-since-a-month-false', date(2023, 8, 20),
         'Southwest border encounters in July were the lowest since February 2021, a campaign mailer claimed.',
         [Fig('the lowest since', 'sw_border_encounters', 'record', 'overstated')]),
    # a record in the sentence after the figure, of that figure's month ("since February of 2021")
    Case('record-since-a-month-next-sentence', date(2023, 7, 20),
         'CBP counted 144,556 encounters at the southwest border in June. These were the fewest in any month '
         'since February of 2021.',
         [Fig('144,556', 'sw_border_encounters', 'level', 'accurate'),
          Fig('fewest', 'sw_border_encounters', 'record', 'accurate')]),
    Case('record-since-a-month-es', date(2022, 2, 18),
         'Los encuentros de la CBP en la frontera con México bajaron en enero a su nivel más bajo desde marzo '
         'de 2021.',
         [Fig('nivel más bajo', 'sw_border_encounters', 'record', 'accurate')]),
    # a shell noun dated by its year ("The 2023 count") points back to the sentence before (2023 105,007,
    # 2022 107,941: x0.972)
    Case('shell-noun-with-its-year', date(2024, 12, 20),
         'The CDC counted about 105,000 drug overdose deaths in 2023. The 2023 count marks a 3% drop from 2022.',
         [Fig('105,000', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('3%', 'us_overdose_deaths', 'change', 'accurate')]),
    # a change and the level it came to share their time (remittances 2025 $62.47bn, 2024 $65.02bn: x0.961)
    Case('change-to-a-level-shares-its-year', date(2026, 3, 1),
         'Money sent home by Mexicans abroad slipped 4% to about $62.5 billion in 2025, the central bank said.',
         [Fig('4%', 'mx_remittances', 'change', 'accurate'),
          Fig('$62.5 billion', 'mx_remittances', 'level', 'accurate')]),
    Case('cambio-hasta-un-nivel-es', date(2025, 6, 1),
         'Las muertes por sobredosis en Estados Unidos bajaron 24 por ciento a unas 80 mil en 2024.',
         [Fig('24 por ciento', 'us_overdose_deaths', 'change', 'accurate'),
          Fig('80 mil', 'us_overdose_deaths', 'level', 'accurate')]),
    # a share and the whole figure it is of share their time (FY2023: Mexicans 717,333 of 2,475,669, 29.0%)
    Case('share-of-a-whole-figure-shares-its-year', date(2024, 1, 10),
         'Mexican nationals made up 29% of the 2.48 million encounters at the southwest border in fiscal 2023.',
         [Fig('29%', 'sw_border_encounters_mexican', 'share', 'accurate'),
          Fig('2.48 million', 'sw_border_encounters', 'level', 'accurate')]),
    # a state's share of the national count, the state named by its name (2024: Guanajuato 3,151 of 30,046)
    Case('state-share-of-the-national-total', date(2025, 2, 1),
         'Guanajuato alone accounted for about 10% of Mexico’s homicide victims in 2024.',
         [Fig('10%', 'mx_homicides_guanajuato', 'share', 'accurate')]),
    Case('estado-del-total-nacional', date(2025, 2, 1),
         'En 2024 Guanajuato sumó 3 mil 151 víctimas de homicidio doloso, 10.5 por ciento del total nacional.',
         [Fig('3 mil', 'mx_homicides_guanajuato', 'level', 'accurate'),
          Fig('10.5 por ciento', 'mx_homicides_guanajuato', 'share', 'accurate')]),
    # a month's possessive names the period of the figure compared with (2024-06 $6.23bn, 2024-05 $5.63bn)
    Case('possessive-month-of-a-compared-level', date(2024, 8, 1),
         'Remittances reached $6.2 billion in June, well above May’s $5.6 billion.',
         [Fig('$6.2 billion', 'mx_remittances', 'level', 'accurate'),
          Fig('$5.6 billion', 'mx_remittances', 'level', 'accurate')]),
    # a number word that makes an adjective ("two-way") is no figure
    Case('two-way-is-no-figure', date(2024, 3, 1),
         'Two-way goods trade between the neighbours is the largest in the hemisphere.',
         NOT_REPORTED),
    # a Spanish fraction of a whole named by a demonstrative (2023: synthetic opioids 75,219 of 105,007, 71.6%)
    Case('fraccion-de-esas-muertes-es', date(2024, 6, 1),
         'En 2023 murieron 105 mil personas por sobredosis en Estados Unidos. Dos terceras partes de esas muertes '
         'involucraron opioides sintéticos.',
         [Fig('105 mil', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('Dos terceras partes', 'us_synthetic_opioid_deaths', 'share', 'accurate')]),
    # "N veces más que" a level before is a change (remittances 2024-06 / 2024-05 = x1.10: "dos veces" overstates)
    Case('veces-mas-que-es', date(2024, 8, 1),
         'En junio de 2024 las remesas fueron dos veces más que en mayo de 2024, según un diputado.',
         [Fig('dos veces', 'mx_remittances', 'change', 'overstated')]),
    # the subject of the next clause (", and synthetic opioids were involved") is not the figure's
    Case('the-next-clause-has-its-own-subject', date(2024, 6, 1),
         'Overdose deaths were counted in the CDC’s final data for 2023. The tally came to about 105,000, and '
         'synthetic opioids were involved in roughly 72% of those deaths.',
         [Fig('105,000', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('72%', 'us_synthetic_opioid_deaths', 'share', 'accurate')]),
    # a state's count after its verb, past an apposition (2024: Jalisco 1,800)
    Case('estado-con-aposicion-es', date(2025, 2, 1),
         'En 2024 hubo 30 mil 46 víctimas de homicidio doloso en el país. Jalisco, uno de los estados más '
         'poblados, aportó 1,800.',
         [Fig('30 mil', 'mx_homicides', 'level', 'accurate'),
          Fig('1,800', 'mx_homicides_jalisco', 'level', 'accurate')]),
    # a share the one before is compared with is of the same part and whole (single adults FY2023 1,514,322 of
    # 2,475,669, 61.2%; FY2022 1,663,278 of 2,378,944, 69.9%)
    Case('a-share-compared-with-a-share', date(2024, 1, 10),
         'Single adults made up 61% of southwest border encounters in fiscal 2023, down from 70% in fiscal 2022.',
         [Fig('61%', 'sw_border_encounters_single_adults', 'share', 'accurate'),
          Fig('70%', 'sw_border_encounters_single_adults', 'share', 'accurate')]),
    # a drug named bare is the part of a seizures total it is a share of; the clause after "while" is another's
    # (FY2024: all drugs 573,469 lb, fentanyl 21,889 (3.8%), cocaine 68,215)
    Case('a-drug-share-of-that-total', date(2024, 11, 20),
         'CBP seized about 573,000 pounds of drugs in fiscal 2024. Fentanyl was just under 4% of that total, while '
         'cocaine came to about 68,000 pounds.',
         [Fig('573,000', 'cbp_drug_seizures', 'level', 'accurate'),
          Fig('4%', 'cbp_fentanyl_seizures', 'share', 'accurate'),
          Fig('68,000', 'cbp_seizures_cocaine', 'level', 'accurate')]),
    # "el promedio diario fue de": a rate a day (2024: 30,046 victims / 366 days = 82.1)
    Case('promedio-diario-fue-de-es', date(2025, 2, 1),
         'En 2024, el promedio diario fue de 82 víctimas de homicidio doloso, según el Secretariado Ejecutivo.',
         [Fig('82', 'mx_homicides', 'rate', 'accurate')]),
    # "the total" after an amount of trade is all U.S. trade: Mexico's share of it (2024: $839.89bn, 15.8%)
    Case('share-of-the-total-after-trade', date(2025, 2, 10),
         'Goods trade between the United States and Mexico came to $839.9 billion in 2024, about 15.8% of the '
         'total.',
         [Fig('$839.9 billion', 'us_mx_trade', 'level', 'accurate'),
          Fig('15.8%', 'mx_share_us_goods_trade', 'share', 'accurate')]),
    # a noun that only modifies a deficit is no measure of its own ("the goods trade deficit": the balance;
    # 2019 -$99.42bn, 2024 -$171.81bn: x1.73, short of "nearly doubled")
    Case('goods-trade-deficit-is-a-balance', date(2025, 3, 1),
         'The U.S. goods trade deficit with Mexico hit $171.8 billion in 2024. It has nearly doubled since 2019.',
         [Fig('$171.8 billion', 'us_mx_trade_balance', 'level', 'accurate'),
          Fig('doubled', 'us_mx_trade_balance', 'change', 'overstated')]),
    # "in Obama's eight years" is a time in office, not a place; a record over a term is left to the reader
    # (the level is checked: 2009-03 67,342)
    Case('a-persons-years-are-no-place', date(2024, 4, 20),
         "The highest monthly count of Border Patrol apprehensions in Obama's eight years was 67,342, in March "
         "2009.",
         [Fig('67,342', 'usbp_sw_apprehensions', 'level', 'accurate')]),
    # "in its history": a record over the whole series (Border Patrol 2025-07 4,596, the lowest month on file)
    Case('record-in-its-history', date(2025, 8, 20),
         'In July 2025 the Border Patrol recorded its lowest monthly total in its history.',
         [Fig('lowest monthly total', 'usbp_sw_apprehensions', 'record', 'accurate')]),
    # one seizure's record is no record of a period's seizures
    Case('one-seizures-record-is-no-claim', date(2024, 2, 1),
         'Officers at Nogales made the biggest fentanyl bust in the agency’s history on Friday.',
         NOT_REPORTED),
    # a caravan's and a shelter's counts are no statistics of the border
    Case('caravan-and-shelter-counts', date(2024, 1, 10),
         'A caravan of about 6,000 migrants set out from Tapachula on Sunday. In El Paso, one shelter housed '
         '350 people overnight.',
         [Fig('6,000', None, 'level', 'unverifiable'),
          Fig('350', None, 'level', 'unverifiable')]),
    # "; of those," opens a part of the figure before; the Border Patrol's single adults are not held
    # (2023-12: Border Patrol 249,740)
    Case('part-after-a-semicolon-not-held', date(2024, 1, 25),
         'Border Patrol agents apprehended 249,740 migrants between ports of entry in December 2023; of those, '
         'about 100,000 were single adults.',
         [Fig('249,740', 'usbp_sw_apprehensions', 'level', 'accurate'),
          Fig('100,000', None, 'level', 'unverifiable')]),
    # "the most violent month of 2022" beside a level is a record among that year's months (2022-10 2,771, but
    # 2022-05 2,829: no record); Spanish "la de octubre de 2021" names that month (2021-10 2,705: x1.024)
    Case('record-among-the-years-months', date(2022, 11, 22),
         'October was the most violent month of 2022, with 2,771 homicide victims, the SESNSP reported.',
         [Fig('2,771', 'mx_homicides', 'level', 'overstated')]),
    Case('base-la-de-un-mes-es', date(2022, 11, 22),
         'En octubre de 2022 hubo 2 mil 771 víctimas de homicidio doloso, una cifra 2.4 por ciento mayor que la '
         'de octubre de 2021.',
         [Fig('2 mil', 'mx_homicides', 'level', 'accurate'),
          Fig('2.4', 'mx_homicides', 'change', 'accurate')]),
    # a part's share in brackets or after "es decir" is its share of its whole (FY2023: unaccompanied children
    # 137,275 of 2,475,669, 5.5%; ports of entry 429,831, 17.4%)
    Case('a-parts-share-in-brackets', date(2023, 11, 20),
         'In fiscal 2023, agents encountered 137,275 unaccompanied children at the southwest border (about 5.5 '
         'percent of the total).',
         [Fig('137,275', 'sw_border_encounters_unaccompanied_children', 'level', 'accurate'),
          Fig('5.5', 'sw_border_encounters_unaccompanied_children', 'share', 'accurate')]),
    Case('es-decir-del-total-es', date(2023, 11, 20),
         'En el año fiscal 2023 hubo 429 mil 831 encuentros en los puertos de entrada de la frontera suroeste, es '
         'decir, 17 por ciento del total.',
         [Fig('429 mil', 'ofo_sw_encounters', 'level', 'accurate'),
          Fig('17 por ciento', 'ofo_sw_encounters', 'share', 'accurate')]),
    # "N of the M ..., or X percent": the part's share of that whole, and both figures of the same months
    Case('part-of-the-whole-or-a-share', date(2023, 11, 20),
         'Unaccompanied children made up 137,275 of the 2,475,669 encounters recorded at the southwest border '
         'in fiscal 2023, or about 6 percent.',
         [Fig('137,275', 'sw_border_encounters_unaccompanied_children', 'level', 'accurate'),
          Fig('2,475,669', 'sw_border_encounters', 'level', 'accurate'),
          Fig('6 percent', 'sw_border_encounters_unaccompanied_children', 'share', 'accurate')]),
    # "que inició en octubre" says when the fiscal year began; "igual lapso del año fiscal anterior" is the
    # same months a year before (Mexicans FY2025 to August 168,186; FY2024 Oct-Aug 617,733)
    Case('el-ano-fiscal-que-inicio-es', date(2025, 9, 20),
         'En lo que va del año fiscal 2025, que inició en octubre, CBP suma 168 mil 186 encuentros con mexicanos '
         'en la frontera suroeste, contra unos 618 mil en igual lapso del año fiscal anterior.',
         [Fig('168 mil', 'sw_border_encounters_mexican', 'level', 'accurate'),
          Fig('618 mil', 'sw_border_encounters_mexican', 'level', 'accurate')]),
    # "up 15% from 2020 and the first time ...": a base year, not a span (2021 106,699 / 2020 91,799: x1.162)
    Case('from-a-year-and-then-words', date(2022, 5, 12),
         'Some 106,700 Americans died of drug overdoses in 2021, up 16% from 2020 and the first time the annual '
         'toll passed 100,000.',
         [Fig('106,700', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('16%', 'us_overdose_deaths', 'change', 'accurate'),
          Fig('100,000', 'us_overdose_deaths', 'level', 'accurate')]),
    # "measured by calendar year": the years of the sentence are calendar years (2022: 2,579,026)
    Case('measured-by-calendar-year', date(2025, 1, 20),
         'Measured by calendar year, southwest border encounters were highest in 2022, at about 2.58 million.',
         [Fig('2.58 million', 'sw_border_encounters', 'level', 'accurate')]),
    # "from a year earlier to $X": the level is of the month the sentence speaks of (2025-07 $5.41bn); a streak
    # read past a compound ("stepped-up") (Apr-Jul 2025 each below a year earlier, March not: 4 months)
    Case('to-a-level-after-a-base', date(2025, 9, 2),
         'Remittances fell for a fifth straight month in July, down 3.6% from a year earlier to $5.41 billion, '
         'amid stepped-up enforcement.',
         [Fig('fifth straight month', 'mx_remittances', 'streak', 'overstated'),
          Fig('3.6%', 'mx_remittances', 'change', 'accurate'),
          Fig('$5.41 billion', 'mx_remittances', 'level', 'accurate')]),
    # a verb, its object and "by N percent" state a change (H1 2025 12,752 vs H1 2024 15,104: x0.84)
    Case('cut-its-object-by', date(2025, 7, 22),
         'The government says it cut homicides by 16 percent in the first half of 2025.',
         [Fig('16 percent', 'mx_homicides', 'change', 'accurate')]),
    # a duration after a name and a comma is no listed count
    Case('a-duration-after-a-name', date(2024, 6, 5),
         'He signed it under the Immigration and Nationality Act, 16 years after his first campaign.',
         NOT_REPORTED),
    # "the first annual decline since 2013" says how far back the first goes; it does not date the level
    Case('first-since-is-no-period', date(2026, 2, 2),
         'Remittances fell 4% in 2025 to $62.5 billion, the first annual decline since 2013.',
         [Fig('4%', 'mx_remittances', 'change', 'accurate'),
          Fig('$62.5 billion', 'mx_remittances', 'level', 'accurate')]),
    # a state that led "again ... with", and one named "the State of Mexico" in the list after it (H1 2023:
    # Guanajuato 1,674, State of Mexico 1,330)
    Case('states-leading-a-list', date(2023, 7, 25),
         'Guanajuato again topped the ranking in the first half of 2023 with 1,674 homicide victims, ahead of the '
         'State of Mexico, 1,330.',
         [Fig('1,674', 'mx_homicides_guanajuato', 'level', 'accurate'),
          Fig('1,330', 'mx_homicides_estado_de_mexico', 'level', 'accurate')]),
    # "of that" closing a sentence points back to the figure before (2022: SE FDI $36.42bn, from the U.S.
    # $18.43bn)
    Case('of-that-closing-a-sentence', date(2023, 2, 20),
         'Mexico received about $36 billion in foreign direct investment in 2022, the Economy Ministry said. U.S. '
         'firms supplied roughly $18 billion of that.',
         [Fig('$36 billion', 'mx_fdi_se', 'level', 'accurate'),
          Fig('$18 billion', 'mx_fdi_se_us', 'level', 'accurate')]),
    # two publishers in one sentence: each figure is its own segment's publisher's (2022: INEGI 33,287 deaths,
    # SESNSP 30,979 victims)
    Case('each-segment-its-publisher', date(2024, 1, 15),
         'The SESNSP logged 30,979 homicide victims in 2022, whereas INEGI, working from death certificates, '
         'counted 33,287 homicides.',
         [Fig('30,979', 'mx_homicides', 'level', 'accurate'),
          Fig('33,287', 'mx_homicides_inegi', 'level', 'accurate')]),
    # a Mexican seizure and, after "mientras que", CBP's own count (2024-02 fentanyl 1,242 lb)
    Case('mexican-seizure-then-cbps-es', date(2024, 3, 15),
         'El Ejército aseguró 900 kilos de fentanilo en Culiacán en febrero, mientras que la CBP reportó mil 242 '
         'libras del opioide ese mes.',
         [Fig('900 kilos', None, 'level', 'unverifiable'),
          Fig('mil 242', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    # a state's part of a measure held by state only for another measure is a part no series holds
    # (2023 feminicides 851)
    Case('a-state-part-of-a-measure-not-held-by-state-es', date(2024, 2, 10),
         'En 2023 hubo 851 víctimas de feminicidio en el país. De ellas, 90 se registraron en Jalisco.',
         [Fig('851', 'mx_feminicides', 'level', 'accurate'),
          Fig('90', None, 'level', 'unverifiable')]),
    # a second rank joined to the first by "and", and a rank after "also" (2024: first partner, second export
    # market, first import source)
    Case('two-ranks-joined', date(2025, 2, 20),
         'Mexico is the top U.S. trading partner and its second-largest export market. It is also the biggest '
         'supplier to the United States.',
         [Fig('top U.S. trading partner', 'mx_rank_us_trading_partner', 'rank', 'accurate'),
          Fig('second-largest export market', 'mx_rank_us_export_market', 'rank', 'accurate'),
          Fig('biggest', 'mx_rank_us_import_source', 'rank', 'accurate')]),
    # a bracket sets off another figure, as a comma does (2024 15.8%; 2019 14.8%)
    Case('a-bracket-sets-off-a-figure', date(2025, 2, 20),
         'Mexico made up 15.8 percent of total U.S. goods trade in 2024 (up from 14.8 percent in 2019).',
         [Fig('15.8 percent', 'mx_share_us_goods_trade', 'share', 'accurate'),
          Fig('14.8 percent', 'mx_share_us_goods_trade', 'share', 'accurate')]),
    # a figure in words as large as one in digits, or a rate of hundreds a day, is a figure (2024-07 Border
    # Patrol 56,400 / 31 days = 1,819 a day)
    Case('a-rate-in-words', date(2024, 8, 20),
         'In July 2024 Border Patrol apprehensions ran at about eighteen hundred a day.',
         [Fig('eighteen hundred', 'usbp_sw_apprehensions', 'rate', 'accurate')]),
    # "cifra récord" after a level, past the level's year, is that level's record (SE FDI 2024 $37.89bn; 2013 was
    # higher, $48.36bn: no record)
    Case('cifra-record-after-the-year-es', date(2025, 2, 19),
         'México recibió 37 mil 890 millones de dólares de inversión extranjera directa en 2024, cifra récord, '
         'según la Secretaría de Economía.',
         [Fig('37 mil', 'mx_fdi_se', 'level', 'overstated')]),
    # encountered "by Border Patrol agents": the Border Patrol's count (2022-01 147,877)
    Case('encountered-by-border-patrol-agents', date(2022, 2, 18),
         'Migrants were stopped by Border Patrol agents about 148,000 times in January.',
         [Fig('148,000', 'usbp_sw_apprehensions', 'level', 'accurate')]),
    # both components together are the whole (FY2023 2,475,669)
    Case('officers-and-agents-together', date(2023, 10, 25),
         'CBP officers and Border Patrol agents encountered about 2.48 million migrants at the southwest border '
         'in fiscal year 2023.',
         [Fig('2.48 million', 'sw_border_encounters', 'level', 'accurate')]),
    # a month said to be the year's record is checked against every month of that year out by then (homicides
    # 2024: Jan 2,434, Feb 2,315, Mar 2,411, Apr 2,614, May 2,652, Jun 2,678; feminicides Jan 65, Feb 65,
    # Mar 78, Apr 64, May 95)
    Case('rec-month-of-year-so-far', date(2024, 6, 25),
         'Homicides in Mexico: May was the most violent month so far this year, the SESNSP said.',
         [Fig('most violent', 'mx_homicides', 'record', 'accurate')]),
    Case('rec-month-of-year-later-months-count', date(2024, 9, 10),
         'Homicides in Mexico: May was the most violent month so far this year, the SESNSP said.',
         [Fig('most violent', 'mx_homicides', 'record', 'overstated')]),
    Case('rec-month-of-year-es-with-figure', date(2024, 4, 20),
         'Marzo fue el mes más violento del año para las mujeres, con 78 víctimas de feminicidio.',
         [Fig('78', 'mx_feminicides', 'level', 'accurate')]),
    Case('rec-month-of-year-es-beaten-later', date(2024, 7, 1),
         'Marzo fue el mes más violento del año para las mujeres, con 78 víctimas de feminicidio.',
         [Fig('78', 'mx_feminicides', 'level', 'overstated')]),
    Case('rec-month-of-named-year-scope-between', date(2025, 1, 20),
         'February was the deadliest month of 2024 for homicides in Mexico, officials said.',
         [Fig('deadliest', 'mx_homicides', 'record', 'overstated')]),
    Case('rec-month-of-year-scope-before-year', date(2024, 4, 25),
         'March was the most violent month for women in Mexico this year, with 78 feminicides.',
         [Fig('78', 'mx_feminicides', 'level', 'accurate')]),
    # "violent deaths", the English of "muertes violentas", are Mexico's homicides (2023: 29,721)
    Case('hom-violent-deaths-english', date(2024, 2, 1),
         'Mexico recorded about 29,700 violent deaths in 2023, slightly fewer than the year before.',
         [Fig('29,700', 'mx_homicides', 'level', 'accurate')]),
    # a record set beside a figure is that figure's, measure and all (Border Patrol SW 2024-08 58,038; 2023-12
    # 249,740, the series' highest month)
    Case('rec-beside-figure-takes-its-measure', date(2024, 9, 20),
         'In August 2024 the U.S. Border Patrol recorded 58,038 encounters with migrants. That was far below '
         'December 2023, when encounters peaked at 249,740 – the highest ever recorded in a single month.',
         [Fig('58,038', 'usbp_sw_apprehensions', 'level', 'accurate'),
          Fig('249,740', 'usbp_sw_apprehensions', 'level', 'accurate'),
          Fig('highest ever', 'usbp_sw_apprehensions', 'record', 'accurate')]),
    # a share whose part is named by the verb after its whole (2021: synthetic opioids 70,601 of 106,699 overdose
    # deaths, 66.2%; FY2023: Mexicans 717,333 of 2,475,669 southwest encounters, 29.0%)
    Case('share-part-in-predicate', date(2022, 6, 1),
         'About 66% of the 107,000 overdose deaths in 2021 involved fentanyl.',
         [Fig('66%', 'us_synthetic_opioid_deaths', 'share', 'accurate'),
          Fig('107,000', 'us_overdose_deaths', 'level', 'accurate')]),
    Case('share-part-in-predicate-restated', date(2022, 6, 1),
         'Almost two-thirds of overdose deaths in 2021 were linked to fentanyl or similar synthetic opioids.',
         [Fig('two-thirds', 'us_synthetic_opioid_deaths', 'share', 'accurate')]),
    Case('share-part-in-predicate-es', date(2022, 6, 1),
         'El 66% de las muertes por sobredosis en 2021 se debieron al fentanilo.',
         [Fig('66%', 'us_synthetic_opioid_deaths', 'share', 'accurate')]),
    Case('share-part-in-predicate-nationality', date(2023, 11, 1),
         'Roughly 30% of southwest border encounters in fiscal 2023 were Mexicans.',
         [Fig('30%', 'sw_border_encounters_mexican', 'share', 'accurate')]),
    # several parts together in the predicate: no series holds their sum
    Case('share-parts-joined-in-predicate', date(2024, 9, 20),
         'In August 2024, 69% of encounters involved migrants from Mexico or Central America.',
         [Fig('69%', None, 'share', 'unverifiable')]),
    # a sentence opening with the whole's figure ("Of the N ...,") makes the figure after it a part of that whole
    # (12 months to 2021-04: synthetic opioids 64,317 of 100,950 overdose deaths, 63.7%)
    Case('partitive-of-figure-opening', date(2022, 6, 1),
         'Of the 107,000 overdose deaths in 2021, 66% involved fentanyl.',
         [Fig('107,000', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('66%', 'us_synthetic_opioid_deaths', 'share', 'accurate')]),
    Case('partitive-of-figure-opening-es', date(2023, 11, 1),
         'De los 2.47 millones de encuentros en el año fiscal 2023, 29% fueron de mexicanos.',
         [Fig('2.47 millones', 'sw_border_encounters', 'level', 'accurate'),
          Fig('29%', 'sw_border_encounters_mexican', 'share', 'accurate')]),
    Case('partitive-of-figure-after-that-fraction-subject', date(2021, 9, 1),
         'New data show that of the more than 100,000 Americans who died of overdoses in the 12 months ending in '
         'April 2021, almost two-thirds were linked to synthetic opioids.',
         [Fig('100,000', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('two-thirds', 'us_synthetic_opioid_deaths', 'share', 'accurate')]),
    # a change whose percentage fits a part its sentence does not name is judged on the measure named (SW May 2024
    # 170,716, June 130,415: x0.764, a fall of 23.6%; Mexicans happen to fall 28%)
    Case('change-unnamed-part-not-tried', date(2024, 7, 20),
         'Border crossings dropped to 130,415 in June, a 29% decline from May.',
         [Fig('130,415', 'sw_border_encounters', 'level', 'accurate'),
          Fig('29%', 'sw_border_encounters', 'change', 'overstated')]),
    # a rate set after a level is the same measure's (Border Patrol SW March 2025: 7,180, 231.6 a day)
    Case('rate-after-level-average', date(2025, 4, 15),
         'The Border Patrol recorded just 7,180 apprehensions in March, an average of fewer than 240 a day.',
         [Fig('7,180', 'usbp_sw_apprehensions', 'level', 'accurate'),
          Fig('240', 'usbp_sw_apprehensions', 'rate', 'accurate')]),
    Case('rate-after-level-promedio', date(2025, 4, 15),
         'La Patrulla Fronteriza registró 7 mil 180 detenciones en marzo, un promedio de 232 al día.',
         [Fig('7 mil', 'usbp_sw_apprehensions', 'level', 'accurate'),
          Fig('232', 'usbp_sw_apprehensions', 'rate', 'accurate')]),
    # "the fiscal year that ended in September" is that whole fiscal year (CBP fentanyl FY2025 12,027 lb, FY2024
    # 21,889: x0.55)
    Case('fy-that-ended-in-september', date(2025, 11, 20),
         'The agency seized 12,027 pounds of fentanyl in the fiscal year that ended in September, down 45% from '
         'the year before.',
         [Fig('12,027', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('45%', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    Case('fy-que-concluyo-en-septiembre', date(2025, 11, 20),
         'La CBP decomisó 12 mil 27 libras de fentanilo en el año fiscal que concluyó en septiembre.',
         [Fig('12 mil', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    # "fiscal 2024, which ended in September" says when that fiscal year ended, and dates no figure by September (CBP
    # fentanyl FY2024 21,889 lb, FY2023 27,023 lb)
    Case('named-fy-which-ended-in-september', date(2025, 3, 1),
         'In fiscal 2024, which ended in September, CBP seized 21,889 pounds of fentanyl.',
         [Fig('21,889', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    Case('es-named-fy-que-concluyo-en-septiembre', date(2024, 11, 20),
         'En el año fiscal 2023, que concluyó en septiembre, la CBP decomisó 27 mil 23 libras de fentanilo.',
         [Fig('27 mil 23', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    # a period set below or above a change's figure, or a multiple's, is its base (remittances July 2024 $5.61bn,
    # July 2023 $5.67bn: x0.99; homicides June 2024 2,678, June 2023 2,546: x1.05; fentanyl July 2024 2,805 lb,
    # June 2024 1,427: x1.96)
    Case('change-below-period', date(2024, 9, 2),
         "July remittances were 1% below July 2023's level.",
         [Fig('1%', 'mx_remittances', 'change', 'accurate')]),
    Case('change-por-debajo-de-las-de', date(2024, 9, 2),
         'Las remesas de julio de 2024 quedaron 1 por ciento por debajo de las de julio de 2023.',
         [Fig('1 por ciento', 'mx_remittances', 'change', 'accurate')]),
    Case('change-por-encima-del-nivel', date(2024, 9, 2),
         'Los homicidios de junio quedaron 5 por ciento por encima del nivel de junio de 2023.',
         [Fig('5 por ciento', 'mx_homicides', 'change', 'accurate')]),
    Case('change-double-possessive-month', date(2024, 8, 20),
         "CBP seized 2,805 pounds of fentanyl in July 2024, nearly double June's total.",
         [Fig('2,805', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('double', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    Case('change-el-doble-que-en', date(2024, 8, 20),
         'La CBP decomisó 2 mil 805 libras de fentanilo en julio de 2024, casi el doble que en junio.',
         [Fig('2 mil', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('doble', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    # "cada día", like "every day", makes the sentence's figure a rate; not another clause's (remittances 2024:
    # $65.02bn, $177.6 million a day)
    Case('rate-cada-dia-before', date(2025, 2, 2),
         'En 2024, cada día llegaron a México unos 178 millones de dólares en remesas.',
         [Fig('178', 'mx_remittances', 'rate', 'accurate')]),
    Case('rate-every-day-other-clause', date(2025, 2, 2),
         'Mexico received $65 billion in remittances in 2024, and every day thousands more people crossed north.',
         [Fig('$65 billion', 'mx_remittances', 'level', 'accurate'),
          Fig('thousands', ANY, 'rate', None)]),
    # "sumando los puertos de entrada", like "counting the ports of entry", makes the whole (SW August 2025 9,740;
    # Border Patrol 6,321)
    Case('whole-sumando-los-puertos', date(2025, 9, 20),
         'La Patrulla Fronteriza detuvo a 6 mil 321 migrantes en agosto de 2025. Sumando los puertos de entrada, '
         'los encuentros llegaron a 9 mil 740.',
         [Fig('6 mil', 'usbp_sw_apprehensions', 'level', 'accurate'),
          Fig('9 mil', 'sw_border_encounters', 'level', 'accurate')]),
    # "every country but Canada": "but" as "except" leaves Mexico the rank's subject (2024: #2 export market)
    Case('rank-but-as-except', date(2025, 3, 1),
         'Mexico buys more American-made goods than every country but Canada, making it the second-largest market '
         'for U.S. exports in 2024.',
         [Fig('second-largest', 'mx_rank_us_export_market', 'rank', 'accurate')]),
    # an acronym before a count verb is no place ("la IED sumó"); "comercio de mercancías" is goods trade (2020:
    # $535.99bn)
    Case('trade-comercio-de-mercancias', date(2021, 2, 6),
         'En 2020, el comercio de mercancías entre México y Estados Unidos sumó 536 mil millones de dólares.',
         [Fig('536 mil', 'us_mx_trade', 'level', 'accurate')]),
    # a record with no figure of its own in its conjunct is a claim, though the next conjunct has a figure (FY2023:
    # fentanyl 27,023 lb, the series' highest; cocaine 81,085 lb)
    Case('record-beside-next-conjunct-figure', date(2024, 9, 2),
         "CBP's fentanyl seizures hit a record in fiscal 2023, and cocaine seizures rose to 81,085 pounds.",
         [Fig('a record', 'cbp_fentanyl_seizures', 'record', 'accurate'),
          Fig('81,085', 'cbp_seizures_cocaine', 'level', 'accurate')]),
    # Spanish trade verbs set the flow as English ones do, "le" standing for the partner named before (2022: U.S.
    # imports from Mexico $452.03bn, exports to Mexico $324.21bn, balance $127.83bn; 2023 imports $475.22bn)
    Case('trade-flow-spanish-verbs-le', date(2023, 2, 8),
         'En 2022 México exportó a Estados Unidos bienes por 452 mil millones de dólares y le compró 324 mil '
         'millones, con lo que el superávit de México llegó a 128 mil millones.',
         [Fig('452 mil', 'us_imports_from_mx', 'level', 'accurate'),
          Fig('324 mil', 'us_exports_to_mx', 'level', 'accurate'),
          Fig('128 mil', 'us_mx_trade_balance', 'level', 'accurate')]),
    Case('trade-flow-spanish-importo-de', date(2024, 2, 8),
         'En 2023 Estados Unidos importó de México mercancías por 475 mil millones de dólares.',
         [Fig('475 mil', 'us_imports_from_mx', 'level', 'accurate')]),
    # a Spanish rank in words alone, in a sentence with no digit, is read (2022: Mexico second among U.S. partners)
    Case('rank-es-words-only-sentence', date(2023, 2, 8),
         'En 2022 las exportaciones crecieron. Con ello, México se mantuvo como el segundo socio comercial de '
         'Estados Unidos, detrás de Canadá.',
         [Fig('segundo socio', 'mx_rank_us_trading_partner', 'rank', 'accurate')]),
    # a multiple set after a place's level is that place's, its noun notwithstanding; "N veces los 244" is a multiple
    # (Sinaloa first half 2025 893, first half 2024 244: x3.66)
    Case('multiple-after-place-level', date(2025, 7, 15),
         'Sinaloa recorded 893 homicides in the first half of 2025, nearly four times the number a year earlier.',
         [Fig('893', 'mx_homicides_sinaloa', 'level', 'accurate'),
          Fig('four times', 'mx_homicides_sinaloa', 'change', 'accurate')]),
    Case('multiple-veces-los-after-time-opener', date(2025, 7, 15),
         'En el primer semestre de 2025 Sinaloa acumuló 893 homicidios, casi cuatro veces el nivel del mismo periodo '
         'del año anterior.',
         [Fig('893', 'mx_homicides_sinaloa', 'level', 'accurate'),
          Fig('cuatro veces', 'mx_homicides_sinaloa', 'change', 'accurate')]),
    # a daily rate in a sentence with no time of its own takes the period the text has come to (October 2024:
    # 2,571 homicides, 82.9 a day; Guanajuato 320, October 2023 246: x1.30), and a change after a listed place's
    # count is that place's
    Case('rate-inherits-month-listed-place-change', date(2024, 11, 20),
         'Guanajuato volvió a ser el estado con más víctimas de homicidio doloso en octubre, con 320, 30 por ciento '
         'más que en el mismo mes del año pasado. A nivel nacional se contabilizaron 2 mil 571 víctimas, un '
         'promedio de 83 al día.',
         [Fig('320', 'mx_homicides_guanajuato', 'level', 'accurate'),
          Fig('30 por ciento', 'mx_homicides_guanajuato', 'change', 'accurate'),
          Fig('2 mil', 'mx_homicides', 'level', 'accurate'),
          Fig('83', 'mx_homicides', 'rate', 'accurate')]),
    # a table pasted as text: each cell is of the measure its column's header names, in its row's period (SW FY2022
    # 2,378,944, FY2023 2,475,669; trade 2023: exports to Mexico $322.7bn, imports from Mexico $475.2bn)
    Case('table-column-header', date(2024, 11, 1),
         'Southwest border, by fiscal year:\n\nFiscal year | Encounters\n2022 | 2,378,944\n2023 | 2,475,669\n',
         [Fig('2,378,944', 'sw_border_encounters', 'level', 'accurate'),
          Fig('2,475,669', 'sw_border_encounters', 'level', 'accurate')]),
    Case('table-two-columns', date(2024, 3, 1),
         'Goods trade, 2023 (Census Bureau):\n\nYear | U.S. exports to Mexico | U.S. imports from Mexico\n'
         '2023 | $322.7 billion | $475.2 billion\n',
         [Fig('$322.7', 'us_exports_to_mx', 'level', 'accurate'),
          Fig('$475.2', 'us_imports_from_mx', 'level', 'accurate')]),
    # "all drugs" names the whole of CBP's seizures; what drove a change is not what changed; a "whose" clause is of
    # the noun before it (FY2022 all drugs 655,780 lb, FY2021 913,326: x0.72; marijuana FY2022 154,797)
    Case('all-drugs-cause-whose', date(2022, 11, 20),
         "CBP's seizures of all drugs totaled about 655,800 pounds in fiscal 2022, a decline of roughly 28 percent "
         "driven mostly by marijuana. Marijuana, whose seizures collapsed to about 155,000 pounds in fiscal 2022, "
         "led the fall.",
         [Fig('655,800', 'cbp_drug_seizures', 'level', 'accurate'),
          Fig('28 percent', 'cbp_drug_seizures', 'change', 'accurate'),
          Fig('155,000', 'cbp_seizures_marijuana', 'level', 'accurate')]),
    # "the U.S. deficit in goods trade with Mexico" is the balance (2018 $77.71bn, 2017 $69.06bn); the economy
    # minister speaks for the ministry's FDI count (SE 2023 $36.51bn); women counted as victims of feminicide are
    # victims (2023: 851)
    Case('deficit-in-goods-trade-with', date(2019, 6, 5),
         'The U.S. deficit in goods trade with Mexico was $77.7 billion in 2018, up from $69.1 billion in 2017.',
         [Fig('$77.7', 'us_mx_trade_balance', 'level', 'accurate'),
          Fig('$69.1', 'us_mx_trade_balance', 'level', 'accurate')]),
    Case('fdi-economy-minister', date(2024, 2, 20),
         'Foreign direct investment into Mexico reached $36.5 billion in 2023, Economy Minister Raquel Buenrostro '
         'said.',
         [Fig('$36.5', 'mx_fdi_se', 'level', 'accurate')]),
    Case('feminicide-women-victims', date(2024, 2, 20),
         'En 2023, 851 mujeres fueron víctimas de feminicidio en México, según el SESNSP.',
         [Fig('851', 'mx_feminicides', 'level', 'accurate')]),
    # "dos de cada tres", like "two in three", is a share of the noun after it (2023: synthetic opioids 74,702 of
    # 105,007 overdose deaths, 71.1%)
    Case('share-dos-de-cada-tres', date(2025, 2, 20),
         'Dos de cada tres muertes por sobredosis en 2023 involucraron opioides sintéticos.',
         [Fig('Dos de cada tres', 'us_synthetic_opioid_deaths', 'share', 'accurate')]),
    # a share with no whole of its own, whose subject names a part, is of the whole the figures before are of
    # (FY2023: single adults 1,514,322 of 2,475,669 southwest encounters, 61.2%)
    Case('share-of-earlier-whole', date(2023, 10, 25),
         'People traveling in family units accounted for 821,537 encounters at the southwest border in fiscal '
         '2023. Single adults, long the majority, made up about 61 percent.',
         [Fig('821,537', 'sw_border_encounters_family_units', 'level', 'accurate'),
          Fig('61 percent', 'sw_border_encounters_single_adults', 'share', 'accurate')]),
    # people "pouring across" or "crossing the border" are encounters (September 2023: 269,735, 8,991 a day)
    Case('encounters-pouring-across', date(2023, 10, 25),
         'In September 2023, more than 10,000 people a day were pouring across the southern border.',
         [Fig('10,000', 'sw_border_encounters', 'rate', 'overstated')]),
    # the money "sent by relatives" abroad is remittances (February 2025: $4.49bn, $160.4 million a day)
    Case('remittances-sent-by-relatives', date(2025, 4, 2),
         'In February 2025, the money sent by relatives in the United States came to roughly $160 million a day.',
         [Fig('$160 million', 'mx_remittances', 'rate', 'accurate')]),
    # a place's count after a dateline's dash, or after a semicolon whose clause has no subject, is the place's
    # (Sinaloa 2022: 478; Guanajuato 2023: 3,104)
    Case('place-after-dateline-dash', date(2023, 1, 25),
         'CULIACÁN, Sinaloa — Sinaloa registered 478 homicide victims in 2022, according to the federal public '
         'security system.',
         [Fig('478', 'mx_homicides_sinaloa', 'level', 'accurate')]),
    Case('place-subject-before-semicolon', date(2024, 10, 2),
         'Guanajuato fue el estado más violento del periodo; tan sólo en 2023 registró 3 mil 104 asesinatos.',
         [Fig('3 mil', 'mx_homicides_guanajuato', 'level', 'accurate')]),
    # in a sentence naming two publishers, each figure is the nearest one's, and "well above the 30,046" compares with
    # that figure rather than bounding it (2024: INEGI 33,241, SESNSP 30,046)
    Case('nearest-publisher-above-the', date(2025, 9, 10),
         "Mexico's statistics agency, INEGI, counted 33,241 homicides in 2024 based on death certificates, well above "
         "the 30,046 victims logged by the public security system (SESNSP).",
         [Fig('33,241', 'mx_homicides_inegi', 'level', 'accurate'),
          Fig('30,046', 'mx_homicides', 'level', 'accurate')]),
    # a change from a base that is the very period it would end in has no period, not a comparison of a year with
    # itself
    Case('change-from-its-own-period', date(2023, 1, 15),
         'Homicides have fallen about 4 percent from 2022, officials said.',
         [Fig('4 percent', 'mx_homicides', 'change', 'unverifiable')]),
    # "el intercambio total" is two-way goods trade, and "del comercio total de mercancías de Estados Unidos" Mexico's
    # share of it (February 2024: $67.03bn; 16.36%)
    Case('trade-intercambio-total-share', date(2024, 4, 5),
         'En febrero de 2024 el intercambio total sumó 67 mil 30 millones de dólares, y México concentró 16.4 por '
         'ciento del comercio total de mercancías de Estados Unidos.',
         [Fig('67 mil', 'us_mx_trade', 'level', 'accurate'),
          Fig('16.4 por ciento', 'mx_share_us_goods_trade', 'share', 'accurate')]),
    # a nationality after a noun describes it and counts no people ("ventas estadounidenses": U.S. sales; February
    # 2024 exports to Mexico $26.78bn)
    Case('nationality-adjective-no-people', date(2024, 4, 5),
         'En febrero de 2024, las ventas estadounidenses a México sumaron 26 mil 782 millones.',
         [Fig('26 mil', 'us_exports_to_mx', 'level', 'accurate')]),
    # a list by month holds its figures alone, each of the measure its heading names and of its line's month (CBP
    # fentanyl 2024: January 2,016 lb, February 1,242, March 1,449)
    Case('list-by-month-bare-values', date(2024, 5, 1),
         'Fentanyl seized by CBP in 2024, in pounds, by month:\n\n- January: 2,016\n- February: 1,242\n'
         '- March: 1,449\n',
         [Fig('2,016', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('1,242', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('1,449', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    # a year's possessive dates the level after it, and "since the count began in 2015" dates nothing (homicide
    # victims 2020 34,569, 2019 34,723; feminicides 2020 976)
    Case('year-possessive-and-count-began', date(2021, 1, 21),
         "Mexico recorded 34,569 murder victims in 2020, down 0.4% from 2019's record 34,723. Killings of women "
         "classified as femicides rose to 976, the most since the count began in 2015.",
         [Fig('34,569', 'mx_homicides', 'level', 'accurate'),
          Fig('0.4%', 'mx_homicides', 'change', 'accurate'),
          Fig('34,723', 'mx_homicides', 'level', 'accurate'),
          Fig('976', 'mx_feminicides', 'level', 'accurate')]),
    # a change whose own words name no period compares the two its sentence sets side by side (Sinaloa's homicide
    # victims 2023 531, 2024 994: x1.87)
    Case('change-between-periods-side-by-side', date(2025, 2, 10),
         'Killings in Sinaloa nearly doubled: the state counted 994 homicide victims last year, against 531 in '
         '2023.',
         [Fig('nearly doubled', 'mx_homicides_sinaloa', 'change', 'accurate'),
          Fig('994', 'mx_homicides_sinaloa', 'level', 'accurate'),
          Fig('531', 'mx_homicides_sinaloa', 'level', 'accurate')]),
    # a record beside a change is of the level's period, not of a span from the change's base (homicide victims
    # 2023 29,721, lower than every year since 2017's 28,868; 2022 30,979: x0.96)
    Case('record-beside-a-change-from-a-year', date(2024, 2, 10),
         'Mexico counted 29,700 homicide victims last year, down about 4 percent from 2022 and the lowest total '
         'since 2017.',
         [Fig('29,700', 'mx_homicides', 'level', 'accurate'),
          Fig('4 percent', 'mx_homicides', 'change', 'accurate'),
          Fig('the lowest total since 2017', 'mx_homicides', 'record', 'accurate')]),
    # a count given to the unit after "supera las" is another count compared with, not a bound (INEGI 2024
    # 33,241; SESNSP homicide victims 2024 30,046)
    Case('es-exceeds-a-precise-count', date(2025, 9, 1),
         'El INEGI contó 33 mil 241 homicidios en 2024, una cifra que supera las 30 mil 46 víctimas registradas '
         'por el SESNSP ese año.',
         [Fig('33 mil 241', 'mx_homicides_inegi', 'level', 'accurate'),
          Fig('30 mil 46', 'mx_homicides', 'level', 'accurate')]),
    # the states of a ranking, each with its count: one that leads "the list of May", the ones that follow it "con
    # mil 227", the one called "the deadliest state, with more than ...", and the one that "accounted for" a count
    # (homicide victims May 2025: Mexico 2,001, Guanajuato 175; first half of 2024: Mexico 15,104, Guanajuato 1,469,
    # Baja California 1,227, State of Mexico 1,208; 2024: Guanajuato 3,151, Chihuahua 2,024)
    Case('es-state-leads-the-list-of-a-month', date(2025, 6, 25),
         'En mayo de 2025 se contabilizaron 2 mil 1 víctimas de homicidio doloso en el país. Guanajuato encabezó '
         'la lista de mayo con 175.',
         [Fig('2 mil 1', 'mx_homicides', 'level', 'accurate'),
          Fig('175', 'mx_homicides_guanajuato', 'level', 'accurate')]),
    Case('es-states-following-with-their-counts', date(2024, 7, 25),
         'En el primer semestre de 2024 hubo 15 mil 104 víctimas de homicidio doloso. Guanajuato registró mil 469, '
         'seguido de Baja California, con mil 227, y del Estado de México, con mil 208.',
         [Fig('15 mil 104', 'mx_homicides', 'level', 'accurate'),
          Fig('mil 469', 'mx_homicides_guanajuato', 'level', 'accurate'),
          Fig('mil 227', 'mx_homicides_baja_california', 'level', 'accurate'),
          Fig('mil 208', 'mx_homicides_estado_de_mexico', 'level', 'accurate')]),
    Case('state-was-the-deadliest-with-a-count', date(2025, 2, 1),
         'Mexico logged 30,046 homicide victims in 2024. Guanajuato was once again the deadliest state, with more '
         'than 3,100 victims, and Chihuahua alone accounted for 2,024.',
         [Fig('30,046', 'mx_homicides', 'level', 'accurate'),
          Fig('more than 3,100', 'mx_homicides_guanajuato', 'level', 'accurate'),
          Fig('2,024', 'mx_homicides_chihuahua', 'level', 'accurate')]),
    # "del año anterior" is the year before the one the text speaks of (feminicides 2023 851, 2022 983)
    Case('es-del-ano-anterior', date(2024, 1, 25),
         'En 2023 se registraron 851 víctimas de feminicidio, frente a 983 del año anterior.',
         [Fig('851', 'mx_feminicides', 'level', 'accurate'),
          Fig('983', 'mx_feminicides', 'level', 'accurate')]),
    # a share of "the fentanyl" after a count of fentanyl seized is of that count, and the part the clause places
    # at the ports is the ports' (FY2024: fentanyl 21,889 lb, at ports of entry 18,900: 86.3%)
    Case('share-of-the-label-of-the-figure-before', date(2025, 1, 20),
         'CBP seized 21,889 pounds of fentanyl in fiscal 2024. Roughly 86 percent of the fentanyl was stopped at '
         'ports of entry, where most trucks cross.',
         [Fig('21,889', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('86 percent', 'cbp_fentanyl_seizures_ofo', 'share', 'accurate')]),
    # "of the weight seized", "of the total": the figure before, or the whole it is part of (FY2024: all drugs
    # 573,469 lb, fentanyl 21,889 = 3.8%; southwest encounters 2,135,005, families 804,456, single adults 1,218,880 =
    # 57.1%; Economy Ministry FDI 2024 $37.89 billion, from the United States $16.65 billion = 43.9%)
    Case('share-of-the-weight-seized', date(2025, 1, 20),
         'CBP seized 573,469 pounds of drugs in fiscal 2024. Fentanyl, for all the attention, made up less than 4 '
         'percent of the weight seized.',
         [Fig('573,469', 'cbp_drug_seizures', 'level', 'accurate'),
          Fig('4 percent', 'cbp_fentanyl_seizures', 'share', 'accurate')]),
    Case('share-of-the-total-a-part-before-is-of', date(2025, 1, 20),
         'In fiscal 2024, families were encountered about 804,000 times at the southwest border. Single adults made '
         'up the majority, roughly 57 percent of the total.',
         [Fig('804,000', 'sw_border_encounters_family_units', 'level', 'accurate'),
          Fig('57 percent', 'sw_border_encounters_single_adults', 'share', 'accurate')]),
    Case('es-share-after-the-part-with-article', date(2025, 3, 1),
         'En 2024, México recibió 37 mil 890 millones de dólares de inversión extranjera directa, según la '
         'Secretaría de Economía. Estados Unidos aportó 16 mil 650 millones, el 44 por ciento del total.',
         [Fig('37 mil 890', 'mx_fdi_se', 'level', 'accurate'),
          Fig('16 mil 650', 'mx_fdi_se_us', 'level', 'accurate'),
          Fig('44 por ciento', 'mx_fdi_se_us', 'share', 'accurate')]),
    # the level a change came to is of the change's measure (FY2024: all drugs 573,469 lb, marijuana 174,991,
    # methamphetamine 174,197; fentanyl FY2023 27,023 lb, FY2024 21,889: x0.81)
    Case('level-a-change-came-to', date(2025, 1, 20),
         'CBP seized 573,469 pounds of drugs in fiscal 2024. Marijuana accounted for about 175,000 pounds and '
         'methamphetamine for roughly 174,000. Fentanyl, only a small part of the weight seized, fell about 19 percent '
         'to some 21,900 pounds.',
         [Fig('573,469', 'cbp_drug_seizures', 'level', 'accurate'),
          Fig('175,000', 'cbp_seizures_marijuana', 'level', 'accurate'),
          Fig('174,000', 'cbp_seizures_methamphetamine', 'level', 'accurate'),
          Fig('19 percent', 'cbp_fentanyl_seizures', 'change', 'accurate'),
          Fig('21,900', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    # a wire dateline's day with an abbreviated month is no count of the city's, and a year before "un récord"
    # stays a year (remittances 2021 $51.59 billion; goods trade 2022 $779.3 billion)
    Case('es-wire-dateline-day', date(2022, 2, 1),
         'Ciudad de México, 1 feb (EFE).- México recibió 51 mil 594 millones de dólares en remesas en 2021.',
         [Fig('51 mil 594', 'mx_remittances', 'level', 'accurate')]),
    Case('es-year-before-un-record', date(2023, 2, 8),
         'El comercio de bienes entre México y Estados Unidos alcanzó en 2022 un récord de 779 mil 300 millones de '
         'dólares.',
         [Fig('779 mil 300', 'us_mx_trade', 'level', 'accurate')]),
    # goods named by their origin set a flow's direction, before the amount or as a buyer's purchases (2022: U.S.
    # imports from Mexico $452.9 billion, exports to Mexico $324.4 billion)
    Case('es-goods-by-origin', date(2023, 2, 8),
         'En 2022, las compras estadounidenses de bienes mexicanos llegaron a 452 mil 900 millones de dólares, y '
         'México adquirió productos estadounidenses por 324 mil 400 millones.',
         [Fig('452 mil 900', 'us_imports_from_mx', 'level', 'accurate'),
          Fig('324 mil 400', 'us_exports_to_mx', 'level', 'accurate')]),
    # "opioids of any kind" is all opioids, whatever part the text names elsewhere: a figure of the part is the wrong
    # measure (2022: overdose deaths 107,941, opioids 83,981, synthetic opioids 75,845)
    Case('opioids-of-any-kind', date(2023, 5, 20),
         'Overdoses killed nearly 108,000 Americans in 2022, most of them from synthetic opioids. Deaths involving '
         'opioids of any kind came to about 76,000.',
         [Fig('108,000', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('76,000', 'us_opioid_overdose_deaths', 'level', 'wrong_measure')]),
    # "the third straight monthly decline" is a streak (remittances May 2025 $5.41 billion, below May 2024's $5.63
    # billion; April 2025 below April 2024; March 2025 above March 2024: a run of two, not three)
    Case('streak-nth-straight-monthly-decline', date(2025, 6, 20),
         'Remittances to Mexico fell to $5.41 billion in May. It was the third straight monthly decline.',
         [Fig('$5.41 billion', 'mx_remittances', 'level', 'accurate'),
          Fig('third straight monthly decline', 'mx_remittances', 'streak', 'overstated')]),
    # a month as the subject, "alone", dates the figure (southwest encounters December 2023 301,981)
    Case('month-alone-as-subject', date(2024, 1, 20),
         'Southwest border encounters stayed high all year. December alone brought more than 300,000.',
         [Fig('300,000', 'sw_border_encounters', 'level', 'accurate')]),
    # "of July's total" makes a part of the month's figure, the part its subject names (fentanyl July 2024 2,805 lb,
    # by the Border Patrol 287)
    Case('part-of-a-months-total', date(2024, 8, 16),
         'CBP seized 2,805 pounds of fentanyl in July. Border Patrol agents accounted for 287 pounds of July\'s total.',
         [Fig('2,805', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('287', 'cbp_fentanyl_seizures_usbp', 'level', 'accurate')]),
    # the level a change came to is of the period the change ends in, not the base another figure of the sentence
    # owns (fentanyl FY2021 11,201 lb, FY2020 4,791; cocaine FY2021 97,638, FY2020 58,002: x1.68)
    Case('level-a-change-came-to-is-of-its-end', date(2021, 11, 10),
         "CBP seized some 11,200 pounds of fentanyl in fiscal 2021, more than double the previous year's 4,800 pounds, "
         'while cocaine seizures rose about 68 percent to about 98,000 pounds.',
         [Fig('11,200', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('more than double', 'cbp_fentanyl_seizures', 'change', 'accurate'),
          Fig('4,800', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('68 percent', 'cbp_seizures_cocaine', 'change', 'accurate'),
          Fig('98,000', 'cbp_seizures_cocaine', 'level', 'accurate')]),
    # "entre los puertos de entrada" places a part between the ports: the Border Patrol's, not the ports' (southwest
    # encounters November 2023 242,399; Border Patrol 191,106)
    Case('es-entre-los-puertos-is-the-border-patrol', date(2023, 12, 20),
         'En noviembre se registraron 242 mil 399 encuentros en la frontera suroeste. De ellos, 191 mil 106 ocurrieron '
         'entre los puertos de entrada.',
         [Fig('242 mil 399', 'sw_border_encounters', 'level', 'accurate'),
          Fig('191 mil 106', 'usbp_sw_apprehensions', 'level', 'accurate')]),
    # in a sentence naming two publishers, the other's words weigh less than the publisher named nearest the figure,
    # "the public security system" is the SESNSP, and "the INEGI figure" points back to INEGI's count (2023:
    # INEGI 32,252 deaths, 2022 33,287: x0.97; SESNSP victims 29,721)
    Case('nearest-publisher-over-the-other-publishers-words', date(2024, 9, 1),
         "INEGI counted 32,252 homicides in 2023. INEGI's count, which rests on death certificates, runs above the "
         "public security system's tally of victims, which stood at 29,721. The INEGI figure was down 3.1% from "
         "33,287 in 2022.",
         [Fig('32,252', 'mx_homicides_inegi', 'level', 'accurate'),
          Fig('29,721', 'mx_homicides', 'level', 'accurate'),
          Fig('3.1%', 'mx_homicides_inegi', 'change', 'accurate'),
          Fig('33,287', 'mx_homicides_inegi', 'level', 'accurate')]),
    # "the state" points back to the place the sentence before names, a place's count is its own ("Sinaloa's count
    # ... doubled to 994"), and "the same months a year earlier" are the run of months named before (Sinaloa
    # September-December 2024 656, 2023 163: x4.02; 2024 994, 2023 531: x1.87)
    Case('state-anaphor-and-a-places-count', date(2025, 1, 28),
         'Cartel infighting has upended Sinaloa. The state recorded 656 homicide victims from September through '
         "December, about four times as many as in the same months a year earlier. Over the whole of 2024, Sinaloa's "
         'count nearly doubled to 994.',
         [Fig('656', 'mx_homicides_sinaloa', 'level', 'accurate'),
          Fig('about four times', 'mx_homicides_sinaloa', 'change', 'accurate'),
          Fig('nearly doubled', 'mx_homicides_sinaloa', 'change', 'accurate'),
          Fig('994', 'mx_homicides_sinaloa', 'level', 'accurate')]),
    # two parts each named with a figure of its own are no "sum of two parts", and "four times the 2020 total" has
    # 2020 for its base (calendar 2021: southwest encounters 2,035,585, 2020 547,777: x3.72; unaccompanied children
    # 171,149; family units 605,879)
    Case('parts-each-with-a-figure-and-times-the-year-total', date(2022, 1, 20),
         'CBP counted just over 2 million southwest border encounters in calendar year 2021, nearly four times the '
         '2020 total. Unaccompanied children were encountered about 171,000 times and people in family units about '
         '606,000 times.',
         [Fig('just over 2 million', 'sw_border_encounters', 'level', 'accurate'),
          Fig('nearly four times', 'sw_border_encounters', 'change', 'accurate'),
          Fig('171,000', 'sw_border_encounters_unaccompanied_children', 'level', 'accurate'),
          Fig('606,000', 'sw_border_encounters_family_units', 'level', 'accurate')]),
    # "casi el doble" after two levels sums them up; "los envíos" after two openers points back to remittances; a
    # state's remittances are no series (remittances 2019 $37.25 billion, 2024 $65.02 billion: x1.75; November 2024
    # $5.47 billion, November 2023 $4.91 billion: x1.11)
    Case('es-double-of-two-levels-and-openers-before-the-subject', date(2025, 1, 10),
         'En 2019 México recibió 37 mil 250 millones de dólares en remesas; en 2024 la cifra llegó a 65 mil 20 '
         'millones, casi el doble. En noviembre, no obstante, los envíos subieron 11 por ciento a tasa anual. '
         'Michoacán recibió 5 mil 100 millones.',
         [Fig('37 mil 250', 'mx_remittances', 'level', 'accurate'),
          Fig('65 mil 20', 'mx_remittances', 'level', 'accurate'),
          Fig('casi el doble', 'mx_remittances', 'change', 'overstated'),
          Fig('11 por ciento', 'mx_remittances', 'change', 'accurate'),
          Fig('5 mil 100', None, 'level', 'unverifiable')]),
    # "mata a N estadounidenses cada día" counts deaths, and a sentence with no subject written ("Es más del doble")
    # speaks of what the sentence before counted (2021: overdose deaths 106,699, 292 a day; synthetic opioids 70,601,
    # 193 a day; 2015: 53,301: x2.00)
    Case('es-kills-a-day-and-no-subject-written', date(2022, 9, 15),
         'En 2021 murieron por sobredosis más de 106 mil estadounidenses. Es más del doble que en 2015. Un legislador '
         'dijo que el fentanilo mata a unos 190 estadounidenses cada día.',
         [Fig('más de 106 mil', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('más del doble', 'us_overdose_deaths', 'change', 'accurate'),
          Fig('unos 190', 'us_synthetic_opioid_deaths', 'rate', 'accurate')]),
    # the publisher the sentence before names still speaks in the next sentence of its paragraph (Economy Ministry
    # FDI 2019 $34.62 billion; the balance-of-payments series differs), and a rate after a record set beside a level
    # is that level's measure (feminicides 2021 1,021: 2.8 a day)
    Case('publisher-of-the-sentence-before', date(2021, 2, 17),
         'Foreign direct investment in Mexico fell last year, the Economy Ministry said. In 2019, foreign direct '
         'investment had reached $34.6 billion.',
         [Fig('$34.6 billion', 'mx_fdi_se', 'level', 'accurate')]),
    Case('rate-after-a-record-between', date(2022, 3, 8),
         'Mexico recorded 1,021 victims of femicide in 2021, the most since the crime was first counted on its own, '
         'an average of nearly three women a day.',
         [Fig('1,021', 'mx_feminicides', 'level', 'accurate'),
          Fig('nearly three women a day', 'mx_feminicides', 'rate', 'accurate')]),
    # "the count" points back past a sentence that states a part of the figure before ("... of them") to that
    # figure's measure (2024: overdose deaths 79,385, synthetic opioids 49,241; 12 months to August 2023: 112,966
    # deaths, 78,605 of them synthetic opioids)
    Case('the-count-past-a-part-of-them', date(2025, 6, 1),
         'Overdose deaths fell to about 79,400 in 2024. Synthetic opioids were involved in roughly 49,200 of them. At '
         'the peak, in the 12 months ending in August 2023, the count exceeded 110,000.',
         [Fig('79,400', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('49,200', 'us_synthetic_opioid_deaths', 'level', 'accurate'),
          Fig('110,000', 'us_overdose_deaths', 'level', 'accurate')]),
    # "igual periodo de 2023" is set beside the run of months named nearest before it (remittances January-June
    # 2024 $31.41 billion against January-June 2023 $30.24 billion: x1.039; June 2024 $6.23 billion, June 2023
    # $5.58 billion: x1.12)
    Case('es-same-period-of-the-nearest-months', date(2024, 8, 1),
         'En junio, las remesas sumaron 6 mil 230 millones de dólares; en el primer semestre alcanzaron 31 mil 410 '
         'millones, 3.9 por ciento más que en igual periodo de 2023.',
         [Fig('6 mil 230', 'mx_remittances', 'level', 'accurate'),
          Fig('31 mil 410', 'mx_remittances', 'level', 'accurate'),
          Fig('3.9 por ciento', 'mx_remittances', 'change', 'accurate')]),
]

KNOWN_GAPS: list[Case] = [
    # a count that starts on a day inside the period ("after the end of Title 42 on May 11") is
    # judged against the whole fiscal year it borrows from the sentence before
    Case('gap-count-from-a-day-inside-the-period', date(2023, 11, 2),
         'Fiscal year 2023 closed with roughly 2.48 million encounters at the southwest border. Of those, '
         'about 1.1 million were processed under Title 8 after the end of Title 42 on May 11.',
         [Fig('2.48 million', 'sw_border_encounters', 'level', 'accurate'),
          Fig('1.1 million', None, 'level', 'unverifiable')]),
    # a change named as a subject takes its end from its own clause ("through 2023") but its start
    # from the other clause ("since 2019"); the checker compares 2023 with 2022 instead
    Case('gap-change-start-in-other-clause', date(2024, 3, 8),
         'Officials say homicides have fallen 20 percent since 2019; by the official count, the decline '
         'through 2023 was nearer to 14 percent.',
         [Fig('20 percent', 'mx_homicides', 'change', 'overstated'),
          Fig('14 percent', 'mx_homicides', 'change', 'accurate')]),
]


test_case, test_known_gap = specification_tests(CASES, KNOWN_GAPS)


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
