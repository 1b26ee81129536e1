"""The catalog names only datasets that have an importer, and says so when one does not."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from usmx.catalog import CatalogError, parse_catalog
from usmx.sources import DATASETS


def _bundled() -> dict:  # type: ignore[type-arg]
    return tomllib.loads(resources.files("usmx.catalog").joinpath("indicators.toml").read_text("utf-8"))


def test_every_dataset_in_the_catalog_has_an_importer() -> None:
    catalog = parse_catalog(_bundled(), known_datasets=set(DATASETS))
    assert {d for ind in catalog for d in ind.datasets} <= set(DATASETS)


def test_a_dataset_without_an_importer_is_refused() -> None:
    with pytest.raises(CatalogError):
        parse_catalog(_bundled(), known_datasets=set(DATASETS) - {"census_trade"})
