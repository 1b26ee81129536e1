"""Claims: which numbers are claims, their kind, qualifier, unit, record flag and period."""

from __future__ import annotations

from datetime import date

import pytest

from usmx.periods import Period
from usmx.text.claims import Claim, analyse, extract_claims

PUB = date(2023, 9, 1)


def claims(text: str, pub: date = PUB) -> list[Claim]:
    return extract_claims(analyse(text), pub, "t")


def one(text: str, pub: date = PUB) -> Claim:
    found = claims(text, pub)
    assert len(found) == 1, [(c.quote, c.kind) for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Overdose deaths topped 100,000 in 2022.", "level"),
        ("Fentanyl seizures tripled between 2021 and 2023.", "change"),
        ("Encounters rose 20 percent in 2023.", "change"),
        ("Cartels control 30 percent of the territory.", "share"),
        ("Some 7,500 migrants arrive every day.", "rate"),
        ("Seven of the 10 most violent cities are in Mexico.", "rank"),
        ("Mexico is now the largest trading partner of the United States.", "rank"),
        ("Officials filed labor cases (so far four and counting).", "count_event"),
        ("The agreement comes up for review in 2026.", "event_date"),
    ],
)
def test_each_kind(text: str, kind: str) -> None:
    assert one(text).kind == kind


def test_quote_is_the_text_as_read_with_typography() -> None:
    text = "Remittances reached nearly\u00a0$60\u00a0billion\u2014a record\u2014in Mexico\u2019s 2022 accounts."
    c = claims(text)[0]
    assert c.quote == text[c.start:c.end]
    assert c.quote.startswith("nearly\u00a0$60")
    assert c.value == 60e9 and c.unit == "USD" and c.qualifier == "nearly"


@pytest.mark.parametrize(
    ("text", "qualifier", "value", "high"),
    [
        ("They counted about 2 million encounters.", "about", 2e6, None),
        ("They counted roughly 2 million encounters.", "about", 2e6, None),
        ("They counted nearly 2 million encounters.", "nearly", 2e6, None),
        ("They counted almost 2 million encounters.", "nearly", 2e6, None),
        ("They counted more than 2 million encounters.", "more_than", 2e6, None),
        ("They counted over 2 million encounters.", "more_than", 2e6, None),
        ("Encounters topped 2 million.", "more_than", 2e6, None),
        ("They counted at least 2 million encounters.", "at_least", 2e6, None),
        ("They counted fewer than 2 million encounters.", "less_than", 2e6, None),
        ("They counted under 2 million encounters.", "less_than", 2e6, None),
        ("They counted up to 2 million encounters.", "at_most", 2e6, None),
        ("They counted 2 million to 3 million encounters.", "range", 2e6, 3e6),
        ("They counted 2 million encounters.", "exact", 2e6, None),
    ],
)
def test_each_qualifier(text: str, qualifier: str, value: float, high: float | None) -> None:
    c = one(text)
    assert (c.qualifier, c.value, c.value_high) == (qualifier, value, high)


def test_change_values_are_ratios() -> None:
    assert one("Encounters of Mexicans saw a 172 percent increase.").value == pytest.approx(2.72)
    assert one("Seizures doubled in 2023.").value == 2.0
    c = one("Deaths fell 25 percent last year.")
    assert c.value == pytest.approx(0.75) and c.change == "ratio"
    d = one("Apprehensions rose by 20,000 in 2022.")
    assert d.change == "difference" and d.value == 20_000


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Drugs kill over 100,000 Americans each year.", "deaths"),
        ("About 2.3 million migrants crossed.", "people"),
        ("They seized 27,000 pounds of fentanyl.", "pounds"),
        ("Remittances were $58 billion.", "USD"),
        ("It was 17 percent of the total.", "percent"),
    ],
)
def test_units(text: str, unit: str) -> None:
    assert one(text).unit == unit


def test_record_is_read_in_the_figures_clause_only() -> None:
    assert one("CBP reported a record 2.3 million encounters in fiscal year 2022.").record == "high"
    assert one("Deaths fell to a record low of 5,000 in 2020.").record == "low"
    found = claims("Record deaths at nearly 106,000; more than 70,000 of those involved fentanyl.")
    assert [c.record for c in found] == ["high", None]
    assert found[1].part_of


@pytest.mark.parametrize(
    "text",
    [
        "Published June 12, 2022 by staff.",
        "Jun 5, 2024 3 min read",
        "The 16-year-old was 17 years old.",
        "He spent 12 years in office and five years abroad.",
        "1. Secure the border first.",
        "Title 42 was lifted under Section 232.",
        "The four sons of the leader.",
        "Six Recommendations for Congress",
        "In 2011, the administration dropped the case.",
        "Two countries share a 3,000-mile border.",
    ],
)
def test_numbers_that_are_not_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "pub", "kind", "parts"),
    [
        ("Encounters were 2.3 million in fiscal year 2022.", PUB, "fiscal_year", [Period.fiscal_year(2022)]),
        ("Remittances were $58 billion last year.", PUB, "calendar_year", [Period.year(2022)]),
        ("Drugs kill over 100,000 Americans each year.", PUB, "per_year_generic", [Period.year(2022)]),
        ("There were more than 70,000 annual deaths.", PUB, "per_year_generic", [Period.year(2022)]),
        ("Some 7,500 migrants arrive every day.", date(2022, 6, 12), "latest_month", [Period.month(2022, 5)]),
        ("Deaths have topped 100,000 for several years in a row.", PUB, "multi_year",
         [Period.year(2021), Period.year(2022)]),
        ("Remittances were $58 billion.", PUB, "latest_year", [Period.year(2022)]),
    ],
)
def test_periods(text: str, pub: date, kind: str, parts: list[Period]) -> None:
    c = one(text, pub)
    assert c.period is not None
    assert c.period.kind == kind and list(c.period.parts) == parts


def test_change_periods() -> None:
    c = one("Seizures tripled between 2021 and 2023.")
    assert c.period is not None and list(c.period.parts) == [Period.year(2021), Period.year(2023)]
    assert c.period.bare


def test_since_belongs_to_the_change_and_the_level_inherits_the_earlier_period() -> None:
    text = ("Agents recorded 2.4 million encounters in fiscal year 2022. More than 800,000 were Mexican "
            "nationals, a 150 percent increase since fiscal year 2020.")
    level, change = [c for c in claims(text) if c.value in (800_000, 2.5)]
    assert level.period is not None and list(level.period.parts) == [Period.fiscal_year(2022)]
    assert change.period is not None
    assert list(change.period.parts) == [Period.fiscal_year(2020), Period.fiscal_year(2022)]


def test_time_of_report_does_not_date_the_figure() -> None:
    c = one("This year, the CDC reported overdose deaths of nearly 106,000.", date(2022, 6, 12))
    assert c.period is not None and c.period.kind == "latest_year" and c.period.parts == (Period.year(2021),)


def test_forecasts_and_attribution() -> None:
    assert one("Flows are expected to more than double next year.").modal
    c = one("According to the U.S. Northern Command, cartels control 30 percent of the land.")
    assert c.attribution == "U.S. Northern Command"


def test_the_year_before_is_relative_to_the_sentences_period() -> None:
    found = claims("CBP seized 27,000 pounds in fiscal 2023, up from 14,700 pounds the year before.")
    assert [c.period.parts for c in found if c.period] == [(Period.fiscal_year(2023),), (Period.fiscal_year(2022),)]
    (c,) = [c for c in claims("Remittances rose 7.6% from the previous year in 2023.") if c.kind == "change"]
    assert c.period is not None and c.period.parts == (Period.year(2022), Period.year(2023))


def test_falls_flip_open_qualifiers_on_the_ratio() -> None:
    c = one("Encounters fell by more than half from December to January.", date(2024, 3, 1))
    assert (c.kind, c.value, c.qualifier) == ("change", 0.5, "less_than")
    assert c.period is not None and c.period.parts == (Period.month(2023, 12), Period.month(2024, 1))
    d = one("Deaths fell by more than 20 percent in 2024.")
    assert d.value == pytest.approx(0.8) and d.qualifier == "less_than"


def test_records_written_after_the_figure() -> None:
    assert one("Agents made 250,000 arrests in December, a monthly record.").record == "high"
    assert one("Encounters reached 302,000 in December 2023, the highest monthly total on record.").record == "high"
    assert one("Seizures fell to 500 pounds in May, a record low.").record == "low"


def test_monthly_totals_of_a_named_month_are_levels() -> None:
    c = one("Encounters reached 302,000 in December 2023, the highest monthly total on record.")
    assert c.kind == "level" and c.period is not None and c.period.parts == (Period.month(2023, 12),)


def test_comparisons_and_single_days_are_not_periods() -> None:
    assert claims("Fentanyl is 50 times more potent than heroin.") == []
    c = one("More than 1,000 pounds of fentanyl were seized in a single week in May.")
    assert c.period is None


def test_ordinal_runs_of_years() -> None:
    c = one("Mexico recorded more than 30,000 murders for the fifth consecutive year.", date(2024, 3, 1))
    assert c.period is not None and c.period.kind == "multi_year"
    assert c.period.parts == tuple(Period.year(y) for y in range(2019, 2024))


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Mexico's homicide rate stood at 29 per 100,000 inhabitants in 2020.", "100,000 people"),
        ("Colima recorded 181 homicides per 100,000 residents last year.", "100,000 people"),
        ("The average Mexican worker in the U.S. sends home about $400 a month.", "worker"),
        ("Smugglers charge about $8,000 per migrant.", "migrant"),
    ],
)
def test_a_figure_per_head_is_a_rate_and_its_denominator_no_figure(text: str, per: str) -> None:
    c = one(text)
    assert c.kind == "rate" and c.per == per


def test_ages_and_labels_are_not_figures_and_date_nothing() -> None:
    c = one("Fentanyl overdoses killed Americans aged 18 to 45, claiming more than 70,000 lives in 2021.")
    assert c.value == 70_000 and not c.part_of
    c = one("More than 1 million people were expelled under Title 42 in fiscal 2022.")
    assert c.period is not None and c.period.parts == (Period.fiscal_year(2022),)


def test_a_phrasal_verb_is_not_a_change() -> None:
    c = one("Remittances now make up about 4 percent of the country's output.")
    assert c.kind == "share" and c.value == 4


@pytest.mark.parametrize("verb", ["surged", "increased", "declined", "decreased", "climbed"])
def test_past_tense_verbs_state_a_change(verb: str) -> None:
    c = one(f"Overdose deaths {verb} 20 percent in 2021.")
    assert c.kind == "change"


def test_a_year_then_an_amount_is_not_a_range() -> None:
    found = claims("Remittances to Mexico rose 27 percent in 2021 to $51.6 billion.")
    assert [(c.kind, c.value) for c in found] == [("change", 1.27), ("level", 51.6e9)]


def test_from_one_figure_to_another_is_two_levels_each_with_its_end_of_the_span() -> None:
    found = claims("Encounters rose from about 1.7 million to nearly 2.4 million between fiscal 2021 and fiscal 2022.")
    assert [(c.value, c.value_high) for c in found] == [(1.7e6, None), (2.4e6, None)]
    assert [c.period.parts for c in found if c.period] == [(Period.fiscal_year(2021),), (Period.fiscal_year(2022),)]
    found = claims("Encounters rose from 1.7 to 2.4 million.")
    assert [c.value for c in found] == [1.7e6, 2.4e6]


def test_a_scaled_decimal_is_exact() -> None:
    assert one("Agents made about 2.05 million apprehensions.").value == 2_050_000


@pytest.mark.parametrize(
    "text",
    [
        "Under AMLO, Mexico recorded nearly 200,000 homicides.",
        "At least 1.8 million migrants crossed the border during the Biden years.",
        "Encounters topped 6 million since he took office.",
    ],
)
def test_a_term_of_office_is_no_period(text: str) -> None:
    assert one(text).period is None


def test_a_term_of_office_yields_to_a_stated_period() -> None:
    c = one("Under the Biden administration, encounters reached 2.5 million in fiscal 2023.")
    assert c.period is not None and c.period.parts == (Period.fiscal_year(2023),)


def test_expects_to_is_a_forecast() -> None:
    assert one("Border Patrol expects to apprehend more than 100,000 migrants in March.").modal


def test_a_month_span_is_one_total() -> None:
    c = one("Between January and May, remittances totaled about $25 billion.", date(2024, 7, 1))
    assert c.period is not None and c.period.parts == (Period.span(Period.month(2024, 1), Period.month(2024, 5)),)


def test_a_sentence_opening_of_those_is_a_part() -> None:
    found = claims("Encounters reached 2.4 million. Of those, about 1.1 million were single adults.")
    assert [c.part_of for c in found] == [False, True]


def test_rank_with_become() -> None:
    c = one("Mexico overtook China last year to become the largest trading partner of the United States.")
    assert c.kind == "rank" and c.value == 1


def test_an_acronym_before_a_count_verb_is_no_place() -> None:
    an = analyse("De enero a junio de 2025, la IED sumó 34 mil 265 millones de dólares.")
    assert [c.place_name for c in extract_claims(an, date(2025, 9, 2))] == [None]
