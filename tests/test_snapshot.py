"""The bundled snapshot is derived from the official files, reproducibly."""

from __future__ import annotations

from pathlib import Path

from usmx.snapshot import DATA_FILE, MANIFEST_FILE, build_snapshot, bundled_dir, read_manifest, read_snapshot


def test_rebuilding_from_the_official_files_gives_identical_bytes(shared_data: Path, tmp_path: Path) -> None:
    build_snapshot(shared_data, tmp_path)
    for name in (DATA_FILE, MANIFEST_FILE):
        assert (tmp_path / name).read_bytes() == (bundled_dir() / name).read_bytes(), (
            f"{name} is stale: run `usmx snapshot build --from ../shared/data` and commit it"
        )


def test_manifest_cites_every_source_file_with_its_hash() -> None:
    manifest = read_manifest()
    sources = manifest["sources"]
    assert isinstance(sources, list)
    datasets = {s["dataset"] for s in sources}
    assert {"banxico_remittances", "sesnsp_victims", "wdi_fdi", "census_trade", "published_figures"} <= datasets
    for s in sources:
        assert len(s["sha256"]) == 64 and s["page_url"].startswith("https://") and s["vintages"]


def test_every_observation_carries_its_source_and_vintage() -> None:
    obs = read_snapshot()
    assert len(obs) > 1000
    for o in obs:
        assert o.source.url.startswith("https://"), o
        assert len(o.vintage) == 10 and o.vintage[4] == "-"
        assert o.status in ("final", "provisional", "predicted", "estimate")
