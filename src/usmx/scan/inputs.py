"""Reading a corpus: which files it holds, how they are cut into splits, and the records of each.

The client plans splits from file metadata alone (names, sizes, Parquet row groups), never
reading a document, so planning a hundred-million-document archive costs a directory listing
and the workers read their own bytes. Splits are sized by bytes, not documents, because the
time to check a document grows with its length.

A split of a JSON Lines file is a byte range; a line belongs to the split its first byte
falls in, so ranges can be cut anywhere and every line is read exactly once. A gzipped file
is cut the same way on its decompressed stream (each worker decompresses up to its range:
gzip cannot be entered in the middle), sized by the length the gzip trailer records.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, Literal

from usmx.errors import UsmxError

DOC_SUFFIXES = (".txt", ".md", ".html", ".htm")
LINE_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json.gz")
PARQUET_SUFFIXES = (".parquet",)
FIELDS = ("id", "text", "url", "outlet", "published")

SplitKind = Literal["files", "lines", "parquet"]


class CorpusError(UsmxError, ValueError):
    """The corpus cannot be scanned at all (missing, empty, of no known format)."""


@dataclass(frozen=True)
class Split:
    """One unit of work: what a worker reads, sized by bytes. Paths are relative to the corpus root."""

    index: int
    kind: SplitKind
    files: tuple[str, ...]
    start: int = 0  # lines: first byte (of the decompressed stream); parquet: first row of the row group
    end: int | None = None  # lines: end byte, None for the end of the file; parquet: end row
    row_group: int = 0
    bytes: int = 0


@dataclass(frozen=True)
class Record:
    """A document as the input holds it, before it is decoded and checked."""

    id: str
    data: bytes | None  # the document's bytes (a file's, or the text column's as UTF-8)
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    source: str = ""  # where it was read: a file, with the line's byte offset or the row
    is_file: bool = False  # a file whose name decides its kind (.html, .txt)
    error: str | None = None

    @property
    def key(self) -> str:
        """The document's content hash: it names the document for resuming and across runs."""
        digest = hashlib.sha256(self.data or b"").hexdigest()
        pub = self.published.isoformat() if self.published else None
        head = json.dumps([self.id, self.url, self.outlet, pub, digest, self.error], ensure_ascii=False)
        return hashlib.sha256(head.encode("utf-8")).hexdigest()


def _suffix_kind(path: Path) -> SplitKind | None:
    name = path.name.lower()
    if name.endswith(LINE_SUFFIXES):
        return "lines"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if name.endswith(DOC_SUFFIXES):
        return "files"
    return None


def corpus_files(corpus: Path) -> tuple[Path, list[str]]:
    """The root and the files of a corpus (a folder, walked in name order, or one file)."""
    if not corpus.exists():
        raise CorpusError(f"{corpus}: no such file or folder")
    if corpus.is_file():
        if _suffix_kind(corpus) is None:
            raise CorpusError(f"{corpus}: not a corpus file (.jsonl, .jsonl.gz, .parquet, .txt, .html)")
        return corpus.parent, [corpus.name]
    found = []
    for dirpath, dirnames, filenames in os.walk(corpus):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            path = Path(dirpath) / name
            if not name.startswith(".") and _suffix_kind(path) is not None:
                found.append(path.relative_to(corpus).as_posix())
    if not found:
        raise CorpusError(f"{corpus}: holds no .txt, .html, .jsonl(.gz) or .parquet files")
    return corpus, sorted(found)


RAMP = 4  # the first splits are 1/16, 1/8, 1/4 and 1/2 of the size, so the first results come in seconds


class _Sizes:
    """The size of the next split: small at first, then ``partition_bytes``."""

    def __init__(self, partition_bytes: int) -> None:
        self.full = max(1, partition_bytes)
        self.n = 0

    def next(self) -> int:
        size = max(1, self.full >> max(0, RAMP - self.n))
        self.n += 1
        return size


def plan(corpus: Path, partition_bytes: int) -> tuple[Path, list[Split]]:
    """Cut the corpus into splits of about ``partition_bytes`` each (smaller at first), in a fixed order."""
    root, files = corpus_files(corpus)
    sizes = _Sizes(partition_bytes)
    splits: list[Split] = []
    batch: list[str] = []
    batch_bytes = 0
    limit = sizes.next()

    def flush() -> None:
        nonlocal batch, batch_bytes, limit
        if batch:
            splits.append(Split(len(splits), "files", tuple(batch), bytes=batch_bytes))
            batch, batch_bytes, limit = [], 0, sizes.next()

    for rel in files:
        path = root / rel
        kind = _suffix_kind(path)
        if kind == "files":
            batch.append(rel)
            batch_bytes += path.stat().st_size
            if batch_bytes >= limit:
                flush()
            continue
        flush()
        if kind == "lines":
            found = list(_line_splits(root, rel, sizes, limit))
            limit = sizes.next()
        else:
            found = list(_parquet_splits(root, rel, partition_bytes))
        for split in found:
            splits.append(Split(len(splits), split.kind, split.files, split.start, split.end, split.row_group,
                                split.bytes))
    flush()
    return root, splits


def _stream_size(path: Path) -> int:
    """The decompressed size of a gzip file as its trailer records it (modulo 4 GiB), else the file's size."""
    size = path.stat().st_size
    if not path.name.lower().endswith(".gz") or size < 18:
        return size
    with path.open("rb") as fh:
        fh.seek(-4, os.SEEK_END)
        return max(int.from_bytes(fh.read(4), "little"), size)


def _line_splits(root: Path, rel: str, sizes: _Sizes, first: int) -> Iterator[Split]:
    """Byte ranges over the file: ``first`` bytes, then each next size; the last runs to the end."""
    size = _stream_size(root / rel)
    start, step = 0, first
    while start + step < size:
        yield Split(0, "lines", (rel,), start, start + step, bytes=step)
        start, step = start + step, sizes.next()
    yield Split(0, "lines", (rel,), start, None, bytes=max(0, size - start))


def _parquet_splits(root: Path, rel: str, partition_bytes: int) -> Iterator[Split]:
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(root / rel).metadata
    for g in range(meta.num_row_groups):
        group = meta.row_group(g)
        rows, size = group.num_rows, group.total_byte_size
        n = max(1, math.ceil(size / partition_bytes))
        step = math.ceil(rows / n) if rows else 1
        for i in range(n):
            start, end = i * step, min(rows, (i + 1) * step)
            if start < end or (rows == 0 and i == 0):
                yield Split(0, "parquet", (rel,), start, end, g, bytes=size // n)


def read_split(root: Path, split: Split) -> Iterator[Record]:
    """The records of one split, in input order; an unreadable one is a record with an error."""
    if split.kind == "files":
        for rel in split.files:
            yield _file_record(root, rel)
    elif split.kind == "lines":
        yield from _line_records(root, split)
    else:
        yield from _parquet_records(root, split)


def _file_record(root: Path, rel: str) -> Record:
    try:
        data = (root / rel).read_bytes()
    except OSError as exc:
        return Record(rel, None, source=rel, is_file=True, error=f"cannot read: {exc.strerror or exc}")
    return Record(rel, data, source=rel, is_file=True)


def _open_stream(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _line_records(root: Path, split: Split) -> Iterator[Record]:
    rel = split.files[0]
    with _open_stream(root / rel) as fh:
        pos = split.start
        if pos > 0:
            fh.seek(pos - 1)
            pos += len(fh.readline()) - 1  # the line holding byte start-1 belongs to the split before
        while split.end is None or pos < split.end:
            line = fh.readline()
            if not line:
                break
            at, pos = pos, pos + len(line)
            if line.strip():
                yield _json_record(line, f"{rel}@{at}")


def _json_record(line: bytes, source: str) -> Record:
    try:
        row = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return Record(source, line, source=source, error=f"not a JSON object: {exc}")
    if not isinstance(row, dict):
        return Record(source, line, source=source, error="not a JSON object")
    return _row_record(row, source)


def _row_record(row: dict[str, Any], source: str) -> Record:
    ident = row.get("id")
    doc_id = str(ident) if ident not in (None, "") else source
    text = row.get("text")
    error = None
    data: bytes | None = None
    if isinstance(text, str):
        data = text.encode("utf-8", "surrogatepass")
    elif isinstance(text, bytes):
        data = text
    else:
        error = "no text" if text is None else f"text is a {type(text).__name__}, not a string"
    published, bad = _date(row.get("published"))
    if bad and error is None:
        error = bad
    return Record(doc_id, data, _opt(row.get("url")), _opt(row.get("outlet")), published, source, error=error)


def _opt(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: Any) -> tuple[date | None, str | None]:
    """A publication date from a column: a date, a datetime, or ISO text (a time part is dropped)."""
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10]), None
        except ValueError:
            pass
    return None, f"published is not a date YYYY-MM-DD: {str(value)[:40]!r}"


def _parquet_records(root: Path, split: Split) -> Iterator[Record]:
    import pyarrow.parquet as pq

    rel = split.files[0]
    pf = pq.ParquetFile(root / rel)
    columns = [c for c in FIELDS if c in pf.schema_arrow.names]
    row = 0
    end = split.end if split.end is not None else pf.metadata.row_group(split.row_group).num_rows
    for batch in pf.iter_batches(batch_size=1024, row_groups=[split.row_group], columns=columns):
        if row + batch.num_rows <= split.start:
            row += batch.num_rows
            continue
        for i, values in enumerate(batch.to_pylist()):
            at = row + i
            if split.start <= at < end:
                yield _row_record(values, f"{rel}#{split.row_group}:{at}")
        row += batch.num_rows
        if row >= end:
            break
