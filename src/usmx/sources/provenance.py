"""Where each dataset comes from, as data: the ``<dataset>.toml`` file beside its importer.

An importer's code says how to read a file; its metadata file says whose file it is and how to
cite it: publisher, citation, the page and download URLs, the licence, and the copies checked by
hand with their sha256 and release date. Keeping that as data (as Our World in Data's etl does)
lets ``usmx show``, the indicator pages and the API show a source's origin without importing the
importer, and lets a test hold the metadata and the code to each other.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from usmx.errors import BrokenFilesError


class ProvenanceError(BrokenFilesError):
    """A dataset's metadata file is missing or malformed."""


@dataclass(frozen=True)
class CheckedFile:
    name: str
    sha256: str
    release: str


@dataclass(frozen=True)
class Provenance:
    dataset: str
    title: str
    publisher: str
    citation: str
    page_url: str
    licence: str
    download_url: str | None = None
    note: str = ""
    files: tuple[CheckedFile, ...] = ()

    @property
    def releases(self) -> dict[str, str]:
        """sha256 -> release date of the copies checked by hand."""
        return {f.sha256: f.release for f in self.files}

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset, "title": self.title, "publisher": self.publisher, "citation": self.citation,
            "page_url": self.page_url, "download_url": self.download_url, "licence": self.licence,
            "note": self.note or None,
            "files": [{"name": f.name, "sha256": f.sha256, "release": f.release} for f in self.files],
        }


_REQUIRED = ("dataset", "title", "publisher", "citation", "page_url", "licence")


@cache
def provenance(dataset: str) -> Provenance:
    """The metadata of ``dataset``, read from ``usmx/sources/<dataset>.toml``."""
    item = resources.files("usmx.sources").joinpath(f"{dataset}.toml")
    if not item.is_file():
        raise ProvenanceError(f"no metadata file for dataset {dataset!r} (expected sources/{dataset}.toml)")
    try:
        data = tomllib.loads(item.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ProvenanceError(f"sources/{dataset}.toml: {exc}") from None
    missing = [k for k in _REQUIRED if not isinstance(data.get(k), str) or not data[k]]
    if missing:
        raise ProvenanceError(f"sources/{dataset}.toml: missing {', '.join(missing)}")
    if data["dataset"] != dataset:
        raise ProvenanceError(f"sources/{dataset}.toml names dataset {data['dataset']!r}")
    files = tuple(CheckedFile(str(f["name"]), str(f["sha256"]), str(f["release"])) for f in data.get("files", []))
    return Provenance(
        dataset=dataset, title=data["title"], publisher=data["publisher"], citation=data["citation"],
        page_url=data["page_url"], licence=data["licence"], download_url=data.get("download_url"),
        note=data.get("note", ""), files=files,
    )
