"""Check results as text (a table for people), JSON, JSON Lines, or a small HTML page.

The verdict is always written as a word as well as coloured, so nothing depends on
colour. Every piece of text from the document is escaped in the HTML page: an article's
own markup or scripts are shown as text, never run.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from usmx.check import CheckedClaim, CheckResult

VERDICT_STYLE = {
    "accurate": "bold green",
    "overstated": "bold red",
    "understated": "bold yellow",
    "wrong_measure": "bold magenta",
    "unverifiable": "dim",
}
VERDICT_WORD = {
    "accurate": "accurate",
    "overstated": "overstated",
    "understated": "understated",
    "wrong_measure": "wrong measure",
    "unverifiable": "unverifiable",
}


def render(results: Sequence[CheckResult], fmt: str, *, color: bool | None = None,
           width: int | None = None) -> str:
    if fmt == "json":
        return json.dumps([_row(r, c) for r in results for c in r.claims], ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(_row(r, c), ensure_ascii=False) + "\n" for r in results for c in r.claims)
    if fmt == "html":
        return render_html(results)
    if fmt == "text":
        return render_text(results, color=color, width=width)
    raise ValueError(f"unknown format {fmt!r}")


def _row(r: CheckResult, c: CheckedClaim) -> dict[str, Any]:
    """One claim's JSON object; a claim's period depends on its document's date, so each carries it."""
    row = c.to_dict()
    row.update(r.document_fields())
    return row


# text --------------------------------------------------------------------------------------
TEXT_COLUMNS = (("#", "right", "", 3), ("verdict", "left", "", 13), ("claim and explanation", "left", "claim", 40),
                ("measure and period", "left", "measure", 16), ("official", "left", "official", 16))


def render_text(results: Sequence[CheckResult], *, color: bool | None = None, width: int | None = None) -> str:
    """A table per document where the width allows (see usmx.terminal), else one record per claim.

    ``width`` None takes the terminal's (COLUMNS when set, else 80 when not writing to a terminal).
    """
    from rich.console import Console
    from rich.text import Text

    from usmx import terminal

    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=bool(color), no_color=not color,
                      color_system="standard" if color else None, highlight=False, emoji=False)
    columns = [terminal.Column(n, j, label, readable) for n, j, label, readable in TEXT_COLUMNS]
    for r in results:
        terminal.print_wrapped(console, f"{r.document.name}  (published {r.published.isoformat()}, "
                                        f"{r.published_from})", style="bold")
        if r.published_from in ("inferred from the text", "inferred from its figures", "today", "dateline") \
            and r.reference is not None:
            terminal.print_wrapped(console, f"date: {r.reference.explanation}", indent="  ", style="dim")
        if not r.claims:
            console.print("  no checkable figures found")
            continue
        rows: list[list[terminal.Cell]] = []
        for i, c in enumerate(r.claims, 1):
            v = c.verdict
            body = Text()
            body.append(f"\u201c{_one_line(c.claim.quote)}\u201d", style="bold")
            body.append("\n")
            body.append(v.explanation)
            measure = Text(c.indicator_name or "not in usmx", style="" if c.indicator_name else "dim")
            if c.claim.period is not None and c.claim.indicator:
                measure.append(f"\n{c.claim.period.label} ({c.claim.period.kind.replace('_', ' ')})", style="dim")
            rows.append([str(i), Text(VERDICT_WORD[v.label], style=VERDICT_STYLE[v.label]), body, measure,
                         _official_text(c)])
        terminal.print_rows(console, columns, rows, key=2)
        counts = _counts(r.claims)
        console.print(Text("  " + ", ".join(f"{n} {VERDICT_WORD[k]}" for k, n in counts.items() if n)))
    return buf.getvalue()


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _official_text(c: CheckedClaim) -> str:
    v = c.verdict
    if v.official_value is None:
        return ""
    from usmx.units import format_value

    if c.claim.kind == "change" and c.claim.change == "ratio":
        shown = f"x{v.official_value:.2f}"
    else:
        ind = c.claim.indicator
        unit = c.claim.unit or ""
        if ind and c.claim.kind == "rate" and c.claim.per:
            unit = f"{unit} a {c.claim.per}"
        if v.official_value_high is not None:
            shown = f"{v.official_value:g}-{format_value(v.official_value_high, unit)}"
        else:
            shown = format_value(v.official_value, unit)
    return f"{shown}\n{v.official_period or ''} {v.status or ''}".strip()


def _counts(claims: Sequence[CheckedClaim]) -> dict[str, int]:
    out = dict.fromkeys(VERDICT_WORD, 0)
    for c in claims:
        out[c.verdict.label] += 1
    return out


# html --------------------------------------------------------------------------------------
_CSS = """
body{font:16px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
main{max-width:980px;margin:0 auto;padding:1.5rem}
h1{font-size:1.3rem;margin:.2rem 0 1rem}
.meta{color:#555;font-size:.9rem}
.doc{white-space:pre-wrap;background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.2rem}
mark{padding:0 .1rem;border-radius:3px;background:#eee}
mark.accurate{background:#d6f5d6}mark.overstated{background:#ffd9d6}mark.understated{background:#fff0c2}
mark.wrong_measure{background:#f1d9ff}mark.unverifiable{background:#ececec}
.badge{font-size:.75rem;font-weight:600;border-radius:3px;padding:0 .3rem;margin-left:.2rem;white-space:nowrap;
border:1px solid currentColor;vertical-align:super}
.badge.accurate{color:#176b17}.badge.overstated{color:#a31b10}.badge.understated{color:#8a6100}
.badge.wrong_measure{color:#7a1fa2}.badge.unverifiable{color:#666}
table{border-collapse:collapse;width:100%;margin-top:1.2rem;background:#fff}
td,th{border:1px solid #ddd;padding:.4rem .5rem;vertical-align:top;text-align:left;font-size:.92rem}
th{background:#f0f0f0}
"""


def render_html(results: Sequence[CheckResult]) -> str:
    """A self-contained page (no scripts, no external files) per check, all text escaped."""
    parts = ["<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
             f"<title>{_e('usmx check: ' + ', '.join(r.document.name for r in results))}</title>",
             f"<style>{_CSS}</style></head><body><main>"]
    for r in results:
        parts.append(_html_one(r))
    parts.append("</main></body></html>\n")
    return "".join(parts)


def _html_one(r: CheckResult) -> str:
    text = r.document.text
    out = [f"<h1>{_e(r.document.title or r.document.name)}</h1>",
           f"<p class=\"meta\">{_e(r.document.name)} &middot; published {_e(r.published.isoformat())} "
           f"({_e(r.published_from)}) &middot; {len(r.claims)} claims</p>"]
    if r.published_from in ("inferred from the text", "inferred from its figures", "today", "dateline") \
            and r.reference is not None:
        out.append(f"<p class=\"meta\">Date: {_e(r.reference.explanation)}</p>")
    out.append("<div class=\"doc\">")
    pos = 0
    spans = sorted(enumerate(r.claims, 1), key=lambda ic: (ic[1].claim.start, -ic[1].claim.end))
    for i, c in spans:
        s, e = c.claim.start, c.claim.end
        if s < pos:
            continue  # overlapping claims: the first one is highlighted, all are listed below
        label = c.verdict.label
        out.append(_e(text[pos:s]))
        out.append(f"<mark class=\"{label}\" id=\"c{i}\" title=\"{_e(c.verdict.explanation)}\">{_e(text[s:e])}"
                   f"</mark><a class=\"badge {label}\" href=\"#r{i}\">{i} {_e(VERDICT_WORD[label])}</a>")
        pos = e
    out.append(_e(text[pos:]))
    out.append("</div>")
    out.append("<table><thead><tr><th>#</th><th>verdict</th><th>claim</th><th>measure, period</th>"
               "<th>explanation</th></tr></thead><tbody>")
    for i, c in enumerate(r.claims, 1):
        v = c.verdict
        period = c.claim.period.label if c.claim.period else ""
        src = ""
        if v.source is not None and v.source.url.startswith(("https://", "http://")):
            word = "secondary source" if v.secondary_source else "source"
            src = f" <a href=\"{_e(v.source.url)}\" rel=\"noopener noreferrer\">{word}</a>"
        out.append(
            f"<tr id=\"r{i}\"><td><a href=\"#c{i}\">{i}</a></td><td><span class=\"badge {v.label}\">"
            f"{_e(VERDICT_WORD[v.label])}</span></td><td>{_e(_one_line(c.claim.quote))}</td>"
            f"<td>{_e(c.indicator_name or 'not in usmx')}<br>{_e(period)}</td><td>{_e(v.explanation)}{src}</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _e(s: Any) -> str:
    return html.escape(str(s), quote=True)
