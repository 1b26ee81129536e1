"""Each dataset's origin is data beside its importer, and agrees with the importer and the snapshot."""

from __future__ import annotations

import importlib

import pytest

from usmx.snapshot import read_manifest
from usmx.sources import DATASETS
from usmx.sources.provenance import provenance


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_every_dataset_has_a_metadata_file_that_agrees_with_its_importer(name: str) -> None:
    meta = provenance(name)
    ds = DATASETS[name]
    assert (meta.publisher, meta.page_url, meta.download_url) == (ds.publisher, ds.page_url, ds.download_url)
    assert meta.citation and meta.licence and meta.page_url.startswith("https://")
    known = getattr(importlib.import_module(f"usmx.sources.{name}"), "KNOWN_RELEASES", {})
    assert meta.releases == known, f"sources/{name}.toml and {name}.KNOWN_RELEASES disagree"


def test_every_checked_file_in_the_snapshot_is_in_the_metadata() -> None:
    sources = read_manifest()["sources"]
    assert isinstance(sources, list)
    for s in sources:
        if s["dataset"] == "published_figures":
            continue
        files = {f.sha256: f for f in provenance(s["dataset"]).files}
        assert s["sha256"] in files, f"{s['file']} is not in sources/{s['dataset']}.toml"
        assert files[s["sha256"]].name == s["file"] and files[s["sha256"]].release in s["vintages"]


def test_indicator_pages_show_and_json_carry_the_provenance(tmp_path: object) -> None:
    from usmx.catalog import load_catalog
    from usmx.report.pages import Renderer
    from usmx.store import Store
    from usmx.summary import indicator_dict

    store = Store.in_memory([], load_catalog())
    html = Renderer(store).indicator("us_overdose_deaths")
    meta = provenance("cdc_vsrr")
    assert 'id="provenance"' in html and meta.licence in html and meta.files[0].sha256 in html
    assert indicator_dict(store, "us_overdose_deaths")["provenance"][0] == meta.to_dict()
