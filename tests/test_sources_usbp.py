"""Border Patrol apprehensions from CBP's two historical PDFs (``usbp_apprehensions``).

Read from the real files in ../shared/data/usbp_apprehensions: the spot checks come from its
SOURCE.md, and every figure is held against the two third-party parses kept there for that
purpose (UWCHR's of the monthly PDF, jacobkap's of the yearly one). A file that is not a
whole PDF, or whose figures do not add up to the totals it prints, must be refused.
"""

from __future__ import annotations

import csv
import dataclasses
import gzip
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from usmx.model import Observation
from usmx.periods import Period
from usmx.sources import dataset_for_file, usbp_apprehensions
from usmx.sources.base import SourceFileError
from usmx.sources.usbp_apprehensions import (
    KNOWN_RELEASES,
    MONTHS,
    SOUTHWEST_SECTORS,
    TITLE_42_NOTE,
    MonthlyPage,
    check_monthly,
    read_monthly,
    read_yearly,
)

MONTHLY_NAME = "us_border_patrol_monthly_encounters_fy2000-fy2020-508.pdf"
YEARLY_NAME = "usbp_southwest_border_sector_apprehensions_fy1960_fy2019.pdf"
UWCHR_NAME = "uwchr_parsed_usbp_monthly_encounters_fy2000-fy2020.csv.gz"
JACOBKAP_NAME = "jacobkap_parsed_southwest_border_apprehensions_1960_2019.csv"

SW = "usbp_sw_apprehensions"
NATIONWIDE = "usbp_nationwide_apprehensions"


@pytest.fixture(scope="module")
def folder(shared_data: Path) -> Path:
    return shared_data / "usbp_apprehensions"


@pytest.fixture(scope="module")
def monthly_file(folder: Path) -> Path:
    return folder / MONTHLY_NAME


@pytest.fixture(scope="module")
def yearly_file(folder: Path) -> Path:
    return folder / YEARLY_NAME


@pytest.fixture(scope="module")
def monthly(monthly_file: Path) -> list[Observation]:
    return usbp_apprehensions.parse(monthly_file)


@pytest.fixture(scope="module")
def yearly(yearly_file: Path) -> list[Observation]:
    return usbp_apprehensions.parse(yearly_file)


@pytest.fixture(scope="module")
def monthly_texts(monthly_file: Path) -> list[str]:
    return usbp_apprehensions._page_texts(monthly_file)


@pytest.fixture(scope="module")
def yearly_texts(yearly_file: Path) -> list[str]:
    return usbp_apprehensions._page_texts(yearly_file)


@pytest.fixture(scope="module")
def monthly_pages(monthly_file: Path, monthly_texts: list[str]) -> list[MonthlyPage]:
    return read_monthly(monthly_file, monthly_texts)


def series(obs: list[Observation], indicator: str) -> dict[Period, float]:
    out: dict[Period, float] = {}
    for o in obs:
        if o.indicator == indicator:
            assert o.period not in out, f"{indicator} {o.period} twice"
            out[o.period] = o.value
    return out


def fy_sum(obs: list[Observation], indicator: str, fy: int) -> float:
    fiscal_year = Period.fiscal_year(fy)
    months = {p: v for p, v in series(obs, indicator).items() if p.kind == "month" and fiscal_year.contains(p)}
    assert len(months) == 12, f"FY{fy}: {len(months)} months"
    return sum(months.values())


def fiscal_month(fy: int, month: int) -> Period:
    return Period.month(fy - 1 if month >= 10 else fy, month)


# ---------------------------------------------------------------------------------------------
# the figures


def test_spot_values_from_source_md(monthly: list[Observation], yearly: list[Observation]) -> None:
    years = series(yearly, SW)
    assert years[Period.fiscal_year(2000)] == 1_643_679
    assert years[Period.fiscal_year(1986)] == 1_615_844
    assert years[Period.fiscal_year(2019)] == 851_508
    assert fy_sum(monthly, SW, 2000) == 1_643_679
    assert fy_sum(monthly, SW, 2019) == 851_508
    assert fy_sum(monthly, SW, 2020) == 400_651
    assert series(monthly, SW)[Period.month(2019, 5)] == 132_856


def test_nationwide_totals_match_cbp_enforcement_statistics(monthly: list[Observation]) -> None:
    # CBP's enforcement statistics page: U.S. Border Patrol total encounters FY17-FY20
    assert fy_sum(monthly, NATIONWIDE, 2017) == 310_531
    assert fy_sum(monthly, NATIONWIDE, 2018) == 404_142
    assert fy_sum(monthly, NATIONWIDE, 2019) == 859_501
    assert fy_sum(monthly, NATIONWIDE, 2020) == 405_036
    assert fy_sum(monthly, NATIONWIDE, 2000) == 1_676_438


def test_coverage_status_and_kinds(monthly: list[Observation], yearly: list[Observation]) -> None:
    for indicator in (SW, NATIONWIDE):
        months = series(monthly, indicator)
        assert len(months) == 21 * 12
        assert min(months) == Period.month(1999, 10) and max(months) == Period.month(2020, 9)
        assert all(p.kind == "month" for p in months)
    assert {o.indicator for o in monthly} == {SW, NATIONWIDE}
    years = series(yearly, SW)
    assert sorted(years) == [Period.fiscal_year(fy) for fy in range(1960, 2020)]
    assert all(p.kind == "fiscal_year" for p in years)
    assert {o.indicator for o in yearly} == {SW}
    for o in monthly + yearly:
        assert o.status == "final" and o.value >= 0 and o.value == int(o.value), o


def test_nationwide_is_at_least_the_southwest_border(monthly: list[Observation]) -> None:
    sw, nationwide = series(monthly, SW), series(monthly, NATIONWIDE)
    assert all(nationwide[p] >= sw[p] for p in sw)


def test_title_42_months_carry_a_note(monthly: list[Observation], yearly: list[Observation]) -> None:
    noted = {o.period for o in monthly if o.note}
    assert noted == {Period.month(2020, m) for m in range(3, 10)}
    assert all(o.note == TITLE_42_NOTE for o in monthly if o.note)
    assert "Title 42" in TITLE_42_NOTE
    assert not any(o.note for o in yearly)


def test_source_and_release_dates(
    monthly: list[Observation], yearly: list[Observation], monthly_file: Path, yearly_file: Path
) -> None:
    for obs, path, release, url in (
        (monthly, monthly_file, "2021-08-09", "https://www.cbp.gov/document/stats/"),
        (yearly, yearly_file, "2020-01-29", "https://www.cbp.gov/"),
    ):
        sources = {o.source for o in obs}
        assert len(sources) == 1
        source = sources.pop()
        assert source.dataset == "usbp_apprehensions" and source.file == path.name
        assert source.release == release and KNOWN_RELEASES[source.sha256] == release
        assert source.url.startswith(url)
        assert {o.vintage for o in obs} == {release}


def test_unknown_copy_is_dated_by_its_mtime(yearly_file: Path, tmp_path: Path) -> None:
    # the same document with one more byte after %%EOF: same figures, another hash
    copy = tmp_path / YEARLY_NAME
    copy.write_bytes(yearly_file.read_bytes() + b"\n")
    stamp = datetime(2024, 3, 5, 12, tzinfo=UTC).timestamp()
    os.utime(copy, (stamp, stamp))
    obs = usbp_apprehensions.parse(copy)
    assert {o.vintage for o in obs} == {"2024-03-05"}
    assert series(obs, SW)[Period.fiscal_year(1986)] == 1_615_844


def test_wrapped_sector_labels_are_read(monthly_pages: list[MonthlyPage]) -> None:
    # "Big Bend (formerly Marfa)" and "Rio Grande Valley (formerly McAllen)" wrap around
    # their figures on FY2000-FY2018 pages
    fy2000 = monthly_pages[0]
    assert fy2000.fiscal_year == 2000
    assert fy2000.rows["Big Bend"].months[0] == 891 and fy2000.rows["Big Bend"].total == 13_689
    assert fy2000.rows["Rio Grande Valley"].months[0] == 8_416
    assert [p.fiscal_year for p in monthly_pages] == list(range(2000, 2021))
    assert "Livermore" not in monthly_pages[-1].rows  # closed; dropped from FY2019


def test_monthly_and_yearly_pdfs_agree(monthly_pages: list[MonthlyPage], yearly_file: Path,
                                       yearly_texts: list[str]) -> None:
    yearly_rows = {r.fiscal_year: r for r in read_yearly(yearly_file, yearly_texts)}
    compared = 0
    for page in monthly_pages:
        row = yearly_rows.get(page.fiscal_year)
        if row is None:
            continue
        for sector, value in zip(SOUTHWEST_SECTORS, row.sectors, strict=True):
            assert page.rows[sector].total == value, (page.fiscal_year, sector)
        assert page.rows["Southwest Border"].total == row.total
        compared += 1
    assert compared == 20  # FY2000-FY2019


# ---------------------------------------------------------------------------------------------
# cross-checks against the third-party parses (never imported: tests only)


def _uwchr(folder: Path) -> dict[tuple[int, int, str], int]:
    with gzip.open(folder / UWCHR_NAME, "rt", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="|"))
    out = {}
    for row in rows:
        fy, month = int(row["fy"]), int(row["month"])
        assert int(row["cy"]) == fiscal_month(fy, month).start.year
        for column, text in row.items():
            if column not in ("fy", "month", "cy"):
                out[(fy, month, column)] = int(float(text))
    return out


def test_monthly_pdf_equals_uwchr_parse_except_closed_livermore(
    monthly_pages: list[MonthlyPage], folder: Path
) -> None:
    theirs = _uwchr(folder)
    ours: dict[tuple[int, int, str], int | None] = {}
    for page in monthly_pages:
        for label, row in page.rows.items():
            for i, value in enumerate(row.months):
                calendar_month = (i + 9) % 12 + 1  # the page runs October ... September
                ours[(page.fiscal_year, calendar_month, label.lower().replace(" ", "_"))] = value
    assert len(theirs) == 21 * 12 * 25
    assert set(ours) <= set(theirs)
    differences = {k for k in theirs if ours.get(k) != theirs[k]}
    # The only differences: Livermore sector, closed, printed N/A on FY2006-FY2018 pages and
    # without a row on FY2019-FY2020 pages; UWCHR writes 0 for both.
    livermore = {(fy, m, "livermore") for fy in range(2006, 2021) for m in range(1, 13)}
    assert differences == livermore
    assert all(theirs[k] == 0 for k in livermore)
    assert all(ours.get(k) is None for k in livermore)
    # FY2005 still has Livermore counts although the footnote says it closed after FY2004
    assert ours[(2005, 10, "livermore")] == 51


def test_yearly_pdf_equals_jacobkap_parse(yearly: list[Observation], yearly_file: Path,
                                         yearly_texts: list[str], folder: Path) -> None:
    with (folder / JACOBKAP_NAME).open(encoding="utf-8", newline="") as fh:
        theirs = {(r["sector"], int(r["fiscal_year"])): int(r["total_apprehensions"]) for r in csv.DictReader(fh)}
    ours = {}
    for row in read_yearly(yearly_file, yearly_texts):
        for sector, value in zip(SOUTHWEST_SECTORS, row.sectors, strict=True):
            ours[(sector.lower(), row.fiscal_year)] = value
        ours[("southwest border", row.fiscal_year)] = row.total
    assert len(theirs) == 600
    assert ours == theirs
    assert {p.end.year: v for p, v in series(yearly, SW).items()} == {
        fy: v for (s, fy), v in theirs.items() if s == "southwest border"
    }


# ---------------------------------------------------------------------------------------------
# which files the dataset claims


def test_dataset_reads_the_pdfs_and_never_the_third_party_parses(folder: Path) -> None:
    ds = usbp_apprehensions.DATASET
    assert ds.name == "usbp_apprehensions"
    for name in (MONTHLY_NAME, YEARLY_NAME):
        assert dataset_for_file(folder / name) is ds
    for name in (UWCHR_NAME, JACOBKAP_NAME, "SOURCE.md"):
        assert not ds.matches(folder / name)
    # CBP's own file names, as downloaded
    for name in (
        "U.S. Border Patrol Monthly Encounters (FY 2000 - FY 2020) (508).pdf",
        "U.S. Border Patrol Fiscal Year Southwest Border Sector Apprehensions (FY 1960 - FY 2019)_0.pdf",
    ):
        assert ds.matches(Path(name))


# ---------------------------------------------------------------------------------------------
# refusals: not a PDF, truncated


def refused(path: Path, *fragments: str) -> str:
    with pytest.raises(SourceFileError) as err:
        usbp_apprehensions.parse(path)
    message = str(err.value)
    assert message.startswith(path.name) and "\n" not in message, message
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_truncated_pdf_refused(monthly_file: Path, tmp_path: Path) -> None:
    data = monthly_file.read_bytes()
    half = tmp_path / MONTHLY_NAME
    half.write_bytes(data[: len(data) // 2])
    refused(half, "truncated")


def test_damaged_pdf_refused_in_one_line(monthly_file: Path, tmp_path: Path) -> None:
    # cut short, then given an end marker so that pdfminer itself has to fail
    data = monthly_file.read_bytes()
    damaged = tmp_path / MONTHLY_NAME
    for cut in (500, 5_000, len(data) // 3):
        damaged.write_bytes(data[:cut] + b"\n%%EOF\n")
        refused(damaged, "not a readable PDF")


def test_text_renamed_pdf_refused(folder: Path, tmp_path: Path) -> None:
    fake = tmp_path / YEARLY_NAME
    fake.write_bytes((folder / JACOBKAP_NAME).read_bytes())
    refused(fake, "not a PDF")
    fake.write_bytes(b"")
    refused(fake, "not a PDF")


def test_other_pdf_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "U.S. Border Patrol Monthly Staffing.pdf"
    monkeypatch.setattr(usbp_apprehensions, "_page_texts", lambda p: ["United States Border Patrol\nStaffing"])
    refused(path, "page 1", "neither")


# ---------------------------------------------------------------------------------------------
# refusals: figures that do not add up (the real text, one figure changed)


def doctored(monkeypatch: pytest.MonkeyPatch, texts: list[str], page: int, *edits: tuple[str, str]) -> None:
    """Make the importer read ``texts`` with ``edits`` applied to page ``page`` (1-based)."""
    out = list(texts)
    for old, new in edits:
        assert out[page - 1].count(old) == 1, f"page {page} does not contain {old!r} exactly once"
        out[page - 1] = out[page - 1].replace(old, new)
    monkeypatch.setattr(usbp_apprehensions, "_page_texts", lambda p: out)


def test_undoctored_text_is_accepted(
    monkeypatch: pytest.MonkeyPatch, monthly_file: Path, monthly_texts: list[str], monthly: list[Observation]
) -> None:
    doctored(monkeypatch, monthly_texts, 1)
    assert usbp_apprehensions.parse(monthly_file) == monthly


def test_sector_row_not_adding_to_its_yearly_total_refused(
    monkeypatch: pytest.MonkeyPatch, monthly_file: Path, monthly_texts: list[str]
) -> None:
    doctored(monkeypatch, monthly_texts, 20, ("El Paso 7,334 ", "El Paso 7,335 "))
    refused(monthly_file, "page 20", "FY 2019", "El Paso", "182,144", "182,143")


def test_sectors_not_adding_to_the_southwest_border_refused(
    monkeypatch: pytest.MonkeyPatch, monthly_file: Path, monthly_texts: list[str]
) -> None:
    # Tucson's row still adds up; October's Southwest sectors no longer do
    doctored(monkeypatch, monthly_texts, 1, ("Tucson 32,384 ", "Tucson 32,385 "), (" 616,346", " 616,347"))
    refused(monthly_file, "page 1", "FY 2000, October", "Southwest Border sectors sum to 91,411", "91,410")


def test_southwest_border_total_not_adding_up_refused(
    monkeypatch: pytest.MonkeyPatch, monthly_file: Path, monthly_texts: list[str]
) -> None:
    doctored(monkeypatch, monthly_texts, 21, (" 400,651", " 400,561"))
    refused(monthly_file, "page 21", "FY 2020", "Southwest Border")


def test_borders_not_adding_to_the_monthly_total_refused(
    monkeypatch: pytest.MonkeyPatch, monthly_file: Path, monthly_texts: list[str]
) -> None:
    old = "Monthly Total 94,391 "
    doctored(monkeypatch, monthly_texts, 1, (old, "Monthly Total 94,392 "), (" 1,676,438", " 1,676,439"))
    refused(monthly_file, "page 1", "October", "three borders sum to 94,391")


def test_pages_out_of_order_refused(
    monkeypatch: pytest.MonkeyPatch, monthly_file: Path, monthly_texts: list[str]
) -> None:
    swapped = [monthly_texts[1], monthly_texts[0], *monthly_texts[2:]]
    monkeypatch.setattr(usbp_apprehensions, "_page_texts", lambda p: swapped)
    refused(monthly_file, "page 1", "FY 2001", "expected FY 2000")


def test_page_without_twelve_months_refused(
    monkeypatch: pytest.MonkeyPatch, monthly_file: Path, monthly_texts: list[str]
) -> None:
    doctored(monkeypatch, monthly_texts, 21, (" December January", " January"))
    refused(monthly_file, "page 21", "twelve months")


def test_row_with_a_figure_too_many_refused(
    monkeypatch: pytest.MonkeyPatch, monthly_file: Path, monthly_texts: list[str]
) -> None:
    doctored(monkeypatch, monthly_texts, 3, ("\nYuma ", "\nYuma 1 "))
    refused(monthly_file, "page 3", "Yuma has 14 figures")


def test_unknown_sector_row_refused(
    monkeypatch: pytest.MonkeyPatch, monthly_file: Path, monthly_texts: list[str]
) -> None:
    doctored(monkeypatch, monthly_texts, 5, ("\nLaredo ", "\nLaredito "))
    refused(monthly_file, "page 5", "'Laredito' is not a Border Patrol sector")


def test_missing_sector_row_refused(
    monkeypatch: pytest.MonkeyPatch, monthly_file: Path, monthly_texts: list[str]
) -> None:
    line = next(ln for ln in monthly_texts[4].splitlines() if ln.startswith("Laredo "))
    doctored(monkeypatch, monthly_texts, 5, (line + "\n", ""))
    refused(monthly_file, "page 5", "no row for Laredo")


def test_na_in_an_open_sector_refused(monthly_file: Path, monthly_pages: list[MonthlyPage]) -> None:
    page = monthly_pages[10]
    yuma = page.rows["Yuma"]
    rows = {**page.rows, "Yuma": dataclasses.replace(yuma, months=(None, *yuma.months[1:]))}
    with pytest.raises(SourceFileError, match="page 11: FY 2010: Yuma has N/A"):
        check_monthly(monthly_file, dataclasses.replace(page, rows=rows))


def test_every_month_of_every_page_is_checked(monthly_file: Path, monthly_pages: list[MonthlyPage]) -> None:
    for page in monthly_pages:
        check_monthly(monthly_file, page)  # the real pages add up
        for i in range(12):
            sw = page.rows["Southwest Border"]
            months = list(sw.months)
            months[i] = (months[i] or 0) + 1
            # keep the row's own sum right, so only the sectors-to-border check can object
            bad = dataclasses.replace(sw, months=tuple(months), total=(sw.total or 0) + 1)
            expected = f"page {page.page}: FY {page.fiscal_year}, {MONTHS[i]}: the Southwest Border sectors"
            with pytest.raises(SourceFileError, match=expected):
                check_monthly(monthly_file, dataclasses.replace(page, rows={**page.rows, "Southwest Border": bad}))


def test_yearly_sectors_not_adding_up_refused(
    monkeypatch: pytest.MonkeyPatch, yearly_file: Path, yearly_texts: list[str]
) -> None:
    doctored(monkeypatch, yearly_texts, 1, (" 1,615,844", " 1,615,845"))
    refused(yearly_file, "page 1", "FY 1986", "1,615,844", "1,615,845")


def test_yearly_missing_year_refused(
    monkeypatch: pytest.MonkeyPatch, yearly_file: Path, yearly_texts: list[str]
) -> None:
    line = next(ln for ln in yearly_texts[0].splitlines() if ln.startswith("1990 "))
    doctored(monkeypatch, yearly_texts, 1, (line + "\n", ""))
    refused(yearly_file, "page 1", "no row for FY 1990")


def test_yearly_wrong_column_order_refused(
    monkeypatch: pytest.MonkeyPatch, yearly_file: Path, yearly_texts: list[str]
) -> None:
    doctored(monkeypatch, yearly_texts, 1, ("Del Rio El Centro", "El Centro Del Rio"))
    refused(yearly_file, "page 1", "header lacks column")


def test_release_dates_known_only_for_the_checked_files() -> None:
    assert len(KNOWN_RELEASES) == 2
    for release in KNOWN_RELEASES.values():
        assert date.fromisoformat(release) >= date(2020, 1, 1)
