"""Rebuilding the snapshot skips unchanged inputs by checksum, and gives the same bytes."""

from __future__ import annotations

import shutil
from pathlib import Path

from usmx.snapshot import DATA_FILE, MANIFEST_FILE, build_snapshot, bundled_dir


def _build(src: Path, out: Path, cache: Path) -> list[str]:
    said: list[str] = []
    build_snapshot(src, out, progress=said.append, cache=cache)
    return said


def test_a_cached_rebuild_gives_the_bundled_bytes(shared_data: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _build(shared_data, tmp_path / "a", cache)
    assert not any("from the cache" in m for m in first)
    again = _build(shared_data, tmp_path / "b", cache)
    assert again and all("from the cache" in m for m in again)
    for name in (DATA_FILE, MANIFEST_FILE):
        assert (tmp_path / "b" / name).read_bytes() == (bundled_dir() / name).read_bytes()


def test_changing_one_file_parses_only_that_file(shared_data: Path, tmp_path: Path) -> None:
    src = tmp_path / "data"
    shutil.copytree(shared_data / "banxico_remittances", src / "banxico_remittances")
    cache = tmp_path / "cache"
    _build(src, tmp_path / "a", cache)
    changed = src / "banxico_remittances" / "sie_SE27803_api_extract_2022-08.csv"
    lines = changed.read_text("utf-8").splitlines(keepends=True)
    changed.write_text("".join(lines[:-1]), "utf-8")  # the publisher's file, one month shorter
    said = _build(src, tmp_path / "b", cache)
    parsed = [m for m in said if "from the cache" not in m]
    assert parsed == ["banxico_sie_api: sie_SE27803_api_extract_2022-08.csv"]


def test_a_damaged_cache_entry_is_parsed_again(shared_data: Path, tmp_path: Path) -> None:
    src = tmp_path / "data"
    shutil.copytree(shared_data / "banxico_remittances", src / "banxico_remittances")
    cache = tmp_path / "cache"
    _build(src, tmp_path / "a", cache)
    for entry in cache.glob("*.json.gz"):
        entry.write_bytes(b"not gzip")
    said = _build(src, tmp_path / "b", cache)
    assert not any("from the cache" in m for m in said)
    assert (tmp_path / "a" / DATA_FILE).read_bytes() == (tmp_path / "b" / DATA_FILE).read_bytes()
