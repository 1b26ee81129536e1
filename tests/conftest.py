"""Shared fixtures: the official files in ../shared/data and a throwaway store location."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from usmx.cli import app
from usmx.store import Store, open_store
from usmx.web import create_app

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = SHARED / "data"
    if not path.is_dir():
        raise RuntimeError(f"official data folder missing: {path} (tests need ../shared/data)")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SHARED / "seeds"


@pytest.fixture(scope="session")
def gold_path() -> Path:
    return SHARED / "gold" / "seeds.jsonl"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("USMX_NETWORK_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="live network test: set USMX_NETWORK_TESTS=1 to run")
    for item in items:
        if "network" in item.keywords:
            item.add_marker(skip)


# Shared by the tests of the store, the CLI and the web app: each module gets a store of its own,
# made from the bundled snapshot; each CLI test a throwaway one.
@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return open_store(tmp_path_factory.mktemp("db") / "usmx.duckdb")


@pytest.fixture(scope="module")
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store=store), base_url="http://localhost") as c:
        yield c


@pytest.fixture()
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = tmp_path / "usmx.duckdb"
    runner = CliRunner()

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, ["--db", str(db), *args])

    invoke.db = db  # type: ignore[attr-defined]
    return invoke
