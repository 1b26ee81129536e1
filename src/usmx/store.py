"""The embedded store: every observation, every vintage, in one DuckDB file.

Two promises shape this module. History is never lost: an update only adds rows (a new
vintage of a figure sits beside the old one), so revisions stay queryable. And an update
is all or nothing: files are parsed completely before the store is touched, and rows are
written in one transaction, so a bad file or an interrupted run leaves the store as it was.

Queries load an indicator's observations once and answer in Python: the series are small
(thousands of rows), and the rules for choosing and deriving a figure read better as code
than as SQL.
"""

from __future__ import annotations

import math
import os
import tempfile
import time
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

from usmx.catalog import Catalog, load_catalog
from usmx.errors import BrokenFilesError
from usmx.model import OBS_COLUMNS, STATUS_RANK, Observation, Source, observation_to_row
from usmx.periods import Period

ENV_VAR = "USMX_DB"
LOCK_WAIT_ENV = "USMX_LOCK_WAIT"
DEFAULT_LOCK_WAIT_S = 30.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS observations (
    indicator VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    period_kind VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    value_high DOUBLE,
    status VARCHAR NOT NULL,
    vintage DATE NOT NULL,
    dataset VARCHAR NOT NULL,
    url VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    file VARCHAR NOT NULL,
    release VARCHAR,
    publisher VARCHAR,
    attribution VARCHAR,
    note VARCHAR,
    load_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS loads (
    load_id INTEGER PRIMARY KEY,
    loaded_at TIMESTAMP NOT NULL,
    origin VARCHAR NOT NULL,
    dataset VARCHAR NOT NULL,
    file VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    rows_added INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
"""

# The identity of an observation: the same figure from the same file is stored once.
_KEY = ("indicator", "period_start", "period_end", "status", "vintage", "dataset", "sha256", "value")


_SNAPSHOT_ORIGIN = "bundled snapshot"
SECONDARY_NOTE = "secondary source"


class StoreError(BrokenFilesError, RuntimeError):
    """The store could not be opened or written."""


class StoreBusy(StoreError):
    """Another process held the store for longer than we were willing to wait."""

    exit_code = 4  # documented: the store is busy, try again
    http_status = 503


@dataclass(frozen=True)
class Answer:
    """An official figure as answered to a query, with how it was obtained.

    ``derived`` is true when the figure was built from shorter periods (months or quarters)
    by the indicator's aggregation; ``parts`` says from how many. Status is the weakest
    status of the parts and vintage the newest.
    """

    indicator: str
    period: Period
    value: float
    status: str
    vintage: str
    source: Source
    derived: bool = False
    parts: int = 1
    attribution: str = ""
    note: str = ""
    value_high: float | None = None

    @property
    def label(self) -> str:
        return self.period.label

    @property
    def secondary_source(self) -> bool:
        """Read in a report quoting the publisher, not in the publisher's own release.

        Figures entered from publications say so at the start of their note (``published/
        figures.csv``); every output that shows the figure flags it.
        """
        return self.note.lower().startswith(SECONDARY_NOTE)


@dataclass(frozen=True)
class UpdateResult:
    files: int
    rows_read: int
    rows_added: int
    datasets: dict[str, int]


def default_path() -> Path:
    """``$USMX_DB`` if set, else ``usmx.duckdb`` in the user's data directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("usmx", appauthor=False)) / "usmx.duckdb"


def _better(a: Answer, b: Answer, rank: dict[str, int] = STATUS_RANK) -> bool:
    """Whether ``a`` beats ``b``: the preferred status (final first), then the newer vintage, then direct."""
    ka = (rank.get(a.status, 9), _neg(a.vintage), a.derived, _neg(a.period.end.isoformat()))
    kb = (rank.get(b.status, 9), _neg(b.vintage), b.derived, _neg(b.period.end.isoformat()))
    return ka < kb


def _neg(vintage: str) -> tuple[int, ...]:
    return tuple(-int(x) for x in vintage.split("-") if x.isdigit())


def _answer(o: Observation) -> Answer:
    return Answer(
        indicator=o.indicator, period=o.period, value=o.value, status=o.status, vintage=o.vintage,
        source=o.source, attribution=o.attribution, note=o.note, value_high=o.value_high,
    )


def _aggregate(values: list[float], how: str) -> float:
    if how == "sum":
        return float(sum(values))
    if how == "mean":
        return float(sum(values) / len(values))
    return float(values[-1])


class Store:
    """Read access to the observations, with the choice and derivation rules in one place."""

    def __init__(
        self, observations: Iterable[Observation] | _Groups, catalog: Catalog | None = None,
        path: Path | None = None,
        as_of: str | None = None,
    ) -> None:
        self.path = path
        self.catalog = catalog or load_catalog()
        self.as_of_date = as_of
        self._by_ind: dict[str, list[Observation]] | _Groups
        if isinstance(observations, _Groups):
            self._by_ind = observations.as_of(as_of)
        else:
            self._by_ind = defaultdict(list)
            for o in observations:
                if as_of is None or o.vintage <= as_of:
                    self._by_ind[o.indicator].append(o)
        self._cache: dict[tuple[str, str, date, date], Answer | None] = {}
        self._series_cache: dict[tuple[str, str], list[Answer]] = {}
        self._units_cache: dict[tuple[str, str], tuple[list[date], list[Observation]]] = {}
        self._exact: dict[str, dict[tuple[date, date], list[Observation]]] = {}

    # construction --------------------------------------------------------------------
    @classmethod
    def in_memory(cls, observations: Iterable[Observation], catalog: Catalog | None = None) -> Store:
        return cls(list(observations), catalog)

    def as_of(self, vintage: str) -> Store:
        """The store as it stood on ``vintage``: only figures released by then.

        Vintages are compared as ISO text, so the date is normalised first: "20230101" or
        "2023-W01-1" would otherwise compare wrongly with "2023-02-01".
        """
        try:
            day = date.fromisoformat(vintage).isoformat()
        except ValueError:
            raise ValueError(f"as-of must be a date YYYY-MM-DD, got {vintage!r}") from None
        if isinstance(self._by_ind, _Groups):
            return Store(self._by_ind, self.catalog, self.path, as_of=day)
        return Store(self.observations(), self.catalog, self.path, as_of=day)

    # raw access ----------------------------------------------------------------------
    def observations(self, indicator: str | None = None) -> list[Observation]:
        if indicator is None:
            return [o for obs in self._by_ind.values() for o in obs]
        self.catalog.get(indicator)
        return list(self._by_ind.get(indicator, []))

    # queries -------------------------------------------------------------------------
    def value(self, indicator: str, period: Period) -> Answer | None:
        """The best official figure for exactly this period, direct or derived."""
        key = (indicator, "value", period.start, period.end)
        if key not in self._cache:
            best: Answer | None = None
            rank = self._rank(indicator)
            for c in self.candidates(indicator, period):
                if best is None or _better(c, best, rank):
                    best = c
            self._cache[key] = best
        best = self._cache[key]
        # Equal periods may be written differently ("2021" or "12m to 2021-12"): the cache is
        # keyed by dates, so the answer takes the wording of this query.
        return replace(best, period=Period(period.start, period.end, period.kind)) if best else None

    def _rank(self, indicator: str) -> dict[str, int]:
        """The order in which this indicator's statuses are preferred (the catalog's ``prefer``)."""
        prefer = self.catalog.get(indicator).prefer
        return {s: i for i, s in enumerate(prefer)} if prefer else STATUS_RANK

    def candidates(self, indicator: str, period: Period) -> list[Answer]:
        """Every figure for this period: each direct observation, and one derived per file."""
        ind = self.catalog.get(indicator)
        obs = self._by_ind.get(indicator, [])
        if ind.is_estimate:
            # An estimate is a dated statement: it answers for the period it was made in.
            return [a for a in self.estimates(indicator) if period.contains(a.period)]
        exact = self._exact.get(indicator)
        if exact is None:
            exact = defaultdict(list)
            for o in obs:
                if o.status != "estimate":
                    exact[(o.period.start, o.period.end)].append(o)
            self._exact[indicator] = exact
        out = [_answer(o) for o in exact.get((period.start, period.end), [])]
        if not period.is_whole_months or ind.aggregation == "none":
            return out
        for unit_kind in ("month", "quarter"):
            parts = self._units_within(indicator, period, unit_kind)
            if parts:
                out.extend(self._derive(indicator, period, parts, ind.aggregation))
                break
        return out

    def history(self, indicator: str, period: Period) -> list[Answer]:
        """All figures ever published for the period, oldest vintage first (revisions)."""
        return sorted(self.candidates(indicator, period), key=lambda a: (a.vintage, a.status, a.derived))

    def _units(self, indicator: str, unit_kind: str) -> tuple[list[date], list[Observation]]:
        """The indicator's months (or quarters), sorted by first day, for range look-ups."""
        key = (indicator, unit_kind)
        got = self._units_cache.get(key)
        if got is None:
            obs = sorted((o for o in self._by_ind.get(indicator, [])
                          if o.period.canonical_kind == unit_kind and o.status != "estimate"),
                         key=lambda o: o.period.start)
            got = ([o.period.start for o in obs], obs)
            self._units_cache[key] = got
        return got

    def _units_within(self, indicator: str, period: Period, unit_kind: str) -> list[Observation]:
        want = len(period.months) if unit_kind == "month" else len(period.months) // 3
        if unit_kind == "quarter" and len(period.months) % 3:
            return []
        starts, obs = self._units(indicator, unit_kind)
        lo, hi = bisect_left(starts, period.start), bisect_right(starts, period.end)
        parts = [o for o in obs[lo:hi] if period.contains(o.period)]
        if len({o.period.start for o in parts}) < want or want <= 1:
            return []
        return parts

    def _derive(self, indicator: str, period: Period, parts: list[Observation], how: str) -> list[Answer]:
        """One derived figure per (dataset, file): a total is never spliced across files."""
        groups: dict[tuple[str, str], dict[date, Observation]] = defaultdict(dict)
        want = {o.period.start for o in parts}
        rank = self._rank(indicator)
        for o in parts:
            g = groups[(o.source.dataset, o.source.sha256)]
            cur = g.get(o.period.start)
            if cur is None or _better(_answer(o), _answer(cur), rank):
                g[o.period.start] = o
        out = []
        for chosen in groups.values():
            if set(chosen) != want:
                continue
            ordered = [chosen[k] for k in sorted(chosen)]
            worst = max(ordered, key=lambda o: rank.get(o.status, 9)).status
            vintage = max(o.vintage for o in ordered)
            out.append(Answer(
                indicator=indicator, period=period, value=_aggregate([o.value for o in ordered], how),
                status=worst, vintage=vintage, source=ordered[-1].source, derived=True, parts=len(ordered),
            ))
        return out

    def series(self, indicator: str, freq: str = "native") -> list[Answer]:
        """Complete periods of the given frequency, oldest first.

        ``native`` is the indicator's own frequency (12-month-ending series are monthly points
        of rolling totals). Years and fiscal years are only listed when complete.
        """
        ind = self.catalog.get(indicator)
        if freq == "native":
            freq = ind.frequency
        key = (indicator, freq)
        if key in self._series_cache:
            return self._series_cache[key]
        obs = [o for o in self._by_ind.get(indicator, []) if o.status != "estimate"]
        periods: list[Period] = []
        if freq == "irregular":
            self._series_cache[key] = self.estimates(indicator)
            return self._series_cache[key]
        if freq == "12m_ending":  # every 12-month total, however the publisher labelled it
            periods = sorted({o.period for o in obs if o.period.is_whole_months and len(o.period.months) == 12})
        elif freq in ("month", "quarter"):
            periods = sorted({o.period for o in obs if o.period.canonical_kind == freq})
        elif freq in ("year", "fiscal_year"):
            make = Period.year if freq == "year" else Period.fiscal_year
            if obs:
                lo = min(o.period.start for o in obs).year
                hi = max(o.period.end for o in obs).year + 1
                periods = [make(y) for y in range(lo, hi + 1)]
        else:
            raise ValueError(f"unknown frequency {freq!r}; use month, quarter, year, fiscal_year or native")
        out = [a for p in periods if (a := self.value(indicator, p)) is not None]
        self._series_cache[key] = out
        return out

    def estimates(self, indicator: str) -> list[Answer]:
        """Dated, attributed estimates (not statistics), oldest first."""
        obs = [o for o in self._by_ind.get(indicator, []) if o.status == "estimate"]
        return sorted((_answer(o) for o in obs), key=lambda a: (a.vintage, a.period.start))

    def latest(self, indicator: str, freq: str = "native") -> Answer | None:
        s = self.series(indicator, freq)
        return s[-1] if s else None

    def coverage(self, indicator: str) -> tuple[Period, Period] | None:
        obs = self._by_ind.get(indicator, [])
        if not obs:
            return None
        first = min(obs, key=lambda o: (o.period.start, o.period.end)).period
        last = max(obs, key=lambda o: (o.period.end, o.period.start)).period
        return first, last


# -------------------------------------------------------------------------------------
# The DuckDB file
# -------------------------------------------------------------------------------------


def lock_wait() -> float:
    """How long to wait for another process to let go of the store: ``$USMX_LOCK_WAIT`` seconds, else 30."""
    try:
        wait = float(os.environ.get(LOCK_WAIT_ENV, "") or DEFAULT_LOCK_WAIT_S)
    except ValueError:
        return DEFAULT_LOCK_WAIT_S
    return wait if math.isfinite(wait) and wait >= 0 else DEFAULT_LOCK_WAIT_S


def _connect(path: Path, read_only: bool = False, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """A connection, waiting while another process holds the file.

    DuckDB lets any number of processes read a file, or one write it. Readers hold it for
    the moment it takes to load the observations; an update holds it for its transaction.
    Either side waits for the other, up to ``wait`` seconds, and then gives up with
    ``StoreBusy``, which the CLI reports with its own exit code (a busy store is no bad input).
    """
    wait = lock_wait() if wait is None else wait
    deadline = time.monotonic() + wait
    pause = 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise StoreError(f"cannot open store {path}: {str(exc).splitlines()[0]}") from None
            left = deadline - time.monotonic()
            if left <= 0:
                holder = "an update is writing to it" if read_only else "another usmx process is using it"
                raise StoreBusy(
                    f"the store {path} is busy: {holder}; waited {wait:g} s (set {LOCK_WAIT_ENV} to wait "
                    f"longer, or try again when it has finished)"
                ) from None
            time.sleep(min(pause, left))
            pause = min(pause * 2, 0.25)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {path}: {str(exc).splitlines()[0]}") from None


def _insert(con: duckdb.DuckDBPyConnection, observations: list[Observation], load_id: int) -> int:
    """Insert observations not already present; returns how many were added."""
    if not observations:
        return 0
    import pandas as pd

    frame = pd.DataFrame([observation_to_row(o) for o in observations], columns=list(OBS_COLUMNS))
    frame = frame.drop_duplicates()
    con.register("incoming", frame)
    try:
        cols = ", ".join(OBS_COLUMNS)
        casts = ", ".join(
            f"CAST({c} AS DATE) AS {c}" if c in ("period_start", "period_end", "vintage")
            else f"CAST({c} AS DOUBLE) AS {c}" if c in ("value", "value_high")
            else c
            for c in OBS_COLUMNS
        )
        key = " AND ".join(f"o.{k} IS NOT DISTINCT FROM n.{k}" for k in _KEY)
        before = con.execute("SELECT count(*) FROM observations").fetchall()[0][0]
        con.execute(
            f"INSERT INTO observations ({cols}, load_id) "
            f"SELECT {cols}, {load_id} FROM (SELECT {casts} FROM incoming) n "
            f"WHERE NOT EXISTS (SELECT 1 FROM observations o WHERE {key})"
        )
        after = con.execute("SELECT count(*) FROM observations").fetchall()[0][0]
    finally:
        con.unregister("incoming")
    return int(after - before)


def _seed(path: Path) -> None:
    """Create the store file from the bundled snapshot, atomically (temp file, then rename)."""
    from usmx.snapshot import read_manifest, read_snapshot

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".usmx-", suffix=".duckdb", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        con = _connect(tmp)
        try:
            con.execute(_SCHEMA)
            manifest = read_manifest()
            _record_snapshot(con, read_snapshot(), str(manifest["data_sha256"]))
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)


def _record_snapshot(con: duckdb.DuckDBPyConnection, observations: list[Observation], sha: str) -> None:
    """Load the bundled snapshot after an upgrade, keeping every vintage already stored.

    Rows read from publishers' files are only ever added, so an older file's vintages stay.
    The figures entered from publications are the exception: they ship as one file whose
    hash changes with any edit, so an older snapshot's copies are replaced rather than kept
    beside the new ones (a corrected entry is a correction, not a vintage; each entry's own
    release date is its vintage). Rows added by ``usmx update`` are never touched.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "DELETE FROM observations WHERE dataset = 'published_figures' "
            "AND load_id IN (SELECT load_id FROM loads WHERE origin = ?)",
            [_SNAPSHOT_ORIGIN],
        )
        load_id = _next_load_id(con)
        added = _insert(con, observations, load_id)
        con.execute(
            "INSERT INTO loads VALUES (?, ?, ?, 'snapshot', 'observations.csv.gz', ?, ?)",
            [load_id, datetime.now(UTC).replace(tzinfo=None), _SNAPSHOT_ORIGIN, sha, added],
        )
        con.execute("INSERT OR REPLACE INTO meta VALUES ('snapshot_sha256', ?)", [sha])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _next_load_id(con: duckdb.DuckDBPyConnection) -> int:
    rows = con.execute("SELECT coalesce(max(load_id), 0) + 1 FROM loads").fetchall()
    return int(rows[0][0]) if rows else 1


def _ensure(path: Path) -> None:
    """Create the store on first use; load a newer bundled snapshot after an upgrade."""
    if not path.exists():
        _seed(path)
        return
    from usmx.snapshot import read_manifest, read_snapshot

    sha = str(read_manifest()["data_sha256"])
    # Readers only look: a write connection here would lock every other reader out.
    if _snapshot_sha(path) == sha:
        return
    con = _connect(path)
    try:
        con.execute(_SCHEMA)
        rows = con.execute("SELECT value FROM meta WHERE key = 'snapshot_sha256'").fetchall()
        if not rows or rows[0][0] != sha:
            _record_snapshot(con, read_snapshot(), sha)
    finally:
        con.close()


def _snapshot_sha(path: Path) -> str | None:
    """The bundled snapshot the store holds, read without taking the write lock."""
    con = _connect(path, read_only=True)
    try:
        rows = con.execute("SELECT value FROM meta WHERE key = 'snapshot_sha256'").fetchall()
    except duckdb.CatalogException:  # a store from before the meta table
        return None
    finally:
        con.close()
    return str(rows[0][0]) if rows else None


def open_store(path: Path | None = None, catalog: Catalog | None = None) -> Store:
    """Open (creating it from the bundled snapshot if needed) and load the store."""
    path = path or default_path()
    _ensure(path)
    con = _connect(path, read_only=True)
    try:
        # a store written before values were checked may hold infinities: they are no figures
        cur = con.execute(f"SELECT {', '.join(OBS_COLUMNS)} FROM observations "
                          "WHERE isfinite(value) AND (value_high IS NULL OR isfinite(value_high))")
        rows = cur.fetchall()
    finally:
        con.close()
    return Store(_Groups.of(rows), catalog, path)


_IDX = {c: i for i, c in enumerate(OBS_COLUMNS)}
_SRC_COLS = [_IDX[c] for c in ("dataset", "url", "sha256", "file", "release", "publisher")]
_PER_COLS = [_IDX[c] for c in ("period_start", "period_end", "period_kind")]


class _Groups:
    """The store's rows by indicator, made into observations only when an indicator is first asked for.

    A check touches a few of the catalog's indicators; building every observation of all of them
    would cost a one-off ``usmx check`` more than the check itself. Sources and periods are shared
    objects: thousands of rows come from a handful of files and a few hundred periods.
    """

    def __init__(self, rows: dict[str, list[tuple[Any, ...]]], as_of: str | None,
                 sources: dict[tuple[Any, ...], Source], periods: dict[tuple[Any, ...], Period]) -> None:
        self._rows = rows
        self._as_of = as_of
        self._sources = sources
        self._periods = periods
        self._built: dict[str, list[Observation]] = {}

    @classmethod
    def of(cls, rows: list[tuple[Any, ...]]) -> _Groups:
        by: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        ind = _IDX["indicator"]
        for r in rows:
            by[r[ind]].append(r)
        return cls(dict(by), None, {}, {})

    def as_of(self, as_of: str | None) -> _Groups:
        return self if as_of == self._as_of else _Groups(self._rows, as_of, self._sources, self._periods)

    def get(self, indicator: str, default: list[Observation] | None = None) -> list[Observation]:
        got = self._built.get(indicator)
        if got is None:
            rows = self._rows.get(indicator)
            if rows is None:
                return default if default is not None else []
            got = [o for o in map(self._observation, rows) if self._as_of is None or o.vintage <= self._as_of]
            self._built[indicator] = got
        return got

    def values(self) -> Iterator[list[Observation]]:
        return (self.get(i) for i in self._rows)

    def _observation(self, r: tuple[Any, ...]) -> Observation:
        skey = tuple(r[i] for i in _SRC_COLS)
        source = self._sources.get(skey)
        if source is None:
            source = self._sources[skey] = Source(*("" if v is None else str(v) for v in skey))
        pkey = tuple(r[i] for i in _PER_COLS)
        period = self._periods.get(pkey)
        if period is None:
            period = self._periods[pkey] = Period(_day(pkey[0]), _day(pkey[1]), str(pkey[2]))  # type: ignore[arg-type]
        vh = r[_IDX["value_high"]]
        return Observation(
            indicator=str(r[_IDX["indicator"]]), period=period, value=float(r[_IDX["value"]]),
            status=str(r[_IDX["status"]]), vintage=str(r[_IDX["vintage"]])[:10], source=source,  # type: ignore[arg-type]
            attribution=r[_IDX["attribution"]] or "", note=r[_IDX["note"]] or "",
            value_high=None if vh is None or vh == "" else float(vh),
        )


def _day(v: Any) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v))


def update_store(
    files: list[tuple[str, Path, str, list[Observation]]],
    path: Path | None = None,
    origin: str = "update",
    fail_after: Callable[[int], None] | None = None,
) -> UpdateResult:
    """Add parsed files' observations to the store in one transaction.

    ``files`` holds (dataset, path, sha256, observations) for files already parsed in full.
    ``fail_after`` is called after each file's insert (used to simulate an interruption).
    """
    from usmx.domain import check_observations

    catalog = load_catalog()
    for _dataset, fpath, _sha, obs in files:
        check_observations(fpath, obs, catalog)
    path = path or default_path()
    _ensure(path)
    con = _connect(path)
    added_by: dict[str, int] = defaultdict(int)
    total_read = total_added = 0
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            for i, (dataset, fpath, sha, obs) in enumerate(files):
                load_id = _next_load_id(con)
                added = _insert(con, obs, load_id)
                con.execute(
                    "INSERT INTO loads VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [load_id, datetime.now(UTC).replace(tzinfo=None), origin, dataset, fpath.name, sha, added],
                )
                added_by[dataset] += added
                total_read += len(obs)
                total_added += added
                if fail_after:
                    fail_after(i)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.close()
    return UpdateResult(len(files), total_read, total_added, dict(added_by))


def loads(path: Path | None = None) -> list[dict[str, object]]:
    """The load log: every snapshot and update applied to the store."""
    path = path or default_path()
    _ensure(path)
    con = _connect(path, read_only=True)
    try:
        cur = con.execute("SELECT * FROM loads ORDER BY load_id")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()
