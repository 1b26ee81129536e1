"""Parsed observations kept between snapshot builds, keyed by each input file's checksum.

Rebuilding the snapshot re-reads every official file, and a few of them (the 927,000-row SESNSP
table, CBP's PDFs) take most of the time. A file whose bytes have not changed gives the same
observations, as long as the code that reads it has not changed either, so each file's parse is
kept under a key made of the file's sha256, its name (observations cite it), its dataset and a
digest of the importers' code (``code_digest``). Change one file and only that file is parsed
again; change an importer and everything is.

Entries are gzipped JSON of the snapshot's own row form (``model.observation_to_row``), which is
what the snapshot writes anyway, so a cached build gives the same bytes as a fresh one. Nothing
is executed on load: a damaged or foreign entry is ignored and the file parsed again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from usmx.model import OBS_COLUMNS, Observation, observation_to_row, row_to_observation
from usmx.sources import Dataset
from usmx.sources.base import sha256_file

FORMAT = 1


@cache
def code_digest() -> str:
    """A digest of everything a parse depends on: the importers, their metadata, the model."""
    h = hashlib.sha256(f"format {FORMAT}".encode())
    roots = [resources.files("usmx.sources"), resources.files("usmx")]
    names = [("usmx.sources", p) for p in sorted(x.name for x in roots[0].iterdir())
             if p.endswith((".py", ".toml"))]
    names += [("usmx", p) for p in ("model.py", "periods.py", "errors.py")]
    for package, name in names:
        item = resources.files(package).joinpath(name)
        if item.is_file():
            h.update(name.encode() + b"\0" + item.read_bytes())
    return h.hexdigest()


def default_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("usmx")) / "snapshot"


def _key(dataset: str, path: Path, sha: str) -> str:
    return hashlib.sha256(f"{dataset}\0{path.name}\0{sha}\0{code_digest()}".encode()).hexdigest()


def _read(entry: Path) -> list[Observation] | None:
    try:
        data = json.loads(gzip.decompress(entry.read_bytes()))
        if data.get("columns") != list(OBS_COLUMNS):
            return None
        return [row_to_observation(dict(zip(OBS_COLUMNS, row, strict=True))) for row in data["rows"]]
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return None


def _write(entry: Path, observations: list[Observation]) -> None:
    entry.parent.mkdir(parents=True, exist_ok=True)
    body = {"columns": list(OBS_COLUMNS), "rows": [list(observation_to_row(o)) for o in observations]}
    tmp = entry.with_suffix(".tmp")
    tmp.write_bytes(gzip.compress(json.dumps(body).encode("utf-8"), mtime=0))
    tmp.replace(entry)


def parse_cached(files: Iterable[tuple[Dataset, Path]], folder: Path,
                 progress: Callable[[str], None] | None = None) -> list[tuple[Dataset, Path, str, list[Observation]]]:
    """(dataset, path, sha256, observations) for each file, parsing only those not in the cache."""
    out = []
    for ds, path in files:
        sha = sha256_file(path)
        entry = folder / f"{_key(ds.name, path, sha)}.json.gz"
        observations = _read(entry) if entry.is_file() else None
        if observations is None:
            if progress:
                progress(f"{ds.name}: {path.name}")
            observations = ds.parse(path)
            _write(entry, observations)
        elif progress:
            progress(f"{ds.name}: {path.name} (unchanged, from the cache)")
        out.append((ds, path, sha, observations))
    return out
