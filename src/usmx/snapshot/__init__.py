"""The bundled snapshot: a compact, reproducible copy of every observation usmx ships.

The snapshot is what makes usmx work offline on a fresh install. It is derived from the
publishers' files by the importers (never edited by hand), written deterministically (sorted
rows, gzip without a timestamp, no build time in the manifest) so that rebuilding it from the
same files gives the same bytes, which a test checks.
"""

from __future__ import annotations

import csv
import errno
import gzip
import hashlib
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from usmx.model import OBS_COLUMNS, Observation, observation_to_row, row_to_observation
from usmx.periods import Period
from usmx.sources import DATASETS, Dataset, dataset_for_file
from usmx.sources.base import recording_lines, sha256_file

DATA_FILE = "observations.csv.gz"
MANIFEST_FILE = "manifest.json"
_IGNORED_NAMES = {"SOURCE.md", "README.md"}


@dataclass(frozen=True)
class LoadedFile:
    dataset: str
    path: Path
    sha256: str
    observations: list[Observation]


def find_files(folder: Path) -> tuple[list[tuple[Dataset, Path]], list[Path]]:
    """Files in ``folder`` (recursively) that an importer recognises, and those it does not."""
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
    if not folder.is_dir():
        raise FileNotFoundError(f"no such folder: {folder}")
    known: list[tuple[Dataset, Path]] = []
    unknown: list[Path] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name in _IGNORED_NAMES or path.name.startswith("."):
            continue
        ds = dataset_for_file(path)
        if ds is None:
            unknown.append(path)
        else:
            known.append((ds, path))
    return known, unknown


def bundled_figures_file() -> tuple[Dataset, Path]:
    """The official figures entered from publications, which ship inside the package."""
    from usmx.sources.published_figures import bundled_path

    return DATASETS["published_figures"], bundled_path()


def load_files(
    files: Iterable[tuple[Dataset, Path]], progress: Callable[[str], None] | None = None,
    cache: Path | None = None,
) -> list[LoadedFile]:
    """Parse every file; any malformed file raises before anything is written anywhere.

    Every importer's output passes the same domain check (``usmx.domain``): a figure that is
    not finite, or out of its measure's range, refuses the file like a malformed row. With
    ``cache`` (a folder), a file whose checksum and importer are unchanged since it was last
    parsed there is not parsed again (``usmx.snapshot.cache``); its figures are checked all the
    same.
    """
    from usmx.catalog import load_catalog
    from usmx.domain import check_observations

    catalog = load_catalog()
    if cache is not None:
        from usmx.snapshot.cache import parse_cached

        loaded = [LoadedFile(ds.name, path, sha, obs) for ds, path, sha, obs in parse_cached(files, cache, progress)]
        for lf in loaded:
            check_observations(lf.path, lf.observations, catalog, {})
        return loaded
    out = []
    for ds, path in files:
        if progress:
            progress(f"{ds.name}: {path.name}")
        with recording_lines() as lines:
            observations = ds.parse(path)
        check_observations(path, observations, catalog, lines)
        out.append(LoadedFile(ds.name, path, sha256_file(path), observations))
    return out


def _fmt(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    return str(v)


def _sort_key(row: tuple[object, ...]) -> tuple[str, ...]:
    return tuple(_fmt(v) for v in row)


def write_snapshot(loaded: list[LoadedFile], out_dir: Path) -> dict[str, object]:
    """Write the observations and their manifest; return the manifest."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = sorted({observation_to_row(o) for lf in loaded for o in lf.observations}, key=_sort_key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(OBS_COLUMNS)
    for row in rows:
        w.writerow([_fmt(v) for v in row])
    data = gzip.compress(buf.getvalue().encode("utf-8"), compresslevel=9, mtime=0)
    (out_dir / DATA_FILE).write_bytes(data)

    first: dict[str, Period] = {}
    last: dict[str, Period] = {}
    count: dict[str, int] = {}
    for lf in loaded:
        for o in lf.observations:
            i = o.indicator
            if i not in first or o.period.start < first[i].start:
                first[i] = o.period
            if i not in last or o.period.end > last[i].end:
                last[i] = o.period
            count[i] = count.get(i, 0) + 1
    manifest: dict[str, object] = {
        "format": 1,
        "data_file": DATA_FILE,
        "data_sha256": hashlib.sha256(data).hexdigest(),
        "rows": len(rows),
        "sources": [
            {
                "dataset": lf.dataset,
                "title": DATASETS[lf.dataset].title,
                "publisher": DATASETS[lf.dataset].publisher,
                "page_url": DATASETS[lf.dataset].page_url,
                "file": lf.path.name,
                "sha256": lf.sha256,
                "vintages": sorted({o.vintage for o in lf.observations}),
                "rows": len(lf.observations),
            }
            for lf in sorted(loaded, key=lambda x: (x.dataset, x.path.name))
        ],
        "coverage": {
            k: {"first": first[k].label, "last": last[k].label, "rows": count[k]} for k in sorted(count)
        },
    }
    (out_dir / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return manifest


def build_snapshot(
    from_dir: Path, out_dir: Path, progress: Callable[[str], None] | None = None, cache: Path | None = None
) -> dict[str, object]:
    """Derive the snapshot from a folder of official files plus the bundled published figures.

    ``cache`` is a folder of earlier parses to reuse for unchanged files; the snapshot's bytes
    are the same with or without it.
    """
    files, _unknown = find_files(from_dir)
    files = [f for f in files if f[0].name != "published_figures"]
    files.append(bundled_figures_file())
    return write_snapshot(load_files(files, progress, cache), out_dir)


def bundled_dir() -> Path:
    return Path(str(resources.files("usmx.snapshot")))


def read_snapshot(path: Path | None = None) -> list[Observation]:
    """The observations of a snapshot (the bundled one by default)."""
    data_file = (path or bundled_dir()) / DATA_FILE
    with gzip.open(data_file, "rt", encoding="utf-8", newline="") as fh:
        return [row_to_observation(r) for r in csv.DictReader(fh)]


def coverage_markdown(manifest: dict[str, object], catalog: object | None = None) -> str:
    """The coverage table of docs/data.md, made from a manifest so the docs cannot drift from the data."""
    from usmx.catalog import Catalog, load_catalog

    cat = catalog if isinstance(catalog, Catalog) else load_catalog()
    coverage = manifest["coverage"]
    assert isinstance(coverage, dict)
    lines = ["| indicator | unit | datasets | first | last | rows |", "|---|---|---|---|---|---|"]
    for ind in cat:
        c = coverage.get(ind.id)
        first, last, rows = (c["first"], c["last"], c["rows"]) if c else ("—", "—", 0)
        lines.append(f"| `{ind.id}` | {ind.unit} | {', '.join(ind.datasets)} | {first} | {last} | {rows} |")
    return "\n".join(lines) + "\n"


def read_manifest(path: Path | None = None) -> dict[str, object]:
    result: dict[str, object] = json.loads(((path or bundled_dir()) / MANIFEST_FILE).read_text("utf-8"))
    return result
