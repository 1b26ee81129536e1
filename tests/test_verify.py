"""Verdicts: each rule and each label, on a small store of made-up figures.

The numbers below are invented for the rules under test (they are not official figures);
checks against the official data are in test_check.py.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from usmx.catalog import Catalog, load_catalog
from usmx.check import CheckedClaim, Checker
from usmx.model import Observation, Source
from usmx.periods import Period
from usmx.store import Store
from usmx.verify import Tolerances, acceptance

SRC = Source("published_figures", "https://example.gov/figures", "", "figures.csv", "2024-01-01", "Example Agency")


def obs(ind: str, period: Period, value: float, status: str = "final", vintage: str = "2024-01-01",
        high: float | None = None, attribution: str = "") -> Observation:
    return Observation(ind, period, value, status, vintage, SRC, attribution=attribution,  # type: ignore[arg-type]
                       value_high=high)


FIGURES = [
    obs("us_overdose_deaths", Period.year(2019), 70_000),
    obs("us_overdose_deaths", Period.year(2020), 90_000),
    obs("us_overdose_deaths", Period.year(2021), 105_500),
    obs("us_overdose_deaths", Period.year(2022), 108_000),
    obs("us_opioid_overdose_deaths", Period.year(2021), 80_000),
    obs("us_opioid_overdose_deaths", Period.year(2022), 82_000),
    obs("us_synthetic_opioid_deaths", Period.year(2021), 70_500),
    obs("us_synthetic_opioid_deaths", Period.year(2022), 73_500),
    obs("sw_border_encounters", Period.fiscal_year(2019), 1_800_000),
    obs("sw_border_encounters", Period.fiscal_year(2020), 400_000),
    obs("sw_border_encounters", Period.fiscal_year(2021), 1_700_000),
    obs("sw_border_encounters", Period.fiscal_year(2022), 2_400_000),
    obs("sw_border_encounters", Period.month(2022, 5), 240_000),
    obs("sw_border_encounters_mexican", Period.fiscal_year(2020), 300_000),
    obs("sw_border_encounters_mexican", Period.fiscal_year(2022), 810_000),
    obs("cbp_fentanyl_seizures", Period.fiscal_year(2021), 11_000),
    obs("cbp_fentanyl_seizures", Period.fiscal_year(2023), 27_000),
    obs("mx_remittances", Period.year(2021), 51e9),
    obs("cartel_territory_share", Period.month(2021, 3), 30, "estimate", "2021-03-16", 35,
        "Commander, U.S. Northern Command"),
]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def checker(catalog: Catalog) -> Checker:
    return Checker(Store.in_memory(FIGURES, catalog), catalog)


def check(checker: Checker, text: str, pub: date) -> list[CheckedClaim]:
    return checker.check_text(text, published=pub, doc="t")


def one(checker: Checker, text: str, pub: date = date(2023, 9, 1)) -> CheckedClaim:
    found = check(checker, text, pub)
    assert len(found) == 1, [(c.claim.quote, c.verdict.label) for c in found]
    return found[0]


# acceptance ranges ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("qualifier", "value", "high", "step", "inside", "outside_low", "outside_high"),
    [
        ("exact", 100.0, None, 1.0, [95.0, 105.0], 94.9, 105.1),
        ("exact", 7.0, None, 1.0, [6.0, 8.0], 5.9, 8.1),  # the stated precision is wider than 5%
        ("about", 100.0, None, 1.0, [90.0, 110.0], 89.9, 110.1),
        ("nearly", 106_000.0, None, 1_000.0, [95_400.0, 107_000.0], 95_399.0, 107_001.0),
        ("more_than", 100.0, None, 1.0, [100.1, 1e9], 100.0, None),
        ("at_least", 100.0, None, 1.0, [100.0, 1e9], 99.9, None),
        ("less_than", 100.0, None, 1.0, [-5.0, 99.9], None, 100.0),
        ("at_most", 100.0, None, 1.0, [0.0, 100.0], None, 100.1),
        ("range", 30.0, 35.0, 1.0, [29.0, 36.0], 28.9, 36.1),
    ],
)
def test_acceptance(qualifier: str, value: float, high: float | None, step: float, inside: list[float],
                    outside_low: float | None, outside_high: float | None) -> None:
    t = acceptance(qualifier, value, high, step, Tolerances())
    for v in inside:
        assert t.judge(v) == 0, v
    if outside_low is not None:
        assert t.judge(outside_low) == -1  # the official figure is lower: the claim is too high
    if outside_high is not None:
        assert t.judge(outside_high) == 1
    assert t.interval[1] == math.inf or t.interval[1] >= t.interval[0]


def test_tolerances_are_configurable(catalog: Catalog) -> None:
    strict = Checker(Store.in_memory(FIGURES, catalog), catalog, Tolerances(exact=0.001))
    loose = Checker(Store.in_memory(FIGURES, catalog), catalog)
    text = "Overdose deaths were 104,000 in 2021."
    assert strict.check_text(text, published=date(2023, 1, 1))[0].verdict.label == "understated"
    assert loose.check_text(text, published=date(2023, 1, 1))[0].verdict.label == "accurate"


# labels ---------------------------------------------------------------------------------
def test_accurate_with_evidence(checker: Checker) -> None:
    c = one(checker, "Overdose deaths topped 100,000 in 2022.")
    v = c.verdict
    assert v.label == "accurate"
    assert v.official_value == 108_000 and v.official_period == "2022" and v.status == "final"
    assert v.source is not None and v.source.url == SRC.url and v.vintage == "2024-01-01"
    assert "more than" in v.rule and "108,000" in v.explanation


def test_overstated_and_understated(checker: Checker) -> None:
    assert one(checker, "Overdose deaths reached 150,000 in 2022.").verdict.label == "overstated"
    assert one(checker, "Overdose deaths reached 50,000 in 2022.").verdict.label == "understated"
    assert one(checker, "Overdose deaths were fewer than 60,000 in 2022.").verdict.label == "understated"


def test_nearly_allows_the_stated_precision(checker: Checker) -> None:
    assert one(checker, "Overdose deaths were nearly 106,000 in 2021.").verdict.label == "accurate"
    assert one(checker, "Overdose deaths were nearly 100,000 in 2021.").verdict.label == "understated"


def test_a_fall_of_nearly_a_figure_is_a_fall_up_to_it(checker: Checker) -> None:
    # FY2019 1.8 million, FY2020 400,000: a fall of 77.8%, "nearly 80%" (72-80%), and more than "nearly 70%"
    c = one(checker, "Southwest border encounters fell nearly 80% in fiscal 2020.")
    assert c.verdict.label == "accurate"
    c = one(checker, "Southwest border encounters fell nearly 70% in fiscal 2020.")
    assert c.verdict.label == "understated" and "understates the fall" in c.verdict.explanation


def test_wrong_measure(checker: Checker) -> None:
    c = one(checker, "Opioid overdoses kill over 100,000 Americans each year.")
    assert c.claim.indicator == "us_opioid_overdose_deaths"
    v = c.verdict
    assert v.label == "wrong_measure" and v.measure == "us_overdose_deaths"
    assert v.official_value == 82_000  # the named measure's figure is still given
    assert "108,000" in v.explanation and "opioid" in v.explanation.lower()


def test_change_as_a_ratio_with_a_proxy(checker: Checker) -> None:
    c = one(checker, "Fentanyl inflows tripled between 2021 and 2023.")
    v = c.verdict
    assert v.label == "overstated"
    assert v.official_value == pytest.approx(27_000 / 11_000, rel=1e-4)
    assert v.official_period == "FY2021..FY2023"  # bare years read as CBP's fiscal years
    assert "proxy" in v.explanation and "fentanyl inflows" in v.explanation
    assert one(checker, "Fentanyl seizures more than doubled between 2021 and 2023.").verdict.label == "accurate"


def test_percent_increase_between_fiscal_years(checker: Checker) -> None:
    text = "Encounters of Mexican nationals saw a 170 percent increase from fiscal year 2020 to 2022."
    assert one(checker, text).verdict.label == "accurate"


def test_rate_per_day_uses_the_latest_month(checker: Checker) -> None:
    c = one(checker, "Some 7,500 migrants are crossing the border every day.", date(2022, 6, 12))
    v = c.verdict
    assert c.claim.kind == "rate" and v.label == "accurate"
    assert v.official_period == "2022-05"
    assert v.official_value == pytest.approx(240_000 / 31, rel=1e-4)
    assert one(checker, "Some 9,000 migrants are crossing the border every day.",
               date(2022, 6, 12)).verdict.label == "overstated"


def test_record_is_checked_against_the_series(checker: Checker) -> None:
    ok = one(checker, "A record 2.4 million migrants crossed the border in fiscal year 2022.")
    assert ok.verdict.label == "accurate" and "record holds" in ok.verdict.explanation
    bad = one(checker, "A record 1.7 million migrants crossed the border in fiscal year 2021.")
    assert bad.verdict.label == "overstated" and "not a record" in bad.verdict.explanation


def test_each_year_of_a_multi_year_claim(checker: Checker) -> None:
    ok = one(checker, "For several years in a row, overdose deaths have topped 100,000.")
    assert ok.verdict.label == "accurate" and [p for p, _ in ok.verdict.details] == ["2021", "2022"]
    bad = one(checker, "For three years in a row, overdose deaths have topped 100,000.")
    assert bad.verdict.label == "overstated"  # 2020 was below


def test_bare_year_in_the_publishers_basis(checker: Checker) -> None:
    c = one(checker, "Border encounters were 2.4 million in 2022.")
    assert c.verdict.label == "accurate" and c.verdict.official_period == "FY2022"


def test_estimates_are_compared_and_attributed(checker: Checker) -> None:
    ok = one(checker, "Cartels control roughly a third of Mexico's territory.")
    assert ok.verdict.label == "accurate"
    assert "Northern Command" in ok.verdict.explanation and "estimate" in ok.verdict.explanation
    assert ok.verdict.official_value == 30 and ok.verdict.official_value_high == 35
    bad = one(checker, "Cartels control nearly half of Mexico's territory.")
    assert bad.verdict.label == "overstated"
    low = one(checker, "Cartels control a tenth of Mexico's territory.")
    assert low.verdict.label == "understated"


def test_implied_latest_year_steps_back_when_not_yet_published(checker: Checker) -> None:
    c = one(checker, "Remittances to Mexico were about $50 billion.", date(2023, 3, 1))
    assert c.verdict.label == "accurate" and c.verdict.official_period == "2021"
    assert "latest period" in c.verdict.explanation


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The city has 2 million cars.", "no_indicator"),
        ("The agreement comes up for review in 2026.", "date"),
        ("Overdose deaths are expected to reach 150,000 next year.", "forecast"),
        ("Overdose deaths were 100,000 in 2010.", "no_data"),
        ("Fentanyl seizures doubled.", "no_period"),
    ],
)
def test_unverifiable(checker: Checker, text: str, rule: str) -> None:
    v = one(checker, text).verdict
    assert v.label == "unverifiable" and v.rule == rule and v.explanation


def test_falls_are_judged_as_falls(catalog: Catalog) -> None:
    figures = [obs("cbp_fentanyl_seizures", Period.fiscal_year(2022), 20_000),
               obs("cbp_fentanyl_seizures", Period.fiscal_year(2023), 18_000)]
    ck = Checker(Store.in_memory(figures, catalog), catalog)
    c = ck.check_text("Fentanyl seizures fell by half in fiscal 2023.", published=date(2024, 1, 1))[0]
    assert c.verdict.label == "overstated" and "overstates the fall" in c.verdict.explanation
    c = ck.check_text("Fentanyl seizures fell by more than 5 percent in fiscal 2023.", published=date(2024, 1, 1))[0]
    assert c.verdict.label == "accurate"


def test_a_deficit_is_compared_with_a_negative_balance(catalog: Catalog) -> None:
    figures = [obs("us_mx_trade_balance", Period.year(2023), -150e9)]
    ck = Checker(Store.in_memory(figures, catalog), catalog)
    c = ck.check_text("The U.S. trade deficit with Mexico was $152 billion in 2023.", published=date(2024, 6, 1))[0]
    assert c.claim.indicator == "us_mx_trade_balance" and c.verdict.label == "accurate"


def test_daily_rate_on_a_yearly_measure_uses_the_latest_year(checker: Checker) -> None:
    c = one(checker, "Each day, about 200 Americans die from synthetic opioids.", date(2023, 3, 1))
    assert c.verdict.label == "accurate" and c.verdict.official_period == "2022"
    assert c.verdict.official_value == pytest.approx(73_500 / 365, rel=1e-3)


# rules added for prose beyond the seeds ---------------------------------------------------
MORE_FIGURES = [
    *FIGURES,
    obs("us_mx_trade_balance", Period.year(2019), -100e9),
    obs("us_mx_trade_balance", Period.year(2020), 2e9),
    obs("us_mx_trade_balance", Period.year(2021), -110e9),
    obs("us_mx_trade_balance", Period.year(2022), -130e9),
    *[obs("mx_remittances", Period.month(y, m), (4e9 if y == 2022 else 4.4e9)) for y in (2022, 2023)
      for m in range(1, 13)],
]


@pytest.fixture(scope="module")
def checker_more(catalog: Catalog) -> Checker:
    return Checker(Store.in_memory(MORE_FIGURES, catalog), catalog)


def test_a_record_deficit_is_the_most_negative_balance(checker_more: Checker) -> None:
    c = one(checker_more, "The U.S. trade deficit with Mexico hit a record $130 billion in 2022.")
    assert c.verdict.label == "accurate" and "record holds" in c.verdict.explanation
    c = one(checker_more, "The U.S. trade deficit with Mexico hit a record $110 billion in 2021.")
    assert c.verdict.label == "accurate"
    c = one(checker_more, "The U.S. trade deficit with Mexico hit a record $100 billion in 2019.",
            date(2020, 3, 1))
    assert c.verdict.label == "accurate"  # the first year of the series: nothing higher before it


def test_wrong_measure_needs_the_related_figure_to_be_near(checker_more: Checker) -> None:
    # 70,500 synthetic-opioid deaths in 2021 (made up): "more than 100,000" fits all drugs (105,500)
    c = one(checker_more, "Fentanyl killed more than 100,000 Americans in 2021.")
    assert c.verdict.label == "wrong_measure"
    # ... but "more than 72,000" is trivially true of opioids (80,000) and all drugs (105,500), both
    # beyond the "about" tolerance of the figure: the claim is simply too high for fentanyl
    c = one(checker_more, "Fentanyl killed more than 72,000 Americans in 2021.")
    assert c.verdict.label == "overstated"


def test_a_change_over_a_named_year_ends_at_the_sentence_year(checker_more: Checker) -> None:
    found = check(checker_more, "Overdoses killed 105,500 Americans in 2021, a 17 percent increase over 2020.",
                  date(2023, 1, 1))
    change = next(c for c in found if c.claim.kind == "change")
    assert change.verdict.official_period == "2020..2021" and change.verdict.label == "accurate"


def test_a_change_within_part_of_a_year(checker_more: Checker) -> None:
    c = one(checker_more, "Remittances rose about 10 percent in the first half of 2023.", date(2023, 8, 1))
    assert c.verdict.label == "accurate" and c.verdict.official_value == pytest.approx(1.1)
    c = one(checker_more, "In the first 11 months of 2023, remittances totaled about $48 billion.",
            date(2024, 1, 5))
    assert c.verdict.label == "accurate" and c.verdict.official_value == pytest.approx(48.4e9)
