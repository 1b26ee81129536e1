"""Docs that are made from the data stay equal to it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from usmx.snapshot import coverage_markdown, read_manifest

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_the_coverage_table_in_data_md_is_the_bundled_snapshots() -> None:
    text = (DOCS / "data.md").read_text("utf-8")
    start = text.index("<!-- coverage:start -->\n") + len("<!-- coverage:start -->\n")
    end = text.index("<!-- coverage:end -->")
    assert text[start:end] == coverage_markdown(read_manifest()), (
        "docs/data.md's coverage table is stale: regenerate it with usmx.snapshot.coverage_markdown"
    )


# ----------------------------------------------------------------------------- CLI reference


def test_the_cli_reference_is_generated_from_the_commands() -> None:
    from usmx.docs_cli import reference

    assert (DOCS / "cli.md").read_text("utf-8") == reference(), (
        "docs/cli.md is stale: regenerate it with `python -m usmx.docs_cli > docs/cli.md`"
    )


def _cli_items() -> list[str]:
    from usmx.docs_cli import commands, options

    out = []
    for path, cmd in commands():
        out.append(f"cmd:{path}")
        out += [f"opt:{path}:{o}" for p in options(cmd) for o in p.opts]
    return out


@pytest.mark.parametrize("item", _cli_items())
def test_every_command_and_option_is_in_the_cli_reference(item: str) -> None:
    text = (DOCS / "cli.md").read_text("utf-8")
    kind, path, *opt = item.split(":")
    start = text.index(f"## `{path}`\n")
    end = text.find("\n## ", start + 1)
    section = text[start: end if end != -1 else len(text)]
    if kind == "opt":
        assert f"`{opt[0]}`" in section, f"{opt[0]} of `{path}` is not in docs/cli.md"


# ------------------------------------------------------------------------------ architecture


def _modules() -> list[str]:
    root = Path(__file__).resolve().parents[1] / "src" / "usmx"
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.py"))


@pytest.mark.parametrize("module", _modules())
def test_every_module_is_named_in_architecture_md(module: str) -> None:
    """A module is named by its path (`text/dateline.py`), or a package by its folder (`text/`)."""
    text = (DOCS / "architecture.md").read_text("utf-8")
    name = module.removesuffix("__init__.py") or "__init__.py"
    assert f"`{name}`" in text, f"docs/architecture.md does not name `{name}`"


# ----------------------------------------------------------------------------- claim fields


def _paths(node: object, prefix: str = "") -> set[str]:
    """Dotted paths of every key (list items share their list's path)."""
    out: set[str] = set()
    if isinstance(node, dict):
        for k, v in node.items():
            path = f"{prefix}.{k}" if prefix else k
            out.add(path)
            out |= _paths(v, path)
    elif isinstance(node, list):
        for v in node:
            out |= _paths(v, prefix)
    return out


@pytest.fixture(scope="module")
def claim_fields(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The JSON fields of checked claims, from a check whose claims fill every nested object."""
    import io
    import json

    from usmx.check import run_check
    from usmx.store import open_store

    folder = tmp_path_factory.mktemp("claims")
    doc = folder / "piece.txt"
    doc.write_text("Fentanyl kills 100,000 Americans a year. Remittances reached $63 billion in 2023. "
                   "Border encounters doubled between 2020 and 2022.", "utf-8")
    out = io.StringIO()
    run_check([str(doc)], published="2024-03-01", fmt="json", store=open_store(folder / "usmx.duckdb"), out=out,
              err=io.StringIO())
    rows = json.loads(out.getvalue())
    fields = set().union(*(_paths(r) for r in rows))
    assert {"verdict.source.dataset", "verdict.at_publication.label", "candidates.score"} <= fields
    return fields


def _documented(path: str, rows: list[str]) -> bool:
    """Named in the first cell of a table row (`verdict.rule`, or `official_value_high` beside
    `verdict.official_value`), or listed in braces in its parent's row (`{dataset, publisher}`)."""
    parent, _, leaf = path.rpartition(".")
    for row in rows:
        cells = row.split("|")
        names = re.findall(r"`([^`]+)`", cells[1] if len(cells) > 1 else "")
        if path in names or (not parent and leaf in names):
            return True
        if parent and leaf in names and any(n.startswith(parent + ".") for n in names):
            return True
        if parent in names and re.search(rf"[{{\[,]\s*{re.escape(leaf)}\s*[,}}\]]", row):
            return True
    return False


def test_every_json_field_of_a_checked_claim_is_in_claims_md(claim_fields: set[str]) -> None:
    text = (DOCS / "claims.md").read_text("utf-8")
    rows = [line for line in text.splitlines() if line.startswith("|")]
    missing = sorted(p for p in claim_fields if not _documented(p, rows))
    assert not missing, f"docs/claims.md does not document: {', '.join(missing)}"
