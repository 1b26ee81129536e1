"""The report's one door to the claim checker: load a document, check it, keep its text.

The pages need the exact text the claim offsets point into, so documents are loaded here
(files, or URLs through the size- and time-limited fetch in ``inputs``) and the text is
handed to the checker, rather than letting the checker load it out of sight.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from usmx.report.documents import Document
from usmx.report.inputs import InputError, check_text_size, check_url, fetch
from usmx.store import Store

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def is_url(source: str) -> bool:
    return "://" in source[:12]


def html_to_text(html: str, url: str | None = None) -> tuple[str, str]:
    """(text, title) of an HTML page, using the checker's own loader so offsets agree."""
    from usmx.text import load as loader

    doc = loader.from_html(html, url=url)
    return doc.text, doc.title or ""


def load_source(source: str, published: date | None = None) -> Document:
    """A document from a file path or an http(s) URL; bad input raises ``InputError``."""
    if is_url(source):
        url = check_url(source)
        page = fetch(url)
        raw = page.text()
        if page.is_html:
            text, title = html_to_text(raw, page.url)
        else:
            text, title = raw, ""
        return Document(url, check_text_size(text, "page"), published, page.url, title)
    path = Path(source)
    if not path.is_file():
        raise InputError(f"no such file: {source}")
    try:
        raw = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path.name} is not UTF-8 text") from None
    check_text_size(raw, f"file {path.name}")
    if path.suffix.lower() in HTML_SUFFIXES:
        text, title = html_to_text(raw)
        return Document(path.name, text, published, None, title)
    return Document(path.name, raw, published, None, "")


def pasted(text: str, published: date | None = None, name: str = "pasted text") -> Document:
    return Document(name, check_text_size(text), published, None, "")


def check(store: Store, doc: Document) -> list[Any]:
    """The checker's claims for this document's text, offsets into ``doc.text``."""
    from usmx.check import check_text

    return list(check_text(doc.text, published=doc.published, store=store, doc=doc.name))
