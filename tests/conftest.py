"""Shared fixtures: the official files in ../shared/data and a throwaway store location."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
