"""Each qualifier is read from the words around the figure."""

from __future__ import annotations

import pytest

from usmx.text.qualifiers import qualifier_after, qualifier_before


@pytest.mark.parametrize(
    ("before", "expected", "starts"),
    [
        ("about ", "about", "about"), ("roughly ", "about", "roughly"), ("around ", "about", "around"),
        ("an estimated ", "about", "an estimated"), ("approximately ", "about", "approximately"),
        ("nearly ", "nearly", "nearly"), ("almost ", "nearly", "almost"), ("just under ", "nearly", "just under"),
        ("close to ", "nearly", "close to"), ("more than ", "more_than", "more than"), ("over ", "more_than", "over"),
        ("topped ", "more_than", "topped"), ("have topped ", "more_than", "topped"),
        ("surpassed ", "more_than", "surpassed"), ("in excess of ", "more_than", "in excess"),
        ("at least ", "at_least", "at least"), ("no fewer than ", "at_least", "no fewer"),
        ("fewer than ", "less_than", "fewer"), ("less than ", "less_than", "less"), ("under ", "less_than", "under"),
        ("below ", "less_than", "below"), ("up to ", "at_most", "up to"), ("as many as ", "at_most", "as many"),
        ("just ", "exact", "just"), ("only ", "exact", "only"), ("more than a record ", "more_than", "more than"),
        ("at nearly ", "nearly", "nearly"), ("kill over ", "more_than", "over"),
    ],
)
def test_qualifier_before(before: str, expected: str, starts: str) -> None:
    text = before + "100"
    q, start = qualifier_before(text, len(before), 0)
    assert q == expected
    assert text[start:].startswith(starts)


@pytest.mark.parametrize("before", ["a record ", "the top ", "killed ", "in "])
def test_no_qualifier(before: str) -> None:
    assert qualifier_before(before + "100", len(before), 0)[0] is None


@pytest.mark.parametrize(
    ("after", "expected"), [(" and counting", "at_least"), (" or more", "at_least"), (" or so", "about"),
                            (" or fewer", "at_most")],
)
def test_qualifier_after(after: str, expected: str) -> None:
    text = "4" + after
    q, end = qualifier_after(text, 1, len(text))
    assert q == expected and end == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("los homicidios superaron los 30 mil", "more_than"), ("la cifra supera las 30 mil 46", None),
     ("superior a los 2 mil 500", "more_than"), ("por encima de los 33,241", None)],
)
def test_a_count_given_to_the_unit_after_a_spanish_comparative_is_compared_with(text: str, expected: str | None
                                                                                 ) -> None:
    start = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert qualifier_before(text, start, 0, "es")[0] == expected
