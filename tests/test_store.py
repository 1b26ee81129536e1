"""The store: which figure answers a question, how totals are derived, and that updates
add vintages atomically. The observations here are made up for the rules under test;
tests on the official files are in test_snapshot.py and the importers' tests."""

from __future__ import annotations

import tomllib
from pathlib import Path

import duckdb
import pytest

from usmx.catalog import Catalog, parse_catalog
from usmx.model import Observation, Source
from usmx.periods import Period
from usmx.store import Store, update_store

CATALOG_TOML = Path(__file__).resolve().parents[1] / "src" / "usmx" / "catalog" / "indicators.toml"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return parse_catalog(tomllib.loads(CATALOG_TOML.read_text("utf-8")))


def obs(ind: str, period: Period, value: float, status: str = "final", vintage: str = "2024-01-01",
        dataset: str = "cbp_encounters", sha: str = "a") -> Observation:
    return Observation(ind, period, value, status, vintage,  # type: ignore[arg-type]
                       Source(dataset, "https://example.gov/data", sha, "file.csv", vintage))


def months(ind: str, year: int, values: list[float], **kw: str) -> list[Observation]:
    return [obs(ind, Period.month(year, m + 1), v, **kw) for m, v in enumerate(values)]


def test_calendar_year_is_derived_from_months_by_sum_and_labelled(catalog: Catalog) -> None:
    store = Store.in_memory(months("sw_border_encounters", 2022, [10.0] * 12), catalog)
    a = store.value("sw_border_encounters", Period.year(2022))
    assert a is not None and a.value == 120 and a.derived and a.parts == 12


def test_fiscal_year_spans_october_to_september(catalog: Catalog) -> None:
    data = months("sw_border_encounters", 2021, list(range(1, 13))) + months(
        "sw_border_encounters", 2022, list(range(101, 113)))
    store = Store.in_memory(data, catalog)
    a = store.value("sw_border_encounters", Period.fiscal_year(2022))
    assert a is not None and a.value == sum([10, 11, 12]) + sum(range(101, 110))


def test_incomplete_year_is_not_derived(catalog: Catalog) -> None:
    store = Store.in_memory(months("sw_border_encounters", 2024, [5.0] * 6), catalog)
    assert store.value("sw_border_encounters", Period.year(2024)) is None


def test_rates_average_and_stocks_take_the_last(catalog: Catalog) -> None:
    # mx_share_latam_fdi aggregates by mean; mx_rank_us_trading_partner by last
    shares = [10, 20, 30, 40]
    q = [obs("mx_share_latam_fdi", Period.quarter(2020, i + 1), v) for i, v in enumerate(shares)]
    store = Store.in_memory(q, catalog)
    a = store.value("mx_share_latam_fdi", Period.year(2020))
    assert a is not None and a.value == 25


def test_a_rank_or_a_share_of_a_total_is_never_derived_from_months(catalog: Catalog) -> None:
    # Mexico first in each of three months says nothing of its rank over the three: only a figure
    # computed for that run of months answers
    data = [obs("mx_rank_us_trading_partner", Period.month(2022, m), 1) for m in (2, 3, 4)]
    data += [obs("mx_share_us_goods_trade", Period.month(2022, m), 15.0) for m in (2, 3, 4)]
    store = Store.in_memory(data, catalog)
    spring = Period.span(Period.month(2022, 2), Period.month(2022, 4))
    assert store.value("mx_rank_us_trading_partner", spring) is None
    assert store.value("mx_share_us_goods_trade", spring) is None
    assert store.value("mx_rank_us_trading_partner", Period.month(2022, 3)) is not None


def test_final_beats_provisional_even_when_older(catalog: Catalog) -> None:
    p = Period.year(2021)
    store = Store.in_memory([
        obs("us_overdose_deaths", p, 107_000, "provisional", "2023-05-01", "cdc_vsrr"),
        obs("us_overdose_deaths", p, 106_000, "final", "2022-12-01", "published_figures"),
    ], catalog)
    a = store.value("us_overdose_deaths", p)
    assert a is not None and (a.value, a.status) == (106_000, "final")
    assert [h.value for h in store.history("us_overdose_deaths", p)] == [106_000, 107_000]


def test_newer_vintage_wins_and_older_is_kept_as_a_revision(catalog: Catalog) -> None:
    old = months("mx_remittances", 2022, [1.0] * 12, vintage="2023-02-01", dataset="banxico_sie_api", sha="x")
    new = months("mx_remittances", 2022, [2.0] * 12, vintage="2026-07-01", dataset="banxico_remittances", sha="y")
    store = Store.in_memory(old + new, catalog)
    a = store.value("mx_remittances", Period.year(2022))
    assert a is not None and a.value == 24 and a.vintage == "2026-07-01"
    assert sorted(h.value for h in store.history("mx_remittances", Period.year(2022))) == [12, 24]


def test_a_total_is_never_spliced_across_files(catalog: Catalog) -> None:
    half = months("mx_remittances", 2022, [1.0] * 6, sha="x")
    other = [obs("mx_remittances", Period.month(2022, m), 1.0, sha="y") for m in range(7, 13)]
    store = Store.in_memory(half + other, catalog)
    assert store.value("mx_remittances", Period.year(2022)) is None


def test_twelve_month_ending_series_answers_calendar_year(catalog: Catalog) -> None:
    store = Store.in_memory([
        obs("us_overdose_deaths", Period.twelve_months_ending(2021, 12), 107_000, "provisional", dataset="cdc_vsrr"),
    ], catalog)
    a = store.value("us_overdose_deaths", Period.year(2021))
    assert a is not None and a.value == 107_000 and not a.derived


def test_as_of_hides_later_releases(catalog: Catalog) -> None:
    p = Period.year(2021)
    store = Store.in_memory([
        obs("us_overdose_deaths", p, 107_622, "predicted", "2022-05-11", "published_figures"),
        obs("us_overdose_deaths", p, 106_699, "final", "2022-12-22", "published_figures"),
    ], catalog)
    a = store.as_of("2022-06-12").value("us_overdose_deaths", p)
    assert a is not None and a.status == "predicted"


def test_series_lists_complete_years_only(catalog: Catalog) -> None:
    data = months("mx_remittances", 2021, [1.0] * 12) + months("mx_remittances", 2022, [2.0] * 5)
    store = Store.in_memory(data, catalog)
    assert [a.period.label for a in store.series("mx_remittances", "year")] == ["2021"]
    assert len(store.series("mx_remittances", "month")) == 17


def test_estimates_are_listed_with_attribution_not_derived(catalog: Catalog) -> None:
    e = Observation("cartel_territory_share", Period.year(2021), 30, "estimate", "2021-03-16",
                    Source("published_figures", "https://example.gov/t"), attribution="A. Official", value_high=35)
    store = Store.in_memory([e], catalog)
    (got,) = store.estimates("cartel_territory_share")
    assert (got.value, got.value_high, got.attribution) == (30, 35, "A. Official")
    best = store.value("cartel_territory_share", Period.year(2021))
    assert best is not None and best.attribution == "A. Official"
    assert store.value("cartel_territory_share", Period.year(2020)) is None


def _count(path: Path) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return int(con.execute("SELECT count(*) FROM observations").fetchone()[0])  # type: ignore[index]
    finally:
        con.close()


def test_update_adds_rows_once_and_a_failed_update_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    batch = months("sw_border_encounters", 2020, [3.0] * 12, vintage="2020-12-31")
    r1 = update_store([("cbp_encounters", Path("a.csv"), "a", batch)], db)
    seeded = _count(db)
    assert r1.rows_added == 12
    r2 = update_store([("cbp_encounters", Path("a.csv"), "a", batch)], db)
    assert r2.rows_added == 0 and _count(db) == seeded

    newer = months("sw_border_encounters", 2020, [4.0] * 12, vintage="2021-06-30", sha="b")

    def boom(i: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        update_store([("cbp_encounters", Path("b.csv"), "b", newer)], db, fail_after=boom)
    assert _count(db) == seeded


def test_equal_periods_written_differently_keep_their_own_label(catalog: Catalog) -> None:
    store = Store.in_memory(months("mx_remittances", 2021, [1.0] * 12), catalog)
    year = store.value("mx_remittances", Period.year(2021))
    rolling = store.value("mx_remittances", Period.twelve_months_ending(2021, 12))
    assert year is not None and year.period.label == "2021"
    assert rolling is not None and rolling.period.kind == "12m_ending" and rolling.value == year.value


def test_as_of_reads_any_iso_date_as_a_day(catalog: Catalog) -> None:
    p = Period.year(2022)
    store = Store.in_memory([
        obs("mx_remittances", p, 58.5, "provisional", "2022-12-20", "published_figures"),
        obs("mx_remittances", p, 58.9, "provisional", "2023-02-01", "published_figures"),
    ], catalog)
    # "20230101" is 1 January 2023; compared as text it would admit the February release.
    a = store.as_of("20230101").value("mx_remittances", p)
    assert a is not None and a.value == 58.5
    with pytest.raises(ValueError, match="as-of"):
        store.as_of("early 2023")


def test_a_newer_bundled_snapshot_corrects_entered_figures_and_keeps_every_file_vintage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import usmx.snapshot
    from usmx.store import open_store

    p = Period.year(2021)
    old_file = months("mx_remittances", 2021, [1.0] * 12, vintage="2022-08-11", dataset="banxico_sie_api", sha="f1")
    new_file = months("mx_remittances", 2021, [2.0] * 12, vintage="2026-07-01", dataset="banxico_remittances", sha="f2")
    shipped = {"rows": [obs("us_overdose_deaths", p, 106_000, "final", "2022-12-22", "published_figures", "old"),
                        *old_file], "sha": "s1"}
    monkeypatch.setattr(usmx.snapshot, "read_snapshot", lambda: shipped["rows"])
    monkeypatch.setattr(usmx.snapshot, "read_manifest", lambda: {"data_sha256": shipped["sha"]})
    db = tmp_path / "store.duckdb"
    open_store(db, catalog=None)
    update_store([("cbp_encounters", Path("a.csv"), "a", months("sw_border_encounters", 2020, [3.0] * 12))], db)

    # The next release corrects the entered figure (figures.csv, so a new file hash).
    shipped["rows"] = [obs("us_overdose_deaths", p, 106_699, "final", "2022-12-22", "published_figures", "new"),
                       *new_file]
    shipped["sha"] = "s2"
    store = open_store(db)
    assert [a.value for a in store.history("us_overdose_deaths", p)] == [106_699]
    assert len(store.observations("sw_border_encounters")) == 12
    # a publisher file's older vintage is history, and stays
    assert sorted(a.value for a in store.history("mx_remittances", Period.year(2021))) == [12, 24]
