"""The vocabulary of movement: a word of rising or falling is read the same way by every pattern."""

from __future__ import annotations

import re
from datetime import date

import pytest

from usmx.text import movement as mv
from usmx.text.claims import analyse, extract_claims
from usmx.text.quantities import find_quantities

_EN_VERBS = [(v, 1) for v in mv.RISING_VERBS] + [(v, -1) for v in mv.FALLING_VERBS]
_EN_NOUNS = [(n, 1) for n in mv.RISING_NOUNS] + [(n, -1) for n in mv.FALLING_NOUNS]
_ES_VERBS = [(v, 1) for v in mv.ES_RISING_VERBS] + [(v, -1) for v in mv.ES_FALLING_VERBS]
_ES_NOUNS = [(n, 1) for n in mv.ES_RISING_NOUNS] + [(n, -1) for n in mv.ES_FALLING_NOUNS]


def _changes(text: str, lang: str = "en") -> list[int]:
    low = text.lower()
    return [q.change for q in find_quantities(low, 0, len(low), lang) if q.unit == "percent"]


def _streaks(text: str) -> list[str | None]:
    return [c.direction for c in extract_claims(analyse(text), date(2024, 6, 1)) if c.kind == "streak"]


@pytest.mark.parametrize(("verb", "sign"), _EN_VERBS, ids=lambda x: x.base if isinstance(x, mv.Verb) else None)
def test_a_verb_of_movement_is_a_change_before_a_figure_a_fraction_and_a_streak(verb: mv.Verb, sign: int) -> None:
    for form in (verb.past, verb.third, verb.gerund):
        assert _changes(f"Remittances {form} 5 percent in 2023.") == [sign]
    low = f"remittances {verb.past} by a third in 2023."
    fractions = [q.change for q in find_quantities(low, 0, len(low)) if q.form == "fraction"]
    assert fractions == [sign]
    assert _streaks(f"Remittances {verb.past} for six consecutive months.") == ["up" if sign > 0 else "down"]


@pytest.mark.parametrize(("noun", "sign"), _EN_NOUNS, ids=lambda x: x[0] if isinstance(x, tuple) else None)
def test_a_noun_of_movement_is_a_change_before_of_after_a_figure_and_as_a_subject(
        noun: tuple[str, ...], sign: int) -> None:
    for form in noun:
        assert _changes(f"Remittances saw a {form} of 5 percent in 2023.") == [sign]
    assert _changes(f"Remittances showed a 5 percent {noun[0]} in 2023.") == [sign]
    assert _changes(f"The {noun[0]} in 2023 was 5 percent.") == [sign]


@pytest.mark.parametrize(("verb", "sign"), _ES_VERBS, ids=lambda x: x[0] if isinstance(x, tuple) else None)
def test_a_spanish_verb_of_movement_is_a_change_before_a_figure(verb: tuple[str, ...], sign: int) -> None:
    for form in verb:
        assert _changes(f"las remesas {form} 5 por ciento en 2023.", "es") == [sign]


@pytest.mark.parametrize(("noun", "sign"), _ES_NOUNS, ids=lambda x: x[0] if isinstance(x, tuple) else None)
def test_a_spanish_noun_of_movement_is_a_change_and_a_streak(noun: tuple[str, ...], sign: int) -> None:
    for form in noun:
        assert _changes(f"se registró un {form} de 5 por ciento en 2023.", "es") == [sign]
    assert _streaks(f"Las remesas hilaron seis meses de {noun[-1]} en México, según el Banco de México.") == \
        ["up" if sign > 0 else "down"]


def test_words_are_whole_forms_longest_first_with_any_run_of_spaces() -> None:
    pattern = mv.words([mv.Verb("go up", "goes up", "went up", "gone up", "going up")], ("up",))
    assert pattern == r"(?:going\s+up|goes\s+up|gone\s+up|went\s+up|go\s+up|up)"
    assert re.fullmatch(pattern, "went   up")
    assert not re.fullmatch(pattern, "went")


def test_no_word_is_both_rising_and_falling() -> None:
    rising = {w for v in mv.RISING_VERBS for w in v} | {w for n in mv.RISING_NOUNS for w in n}
    falling = {w for v in mv.FALLING_VERBS for w in v} | {w for n in mv.FALLING_NOUNS for w in n}
    assert not rising & falling
    es_rising = {w for e in mv.ES_RISING_VERBS + mv.ES_RISING_NOUNS for w in e}
    es_falling = {w for e in mv.ES_FALLING_VERBS + mv.ES_FALLING_NOUNS for w in e}
    assert not es_rising & es_falling
