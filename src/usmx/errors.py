"""The one base of every error usmx raises on purpose, and what each kind means to a caller.

Callers that sit at an edge (the CLI, the web app) catch ``UsmxError`` once and read two
class attributes: ``exit_code`` for a script and ``http_status`` for a browser or API
client. A new exception class only has to pick the right base here to be reported as a
one-line message with the right code, instead of falling through to "internal error".

This module imports nothing from usmx, so every package (the catalog included) can use it
without breaking the one-way import rule.
"""

from __future__ import annotations

from typing import ClassVar

EXIT_BAD_INPUT = 2


class UsmxError(Exception):
    """Something the user (or the data usmx was given) got wrong; the message is one line."""

    exit_code: ClassVar[int] = EXIT_BAD_INPUT
    http_status: ClassVar[int] = 400


class NotFoundError(UsmxError):
    """A name that is not there (an indicator, an event); the message names the closest ones."""

    http_status = 404


class TooLargeError(UsmxError):
    """Input over one of the size limits."""

    http_status = 413


class UpstreamError(UsmxError):
    """A publisher or page that could not be reached or answered badly."""

    http_status = 502


class BrokenFilesError(UsmxError):
    """usmx's own files (catalog, store) are malformed or unwritable: not the request's fault."""

    http_status = 500


def exit_code(exc: BaseException) -> int:
    return exc.exit_code if isinstance(exc, UsmxError) else 3


def http_status(exc: BaseException) -> int:
    return exc.http_status if isinstance(exc, UsmxError) else 500
