"""The checker on Spanish prose it was not tuned on: a specification written sentence by sentence.

The passages below were written for this test in the manner of the Mexican press (El Universal,
Milenio, El Financiero, La Jornada, Animal Político, Proceso, Expansión), EFE wire copy and the
bulletins of SESNSP, Banxico, the Secretaría de Economía and INEGI: "2 mil 652", "63 mil 313
millones de dólares", "en lo que va del año", "el primer semestre", "de enero a noviembre", "el
mismo mes del año pasado", "a tasa anual", "la cifra más baja desde 2017", per-day averages,
states listed after a national count, and figures that are no statistic of the two countries
(ages, dates, a state's budget, another country's remittances or trade). Every indicator family
is covered: overdose deaths, fentanyl seizures, border encounters and apprehensions,
remittances, homicides and feminicides, FDI, trade, and cartel territory.

Each figure is given by words of the text that overlap its number (an anchor), the indicator it
must be linked to (None: reported without one), its kind, and its verdict against the bundled
official data, worked out from ``usmx value ID PERIOD`` and the tolerances of docs/claims.md
before the checker was run on the sentence. A case whose figures are NOT_REPORTED asserts that
nothing in it is reported; every case also asserts that nothing beyond its figures is reported.

First run, before any rule was written for these passages: 60 of 75 figures right (0.80; a
figure is right when its indicator, kind and verdict all are, and a passage that must report
nothing counts as one figure). One of the 15 misses was the expectation's fault, not the
checker's: "700 mil" is stated to the hundred thousand, so its tolerance is 70,000 and 653,684
holds it (en4, corrected after the run); by the corrected expectations the first run scored 61/75
(0.81). That is the honest estimate for unseen Spanish prose. After the rules this set led to
(the same months a year earlier, the year to date of a named or fiscal year, "el doble", Mexico's
surplus), 68/75 (0.91); after the general rules the seven remaining misses pointed to (a place
listed as ", con 240", a publisher named beside its measure's Spanish word, seizures by Mexico's
own forces, a level after a change's base, Spanish shares and ranks), 75/75.

KNOWN_GAPS holds passages the checker still gets wrong, as strict expected failures (fixing one
turns its test red until it moves into CASES); none is left.
"""

from __future__ import annotations

from datetime import date

from prose_spec import NOT_REPORTED, Case, Fig, specification_tests

CASES: list[Case] = [
    # --- remittances (Banxico) ---------------------------------------------------------------------
    # 2023: $63,319 million, 2022: $58,868 million (+7.6%); "a tasa anual" names the comparison, not a rate
    Case('rem1-tasa-anual', date(2024, 2, 1),
         'El Banco de México informó que los ingresos por remesas sumaron 63 mil 313 millones de dólares en '
         '2023, un alza de 7.6% a tasa anual.',
         [Fig('63 mil 313', 'mx_remittances', 'level', 'accurate'),
          Fig('7.6%', 'mx_remittances', 'change', 'accurate')]),
    # May 2024: $5,634.8 million; May 2023: $5,675.9 million (-0.7%)
    Case('rem2-mismo-mes-del-ano-pasado', date(2024, 7, 1),
         'En mayo, las remesas alcanzaron 5 mil 635 millones de dólares, lo que significó una caída de 0.7% '
         'respecto al mismo mes del año pasado.',
         [Fig('5 mil 635', 'mx_remittances', 'level', 'accurate'),
          Fig('0.7%', 'mx_remittances', 'change', 'accurate')]),
    # January-June 2024: $31,412 million; the same months of 2023: $30,237 million (+3.9%)
    Case('rem3-primer-semestre', date(2024, 8, 1),
         'En el primer semestre del año, México recibió 31 mil 412 millones de dólares por concepto de '
         'remesas, 3.9% más que en el mismo periodo de 2023.',
         [Fig('31 mil 412', 'mx_remittances', 'level', 'accurate'),
          Fig('3.9%', 'mx_remittances', 'change', 'accurate')]),
    # January-November 2024: $59,758 million; "connacionales" are no encounters when they send dollars
    Case('rem4-en-lo-que-va-del-ano', date(2024, 12, 10),
         'En lo que va del año, los connacionales en el exterior han enviado 66 mil millones de dólares en '
         'remesas, de acuerdo con Banxico.',
         [Fig('66 mil', 'mx_remittances', 'level', 'overstated')]),
    # 2023: $63,319 million / 365 = $173.5 million a day
    Case('rem5-diarios', date(2024, 3, 1),
         'En 2023 llegaron al país, en promedio, unos 150 millones de dólares diarios por concepto de '
         'remesas.',
         [Fig('150', 'mx_remittances', 'rate', 'understated')]),
    # June 2025: $5,253 million; June 2024: $6,226 million (-15.6%)
    Case('rem6-junio-a-tasa-anual', date(2025, 8, 1),
         'En junio, las remesas cayeron 16.2% a tasa anual y se ubicaron en 5 mil 201 millones de dólares.',
         [Fig('16.2%', 'mx_remittances', 'change', 'accurate'),
          Fig('5 mil 201', 'mx_remittances', 'level', 'accurate')]),
    Case('rem7-otro-pais', date(2024, 2, 15),
         'Guatemala, por su parte, recibió 19 mil 804 millones de dólares en remesas durante 2023.',
         [Fig('19 mil 804', None, 'level', 'unverifiable')]),
    # 2024: $65,017 million, the highest year of the series
    Case('rem8-maximo-historico', date(2025, 2, 5),
         'Las remesas a México alcanzaron un máximo histórico de 64 mil 745 millones de dólares en 2024.',
         [Fig('64 mil 745', 'mx_remittances', 'level', 'accurate')]),

    # --- homicides and feminicides (SESNSP, INEGI) ----------------------------------------------------
    # 2023: 29,721 victims, the lowest of 2018-2023 ("desde 2017": the years after 2017)
    Case('hom1-cifra-mas-baja-desde', date(2024, 1, 20),
         'Según el SESNSP, en 2023 se registraron 29 mil 675 víctimas de homicidio doloso, la cifra más baja '
         'desde 2017.',
         [Fig('29 mil 675', 'mx_homicides', 'level', 'accurate')]),
    # 2024: 30,046, more than 2023's 29,721: no record since 2017
    Case('hom2-record-que-no-es', date(2025, 1, 25),
         'En 2024 hubo 30 mil 057 víctimas de homicidio doloso en el país, el nivel más bajo desde 2017, '
         'informó el gobierno federal.',
         [Fig('30 mil 057', 'mx_homicides', 'level', 'overstated')]),
    # May 2024: 2,652 victims, 85.5 a day
    Case('hom3-victimas-al-dia', date(2024, 6, 12),
         'En mayo se contabilizaron 2 mil 652 víctimas de homicidio doloso, lo que equivale a 86 víctimas '
         'al día.',
         [Fig('2 mil 652', 'mx_homicides', 'level', 'accurate'),
          Fig('86', 'mx_homicides', 'rate', 'accurate')]),
    # January-June 2025: 12,752; January-June 2024: 15,104 (-15.6%): a fall of 25% overstates it
    Case('hom5-en-lo-que-va-del-ano', date(2025, 7, 12),
         'En lo que va del año se han registrado 12 mil 752 víctimas de homicidio doloso, una reducción de '
         '25% frente al mismo periodo de 2024.',
         [Fig('12 mil 752', 'mx_homicides', 'level', 'accurate'),
          Fig('25%', 'mx_homicides', 'change', 'overstated')]),
    # January-May 2025: 10,784; January-May 2024: 12,426 (-13.2%)
    Case('hom6-de-enero-a-mayo', date(2025, 6, 20),
         'De enero a mayo de 2025 se contabilizaron 10 mil 784 homicidios dolosos, 13.2% menos que en los '
         'mismos meses del año pasado.',
         [Fig('10 mil 784', 'mx_homicides', 'level', 'accurate'),
          Fig('13.2%', 'mx_homicides', 'change', 'accurate')]),
    # 2024: 30,046 / 366 = 82.1 a day
    Case('hom7-cada-dia', date(2025, 1, 15),
         'Durante 2024, en promedio, 95 personas fueron asesinadas cada día en México.',
         [Fig('95', 'mx_homicides', 'rate', 'overstated')]),
    # 2024: 852 victims of feminicide; 2023: 851
    Case('fem1-frente-al-ano-anterior', date(2025, 1, 20),
         'En 2024 hubo 847 víctimas de feminicidio en el país, frente a 851 del año anterior.',
         [Fig('847', 'mx_feminicides', 'level', 'accurate'),
          Fig('851', 'mx_feminicides', 'level', 'accurate')]),
    # 2022: 983
    Case('fem2-mas-de-mil', date(2023, 1, 25),
         'En 2022 se registraron más de mil víctimas de feminicidio, de acuerdo con el Secretariado Ejecutivo.',
         [Fig('mil víctimas', 'mx_feminicides', 'level', 'overstated')]),
    # January-June 2024: 437; the same months of 2023: 453 (-3.5%)
    Case('fem3-mismo-lapso', date(2024, 7, 20),
         'Las víctimas de feminicidio sumaron 437 en el primer semestre, 15% menos que en el mismo lapso de '
         '2023.',
         [Fig('437', 'mx_feminicides', 'level', 'accurate'),
          Fig('15%', 'mx_feminicides', 'change', 'overstated')]),

    # --- overdose deaths (CDC/NCHS) -------------------------------------------------------------------
    # 2023: 105,007 (final); 2022: 107,941 (-2.7%)
    Case('od1-cdc-baja', date(2024, 5, 20),
         'De acuerdo con los CDC, en 2023 murieron 107 mil 543 personas por sobredosis de drogas en Estados '
         'Unidos, una baja de 3% frente a 2022.',
         [Fig('107 mil 543', 'us_overdose_deaths', 'level', 'accurate'),
          Fig('3%', 'us_overdose_deaths', 'change', 'accurate')]),
    # 2024: 79,385 (-24.4%)
    Case('od2-se-redujeron', date(2025, 5, 15),
         'Las muertes por sobredosis en Estados Unidos se redujeron 24% en 2024, a alrededor de 80 mil.',
         [Fig('24%', 'us_overdose_deaths', 'change', 'accurate'),
          Fig('80 mil', 'us_overdose_deaths', 'level', 'accurate')]),
    # synthetic opioids, 2023: 75,219
    Case('od3-opioides-sinteticos', date(2024, 6, 1),
         'El fentanilo y otros opioides sintéticos provocaron más de 75 mil muertes en 2023.',
         [Fig('75 mil', 'us_synthetic_opioid_deaths', 'level', 'accurate')]),
    # the latest year, 2023: 75,219 synthetic-opioid deaths, 105,007 overdose deaths in all
    Case('od4-cada-ano-medida-equivocada', date(2024, 3, 1),
         'Cada año mueren más de 100 mil estadounidenses por fentanilo.',
         [Fig('100 mil', 'us_synthetic_opioid_deaths', 'level', 'wrong_measure')]),
    # 12 months to September 2024: 88,948 (predicted)
    Case('od5-doce-meses', date(2024, 12, 15),
         'En los 12 meses que terminaron en septiembre de 2024 se registraron unas 89 mil muertes por '
         'sobredosis, según datos provisionales.',
         [Fig('89 mil', 'us_overdose_deaths', 'level', 'accurate')]),
    Case('od6-potencia-y-dosis', date(2024, 3, 1),
         'Apenas dos miligramos de fentanilo pueden ser una dosis letal; el opioide es 50 veces más potente '
         'que la heroína.',
         NOT_REPORTED),

    # --- fentanyl seizures (CBP) --------------------------------------------------------------------
    # FY2023: 27,023 lb; FY2022: 14,700 lb (x1.84)
    Case('fs1-casi-el-doble', date(2023, 10, 25),
         'La CBP decomisó 27 mil libras de fentanilo en el año fiscal 2023, casi el doble que el año '
         'anterior.',
         [Fig('27 mil', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('doble', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    # FY2024: 21,889 lb (-19%)
    Case('fs2-decomisos-caida', date(2024, 10, 30),
         'Los decomisos de fentanilo sumaron 21 mil 900 libras en el año fiscal 2024, una caída de 19% '
         'respecto al año fiscal anterior.',
         [Fig('21 mil 900', 'cbp_fentanyl_seizures', 'level', 'accurate'),
          Fig('19%', 'cbp_fentanyl_seizures', 'change', 'accurate')]),
    # a bare year on a CBP measure is its fiscal year: FY2023, 27,023 lb
    Case('fs4-mas-de', date(2024, 2, 10),
         'En 2023, la CBP incautó más de 30 mil libras de fentanilo.',
         [Fig('30 mil', 'cbp_fentanyl_seizures', 'level', 'overstated')]),

    # --- border encounters and apprehensions (CBP) ---------------------------------------------------
    # December 2023: Border Patrol 249,740; all encounters 301,981
    Case('en1-patrulla-fronteriza-reporto', date(2024, 1, 20),
         'La Patrulla Fronteriza reportó 249 mil 740 detenciones de migrantes en la frontera con México en '
         'diciembre.',
         [Fig('249 mil 740', 'usbp_sw_apprehensions', 'level', 'accurate')]),
    # FY2024: 2,135,005; FY2023: 2,475,669 (-13.8%)
    Case('en2-ano-fiscal', date(2024, 10, 25),
         'En el año fiscal 2024, la CBP contabilizó 2.1 millones de encuentros en la frontera suroeste, 14% '
         'menos que en el año fiscal 2023.',
         [Fig('2.1 millones', 'sw_border_encounters', 'level', 'accurate'),
          Fig('14%', 'sw_border_encounters', 'change', 'accurate')]),
    # February 2025: 8,353; February 2024: 140,641 (x0.059)
    Case('en3-desplome', date(2025, 3, 20),
         'En febrero, la Patrulla Fronteriza detuvo a 8 mil 347 migrantes en la frontera sur, un desplome de '
         '94% frente al mismo mes del año pasado.',
         [Fig('8 mil 347', 'usbp_sw_apprehensions', 'level', 'accurate'),
          Fig('94%', 'usbp_sw_apprehensions', 'change', 'accurate')]),
    # FY2024: 653,684 encounters of Mexican nationals; "700 mil" is stated to the hundred thousand, capped at a tenth
    # of the value (70,000), so 630,000-770,000 holds it
    Case('en4-ciudadanos-mexicanos', date(2024, 11, 1),
         'En el año fiscal 2024 hubo 700 mil encuentros de ciudadanos mexicanos en la frontera.',
         [Fig('700 mil', 'sw_border_encounters_mexican', 'level', 'accurate')]),
    # December 2023: 301,981 / 31 = 9,741 a day
    Case('en5-encuentros-diarios', date(2024, 1, 25),
         'En diciembre se registraron en promedio casi 10 mil encuentros diarios en la frontera sur.',
         [Fig('10 mil', 'sw_border_encounters', 'rate', 'accurate')]),
    # October 2023-January 2024: 961,502; October 2022-January 2023: 876,375 (+9.7%)
    Case('en7-en-lo-que-va-del-ano-fiscal', date(2024, 2, 20),
         'En lo que va del año fiscal 2024, la CBP acumula 961 mil encuentros en la frontera suroeste, 10% '
         'más que en el mismo periodo del año fiscal anterior.',
         [Fig('961 mil', 'sw_border_encounters', 'level', 'accurate'),
          Fig('10%', 'sw_border_encounters', 'change', 'accurate')]),

    # --- numbers that are no statistic of the two countries -----------------------------------------
    Case('nc1-edad-y-fecha', date(2024, 3, 10),
         'Un joven de 17 años murió el 3 de marzo de 2024 en Tijuana tras consumir una pastilla adulterada '
         'con fentanilo.',
         NOT_REPORTED),
    Case('nc2-presupuesto-estatal', date(2024, 1, 10),
         'El Congreso de Sonora aprobó un presupuesto de 8 mil 500 millones de pesos para seguridad pública '
         'en 2024.',
         [Fig('8 mil 500', None, 'level', 'unverifiable')]),
    Case('nc3-comercio-con-canada', date(2024, 2, 10),
         'El comercio de Estados Unidos con Canadá sumó 782 mil millones de dólares en 2023.',
         [Fig('782 mil', None, 'level', 'unverifiable')]),
    Case('nc4-edad-y-plazo', date(2024, 6, 1),
         'La presidenta electa, de 61 años, viajará a Washington el 12 de junio, a tres semanas del inicio de '
         'la revisión del tratado.',
         NOT_REPORTED),

    # --- foreign direct investment (Secretaría de Economía, Banco Mundial) ---------------------------
    # January-June 2025: $33,730 million; January-June 2024: $33,634 million (+0.3%)
    Case('fdi1-secretaria-de-economia-semestre', date(2025, 8, 20),
         'La Secretaría de Economía informó que la IED en México sumó 34 mil 265 millones de dólares en el '
         'primer semestre de 2025, un alza de 10.2% respecto al mismo periodo de 2024.',
         [Fig('34 mil 265', 'mx_fdi_se', 'level', 'accurate'),
          Fig('10.2%', 'mx_fdi_se', 'change', 'overstated')]),
    # balance-of-payments net inflows, 2024: $45,334 million (SE's notified total: $37,894 million)
    Case('fdi2-banco-mundial', date(2025, 7, 1),
         'De acuerdo con el Banco Mundial, los flujos netos de inversión extranjera directa hacia México '
         'fueron de 45 mil millones de dólares en 2024.',
         [Fig('45 mil', 'mx_fdi', 'level', 'accurate')]),
    # FDI from the United States, 2024: $16,654 million
    Case('fdi3-inversion-estadounidense', date(2025, 2, 20),
         'La inversión estadounidense en México sumó 16 mil 654 millones de dólares en 2024, según la '
         'Secretaría de Economía.',
         [Fig('16 mil 654', 'mx_fdi_se_us', 'level', 'accurate')]),
    # Mexico's share of Latin America's FDI, 2023: 14.4%
    Case('fdi4-participacion-regional', date(2024, 8, 1),
         'México captó el 14.4% de la IED en América Latina y el Caribe en 2023.',
         [Fig('14.4%', 'mx_share_latam_fdi', 'share', 'accurate')]),

    # --- trade (U.S. Census Bureau) ------------------------------------------------------------------
    # the U.S. balance, 2024: -$171,809 million, the most negative of the series
    Case('tr2-superavit-record', date(2025, 2, 6),
         'El superávit comercial de México con Estados Unidos fue de 171 mil 809 millones de dólares en 2024, '
         'un récord.',
         [Fig('171 mil 809', 'us_mx_trade_balance', 'level', 'accurate')]),
    # U.S. imports from Mexico, 2024: $505,851 million
    Case('tr3-exportaciones-de-mexico', date(2025, 2, 10),
         'Las exportaciones de México a Estados Unidos sumaron 540 mil millones de dólares en 2024.',
         [Fig('540 mil', 'us_imports_from_mx', 'level', 'overstated')]),
    # U.S. exports to Mexico, 2024: $334,041 million
    Case('tr4-importaciones-mexicanas', date(2025, 2, 10),
         'Las importaciones mexicanas desde Estados Unidos fueron de 334 mil millones de dólares en 2024.',
         [Fig('334 mil', 'us_exports_to_mx', 'level', 'accurate')]),
    # Mexico's share of U.S. goods trade, 2024: 15.8%
    Case('tr5-participacion-en-el-comercio', date(2025, 2, 10),
         'México representó 15.8% del comercio total de Estados Unidos en 2024.',
         [Fig('15.8%', 'mx_share_us_goods_trade', 'share', 'accurate')]),
    # January-November 2024: -$157,205 million
    Case('tr6-de-enero-a-noviembre', date(2025, 1, 10),
         'De enero a noviembre de 2024, el superávit de México en su comercio con Estados Unidos sumó 157 mil '
         '205 millones de dólares.',
         [Fig('157 mil', 'us_mx_trade_balance', 'level', 'accurate')]),
    # 2023: -$152,473 million
    Case('tr7-deficit-menor', date(2024, 2, 10),
         'El déficit comercial de Estados Unidos con México ascendió a 130 mil millones de dólares en 2023.',
         [Fig('130 mil', 'us_mx_trade_balance', 'level', 'understated')]),

    # --- cartel territory (attributed estimates) -----------------------------------------------------
    # Gen. VanHerck (March 2021): 30-35%
    Case('ct1-entre-30-y-35', date(2021, 4, 1),
         'El general Glen VanHerck afirmó que los cárteles controlan entre 30 y 35% del territorio mexicano.',
         [Fig('30 y 35', 'cartel_territory_share', 'share', 'accurate')]),
    # May 2024: Guanajuato 215, Baja California 213, Estado de México 200
    Case('hom4-estados-con', date(2024, 6, 20),
         'En mayo se registraron 2 mil 657 víctimas de homicidio doloso en el país. Guanajuato fue la entidad '
         'con más asesinatos, con 215, seguida de Baja California, con 240, y el Estado de México, con 200.',
         [Fig('2 mil 657', 'mx_homicides', 'level', 'accurate'),
          Fig('215', 'mx_homicides_guanajuato', 'level', 'accurate'),
          Fig('240', 'mx_homicides_baja_california', 'level', 'overstated'),
          Fig('200', 'mx_homicides_estado_de_mexico', 'level', 'accurate')]),
    # INEGI's death certificates: 32,252 homicides in 2023
    Case('hom8-inegi', date(2024, 9, 15),
         'El INEGI contabilizó 32 mil 252 homicidios en 2023, con base en las actas de defunción.',
         [Fig('32 mil 252', 'mx_homicides_inegi', 'level', 'accurate')]),
    Case('fs3-aseguramiento-mexicano', date(2024, 5, 10),
         'El Ejército mexicano aseguró 1,500 kilos de fentanilo en un laboratorio clandestino de Culiacán, '
         'Sinaloa.',
         [Fig('1,500', None, 'level', 'unverifiable')]),
    # FY2023: 717,333 of 2,475,669 (29.0%)
    Case('en6-porcentaje-de-mexicanos', date(2023, 11, 15),
         'Los ciudadanos mexicanos representaron el 29% de los encuentros en la frontera sur durante el año '
         'fiscal 2023.',
         [Fig('29%', 'sw_border_encounters_mexican', 'share', 'accurate')]),
    # 2023: $797,958 million; Mexico ranked first
    Case('tr1-intercambio-y-socio', date(2024, 2, 8),
         'El intercambio comercial entre México y Estados Unidos alcanzó 798 mil millones de dólares en 2023, '
         'con lo que México se convirtió en el principal socio comercial de ese país.',
         [Fig('798 mil', 'us_mx_trade', 'level', 'accurate'),
          Fig('principal', 'mx_rank_us_trading_partner', 'rank', 'accurate')]),
    # January 2025: 1,028 lb; January 2024: 2,016 lb (x0.51)
    Case('fs5-a-la-mitad', date(2025, 2, 20),
         'En enero, las incautaciones de fentanilo de la CBP se redujeron a la mitad frente al mismo mes de '
         '2024, a 1,028 libras.',
         [Fig('mitad', 'cbp_fentanyl_seizures', 'change', 'accurate'),
          Fig('1,028', 'cbp_fentanyl_seizures', 'level', 'accurate')]),
]

KNOWN_GAPS: list[Case] = [
]


test_case, test_known_gap = specification_tests(CASES, KNOWN_GAPS)


def test_the_corpus_is_varied() -> None:
    """About 45 passages, unique ids, every indicator family and every kind of outcome represented."""
    every = CASES + KNOWN_GAPS
    assert len(every) >= 45
    assert len({c.id for c in every}) == len(every)
    figs = [f for c in every for f in c.figures]
    assert {"accurate", "overstated", "understated", "wrong_measure", "unverifiable"} <= {f.verdict for f in figs}
    assert {None} < {f.indicator for f in figs}
    assert sum(1 for c in every if not c.figures) >= 3
    assert {"level", "change", "share", "rate", "rank"} <= {f.kind for f in figs}
