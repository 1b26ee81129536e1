"""The whole check on the seeds (against the gold annotations and the bundled official data),
the output formats, and the exit codes and messages of ``run_check``."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from usmx.check import CheckResult, check_source, check_text, run_check
from usmx.check_formats import render
from usmx.store import Store, open_store

REQUIRED = {"doc", "start", "end", "quote", "sentence", "indicator", "kind", "value", "value_high", "unit",
            "qualifier", "record", "period", "verdict"}
VERDICT_FIELDS = {"label", "official_value", "official_period", "status", "vintage", "source", "rule", "explanation"}
KINDS = {"level", "change", "share", "rate", "rank", "count_event", "event_date"}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return open_store(tmp_path_factory.mktemp("store") / "usmx.duckdb")


@pytest.fixture(scope="module")
def gold(gold_path: Path, seeds_dir: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line.strip()]
    for r in rows:
        r["text"] = (seeds_dir / r["doc"]).read_text("utf-8")
    return rows


def _overlap(a: Any, g: dict[str, Any]) -> bool:
    return a.claim.start < g["end"] and g["start"] < a.claim.end


def test_seeds_meet_the_targets(gold: list[dict[str, Any]], store: Store) -> None:
    core = core_found = core_right = linked = linked_ok = 0
    for row in gold:
        checked = check_text(row["text"], published=date.fromisoformat(row["published"]), store=store,
                             doc=row["doc"])
        for c in checked:
            assert c.claim.quote == row["text"][c.claim.start:c.claim.end]
            if c.claim.indicator:
                linked += 1
                linked_ok += any(_overlap(c, g) for g in row["claims"])
        for g in row["claims"]:
            if not g["core"]:
                continue
            core += 1
            hits = [c for c in checked if _overlap(c, g)]
            core_found += bool(hits)
            core_right += any(c.verdict.label == g["expected_verdict"] for c in hits)
    assert core_found / core >= 0.9
    assert linked_ok / linked >= 0.9
    assert core_right / core >= 0.85


def test_wrong_measure_on_official_data(gold: list[dict[str, Any]], store: Store) -> None:
    row = next(r for r in gold if any(g["expected_verdict"] == "wrong_measure" for g in r["claims"]))
    g = next(g for g in row["claims"] if g["expected_verdict"] == "wrong_measure")
    checked = check_text(row["text"], published=date.fromisoformat(row["published"]), store=store)
    (c,) = [c for c in checked if _overlap(c, g)]
    assert c.verdict.label == "wrong_measure" and c.verdict.measure != c.claim.indicator


def test_json_fields_are_complete_and_offsets_index_the_text(store: Store) -> None:
    text = ("Overdose deaths\u00a0topped 100,000 in 2022, and cartels \u201ccontrol\u201d a third of "
            "Mexico\u2019s territory.")
    results = check_text(text, published=date(2024, 6, 1), store=store, doc="x.txt")
    rows = [c.to_dict() for c in results]
    assert rows
    for r in rows:
        assert set(r) >= REQUIRED and set(r["verdict"]) >= VERDICT_FIELDS
        assert r["quote"] == text[r["start"]:r["end"]]
        assert r["kind"] in KINDS
        json.dumps(r)
    first = rows[0]
    assert first["indicator"] == "us_overdose_deaths" and first["qualifier"] == "more_than"
    assert first["period"] == {"start": "2022-01-01", "end": "2022-12-31", "label": "2022", "kind": "calendar_year"}
    assert first["verdict"]["label"] == "accurate" and first["verdict"]["source"]["url"].startswith("https://")


def _result(store: Store, text: str, name: str = "doc.txt") -> CheckResult:
    from usmx.text.document import Document

    claims = check_text(text, published=date(2024, 6, 1), store=store, doc=name)
    return CheckResult(Document(name, text, "text"), date(2024, 6, 1), "given", claims)


def test_formats(store: Store) -> None:
    text = "Overdose deaths topped 100,000 in 2022. <script>alert('x')</script> Deaths were 150,000 in 2022."
    r = _result(store, text, name="<b>doc</b>.txt")
    js = json.loads(render([r], "json"))
    assert isinstance(js, list) and len(js) == len(r.claims)
    lines = render([r], "jsonl").splitlines()
    assert len(lines) == len(r.claims) and all(json.loads(x)["doc"] == "<b>doc</b>.txt" for x in lines)
    page = render([r], "html")
    assert "<script" not in page and "&lt;script&gt;" in page and "<b>doc</b>" not in page
    assert page.count("<mark") == len(r.claims) and "overstated" in page and "accurate" in page
    plain = render([r], "text", color=False)
    assert "accurate" in plain and "overstated" in plain and "\x1b[" not in plain
    assert "\x1b[" in render([r], "text", color=True)
    with pytest.raises(ValueError):
        render([r], "xml")


def test_run_check_exit_codes(tmp_path: Path, store: Store) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Overdose deaths topped 100,000 in 2022.", "utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("Overdose deaths were 150,000 in 2022.", "utf-8")

    def run(*sources: str, **kw: Any) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = run_check(list(sources), store=store, out=out, err=err, **{"published": "2024-06-01", **kw})
        return code, out.getvalue(), err.getvalue()

    assert run(str(good))[0] == 0
    code, out, _ = run(str(bad), fmt="jsonl")
    assert code == 1 and json.loads(out.splitlines()[0])["verdict"]["label"] == "overstated"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run(str(empty), str(good))
    assert code == 2 and err.startswith("usmx: error:") and "empty" in err
    assert "accurate" in out  # the good file is still checked
    for args, kw in (((str(tmp_path / "missing.txt"),), {}), ((str(good),), {"published": "June 2024"}),
                     ((str(good),), {"fmt": "pdf"}), ((), {})):
        code, _, err = run(*args, **kw)
        assert code == 2 and err.count("\n") == 1 and err.startswith("usmx: error:")


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"\x89PNG\r\n\x1a\n....", "PNG"), (b"\xff\xfe\x00\x00garbage\x00\x00", "binary|UTF-16"),
     (b"na\xefve caf\xe9", "UTF-8"), (b"<html><script>x()</script></html>", "no readable text")],
)
def test_bad_input_is_one_line(tmp_path: Path, store: Store, data: bytes, message: str) -> None:
    p = tmp_path / ("in.html" if data.startswith(b"<html") else "in.txt")
    p.write_bytes(data)
    err = io.StringIO()
    assert run_check([str(p)], store=store, out=io.StringIO(), err=err) == 2
    assert re.search(message, err.getvalue()) and err.getvalue().count("\n") == 1


def test_publication_date_sources(tmp_path: Path, store: Store) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><meta name='date' content='2022-06-12'></head><body><article><p>"
        "Overdose deaths reached nearly 106,000 last year according to the figures released on Wednesday by "
        "the agency, which publishes them every month.</p></article></body></html>", "utf-8")
    r = check_source(str(page), store=store)
    assert (r.published, r.published_from) == (date(2022, 6, 12), "page metadata") and not r.warnings
    dated = tmp_path / "d.txt"
    dated.write_text("Title\n\nMarch 20, 2023\n\nRemittances were $58 billion last year.", "utf-8")
    r = check_source(str(dated), store=store)
    assert (r.published, r.published_from) == (date(2023, 3, 20), "dateline") and "dateline" in r.warnings[0]
    undated = tmp_path / "u.txt"
    undated.write_text("Remittances were $58 billion last year.", "utf-8")
    r = check_source(str(undated), store=store, today=date(2024, 1, 5))
    assert r.published == date(2024, 1, 5) and "--published" in r.warnings[0]
    r = check_source("-", store=store, published="2023-01-01", stdin=io.BytesIO(b"Deaths topped 100,000."))
    assert r.published_from == "given" and r.document.name == "-"


def test_script_text_in_html_is_never_checked(tmp_path: Path, store: Store) -> None:
    page = tmp_path / "s.html"
    page.write_text(
        "<html><body><script>var t='Overdose deaths were 900,000 in 2022';</script><article><p>Border "
        "encounters were 2.4 million in fiscal year 2022, officials said in a statement on their site today."
        "</p></article></body></html>", "utf-8")
    r = check_source(str(page), store=store, published="2023-01-01")
    assert all("900,000" not in c.claim.quote for c in r.claims)
    assert "<script" not in render([r], "html")


def test_a_claim_is_also_read_against_the_releases_out_when_it_was_published(store: Store) -> None:
    """NCHS predicted 107,622 overdose deaths for 2021 in May 2022; the final count is 106,699.
    A claim made in between is judged by today's figure and told what the figure was then."""
    text = "Drug overdose deaths in the United States topped 107,000 last year."
    [c] = check_text(text, published=date(2022, 5, 12), store=store)
    assert c.verdict.label == "overstated" and c.verdict.official_value == 106699
    assert c.at_publication is not None
    assert c.at_publication.label == "accurate"
    assert c.at_publication.official_value == 107622 and c.at_publication.status == "predicted"
    assert "When this was published (2022-05-12)" in c.verdict.explanation
    assert "107,622 deaths for 2021 (predicted, 2022-05-11)" in c.verdict.explanation
    then = c.to_dict()["verdict"]["at_publication"]
    assert then == {"label": "accurate", "official_value": 107622, "official_period": "2021",
                    "status": "predicted", "vintage": "2022-05-11"}


def test_no_note_when_the_figure_has_not_changed_since_publication(store: Store) -> None:
    text = "Drug overdose deaths in the United States topped 100,000 in 2021."
    [late] = check_text(text, published=date(2026, 11, 1), store=store)
    assert late.at_publication is None and late.to_dict()["verdict"]["at_publication"] is None
    assert "When this was published" not in late.verdict.explanation
    # later releases exist (2022-2024 counts), but the 2021 final count was already out in 2024
    [same] = check_text(text, published=date(2024, 1, 5), store=store)
    assert same.verdict.official_value == 106699 and same.at_publication is None
    [unlinked] = check_text("The wall cost $15 billion in 2020.", published=date(2021, 1, 5), store=store)
    assert unlinked.at_publication is None


def test_a_change_since_a_year_steps_back_to_the_latest_figure_and_says_so(store: Store) -> None:
    [c] = check_text("U.S. imports from Mexico have risen 45 percent since 2020.", published=date(2025, 3, 1),
                     store=store)
    # today's figures run to 2024; at publication the releases usmx holds stopped at 2023, and the
    # explanation says what they gave
    assert c.verdict.official_period == "2020..2024"
    assert c.at_publication is not None and c.at_publication.official_period == "2020..2023"
    assert "2023 is the latest period with an official figure" in c.at_publication.explanation


def test_an_explanation_carries_no_marker_of_how_the_words_were_matched(store: Store) -> None:
    # a month named without its year, and "the same month" of a year, are read by rules that mark them; the
    # explanation a reader sees says what was checked, in sentences
    text = ("Southwest border encounters fell to about 150,000 in January, down from 179,000 in the same month "
            "of 2021.")
    for c in check_text(text, published=date(2022, 2, 18), store=store):
        assert c.verdict.label != "unverifiable"
        assert "bare month" not in c.verdict.explanation
        assert "same period" not in c.verdict.explanation
        assert c.verdict.explanation.rstrip().endswith(".")
