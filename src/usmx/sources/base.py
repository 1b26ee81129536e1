"""What every importer shares: the dataset description, file hashing, strict CSV reading.

An importer is one module per official dataset exposing ``DATASET``. Importers are
strict on purpose: a file whose header or rows do not look like the publisher's format
is refused with its name and line number, because a silently mis-read file would put
wrong official figures in front of users.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from usmx.errors import UpstreamError, UsmxError
from usmx.model import Observation, Source

MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024
DOWNLOAD_TIMEOUT_S = 60.0


class SourceFileError(UsmxError, ValueError):
    """A source file that is not in the publisher's format (names the file and line)."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        where = f"{self.path.name}" + (f", line {line}" if line is not None else "")
        super().__init__(f"{where}: {message}")


class FetchError(UpstreamError, RuntimeError):
    """A download that failed (network, HTTP status, size)."""


@dataclass(frozen=True)
class Dataset:
    """An official dataset and how to read it.

    ``files`` are glob patterns matched against file names in a folder (``update --from``
    and ``snapshot build``). ``download_url`` is the publisher's own file or API, used by
    ``fetch``; None means the dataset cannot be fetched automatically (for example,
    figures entered from publications, which ship with the package).
    """

    name: str
    title: str
    publisher: str
    page_url: str
    files: tuple[str, ...]
    parse: Callable[[Path], list[Observation]]
    download_url: str | None = None
    download_name: str | None = None
    # Publishers that move their files every month (CBP) keep them linked from a fixed page:
    # (page URL, regular expression for the file's link on it). The newest-looking link wins.
    link_pages: tuple[tuple[str, str], ...] = ()

    def matches(self, path: Path) -> bool:
        return any(path.match(pattern) for pattern in self.files)

    @property
    def fetchable(self) -> bool:
        return self.download_url is not None or bool(self.link_pages)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def vintage_for(path: Path, sha: str, known: dict[str, str]) -> str:
    """The release date of a file: known for the files we have checked, else its mtime.

    Known hashes make the bundled snapshot reproducible; any other file (a fresh download)
    is dated by when it landed on disk, which for a download is the retrieval date.
    """
    if sha in known:
        return known[sha]
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date().isoformat()


def file_source(
    path: Path, dataset: Dataset | str, url: str, publisher: str, known: dict[str, str],
    *, release: str | None = None,
) -> Source:
    """Where every observation read from ``path`` came from: its hash and release date.

    The release is ``release`` when the file states it (WDI's "Last Updated Date"), else
    the known release of a checked file, else the file's mtime (see ``vintage_for``).
    """
    sha = sha256_file(path)
    name = dataset.name if isinstance(dataset, Dataset) else dataset
    return Source(
        dataset=name, url=url, sha256=sha, file=path.name,
        release=release or vintage_for(path, sha, known), publisher=publisher,
    )


def read_text(path: Path, encodings: Sequence[str] = ("utf-8-sig",)) -> str:
    """Read a text file, refusing binary or undecodable content with a clear message."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceFileError(path, f"cannot read file ({exc.strerror})") from None
    if not raw.strip():
        raise SourceFileError(path, "file is empty")
    if b"\x00" in raw[:4096]:
        raise SourceFileError(path, "file is binary, expected CSV text")
    for enc in encodings:
        try:
            return raw.decode(enc)
        except UnicodeDecodeError as exc:
            last = exc
    line = raw[: last.start].count(b"\n") + 1
    raise SourceFileError(path, f"not valid {encodings[-1]} text", line)


def csv_rows(
    path: Path, header: Sequence[str], *, encodings: Sequence[str] = ("utf-8-sig",), skip: int = 0
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for a CSV whose header must contain ``header``.

    Rows with a different number of fields than the header are refused: that is what a
    truncated or hand-edited file looks like.
    """
    text = read_text(path, encodings)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for _ in range(skip):
            next(reader)
        got = next(reader)
    except StopIteration:
        raise SourceFileError(path, "file has no header") from None
    except csv.Error as exc:
        raise SourceFileError(path, f"malformed CSV ({exc})", reader.line_num) from None
    missing = [h for h in header if h not in got]
    if missing:
        raise SourceFileError(
            path, f"header lacks column(s) {', '.join(missing)}; found {', '.join(got[:12])}", reader.line_num
        )
    try:
        for row in reader:
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(row) != len(got):
                raise SourceFileError(
                    path, f"expected {len(got)} fields, found {len(row)} (truncated or malformed row)", reader.line_num
                )
            yield reader.line_num, dict(zip(got, row, strict=True))
    except csv.Error as exc:
        raise SourceFileError(path, f"malformed CSV ({exc})", reader.line_num) from None


_NUM = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$")
_READ_LINES: ContextVar[dict[float, int] | None] = ContextVar("_READ_LINES", default=None)


def number(path: Path, line: int, text: str, what: str) -> float:
    """Parse a published number (thousands separators allowed), or refuse the line."""
    t = text.strip().replace(",", "")
    if not _NUM.match(t):
        raise SourceFileError(path, f"{what} is not a number: {text!r}", line)
    value = float(t)
    if not math.isfinite(value):  # "1e400" matches the pattern and reads as infinity
        raise SourceFileError(path, f"{what} is not a finite number: {text!r}", line)
    seen = _READ_LINES.get()
    if seen is not None:
        seen.setdefault(value, line)
    return value


@contextmanager
def recording_lines() -> Iterator[dict[float, int]]:
    """While open, every number read by ``number`` is remembered with the first line it was on.

    The domain check (``usmx.domain``) runs on the observations an importer returns, which
    carry no line numbers; this lets its refusal point at the line a bad value came from.
    """
    seen: dict[float, int] = {}
    token = _READ_LINES.set(seen)
    try:
        yield seen
    finally:
        _READ_LINES.reset(token)


def iso_date(path: Path, line: int, text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise SourceFileError(path, f"{what} is not a date (YYYY-MM-DD): {text!r}", line) from None


_HREF = re.compile(r"""href\s*=\s*["']([^"'#]+)["']""", re.IGNORECASE)
_HEADERS = {"User-Agent": "usmx (+https://pypi.org/project/usmx/)"}


def find_links(html: str, base_url: str, pattern: str) -> list[str]:
    """Absolute URLs of the links in a page whose target matches ``pattern``, newest-looking first.

    CBP names its files by the fiscal years and month they cover and files them under the month
    of upload (``/2025-09/sbo-encounters-fy22-fy25-aug.csv``), so the link sorting last is the
    latest; one link per file name is kept.
    """
    from urllib.parse import unquote, urljoin

    rx = re.compile(pattern, re.IGNORECASE)
    by_name: dict[str, str] = {}
    for m in _HREF.finditer(html):
        url = urljoin(base_url, m.group(1).strip())
        if not url.startswith("https://"):
            continue
        name = unquote(url.rsplit("/", 1)[-1].split("?")[0])
        if rx.search(name):
            by_name[name.lower()] = max(url, by_name.get(name.lower(), ""))
    return [by_name[n] for n in sorted(by_name, key=_recency, reverse=True)]


_FY_MONTH_ORDER = ("oct", "nov", "dec", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep")


def _recency(name: str) -> tuple[int, int, str]:
    """How recent a file name looks: its last fiscal year, then the month it runs to ("-aug")."""
    years = [int(y) for y in re.findall(r"fy-?(\d\d)\b", name)]
    month = next((i for i, m in enumerate(_FY_MONTH_ORDER) if re.search(rf"-{m}\w*\.", name)), len(_FY_MONTH_ORDER))
    return (max(years, default=0), month, name)


def discover(dataset: Dataset, *, timeout: float = DOWNLOAD_TIMEOUT_S) -> list[str]:
    """The URLs of the dataset's current files: its fixed URL, or the links on its publisher's pages."""
    import httpx

    if dataset.download_url is not None:
        return [dataset.download_url]
    if not dataset.link_pages:
        raise FetchError(
            f"{dataset.name}: no stable download URL; download it from {dataset.page_url} "
            "and run `usmx update --from FOLDER`"
        )
    urls: list[str] = []
    for page, pattern in dataset.link_pages:
        try:
            resp = httpx.get(page, timeout=timeout, follow_redirects=True, headers=_HEADERS)
        except httpx.HTTPError as exc:
            raise FetchError(f"{dataset.name}: cannot read {page} ({exc.__class__.__name__})") from None
        if resp.status_code != 200:
            raise FetchError(f"{dataset.name}: HTTP {resp.status_code} from {page}")
        found = find_links(resp.text[:MAX_DOWNLOAD_BYTES], str(resp.url), pattern)
        if not found:
            raise FetchError(f"{dataset.name}: no link matching {pattern!r} on {page}; the page may have changed")
        urls.append(found[0])
    return urls


def fetch_all(dataset: Dataset, dest: Path, *, timeout: float = DOWNLOAD_TIMEOUT_S) -> list[Path]:
    """Download every current file of the dataset into ``dest``."""
    return [_download(dataset, url, dest, None if dataset.link_pages else dataset.download_name, timeout)
            for url in discover(dataset, timeout=timeout)]


def fetch(dataset: Dataset, dest: Path, *, timeout: float = DOWNLOAD_TIMEOUT_S) -> Path:
    """Download the dataset's official file into ``dest`` (size- and time-limited)."""
    if dataset.download_url is None:
        raise FetchError(
            f"{dataset.name}: no stable download URL; download it from {dataset.page_url} "
            "and run `usmx update --from FOLDER`"
        )
    return _download(dataset, dataset.download_url, dest, dataset.download_name, timeout)


def _download(dataset: Dataset, url: str, dest: Path, name: str | None, timeout: float) -> Path:
    from urllib.parse import unquote

    import httpx

    # the name comes from a URL: keep it to one plain file name inside ``dest``
    name = re.sub(r"[^A-Za-z0-9._-]", "_", Path(name or unquote(url.rsplit("/", 1)[-1].split("?")[0])).name)
    if not name.strip("._"):
        name = f"{dataset.name}.download"
    target = dest / name
    tmp = target.with_suffix(target.suffix + ".part")
    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True, headers=_HEADERS) as resp:
            if resp.status_code != 200:
                raise FetchError(f"{dataset.name}: HTTP {resp.status_code} from {url}")
            size = 0
            with tmp.open("wb") as fh:
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > MAX_DOWNLOAD_BYTES:
                        raise FetchError(f"{dataset.name}: download larger than {MAX_DOWNLOAD_BYTES} bytes")
                    fh.write(chunk)
    except httpx.HTTPError as exc:
        tmp.unlink(missing_ok=True)
        raise FetchError(f"{dataset.name}: download failed ({exc.__class__.__name__}: {exc})") from None
    except FetchError:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(target)
    return target
