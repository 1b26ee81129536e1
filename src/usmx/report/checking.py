"""The report's one door to the claim checker: load a document, date it, check it.

The pages need the exact text the claim offsets point into, so documents are loaded here
with the checker's own reader (``usmx.text.load`` for files, ``usmx.text.fetch`` for pages,
whose bytes the same reader decodes and extracts), and that text is what is checked. The
reader's refusals become ``InputError``: one line, no traceback.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from usmx.report.documents import Document
from usmx.report.inputs import MAX_FETCH_BYTES, check_text_size, refused
from usmx.store import Store
from usmx.text.document import DocumentError
from usmx.text.fetch import absolute, fetch, is_url
from usmx.text.load import from_page, load


def _dated(doc: Any, published: date | None, today: date | None = None) -> tuple[date, str]:
    """The publication date and where it came from: given, the page's metadata, the text, today."""
    from usmx.text.dateline import publication_date

    try:
        return publication_date(doc.text, getattr(doc, "published", None), published, today)
    except DocumentError as exc:
        raise refused(exc) from None


def load_source(source: str, published: date | None = None, allow_private: bool | None = None) -> Document:
    """A document from a file path or a web address; bad input raises ``InputError``."""
    if is_url(source):
        return load_url(source, published, allow_private)
    try:
        loaded = load(source)
    except DocumentError as exc:
        raise refused(exc) from None
    check_text_size(loaded.text, "document")
    when, origin = _dated(loaded, published)
    name = loaded.name.replace("\\", "/").rsplit("/", 1)[-1]
    return Document(name, loaded.text, when, None, loaded.title or "", origin)


def load_url(url: str, published: date | None = None, allow_private: bool | None = None,
             timeout: float | None = None) -> Document:
    """The page at ``url``, which must be http(s) even if it looks like a file name."""
    url = absolute(url)
    try:
        if timeout is None:
            page = fetch(url, max_bytes=MAX_FETCH_BYTES, allow_private=allow_private)
        else:
            page = fetch(url, max_bytes=MAX_FETCH_BYTES, allow_private=allow_private, timeout=timeout)
        loaded = from_page(url, page, limit=MAX_FETCH_BYTES)
    except DocumentError as exc:
        raise refused(exc) from None
    check_text_size(loaded.text, "page")
    when, origin = _dated(loaded, published)
    return Document(url, loaded.text, when, page.url, loaded.title or "", origin)


def pasted(text: str, published: date | None = None, name: str = "pasted text") -> Document:
    check_text_size(text)
    from usmx.text.document import Document as TextDocument

    when, origin = _dated(TextDocument(name, text, "text"), published)
    return Document(name, text, when, None, "", origin)


def dated(store: Store, doc: Document) -> Document:
    """The document with the date its claims are read against: a text whose words name no year for its figures
    is dated by the year whose official figures they match (``usmx.check.Checker.reference``), as ``usmx check``
    dates it."""
    if doc.published_from not in ("inferred from the text", "today") or doc.published is None:
        return doc
    ref = _reference(store, doc)
    if ref.origin != "inferred from its figures":
        return doc
    return replace(doc, published=ref.date, published_from=ref.origin)


def _reference(store: Store, doc: Document) -> Any:
    from usmx.check import checker_for
    from usmx.text.refdate import infer

    today = doc.published if doc.published_from == "today" else None
    return checker_for(store).reference(doc.text, infer(doc.text, today), today)


def check(store: Store, doc: Document, deadline: float | None = None) -> list[Any]:
    """The checker's claims for this document's text, offsets into ``doc.text`` (``CheckTimeout`` past ``deadline``)."""
    from usmx.check import check_text

    if doc.published_from in ("inferred from the text", "inferred from its figures") and doc.published is not None:
        # the same evidence again, so that claims are also kept within the months the text names
        return list(check_text(doc.text, published=_reference(store, doc), store=store, doc=doc.name))
    published = doc.published or date.today()
    return list(check_text(doc.text, published=published, store=store, doc=doc.name, deadline=deadline))
