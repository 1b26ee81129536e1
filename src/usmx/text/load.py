"""Loading a document from a file, a URL or standard input ("-")."""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import BinaryIO

from usmx.text.document import MAX_BYTES, Document, DocumentError, decode, kind_for
from usmx.text.fetch import Page, absolute, fetch, is_url


def load(spec: str, *, limit: int = MAX_BYTES, stdin: BinaryIO | None = None,
         allow_private: bool | None = None) -> Document:
    """Read ``spec`` (a path, an http(s) URL, or "-") into a Document.

    ``allow_private`` is passed to ``fetch`` (None: ``USMX_ALLOW_PRIVATE`` decides).
    """
    if spec == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(limit + 1)
        return from_bytes("-", data, limit=limit)
    if is_url(spec):
        return from_page(spec, fetch(absolute(spec), max_bytes=limit, allow_private=allow_private), limit=limit)
    path = Path(spec)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError(f"{spec}: is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            # a device reports no size and never ends (/dev/zero), a pipe blocks: refused before opening
            raise DocumentError(f"{spec}: not a regular file (a device, pipe or socket)")
        if info.st_size > limit:
            raise DocumentError(f"{spec}: too large ({info.st_size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB)")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)  # a file may grow, or report a size of 0 (/proc), after stat
    except FileNotFoundError:
        raise DocumentError(f"{spec}: no such file") from None
    except PermissionError:
        raise DocumentError(f"{spec}: permission denied") from None
    except OSError as exc:
        raise DocumentError(f"{spec}: cannot read ({exc.strerror or exc})") from None
    return from_bytes(spec, data, limit=limit)


def from_page(name: str, page: Page, *, limit: int = MAX_BYTES) -> Document:
    """A fetched page as a Document, decoded by the same rules as a file."""
    return from_bytes(name, page.body, charset=page.charset, limit=limit, kind=page.kind)


def from_bytes(name: str, data: bytes, *, charset: str | None = None, limit: int = MAX_BYTES,
               kind: str | None = None) -> Document:
    k = kind_for(name, data) if kind is None else kind
    text = decode(name, data, k, charset, limit)  # type: ignore[arg-type]
    if k != "html":
        if not text.strip():
            raise DocumentError(f"{name}: empty document")
        return Document(name, text, k)  # type: ignore[arg-type]
    from usmx.text.html import extract

    ex = extract(text)
    if not ex.text.strip():
        raise DocumentError(f"{name}: no readable text in the page")
    return Document(name, ex.text, "html", ex.title, ex.published, "page metadata" if ex.published else None)
