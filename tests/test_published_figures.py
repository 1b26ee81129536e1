"""The bundled published figures: the file parses, every figure is cited and dated, key
figures are the ones read from the publications, and malformed files are refused with the
offending line."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest

from usmx.model import Observation
from usmx.periods import parse_period
from usmx.sources import published_figures as pf
from usmx.sources.base import SourceFileError, sha256_file


@pytest.fixture(scope="module")
def observations() -> list[Observation]:
    return pf.load_bundled()


def _find(
    obs: list[Observation], indicator: str, period: str, status: str, vintage: str | None = None
) -> Observation:
    p = parse_period(period)
    hits = [
        o for o in obs
        if o.indicator == indicator and o.period == p and o.status == status
        and (vintage is None or o.vintage == vintage)
    ]
    assert len(hits) == 1, f"{indicator} {period} {status} {vintage}: {len(hits)} rows"
    return hits[0]


def _all(obs: list[Observation], indicator: str, period: str) -> list[Observation]:
    p = parse_period(period)
    return [o for o in obs if o.indicator == indicator and o.period == p]


# --- the bundled file ------------------------------------------------------------------

def test_bundled_file_parses_and_is_in_the_package(observations: list[Observation]) -> None:
    path = pf.bundled_path()
    assert path.name == "figures.csv"
    assert path.parent.name == "published"
    assert len(observations) >= 50
    assert pf.DATASET.name == "published_figures"
    assert pf.DATASET.download_url is None
    assert pf.DATASET.matches(path)


def test_every_figure_is_cited_dated_and_hashed(observations: list[Observation]) -> None:
    sha = sha256_file(pf.bundled_path())
    for o in observations:
        assert o.source.url.startswith("https://"), o
        assert o.source.dataset == "published_figures"
        assert o.source.publisher
        assert o.source.sha256 == sha
        assert o.source.file == "figures.csv"
        released = date.fromisoformat(o.vintage)
        assert o.source.release == o.vintage
        assert released <= date.today()
        if o.status != "estimate":
            assert released > o.period.end, o


def test_every_indicator_is_in_the_catalog(observations: list[Observation]) -> None:
    ids = pf.catalog_ids()
    assert "us_overdose_deaths" in ids and "cartel_territory_share" in ids
    assert {o.indicator for o in observations} <= ids


def test_no_duplicate_figures(observations: list[Observation]) -> None:
    keys = [(o.indicator, o.period.start, o.period.end, o.status, o.vintage) for o in observations]
    assert len(keys) == len(set(keys))


def test_estimates_are_attributed(observations: list[Observation]) -> None:
    estimates = [o for o in observations if o.status == "estimate"]
    assert estimates
    for o in estimates:
        assert o.attribution.strip()
        assert o.indicator == "cartel_territory_share"
    for o in observations:
        if o.value_high is not None:
            assert o.value_high >= o.value


def test_secondary_sources_say_so(observations: list[Observation]) -> None:
    official_hosts = (".gov/", ".gov.mx/", ".mil/", "doi.org/", "banxico.org.mx", "inegi.org.mx")
    for o in observations:
        if not any(h in o.source.url for h in official_hosts):
            assert "secondary" in o.note or "dashboard" in o.note, o.source.url


# --- spot checks of figures read from the publications ----------------------------------

def test_nchs_final_counts(observations: list[Observation]) -> None:
    assert _find(observations, "us_overdose_deaths", "2019", "final").value == 70_630
    assert _find(observations, "us_overdose_deaths", "2020", "final").value == 91_799
    o2021 = _find(observations, "us_overdose_deaths", "2021", "final")
    assert o2021.value == 106_699
    assert o2021.vintage == "2022-12-22"
    assert "db457" in o2021.source.url
    assert _find(observations, "us_overdose_deaths", "2022", "final").value == 107_941
    o2023 = _find(observations, "us_overdose_deaths", "2023", "final")
    assert (o2023.value, o2023.vintage) == (105_007, "2024-12-19")


def test_provisional_vintages_precede_the_final_count(observations: list[Observation]) -> None:
    first = _find(observations, "us_overdose_deaths", "2021", "predicted", "2022-05-11")
    assert first.value == 107_622
    final = _find(observations, "us_overdose_deaths", "2021", "final")
    assert first.vintage < final.vintage
    later = _find(observations, "us_overdose_deaths", "2021", "predicted", "2023-05-18")
    assert later.value == 109_179
    assert _find(observations, "us_overdose_deaths", "2022", "predicted", "2023-05-18").value == 109_680
    assert _find(observations, "us_overdose_deaths", "2023", "predicted", "2024-05-15").value == 107_543


def test_synthetic_opioids_are_within_all_drugs(observations: list[Observation]) -> None:
    synth = _find(observations, "us_synthetic_opioid_deaths", "2021", "final")
    assert synth.value == 70_601
    assert synth.value < _find(observations, "us_overdose_deaths", "2021", "final").value
    opioids = _find(observations, "us_opioid_overdose_deaths", "2023", "predicted", "2024-05-15")
    assert _find(observations, "us_synthetic_opioid_deaths", "2023", "predicted").value < opioids.value


def test_cbp_encounters(observations: list[Observation]) -> None:
    fy22 = _all(observations, "sw_border_encounters", "FY2022")
    assert [o.value for o in fy22] == [2_378_944]
    assert fy22[0].period.start == date(2021, 10, 1) and fy22[0].period.end == date(2022, 9, 30)
    may22 = _all(observations, "sw_border_encounters", "2022-05")
    assert [(o.value, o.vintage) for o in may22] == [(239_416, "2022-06-15")]
    assert may22[0].source.url.startswith("https://www.cbp.gov/")
    usbp = _find(observations, "usbp_sw_apprehensions", "FY2020", "provisional")
    total = _find(observations, "sw_border_encounters", "FY2020", "provisional")
    assert (usbp.value, total.value) == (400_651, 458_088)


def test_cbp_fy2022_monthly_table_adds_up(observations: list[Observation]) -> None:
    fy22 = _find(observations, "sw_border_encounters", "FY2022", "provisional")
    months = [
        o for o in observations
        if o.indicator == "sw_border_encounters" and o.period.kind == "month"
        and fy22.period.start <= o.period.start and o.period.end <= fy22.period.end
        and o.vintage == fy22.vintage
    ]
    # Every FY2022 month at the year-end vintage except May, whose only row is the first release.
    assert len(months) == 11
    assert parse_period("2022-05") not in {o.period for o in months}
    assert _find(observations, "sw_border_encounters", "2021-10", "provisional").value == 164_837
    assert _find(observations, "sw_border_encounters", "2022-04", "provisional").value == 235_785
    # The year-end table's May value (241,136) is the upward revision of the first release.
    missing_may = fy22.value - sum(o.value for o in months)
    assert missing_may == 241_136
    assert missing_may > _find(observations, "sw_border_encounters", "2022-05", "provisional").value


def test_usbp_fiscal_years_sit_inside_the_southwest_totals(observations: list[Observation]) -> None:
    expected = {"FY2022": 2_206_436, "FY2023": 2_045_838, "FY2024": 1_530_523}
    for fy, value in expected.items():
        usbp = _find(observations, "usbp_sw_apprehensions", fy, "provisional")
        assert usbp.value == value
    total = _find(observations, "sw_border_encounters", "FY2022", "provisional")
    assert _find(observations, "usbp_sw_apprehensions", "FY2022", "provisional").value < total.value
    assert _find(observations, "usbp_sw_apprehensions", "2025-06", "provisional").value == 6_072
    assert _find(observations, "sw_border_encounters", "2023-12", "provisional", "2024-01-26").value == 302_034
    assert _find(observations, "sw_border_encounters", "2022-12", "provisional", "2023-01-20").value == 251_487



def _months_at(obs: list[Observation], indicator: str, fiscal_year: str, vintage: str) -> dict[date, float]:
    year = parse_period(fiscal_year)
    return {
        o.period.start: o.value for o in obs
        if o.indicator == indicator and o.period.kind == "month" and o.vintage == vintage
        and year.start <= o.period.start and o.period.end <= year.end
    }


def test_cbp_fy2021_monthly_tables_add_up_to_the_year(observations: list[Observation]) -> None:
    total = _months_at(observations, "sw_border_encounters", "FY2021", "2021-10-22")
    usbp = _months_at(observations, "usbp_sw_apprehensions", "FY2021", "2021-10-22")
    assert len(total) == len(usbp) == 12
    fy_total = _find(observations, "sw_border_encounters", "FY2021", "provisional")
    fy_usbp = _find(observations, "usbp_sw_apprehensions", "FY2021", "provisional")
    assert sum(total.values()) == fy_total.value == 1_734_686
    assert sum(usbp.values()) == fy_usbp.value == 1_659_206
    assert all(usbp[month] < total[month] for month in total)
    assert total[date(2020, 10, 1)] == 71_929
    assert total[date(2021, 9, 1)] == 192_001
    # The page's August Total cell is 1,000 below its own sector rows; the sector sum is the one used.
    aug = _find(observations, "usbp_sw_apprehensions", "2021-08", "provisional")
    assert aug.value == 196_514
    assert "195,514" in aug.note
    assert _find(observations, "sw_border_encounters", "2021-08", "provisional").value == 209_840
    assert aug.source.url.startswith("https://www.cbp.gov/")


def test_cbp_fy2023_table_ends_in_august_and_was_revised_by_year_end(observations: list[Observation]) -> None:
    total = _months_at(observations, "sw_border_encounters", "FY2023", "2023-09-22")
    usbp = _months_at(observations, "usbp_sw_apprehensions", "FY2023", "2023-09-22")
    assert len(total) == len(usbp) == 11
    assert date(2023, 9, 1) not in total
    assert total[date(2023, 8, 1)] == 232_972
    # With September's first release the eleven months overshoot the year-end totals slightly.
    sep = _find(observations, "sw_border_encounters", "2023-09", "provisional")
    fy = _find(observations, "sw_border_encounters", "FY2023", "provisional")
    assert sum(total.values()) + sep.value - fy.value == 105
    usbp_sep = _find(observations, "usbp_sw_apprehensions", "2023-09", "provisional")
    usbp_fy = _find(observations, "usbp_sw_apprehensions", "FY2023", "provisional")
    assert sum(usbp.values()) + usbp_sep.value - usbp_fy.value == 58
    # Months first released earlier keep that figure beside the table's later one.
    for indicator, month, first_vintage, first in (
        ("sw_border_encounters", "2022-12", "2023-01-20", 251_487),
        ("sw_border_encounters", "2023-05", "2023-06-21", 204_561),
        ("usbp_sw_apprehensions", "2023-05", "2023-06-21", 169_244),
    ):
        rows = sorted(_all(observations, indicator, month), key=lambda o: o.vintage)
        assert [o.vintage for o in rows] == [first_vintage, "2023-09-22"]
        assert rows[0].value == first < rows[1].value


def test_cbp_fy2024_table_runs_to_may(observations: list[Observation]) -> None:
    total = _months_at(observations, "sw_border_encounters", "FY2024", "2024-06-20")
    usbp = _months_at(observations, "usbp_sw_apprehensions", "FY2024", "2024-06-20")
    assert len(total) == len(usbp) == 8
    assert max(total) == date(2024, 5, 1)
    assert total[date(2024, 5, 1)] == 170_723
    assert sum(total.values()) < 2_135_005  # CBP's FY2024 total, in its state file of 2024-10-22
    dec = sorted(_all(observations, "sw_border_encounters", "2023-12"), key=lambda o: o.vintage)
    assert [(o.vintage, o.value) for o in dec] == [("2024-01-26", 302_034), ("2024-06-20", 301_983)]


def test_monthly_sums_match_their_usbp_and_ofo_parts(observations: list[Observation]) -> None:
    parts = re.compile(r"sum of USBP \(([\d,]+)\) and OFO \(([\d,]+)\)")
    paired = 0
    for o in observations:
        found = parts.match(o.note)
        if o.indicator != "sw_border_encounters" or found is None:
            continue
        usbp, ofo = (int(g.replace(",", "")) for g in found.groups())
        assert usbp + ofo == o.value, o.note
        partner = [
            p.value for p in observations
            if p.indicator == "usbp_sw_apprehensions" and p.period == o.period and p.vintage == o.vintage
        ]
        if partner:
            assert partner == [usbp], o.period.label
            paired += 1
    assert paired == 12 + 11 + 8

def test_cbp_fentanyl_fiscal_years(observations: list[Observation]) -> None:
    def pounds(fy: str) -> float:
        return _find(observations, "cbp_fentanyl_seizures", fy, "provisional").value

    # the rows kept are earlier announcements than CBP's files here (FY2022 on comes from the files)
    assert pounds("FY2019") == pytest.approx(2_803.6)
    assert pounds("FY2019") < pounds("FY2020") < pounds("FY2021")
    assert pounds("FY2024") == pytest.approx(21_889)
    for fy in ("FY2022", "FY2023", "FY2025"):
        assert not [o for o in observations if o.indicator == "cbp_fentanyl_seizures" and o.period.label == fy]


def test_banxico_first_release_and_revisions_are_separate_vintages(observations: list[Observation]) -> None:
    rows = sorted(
        (o for o in observations if o.indicator == "mx_remittances" and o.period == parse_period("2022")),
        key=lambda o: o.vintage,
    )
    assert [(o.vintage, o.value) for o in rows] == [("2023-02-01", 58_497e6), ("2024-02-01", 58_868e6)]


def test_cartel_territory_estimate(observations: list[Observation]) -> None:
    o = _find(observations, "cartel_territory_share", "2021-03", "estimate")
    assert (o.value, o.value_high) == (30, 35)
    assert "VanHerck" in o.attribution
    assert o.vintage == "2021-03-16"
    assert "northcom.mil" in o.source.url


def test_inegi_preliminary_and_final(observations: list[Observation]) -> None:
    assert _find(observations, "mx_homicides_inegi", "2023", "provisional").value == 31_062
    assert _find(observations, "mx_homicides_inegi", "2023", "final").value == 32_252
    prelim = _find(observations, "mx_homicides_inegi", "2018", "provisional")
    final = _find(observations, "mx_homicides_inegi", "2018", "final")
    assert prelim.value < final.value and prelim.vintage < final.vintage


# --- malformed files ---------------------------------------------------------------------

def _rows() -> list[list[str]]:
    text = pf.bundled_path().read_text(encoding="utf-8")
    return [r for r in csv.reader(io.StringIO(text, newline=""))]


def _write(tmp_path: Path, rows: list[list[str]], name: str = "figures.csv") -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path = tmp_path / name
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def _corrupt(tmp_path: Path, line: int, column: str, value: str) -> Path:
    rows = _rows()
    rows[line - 1][pf.HEADER.index(column)] = value
    return _write(tmp_path, rows)


@pytest.mark.parametrize(
    ("line", "column", "value", "message"),
    [
        (3, "indicator", "us_overdose_deths", "unknown indicator"),
        (4, "period", "2021-13", "period"),
        (5, "period", "last year", "period"),
        (6, "value", "about 107,000", "value is not a number"),
        (7, "value_high", "1", "value_high 1 is below value"),
        (8, "status", "preliminary", "status 'preliminary'"),
        (9, "url", "http://www.cdc.gov/nchs/", "https"),
        (10, "url", "www.cdc.gov/nchs/", "https"),
        (11, "released", "May 2023", "released is not a date"),
        (12, "released", "2999-01-01", "in the future"),
        (13, "released", "2019-06-01", "before the period"),
        (14, "publisher", " ", "publisher is empty"),
    ],
)
def test_corrupted_row_refused_with_line(
    tmp_path: Path, line: int, column: str, value: str, message: str
) -> None:
    path = _corrupt(tmp_path, line, column, value)
    with pytest.raises(SourceFileError) as err:
        pf.parse(path)
    assert err.value.line == line
    assert message in str(err.value)
    assert str(err.value).startswith(f"figures.csv, line {line}:")


def test_estimate_without_attribution_refused(tmp_path: Path) -> None:
    rows = _rows()
    line = next(i for i, r in enumerate(rows, start=1) if r[pf.HEADER.index("status")] == "estimate")
    rows[line - 1][pf.HEADER.index("attribution")] = ""
    with pytest.raises(SourceFileError, match="attribution") as err:
        pf.parse(_write(tmp_path, rows))
    assert err.value.line == line


def test_duplicate_row_refused_at_second_occurrence(tmp_path: Path) -> None:
    rows = _rows()
    rows.insert(6, list(rows[2]))  # line 7 repeats line 3
    with pytest.raises(SourceFileError, match=r"duplicate figure .*first on line 3") as err:
        pf.parse(_write(tmp_path, rows))
    assert err.value.line == 7


def test_truncated_row_refused(tmp_path: Path) -> None:
    rows = _rows()
    rows[4] = rows[4][:6]
    with pytest.raises(SourceFileError, match="expected 10 fields") as err:
        pf.parse(_write(tmp_path, rows))
    assert err.value.line == 5


@pytest.mark.parametrize(
    "header",
    [
        ["indicator", "value", "period", *pf.HEADER[3:]],
        list(pf.HEADER[:-1]),
        [*pf.HEADER, "extra"],
        [h.upper() for h in pf.HEADER],
    ],
)
def test_wrong_header_refused(tmp_path: Path, header: list[str]) -> None:
    rows = _rows()
    rows[0] = header
    with pytest.raises(SourceFileError, match="header must be exactly") as err:
        pf.parse(_write(tmp_path, rows))
    assert err.value.line == 1


def test_empty_and_header_only_files_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(SourceFileError, match="empty"):
        pf.parse(empty)
    with pytest.raises(SourceFileError, match="no figures"):
        pf.parse(_write(tmp_path, [list(pf.HEADER)], "header_only.csv"))


def test_a_valid_copy_parses_to_the_same_figures(tmp_path: Path, observations: list[Observation]) -> None:
    copy = _write(tmp_path, _rows(), "copy.csv")
    again = pf.parse(copy)
    assert [(o.indicator, o.period, o.value, o.status, o.vintage) for o in again] == [
        (o.indicator, o.period, o.value, o.status, o.vintage) for o in observations
    ]
    assert again[0].source.file == "copy.csv"


def test_no_row_repeats_what_a_publishers_file_had_already_given(observations: list[Observation]) -> None:
    """A figure entered from a publication stays only as an earlier vintage of what the files give.

    A row is redundant when a data file in the bundled snapshot gives the same period a figure of
    the same or a better status, released no later than the row: the file is then the source.
    """
    from usmx.model import STATUS_RANK
    from usmx.snapshot import read_snapshot
    from usmx.store import Store

    files = Store([o for o in read_snapshot() if o.source.dataset != "published_figures"])
    redundant = []
    for o in observations:
        if o.status == "estimate":
            continue
        for a in files.history(o.indicator, o.period):
            if STATUS_RANK[a.status] <= STATUS_RANK[o.status] and a.vintage <= o.vintage:
                redundant.append((o.indicator, o.period.label, o.vintage, a.source.file))
                break
    assert redundant == []
