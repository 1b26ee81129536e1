"""Limits on what users hand the monitor: pasted text, request bodies and fetched pages.

Pages are fetched by ``usmx.text.fetch``, whose rules (http and https only, no credentials,
a few redirects, a byte cap, one deadline) are the monitor's too; this module adds the caps
on text and request bodies and turns the reader's refusals into ``InputError`` so the web
app answers each with one sentence and the right status (413 for anything too large).
"""

from __future__ import annotations

from usmx.errors import TooLargeError, UsmxError
from usmx.text.document import MAX_BYTES, DocumentError
from usmx.text.fetch import PageTooLarge

MAX_TEXT_CHARS = 200_000
MAX_FETCH_BYTES = MAX_BYTES
MAX_BODY_BYTES = 1024 * 1024 + MAX_TEXT_CHARS * 4


class InputError(UsmxError, ValueError):
    """Input the monitor refuses; the message says what was wrong and what is allowed."""


class TooLarge(InputError, TooLargeError):
    """Input over one of the size limits."""


def refused(exc: DocumentError) -> InputError:
    """The reader's refusal as the monitor's, keeping its one-line message."""
    return TooLarge(str(exc)) if isinstance(exc, PageTooLarge) else InputError(str(exc))


def check_text_size(text: str, what: str = "text") -> str:
    if len(text) > MAX_TEXT_CHARS:
        raise TooLarge(
            f"the {what} is too long to check: {len(text):,} characters (the limit is {MAX_TEXT_CHARS:,})"
        )
    return text
