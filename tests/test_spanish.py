"""Spanish prose, detected per document: numbers, qualifiers, periods, linking and verdicts.

The sentences were written for this test in the manner of Mexican and wire-service news
(remittances, homicides, overdose deaths, border encounters, seizures, FDI and trade). Expected
verdicts follow from the bundled store's own figures (``usmx value ID PERIOD``).
"""

from __future__ import annotations

from datetime import date

import pytest

from usmx.check import CheckedClaim, check_text
from usmx.store import Store, open_store
from usmx.text.claims import analyse, extract_claims
from usmx.text.qualifiers import qualifier_after, qualifier_before
from usmx.text.quantities import find_quantities
from usmx.text.spanish import detect_language, parse_digit_token
from usmx.text.timex import find_timexes

PUB = date(2024, 6, 15)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return open_store(tmp_path_factory.mktemp("store") / "usmx.duckdb")


def _check(store: Store, text: str, published: date = PUB) -> list[CheckedClaim]:
    return check_text(text, published=published, store=store)


def _at(found: list[CheckedClaim], anchor: str) -> CheckedClaim:
    hits = [c for c in found if anchor in c.claim.sentence[c.claim.start - c.claim.sentence_start:]
            and c.claim.start <= c.claim.sentence_start + c.claim.sentence.find(anchor) < c.claim.end]
    assert hits, f"no claim at {anchor!r}: {[c.claim.quote for c in found]}"
    return hits[0]


# --- language -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Las remesas que enviaron los mexicanos desde Estados Unidos sumaron 63 mil millones de dólares en 2023.", "es"),
    ("Remittances to Mexico reached a record $63.3 billion in 2023, according to the Bank of Mexico.", "en"),
    ("The Secretaría de Economía said that the Banco de México figures were revised.", "en"),
    ("", "en"),
    ("Según el SESNSP, en lo que va del año se registraron más de 12 mil víctimas de homicidio doloso.", "es"),
])
def test_language_is_detected_from_function_words(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_the_analysis_carries_the_language() -> None:
    assert analyse("Las muertes por sobredosis cayeron en 2024 en Estados Unidos.").lang == "es"
    assert analyse("Overdose deaths fell in 2024 in the United States.").lang == "en"


# --- numbers ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "unit"), [
    ("se registraron 94 mil 190 detenciones", 94_190, None),
    ("llegaron 63 mil 312 millones de dólares", 63_312e6, "USD"),
    ("sumaron cinco mil 489 millones de dólares", 5_489e6, "USD"),
    ("fueron mil 987 asesinatos", 1_987, None),
    ("murieron 80.391 personas", 80_391, None),
    ("alcanzó 58.497,5 millones de pesos", 58_497.5e6, "MXN"),
    ("unos 3,5 millones de migrantes", 3_500_000, None),
    ("superaron 1.5 millones en 2024", 1_500_000, None),
    ("llegó a 224,579 millones de dólares", 224_579e6, "USD"),
    ("no superaban los 200,000 mdd", 200_000e6, "USD"),
    ("unos 36 mil millones de dólares", 36e9, "USD"),
    ("recibió 4 millardos de dólares", 4e9, "USD"),
    ("una caída del 27 por ciento", 27, "percent"),
    ("un alza de 7.6% anual", 7.6, "percent"),
    ("US$ 5 mil millones", 5e9, "USD"),
    ("un millón de personas", 1_000_000, None),
    ("treinta y dos víctimas", 32, None),
    ("2 ml 376 víctimas", 2_376, None),
])
def test_spanish_numbers(text: str, value: float, unit: str | None) -> None:
    qs = [q for q in find_quantities(text.lower(), 0, len(text), "es") if q.form != "year"]
    assert qs, text
    assert qs[0].value == pytest.approx(value)
    assert qs[0].unit == unit


def test_thousands_point_and_decimal_comma() -> None:
    assert parse_digit_token("80.391") == (80_391, 1.0)
    assert parse_digit_token("1.234.567")[0] == 1_234_567
    assert parse_digit_token("3,5")[0] == 3.5
    assert parse_digit_token("7.55")[0] == 7.55


def test_an_english_text_keeps_its_decimal_point() -> None:
    qs = find_quantities("1.234 and 58.497", 0, 16)
    assert [q.value for q in qs] == [1.234, 58.497]


def test_a_list_and_a_range_stay_apart() -> None:
    text = "michoacán con 203, jalisco con 194 y el estado de méxico con 172; entre 30 y 35 por ciento"
    qs = find_quantities(text, 0, len(text), "es")
    assert [(q.value, q.high) for q in qs] == [(203, None), (194, None), (172, None), (30, 35)]


def test_a_year_followed_by_y_is_no_sum() -> None:
    text = "más de 2 millones en 2023 y un récord de 2.2 millones"
    assert [q.value for q in find_quantities(text, 0, len(text), "es")] == [2e6, 2023, 2.2e6]


# --- qualifiers -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("before", "qualifier"), [
    ("más de ", "more_than"),
    ("poco más de ", "more_than"),
    ("superior a los ", "more_than"),
    ("casi ", "nearly"),
    ("cerca de ", "nearly"),
    ("alrededor de ", "about"),
    ("aproximadamente ", "about"),
    ("unos ", "about"),
    ("menos de ", "less_than"),
    ("no superaban los ", "less_than"),
    ("al menos ", "at_least"),
    ("hasta ", "at_most"),
])
def test_spanish_qualifiers(before: str, qualifier: str) -> None:
    text = before + "5 mil"
    assert qualifier_before(text, len(before), 0, "es")[0] == qualifier


def test_o_mas_after_the_figure() -> None:
    assert qualifier_after("5 mil o más", 5, 11, "es")[0] == "at_least"


# --- periods -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "labels"), [
    ("en noviembre de 2024", "month", ["2024-11"]),
    ("durante el año fiscal 2023", "fiscal_year", ["FY2023"]),
    ("el año pasado", "year", ["2023"]),
    ("en lo que va del año", "ytd", ["2024-01..2024-05"]),
    ("el primer semestre de 2023", "half", ["2023-01..2023-06"]),
    ("el primer trimestre", "quarter", ["2024-Q1"]),
    ("de enero a noviembre", "span", ["2023-01", "2023-11"]),
    ("en los primeros cinco meses del año", "part_year", ["2024-01..2024-05"]),
    ("los 12 meses que terminaron en marzo de 2024", "twelve_months", ["12m to 2024-03"]),
    ("durante enero pasado", "month", ["2024-01"]),
    ("con respecto a enero del 2020", "base", ["2020-01"]),
    ("desde 2019", "since", ["2019"]),
    ("en 2023", "year", ["2023"]),
    ("hace un año", "year", ["2023"]),
    ("en lo que va del año fiscal 2024", "ytd", ["2023-10..2024-05"]),
    ("en lo que va de 2023", "ytd", ["2023"]),
    ("de enero a la fecha", "ytd", ["2024-01..2024-05"]),
    ("en el periodo enero-junio de 2023", "span", ["2023-01", "2023-06"]),
])
def test_spanish_periods(text: str, kind: str, labels: list[str]) -> None:
    found = find_timexes(text, 0, len(text), PUB, "es")
    assert len(found) == 1, found
    assert found[0].kind == kind
    assert [p.label for p in found[0].periods] == labels


@pytest.mark.parametrize(("text", "base"), [
    ("en mayo cayeron 0.7% respecto al mismo mes del año pasado", "2023-05"),
    ("de enero a mayo de 2024 fueron 13% menos que en los mismos meses del año pasado", "2023-01..2023-05"),
    ("en el primer trimestre de 2023 cayó 5% frente al mismo trimestre del año previo", "2022-Q1"),
    ("en el primer semestre de 2023 creció 3% respecto a igual periodo del año anterior", "2022-01..2022-06"),
    ("en lo que va del año fiscal 2024 suman 10% más que en el mismo periodo del año fiscal anterior",
     "2022-10..2023-05"),
])
def test_the_same_months_a_year_earlier_are_the_base(text: str, base: str) -> None:
    """"El mismo (igual) periodo del año anterior" counts back a year from the period the sentence names last."""
    found = find_timexes(text, 0, len(text), PUB, "es")
    assert [(t.kind, [p.label for p in t.periods]) for t in found][-1] == ("base", [base])


def test_the_same_month_a_year_earlier_without_a_period_before() -> None:
    found = find_timexes("subió 5% frente al mismo mes del año pasado", 0, 43, PUB, "es")
    assert [t.kind for t in found] == ["previous"]


def test_a_term_of_office_gives_no_period() -> None:
    an = analyse("En lo que va del sexenio se han registrado más de 180 mil homicidios dolosos en el país.")
    claims = extract_claims(an, PUB)
    assert claims and claims[0].period is None


def test_changes_in_spanish() -> None:
    an = analyse("Las remesas aumentaron 7.6% en 2023, mientras que las muertes cayeron un 3 por ciento "
                 "y el comercio se duplicó.")
    kinds = [(c.kind, round(c.value or 0, 3)) for c in extract_claims(an, PUB)]
    assert kinds == [("change", 1.076), ("change", 0.97), ("change", 2.0)]


@pytest.mark.parametrize(("text", "value"), [
    ("decomisó casi el doble que el año anterior", 2.0),
    ("es más del triple de lo registrado en 2019", 3.0),
    ("las remesas se cuadruplicaron", 4.0),
])
def test_multiples_named_by_a_noun_or_a_verb(text: str, value: float) -> None:
    qs = [q for q in find_quantities(text, 0, len(text), "es") if q.form == "multiplier"]
    assert [q.value for q in qs] == [value]


def test_doble_as_an_adjective_is_no_multiple() -> None:
    text = "evitar la doble tributación y el doble de"
    assert [q.value for q in find_quantities(text, 0, len(text), "es") if q.form == "multiplier"] == [2.0]


# --- linking and verdicts against the bundled store ---------------------------------------------------

@pytest.mark.parametrize(("text", "anchor", "indicator", "label"), [
    ("El Banco de México informó que en 2023 las remesas sumaron 63 mil 318 millones de dólares.",
     "63 mil", "mx_remittances", "accurate"),
    ("Las remesas alcanzaron un récord de 75 mil millones de dólares en 2023, según Banxico.",
     "75 mil", "mx_remittances", "overstated"),
    ("En 2022, los ingresos por remesas fueron de casi 59 mil millones de dólares.",
     "59 mil", "mx_remittances", "accurate"),
    ("En el primer semestre de 2023 llegaron al país 30 mil 240 millones de dólares por remesas.",
     "30 mil", "mx_remittances", "accurate"),
    ("El SESNSP contabilizó 29 mil 714 víctimas de homicidio doloso en 2023.",
     "29 mil", "mx_homicides", "accurate"),
    ("En mayo de 2023 se registraron 2 mil 100 homicidios dolosos en todo el país.",
     "2 mil", "mx_homicides", "understated"),
    ("Durante 2023 se contabilizaron 853 feminicidios, de acuerdo con cifras oficiales.",
     "853", "mx_feminicides", "accurate"),
    ("En 2022 murieron 107 mil 941 personas por sobredosis de drogas en Estados Unidos.",
     "107 mil", "us_overdose_deaths", "accurate"),
    ("Las muertes por fentanilo rondaron los 76 mil en 2022, según los CDC.",
     "76 mil", "us_synthetic_opioid_deaths", "accurate"),
    ("La CBP reportó más de 2.4 millones de encuentros en la frontera durante el año fiscal 2023.",
     "2.4 millones", "sw_border_encounters", "accurate"),
    ("La Patrulla Fronteriza detuvo a 2 millones 45 mil migrantes en el año fiscal 2023.",
     "2 millones", "usbp_sw_apprehensions", "accurate"),
    ("En el año fiscal 2023 se decomisaron 27 mil libras de fentanilo en la frontera.",
     "27 mil", "cbp_fentanyl_seizures", "accurate"),
    ("La inversión extranjera directa en México sumó 31 mil millones de dólares en 2023.",
     "31 mil", "mx_fdi", "accurate"),
    ("El comercio bilateral entre México y Estados Unidos alcanzó 798 mil millones de dólares en 2023.",
     "798 mil", "us_mx_trade", "accurate"),
    # a flow named by its verb and its partner: Mexico selling to the U.S. is U.S. imports, and the reverse
    ("México exportó a Estados Unidos mercancías por 505 mil 851 millones de dólares en 2024.",
     "505 mil", "us_imports_from_mx", "accurate"),
    ("Estados Unidos vendió a México bienes por 334 mil millones de dólares en 2024.",
     "334 mil", "us_exports_to_mx", "accurate"),
    # Mexico's surplus is the size of the U.S. deficit
    ("México registró un superávit de 157 mil millones de dólares en su comercio con Estados Unidos de enero a "
     "noviembre de 2024.", "157 mil", "us_mx_trade_balance", "accurate"),
    # the World Bank and Banco de México publish the balance-of-payments series, not the ministry's notifications
    ("La IED en México sumó 31 mil millones de dólares en 2023, según el Banco Mundial.",
     "31 mil", "mx_fdi", "accurate"),
])
def test_spanish_claims_are_linked_and_judged(store: Store, text: str, anchor: str, indicator: str,
                                              label: str) -> None:
    c = _at(_check(store, text), anchor)
    assert c.claim.indicator == indicator, c.claim
    assert c.verdict.label == label, c.verdict.explanation


def test_a_change_that_points_back_borrows_the_subject(store: Store) -> None:
    text = ("En 2023 las remesas sumaron 63 mil 318 millones de dólares. "
            "Ello representó un aumento de 7.6 % frente a 2022.")
    c = _at(_check(store, text), "7.6")
    assert c.claim.indicator == "mx_remittances"
    assert c.verdict.label == "accurate"


def test_an_average_transfer_is_not_the_total(store: Store) -> None:
    text = "Por cada envío, el banco central registró un monto promedio de 393 dólares en 2023 por remesas."
    c = _at(_check(store, text), "393")
    assert c.claim.indicator is None
    assert c.verdict.label == "unverifiable"


def test_a_figure_of_the_region_is_not_mexicos(store: Store) -> None:
    text = "Desde 2013 las entradas de IED en la región no superaban los 200,000 mdd."
    c = _at(_check(store, text), "200,000")
    assert c.claim.indicator is None


def test_a_rate_per_day_in_spanish(store: Store) -> None:
    text = "En mayo de 2023 se registraron 2 mil 664 homicidios dolosos, un promedio de 86 diarios."
    found = _check(store, text)
    level, rate = _at(found, "2 mil"), _at(found, "86")
    assert (level.claim.kind, level.claim.per) == ("level", None)
    assert (rate.claim.kind, rate.claim.per) == ("rate", "day")
    assert rate.verdict.label == "accurate"


def test_a_list_of_states_after_a_national_count_gives_each_state_its_own_measure(store) -> None:  # type: ignore[no-untyped-def]
    text = ("En mayo de 2023 se registraron 2 mil 350 víctimas de homicidio doloso en el país, según el SESNSP. "
            "Le siguen el Estado de México, 199; Jalisco, 173, y Michoacán, 166.")
    found = {c.claim.place_name: c.claim.indicator for c in check_text(text, published=date(2023, 6, 20),
                                                                        store=store) if c.claim.place_name}
    assert found == {"Estado de México": "mx_homicides_estado_de_mexico", "Jalisco": "mx_homicides_jalisco",
                     "Michoacán": "mx_homicides_michoacan"}


def test_a_listed_place_is_no_measure_when_the_passage_names_none(store) -> None:  # type: ignore[no-untyped-def]
    text = "Los premios fueron para Jalisco, 173 puntos, y Michoacán, 166 puntos."
    assert all(c.claim.indicator is None for c in check_text(text, published=date(2023, 6, 20), store=store))
