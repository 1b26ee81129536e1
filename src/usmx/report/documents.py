"""Checked documents as the pages show them: the text cut into paragraphs with each claim
marked, and one verdict card per claim.

The checker's objects are read here and nowhere else in the report, so the pages depend on
one small surface of them (the fields of ``CheckedClaim`` and its verdict). Text is never
turned into HTML in Python: the paragraphs are lists of plain-text runs, and the template
(with autoescaping on) writes them out, so whatever a document contains is shown, not run.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from usmx.periods import Period, PeriodError, parse_period
from usmx.report.charts import Chart
from usmx.units import format_value

VERDICTS: dict[str, tuple[str, str]] = {
    # label -> (how it is written, an icon that carries it without colour)
    "accurate": ("Accurate", "✓"),
    "overstated": ("Overstated", "▲"),
    "understated": ("Understated", "▼"),
    "wrong_measure": ("Wrong measure", "≠"),
    "unverifiable": ("Unverifiable", "?"),
}
QUALIFIERS = {
    "exact": "", "about": "about", "nearly": "nearly", "more_than": "more than", "at_least": "at least",
    "less_than": "less than", "at_most": "at most", "range": "",
}


@dataclass(frozen=True)
class Document:
    """A text to check, with what is known of where it came from."""

    name: str
    text: str
    published: date | None = None
    url: str | None = None
    title: str = ""
    published_from: str = "given"  # or "page metadata", "dateline", "inferred from the text" (or its figures), "today"

    @property
    def slug(self) -> str:
        stem = Path(urlsplit(self.name).path).stem if "://" in self.name else Path(self.name).stem
        stem = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:48] or "document"
        digest = hashlib.sha256(f"{self.name}\0{self.text}".encode()).hexdigest()[:8]
        return f"{stem}-{digest}"

    @property
    def heading(self) -> str:
        return self.title or self.name


@dataclass(frozen=True)
class Run:
    """A stretch of text inside one paragraph: plain, or part of claim ``claim``."""

    lines: tuple[str, ...]
    claim: int | None = None
    first: bool = False  # the first run of this claim (carries its anchor)
    last: bool = False  # the last run of this claim (followed by its reference mark)


@dataclass
class Paragraph:
    runs: list[Run]
    cards: list[int] = field(default_factory=list)


_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")


def unwrap(checked: Any) -> tuple[Any, Any]:
    """(claim, verdict) of one of the checker's ``CheckedClaim`` objects."""
    return getattr(checked, "claim", checked), getattr(checked, "verdict", None)


def _span(checked: Any, length: int) -> tuple[int, int] | None:
    claim, _verdict = unwrap(checked)
    try:
        start, end = int(claim.start), int(claim.end)
    except (AttributeError, TypeError, ValueError):
        return None
    if 0 <= start < end <= length:
        return start, end
    return None


def paragraphs(text: str, claims: Sequence[Any]) -> tuple[list[Paragraph], list[int]]:
    """Cut ``text`` into paragraphs with the claims marked.

    Returns the paragraphs and the numbers (1-based) of claims whose span could not be
    placed in the text; those get their cards after the text rather than being dropped.
    Overlapping spans are marked from the earlier claim's end, so every character belongs
    to at most one mark.
    """
    spans: list[tuple[int, int, int]] = []
    unplaced: list[int] = []
    for n, c in enumerate(claims, 1):
        where = _span(c, len(text))
        if where is None:
            unplaced.append(n)
        else:
            spans.append((where[0], where[1], n))
    spans.sort()
    marks: list[tuple[int, int, int]] = []
    pos = 0
    for start, end, n in spans:
        start = max(start, pos)
        if start < end:
            marks.append((start, end, n))
            pos = end
    bounds: list[tuple[int, int]] = []
    last = 0
    for m in _PARA_BREAK.finditer(text):
        bounds.append((last, m.start()))
        last = m.end()
    bounds.append((last, len(text)))
    seen_first: set[int] = set()
    out: list[Paragraph] = []
    for ps, pe in bounds:
        if not text[ps:pe].strip():
            continue
        para = Paragraph(runs=[])
        cursor = ps
        for start, end, n in marks:
            if end <= ps or start >= pe:
                continue
            lo, hi = max(start, ps), min(end, pe)
            if lo > cursor:
                para.runs.append(Run(tuple(text[cursor:lo].split("\n"))))
            para.runs.append(Run(tuple(text[lo:hi].split("\n")), n, n not in seen_first, hi == end))
            seen_first.add(n)
            cursor = hi
        if cursor < pe:
            para.runs.append(Run(tuple(text[cursor:pe].split("\n"))))
        para.cards = sorted({n for start, _end, n in spans if ps <= start < pe})
        out.append(para)
    if not out and text.strip():
        out.append(Paragraph([Run(tuple(text.split("\n")))]))
    return out, unplaced


# ------------------------------------------------------------------------ verdict cards


@dataclass(frozen=True)
class Card:
    number: int
    quote: str
    sentence: str
    label: str
    label_text: str
    icon: str
    indicator: str | None
    indicator_name: str | None
    kind: str
    claimed: str
    claimed_period: str
    official: str | None
    official_period: str | None
    fits: str | None  # for a wrong measure: the measure the figure fits
    status: str
    vintage: str
    source_name: str
    source_url: str | None
    rule: str
    explanation: str
    chart: Chart | None = None


def label_parts(label: str) -> tuple[str, str]:
    return VERDICTS.get(label, (label.replace("_", " ").capitalize() or "Unverifiable", "•"))


def period_of(value: Any) -> Period | None:
    """A period given as a ``Period``, as a claim's period (its last part: the end of a
    change, the latest of several years) or in one of the written forms; None if none."""
    if isinstance(value, Period):
        return value
    parts = getattr(value, "parts", None)
    if isinstance(parts, tuple) and parts and isinstance(parts[-1], Period):
        return parts[-1]
    if isinstance(value, str) and value.strip():
        try:
            return parse_period(value)
        except PeriodError:
            return None
    return None


def period_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Period):
        return value.label
    label = getattr(value, "label", None)
    return str(label if isinstance(label, str) else value)


def safe_url(value: Any) -> str | None:
    """A link target only if it is an absolute http(s) URL; anything else is shown as text."""
    if not isinstance(value, str):
        return None
    parts = urlsplit(value.strip())
    if parts.scheme in ("http", "https") and parts.hostname:
        return value.strip()
    return None


def _source(value: Any) -> tuple[str, str | None]:
    if value is None:
        return "", None
    if isinstance(value, str):
        return value, safe_url(value)
    if isinstance(value, dict):
        name = value.get("publisher") or value.get("file") or value.get("dataset") or value.get("url") or ""
        return str(name), safe_url(value.get("url"))
    name = getattr(value, "publisher", "") or getattr(value, "file", "") or getattr(value, "dataset", "")
    return str(name), safe_url(getattr(value, "url", None))


def _number(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")


def plain(shown: str) -> str:
    """Drop zero decimals a claim did not state: "$63.00 billion" -> "$63 billion"."""
    return re.sub(r"\.0+(?=\D|$)", "", shown)


def claimed_text(claim: Any, indicator_unit: str | None) -> str:
    """What the claim says, written like the official figure beside it."""
    value = getattr(claim, "value", None)
    high = getattr(claim, "value_high", None)
    unit = str(getattr(claim, "unit", "") or "")
    kind = str(getattr(claim, "kind", "") or "")
    qual = QUALIFIERS.get(str(getattr(claim, "qualifier", "") or ""), "")
    if value is None:
        return "no figure"
    if kind == "change" or unit in ("ratio", "times"):
        body = f"×{_number(value)}" + (f" to ×{_number(high)}" if high is not None else "")
    elif indicator_unit and unit in (indicator_unit, "") and kind in ("level", "share", "record"):
        body = plain(format_value(value, indicator_unit))
        if high is not None:
            body = f"{body} to {plain(format_value(high, indicator_unit))}"
    else:
        body = _number(value) + (f" to {_number(high)}" if high is not None else "") + (f" {unit}" if unit else "")
    return f"{qual} {body}".strip()


def make_card(
    number: int, checked: Any, names: dict[str, tuple[str, str]],
    chart_for: Callable[[Any, str | None], Chart | None] | None = None,
) -> Card:
    """A card from one ``CheckedClaim``; ``names`` maps indicator id -> (name, unit)."""
    claim, verdict = unwrap(checked)
    label = str(getattr(verdict, "label", "") or "unverifiable")
    text, icon = label_parts(label)
    ind = getattr(claim, "indicator", None)
    ind = ind if isinstance(ind, str) and ind in names else None
    name, unit = names[ind] if ind else (None, None)
    official_value = getattr(verdict, "official_value", None)
    official_high = getattr(verdict, "official_value_high", None)
    official = None
    if official_value is not None:
        official = format_value(float(official_value), unit) if unit else _number(float(official_value))
        if official_high is not None:
            official += " to " + (format_value(float(official_high), unit) if unit else _number(float(official_high)))
    measure = getattr(verdict, "measure", None)
    fits = names[measure][0] if label == "wrong_measure" and measure in names and measure != ind else None
    src_name, src_url = _source(getattr(verdict, "source", None))
    return Card(
        number=number,
        quote=str(getattr(claim, "quote", "") or ""),
        sentence=str(getattr(claim, "sentence", "") or ""),
        label=label if label in VERDICTS else "unverifiable",
        label_text=text,
        icon=icon,
        indicator=ind,
        indicator_name=name,
        kind=str(getattr(claim, "kind", "") or ""),
        claimed=claimed_text(claim, unit),
        claimed_period=period_text(getattr(claim, "period", None)),
        official=official,
        official_period=period_text(getattr(verdict, "official_period", None)) or None,
        fits=fits,
        status=str(getattr(verdict, "status", "") or ""),
        vintage=str(getattr(verdict, "vintage", "") or ""),
        source_name=src_name + (" (secondary source: as quoted by another publication)"
                                if getattr(verdict, "secondary_source", False) else ""),
        source_url=src_url,
        rule=str(getattr(verdict, "rule", "") or ""),
        explanation=str(getattr(verdict, "explanation", "") or ""),
        chart=chart_for(checked, unit) if chart_for and ind else None,
    )


def tally(cards: Sequence[Card], more: Sequence[str] = ()) -> list[tuple[str, str, str, int]]:
    """(label, text, icon, count) for each verdict present, in a fixed order; ``more`` are labels without a card."""
    out = []
    for label, (text, icon) in VERDICTS.items():
        n = sum(1 for c in cards if c.label == label) + sum(1 for m in more if m == label)
        if n:
            out.append((label, text, icon, n))
    return out
