"""Claims about the U.S. measures the publishers' files give in full: parts and wholes, 12-month counts.

Each sentence is written for this specification in the general phrasings the press uses; the
expected official figures come from CBP's and CDC's files (see tests/test_us_official_files.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from usmx.check import CheckedClaim, check_text
from usmx.store import Store

PUBLISHED = date(2025, 10, 1)



def only(text: str, store: Store, published: date = PUBLISHED) -> CheckedClaim:
    [c] = check_text(text, published=published, store=store)
    return c


@pytest.mark.parametrize(("text", "label", "official"), [
    ("Mexican nationals made up about a third of all encounters at the southwest border in fiscal 2022.",
     "accurate", 34.0),
    ("Mexicans accounted for more than half of southwest border encounters in fiscal 2022.", "overstated", 34.0),
    ("Single adults were roughly 70 percent of encounters at the southwest border in fiscal 2022.",
     "accurate", 69.9),
])
def test_a_share_of_southwest_encounters_is_computed_from_the_part_and_the_whole(
        text: str, label: str, official: float, store: Store) -> None:
    c = only(text, store)
    assert c.claim.share_of == "sw_border_encounters"
    assert c.verdict.label == label, c.verdict.explanation
    assert c.verdict.official_value == pytest.approx(official, abs=0.05)
    assert "FY2022" in c.verdict.explanation


def test_mexican_nationals_fiscal_year_count_is_checked_against_cbps_file(store: Store) -> None:
    c = only("Border agents encountered about 808,000 Mexican nationals at the southwest border in fiscal 2022.",
             store)
    assert (c.claim.indicator, c.verdict.label, c.verdict.official_value) == (
        "sw_border_encounters_mexican", "accurate", 808_339)


def test_a_mexican_count_called_all_encounters_is_the_wrong_measure(store: Store) -> None:
    c = only("Border agents recorded 808,000 encounters at the southwest border in fiscal 2022.", store)
    assert c.verdict.label == "wrong_measure"
    assert c.verdict.measure == "sw_border_encounters_mexican"


def test_a_nationwide_total_called_the_southwest_border_is_the_wrong_measure(store: Store) -> None:
    c = only("CBP recorded about 2.77 million encounters at the southwest border in fiscal 2022.", store)
    assert (c.verdict.label, c.verdict.measure) == ("wrong_measure", "cbp_nationwide_encounters")


def test_nationwide_encounters_are_their_own_measure(store: Store) -> None:
    c = only("Encounters nationwide topped 2.7 million in fiscal 2022.", store)
    assert (c.claim.indicator, c.verdict.label) == ("cbp_nationwide_encounters", "accurate")


@pytest.mark.parametrize(("text", "indicator", "label"), [
    ("Unaccompanied children were encountered about 152,000 times at the southwest border in fiscal 2022.",
     "sw_border_encounters_unaccompanied_children", "accurate"),
    ("Family units accounted for about 480,000 southwest border encounters in fiscal 2022.",
     "sw_border_encounters_family_units", "understated"),
    ("More than 1 million migrants were expelled under Title 42 at the southwest border in fiscal 2022.",
     "sw_border_encounters_title42", "accurate"),
])
def test_demographic_and_title_parts_have_their_own_figures(
        text: str, indicator: str, label: str, store: Store) -> None:
    c = only(text, store)
    assert (c.claim.indicator, c.verdict.label) == (indicator, label), c.verdict.explanation


def test_a_twelve_month_overdose_count_uses_cdcs_predicted_figure_for_that_month(store: Store) -> None:
    c = only("In the 12 months ending in July 2023, about 78,700 people died of overdoses involving synthetic "
             "opioids such as fentanyl.", store)
    assert c.claim.period is not None and c.claim.period.label == "12m to 2023-07"
    assert (c.claim.indicator, c.verdict.label, c.verdict.official_value, c.verdict.status) == (
        "us_synthetic_opioid_deaths", "accurate", 78_729, "predicted")
    assert "predicted" in c.verdict.explanation


def test_an_all_drug_twelve_month_count_called_fentanyl_deaths_is_the_wrong_measure(store: Store) -> None:
    c = only("In the 12 months ending in July 2023, about 110,000 people died of overdoses involving synthetic "
             "opioids.", store)
    assert (c.verdict.label, c.verdict.measure) == ("wrong_measure", "us_overdose_deaths")


def test_the_twelve_month_period_ending_on_a_day_is_that_months_count(store: Store) -> None:
    c = only("Drug overdose deaths fell to about 76,500 in the 12-month period ending April 30, 2025.", store)
    assert c.claim.period is not None and c.claim.period.label == "12m to 2025-04"
    assert (c.claim.indicator, c.verdict.label) == ("us_overdose_deaths", "accurate")


def test_a_share_takes_its_whole_from_the_release_the_part_comes_from(store: Store) -> None:
    c = only("Synthetic opioids were involved in about 70 percent of overdose deaths in 2022.", store)
    _part, whole = (x for _, x in c.verdict.details)
    assert c.claim.share_of == "us_overdose_deaths" and c.verdict.label == "accurate"
    # both counts are NCHS's predicted ones of the same release, not a predicted part over a final whole
    assert c.verdict.status == "predicted" and whole != 107_941


@pytest.mark.parametrize("text", [
    "Fentanyl seizures totaled 5,000 pounds in fiscal 2023.",  # about a fifth of CBP's 27,023 lb
    "Border Patrol agents seized more than 900 pounds of fentanyl in fiscal 2023.",  # any part meets it
    "Overdose deaths reached 1.2 million in 2022.",  # eleven times the year's count: not that measure
])
def test_a_figure_far_from_every_measure_named_is_not_judged_against_it(text: str, store: Store) -> None:
    c = only(text, store)
    assert c.verdict.label == "unverifiable" and c.verdict.rule == "implausible_size"
    assert "No measure tied with confidence" in c.verdict.explanation
    assert c.verdict.measure is not None and c.verdict.measure in c.verdict.explanation  # the best candidate


def test_an_abstention_between_two_parts_names_both_and_no_score(store: Store) -> None:
    c = only("Haitians and Cubans accounted for 190,000 encounters at the southwest border in fiscal 2023.", store)
    assert c.claim.indicator is None and c.verdict.rule == "low_confidence"
    assert "sw_border_encounters_cit_cuba" in c.verdict.explanation
    assert "sw_border_encounters_cit_haiti" in c.verdict.explanation
    assert "below the" not in c.verdict.explanation  # their scores clear the threshold: the parts are the doubt


def test_a_part_named_with_an_earlier_figure_is_that_figures(store: Store) -> None:
    # 2023-10: Border Patrol 188,749, ports of entry 52,178: "Border Patrol apprehensions" is the first
    # figure's noun, and the second figure's place is the ports
    text = ("Of the 240,927 southwest border encounters in October 2023, 188,749 were Border Patrol "
            "apprehensions, and about 52,000 took place at the ports of entry.")
    claims = check_text(text, published=date(2023, 11, 18), store=store)
    assert [(c.claim.indicator, c.verdict.label) for c in claims][-2:] == [
        ("usbp_sw_apprehensions", "accurate"), ("ofo_sw_encounters", "accurate")]


def test_a_gross_overstatement_within_reach_is_still_judged(store: Store) -> None:
    c = only("Overdose deaths reached 250,000 in 2022.", store)
    assert (c.claim.indicator, c.verdict.label) == ("us_overdose_deaths", "overstated")


def test_a_border_patrol_low_since_a_year_is_checked_against_the_years_after_it(store: Store) -> None:
    # Border Patrol's own yearly and monthly tables: FY2017 303,916, the lowest of FY1972-FY2017
    c = only("Southwest border apprehensions by the Border Patrol fell to 303,916 in fiscal 2017, the lowest "
             "since 1971.", store)
    assert (c.claim.indicator, c.claim.record, c.claim.record_since) == ("usbp_sw_apprehensions", "low", 1971)
    assert c.verdict.label == "accurate" and "the record holds" in c.verdict.explanation


def test_a_right_figure_that_was_no_low_since_that_year_is_overstated(store: Store) -> None:
    c = only("Border Patrol agents apprehended about 400,000 migrants at the southwest border in fiscal 2020, "
             "the fewest since 1972.", store)
    assert (c.verdict.label, c.verdict.measure) == ("overstated", "usbp_sw_apprehensions")
    assert "303,916" in c.verdict.explanation and "FY2017" in c.verdict.explanation


def test_a_high_since_a_year_uses_the_same_series(store: Store) -> None:
    c = only("Border Patrol apprehensions at the southwest border rose to 851,508 in fiscal 2019, the most "
             "since 2007.", store)
    assert (c.verdict.label, c.verdict.official_value) == ("accurate", 851_508)


def test_a_month_of_border_patrol_apprehensions_before_cbps_encounter_files(store: Store) -> None:
    c = only("In May 2019, Border Patrol agents apprehended more than 132,000 people at the southwest border.",
             store)
    assert (c.claim.indicator, c.verdict.label, c.verdict.official_value) == (
        "usbp_sw_apprehensions", "accurate", 132_856)


def test_apprehensions_are_whichever_count_the_figure_fits(store: Store) -> None:
    # "apprehensions" is the press's word for Border Patrol's count and for CBP's total alike
    # (in a text that does not name the Border Patrol, the word is first read as CBP's total)
    bp = only("Apprehensions at the southwest border reached 171,390 in May 2023.", store)
    assert (bp.claim.indicator, bp.verdict.label) == ("usbp_sw_apprehensions", "accurate")
    assert "is used for" in bp.verdict.explanation
    cbp = only("Apprehensions at the southwest border reached 2.38 million in fiscal 2022.", store)
    assert (cbp.claim.indicator, cbp.verdict.label) == ("sw_border_encounters", "accurate")


def test_apprehensions_in_a_piece_that_names_the_border_patrol_are_its_count(store: Store) -> None:
    # with no figure to tell (a record stated without one), the text's own words decide
    text = ("Border Patrol agents apprehended more migrants this spring. Apprehensions at the southwest border hit a "
            "record high.")
    assert [c.claim.indicator for c in check_text(text, published=PUBLISHED, store=store)] == ["usbp_sw_apprehensions"]
    text = "CBP encounters have been rising. Apprehensions at the southwest border hit a record high."
    assert [c.claim.indicator for c in check_text(text, published=PUBLISHED, store=store)] == ["sw_border_encounters"]


def test_before_cbps_encounter_files_the_border_count_is_the_border_patrols(store: Store) -> None:
    c = only("Southwest border encounters were 1,643,679 in fiscal 2000.", store)
    assert (c.claim.indicator, c.verdict.label, c.verdict.official_value) == (
        "usbp_sw_apprehensions", "accurate", 1_643_679)


@pytest.mark.parametrize(("text", "label"), [
    ("Border Patrol apprehensions at the southwest border hit a record high in December 2023.", "accurate"),
    ("Border Patrol apprehensions in July 2024 were the lowest monthly total along the southwest border "
     "since September 2020.", "accurate"),
    ("Remittances to Mexico reached a record in 2023.", "accurate"),
    ("Remittances to Mexico fell to a record low in 2023.", "overstated"),
])
def test_a_record_claimed_without_a_figure_is_checked_against_the_series(text: str, label: str,
                                                                         store: Store) -> None:
    c = only(text, store, published=date(2025, 1, 15))
    assert (c.claim.kind, c.verdict.label) == ("record", label), c.verdict.explanation


def test_a_record_the_series_is_too_short_to_show_is_not_judged(store: Store) -> None:
    c = only("Southwest border encounters hit a 13-year high in December 2023.", store)
    assert (c.claim.kind, c.verdict.label) == ("record", "unverifiable")
    assert "cannot be checked" in c.verdict.explanation


@pytest.mark.parametrize(("text", "pounds"), [
    ("U.S. authorities intercepted more than 12 tons of fentanyl at the border in fiscal 2023.", 24_000),
    ("CBP seized about 12,250 kilograms of fentanyl in fiscal 2023.", 12_250 * 2.20462),
    ("CBP seized about 12 metric tons of fentanyl in fiscal 2023.", 12 * 2204.62),
])
def test_weights_in_tons_or_kilograms_are_compared_in_the_pounds_cbp_counts(
        text: str, pounds: float, store: Store) -> None:
    c = only(text, store, published=date(2023, 12, 1))
    assert c.claim.indicator == "cbp_fentanyl_seizures"  # CBP's headline measure, not one of its parts
    assert c.claim.unit == "pounds" and c.claim.value == pytest.approx(pounds)
    assert c.verdict.label == "accurate", c.verdict.explanation  # FY2023: 27,023 lb


def test_one_state_out_of_many_is_no_wrong_measure_unless_the_text_names_it(store: Store) -> None:
    # a 12% fall fits some state's count by chance; the sentence names none
    c = only("Homicides in Mexico were down 12% year on year in the first half of 2023.", store,
             published=date(2023, 8, 1))
    assert (c.claim.indicator, c.verdict.label) == ("mx_homicides", "overstated")
