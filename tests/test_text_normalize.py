"""Same-length normalisation and sentence splitting: offsets must stay those of the original."""

from __future__ import annotations

from usmx.text.normalize import lower, normalize
from usmx.text.sentences import clauses, paragraphs, split_sentences


def test_normalisation_keeps_length_and_maps_typography() -> None:
    raw = "Mexico\u2019s \u201cshare\u201d\u00a0is 30\u201335 percent\u2014so [top source](#) **Record**."
    out = normalize(raw)
    assert len(out) == len(raw)
    assert "Mexico's" in out and '"share"' in out
    assert "30-35 percent" in out  # en dash between digits becomes a hyphen
    assert "\u2014" in out  # em dash kept: it separates clauses
    assert "top source" in out and "](#)" not in out and "**" not in out
    assert out.index("top source") == raw.index("top source")


def test_lower_keeps_length_for_letters_that_expand() -> None:
    s = "\u0130stanbul DEATHS"
    assert len(lower(s)) == len(s)
    assert lower(s).endswith("deaths")


def test_crlf_and_zero_width_characters() -> None:
    raw = "one\r\ntwo\u200bthree"
    out = normalize(raw)
    assert len(out) == len(raw) and "\r" not in out and "\u200b" not in out


def test_sentences_keep_us_abbreviation_and_decimals_inside() -> None:
    text = "The U.S. Border Patrol counted 2.3 million. It was a record. Talks with the U.S. The end."
    spans = [text[s.start:s.end] for s in split_sentences(text)]
    assert spans[0] == "The U.S. Border Patrol counted 2.3 million."
    assert spans[1] == "It was a record."
    assert spans[2] == "Talks with the U.S."


def test_headings_and_bullets_are_their_own_units() -> None:
    text = ("Record Border Encounters\n\n- First point here.\n- Second point, 7,500 a day.\n"
            "A wrapped line of a plain-text copy that goes on\nand continues.")
    paras = paragraphs(text)
    assert paras[0].heading
    assert not paras[1].heading and text[paras[1].start:paras[1].end] == "- First point here."
    assert text[paras[3].start:paras[3].end] == "A wrapped line of a plain-text copy that goes on\nand continues."


def test_initials_do_not_end_sentences() -> None:
    text = "Ryan C. Berg wrote it. Then it ended."
    assert len(split_sentences(text)) == 2


def test_a_word_ending_in_an_accented_letter_ends_its_sentence() -> None:
    # "Economía." is no initial "a.": the period ends the sentence
    text = "Lo informó la Secretaría de Economía. De esa cifra, 12 mil provinieron de Estados Unidos."
    assert len(split_sentences(text)) == 2


def test_clauses_split_on_semicolons_dashes_and_parentheses() -> None:
    text = "nearly 106,000; more than 70,000 (so far four) \u2014 a town"
    parts = [text[s:e].strip() for s, e in clauses(text, 0, len(text))]
    assert parts == ["nearly 106,000", "more than 70,000", "so far four", "a town"]
