"""How an undated text is dated from its own words, and the periods of the press read against
that date: what a reader would infer, the evidence shown, and year-to-date sums of months."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from usmx.check import check_source, check_text, run_check
from usmx.periods import Period
from usmx.store import Store, open_store
from usmx.text.claim_periods import ClaimPeriod
from usmx.text.refdate import INFERRED, cap_period, infer, reference_date

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return open_store(tmp_path_factory.mktemp("store") / "usmx.duckdb")


# ---------------------------------------------------------------- dating a text

def test_an_undated_text_is_read_shortly_after_the_latest_month_it_gives_figures_for() -> None:
    text = ("Border agents recorded 101,790 encounters along the southwest border in September 2024, "
            "the fewest since January 2021. Officials credited new asylum limits.")
    ref = infer(text, TODAY)
    assert (ref.date, ref.origin) == (date(2024, 10, 15), INFERRED)
    assert ref.latest == Period.month(2024, 9)
    assert ref.basis is not None and ref.basis.words == "September 2024"
    assert text[ref.basis.start:ref.basis.end] == "September 2024"
    assert "September 2024" in ref.explanation and "no date" in ref.explanation


def test_a_month_named_for_a_record_is_a_base_and_months_with_figures_come_after_it() -> None:
    text = ("En marzo se registraron 2 mil 283 homicidios dolosos y en abril la cifra fue de 2 mil 442. "
            "El mes con más víctimas fue octubre de 2022, con 2 mil 771.")
    r = infer(text, TODAY)
    assert r.date == date(2023, 5, 15)
    assert any(e.role == "base" and e.record and e.words == "octubre de 2022" for e in r.evidence)


def test_a_run_of_months_or_a_quarter_dates_the_text_by_its_last_month() -> None:
    assert infer("Remittances totaled $48.5 billion from January to September 2024.", TODAY).date == \
        date(2024, 10, 15)
    assert infer("Foreign direct investment reached $18.6 billion in the first quarter of 2023.", TODAY).date == \
        date(2023, 4, 15)
    assert infer("Two-way trade rose 7% in the first seven months of 2022.", TODAY).date == date(2022, 8, 15)


def test_a_dateline_dates_the_text() -> None:
    text = "EL PASO, Texas, March 20, 2023 — Remittances were $58 billion last year, the central bank said."
    ref = reference_date(text, None, None, TODAY)
    assert (ref.date, ref.origin) == (date(2023, 3, 20), "dateline")
    assert "March 20, 2023" in ref.explanation


def test_a_date_at_the_top_that_the_text_outruns_is_an_event_not_the_dateline() -> None:
    text = ("A proclamation signed June 4, 2024 limited asylum at the border. Encounters in July 2024 "
            "fell to 104,100, officials said.")
    ref = infer(text, TODAY)
    assert (ref.date, ref.origin) == (date(2024, 8, 15), INFERRED)
    assert "June 4, 2024" in ref.explanation


def test_a_fiscal_year_spoken_of_as_complete_dates_the_text_after_it_ends() -> None:
    ref = infer("CBP seized a record 14,700 pounds of fentanyl in fiscal year 2022.", TODAY)
    assert (ref.date, ref.latest) == (date(2022, 10, 15), Period.month(2022, 9))


def test_a_fiscal_year_with_a_month_inside_it_is_still_running() -> None:
    text = ("From October 2024 to January 2025, officers seized 5,500 pounds of fentanyl, which puts "
            "fiscal year 2025 on a slower pace.")
    assert infer(text, TODAY).date == date(2025, 2, 15)


def test_by_comparison_is_no_forecast() -> None:
    text = ("CBP seized 11,200 pounds of fentanyl in fiscal year 2021. By comparison, officers seized 4,800 "
            "pounds in fiscal year 2020.")
    assert [e.role for e in infer(text, TODAY).evidence] == ["current", "current"]


def test_a_complete_year_dates_the_text_in_the_next_one() -> None:
    ref = infer("Mexico received a record $63.3 billion in remittances in 2023, up 7.6% from 2022.", TODAY)
    assert ref.date == date(2024, 1, 15)


def test_a_month_without_a_year_takes_the_year_the_text_speaks_of_as_running() -> None:
    text = ("Mexico recorded 2,770 homicides in October, the highest monthly count so far in 2022, "
            "according to preliminary figures.")
    assert infer(text, TODAY).date == date(2022, 11, 15)


def test_a_base_of_comparison_or_a_forecast_does_not_date_the_text() -> None:
    only_base = infer("Encounters are down 40% since 2019, officials said on Tuesday.", TODAY)
    assert (only_base.date, only_base.origin) == (TODAY, "today")
    assert "2019" in only_base.explanation and "base" in only_base.explanation
    forecast = infer("Remittances grew 7.6% in 2023 and are expected to reach $70 billion by 2026.", TODAY)
    assert forecast.date == date(2024, 1, 15)


def test_a_past_year_compared_with_dates_the_text_in_the_year_after_it() -> None:
    ref = infer("Remittances rose 12% this year compared with 2022, the central bank said.", TODAY)
    assert (ref.date, ref.origin, ref.latest) == (date(2023, 1, 15), INFERRED, None)
    assert "2022" in ref.explanation and "compares" in ref.explanation
    spanish = infer("Las remesas subieron 3% respecto al 2023, informó el banco central.", TODAY)
    assert spanish.date == date(2024, 1, 15)


def test_part_of_a_year_compared_with_dates_the_text_a_year_on() -> None:
    text = "Los homicidios bajaron 5% en el primer semestre frente al primer semestre de 2023."
    ref = infer(text, TODAY)
    assert ref.date == date(2024, 7, 15)
    assert "a year on" in ref.explanation


def test_a_bound_or_a_same_period_base_says_only_that_the_text_is_later() -> None:
    for text in ("Encounters are the lowest since 2019, officials said.",
                 "April's haul was the smallest since the agency began publishing monthly figures in October 2018.",
                 "Encounters rose 12% compared with the same month of 2022.",
                 "Las remesas no habían caído así desde 2013."):
        assert infer(text, TODAY).origin == "today", text


def test_a_compared_year_later_than_the_figures_still_dates_the_text() -> None:
    # the figures named are older than the year they are compared with: the text is after both
    text = ("In March 2022 agents counted 211,000 encounters. This spring's figures are down 40% from "
            "2023, officials said.")
    assert infer(text, TODAY).date == date(2024, 1, 15)


def test_no_evidence_means_today_and_says_so() -> None:
    ref = reference_date("Encounters fell sharply last month, the agency said.", None, None, TODAY)
    assert (ref.date, ref.origin, ref.latest) == (TODAY, "today", None)
    assert "today" in ref.explanation


def test_a_date_given_or_from_the_page_wins_over_the_text() -> None:
    text = "Remittances totaled $5.5 billion in November 2024."
    assert reference_date(text, date(2025, 1, 3), date(2025, 1, 9), TODAY).origin == "given"
    assert reference_date(text, date(2025, 1, 3), None, TODAY).origin == "page metadata"


# ---------------------------------------------------------------- claims against the inferred date

def test_a_claim_is_never_placed_after_the_latest_month_the_text_names(store: Store) -> None:
    # the latest period named is 2023, so the text is read in January 2024; its "January" is not 2024's
    text = ("Mexico received a record $63.3 billion in remittances in 2023. In January, transfers "
            "totaled $4.4 billion, the central bank said.")
    claims = check_text(text, store=store, today=TODAY)
    january = next(c for c in claims if c.claim.quote.startswith("$4.4"))
    assert january.claim.period is not None and january.claim.period.label == "2023-01"
    assert all(c.claim.period is None or c.claim.period.end <= date(2023, 12, 31) for c in claims)


def test_a_month_named_after_the_latest_dated_one_beside_a_figure_follows_it() -> None:
    text = ("Southwest border encounters totaled 107,473 in August 2024. In September, agents "
            "recorded 101,790.")
    assert infer(text, TODAY).latest == Period.month(2024, 9)


def test_a_year_later_counts_on_from_the_month_named_before_it() -> None:
    r = infer("In March 2023 the count stood at 100. A year later it had fallen to 80.", TODAY)
    assert r.latest == Period.month(2024, 3)


def test_by_a_month_told_in_the_past_dates_the_text_but_a_deadline_does_not() -> None:
    assert infer("In May 2022 it was 100. By April 2023 it had fallen to 80.", TODAY).latest == Period.month(2023, 4)
    assert infer("In May 2022 it was 100. The plan aims to cut it by April 2023.", TODAY).latest == \
        Period.month(2022, 5)


def test_cap_period_moves_only_runs_of_months() -> None:
    latest = Period.month(2024, 8)
    month = ClaimPeriod("month", (Period.month(2024, 9),))
    assert cap_period(month, latest).parts == (Period.month(2023, 9),)
    change = ClaimPeriod("span", (Period.month(2023, 10), Period.month(2024, 10)))
    assert cap_period(change, latest).parts == (Period.month(2022, 10), Period.month(2023, 10))
    year = ClaimPeriod("calendar_year", (Period.year(2026),))
    assert cap_period(year, latest) == year
    assert cap_period(ClaimPeriod("month", (Period.month(2024, 7),)), latest).parts == (Period.month(2024, 7),)


def test_last_year_and_last_month_are_read_against_the_inferred_date(store: Store) -> None:
    text = ("Remittances to Mexico fell to $5.47 billion in November 2024. Last year, they "
            "totaled $63.3 billion, a record.")
    claims = {c.claim.quote: c for c in check_text(text, store=store, today=TODAY)}
    last_year = next(c for q, c in claims.items() if "63.3" in q)
    assert last_year.claim.period is not None and last_year.claim.period.label == "2023"
    assert last_year.verdict.label == "accurate"
    assert "read as of 2024-12-15" in last_year.verdict.explanation


def test_an_undated_file_says_which_date_was_used_and_why(tmp_path: Path, store: Store) -> None:
    text = ("Border agents recorded 101,790 encounters along the southwest border in September 2024, "
            "the fewest since January 2021.")
    path = tmp_path / "undated.txt"
    path.write_text(text, "utf-8")
    result = check_source(str(path), store=store, today=TODAY)
    assert (result.published, result.published_from) == (date(2024, 10, 15), INFERRED)
    assert "September 2024" in result.published_evidence
    assert any("September 2024" in w and "--published" in w for w in result.warnings)
    out, err = io.StringIO(), io.StringIO()
    run_check([str(path)], fmt="json", store=store, out=out, err=err)
    rows = json.loads(out.getvalue())
    assert rows and all(r["published_from"] == INFERRED for r in rows)
    row = rows[0]
    assert row["published"] <= date.today().isoformat()
    assert "September 2024" in row["published_evidence"]
    start, end = row["published_span"]
    assert text[start:end] == "September 2024"
    out = io.StringIO()
    run_check([str(path)], fmt="text", store=store, out=out, err=io.StringIO())
    shown = " ".join(out.getvalue().split())
    assert "inferred from the text" in shown and "September 2024" in shown


# ---------------------------------------------------------------- dating a text by its figures

# Border Patrol southwest apprehensions July 2024 56,400, June 2024 83,532; all southwest encounters July 2024
# 104,100: the figures of a clipping that names no year
NO_YEAR = ("In July, Border Patrol agents made 56,400 apprehensions at the southwest border, down from 83,532 in "
           "June. Counting officers at ports of entry, encounters totaled 104,000.")


def test_a_text_naming_no_year_is_dated_by_the_year_its_figures_match(store: Store) -> None:
    found = check_text(NO_YEAR, store=store, today=TODAY)
    assert [(c.claim.period.label if c.claim.period else None, c.verdict.label) for c in found] == [
        ("2024-07", "accurate"), ("2024-06", "accurate"), ("2024-07", "accurate")]
    assert all("2024-08-15" in c.verdict.explanation and "figures" in c.verdict.explanation for c in found)


def test_a_file_dated_by_its_figures_says_so_and_names_them(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "clipping.txt"
    path.write_text(NO_YEAR, "utf-8")
    result = check_source(str(path), store=store, today=TODAY)
    assert (result.published, result.published_from) == (date(2024, 8, 15), "inferred from its figures")
    assert "56,400" in result.published_evidence and "2024-07" in result.published_evidence
    assert any("figures" in w and "--published" in w for w in result.warnings)
    out = io.StringIO()
    run_check([str(path)], fmt="json", store=store, out=out, err=io.StringIO())
    rows = json.loads(out.getvalue())
    assert {r["published_from"] for r in rows} == {"inferred from its figures"}


def test_figures_that_fit_no_year_leave_the_text_read_against_today(store: Store) -> None:
    # no July's Border Patrol count was 61,234 and the June before it 99,876 (altered figures)
    text = ("In July, Border Patrol agents made 61,234 apprehensions at the southwest border, down from 99,876 in "
            "June.")
    found = check_text(text, store=store, today=TODAY)
    assert {c.verdict.label for c in found} == {"unverifiable"}
    assert all(c.claim.period is not None and c.claim.period.end.year == 2026 for c in found)


def test_no_finding_rests_on_a_guessed_date(store: Store) -> None:
    # read against today, "last year" is 2025, when remittances were $62.47 billion; but the text may be of any
    # year
    found = check_text("Mexico received $70 billion in remittances last year, the central bank said.", store=store,
                       today=TODAY)
    assert [(c.verdict.label, c.verdict.rule) for c in found] == [("unverifiable", "undated_period")]
    assert "may be of another year" in found[0].verdict.explanation


def test_years_that_fit_alike_are_told_apart_by_the_way_changes_went(store: Store) -> None:
    # overdose deaths in the 12 months to April: 2021 100,950 (up 30% on a year before), 2024 101,363 (down 10%);
    # opioids 76,024 and 75,047: both years fit the levels, only 2024 fell
    text = ("Overdose deaths reached about 101,000 in the 12 months ending in April, down 20% from a year earlier. "
            "Opioids were involved in some 75,500 of them.")
    found = check_text(text, store=store, today=TODAY)
    assert [c.claim.period.label if c.claim.period else None for c in found] == [
        "12m to 2024-04", "12m to 2023-04..12m to 2024-04", "12m to 2024-04"]
    assert [c.verdict.label for c in found] == ["accurate", "overstated", "accurate"]


def test_last_year_beside_a_year_it_is_compared_with_is_the_year_after_it() -> None:
    # read as of January 2024, "last year" would be 2023, the very year it is compared with
    for text in ("Remittances to Mexico rose 2.3% last year to $64.7 billion, from $63.3 billion in 2023.",
                 "El año pasado se registraron 30 mil 46 víctimas de homicidio, frente a 29 mil 721 en 2023."):
        ref = infer(text, TODAY)
        assert (ref.date, ref.origin) == (date(2025, 1, 15), INFERRED), text
    # "from last year" is a base, and "November of last year" a month's year: neither says more
    assert infer("Remittances rose 2% in 2024 from last year and fell in November of last year against 2023.",
                 TODAY).date == date(2025, 1, 15)
    assert infer("Remittances rose 2% from last year, compared with 2023 totals.", TODAY).date == date(2024, 1, 15)


def test_months_beside_the_same_period_of_a_year_are_of_the_year_after() -> None:
    text = "En junio, las remesas sumaron 6 mil 230 millones de dólares, 11.6 por ciento más que en igual mes de 2023."
    ref = infer(text, TODAY)
    assert (ref.date, ref.latest) == (date(2024, 7, 15), Period.month(2024, 6))


def test_a_month_as_subject_is_placed_in_the_year_the_text_runs_in() -> None:
    text = ("Mexico has recorded 12,716 homicide victims so far in 2022. May was the most violent month of the year, "
            "with 2,829.")
    assert infer(text, TODAY).date == date(2022, 6, 15)


def test_an_abbreviation_ends_no_sentence_for_dating() -> None:
    # "U.S." does not end the sentence: the figure after it stands beside "Through September"
    text = ("Through September, U.S. goods trade with Mexico totaled $599.2 billion, up 2.3% from the same period of "
            "2022.")
    assert infer(text, TODAY).date == date(2023, 10, 15)


def test_two_figures_of_one_measure_and_period_date_nothing(store: Store) -> None:
    # feminicides 2017: 742 (747 fits), and "more than two a day" fits almost any year: one piece of evidence
    text = ("El año pasado, 747 mujeres fueron víctimas de feminicidio en México, según el SESNSP. Es decir, más de "
            "dos mujeres al día.")
    found = check_text(text, store=store, today=TODAY)
    assert all(c.claim.period is not None and c.claim.period.end.year >= 2025 for c in found)


def test_one_figure_alone_does_not_date_a_text(store: Store) -> None:
    found = check_text("In July, Border Patrol agents made 56,400 apprehensions at the southwest border.",
                       store=store, today=TODAY)
    assert [c.verdict.label for c in found] == ["unverifiable"]


def test_a_dated_text_keeps_its_date_in_the_json(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "dated.txt"
    path.write_text("Remittances to Mexico totaled $63.3 billion last year.", "utf-8")
    out = io.StringIO()
    run_check([str(path)], published="2024-02-01", fmt="jsonl", store=store, out=out, err=io.StringIO())
    row = json.loads(out.getvalue().splitlines()[0])
    assert (row["published"], row["published_from"], row["published_span"]) == ("2024-02-01", "given", None)


# ---------------------------------------------------------------- year-to-date and runs of months

def _one(store: Store, text: str, published: date, starts: str) -> tuple[str, str, float | None, str]:
    c = next(c for c in check_text(text, published=published, store=store) if c.claim.quote.startswith(starts))
    assert c.claim.period is not None
    return c.claim.period.label, c.verdict.label, c.verdict.official_value, c.verdict.explanation


def test_year_to_date_figures_are_judged_against_the_sum_of_their_months(store: Store) -> None:
    months = store.value("mx_remittances", Period.span(Period.month(2024, 1), Period.month(2024, 11)))
    assert months is not None and months.derived
    pub = date(2024, 12, 20)
    for text in ("Remittances to Mexico totaled $59.8 billion in the first 11 months of the year.",
                 "Remittances to Mexico totaled $59.8 billion in the first 11 months.",
                 "So far this year, remittances to Mexico have reached $59.8 billion.",
                 "Remittances to Mexico totaled $59.8 billion through November.",
                 "Remittances to Mexico reached $59.8 billion in the first 11 months of 2024."):
        label, verdict, official, _ = _one(store, text, pub, "$59.8")
        assert (label, verdict, official) == ("2024-01..2024-11", "accurate", months.value), text


def test_through_a_day_runs_to_the_last_whole_month_and_says_so(store: Store) -> None:
    label, verdict, _, why = _one(store, "Remittances to Mexico totaled $59.8 billion through December 26.",
                                  date(2024, 12, 28), "$59.8")
    assert (label, verdict) == ("2024-01..2024-11", "accurate")
    assert "November 2024" in why and "last whole month" in why


def test_fiscal_year_to_date_runs_from_october(store: Store) -> None:
    pub = date(2024, 12, 20)
    for text in ("Southwest border encounters totaled 200,500 fiscal year to date.",
                 "Southwest border encounters totaled 200,500 so far in the current fiscal year.",
                 "Southwest border encounters totaled 200,500 in the first two months of fiscal year 2025."):
        label, verdict, _, _ = _one(store, text, pub, "200,500")
        assert (label, verdict) == ("2024-10..2024-11", "accurate"), text


def test_the_same_month_of_an_earlier_year_is_the_base_of_a_change(store: Store) -> None:
    text = "Remittances to Mexico reached $5.5 billion in November, up 11% from the same month of 2023."
    label, verdict, _, _ = _one(store, text, date(2024, 12, 20), "11%")
    assert (label, verdict) == ("2023-11..2024-11", "accurate")


def test_the_first_months_of_an_earlier_year_are_the_base_of_a_change(store: Store) -> None:
    text = ("Remittances to Mexico totaled $31.4 billion in the first half of 2024, 10% more than in the "
            "first six months of 2023.")
    label, _, _, _ = _one(store, text, date(2024, 8, 1), "10%")
    assert label == "2023-01..2023-06..2024-01..2024-06"


def test_months_of_something_else_are_no_period() -> None:
    from usmx.text.timex import find_timexes

    low = "encounters fell to 20,000 during the first two months of his term."
    assert not [t for t in find_timexes(low, 0, len(low), date(2024, 12, 20)) if t.kind == "part_year"]
