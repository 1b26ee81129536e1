"""Checking a whole archive: ``scan_corpus`` reads a corpus, checks every document on Dask, and
writes a Parquet dataset of claims with a manifest.

The output is meant to be cited: the same input, read against the same store, gives the same
bytes, so two people (or one person a year apart) can tell whether they hold the same scan.
That rules out anything that varies from run to run in the files: no timestamps, no worker
names, rows in input order. Undated documents that carry no evidence of their date are read
against the store's newest release rather than the day the scan ran, for the same reason
(``usmx check`` reads them against today).

Output layout (``DIR``)::

    claims/part-00000.parquet      one row per claim: the JSON contract flattened, with doc_key,
                                   doc_id, outlet, url and the publication date
    documents/part-00000.parquet   one row per document: its key, counts, and its error if any
    manifest.json                  usmx version, store vintages, input hash, counts, errors

A scan that is stopped leaves whole partitions behind; run the same command again and only the
missing ones are checked (see ``usmx.scan.work``).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from usmx import __version__
from usmx.scan.inputs import CorpusError, Split, plan
from usmx.scan.work import ScanContext, SplitResult, WorkerState, part_name, run_split

if TYPE_CHECKING:
    from usmx.store import Store

__all__ = ["DEFAULT_PARTITION_BYTES", "CorpusError", "ScanProgress", "ScanResult", "scan_corpus"]

DEFAULT_PARTITION_BYTES = 256 * 1024  # about 50 full-length news stories, two seconds of one core
FORMAT = 1
TOPIC = "usmx-scan"
ERRORS_IN_MANIFEST = 1000


@dataclass(frozen=True)
class ScanProgress:
    """Where a running scan stands; handed to the progress callback a few times a second."""

    partitions: int
    partitions_done: int
    bytes_total: int
    bytes_done: int
    documents: int
    claims: int
    failed: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class ScanResult:
    out: Path
    manifest: dict[str, Any]
    complete: bool
    seconds: float
    first_result_seconds: float | None  # from the call to the first partition written (or found done)
    resumed: int  # partitions found already done
    workers: int

    @property
    def documents(self) -> int:
        return int(self.manifest["counts"]["documents"])

    @property
    def claims(self) -> int:
        return int(self.manifest["counts"]["claims"])


def store_rows(store: Store) -> tuple[str, list[tuple[object, ...]]]:
    """The store's observations as rows in a fixed order, and their hash (the scan's vintages)."""
    from usmx.model import observation_to_row

    rows = sorted((observation_to_row(o) for o in store.observations()), key=lambda r: tuple(map(str, r)))
    digest = hashlib.sha256(json.dumps(rows, default=str, ensure_ascii=False).encode()).hexdigest()
    return digest, rows


def store_vintages(store: Store) -> dict[str, str]:
    """The newest vintage of each dataset: what "the store's vintages" means in the manifest."""
    out: dict[str, str] = {}
    for o in store.observations():
        out[o.source.dataset] = max(out.get(o.source.dataset, ""), o.vintage)
    return dict(sorted(out.items()))


def scan_corpus(
    corpus: Path | str,
    out: Path | str,
    *,
    store: Store | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    client: Any = None,
    partition_bytes: int = DEFAULT_PARTITION_BYTES,
    today: date | None = None,
    progress: Callable[[ScanProgress], None] | None = None,
    stop_after: int | None = None,
) -> ScanResult:
    """Check every document of ``corpus`` and write the claims dataset and manifest to ``out``.

    ``client`` (a ``distributed.Client``) or ``scheduler`` (its address) runs the scan on that
    cluster; else Dask's configured ``scheduler-address``; else a local cluster of ``workers``
    processes (default: one per core). ``workers=0`` checks in this process, without Dask.
    ``stop_after`` stops once that many partitions are written (for tests of resuming);
    ``today`` is the date an undated text with no evidence is read against (default: the
    store's newest release).
    """
    started = time.perf_counter()
    root, splits = plan(Path(corpus), partition_bytes)
    if store is None:
        from usmx.store import open_store

        store = open_store()
    store_key, rows = store_rows(store)
    vintages = store_vintages(store)
    when = today or date.fromisoformat(max(vintages.values()))
    config = {"usmx": __version__, "format": FORMAT, "store": store_key, "today": when.isoformat()}
    config_key = hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    ctx = ScanContext(str(root.resolve()), str(out_dir.resolve()), store_key, config_key, when)
    tracker = _Tracker(splits, started, progress)
    runner = _run_local if workers == 0 and client is None and scheduler is None else _run_dask
    results, n_workers = runner(splits, ctx, rows, tracker, stop_after, client=client, scheduler=scheduler,
                                workers=workers)
    tracker.flush()
    complete = len(results) == len(splits) and all(isinstance(r, SplitResult) for r in results.values())
    manifest = _manifest(Path(corpus), splits, results, store, store_key, vintages, when, partition_bytes)
    if complete:
        _tidy(out_dir, len(splits))
        _write_json(out_dir / "manifest.json", manifest)
    return ScanResult(out_dir, manifest, complete, time.perf_counter() - started, tracker.first_result,
                      sum(1 for r in results.values() if isinstance(r, SplitResult) and r.resumed), n_workers)


class _Tracker:
    """Progress across splits, kept as running totals (a scan may have hundreds of thousands of splits).

    Workers report (split, documents so far, claims so far); a finished split's own counts replace
    its last report. Dask calls ``report`` from its event loop, the scan loop calls ``finish``.
    """

    def __init__(self, splits: list[Split], started: float, callback: Callable[[ScanProgress], None] | None):
        self.sizes = {s.index: s.bytes for s in splits}
        self.bytes_total = sum(self.sizes.values())
        self.started = started
        self.callback = callback
        self.lock = threading.Lock()
        self.running: dict[int, tuple[int, int]] = {}
        self.finished: set[int] = set()
        self.docs = self.claims = self.failed = self.bytes_done = 0
        self.first_result: float | None = None
        self.last_call = 0.0

    def report(self, index: int, documents: int, claims: int) -> None:
        with self.lock:
            if index in self.finished:
                return
            d0, c0 = self.running.get(index, (0, 0))
            self.running[index] = (documents, claims)
            self.docs += documents - d0
            self.claims += claims - c0
        self._maybe_call()

    def finish(self, result: SplitResult | BaseException, index: int) -> None:
        with self.lock:
            d0, c0 = self.running.pop(index, (0, 0))
            self.finished.add(index)
            if isinstance(result, SplitResult):
                self.docs += result.documents - d0
                self.claims += result.claims - c0
                self.failed += result.failed
            else:
                self.docs -= d0
                self.claims -= c0
            self.bytes_done += self.sizes.get(index, 0)
            if self.first_result is None:
                self.first_result = time.perf_counter() - self.started
        self._maybe_call(force=True)

    def snapshot(self) -> ScanProgress:
        with self.lock:
            return ScanProgress(partitions=len(self.sizes), partitions_done=len(self.finished),
                                bytes_total=self.bytes_total, bytes_done=self.bytes_done, documents=self.docs,
                                claims=self.claims, failed=self.failed,
                                seconds=time.perf_counter() - self.started)

    def _maybe_call(self, force: bool = False) -> None:
        now = time.perf_counter()
        if self.callback is None or now - self.last_call < (0.05 if force else 0.2):
            return
        self.last_call = now
        self.callback(self.snapshot())

    def flush(self) -> None:
        if self.callback is not None:
            self.callback(self.snapshot())


Outcome = dict[int, SplitResult | BaseException]


def _run_local(splits: list[Split], ctx: ScanContext, rows: list[tuple[object, ...]], tracker: _Tracker,
               stop_after: int | None, **_: Any) -> tuple[Outcome, int]:
    WorkerState.install(ctx.store_key, rows)
    results: Outcome = {}
    for split in splits:
        if stop_after is not None and len(results) >= stop_after:
            break
        try:
            results[split.index] = run_split(split, ctx, tracker.report)
        except Exception as exc:  # a split that cannot be read is recorded; the others still run
            results[split.index] = exc
        tracker.finish(results[split.index], split.index)
    return results, 1


def _run_dask(splits: list[Split], ctx: ScanContext, rows: list[tuple[object, ...]], tracker: _Tracker,
              stop_after: int | None, *, client: Any = None, scheduler: str | None = None,
              workers: int | None = None) -> tuple[Outcome, int]:
    import dask
    from distributed import Client, LocalCluster, as_completed

    own: list[Any] = []
    if client is None:
        address = scheduler or dask.config.get("scheduler-address", None)
        if address:
            client = Client(address)
        else:
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                   processes=True, dashboard_address=":0")
            own.append(cluster)
            client = Client(cluster)
        own.insert(0, client)
    try:
        client.register_plugin(StorePlugin(ctx.store_key, rows), name=f"usmx-scan-{ctx.store_key[:16]}")
        client.subscribe_topic(TOPIC, lambda event: tracker.report(*event[1]))
        # fresh keys each run: a cluster that still holds an earlier run's result must not answer for this one
        run = uuid.uuid4().hex[:12]
        futures = client.map(_task, splits, ctx=ctx, key=[f"usmx-scan-{run}-{s.index}" for s in splits])
        by_key = {f.key: s.index for f, s in zip(futures, splits, strict=True)}
        results: Outcome = {}
        for future in as_completed(futures):
            index = by_key[future.key]
            try:
                results[index] = future.result()
            except Exception as exc:
                results[index] = exc
            tracker.finish(results[index], index)
            if stop_after is not None and len(results) >= stop_after:
                client.cancel(futures)
                break
        n_workers = len(client.scheduler_info().get("workers", {}))
        client.unsubscribe_topic(TOPIC)
        return results, n_workers
    finally:
        for thing in own:
            thing.close()


def _task(split: Split, ctx: ScanContext) -> SplitResult:
    """A split on a Dask worker, reporting progress to the client as it goes."""
    from distributed import get_worker

    worker = get_worker()
    return run_split(split, ctx, lambda i, d, c: worker.log_event(TOPIC, (i, d, c)))


def _plugin_base() -> type:
    from distributed import WorkerPlugin

    return WorkerPlugin


class StorePlugin(_plugin_base()):  # type: ignore[misc]
    """Builds the worker's checker from the client's observations when the worker joins, once."""

    def __init__(self, store_key: str, rows: list[tuple[object, ...]]) -> None:
        self.store_key = store_key
        self.rows = rows

    def setup(self, worker: Any) -> None:
        WorkerState.install(self.store_key, self.rows)


def _manifest(corpus: Path, splits: list[Split], results: Outcome, store: Store, store_key: str,
              vintages: dict[str, str], today: date, partition_bytes: int) -> dict[str, Any]:
    content = hashlib.sha256()
    counts = {"documents": 0, "checked": 0, "failed": 0, "claims": 0, "partitions": len(splits),
              "partitions_failed": 0}
    verdicts: dict[str, int] = {}
    errors: list[dict[str, str]] = []
    for split in splits:
        r = results.get(split.index)
        if isinstance(r, SplitResult):
            content.update(bytes.fromhex(r.content_sha))
            counts["documents"] += r.documents
            counts["failed"] += r.failed
            counts["claims"] += r.claims
            for label, n in r.verdicts.items():
                verdicts[label] = verdicts.get(label, 0) + n
            errors.extend({"doc_id": e["doc_id"], "source": e["source"], "error": e["error"]} for e in r.errors)
        elif r is not None:
            counts["partitions_failed"] += 1
            errors.append({"doc_id": None, "source": ", ".join(split.files),  # type: ignore[dict-item]
                           "error": f"partition {split.index} could not be read: {r}"})
    counts["checked"] = counts["documents"] - counts["failed"]
    files = sorted({f for s in splits for f in s.files})
    return {
        "usmx_version": __version__,
        "format": FORMAT,
        "input": {"path": str(corpus), "files": len(files), "bytes": sum(s.bytes for s in splits),
                  "sha256": content.hexdigest()},
        "store": {"observations": len(store.observations()), "sha256": store_key, "vintages": vintages},
        "settings": {"partition_bytes": partition_bytes, "undated_read_as_of": today.isoformat()},
        "counts": {**counts, "verdicts": dict(sorted(verdicts.items()))},
        "errors": errors[:ERRORS_IN_MANIFEST],
        "errors_total": counts["failed"] + counts["partitions_failed"],
        "datasets": {"claims": "claims/*.parquet", "documents": "documents/*.parquet"},
    }


def _tidy(out: Path, n: int) -> None:
    """Remove partitions beyond this scan's (a larger earlier input) and temporary files left by a kill."""
    keep = {part_name(i) for i in range(n)}
    for sub in ("claims", "documents"):
        folder = out / sub
        for path in _listing(folder):
            if path.name not in keep:
                path.unlink(missing_ok=True)


def _listing(folder: Path) -> Iterable[Path]:
    return sorted(folder.iterdir()) if folder.is_dir() else []


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n", "utf-8")
    os.replace(tmp, path)
