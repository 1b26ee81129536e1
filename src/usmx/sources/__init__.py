"""Importers: one module per official dataset, each exposing ``DATASET``.

Adding a dataset means adding a module here and naming it in the catalog's ``datasets``;
nothing downstream changes.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from usmx.sources.base import Dataset, FetchError, SourceFileError

_MODULES = (
    "banxico_remittances",
    "banxico_sie_api",
    "sesnsp_victims",
    "sesnsp_victims_long",
    "inegi_homicides",
    "wdi_fdi",
    "se_fdi",
    "se_fdi_dgie",
    "census_trade",
    "cdc_vsrr",
    "cbp_encounters",
    "cbp_seizures",
    "usbp_apprehensions",
    "published_figures",
)

DATASETS: dict[str, Dataset] = {
    name: import_module(f"usmx.sources.{name}").DATASET for name in _MODULES
}


def dataset_for_file(path: Path) -> Dataset | None:
    """The dataset whose file-name patterns match ``path``, if any."""
    for ds in DATASETS.values():
        if ds.matches(path):
            return ds
    return None


__all__ = ["DATASETS", "Dataset", "FetchError", "SourceFileError", "dataset_for_file"]
