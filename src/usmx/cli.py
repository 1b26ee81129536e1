"""The ``usmx`` command: a thin shell over the library.

Each command parses its arguments, calls one library function and prints. Errors that a
user can cause (an unknown indicator, a bad period, a malformed file, an unreachable URL)
are printed as one line on stderr with exit code 2; no traceback reaches the terminal. A
store held by another process for longer than ``USMX_LOCK_WAIT`` seconds is exit code 4:
nothing was wrong with the input, and the same command will work once the other has finished.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, NoReturn, ParamSpec, TypeVar

import typer

from usmx import __version__

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="usmx",
    help="Hold what people say about the U.S.-Mexico relationship against the official numbers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
snapshot_app = typer.Typer(help="Build the bundled snapshot from official files.", no_args_is_help=True)
app.add_typer(snapshot_app, name="snapshot")

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_BUSY = 0, 1, 2, 4

# one option, the same on every command that fetches URLs (check, report, serve)
AllowPrivate = Annotated[
    bool, typer.Option("--allow-private", help="Fetch URLs on loopback, private and link-local addresses too "
                                               "(an intranet page, on purpose). Also USMX_ALLOW_PRIVATE=1.")
]


class _State:
    db: Path | None = None


state = _State()


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    typer.echo(f"usmx: error: {message}", err=True)
    raise typer.Exit(code)


def user_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn the errors a user can cause into one-line messages with their exit code (2).

    Every usmx exception subclasses ``UsmxError`` (usmx.errors), so this is the one place
    the CLI maps them; anything else is a bug and says so.
    """

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from usmx.errors import UsmxError

        try:
            return fn(*args, **kwargs)
        except UsmxError as exc:
            fail(str(exc), exc.exit_code)
        except FileNotFoundError as exc:
            fail(f"not found: {exc.filename or exc}")
        except OSError as exc:  # a folder that cannot be written, a path through a file, ...
            fail(f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc))
        except KeyboardInterrupt:
            fail("interrupted; nothing was written", 130)
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:
            if os.environ.get("USMX_DEBUG"):
                raise
            fail(f"internal error ({exc.__class__.__name__}: {exc}); set USMX_DEBUG=1 for details", 3)

    return wrapper


def _print_json(data: Any) -> None:
    from usmx.units import json_safe

    sys.stdout.write(json.dumps(json_safe(data), indent=2, ensure_ascii=False, default=str, allow_nan=False) + "\n")


def _store():  # type: ignore[no-untyped-def]
    from usmx.store import open_store

    return open_store(state.db)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"usmx {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Store file (default: $USMX_DB, else usmx.duckdb in the user data dir).",
                     envvar="USMX_DB"),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", callback=_print_version, is_eager=True)
    ] = False,
) -> None:
    state.db = db


@app.command()
@user_errors
def indicators(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the indicators: coverage, latest value, change on a year earlier."""
    from usmx import terminal
    from usmx.summary import indicator_summary_dict, summarise
    from usmx.units import format_value

    store = _store()
    if as_json:
        _print_json([indicator_summary_dict(store, ind.id) for ind in store.catalog])
        return
    sums = [summarise(store, ind.id) for ind in store.catalog]
    rows = []
    for s in sums:
        cov = f"{s.first.label} – {s.last.label}" if s.first and s.last else "no data"
        latest = format_value(s.latest.value, s.indicator.unit) if s.latest else ""
        if s.latest and s.latest.value_high is not None:
            latest = f"{s.latest.value:g}–{s.latest.value_high:g}%"
        period = s.latest.period.label + (f" ({s.latest.status})" if s.latest.status != "final" else "") \
            if s.latest else ""
        change = f"{s.change:+.1%}" if s.change is not None else (
            f"{s.change_points:+.1f} pts" if s.change_points is not None else "")
        rows.append([s.indicator.id, s.indicator.name, s.indicator.unit, cov, latest, period, change])
    columns = [terminal.Column(c) for c in ("id", "name", "unit", "coverage", "latest", "period", "vs year earlier")]
    terminal.print_rows(terminal.console(), columns, rows, title="usmx indicators", key=2)


@app.command()
@user_errors
def show(
    indicator: Annotated[str, typer.Argument(help="Indicator id (see `usmx indicators`).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    n: Annotated[int, typer.Option("--recent", help="How many recent values to list.")] = 12,
    period: Annotated[
        str | None, typer.Option("--period", help="List every release of this one period (e.g. '12m to 2017-08').")
    ] = None,
) -> None:
    """Definition, source, recent values and revisions of one indicator."""
    from usmx import terminal
    from usmx.periods import parse_period
    from usmx.summary import indicator_dict, revisions
    from usmx.units import format_value, sparkline

    if n < 1:
        fail(f"--recent must be at least 1, got {n}")
    store = _store()
    ind = store.catalog.get(indicator)
    one = parse_period(period) if period is not None else None
    if as_json:
        _print_json(indicator_dict(store, ind.id, recent=n, period=one))
        return
    series = store.series(ind.id)
    recent = series[-n:]
    revised = revisions(store, ind, series) if one is None else [(one.label, store.history(ind.id, one))]
    con = terminal.console()
    terminal.print_wrapped(con, f"{ind.name} ({ind.id})", style="bold")
    terminal.print_wrapped(con, ind.definition)
    terminal.print_wrapped(con, f"Unit: {ind.unit}; frequency: {ind.frequency}; aggregation: {ind.aggregation}")
    terminal.print_wrapped(con, f"Publisher: {ind.publisher}")
    terminal.print_wrapped(con, f"Source: {ind.url}")
    for label, ids in (("Within", ind.within), ("Contains", ind.contains), ("Proxy for", ind.proxy_for)):
        if ids:
            terminal.print_wrapped(con, f"{label}: {', '.join(ids)}")
    for c in ind.caveats:
        terminal.print_wrapped(con, f"Caveat: {c}", style="yellow")
    _print_provenance(con, ind.datasets)
    if series:
        con.print(f"\n{sparkline([a.value for a in series[-60:]])}  (last {min(60, len(series))} periods)")
    columns = [terminal.Column("period"), terminal.Column("value", "right"), terminal.Column("status"),
               terminal.Column("vintage"), terminal.Column("source")]
    rows = []
    for a in recent:
        shown = format_value(a.value, ind.unit)
        if a.value_high is not None:
            shown = f"{a.value:g}–{a.value_high:g} ({a.attribution})"
        rows.append([a.period.label, shown, a.status + (" (derived)" if a.derived else ""), a.vintage,
                     _source_cell(a)])
    con.print()
    terminal.print_rows(con, columns, rows, title="Recent values")
    if revised:
        rows = [[p, format_value(a.value, ind.unit), a.status, a.vintage, _source_cell(a)]
                for p, hist in revised for a in hist]
        con.print()
        terminal.print_rows(con, columns, rows, title="Revisions (every vintage kept)")


def _print_provenance(con: Any, datasets: Any) -> None:
    """Each dataset's origin, from its metadata file (sources/<dataset>.toml)."""
    from usmx import terminal
    from usmx.sources.provenance import provenance

    for name in datasets:
        meta = provenance(name)
        terminal.print_wrapped(con, f"Provenance ({name}): {meta.citation}")
        terminal.print_wrapped(con, f"Licence: {meta.licence}", indent="  ")
        if meta.download_url:
            terminal.print_wrapped(con, f"Download: {meta.download_url}", indent="  ")
        for f in meta.files:
            terminal.print_wrapped(con, f"Checked: {f.name}, released {f.release}, sha256 {f.sha256}", indent="  ")


def _source_cell(a: Any) -> str:
    where = a.source.file or a.source.url
    return f"{where} (secondary source)" if a.secondary_source else where


@app.command()
@user_errors
def value(
    indicator: Annotated[str, typer.Argument(help="Indicator id (see `usmx indicators`).")],
    period: Annotated[str, typer.Argument(help="2022, FY2022, 2022-05, 2022-Q1 or '12m to 2022-02'.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Use only figures released by YYYY-MM-DD.")] = None,
) -> None:
    """One official figure for one period, with its source and status."""
    from usmx.periods import parse_period
    from usmx.summary import answer_dict
    from usmx.units import format_answer, format_value

    store = _store()
    ind = store.catalog.get(indicator)
    p = parse_period(period)
    if as_of:
        from datetime import date

        try:
            date.fromisoformat(as_of)
        except ValueError:
            fail(f"--as-of must be a date YYYY-MM-DD, got {as_of!r}")
        store = store.as_of(as_of)
    a = store.value(ind.id, p)
    if a is None:
        cov = store.coverage(ind.id)
        span = f"{cov[0].label} to {cov[1].label}" if cov else "no data"
        fail(f"no figure for {ind.id} in {p.label} (coverage: {span})", EXIT_FINDINGS)
    if as_json:
        out = answer_dict(a, ind.unit)
        out["revisions"] = [answer_dict(h, ind.unit) for h in store.history(ind.id, p)]
        _print_json(out)
        return
    how = f"{a.status}" + (f", derived from {a.parts} periods by {ind.aggregation}" if a.derived else "")
    if a.attribution:
        how += f", by {a.attribution}"
    typer.echo(f"{ind.name}, {a.period.label}: {format_answer(a.value, a.value_high, ind.unit)} ({how})")
    src = a.source
    typer.echo(f"Source: {src.publisher or ind.publisher}; {src.file or src.dataset}; release {a.vintage}; {src.url}")
    if a.secondary_source:
        typer.echo("Secondary source: the publisher's figure as reported by another publication, not read in "
                   "the publisher's own release.")
    if a.note and not a.derived:
        typer.echo(f"Note: {a.note}")
    others = [h for h in store.history(ind.id, p) if h != a and (h.value, h.vintage) != (a.value, a.vintage)]
    for h in others:
        typer.echo(f"  other vintage: {format_value(h.value, ind.unit)} ({h.status}, {h.vintage}, {_source_cell(h)})")


@app.command()
@user_errors
def update(
    from_dir: Annotated[
        Path | None, typer.Option("--from", help="Folder of downloaded official files (offline update).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON summary.")] = False,
) -> None:
    """Add new vintages from the publishers' files (downloaded, or from a folder).

    All files are read and checked before the store is touched; the store is then updated
    in one transaction, so a bad file leaves it exactly as it was.
    """
    import tempfile

    from rich.progress import Progress

    from usmx.snapshot import find_files, load_files
    from usmx.sources import DATASETS
    from usmx.sources.base import FetchError, fetch_all
    from usmx.store import default_path, update_store

    path = state.db or default_path()
    with tempfile.TemporaryDirectory(prefix="usmx-update-") as tmp:
        if from_dir is not None:
            files, unknown = find_files(from_dir)
            for u in unknown:
                typer.echo(f"skipped (not an official file usmx reads): {u.name}", err=True)
            if not files:
                fail(f"no official files usmx can read in {from_dir}")
        else:
            files = []
            targets = [d for d in DATASETS.values() if d.fetchable]
            refused: list[str] = []
            with Progress(transient=True, disable=as_json) as prog:
                task = prog.add_task("Downloading", total=len(targets))
                for ds in targets:
                    prog.update(task, description=f"Downloading {ds.name}")
                    # one publisher refusing (CBP's firewall) must not keep the others' releases out
                    try:
                        files.extend((ds, f) for f in fetch_all(ds, Path(tmp)))
                    except FetchError as exc:
                        refused.append(str(exc))
                    prog.advance(task)
            for r in refused:
                typer.echo(f"not downloaded: {r}", err=True)
            if not files:
                fail("no official file could be downloaded; download them by hand and use `usmx update --from`")
        with Progress(transient=True, disable=as_json) as prog:
            task = prog.add_task("Reading", total=len(files))
            loaded = load_files(files, lambda name: prog.update(task, description=f"Reading {name}", advance=1))
        parsed = [(lf.dataset, lf.path, lf.sha256, lf.observations) for lf in loaded]
        result = update_store(parsed, path, origin=str(from_dir) if from_dir else "download")
    if as_json:
        _print_json({"store": str(path), "files": result.files, "rows_read": result.rows_read,
                     "rows_added": result.rows_added, "by_dataset": result.datasets})
        return
    typer.echo(f"Read {result.files} file(s), {result.rows_read} observations; "
               f"added {result.rows_added} new (earlier vintages kept) to {path}")


@app.command()
@user_errors
def events(
    category: Annotated[
        str | None, typer.Option("--category", help="security, migration, trade, diplomacy or elections.")
    ] = None,
    between: Annotated[
        tuple[str, str] | None, typer.Option("--between", help="Two dates YYYY-MM-DD (inclusive).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the sourced timeline of policy events."""
    from datetime import date

    from usmx import terminal
    from usmx.events import EventsError, events_between

    lo, hi = date.min, date.max
    if between:
        try:
            lo, hi = date.fromisoformat(between[0]), date.fromisoformat(between[1])
        except ValueError:
            fail(f"--between takes two dates YYYY-MM-DD, got {between[0]!r} {between[1]!r}")
    try:
        rows = events_between(lo, hi, category)
    except EventsError as exc:
        fail(str(exc))
    if as_json:
        _print_json([
            {"id": e.id, "date": e.date.isoformat(), "end_date": e.end_date.isoformat() if e.end_date else None,
             "title": e.title, "category": e.category, "actors": list(e.actors),
             "description": e.description, "url": e.url}
            for e in rows
        ])
        return
    cells = [[e.date.isoformat() + (f" – {e.end_date.isoformat()}" if e.end_date else ""), e.id, e.category,
              e.title, e.url] for e in rows]
    columns = [terminal.Column(c) for c in ("date", "id", "category", "title", "source")]
    terminal.print_rows(terminal.console(), columns, cells, title=f"{len(rows)} events", key=2)


@app.command()
@user_errors
def check(
    sources: Annotated[list[str], typer.Argument(help="Files (.txt, .md, .html), http(s) URLs, or - for stdin.")],
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date YYYY-MM-DD (else the page's metadata, "
                                         "else a dateline near the top, else today)."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json, jsonl or html.")] = "text",
    allow_private: AllowPrivate = False,
) -> None:
    """Find every checkable number in a text and judge it against the official figures.

    Exit codes: 0 all checkable claims accurate or unverifiable; 1 at least one claim
    overstated, understated or of the wrong measure; 2 bad input; 3 internal error; 4 the
    store is busy (an update held it for longer than USMX_LOCK_WAIT seconds).
    """
    from usmx.check import run_check

    raise typer.Exit(run_check(sources, published=published, fmt=fmt, store=_store(),
                               allow_private=True if allow_private else None))


@app.command()
@user_errors
def ledger(
    source: Annotated[str, typer.Argument(help="A file (.txt, .md, .html), an http(s) URL, or - for stdin.")],
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD (else as `usmx check` dates it).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List a text's dated claims, forecasts and recommendations with their status today."""
    from usmx.ledger import ledger_source, render_text
    from usmx.text.document import DocumentError

    try:
        result = ledger_source(source, published=published, store=_store())
    except DocumentError as exc:
        fail(str(exc))
    if as_json:
        _print_json(result.to_dict())
        return
    typer.echo(render_text(result), nl=False)


@app.command()
@user_errors
def scan(
    corpus: Annotated[Path, typer.Argument(help="A folder of .txt/.html files, a .jsonl(.gz) or .parquet file, "
                                                "or a folder of them (columns id, text; url, outlet, published).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the claims dataset and manifest.")],
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Address of a Dask scheduler (default: Dask's configured "
                                                     "scheduler-address, else a local cluster).")
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Local cluster size (default: one per core; 0: no cluster).")
    ] = None,
    partition_mb: Annotated[float, typer.Option("--partition-mb", help="Input bytes per partition, in MB.")] = 0.25,
) -> None:
    """Check every document of a news archive on Dask; write Parquet claims and a manifest.

    A stopped scan resumes when run again with the same arguments; the same input and store
    give byte-identical files.
    """
    from usmx.scan import CorpusError, scan_corpus
    from usmx.scan_progress import progress_bar

    with progress_bar() as show:
        try:
            result = scan_corpus(corpus, out, store=_store(), scheduler=scheduler, workers=workers,
                                 partition_bytes=max(1, int(partition_mb * 1e6)), progress=show)
        except CorpusError as exc:
            fail(str(exc))
    c = result.manifest["counts"]
    typer.echo(f"Scanned {c['documents']:,} documents ({c['failed']:,} failed), {c['claims']:,} claims, in "
               f"{result.seconds:.1f} s on {result.workers} worker(s); "
               f"{result.resumed} of {c['partitions']} partitions were already done. Manifest: "
               f"{out / 'manifest.json'}")


@app.command()
@user_errors
def impact(
    indicator: Annotated[str, typer.Argument(help="Monthly indicator id (see `usmx indicators`).")],
    event: Annotated[str, typer.Argument(help="Event id (see `usmx events`).")],
    window: Annotated[
        int | None, typer.Option("--window", help="Months before and after the event (default 36 before, 24 after).")
    ] = None,
    log: Annotated[bool, typer.Option("--log", help="Fit on the log scale (changes as percents).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """What measurably moved after an event: an interrupted time series with a 95% interval."""
    from usmx.event_impact import impact_of
    from usmx.impact import ImpactError

    try:
        result = impact_of(_store(), indicator, event, window=window, scale="log" if log else "linear")
    except ImpactError as exc:
        fail(f"cannot analyse {indicator} around {event}: {exc}")
    if as_json:
        _print_json(result.to_dict())
        return
    typer.echo(result.summary())


@app.command()
@user_errors
def report(
    sources: Annotated[list[str] | None, typer.Argument(help="Files or http(s) URLs to check and include.")] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder to write the site to.")] = Path("site"),
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) of the documents.")
    ] = None,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the index in a browser when done.")] = False,
    allow_private: AllowPrivate = False,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="Address the site will be published at (https://...); "
                                                    "ClaimReview URLs are left out without it.")
    ] = None,
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="Output folder of `usmx scan`: add pages on the whole corpus.")
    ] = None,
) -> None:
    """Build the monitor: a static site that opens offline (index, indicators, checked documents)."""
    from usmx.report import build_site
    from usmx.report.corpus import CorpusError

    when = _date_option("--published", published)
    try:
        result = build_site(_store(), out, documents=sources or [], published=when,
                            progress=lambda m: typer.echo(m, err=True),
                            allow_private=True if allow_private else None, base_url=base_url, corpus=corpus)
    except CorpusError as exc:
        fail(str(exc))
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    uri = result.index.resolve().as_uri()
    typer.echo(f"Wrote {result.pages} pages to {out} in {result.seconds:.1f} s. Open {uri}")
    if open_browser:
        import webbrowser

        webbrowser.open(uri)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option("--allowed-host", help="A host name the app answers to, besides localhost, 127.0.0.1 and "
                                            "::1 (repeat for more; the --host address is added unless it is "
                                            "0.0.0.0 or ::)."),
    ] = None,
    allow_private: AllowPrivate = False,
    check_budget: Annotated[
        float, typer.Option("--check-budget", help="Seconds one check may take, fetching included.", min=1.0)
    ] = 20.0,
) -> None:
    """Run the monitor as a local web app with a check form and a JSON API (/openapi.json).

    The app answers only to the allowed host names (HTTP 400 otherwise) and refuses a form
    post or API call from another site (HTTP 403); a check that takes longer than the
    budget is answered with HTTP 503.
    """
    import uvicorn

    from usmx.web import LOCAL_HOSTS, create_app

    hosts = [*LOCAL_HOSTS, *(allowed_host or [])]
    if host not in ("0.0.0.0", "::", ""):
        hosts.append(host)
    typer.echo(f"usmx monitor on http://{host}:{port}/ (Ctrl+C to stop)")
    uvicorn.run(create_app(state.db, allowed_hosts=hosts, allow_private=True if allow_private else None,
                           check_budget=check_budget),
                host=host, port=port, log_level="warning")


def _date_option(name: str, text: str | None):  # type: ignore[no-untyped-def]
    from datetime import date

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        fail(f"{name} must be a date YYYY-MM-DD, got {text!r}")


@snapshot_app.command("build")
@user_errors
def snapshot_build(
    from_dir: Annotated[Path, typer.Option("--from", help="Folder of official files (e.g. ../shared/data).")],
    out: Annotated[Path | None, typer.Option("--out", help="Output folder (default: the package's).")] = None,
    cache: Annotated[
        Path | None, typer.Option("--cache", help="Folder of earlier parses, reused for files whose checksum is "
                                                  "unchanged (default: the user cache dir).")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse every file again.")] = False,
) -> None:
    """Derive the bundled snapshot (observations + manifest) from official files."""
    from usmx.snapshot import build_snapshot, bundled_dir
    from usmx.snapshot.cache import default_dir

    target = out or bundled_dir()
    folder = None if no_cache else (cache or default_dir())
    manifest = build_snapshot(from_dir, target, progress=lambda m: typer.echo(f"reading {m}", err=True),
                              cache=folder)
    typer.echo(f"Wrote {manifest['rows']} observations from {len(manifest['sources'])} files to {target}")  # type: ignore[arg-type]


def main() -> None:
    app()


if __name__ == "__main__":
    main()
