"""The terminal's view of a running scan: a bar over input bytes, with documents, claims and rate.

The bar follows bytes because that is what is known before any document is read; documents
and claims are counted as workers report them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from usmx.scan import ScanProgress


@contextmanager
def progress_bar() -> Iterator[Callable[[ScanProgress], None]]:
    """A callback for ``scan_corpus`` that draws on standard error (silent when it is not a terminal)."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    bar = Progress(TextColumn("scanning"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                   TextColumn("{task.fields[docs]:,} documents, {task.fields[claims]:,} claims, "
                              "{task.fields[rate]:,.1f} documents/s, {task.fields[parts]}"),
                   TimeElapsedColumn(), console=console, transient=False, disable=not console.is_terminal)
    task = bar.add_task("scan", total=1, docs=0, claims=0, rate=0.0, parts="")

    def show(p: ScanProgress) -> None:
        bar.update(task, total=max(p.bytes_total, 1), completed=p.bytes_done, docs=p.documents, claims=p.claims,
                   rate=p.rate, parts=f"{p.partitions_done}/{p.partitions} partitions")

    with bar:
        yield show
