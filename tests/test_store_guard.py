"""The store stays trustworthy: no impossible figure gets in, and readers never lock each other out."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from usmx.catalog import load_catalog
from usmx.domain import value_problem
from usmx.store import open_store, update_store
from usmx.web import create_app

SEIZURES = ("cbp_seizures", "nationwide-drugs-fy19-fy22.csv")
FIGURES = Path(__file__).resolve().parents[1] / "src" / "usmx" / "sources" / "published" / "figures.csv"



def _rows(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute("SELECT count(*) FROM observations").fetchall()[0][0])
    finally:
        con.close()


def _infinite_seizure(shared_data: Path, folder: Path) -> tuple[str, int]:
    """CBP's seizures file with one row's pounds written as 1e400 (a float reads it as infinity)."""
    src = shared_data.joinpath(*SEIZURES)
    lines = src.read_bytes().decode("utf-8").split("\r\n")
    i = next(i for i, line in enumerate(lines) if ",Fentanyl," in line)
    lines[i] = lines[i].rsplit(",", 1)[0] + ",1e400"
    (folder / src.name).write_bytes("\r\n".join(lines).encode())
    return src.name, i + 1


def _negative_deaths(folder: Path) -> tuple[str, int]:
    """The entered figures with one count of deaths made negative."""
    head, first = FIGURES.read_text("utf-8").splitlines()[:2]
    cells = first.split(",")
    assert cells[0] == "us_overdose_deaths" and float(cells[2]) > 0
    cells[2] = "-" + cells[2]
    (folder / FIGURES.name).write_text(head + "\n" + ",".join(cells) + "\n", "utf-8")
    return FIGURES.name, 2


@pytest.mark.parametrize(("make", "needle"), [
    (_infinite_seizure, "Sum Qty (lbs) is not a finite number: '1e400'"),
    (_negative_deaths, "us_overdose_deaths 2019: -70630 is negative, and deaths are counted"),
])
def test_an_update_with_an_impossible_figure_is_refused_naming_file_and_line(
        run, shared_data: Path, tmp_path: Path, make, needle: str) -> None:  # type: ignore[no-untyped-def]
    run("indicators", "--json")  # create the store
    before = _rows(run.db)
    folder = tmp_path / "downloads"
    folder.mkdir()
    name, line = make(shared_data, folder) if make is _infinite_seizure else make(folder)
    res = run("update", "--from", str(folder))
    assert res.exit_code == 2, res.output
    assert res.stderr == f"usmx: error: {name}, line {line}: {needle}\n"
    assert _rows(run.db) == before


def test_the_domain_of_each_unit() -> None:
    assert value_problem(-1.5e9, "USD") is None  # a net outflow
    assert value_problem(math.inf, "USD") and value_problem(math.nan, "USD")
    assert value_problem(100.0, "percent") is None and value_problem(100.5, "percent")
    assert value_problem(-0.1, "percent")
    assert value_problem(0.0, "rank") and value_problem(1.0, "rank") is None
    for unit in ("deaths", "encounters", "pounds", "victims"):
        assert value_problem(0.0, unit) is None and value_problem(-1.0, unit)


def test_the_store_refuses_an_impossible_figure_from_any_caller(tmp_path: Path) -> None:
    from usmx.sources.base import SourceFileError

    db = tmp_path / "usmx.duckdb"
    store = open_store(db)
    good = store.observations("mx_homicides")[0]
    before = _rows(db)
    for bad in (replace(good, value=math.inf), replace(good, value=-3.0)):
        with pytest.raises(SourceFileError, match="mx_homicides"):
            update_store([("sesnsp_victims", Path("x.csv"), "0" * 64, [bad])], db)
    share = next(o for o in store.observations() if load_catalog().get(o.indicator).unit == "percent")
    with pytest.raises(SourceFileError, match="between 0 and 100"):
        update_store([("x", Path("x.csv"), "0" * 64, [replace(share, value=142.0)])], db)
    assert _rows(db) == before


def test_an_infinity_already_in_a_store_is_never_printed(run) -> None:  # type: ignore[no-untyped-def]
    run("indicators", "--json")
    con = duckdb.connect(str(run.db))
    try:
        con.execute("UPDATE observations SET value = 'inf'::DOUBLE WHERE indicator = 'mx_remittances'")
    finally:
        con.close()
    res = run("value", "mx_remittances", "2022", "--json")
    assert res.exit_code == 1 and "no figure" in res.stderr  # the poisoned rows are no figures
    res = run("value", "mx_homicides", "2022", "--json")
    assert res.exit_code == 0 and "Infinity" not in res.stdout
    json.loads(res.stdout)
    with TestClient(create_app(run.db), base_url="http://localhost") as client:
        r = client.get("/api/value", params={"indicator": "mx_remittances", "period": "2022"})
        assert r.status_code == 404
        r = client.get("/api/indicators")
        assert r.status_code == 200 and "Infinity" not in r.text


def test_json_output_turns_a_stray_infinity_into_null() -> None:
    from usmx.units import json_safe

    assert json.dumps(json_safe({"a": [math.inf, 1.5, {"b": -math.inf, "c": math.nan}]}), allow_nan=False) == \
        '{"a": [null, 1.5, {"b": null, "c": null}]}'


# --------------------------------------------------------------------------- readers and an update


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    import os

    import usmx

    env = dict(os.environ)
    src = str(Path(usmx.__file__).resolve().parents[1])
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("USMX_DEBUG", None)
    env.update(extra)
    return env


READER = """
import sys, time
from pathlib import Path
from usmx.cli import app
print("ready", flush=True)
while not Path(sys.argv[2]).exists():
    time.sleep(0.01)
codes = []
for _ in range({n}):
    try:
        app(["--db", sys.argv[1], "value", "mx_remittances", "2022", "--json"])
    except SystemExit as exc:
        codes.append(exc.code or 0)
print(" ".join(str(c) for c in codes))
"""

HOLDER = """
import sys, time
from pathlib import Path
from usmx.store import open_store, update_store
store = open_store(Path(sys.argv[1]))
obs = store.observations("mx_homicides")[:3]
print("ready", flush=True)
update_store([("sesnsp_victims", Path("held.csv"), "f" * 64, obs)], Path(sys.argv[1]),
             fail_after=lambda i: (print("holding", flush=True), time.sleep(float(sys.argv[2]))))
print("done", flush=True)
"""


def test_parallel_readers_during_an_update_all_get_their_answer(tmp_path: Path) -> None:
    import subprocess
    import sys

    db, go = tmp_path / "usmx.duckdb", tmp_path / "go"
    open_store(db)  # created, so that no reader has to create it
    env = _env(tmp_path, USMX_LOCK_WAIT="20")
    readers = [subprocess.Popen([sys.executable, "-c", READER.format(n=4), str(db), str(go)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), "2"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for r in readers:
            assert r.stdout is not None and r.stdout.readline().strip() == "ready"
        assert holder.stdout is not None
        while holder.stdout.readline().strip() != "holding":
            assert holder.poll() is None
        go.touch()  # every reader starts while the update holds the store
        h_out, h_err = holder.communicate(timeout=120)
        assert holder.returncode == 0 and "done" in h_out, h_err
        for r in readers:
            out, err = r.communicate(timeout=120)
            assert r.returncode == 0, err
            assert out.splitlines()[-1].split() == ["0"] * 4, err  # every value answered, none locked out
            assert "lock" not in err.lower()
    finally:
        for p in (*readers, holder):
            p.kill()
            p.wait()


def test_a_reader_that_cannot_wait_long_enough_is_told_the_store_is_busy(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "usmx.duckdb"
    open_store(db)
    env = _env(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), "6"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        while holder.stdout.readline().strip() != "holding":
            assert holder.poll() is None, holder.stderr.read() if holder.stderr else ""
        res = subprocess.run([sys.executable, "-m", "usmx.cli", "--db", str(db), "value", "mx_remittances", "2022"],
                             env={**env, "USMX_LOCK_WAIT": "0.5"}, capture_output=True, text=True, timeout=60)
        assert res.returncode == 4, res.stderr
        assert res.stderr.startswith("usmx: error: the store ") and "busy: an update is writing to it" in res.stderr
        assert "USMX_LOCK_WAIT" in res.stderr and res.stderr.count("\n") == 1
    finally:
        holder.kill()
        holder.wait()


def test_an_update_waits_for_a_reader(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "usmx.duckdb"
    store = open_store(db)
    reader = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print('reading', flush=True); time.sleep(1)", str(db)],
        env=_env(tmp_path), stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        open_store(db)  # a reader beside a reader
        later = [replace(o, vintage="2099-01-01") for o in store.observations("mx_homicides")[:2]]
        result = update_store([("sesnsp_victims", Path("later.csv"), "e" * 64, later)], db)
        assert result.rows_added == 2
    finally:
        reader.kill()
        reader.wait()
