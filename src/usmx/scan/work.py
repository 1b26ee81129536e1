"""What a worker does with one split: read it, check each document, write two Parquet files.

A worker holds one checker per store for its whole life (``WorkerState``), built once from
the observations the client sent, so no document pays for loading the store or the catalog,
and every worker judges by exactly the figures the client read, whether or not it can see
the client's store file.

A split's files are written to a temporary name and renamed, so a killed worker leaves
either a whole partition or none. The documents file carries the split's key (its documents'
content hashes, with the store, usmx version and reading date): a rerun whose split has the
same key finds the partition done and checks nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import pyarrow.parquet as pq

from usmx.scan.inputs import Split, read_split
from usmx.scan.rows import check_record, claims_table, documents_table

if TYPE_CHECKING:
    from usmx.check import Checker

META_KEY = b"usmx.split"
ERRORS_KEPT = 100  # per split, in the manifest; every error stays in the documents table
PROGRESS_EVERY = 25  # documents between progress reports


@dataclass(frozen=True)
class ScanContext:
    """What every split of one scan shares; small, so it travels with each task."""

    root: str
    out: str
    store_key: str
    config_key: str
    today: date


@dataclass
class SplitResult:
    index: int
    content_sha: str
    documents: int = 0
    failed: int = 0
    claims: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)
    bytes: int = 0
    resumed: bool = False
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        return {"index": self.index, "content_sha": self.content_sha, "documents": self.documents,
                "failed": self.failed, "claims": self.claims, "verdicts": self.verdicts, "errors": self.errors,
                "bytes": self.bytes}


class WorkerState:
    """The checker a process keeps for a store, built once from its observations.

    The checker's caches (figures by period, one store per release date) fill slowly with an
    archive's variety of periods and dates, about a megabyte per thousand documents; on a worker
    that checks millions that adds up, so the checker is rebuilt from the same rows every
    ``REBUILD_EVERY`` documents (a second's work). Caches never change a verdict, so neither does this.
    """

    REBUILD_EVERY: ClassVar[int] = 20_000
    _by_key: ClassVar[dict[str, tuple[Checker, list[tuple[object, ...]], int]]] = {}

    @classmethod
    def install(cls, store_key: str, rows: list[tuple[object, ...]]) -> None:
        if store_key not in cls._by_key:
            cls._by_key[store_key] = (cls._build(rows), rows, 0)

    @staticmethod
    def _build(rows: list[tuple[object, ...]]) -> Checker:
        from usmx.check import Checker
        from usmx.model import OBS_COLUMNS, row_to_observation
        from usmx.store import Store

        names = list(OBS_COLUMNS)
        return Checker(Store.in_memory(row_to_observation(dict(zip(names, r, strict=True))) for r in rows))

    @classmethod
    def checker(cls, store_key: str) -> Checker:
        try:
            return cls._by_key[store_key][0]
        except KeyError:
            raise RuntimeError("this worker has no store for the scan; was the scan's worker plugin "
                               "registered?") from None

    @classmethod
    def checked(cls, store_key: str, documents: int) -> None:
        """Count documents checked; past ``REBUILD_EVERY``, start again with empty caches."""
        checker, rows, count = cls._by_key[store_key]
        count += documents
        if count >= cls.REBUILD_EVERY:
            checker, count = cls._build(rows), 0
        cls._by_key[store_key] = (checker, rows, count)


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def split_done(out: Path, index: int, key: str) -> dict[str, Any] | None:
    """The summary of a partition already written for this key, else None."""
    path = out / "documents" / part_name(index)
    if not path.is_file() or not (out / "claims" / part_name(index)).is_file():
        return None
    try:
        meta = pq.read_schema(path).metadata or {}
        saved = json.loads(meta.get(META_KEY, b"{}"))
    except (OSError, ValueError):
        return None
    return saved if saved.get("key") == key else None


Report = Callable[[int, int, int], None]  # (split index, documents so far, claims so far)


def run_split(split: Split, ctx: ScanContext, report: Report | None = None) -> SplitResult:
    """Check one split, or find it done; return its counts."""
    started = time.perf_counter()
    records = list(read_split(Path(ctx.root), split))
    content = hashlib.sha256()
    for r in records:
        content.update(bytes.fromhex(r.key))
    content_sha = content.hexdigest()
    key = hashlib.sha256(f"{ctx.config_key}:{content_sha}".encode()).hexdigest()
    out = Path(ctx.out)
    saved = split_done(out, split.index, key)
    if saved is not None:
        result = SplitResult(split.index, content_sha, saved["documents"], saved["failed"], saved["claims"],
                             saved["verdicts"], saved["errors"], split.bytes, resumed=True)
        if report:
            report(split.index, result.documents, result.claims)
        return result
    checker = WorkerState.checker(ctx.store_key)
    result = SplitResult(split.index, content_sha, bytes=split.bytes)
    doc_rows, claim_rows = [], []
    for i, record in enumerate(records):
        checked = check_record(record, i, checker, ctx.today)
        doc_rows.append(checked.document)
        claim_rows.extend(checked.claims)
        _count(result, checked.document, checked.claims)
        if report and (i + 1) % PROGRESS_EVERY == 0:
            report(split.index, i + 1, len(claim_rows))
    WorkerState.checked(ctx.store_key, len(records))
    _write(out / "claims" / part_name(split.index), claims_table(claim_rows), None)
    summary = {**result.summary(), "key": key}
    _write(out / "documents" / part_name(split.index), documents_table(doc_rows), summary)
    result.seconds = time.perf_counter() - started
    if report:
        report(split.index, result.documents, result.claims)
    return result


def _count(result: SplitResult, doc: dict[str, Any], claims: list[dict[str, Any]]) -> None:
    result.documents += 1
    if doc["error"] is not None:
        result.failed += 1
        if len(result.errors) < ERRORS_KEPT:
            result.errors.append({"doc_id": doc["doc_id"], "source": doc["source"], "error": doc["error"]})
    result.claims += len(claims)
    for c in claims:
        label = c["verdict_label"]
        result.verdicts[label] = result.verdicts.get(label, 0) + 1


def _write(path: Path, table: Any, summary: dict[str, Any] | None) -> None:
    """Write a Parquet file whole or not at all; the same rows always give the same bytes."""
    if summary is not None:
        meta = dict(table.schema.metadata or {})
        meta[META_KEY] = json.dumps(summary, sort_keys=True).encode()
        table = table.replace_schema_metadata(meta)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd", row_group_size=64_000)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
