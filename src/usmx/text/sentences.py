"""Paragraphs, sentences and clauses, with offsets into the normalised text.

A rule-based splitter is enough for commentary prose and costs microseconds; the rules
that matter are the ones that keep "U.S." and "2.3" inside a sentence and that treat a
line of its own (a heading, a bullet, a dateline) as its own unit, because a number's
context must never leak across a heading into the next paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tokens after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm", "st",
        "jr", "sr", "inc", "corp", "co", "ltd", "llc", "no", "nos", "vs", "v", "etc", "e.g", "i.e", "cf", "al",
        "approx", "est", "dept", "govt", "univ", "ave", "blvd", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "op", "u.s", "u.n", "u.k", "e.u", "d.c", "p.m",
        "a.m", "s.a", "u.s.a", "n.y", "l.a",
    ]
)
# After "U.S." these words begin a new sentence; any other capitalised word continues it.
_SENTENCE_OPENERS = frozenset(
    [
        "the", "a", "an", "it", "its", "this", "that", "these", "those", "there", "they", "we", "he", "she",
        "i", "in", "on", "at", "but", "and", "or", "so", "yet", "for", "as", "if", "when", "while", "after",
        "before", "since", "however", "meanwhile", "still", "now", "then", "what", "who", "why", "how", "more",
        "most", "some", "many", "much", "our", "his", "her", "their", "one", "two", "three", "four", "five",
    ]
)

# Prose sentences stay well under this (the longest in the news benchmarks is under 400
# characters). Reading a sentence costs more than linearly in its length, so a text without
# sentence marks (a pasted table, a number list, hostile input) is cut into pieces of at most
# this size rather than read as one sentence of 200,000 characters.
MAX_SENTENCE_CHARS = 600

_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s+)")
_WORD_BEFORE = re.compile(r"([^\W\d_](?:[^\W\d_]|\.)*)$")  # letters of any script ("Economía.")
_CLAUSE_BREAK = re.compile(r";|\u2014|\s-\s|\s--\s|\(|\)|:\s")
_BULLET = re.compile(r"^\s*(?:[-*+>]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])\s+")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int  # position in the document
    heading: bool  # a line of its own without closing punctuation


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    heading: bool


def paragraphs(text: str) -> list[Paragraph]:
    """Lines are paragraphs, except that a hard-wrapped line continues into the next."""
    out: list[Paragraph] = []
    pos = 0
    n = len(text)
    cur_start: int | None = None
    cur_end = 0
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        stripped = line.strip()
        if stripped:
            s = pos + (len(line) - len(line.lstrip()))
            e = pos + len(line.rstrip())
            if cur_start is not None and _continues(text[cur_start:cur_end], stripped):
                cur_end = e
            else:
                if cur_start is not None:
                    out.append(_para(text, cur_start, cur_end))
                cur_start, cur_end = s, e
        elif cur_start is not None:
            out.append(_para(text, cur_start, cur_end))
            cur_start = None
        if nl < 0:
            break
        pos = nl + 1
    if cur_start is not None:
        out.append(_para(text, cur_start, cur_end))
    return out


def _continues(prev: str, nxt: str) -> bool:
    """A line wrapped mid-sentence: the previous line has no end and the next starts lower case."""
    if not prev or _BULLET.match(nxt):
        return False
    return prev[-1] not in ".!?:;\"')" and nxt[0].islower() and len(prev) > 40


def _para(text: str, start: int, end: int) -> Paragraph:
    body = text[start:end]
    words = body.split()
    heading = body[-1] not in ".!?:;\"')" and len(words) <= 16 and not body.startswith(("-", "*"))
    return Paragraph(start, end, heading)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of the whole text, in order."""
    out: list[Sentence] = []
    for pi, para in enumerate(paragraphs(text)):
        for s, e in _split_paragraph(text, para.start, para.end):
            out.append(Sentence(s, e, pi, len(out), para.heading))
    return out


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    seg_start = start
    body = text[start:end]
    for m in _BOUNDARY.finditer(body):
        cut = start + m.end()
        if not _is_sentence_end(text, start + m.start(), cut, end):
            continue
        _add(text, spans, seg_start, cut)
        seg_start = cut
    _add(text, spans, seg_start, end)
    return spans


def _add(text: str, spans: list[tuple[int, int]], s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e - s > MAX_SENTENCE_CHARS:
        cut = _long_sentence_cut(text, s, s + MAX_SENTENCE_CHARS)
        _add(text, spans, s, cut)
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        spans.append((s, e))


def _long_sentence_cut(text: str, s: int, limit: int) -> int:
    """Where to cut a run of text too long to be one sentence: after a clause mark, else a space."""
    floor = s + MAX_SENTENCE_CHARS // 2
    for marks in ((";", ",", ":"), (" ",)):
        at = max(text.rfind(m, floor, limit) for m in marks)
        if at >= floor:
            return at + 1
    return limit


def _is_sentence_end(text: str, dot: int, cut: int, limit: int) -> bool:
    nxt = cut
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    if nxt >= limit:
        return True
    following = text[nxt]
    if text[dot] != ".":
        return following.isupper() or following.isdigit() or following in "\"'(["
    if not (following.isupper() or following.isdigit() or following in "\"'(["):
        return False
    m = _WORD_BEFORE.search(text[max(0, dot - 12):dot])
    if m:
        word = m.group(1).lower()
        if len(word) == 1 and word.isalpha():
            return False  # an initial: "C. Berg"
        if word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS:
            if word.rstrip(".") in ("u.s", "u.n", "u.k", "d.c", "e.u", "u.s.a"):
                nxt_word = re.match(r"[A-Za-z']+", text[nxt:nxt + 20])
                return nxt_word is not None and nxt_word.group(0).lower() in _SENTENCE_OPENERS
            return False
    return True


# ", and ...", ", while ...", ", mientras que ...": the next clause, often with a subject and a figure of its own
CONJUNCT = re.compile(r"[,;]\s*(?:but|and|while|whereas|although|though|yet|as|even\s+as|even\s+though"
                      r"|mientras\s+que|y|pero)\s+")


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of a sentence: parts separated by semicolons, dashes, parentheses, colons."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if text[s:m.start()].strip():
            out.append((s, m.start()))
        s = m.end()
    if text[s:end].strip():
        out.append((s, end))
    return out or [(start, end)]


def clause_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return spans[-1] if spans and pos >= spans[-1][1] else spans[0]
