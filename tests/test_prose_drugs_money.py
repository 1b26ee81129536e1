"""Held-out prose on drugs and money: overdose deaths, fentanyl seizures, remittances, trade and FDI.

The passages below were written for this test, one to three sentences each, in the manner of
wire copy (AP, Reuters), CDC/NCHS and CBP releases, health and policy newsletters, business-desk
economics copy, Banxico and Census summaries, think-tank notes, op-eds and fact-checks. Some
numbers were altered on purpose so that the outcomes mix accurate, overstated, understated,
wrong_measure and unverifiable. Every expectation was fixed before the checker was first run on
the passage: the indicator (from src/usmx/catalog/indicators.toml, or None where no official
series applies), the kind, and the verdict read from the store (``usmx value ID PERIOD``) with
the tolerances of docs/claims.md. Where those rules are silent, the expectation is what a careful
human fact-checker would conclude, and the comment says so.

The format is that of tests/test_checker_generalisation.py: each figure is named by an anchor
(words of the text that overlap its number); a NOT_REPORTED case asserts that nothing in it is
reported; every case also asserts that nothing beyond its figures is reported.

First run (once, before any case was moved): 65 of 81 figures right (80%); a figure is right
when its indicator, kind and verdict all are, and a NOT_REPORTED passage counts as one figure.
14 of the 57 passages failed. By family (NOT_REPORTED passages counted in theirs): overdose
deaths 19/26, fentanyl and drug seizures 13/18, remittances 17/18, trade 10/12, FDI 6/7.

KNOWN_GAPS holds every case that failed on that run; they are strict expected failures, so a
fix that makes one pass turns its test red until it moves into CASES.
"""

from __future__ import annotations

from datetime import date

from prose_spec import NOT_REPORTED, Case, Fig, specification_tests

CASES: list[Case] = [
    # --- overdose deaths -------------------------------------------------------------------------
    # NCHS predicted 12-month-ending counts: 112,285 to April 2023, 109,338 to April 2022 (x1.027)
    Case('od-cdc-12m-ending-april', date(2023, 9, 13),
         'Provisional data from CDC\'s National Center for Health Statistics indicate there were an '
         'estimated 112,000 drug overdose deaths in the United States in the 12 months ending in April '
         '2023, up 2.7% from a year earlier.',
         [Fig('112,000', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('2.7%', 'us_overdose_deaths', 'change', 'accurate')]),
    # NCHS finals: 2023 105,007, 2022 107,941 (x0.973). The predicted counts quoted (107,543 and
    # 111,029) are within 5% of the finals. Rules silent on "predicted": a fact-checker reads NCHS's
    # predicted provisional count as a statistic, not a forecast.
    Case('od-predicted-counts', date(2024, 5, 16),
         'Predicted overdose deaths for 2023 came in at 107,543, a 3% decrease from the 111,029 '
         'predicted for 2022, the CDC said Wednesday.',
         [Fig('107,543', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('3%', 'us_overdose_deaths', 'change', 'accurate'),
          Fig('111,029', 'us_overdose_deaths', 'level', 'accurate')]),
    # 2024 79,385 (final) vs 2023 105,007: x0.756; "lowest since 2019" holds (2020-2023 all higher)
    Case('od-reuters-2024-fall', date(2025, 5, 14),
         'U.S. overdose deaths fell about 27% in 2024 to roughly 80,400, the lowest annual total since '
         '2019, provisional CDC data showed.',
         [Fig('27%', 'us_overdose_deaths', 'change', 'accurate'),
          Fig('80,400', 'us_overdose_deaths', 'level', 'accurate')]),
    # 12 months to Aug 2023: 112,966 (predicted), the highest 12-month count in the series
    Case('od-record-12m-august', date(2023, 10, 20),
         'Overdose deaths hit a record of roughly 113,000 in the 12 months ending in August 2023.',
         [Fig('113,000', 'us_overdose_deaths', 'level', 'accurate')]),
    # opioid deaths 2022: 83,981; all overdose deaths 107,941 fits "nearly 108,000"
    Case('od-opioid-misquote', date(2023, 6, 1),
         'Opioid overdoses killed nearly 108,000 Americans in 2022.',
         [Fig('108,000', 'us_opioid_overdose_deaths', 'level', 'wrong_measure')]),
    # synthetic opioids: 2019 36,359, 2021 70,601 (x1.94): not "more than doubled"
    Case('od-synthetic-more-than-doubled', date(2022, 12, 1),
         'Between 2019 and 2021, deaths involving fentanyl and other synthetic opioids more than '
         'doubled, from about 36,000 to nearly 71,000.',
         [Fig('doubled', 'us_synthetic_opioid_deaths', 'change', 'overstated'),
          Fig('36,000', 'us_synthetic_opioid_deaths', 'level', 'accurate'),
          Fig('71,000', 'us_synthetic_opioid_deaths', 'level', 'accurate')]),
    # a subgroup (adolescents): no series; the ages are no figures
    Case('od-adolescents-doubled', date(2022, 4, 12),
         'Overdose deaths among adolescents aged 14 to 18 roughly doubled between 2019 and 2021, even as '
         'teen drug use declined.',
         [Fig('doubled', None, 'change', 'unverifiable')]),
    # another country's count and its per-day rate
    Case('od-canada-toxicity-deaths', date(2024, 6, 20),
         'Canada recorded 8,049 apparent opioid toxicity deaths in 2023, about 22 a day.',
         [Fig('8,049', None, 'level', 'unverifiable'),
          Fig('22', None, 'rate', 'unverifiable')]),
    # one county's count
    Case('od-cook-county', date(2024, 3, 5),
         "Cook County's medical examiner attributed about 1,600 deaths to opioid overdoses in 2023.",
         [Fig('1,600', None, 'level', 'unverifiable')]),
    # not statistics: a schedule and a lag
    Case('nr-cdc-release-schedule', date(2024, 1, 10),
         'The CDC updates its provisional overdose counts every month, about four months after the '
         'period ends.',
         NOT_REPORTED),

    # --- fentanyl and drug seizures ----------------------------------------------------------------
    # CBP fentanyl FY2024 21,889 lb, FY2023 27,023 lb (x0.81)
    Case('fs-bloomberg-fy2024', date(2024, 11, 15),
         'U.S. border officers intercepted nearly 22,000 pounds of fentanyl in the 2024 fiscal year, a '
         'drop of about 19% from the prior year.',
         [Fig('22,000', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('19%', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    # March 2023: CBP 2,854 lb; parts: ports of entry 2,322, Southwest 2,848, Border Patrol 531; none
    # within 10% of 2,000
    Case('fs-cbp-march-understated', date(2023, 4, 18),
         'CBP seized roughly 2,000 pounds of fentanyl nationwide in March.',
         [Fig('2,000', 'cbp_fentanyl_seizures', 'level', 'understated')]),
    # fiscal year to date, Oct 2023 - Mar 2024: 10,030 lb
    Case('fs-fytd-10000', date(2024, 4, 20),
         'So far this fiscal year, CBP has seized roughly 10,000 pounds of fentanyl.',
         [Fig('10,000', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    # Southwest Border region FY2023: 26,718 lb
    Case('fs-southwest-fy2023', date(2023, 11, 10),
         'Fentanyl seizures at the southwest border totaled about 26,700 pounds in fiscal 2023.',
         [Fig('26,700', 'cbp_fentanyl_seizures_sw', 'level', 'accurate')]),
    # Border Patrol FY2023: 2,841 lb; CBP as a whole 27,023 lb fits the figure
    Case('fs-border-patrol-misquote', date(2023, 11, 20),
         'Border Patrol agents seized 27,000 pounds of fentanyl in fiscal 2023.',
         [Fig('27,000', 'cbp_fentanyl_seizures_usbp', 'level', 'wrong_measure')]),
    # FY2023 27,023 lb = 12,257 kg
    Case('fs-kilograms', date(2023, 11, 1),
         'U.S. authorities seized about 12,300 kilograms of fentanyl at the border in fiscal 2023, CBP '
         'data showed.',
         [Fig('12,300', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    # Mexico's own seizures
    Case('fs-mexico-defense-ministry', date(2024, 1, 15),
         "Mexico's armed forces seized more than 2,100 kilograms of fentanyl in 2023, the Defense Ministry "
         'said.',
         [Fig('2,100', None, 'level', 'unverifiable')]),
    # FY2023/FY2021: 27,023/11,201 = x2.41 (Southwest region x2.52): not quadrupled
    Case('fs-quadrupled', date(2025, 1, 20),
         'Fentanyl seizures by CBP quadrupled between fiscal 2021 and fiscal 2023.',
         [Fig('quadrupled', 'cbp_fentanyl_seizures', 'change', 'overstated')]),
    # August 2024 1,685 lb; August 2023 1,819 lb
    Case('fs-august-vs-august', date(2024, 9, 20),
         'Fentanyl seizures fell to about 1,700 pounds in August, CBP figures show, down from roughly '
         '1,800 pounds in August 2023.',
         [Fig('1,700', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('1,800', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
    # not a statistic: a potency ratio
    Case('nr-carfentanil-potency', date(2024, 8, 1),
         'Carfentanil, an analogue used to sedate elephants, is about 100 times as potent as fentanyl.',
         NOT_REPORTED),

    # --- remittances -----------------------------------------------------------------------------
    # 2023 $63.319 bn, 2022 $58.868 bn (x1.0756)
    Case('re-banxico-annual-2023', date(2024, 2, 1),
         'Remittance inflows totaled 63,313 million dollars in 2023, an annual increase of 7.6%, Banxico '
         'reported.',
         [Fig('63,313', 'mx_remittances', 'level', 'accurate'),
          Fig('7.6%', 'mx_remittances', 'change', 'accurate')]),
    # June 2024 $6.226 bn (the highest month to then), June 2023 $5.584 bn (x1.115)
    Case('re-june-record-month', date(2024, 8, 1),
         'Remittances to Mexico rose 11.6% year-on-year in June to $6.21 billion, a record for any month.',
         [Fig('11.6%', 'mx_remittances', 'change', 'accurate'),
          Fig('$6.21 billion', 'mx_remittances', 'level', 'accurate')]),
    # Jan-Sep 2024 $48.52 bn; Jan-Sep 2023 $47.09 bn (x1.030)
    Case('re-first-nine-months', date(2024, 10, 1),
         'In the first nine months of the year, remittances reached $48.5 billion, up 3% from the same '
         'period of 2023.',
         [Fig('$48.5 billion', 'mx_remittances', 'level', 'accurate'),
          Fig('3%', 'mx_remittances', 'change', 'accurate')]),
    # April 2025 $4.801 bn, April 2024 $5.433 bn (x0.884); "at an annual rate" is year on year
    Case('re-tasa-anual-april', date(2025, 6, 2),
         'In April, remittances to Mexico dropped 12.1% at an annual rate, to 4,761 million dollars.',
         [Fig('12.1%', 'mx_remittances', 'change', 'accurate'),
          Fig('4,761', 'mx_remittances', 'level', 'accurate')]),
    # May 2025 $5.407 bn, May 2024 $5.635 bn (x0.960): a 14.6% plunge overstates the fall
    Case('re-tasa-anual-may-overstated', date(2025, 7, 1),
         'Remittances plunged 14.6% at an annual rate in May, Banxico said.',
         [Fig('14.6%', 'mx_remittances', 'change', 'overstated')]),
    # year-on-year: Apr, May, Jun, Jul 2025 each below 2024; Mar 2025 above: a run of four
    Case('re-streak-four', date(2025, 9, 1),
         'July marked the fourth consecutive month of year-on-year declines in remittances.',
         [Fig('fourth consecutive month', 'mx_remittances', 'streak', 'accurate')]),
    # through Sep 2025 the run is six (Apr-Sep): seven is too long
    Case('re-streak-seven-overstated', date(2025, 11, 3),
         'Remittances have now fallen for seven straight months on an annual basis, through September.',
         [Fig('seven straight months', 'mx_remittances', 'streak', 'overstated')]),
    # an average transfer is no total
    Case('re-average-transfer', date(2025, 1, 2),
         'The average remittance in November was 385 dollars, Banxico data show.',
         [Fig('385', None, 'rate', 'unverifiable')]),
    # Guatemala's remittances
    Case('re-guatemala', date(2025, 1, 15),
         'Remittances to Guatemala climbed about 8.6% in 2024 to nearly $21.5 billion, the Bank of '
         'Guatemala said.',
         [Fig('8.6%', None, 'change', 'unverifiable'),
          Fig('$21.5 billion', None, 'level', 'unverifiable')]),
    # 2024 $65.02 bn
    Case('re-oped-68-billion', date(2025, 2, 4),
         'Mexican migrants sent home more than $68 billion last year.',
         [Fig('$68 billion', 'mx_remittances', 'level', 'overstated')]),
    # Q1 2024 $14.12 bn
    Case('re-first-quarter-understated', date(2024, 5, 3),
         'Mexico took in $12.8 billion in remittances in the first quarter.',
         [Fig('$12.8 billion', 'mx_remittances', 'level', 'understated')]),
    # 2025 $62.47 bn is right, but 2024's $65.02 bn was higher: no record
    Case('re-false-record-2025', date(2026, 2, 3),
         'Remittances reached $62.5 billion in 2025, a new record.',
         [Fig('$62.5 billion', 'mx_remittances', 'level', 'overstated')]),

    # --- trade ------------------------------------------------------------------------------------
    # 2023 total $797.96 bn
    Case('tr-census-2023-total', date(2024, 2, 7),
         'U.S. goods trade with Mexico totaled $798 billion in 2023, surpassing trade with China for the '
         'first time in two decades.',
         [Fig('$798 billion', 'us_mx_trade', 'level', 'accurate')]),
    # 2023 balance -$152.5 bn: Mexico's surplus of $165 bn is 8% too high
    Case('tr-mexico-surplus-overstated', date(2024, 2, 8),
         "Mexico's trade surplus with the U.S. swelled to $165 billion last year.",
         [Fig('$165 billion', 'us_mx_trade_balance', 'level', 'overstated')]),
    # 2022 rank: 2 (Canada first)
    Case('tr-rank-2022-overstated', date(2023, 2, 8),
         "Mexico was the United States' top trading partner in 2022, ahead of Canada and China.",
         [Fig('top', 'mx_rank_us_trading_partner', 'rank', 'overstated')]),
    # another partner
    Case('tr-canada', date(2025, 2, 1),
         'U.S. goods trade with Canada reached about $762 billion in 2024.',
         [Fig('$762 billion', None, 'level', 'unverifiable')]),
    Case('tr-china-deficit', date(2024, 2, 8),
         'The U.S. goods deficit with China narrowed to $279 billion in 2023, the smallest since 2010.',
         [Fig('$279 billion', None, 'level', 'unverifiable')]),
    # 2024 $839.9 bn vs 2023 $798.0 bn (x1.053)
    Case('tr-two-way-2024', date(2025, 2, 10),
         'Two-way trade between the two countries grew 5.3% in 2024 to nearly $840 billion.',
         [Fig('5.3%', 'us_mx_trade', 'change', 'accurate'),
          Fig('$840 billion', 'us_mx_trade', 'level', 'accurate')]),
    # 2022 exports $324.2 bn: $280 bn is 14% low
    Case('tr-oped-sold-mexico', date(2023, 6, 1),
         'The United States sold Mexico $280 billion in goods last year.',
         [Fig('$280 billion', 'us_exports_to_mx', 'level', 'understated')]),

    # --- foreign direct investment ----------------------------------------------------------------
    # Secretaría de Economía 2023: $36.51 bn (revised from the preliminary $36.06 bn)
    Case('fdi-se-2023', date(2024, 2, 20),
         'Mexico received $36.06 billion in foreign direct investment in 2023, according to preliminary '
         'figures from the Economy Ministry.',
         [Fig('$36.06 billion', 'mx_fdi_se', 'level', 'accurate')]),
    # SE 2024 $37.89 bn fits, but 2013's $48.36 bn is higher: no record
    Case('fdi-se-false-record', date(2025, 2, 20),
         'Foreign direct investment reported by the Ministry of Economy hit a record $36.9 billion in 2024.',
         [Fig('$36.9 billion', 'mx_fdi_se', 'level', 'overstated')]),
    # balance of payments (World Bank): 2024 $45.33 bn, 2023 $31.02 bn
    Case('fdi-bop-world-bank', date(2025, 8, 1),
         'Balance-of-payments data compiled by the World Bank put FDI net inflows into Mexico at about $45 '
         'billion in 2024, up from $31 billion in 2023.',
         [Fig('$45', 'mx_fdi', 'level', 'accurate'),
          Fig('$31 billion', 'mx_fdi', 'level', 'accurate')]),
    # balance of payments 2023: $31.02 bn; $18 bn is 42% low
    Case('fdi-oped-understated', date(2024, 4, 15),
         'Foreign direct investment into Mexico fell to $18 billion in 2023.',
         [Fig('$18 billion', 'mx_fdi', 'level', 'understated')]),
    # 2022 final 107,941 (the predicted 109,680 of May 2023 was since revised): "more than 109,000"
    # fails; opioid and synthetic counts are far lower, so no wrong_measure. Per day 107,941/365 = 296.
    Case('od-ap-more-than-109000', date(2023, 5, 18),
         'More than 109,000 people died of overdoses in the U.S. last year, the CDC estimated '
         'Wednesday, or roughly 300 deaths a day.',
         [Fig('109,000', 'us_overdose_deaths', 'level', 'overstated'),
          Fig('300', 'us_overdose_deaths', 'rate', 'accurate')]),
    # one state's count: no series (rules name places by "the state of" or a suffix; a fact-checker
    # knows Ohio is a state)
    Case('od-ohio-state-count', date(2022, 11, 1),
         'Ohio recorded 5,174 unintentional overdose deaths in 2021, according to the state health '
         'department.',
         [Fig('5,174', None, 'level', 'unverifiable')]),
    # DEA's seizures are not CBP's: pills and powder both unlinked (rules silent on DEA; CBP's series
    # counts only CBP's seizures)
    Case('fs-dea-pills-and-powder', date(2024, 1, 10),
         'The DEA said it seized more than 77 million fentanyl pills and nearly 12,000 pounds of fentanyl '
         'powder in 2023.',
         [Fig('77 million', None, 'level', 'unverifiable'),
          Fig('12,000', None, 'level', 'unverifiable')]),
    # the latest 12-month counts before publication: 73,844 (to Sep 2022) to 75,845 (2022), all
    # above 73,000 a year, i.e. above 200 a day
    Case('od-oped-200-a-day', date(2023, 2, 1),
         'Fentanyl is now killing more than 200 Americans every single day.',
         [Fig('200', 'us_synthetic_opioid_deaths', 'rate', 'accurate')]),
    # synthetic 2024 49,241 vs 75,219: x0.655, a fall of more than a third; all drugs x0.756, about a
    # quarter
    Case('od-newsletter-third-and-quarter', date(2025, 6, 1),
         'Deaths involving synthetic opioids fell by more than a third in 2024, while overdose deaths '
         'overall dropped by about a quarter.',
         [Fig('a third', 'us_synthetic_opioid_deaths', 'change', 'accurate'),
          Fig('a quarter', 'us_overdose_deaths', 'change', 'accurate')]),
    # Oct 2024 - Feb 2025: 6,149 lb (Southwest 5,966, ports 5,504): not more than 7,500
    Case('fs-fytd-overstated', date(2025, 3, 18),
         'Fentanyl seizures for fiscal year 2025 to date stand at more than 7,500 pounds, CBP data show.',
         [Fig('7,500', 'cbp_fentanyl_seizures', 'level', 'overstated')]),
    # 2024: exports $334.0 bn, imports $505.9 bn, balance -$171.8 bn (the most negative on record)
    Case('tr-wsj-2024-flows', date(2025, 2, 6),
         'U.S. goods exports to Mexico rose to $334 billion in 2024, while imports climbed to $506 '
         'billion, widening the deficit to a record $172 billion.',
         [Fig('$334 billion', 'us_exports_to_mx', 'level', 'accurate'),
          Fig('$506', 'us_imports_from_mx', 'level', 'accurate'),
          Fig('$172 billion', 'us_mx_trade_balance', 'level', 'accurate')]),
    # 2024 share 15.8%
    Case('tr-share-nearly-16', date(2025, 3, 1),
         'Mexico now accounts for nearly 16 percent of total U.S. goods trade.',
         [Fig('16 percent', 'mx_share_us_goods_trade', 'share', 'accurate')]),
    # SE Jan-Jun 2025 $33.73 bn, Jan-Jun 2024 $33.63 bn (x1.003): the 10.2% compared preliminary
    # figures; against the revised ones it is overstated
    Case('fdi-se-first-half-2025', date(2025, 8, 20),
         'FDI in the first half of 2025 reached $34.3 billion, the Economy Ministry said, 10.2% more than '
         'in the same period of 2024.',
         [Fig('$34.3 billion', 'mx_fdi_se', 'level', 'accurate'),
          Fig('10.2%', 'mx_fdi_se', 'change', 'overstated')]),
    # a single bust
    Case('fs-single-bust', date(2024, 2, 5),
         'Officers in Nogales, Arizona, found nearly 200 pounds of fentanyl pills hidden in the floor of '
         'a tractor-trailer on Saturday.',
         [Fig('200', None, 'level', 'unverifiable')]),
    # a lethal-dose multiplication is no official statistic (rules silent: a fact-checker cannot check
    # it against any series)
    Case('fs-enough-to-kill-billions', date(2024, 2, 20),
         'By CBP\'s own arithmetic, the fentanyl its officers seized in fiscal 2023 was enough to kill '
         'more than 5 billion people.',
         [Fig('5 billion', None, 'level', 'unverifiable')]),
    # FY2023: ports of entry 24,182 of 27,023 lb = 89.5%
    Case('fs-ports-share', date(2024, 2, 1),
         'In fiscal 2023, about 90 percent of the fentanyl seized by CBP was caught at ports of entry, '
         'not between them.',
         [Fig('90 percent', 'cbp_fentanyl_seizures_ofo', 'share', 'accurate')]),
]

KNOWN_GAPS: list[Case] = [
    # GAP: "to 31.3" after a rate per 100,000 is not reported (a bare number after a per-person rate)
    # age-adjusted rates per 100,000 are per-person rates (not held); synthetic opioids 2023: 75,219
    # (predicted; the store has no final), 72,776 is 3.2% below
    Case('od-nchs-brief-rates', date(2024, 12, 19),
         'The age-adjusted rate of drug overdose deaths decreased from 32.6 per 100,000 standard '
         'population in 2022 to 31.3 in 2023. Synthetic opioids other than methadone were involved in '
         '72,776 deaths in 2023.',
         [Fig('32.6', None, 'rate', 'unverifiable'),
          Fig('31.3', None, 'rate', 'unverifiable'),
          Fig('72,776', 'us_synthetic_opioid_deaths', 'level', 'accurate')]),
    # GAP: a tax rate ("a 1% excise tax") is reported as an unlinked share. The project's own tests expect
    # tariff rates reported that way (tests/test_checker_generalisation.py ta1-ta4): this expectation
    # departs from that convention
    # not a statistic: a tax rate and its start date
    Case('nr-remittance-tax', date(2025, 7, 5),
         'Starting Jan. 1, 2026, a 1% excise tax applies to cash remittances sent from the United States.',
         NOT_REPORTED),
]


test_case, test_known_gap = specification_tests(CASES, KNOWN_GAPS)


def test_the_corpus_is_varied() -> None:
    """About 50 passages, unique ids, and every kind of outcome represented."""
    cases = CASES + KNOWN_GAPS
    assert len(cases) >= 45
    assert len({c.id for c in cases}) == len(cases)
    figs = [f for c in cases for f in c.figures]
    assert {"accurate", "overstated", "understated", "wrong_measure", "unverifiable"} <= {f.verdict for f in figs}
    assert {None} < {f.indicator for f in figs}
    assert sum(1 for c in cases if not c.figures) >= 3
