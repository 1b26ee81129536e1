"""A document as read: its text (every offset refers to it), kind, title and the
publication date its metadata gives, plus the decoding rules that turn bytes into it.

Bad input is refused with one line that says what was wrong (empty, binary, not UTF-8, too
large), because a checker that guesses an encoding would point its claims at the wrong
characters.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from usmx.errors import UsmxError

DocKind = Literal["text", "markdown", "html"]
MAX_BYTES = 5 * 1024 * 1024

_MAGIC = (
    (b"%PDF", "a PDF file"), (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"), (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"\x7fELF", "a program"), (b"MZ", "a program"),
)
_HTML_SNIFF = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)|<body[\s>]", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.I)


class DocumentError(UsmxError, ValueError):
    """Input that cannot be read as a document; the message is one line naming the problem."""


@dataclass(frozen=True)
class Document:
    name: str  # the path, URL or "-" for standard input
    text: str
    kind: DocKind
    title: str | None = None
    published: date | None = None  # from the page's metadata
    published_from: str | None = None


def kind_for(name: str, data: bytes) -> DocKind:
    low = name.lower().split("?")[0]
    if low.endswith((".html", ".htm", ".xhtml", ".shtml")):
        return "html"
    if low.endswith((".md", ".markdown")):
        return "markdown"
    if low.endswith(".txt"):
        return "text"
    return "html" if _HTML_SNIFF.search(data[:4096]) else "text"


def decode(name: str, data: bytes, kind: DocKind, charset: str | None = None, limit: int = MAX_BYTES) -> str:
    """Bytes to text, refusing what is not text (see the module docstring)."""
    if len(data) > limit:
        raise DocumentError(f"{name}: too large ({len(data) / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB)")
    if not data.strip():
        raise DocumentError(f"{name}: empty document")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DocumentError(f"{name}: this is {what}, not text or HTML")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(f"{name}: invalid UTF-16 text at byte {exc.start}") from None
    head = data[:8192]
    if b"\x00" in head or _control_ratio(head) > 0.05:
        raise DocumentError(f"{name}: looks like a binary file, not text or HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = charset
        if kind == "html" and declared is None:
            m = _META_CHARSET.search(data[:4096])
            declared = m.group(1).decode("ascii", "replace") if m else None
        if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
            try:
                return data.decode(declared)
            except (LookupError, UnicodeDecodeError):
                pass
        raise DocumentError(
            f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8"
        ) from None


def _control_ratio(head: bytes) -> float:
    if not head:
        return 0.0
    bad = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(head)
