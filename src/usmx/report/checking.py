"""The report's one door to the claim checker: load a document, date it, check it.

The pages need the exact text the claim offsets point into, so documents are loaded here
with the checker's own reader (files through ``usmx.text.load``; URLs through the stricter
fetch in ``inputs``, whose bytes the same reader decodes and extracts), and that text is
what is checked. Errors from either side become ``InputError``: one line, no traceback.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from usmx.report.documents import Document
from usmx.report.inputs import MAX_FETCH_BYTES, InputError, check_text_size, check_url, fetch
from usmx.store import Store


def is_url(source: str) -> bool:
    return "://" in source[:12]


def _dated(doc: Any, published: date | None, today: date | None = None) -> tuple[date, str]:
    """The publication date and where it came from: given, the page's metadata, a dateline, today."""
    from usmx.text.dateline import find_dateline

    today = today or date.today()
    if published is not None:
        return published, "given"
    if getattr(doc, "published", None) is not None:
        return doc.published, "page metadata"
    found = find_dateline(doc.text, today)
    if found is not None:
        return found, "dateline"
    return today, "today"


def load_source(source: str, published: date | None = None) -> Document:
    """A document from a file path or an http(s) URL; bad input raises ``InputError``."""
    from usmx.text.document import DocumentError
    from usmx.text.load import from_bytes, load

    try:
        if is_url(source):
            page = fetch(check_url(source))
            kind = "html" if page.is_html else None
            charset = page.text_charset
            loaded = from_bytes(source, page.body, charset=charset, limit=MAX_FETCH_BYTES, kind=kind)
            url: str | None = page.url
        else:
            loaded = load(source)
            url = None
    except DocumentError as exc:
        raise InputError(str(exc)) from None
    check_text_size(loaded.text, "document" if url is None else "page")
    when, origin = _dated(loaded, published)
    name = source if url else loaded.name.replace("\\", "/").rsplit("/", 1)[-1]
    return Document(name, loaded.text, when, url, loaded.title or "", origin)


def pasted(text: str, published: date | None = None, name: str = "pasted text") -> Document:
    check_text_size(text)
    from usmx.text.document import Document as TextDocument

    when, origin = _dated(TextDocument(name, text, "text"), published)
    return Document(name, text, when, None, "", origin)


def check(store: Store, doc: Document) -> list[Any]:
    """The checker's claims for this document's text, offsets into ``doc.text``."""
    from usmx.check import check_text

    published = doc.published or date.today()
    return list(check_text(doc.text, published=published, store=store, doc=doc.name))
