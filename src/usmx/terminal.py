"""Tables for the terminal that stay readable at any width, 80 columns included.

A table of seven columns squeezed into 80 columns wraps every cell into a column of single
words, and a file name or URL longer than its column is cut in the middle. So each command
gives its rows to ``print_rows``, which draws a table only when every column can have a
readable width (``fits``); otherwise each row becomes a short record: the row's key on one
line, then one "label: value" line per other column, wrapped between words. Nothing is ever
broken inside a word: a token longer than the line (a long URL) keeps a line of its own, so
it can still be copied whole.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table
from rich.text import Text

Cell = str | Text
# a column is given at least this many characters before a table is judged readable
READABLE = 16
INDENT = "  "


@dataclass(frozen=True)
class Column:
    name: str
    justify: str = "left"  # "left" or "right" (numbers)
    label: str = ""  # how the value is introduced in a record, when not the column's name
    readable: int = READABLE  # prose needs more room than a date or a number to be read in a column

    @property
    def caption(self) -> str:
        return self.label or self.name


def console(width: int | None = None) -> Console:
    """A console for stdout; ``width`` None takes the terminal's (COLUMNS when set, else 80 off a terminal)."""
    return Console(width=width, highlight=False, emoji=False)


def plain(cell: Cell) -> str:
    return cell.plain if isinstance(cell, Text) else cell


def _style(cell: Cell) -> str:
    return str(cell.style) if isinstance(cell, Text) and cell.style else ""


def _longest_word(value: str) -> int:
    return max((len(w) for w in value.split()), default=0)


def _widths(columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> list[tuple[int, int]]:
    """(needed, wanted) per column: its longest word or a readable width, and its longest value."""
    out = []
    for i, col in enumerate(columns):
        values = [plain(r[i]) for r in rows] + [col.name]
        longest = max((len(line) for v in values for line in v.split("\n")), default=0)
        out.append((max(max(_longest_word(v) for v in values), min(longest, col.readable)), longest))
    return out


def fits(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: int) -> bool:
    """Whether a table can give each column a readable width and every word a line of its own.

    A column needs its longest word and, up to its ``readable`` width, its longest value;
    a table adds three characters of rule and padding per column.
    """
    return 1 + sum(need + 3 for need, _want in _widths(columns, rows)) <= width


def column_widths(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: int) -> list[int]:
    """Each column's needed width, with the room left shared out to the columns that want more."""
    widths = _widths(columns, rows)
    sizes = [need for need, _want in widths]
    room = width - 1 - sum(s + 3 for s in sizes)
    while room > 0:
        short = [i for i, (_need, want) in enumerate(widths) if sizes[i] < want]
        if not short:
            break
        for i in short:
            if room == 0:
                break
            sizes[i] += 1
            room -= 1
    return sizes


def wrap(value: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """``value`` wrapped between words only; a word longer than the line keeps a line of its own."""
    lines: list[str] = []
    for n, para in enumerate(value.split("\n")):
        lead = first if n == 0 else rest
        got = textwrap.wrap(para, width=max(width, len(lead) + 1), initial_indent=lead, subsequent_indent=rest,
                            break_long_words=False, break_on_hyphens=False)
        lines.extend(got or [lead.rstrip()])
    return lines


def print_wrapped(con: Console, value: str, *, indent: str = "", style: str = "") -> None:
    """Print prose wrapped between words (Rich would fold a long URL in the middle)."""
    for line in wrap(value, con.width, indent, indent + INDENT):
        con.print(Text(line, style=style), soft_wrap=True)


def print_rows(con: Console, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *, title: str = "",
               key: int = 1) -> None:
    """The rows as a table when it fits ``con.width``, else as one short record per row.

    In a record the first ``key`` columns make its heading line (bold); the others follow as
    "label: value" items indented under it, several to a line where they fit. Empty values are
    left out of records.
    """
    if fits(columns, rows, con.width):
        table = Table(title=title or None, show_lines=any("\n" in plain(c) for r in rows for c in r))
        for col, size in zip(columns, column_widths(columns, rows, con.width), strict=True):
            table.add_column(col.name, justify="right" if col.justify == "right" else "left", width=size)
        for r in rows:
            table.add_row(*r)
        con.print(table)
        return
    if title:
        con.print(Text(title, style="bold"), soft_wrap=True)
    for r in rows:
        con.print()
        head = "  ".join(plain(c) for c in r[:key] if plain(c))
        for heading in wrap(head, con.width, "", INDENT):
            con.print(Text(heading, style="bold"), soft_wrap=True)
        items = [(f"{col.caption}: ", cell) for col, cell in zip(columns[key:], r[key:], strict=True)
                 if plain(cell).strip()]
        for line in _pack(items, con.width):
            con.print(line, soft_wrap=True)


def _pack(items: Sequence[tuple[str, Cell]], width: int) -> list[Text]:
    """"label: value" items, several to a line (joined by " · ") where they fit, else wrapped alone."""
    lines: list[Text] = []
    current: Text | None = None
    for label, cell in items:
        value = plain(cell)
        item = Text(label)
        item.append(value, style=_style(cell))
        if "\n" not in value and current is not None and len(current) + 3 + len(item) <= width:
            current.append(" · ")
            current.append_text(item)
            continue
        if current is not None:
            lines.append(current)
            current = None
        if "\n" not in value and len(INDENT) + len(item) <= width:
            current = Text(INDENT) + item
            continue
        for n, line in enumerate(wrap(value, width, INDENT + label, INDENT * 2)):
            text = Text(line)
            text.stylize(_style(cell), len(INDENT + label) if n == 0 else 0)
            lines.append(text)
    if current is not None:
        lines.append(current)
    return lines
