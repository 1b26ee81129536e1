"""A publication date written near the top of a text ("June 12, 2022", "2023-06-12").

Plain-text copies of articles lose their metadata but usually keep the dateline; it is a
better guess than today's date, and the check says where the date came from.
"""

from __future__ import annotations

import re
from datetime import date

from usmx.periods import MONTHS
from usmx.text.document import DocumentError

_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_FORMS = (
    re.compile(rf"\b{_MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+((?:19|20)\d\d)\b", re.I),
    re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"),
)
HEAD_CHARS = 1200
# "Last year", "next year" and "the past 12 months" are counted from the publication date, and
# the figures behind them from there again; a date far outside the years any text speaks of
# would push that arithmetic past what a date can hold (year 0, year 10000).
EARLIEST = date(1800, 1, 1)
LATEST = date(2199, 12, 31)


def in_range(day: date) -> bool:
    """Whether ``day`` can stand as a publication date (see ``EARLIEST`` and ``LATEST``)."""
    return EARLIEST <= day <= LATEST


def check_published(day: date, what: str = "the publication date") -> date:
    """``day`` if it can stand as a publication date, else a ``DocumentError`` saying the range."""
    if not in_range(day):
        raise DocumentError(f"{what} must be between {EARLIEST.isoformat()} and {LATEST.isoformat()}, "
                            f"got {day.isoformat()}")
    return day


def find_dateline(text: str, today: date | None = None) -> date | None:
    """The first full date in the opening of the text that is not in the future."""
    head = text[:HEAD_CHARS]
    best: tuple[int, date] | None = None
    for i, rx in enumerate(_FORMS):
        for m in rx.finditer(head):
            d = _to_date(i, m)
            if d is None or (today is not None and d > today):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), d)
            break
    return best[1] if best else None


def _to_date(form: int, m: re.Match[str]) -> date | None:
    try:
        if form == 0:
            return date(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
        if form == 1:
            return date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _month(name: str) -> int:
    low = name.lower()
    return MONTHS["sept" if low.startswith("sept") else low[:3]]


def publication_date(text: str, metadata: date | None, given: date | None,
                     today: date | None = None) -> tuple[date, str]:
    """The date a text is read against, and where it came from.

    In order: the date given, the page's metadata, the text's own evidence (a dateline near the
    top, else the latest period it gives figures for: ``usmx.text.refdate``), today. The check
    and the report share this order so that one document is never read against two dates.
    A date given outside the supported range is refused; a page's metadata outside it is
    ignored, since the page is still worth checking.
    """
    from usmx.text.refdate import reference_date

    found = reference_date(text, metadata, given, today)
    return found.date, found.origin
