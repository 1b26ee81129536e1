"""Docs that are made from the data stay equal to it."""

from __future__ import annotations

from pathlib import Path

from usmx.snapshot import coverage_markdown, read_manifest

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_the_coverage_table_in_data_md_is_the_bundled_snapshots() -> None:
    text = (DOCS / "data.md").read_text("utf-8")
    start = text.index("<!-- coverage:start -->\n") + len("<!-- coverage:start -->\n")
    end = text.index("<!-- coverage:end -->")
    assert text[start:end] == coverage_markdown(read_manifest()), (
        "docs/data.md's coverage table is stale: regenerate it with usmx.snapshot.coverage_markdown"
    )
