"""Main text and metadata of an HTML page.

trafilatura finds the article among navigation, ads and comments; it drops scripts and
styles, which are never executed or echoed. Pages it cannot read fall back to a plain
walk over the visible text, still without scripts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "head", "canvas"})
_BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
                    "blockquote", "header", "footer", "ul", "ol", "table", "figure", "figcaption", "pre"})


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None
    published: date | None


def extract(html: str) -> Extracted:
    """The article text (paragraphs separated by blank lines), its title and publication date."""
    text, title, published = "", None, None
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # a malformed page must not stop the check; fall back below
        doc = None
    if doc is not None:
        text = getattr(doc, "text", None) or ""
        title = getattr(doc, "title", None) or None
        published = _iso(getattr(doc, "date", None))
    if not text.strip():
        text = _visible_text(html)
    text = "\n\n".join(p.strip() for p in re.split(r"\n+", text) if p.strip())
    return Extracted(text, title, published)


def _iso(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _visible_text(html: str) -> str:
    parser = _Visible()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; anything it still rejects yields no text
        return ""
    text = "".join(parser.parts)
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))
