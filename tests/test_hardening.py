"""Inputs a careless or hostile user gives: each gets a documented exit code or status, never a crash.

One test per failure found by trying usmx the way such a user would (issue 9); the store,
fetching and server guarantees have tests of their own in test_store_guard.py,
test_fetch_guard.py and test_web_guard.py.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from usmx.check import run_check
from usmx.store import Store


def check(sources: list[str], store: Store, *, published: str | None = "2023-06-01",
          fmt: str = "json") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_check(sources, published=published, fmt=fmt, store=store, out=out, err=err, color=False)
    return code, out.getvalue(), err.getvalue()


# --------------------------------------------------------------------------- a label, a number, a colon

LABELLED = "Note 1: Remittances reached $60 billion in 2022."


def test_a_text_opening_with_a_numbered_label_is_checked(store: Store, tmp_path: Path) -> None:
    f = tmp_path / "note.txt"
    f.write_text(LABELLED)
    code, out, err = check([str(f)], store)
    assert code in (0, 1), err
    claims = json.loads(out)
    assert [c["indicator"] for c in claims] == ["mx_remittances"]


def test_one_labelled_text_does_not_lose_the_others(store: Store, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(LABELLED)
    b.write_text("Remittances to Mexico reached $58 billion in 2022.")
    code, out, err = check([str(a), str(b)], store)
    assert code in (0, 1), err
    assert {c["doc"] for c in json.loads(out)} == {str(a), str(b)}


def test_the_web_form_checks_a_labelled_text(client: TestClient) -> None:
    r = client.post("/check", data={"text": LABELLED, "published": "2023-06-01"})
    assert r.status_code == 200 and "Remittances received by Mexico" in r.text
    r = client.post("/api/check", json={"text": LABELLED, "published": "2023-06-01"})
    assert r.status_code == 200 and r.json()["claims"][0]["indicator"] == "mx_remittances"



def test_a_fault_on_one_text_keeps_the_verdicts_on_the_others(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import usmx.check

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Remittances to Mexico reached $58 billion in 2022.")
    b.write_text("Remittances to Mexico reached $60 billion in 2022.")
    real = usmx.check.check_text

    def faulty(text: str, **kw):  # type: ignore[no-untyped-def]
        if "$60" in text:
            raise IndexError("list index out of range")
        return real(text, **kw)

    monkeypatch.delenv("USMX_DEBUG", raising=False)
    monkeypatch.setattr(usmx.check, "check_text", faulty)
    code, out, err = check([str(a), str(b)], store)
    assert code == 3
    assert f"{b}: internal error (IndexError" in err and err.count("\n") == 1
    assert {c["doc"] for c in json.loads(out)} == {str(a)}


# --------------------------------------------------------------------------- dates out of range

NEXT_YEAR = "Remittances to Mexico will reach $70 billion next year, after $63 billion last year."


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "1799-12-31", "2200-01-01"])
def test_a_publication_date_out_of_range_is_bad_input(store: Store, tmp_path: Path, published: str) -> None:
    f = tmp_path / "next.txt"
    f.write_text(NEXT_YEAR)
    code, out, err = check([str(f)], store, published=published)
    assert code == 2 and out == ""
    assert err == f"usmx: error: --published must be between 1800-01-01 and 2199-12-31, got {published}\n"


@pytest.mark.parametrize("published", ["1800-01-01", "2199-12-31"])
def test_the_ends_of_the_range_are_checked(store: Store, tmp_path: Path, published: str) -> None:
    f = tmp_path / "next.txt"
    f.write_text(NEXT_YEAR)
    code, out, err = check([str(f)], store, published=published)
    assert code in (0, 1), err
    assert len(json.loads(out)) == 2


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_the_web_app_refuses_a_date_out_of_range(client: TestClient, published: str) -> None:
    r = client.post("/check", data={"text": NEXT_YEAR, "published": published})
    assert r.status_code == 400 and "between 1800-01-01 and 2199-12-31" in r.text
    r = client.post("/api/check", json={"text": NEXT_YEAR, "published": published})
    assert r.status_code == 400 and "between 1800-01-01 and 2199-12-31" in r.json()["detail"]


def test_page_metadata_out_of_range_is_ignored() -> None:
    from usmx.text.dateline import publication_date

    today = date(2024, 5, 1)
    assert publication_date(NEXT_YEAR, date(9999, 12, 31), None, today) == (today, "today")
    assert publication_date(NEXT_YEAR, date(2021, 12, 31), None, today) == (date(2021, 12, 31), "page metadata")


# --------------------------------------------------------------------------- absurd numbers


@pytest.mark.parametrize("digits", [400, 300, 25])
def test_a_number_too_large_to_be_a_figure_is_not_judged(store: Store, tmp_path: Path, digits: int) -> None:
    f = tmp_path / "nines.txt"
    f.write_text(f"Remittances to Mexico reached ${'9' * digits} billion in 2022.")
    code, out, err = check([str(f)], store)
    assert code == 0, err
    assert json.loads(out) == []
    code, out, _ = check([str(f)], store, fmt="text")
    assert "inf" not in out


def test_a_large_but_finite_claim_is_still_read(store: Store, tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("Remittances to Mexico reached $900 trillion in 2022.")
    code, out, _ = check([str(f)], store)
    claim = json.loads(out)[0]
    assert code in (0, 1) and claim["value"] == 9e14 and claim["verdict"]["label"] in ("overstated", "unverifiable")


def test_a_text_without_sentence_marks_is_read_in_pieces_of_bounded_length() -> None:
    from usmx.text.sentences import MAX_SENTENCE_CHARS, split_sentences

    text = "remittances 58.9 billion 2022 encounters 2.4 million " * 400
    pieces = split_sentences(text)
    assert max(s.end - s.start for s in pieces) <= MAX_SENTENCE_CHARS
    assert pieces[0].start == 0 and pieces[-1].end == len(text.rstrip())
    assert all(text[s.end] == " " for s in pieces[:-1])  # cut between words
    assert len(split_sentences("x" * 2000)) == 4  # no space at all: cut anyway


# --------------------------------------------------------------------------- files that are not files


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused_before_it_is_read(store: Store, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    code, out, err = check([device], store)
    assert code == 2 and out == ""
    assert err == f"usmx: error: {device}: not a regular file (a device, pipe or socket)\n"


def test_a_pipe_is_refused_without_blocking(store: Store, tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = check([str(fifo)], store)
    assert code == 2 and "not a regular file" in err


def test_a_link_to_a_device_is_refused(store: Store, tmp_path: Path) -> None:
    link = tmp_path / "innocent.txt"
    link.symlink_to("/dev/zero")
    code, _, err = check([str(link)], store)
    assert code == 2 and "not a regular file" in err


def test_a_file_that_says_it_is_empty_is_still_read_only_up_to_the_limit(tmp_path: Path) -> None:
    from usmx.text.document import DocumentError
    from usmx.text.load import load

    f = tmp_path / "big.txt"
    f.write_bytes(b"a" * 2048)
    with pytest.raises(DocumentError, match="too large"):
        load(str(f), limit=1024)
