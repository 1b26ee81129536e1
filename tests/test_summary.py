"""One function per output shape: the CLI's JSON and the web API's are the same dicts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from usmx import cli
from usmx.store import open_store
from usmx.web import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("db") / "usmx.duckdb"


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store=open_store(db)), base_url="http://localhost") as c:
        yield c


def cli_json(db: Path, *args: str) -> object:
    result = CliRunner().invoke(cli.app, ["--db", str(db), *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("indicator", ["mx_remittances", "us_overdose_deaths", "cartel_territory_share"])
def test_show_json_is_the_apis_indicator(db: Path, client: TestClient, indicator: str) -> None:
    r = client.get(f"/api/indicators/{indicator}")
    assert r.status_code == 200
    assert cli_json(db, "show", indicator) == r.json()


def test_indicators_json_is_the_apis_list(db: Path, client: TestClient) -> None:
    assert cli_json(db, "indicators") == client.get("/api/indicators").json()
