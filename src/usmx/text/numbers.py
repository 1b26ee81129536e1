"""Reading a written number: digits, words, scale words, and the precision it states.

The precision matters to the verdict: "2.3 million" is stated to the nearest 100,000 and
"106,000" to the nearest thousand, so a figure within that step is not an error. Trailing
zeros are ambiguous ("100,000" may be exact or rounded), so the step is capped at a tenth of
the value; otherwise every round number would be unfalsifiable.
"""

from __future__ import annotations

import re

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12,
    "dozen": 12.0,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
# Fractions written as words, in percent of the whole.
FRACTIONS = {
    "half": 50.0, "one-half": 50.0, "one half": 50.0, "a half": 50.0,
    "a third": 100 / 3, "one-third": 100 / 3, "one third": 100 / 3, "two-thirds": 200 / 3,
    "two thirds": 200 / 3, "a quarter": 25.0, "one-quarter": 25.0, "one quarter": 25.0,
    "three-quarters": 75.0, "three quarters": 75.0, "a fourth": 25.0, "one-fourth": 25.0,
    "a fifth": 20.0, "one-fifth": 20.0, "one fifth": 20.0, "two-fifths": 40.0, "three-fifths": 60.0,
    "a tenth": 10.0, "one-tenth": 10.0, "one tenth": 10.0, "a sixth": 100 / 6, "one-sixth": 100 / 6,
}
MULTIPLIER_VERBS = {
    "double": 2.0, "doubled": 2.0, "doubles": 2.0, "doubling": 2.0,
    "triple": 3.0, "tripled": 3.0, "triples": 3.0, "tripling": 3.0, "treble": 3.0, "trebled": 3.0,
    "quadruple": 4.0, "quadrupled": 4.0, "quadruples": 4.0, "quadrupling": 4.0,
    "quintuple": 5.0, "quintupled": 5.0, "halve": 0.5, "halved": 0.5, "halves": 0.5, "halving": 0.5,
}

WORD_NUMBER = (
    r"(?:(?:" + "|".join(sorted(TENS, key=len, reverse=True)) + r")(?:[- ](?:"
    + "|".join(k for k in ONES if 0 < ONES[k] < 10) + r"))?|"
    + "|".join(sorted(ONES, key=len, reverse=True)) + r")"
)
WORD_NUMBER_RE = re.compile(rf"\b{WORD_NUMBER}\b", re.I)

_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")


def parse_digits(token: str) -> tuple[float, float]:
    """Value and rounding step of a digit string such as "7,500" or "2.3"."""
    m = _DIGITS.match(token)
    if not m:
        raise ValueError(f"not a number: {token!r}")
    whole, frac = m.group(1).replace(",", ""), m.group(2)
    value = float(whole + ("." + frac if frac else ""))
    if frac:
        step = 10.0 ** -len(frac)
    else:
        stripped = whole.rstrip("0")
        zeros = len(whole) - len(stripped) if stripped else 0
        step = 10.0 ** zeros
    return value, step


def parse_word_number(words: str) -> float | None:
    """Value of "twenty-five", "seven", "one hundred" (None when not a number word)."""
    total = 0.0
    current = 0.0
    seen = False
    for w in re.split(r"[\s-]+", words.lower().strip()):
        if not w or w == "and":
            continue
        if w in ONES:
            current += ONES[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * SCALES[w]
            current = 0
        elif w in ("a", "an"):
            current += 1
        else:
            return None
        seen = True
    return total + current if seen else None


def capped_step(value: float, step: float) -> float:
    """The stated precision, capped at a tenth of the value (trailing zeros are ambiguous)."""
    if value <= 0:
        return step
    return min(step, abs(value) * 0.1)
