"""The policy-event timeline: dated, sourced events in U.S.–Mexico relations.

Figures move when policy moves (Title 42 ends, a tariff takes effect, a cartel leader is
extradited), so reading a series without the timeline invites false causal stories. The
timeline lives in ``catalog/events.toml`` and is checked on load: every event carries a
date, a category, its actors, one plain sentence and the URL of the source that dates
it, because an unsourced event would be just another claim to check.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from usmx.errors import NotFoundError, UsmxError

CATEGORIES = ("security", "migration", "trade", "diplomacy", "elections")
# A scheduled event is dated on its scheduled day; one called off keeps the day it was set for,
# so that a text written while it was still scheduled can be judged by what was known then.
STATUSES = ("happened", "scheduled", "called_off")

_REQUIRED = ("id", "date", "title", "category", "actors", "description", "url")
_OPTIONAL = (
    "end_date", "ongoing", "source_name", "status", "names", "does", "partly", "undoes", "indicators", "became",
)
_LISTS = ("names", "does", "partly", "undoes", "indicators")
_ID = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A full stop (or ! ?) that ends a word and is followed by a capitalised word starts a new
# sentence, unless the word is an initialism ("U.S.") or a common title ("Gen.", "Jr.").
_SENTENCE_BREAK = re.compile(r"(\S+?)[.!?][\"')\]]*\s+[\"'(\[]*[A-ZÁÉÍÓÚÑ¿¡]")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_ABBREVIATION = re.compile(
    r"jr|sr|dr|mrs?|ms|gen|gov|sen|rep|st|no|vs|inc|corp|co|ltd|dept|adm|lt|col|sgt|approx|etc", re.I
)


class EventsError(UsmxError, ValueError):
    """The timeline (or a query against it) is malformed; the message names what and where."""


class UnknownEvent(EventsError, NotFoundError, KeyError):
    """An event id that is not in the timeline; the message names the closest ids."""

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Event:
    """One dated policy event; ``end_date`` is set for spans such as terms and programmes."""

    id: str
    date: dt.date
    end_date: dt.date | None
    title: str
    category: str
    actors: tuple[str, ...]
    description: str
    url: str
    source_name: str | None = None
    ongoing: bool = False
    # what the ledger reads: whether it happened, the names prose uses for it, and the actions it
    # took ("us: reinstate Remain in Mexico"), took in part, or reversed; the indicators it aimed at
    status: str = "happened"
    names: tuple[str, ...] = ()
    does: tuple[str, ...] = ()
    partly: tuple[str, ...] = ()
    undoes: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    became: str | None = None  # for a called-off event: the event that happened instead

    @property
    def last_day(self) -> dt.date:
        """The last day the event covers: its end date, or far in the future while ongoing."""
        if self.end_date is not None:
            return self.end_date
        return dt.date.max if self.ongoing else self.date

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        """True when any day of the event falls within ``start``..``end`` (inclusive)."""
        return self.date <= end and self.last_day >= start


# parsing and validation ----------------------------------------------------------------


def _fail(where: str, message: str) -> EventsError:
    return EventsError(f"{where}: {message}")


def _as_date(value: Any, where: str, key: str) -> dt.date:
    # TOML gives native dates; strings are accepted too, but only in the plain ISO form.
    if isinstance(value, dt.datetime):
        raise _fail(where, f"{key} must be a date without a time, got {value.isoformat()!r}")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(where, f"{key} must be an ISO date (YYYY-MM-DD), got {value!r}")


def _as_text(value: Any, where: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"{key} must be a non-empty string")
    if "\n" in value:
        raise _fail(where, f"{key} must be on one line")
    return value.strip()


def _check_url(url: str, where: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or "." not in host or " " in url:
        raise _fail(where, f"url must be an http(s) URL with a host name, got {url!r}")
    return url


def _sentence_count(text: str) -> int:
    breaks = 0
    for match in _SENTENCE_BREAK.finditer(text):
        word = match.group(1).rstrip(".")
        if _INITIALISM.fullmatch(word) or _ABBREVIATION.fullmatch(word):
            continue
        breaks += 1
    return breaks + 1


def _check_description(text: str, where: str) -> str:
    if text[-1] not in ".!?":
        raise _fail(where, "description must be one sentence ending with a full stop")
    if _sentence_count(text) > 1:
        raise _fail(where, "description must be one sentence, found more than one")
    return text


def _parse_one(row: Any, where: str) -> Event:
    if not isinstance(row, Mapping):
        raise _fail(where, "must be a table of fields")
    missing = [k for k in _REQUIRED if k not in row]
    if missing:
        raise _fail(where, f"missing {', '.join(missing)}")
    unknown = sorted(set(row) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise _fail(where, f"unknown keys {', '.join(unknown)}")
    event_id = row["id"]
    if not isinstance(event_id, str) or not _ID.fullmatch(event_id):
        raise _fail(where, f"id must be snake_case (a-z, 0-9, _), got {event_id!r}")
    start = _as_date(row["date"], where, "date")
    end = _as_date(row["end_date"], where, "end_date") if "end_date" in row else None
    if end is not None and end < start:
        raise _fail(where, f"end_date {end.isoformat()} is before date {start.isoformat()}")
    ongoing = row.get("ongoing", False)
    if not isinstance(ongoing, bool):
        raise _fail(where, "ongoing must be true or false")
    if ongoing and end is not None:
        raise _fail(where, "an ongoing event cannot also have an end_date")
    category = row["category"]
    if category not in CATEGORIES:
        raise _fail(where, f"category must be one of {', '.join(CATEGORIES)}, got {category!r}")
    actors = row["actors"]
    if (
        not isinstance(actors, list)
        or not actors
        or not all(isinstance(a, str) and a.strip() for a in actors)
    ):
        raise _fail(where, "actors must be a non-empty list of names")
    source_name = _as_text(row["source_name"], where, "source_name") if "source_name" in row else None
    status = row.get("status", "happened")
    if status not in STATUSES:
        raise _fail(where, f"status must be one of {', '.join(STATUSES)}, got {status!r}")
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LISTS:
        value = row.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise _fail(where, f"{key} must be a list of non-empty strings")
        lists[key] = tuple(v.strip() for v in value)
    became = _as_text(row["became"], where, "became") if "became" in row else None
    return Event(
        id=event_id,
        date=start,
        end_date=end,
        title=_as_text(row["title"], where, "title"),
        category=category,
        actors=tuple(a.strip() for a in actors),
        description=_check_description(_as_text(row["description"], where, "description"), where),
        url=_check_url(_as_text(row["url"], where, "url"), where),
        source_name=source_name,
        ongoing=ongoing,
        status=status,
        became=became,
        names=lists["names"],
        does=lists["does"],
        partly=lists["partly"],
        undoes=lists["undoes"],
        indicators=lists["indicators"],
    )


def parse_events(source: str | Mapping[str, Any], name: str = "events.toml") -> tuple[Event, ...]:
    """Validate a timeline given as TOML text or an already-parsed mapping.

    The file is kept in date order so that a reader scanning it sees the chronology, and
    so that a misdated entry stands out; an entry out of order is refused, not re-sorted.
    """
    if isinstance(source, str):
        try:
            data: Mapping[str, Any] = tomllib.loads(source)
        except tomllib.TOMLDecodeError as exc:
            raise EventsError(f"{name}: not valid TOML: {exc}") from None
    else:
        data = source
    rows = data.get("event")
    if not isinstance(rows, list) or not rows:
        raise EventsError(f"{name}: no [[event]] tables")
    extra = sorted(set(data) - {"event"})
    if extra:
        raise EventsError(f"{name}: unknown top-level keys {', '.join(extra)}")
    events: list[Event] = []
    seen: set[str] = set()
    for i, row in enumerate(rows, 1):
        label = row.get("id", "?") if isinstance(row, Mapping) else "?"
        where = f"{name}: event #{i} ({label})"
        event = _parse_one(row, where)
        if event.id in seen:
            raise EventsError(f"{where}: duplicate id")
        if events and event.date < events[-1].date:
            raise EventsError(
                f"{where}: out of date order ({event.date.isoformat()} comes after "
                f"{events[-1].id} on {events[-1].date.isoformat()})"
            )
        seen.add(event.id)
        events.append(event)
    return tuple(events)


@cache
def load_events() -> tuple[Event, ...]:
    """The bundled timeline, validated once per process."""
    text = resources.files("usmx.catalog").joinpath("events.toml").read_text("utf-8")
    return parse_events(text, "events.toml")


@cache
def _index() -> dict[str, Event]:
    return {e.id: e for e in load_events()}


# queries -------------------------------------------------------------------------------


def get_event(event_id: str, events: Iterable[Event] | None = None) -> Event:
    """One event by id; a near miss is answered with the ids it was probably meant to be."""
    index = _index() if events is None else {e.id: e for e in events}
    try:
        return index[event_id]
    except KeyError:
        close = difflib.get_close_matches(event_id, list(index), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see `usmx events` for the list"
        raise UnknownEvent(f"unknown event {event_id!r}{hint}") from None


def _check_category(category: str | None) -> None:
    if category is not None and category not in CATEGORIES:
        raise EventsError(f"unknown category {category!r}; use one of {', '.join(CATEGORIES)}")


def events_between(
    start: dt.date,
    end: dt.date,
    category: str | None = None,
    *,
    ongoing: bool = False,
    events: Iterable[Event] | None = None,
) -> list[Event]:
    """Events dated within ``start``..``end`` (inclusive), oldest first.

    With ``ongoing=True`` spans that began earlier but were still running (a presidential
    term, a programme) are included too, which is what a reader of a period wants to see;
    by default only what happened in the period is listed.
    """
    if start > end:
        raise EventsError(f"start {start.isoformat()} is after end {end.isoformat()}")
    _check_category(category)
    pool = load_events() if events is None else tuple(events)
    chosen = [
        e
        for e in pool
        if (category is None or e.category == category)
        and (e.overlaps(start, end) if ongoing else start <= e.date <= end)
    ]
    return sorted(chosen, key=lambda e: e.date)


def shift_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months, clamped to the month's length (Mar 31 - 1 = Feb 28)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def events_in_window(
    day: dt.date,
    months_before: int,
    months_after: int,
    *,
    category: str | None = None,
    exclude: Iterable[str] = (),
    events: Iterable[Event] | None = None,
) -> list[Event]:
    """Other changes near ``day``: events that start or end within the window around it.

    Impact analysis uses this to name what else moved when a series moved. A span counts
    when it begins or ends inside the window (the end of a term is a change too); a term
    that merely runs through the window is not listed, since it explains nothing there.
    """
    if months_before < 0 or months_after < 0:
        raise EventsError("months_before and months_after must be zero or more")
    _check_category(category)
    first, last = shift_months(day, -months_before), shift_months(day, months_after)
    skip = set(exclude)
    pool = load_events() if events is None else tuple(events)
    chosen = [
        e
        for e in pool
        if e.id not in skip
        and (category is None or e.category == category)
        and (first <= e.date <= last or (e.end_date is not None and first <= e.end_date <= last))
    ]
    return sorted(chosen, key=lambda e: e.date)
