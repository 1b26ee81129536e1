"""usmx scan: a corpus checked on Dask gives the claims ``usmx check`` gives, the same bytes every
time, and survives being killed. Documents are built from the real excerpts in ../shared/real at
run time; none of their text is kept in the repository."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from usmx.check import check_source
from usmx.scan import ScanProgress, scan_corpus
from usmx.scan.rows import CLAIM_FIELDS, flatten
from usmx.store import Store

REPO = Path(__file__).resolve().parents[1]
REAL = REPO.parent / "shared" / "real" / "pages.jsonl"
N_DOCS = 10
SMALL = 3_000  # bytes per partition: several partitions from a few documents



@pytest.fixture(scope="module")
def excerpts() -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in REAL.read_text("utf-8").splitlines() if line.strip()]
    return rows[:N_DOCS]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as lc, \
            Client(lc) as client:
        yield client


def _rows(excerpts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    outlets = ["Daily A", "Weekly B", None]
    return [{"id": r["doc_id"], "text": r["text"], "url": r.get("url"), "outlet": outlets[i % 3],
             "published": r.get("published")} for i, r in enumerate(excerpts)]


def _folder(tmp: Path, excerpts: list[dict[str, Any]]) -> Path:
    folder = tmp / "folder"
    (folder / "sub").mkdir(parents=True)
    for i, r in enumerate(excerpts):
        if i % 3 == 0:
            body = "".join(f"<p>{p}</p>" for p in r["text"].split("\n"))
            (folder / "sub" / f"{r['doc_id']}.html").write_text(f"<html><body>{body}</body></html>", "utf-8")
        else:
            (folder / f"{r['doc_id']}.txt").write_text(r["text"], "utf-8")
    return folder


def _claims(out: Path) -> list[dict[str, Any]]:
    return pq.read_table(out / "claims").sort_by([("doc_id", "ascending"), ("claim_index", "ascending")]).to_pylist()


def _documents(out: Path) -> pa.Table:
    return pq.read_table(out / "documents")


def _same_files(a: Path, b: Path) -> None:
    files_a = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    assert files_a == files_b
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_the_claims_schema_holds_every_field_of_the_json_contract(store: Store) -> None:
    from usmx.check import check_text

    text = "Mexico received $63.3 billion in remittances in 2023, up 7.6% from 2022."
    claims = check_text(text, published=date(2024, 3, 1), store=store)
    assert claims
    doc_fields = {"published", "published_from", "published_evidence", "published_span"}
    flat = set(flatten({**dict.fromkeys(doc_fields), **claims[0].to_dict()}))
    names = {n for n, _ in CLAIM_FIELDS}
    nulled = {f for f in flat if any(n.startswith(f"{f}_") for n in names)}  # an object that is null here
    assert flat - names - nulled == set(), "fields of the JSON contract missing from the Parquet schema"
    columns = {n for n in names if not any(n.startswith(f"{f}_") for f in nulled)}
    assert columns - flat - {"claim_index"} == set(), "Parquet columns that the JSON contract does not have"


def test_a_corpus_scanned_on_two_workers_gives_the_claims_usmx_check_gives(
        cluster: Any, store: Store, excerpts: list[dict[str, Any]], tmp_path: Path) -> None:
    folder = _folder(tmp_path, excerpts)
    seen: list[ScanProgress] = []
    result = scan_corpus(folder, tmp_path / "out", store=store, client=cluster, partition_bytes=SMALL,
                         progress=seen.append)
    assert result.complete and result.workers == 2
    last = seen[-1]
    assert (last.documents, last.claims, last.partitions_done) == (
        N_DOCS, result.claims, result.manifest["counts"]["partitions"])
    assert last.bytes_done == last.bytes_total and last.rate > 0
    assert result.manifest["counts"]["partitions"] > 2
    today = date.fromisoformat(result.manifest["settings"]["undated_read_as_of"])
    got = _claims(tmp_path / "out")
    expected = []
    for path in sorted(folder.rglob("*.*")):
        rel = path.relative_to(folder).as_posix()
        checked = check_source(str(path), store=store, today=today)
        for i, c in enumerate(checked.claims):
            row = flatten({**checked.document_fields(), **c.to_dict()})
            expected.append({**row, "doc_id": rel, "doc": rel, "claim_index": i})
    expected.sort(key=lambda r: (r["doc_id"], r["claim_index"]))
    assert len(got) == len(expected) > 50
    for g, e in zip(got, expected, strict=True):
        for key, value in e.items():
            if key not in g:  # a null object: every one of its columns is null
                assert value is None and all(v is None for k, v in g.items() if k.startswith(f"{key}_")), key
                continue
            if key in ("period_start", "period_end", "published") and value is not None:
                value = date.fromisoformat(value)
            assert g[key] == value, (e["doc_id"], e["quote"], key)


def test_a_rerun_in_a_fresh_folder_or_in_one_process_gives_byte_identical_files(
        cluster: Any, store: Store, excerpts: list[dict[str, Any]], tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in _rows(excerpts)), "utf-8")
    scan_corpus(corpus, tmp_path / "a", store=store, client=cluster, partition_bytes=SMALL)
    scan_corpus(corpus, tmp_path / "b", store=store, workers=0, partition_bytes=SMALL)
    _same_files(tmp_path / "a", tmp_path / "b")
    again = scan_corpus(corpus, tmp_path / "a", store=store, client=cluster, partition_bytes=SMALL)
    assert again.resumed == again.manifest["counts"]["partitions"]  # found done, nothing checked
    _same_files(tmp_path / "a", tmp_path / "b")


def test_a_scan_stopped_on_the_cluster_resumes_without_losing_or_repeating_a_document(
        cluster: Any, store: Store, excerpts: list[dict[str, Any]], tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in _rows(excerpts)), "utf-8")
    first = scan_corpus(corpus, tmp_path / "out", store=store, client=cluster, partition_bytes=SMALL, stop_after=2)
    assert not first.complete and not (tmp_path / "out" / "manifest.json").exists()
    done = len(list((tmp_path / "out" / "documents").glob("*.parquet")))
    assert 2 <= done < first.manifest["counts"]["partitions"]
    second = scan_corpus(corpus, tmp_path / "out", store=store, client=cluster, partition_bytes=SMALL)
    assert second.complete and second.resumed >= 2
    keys = _documents(tmp_path / "out").column("doc_id").to_pylist()
    assert sorted(keys) == sorted(r["doc_id"] for r in excerpts)
    scan_corpus(corpus, tmp_path / "fresh", store=store, workers=0, partition_bytes=SMALL)
    _same_files(tmp_path / "out", tmp_path / "fresh")


def test_a_killed_scan_process_resumes_where_it_stopped(
        store: Store, excerpts: list[dict[str, Any]], tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    rows = _rows(excerpts) * 3
    corpus.write_text("".join(json.dumps({**r, "id": f"{r['id']}-{i}"}) + "\n" for i, r in enumerate(rows)), "utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "USMX_DB": str(store.path)}
    proc = subprocess.Popen([sys.executable, "-m", "usmx.cli", "scan", str(corpus), "--out", str(out),
                             "--workers", "0", "--partition-mb", "0.004"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(list((out / "documents").glob("*.parquet"))) < 2 and time.monotonic() < deadline \
            and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = len(list((out / "documents").glob("*.parquet")))
    assert written >= 2 and not (out / "manifest.json").exists()
    resumed = scan_corpus(corpus, out, store=store, workers=0, partition_bytes=4000)
    assert resumed.complete and resumed.resumed >= written
    ids = _documents(out).column("doc_id").to_pylist()
    assert len(ids) == len(set(ids)) == len(rows)
    scan_corpus(corpus, tmp_path / "fresh", store=store, workers=0, partition_bytes=4000)
    _same_files(out, tmp_path / "fresh")


def test_bad_documents_are_recorded_with_their_error_and_the_rest_checked(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    good = "Mexico received $63.3 billion in remittances in 2023."
    (folder / "a-good.txt").write_text(good, "utf-8")
    (folder / "b-pdf.txt").write_bytes(b"%PDF-1.7 binary")
    (folder / "c-latin1.txt").write_bytes("Se\xf1or".encode("latin-1"))
    lines = [json.dumps({"id": "ok", "text": good, "published": "2024-03-01T08:00:00Z"}), "{not json",
             json.dumps({"id": "no-text"}), json.dumps({"id": "bad-date", "text": good, "published": "soon"}),
             json.dumps([1, 2]), json.dumps({"id": "empty", "text": "   "})]
    (folder / "d.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    result = scan_corpus(folder, tmp_path / "out", store=store, workers=0)
    counts = result.manifest["counts"]
    assert counts["documents"] == 9 and counts["failed"] == 7 and counts["checked"] == 2
    errors = {e["doc_id"]: e["error"] for e in result.manifest["errors"]}
    assert "PDF" in errors["b-pdf.txt"] and "UTF-8" in errors["c-latin1.txt"]
    assert errors["no-text"] == "no text" and "not a date" in errors["bad-date"] and "empty" in errors["empty"]
    docs = {r["doc_id"]: r for r in _documents(tmp_path / "out").to_pylist()}
    assert docs["ok"]["published"] == date(2024, 3, 1) and docs["ok"]["claims"] >= 1
    assert docs["a-good.txt"]["error"] is None


def test_every_input_format_gives_the_same_claims(store: Store, excerpts: list[dict[str, Any]],
                                                   tmp_path: Path) -> None:
    rows = _rows(excerpts)
    text = "".join(json.dumps(r) + "\n" for r in rows)
    (tmp_path / "docs.jsonl").write_text(text, "utf-8")
    with gzip.open(tmp_path / "docs.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(text)
    table = pa.Table.from_pylist(rows)
    pq.write_table(table, tmp_path / "docs.parquet", row_group_size=4)
    outs = {}
    for name in ("docs.jsonl", "docs.jsonl.gz", "docs.parquet"):
        result = scan_corpus(tmp_path / name, tmp_path / f"out-{name}", store=store, workers=0, partition_bytes=2500)
        assert result.manifest["counts"]["documents"] == len(rows), name
        assert result.manifest["counts"]["partitions"] > 3, name  # cut inside files, by bytes
        outs[name] = [{k: v for k, v in r.items() if k not in ("source", "doc_key")}
                      for r in _claims(tmp_path / f"out-{name}")]
    assert outs["docs.jsonl"] == outs["docs.jsonl.gz"] == outs["docs.parquet"]
    assert {r["outlet"] for r in outs["docs.jsonl"]} == {"Daily A", "Weekly B", None}


@pytest.mark.browser
def test_the_corpus_pages_render_offline_in_headless_chromium(store: Store, excerpts: list[dict[str, Any]],
                                                              tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    from usmx.report.pages import Renderer
    from usmx.report.site import _Writer, copy_static, write_corpus

    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in _rows(excerpts)), "utf-8")
    scan_corpus(corpus, tmp_path / "scan", store=store, workers=0)
    site = tmp_path / "site"
    copy_static(site)
    links = write_corpus(Renderer(store), _Writer(site), tmp_path / "scan", lambda _m: None)
    assert [slug for slug, _ in links] == ["index", "outlets", "months", "misquoted", "revisions"]
    shots = REPO / "test-artifacts" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                    args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("requestfailed", lambda r: problems.append(r.url))
        page.route("http*://**", lambda route: (problems.append(route.request.url), route.abort()))
        for slug, title in links:
            page.goto((site / "corpus" / f"{slug}.html").as_uri())
            assert page.locator("h1").inner_text() == title
            assert page.evaluate("document.styleSheets.length") == 1
            page.screenshot(path=str(shots / f"corpus-{slug}.png"), full_page=True)
        for slug in ("index", "outlets", "misquoted"):
            page.goto((site / "corpus" / f"{slug}.html").as_uri())
            assert page.locator("figure svg").count() >= 1 and page.locator("table tbody tr").count() >= 1
        assert page.locator("table tbody tr").first.locator("td").nth(4).inner_text()  # an official value
        browser.close()
    assert problems == []
