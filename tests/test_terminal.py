"""Terminal output reads at 80 columns: no word broken across lines, every value shown whole.

Each command is rendered at 80 and 160 columns (COLUMNS, as a terminal sets it). At 80 the
narrow layout (one record per row) must keep every cell's value whole, wrapped only between
words; at 160 the indicator list is a table. The values looked for come from each command's
own ``--json`` output, so the test does not restate what the commands print.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from usmx import cli, terminal

BOX = re.compile(r"[│┃┏┓┗┛┡┩└┘├┤┼┬┴┳┻╇━─]")


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {"USMX_DB": str(tmp_path_factory.mktemp("db") / "usmx.duckdb")}


def run(env: dict[str, str], width: int, *args: str) -> str:
    result = CliRunner().invoke(cli.app, list(args), env={**env, "COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def as_json(env: dict[str, str], *args: str) -> Any:
    return json.loads(run(env, 200, *args, "--json"))


def tokens(output: str) -> list[str]:
    return BOX.sub(" ", output).split()


def assert_readable(output: str, values: list[str], width: int, *, whole: bool) -> None:
    """No word of a value is broken; with ``whole``, each value appears with only spacing changed."""
    toks = tokens(output)
    flat = " ".join(toks)
    for value in values:
        for word in value.split():
            assert any(word in t for t in toks), f"{word!r} (of {value!r}) is broken across lines"
        if whole:
            assert " ".join(value.split()) in flat, f"{value!r} is not shown whole"
    for line in output.splitlines():
        if len(line) > width:
            longest = max(len(t) for t in line.split())
            assert longest > width - 12, f"line over {width} columns without a long word: {line!r}"


def test_the_layout_is_chosen_by_width() -> None:
    columns = [terminal.Column("id"), terminal.Column("name")]
    rows = [["a", "words " * 10]]
    assert terminal.fits(columns, rows, 80)
    assert not terminal.fits([*columns, terminal.Column("x", readable=70)], [["a", "b", "c " * 40]], 80)


def test_indicators_at_80_and_160_columns(env: dict[str, str]) -> None:
    data = as_json(env, "indicators")
    values = [v for d in data for v in (d["id"], d["name"], d["unit"]) if v]
    values += [d["latest"]["display"] for d in data if d["latest"] and d["latest"]["value_high"] is None]
    narrow = run(env, 80, "indicators")
    assert_readable(narrow, values, 80, whole=True)
    assert not BOX.search(narrow)
    wide = run(env, 160, "indicators")
    assert "┃ id" in wide
    assert_readable(wide, values, 160, whole=False)
    assert all(len(line) <= 160 for line in wide.splitlines())


@pytest.mark.parametrize("indicator", ["mx_remittances", "us_overdose_deaths", "sw_border_encounters"])
def test_show_recent_values_and_revisions_at_80_and_160_columns(env: dict[str, str], indicator: str) -> None:
    data = as_json(env, "show", indicator)
    values = [data["name"], data["definition"], data["url"]]
    shown = [f for r in data["revisions"] if len(r["figures"]) > 1 for f in r["figures"]]  # as `show` lists them
    for a in data["recent"] + shown:
        values += [a["period"]["label"], a["vintage"], a["status"], a["source"]["file"] or a["source"]["url"]]
    narrow = run(env, 80, "show", indicator)
    assert_readable(narrow, values, 80, whole=True)
    assert_readable(run(env, 160, "show", indicator), values, 160, whole=False)


def test_events_at_80_and_160_columns(env: dict[str, str]) -> None:
    data = as_json(env, "events")
    values = [v for e in data for v in (e["id"], e["title"], e["url"], e["category"], e["date"])]
    assert_readable(run(env, 80, "events"), values, 80, whole=True)
    assert_readable(run(env, 160, "events"), values, 160, whole=False)


def test_check_text_at_80_and_160_columns(env: dict[str, str], tmp_path: Path) -> None:
    doc = tmp_path / "piece.txt"
    doc.write_text("Fentanyl kills 100,000 Americans a year. Remittances reached $63 billion in 2023. "
                   "Border encounters hit 2.5 million in fiscal 2023.", "utf-8")
    args = ("check", str(doc), "--published", "2024-03-01")
    data = json.loads(run(env, 200, *args, "--format", "json"))
    assert data
    values = [v for c in data for v in (c["quote"], c["verdict"]["explanation"], c["indicator_name"] or "")
              if v]
    narrow = run(env, 80, *args)
    assert_readable(narrow, values, 80, whole=True)
    assert not BOX.search(narrow)
    wide = run(env, 160, *args)
    assert "┃ verdict" in wide
    assert_readable(wide, values, 160, whole=False)
