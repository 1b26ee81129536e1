"""Every usmx exception shares one base, so the CLI and the web app can map them in one place."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import usmx
from usmx.errors import NotFoundError, UsmxError, exit_code, http_status


def _usmx_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(usmx.__path__, "usmx.") if not m.name.endswith("__main__"))


def _exception_classes() -> list[type[BaseException]]:
    out = []
    for name in _usmx_modules():
        module = importlib.import_module(name)
        for _attr, obj in inspect.getmembers(module, inspect.isclass):
            if obj.__module__ == name and issubclass(obj, BaseException):
                out.append(obj)
    return out


def test_there_are_exception_classes_to_check() -> None:
    assert len(_exception_classes()) >= 15


@pytest.mark.parametrize("cls", _exception_classes(), ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_every_exception_class_in_usmx_is_a_usmx_error(cls: type[BaseException]) -> None:
    assert issubclass(cls, UsmxError), f"{cls.__module__}.{cls.__qualname__} must subclass usmx.errors.UsmxError"


def test_old_bases_are_kept_so_existing_except_clauses_still_catch() -> None:
    from usmx.catalog import UnknownIndicator
    from usmx.periods import PeriodError
    from usmx.store import StoreError

    assert issubclass(UnknownIndicator, KeyError) and issubclass(UnknownIndicator, NotFoundError)
    assert issubclass(PeriodError, ValueError)
    assert issubclass(StoreError, RuntimeError)


def test_codes_come_from_the_class() -> None:
    from usmx.report.inputs import TooLarge

    assert (exit_code(TooLarge("x")), http_status(TooLarge("x"))) == (2, 413)
    assert (exit_code(RuntimeError("x")), http_status(RuntimeError("x"))) == (3, 500)


def test_the_cli_reports_a_usmx_error_as_one_line_with_its_exit_code(monkeypatch: pytest.MonkeyPatch) -> None:
    from usmx import cli
    from usmx.events import UnknownEvent

    def boom(*_a: object, **_k: object) -> None:
        raise UnknownEvent("unknown event 'x'; did you mean 'y'?")

    monkeypatch.setattr("usmx.events.events_between", boom)
    result = CliRunner().invoke(cli.app, ["events"])
    assert result.exit_code == 2
    assert "usmx: error: unknown event 'x'; did you mean 'y'?" in result.output


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from usmx.store import open_store
    from usmx.web import create_app

    app = create_app(store=open_store(tmp_path_factory.mktemp("db") / "usmx.duckdb"))
    with TestClient(app, base_url="http://localhost") as c:
        yield c


def test_the_web_app_maps_a_usmx_error_to_its_status(client: TestClient) -> None:
    r = client.get("/api/indicators/no_such_thing")
    assert r.status_code == 404 and "no_such_thing" in r.json()["detail"]
    r = client.get("/api/value", params={"indicator": "us_overdose_deaths", "period": "sometime"})
    assert r.status_code == 400
