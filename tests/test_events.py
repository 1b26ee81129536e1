"""The policy-event timeline: the bundled file holds up, queries select the right events,
and a malformed timeline is refused with a message that says what is wrong and where."""

from __future__ import annotations

import datetime as dt
import itertools
from urllib.parse import urlsplit

import pytest

from usmx.events import (
    CATEGORIES,
    Event,
    EventsError,
    UnknownEvent,
    events_between,
    events_in_window,
    get_event,
    load_events,
    parse_events,
    shift_months,
)

D = dt.date
DROP = object()  # marks a field to remove from an otherwise valid event

GOOD = """
[[event]]
id = "first_thing"
date = 2020-01-01
title = "First"
category = "trade"
actors = ["USTR"]
description = "Something happened on the first day."
url = "https://ustr.gov/example"

[[event]]
id = "second_thing"
date = 2020-06-01
end_date = 2021-06-01
title = "Second"
category = "security"
actors = ["DHS"]
description = "A programme ran for a year."
url = "https://www.dhs.gov/example"
"""


def _one(**fields: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": "an_event",
        "date": D(2020, 1, 1),
        "title": "An event",
        "category": "trade",
        "actors": ["USTR"],
        "description": "Something happened.",
        "url": "https://ustr.gov/x",
    }
    row.update(fields)
    return {"event": [row]}


# the bundled timeline ------------------------------------------------------------------


def test_bundled_timeline_loads_in_date_order() -> None:
    events = load_events()
    assert len(events) >= 30
    dates = [e.date for e in events]
    assert dates == sorted(dates)
    assert len({e.id for e in events}) == len(events)
    assert {e.category for e in events} <= set(CATEGORIES)


def test_timeline_covers_2007_and_2023_to_2025() -> None:
    years = {e.date.year for e in load_events()}
    assert {2007, 2023, 2024, 2025} <= years


def test_no_event_without_a_source() -> None:
    for event in load_events():
        parts = urlsplit(event.url)
        assert parts.scheme in ("http", "https"), event.id
        assert parts.hostname and "." in parts.hostname, event.id


@pytest.mark.parametrize(
    ("event_id", "category"),
    [
        ("title42_start", "migration"),
        ("title42_end", "migration"),
        ("mpp_announced", "migration"),
        ("mpp_start", "migration"),
        ("mpp_end", "migration"),
        ("merida_initiative", "security"),
        ("bicentennial_framework", "security"),
        ("usmca_entry_into_force", "trade"),
        ("usmca_joint_review", "trade"),
        ("cartel_fto_designation", "security"),
        ("cartel_transfer_feb_2025", "security"),
        ("fentanyl_tariff_order", "trade"),
        ("securing_the_border_proclamation", "migration"),
        ("cbp_one_start", "migration"),
        ("usmca_energy_consultations", "trade"),
        ("gm_corn_panel", "trade"),
    ],
)
def test_named_events_exist(event_id: str, category: str) -> None:
    assert get_event(event_id).category == category


def test_key_dates_are_the_effective_dates() -> None:
    # Title 42 lifted at 11:59 p.m. ET on 11 May 2023; it began at 11:59 p.m. ET on 20 March 2020.
    assert get_event("title42_start").date == D(2020, 3, 20)
    assert get_event("title42_end").date == D(2023, 5, 11)
    assert get_event("usmca_entry_into_force").date == D(2020, 7, 1)
    assert get_event("mpp_announced").date < get_event("mpp_start").date < get_event("mpp_end").date
    # The June 2024 proclamation was signed on 3 June but took effect on 5 June.
    assert get_event("securing_the_border_proclamation").date == D(2024, 6, 5)
    # The joint review falls on the sixth anniversary of entry into force.
    review, eif = get_event("usmca_joint_review").date, get_event("usmca_entry_into_force").date
    assert (review.year - eif.year, review.month, review.day) == (6, eif.month, eif.day)


@pytest.mark.parametrize(
    ("term_ids", "gap_days"),
    [
        # Mexican presidents hand over at midnight: a term ends the day before the next begins.
        (["calderon_term", "pena_nieto_term", "amlo_term", "sheinbaum_term"], 1),
        # U.S. presidents hand over at noon on 20 January: one term ends the day the next begins.
        (["bush_second_term", "obama_term", "trump_first_term", "biden_term", "trump_second_term"], 0),
    ],
)
def test_presidential_terms_chain_without_gaps(term_ids: list[str], gap_days: int) -> None:
    terms = [get_event(i) for i in term_ids]
    assert all(t.category == "elections" for t in terms)
    for earlier, later in itertools.pairwise(terms):
        assert earlier.end_date is not None, earlier.id
        assert later.date - earlier.end_date == dt.timedelta(days=gap_days), (earlier.id, later.id)
    assert terms[-1].ongoing and terms[-1].end_date is None


# queries -------------------------------------------------------------------------------


def test_events_between_filters_by_date_and_category() -> None:
    found = events_between(D(2023, 1, 1), D(2023, 12, 31), "migration")
    assert "title42_end" in {e.id for e in found}
    assert all(e.category == "migration" and e.date.year == 2023 for e in found)
    everything = events_between(D(2023, 1, 1), D(2023, 12, 31))
    assert len(everything) > len(found)
    assert [e.date for e in everything] == sorted(e.date for e in everything)


def test_events_between_lists_running_spans_only_when_asked() -> None:
    in_2023 = {e.id for e in events_between(D(2023, 1, 1), D(2023, 12, 31), "elections")}
    assert "biden_term" not in in_2023
    running = {e.id for e in events_between(D(2023, 1, 1), D(2023, 12, 31), "elections", ongoing=True)}
    assert {"biden_term", "amlo_term"} <= running
    assert "trump_first_term" not in running
    # an ongoing term with no end date overlaps any later period
    later = {e.id for e in events_between(D(2030, 1, 1), D(2030, 2, 1), ongoing=True)}
    assert {"sheinbaum_term", "trump_second_term"} <= later


def test_events_between_refuses_bad_queries() -> None:
    with pytest.raises(EventsError, match="after end"):
        events_between(D(2024, 1, 1), D(2023, 1, 1))
    with pytest.raises(EventsError, match="unknown category 'health'"):
        events_between(D(2023, 1, 1), D(2024, 1, 1), "health")


def test_events_in_window_lists_starts_and_ends_nearby() -> None:
    near = {e.id for e in events_in_window(D(2023, 5, 11), 1, 1)}
    assert {"title42_end", "lawful_pathways_rule"} <= near
    assert "title42_start" not in near
    # the end of a term is a change inside the window; a term merely running through is not
    inauguration = {e.id for e in events_in_window(D(2025, 1, 20), 0, 0)}
    assert {"biden_term", "trump_second_term", "cbp_one_end"} <= inauguration
    assert "sheinbaum_term" not in inauguration
    others = {e.id for e in events_in_window(D(2023, 5, 11), 1, 1, exclude=["title42_end"])}
    assert "title42_end" not in others and "lawful_pathways_rule" in others


def test_events_in_window_uses_calendar_months() -> None:
    events = parse_events(GOOD)
    # 2020-06-01 is five months after 2020-01-01: outside a 4-month window, inside a 5-month one
    assert [e.id for e in events_in_window(D(2020, 1, 1), 0, 4, events=events)] == ["first_thing"]
    assert [e.id for e in events_in_window(D(2020, 1, 1), 0, 5, events=events)] == [
        "first_thing",
        "second_thing",
    ]
    # the span's end (2021-06-01) falls in a window around mid-2021
    assert [e.id for e in events_in_window(D(2021, 7, 1), 1, 0, events=events)] == ["second_thing"]
    assert shift_months(D(2024, 3, 31), -1) == D(2024, 2, 29)
    assert shift_months(D(2023, 11, 15), 3) == D(2024, 2, 15)
    with pytest.raises(EventsError, match="zero or more"):
        events_in_window(D(2020, 1, 1), -1, 0, events=events)


def test_unknown_id_suggests_close_matches() -> None:
    with pytest.raises(UnknownEvent) as info:
        get_event("title42_ends")
    message = str(info.value)
    assert "unknown event 'title42_ends'" in message
    assert "title42_end" in message
    with pytest.raises(KeyError):
        get_event("nothing_like_this_at_all")


# malformed timelines -------------------------------------------------------------------


def test_good_text_parses() -> None:
    events = parse_events(GOOD)
    assert [e.id for e in events] == ["first_thing", "second_thing"]
    assert events[1] == Event(
        id="second_thing",
        date=D(2020, 6, 1),
        end_date=D(2021, 6, 1),
        title="Second",
        category="security",
        actors=("DHS",),
        description="A programme ran for a year.",
        url="https://www.dhs.gov/example",
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"url": DROP}, "missing url"),
        ({"colour": "blue"}, "unknown keys colour"),
        ({"id": "Title42"}, "id must be snake_case"),
        ({"date": "2023-13-01"}, "date must be an ISO date"),
        ({"date": "11 May 2023"}, "date must be an ISO date"),
        ({"date": dt.datetime(2023, 5, 11, 23, 59)}, "without a time"),
        ({"end_date": D(2019, 12, 31)}, "end_date 2019-12-31 is before date 2020-01-01"),
        ({"ongoing": True, "end_date": D(2021, 1, 1)}, "cannot also have an end_date"),
        ({"category": "health"}, "category must be one of"),
        ({"actors": "USTR"}, "actors must be a non-empty list"),
        ({"actors": []}, "actors must be a non-empty list"),
        ({"url": "ftp://ustr.gov/x"}, "url must be an http(s) URL"),
        ({"url": "https:///no-host"}, "url must be an http(s) URL"),
        ({"url": "see the USTR website"}, "url must be an http(s) URL"),
        ({"description": "Tariffs rose. Mexico replied."}, "must be one sentence"),
        ({"description": "Tariffs rose"}, "ending with a full stop"),
        ({"title": "  "}, "title must be a non-empty string"),
    ],
)
def test_malformed_event_is_refused(fields: dict[str, object], expected: str) -> None:
    data = _one(**fields)
    row = data["event"][0]  # type: ignore[index]
    for key in [k for k, v in fields.items() if v is DROP]:
        del row[key]
    with pytest.raises(EventsError) as info:
        parse_events(data, "bad.toml")
    message = str(info.value)
    assert expected in message
    assert message.startswith("bad.toml: event #1 (")
    assert "\n" not in message


def test_description_allows_abbreviations_within_one_sentence() -> None:
    text = "The U.S. Department of Justice and Gen. Salvador Cienfuegos met at 11:59 p.m. ET in Washington."
    assert parse_events(_one(description=text))[0].description == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "no [[event]] tables"),
        ("[[event]]\nid = ", "not valid TOML"),
        (GOOD.replace('id = "second_thing"', 'id = "first_thing"'), "event #2 (first_thing): duplicate id"),
        (
            GOOD.replace("date = 2020-06-01", "date = 2019-06-01"),
            "event #2 (second_thing): out of date order",
        ),
        ("title = 'x'\n" + GOOD, "unknown top-level keys title"),
    ],
)
def test_malformed_timeline_text_is_refused(text: str, expected: str) -> None:
    with pytest.raises(EventsError) as info:
        parse_events(text, "bad.toml")
    assert expected in str(info.value)
    assert "\n" not in str(info.value)
