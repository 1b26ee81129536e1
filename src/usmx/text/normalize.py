"""Same-length normalisation: the matching text keeps every offset of the original.

Articles arrive with non-breaking spaces, curly quotes, typographic dashes and markdown
link syntax. Matching is simpler on plain ASCII punctuation, but claims must point into
the text exactly as the user gave it, so every replacement here maps one character to
one character and markup is blanked out with spaces rather than removed.
"""

from __future__ import annotations

import re

_CHAR_MAP = {
    **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
                    "\u3000\t\u000b\u000c", " "),
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", " "),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d", "-"),
    **dict.fromkeys("\u2014\u2015\u2e3a\u2e3b", "\u2014"),
    "\u2026": ".",
    "\u2028": "\n",
    "\u2029": "\n",
    "\r": "\n",
    "\u2022": "-",
    "\u25cf": "-",
    "\u00b7": " ",
}
_SPECIAL = re.compile("[" + re.escape("".join(_CHAR_MAP)) + "]")

# [text](target) and ![alt](target): keep the text, blank the brackets and the target.
_MD_LINK = re.compile(r"!?\[([^\[\]\n]{0,500})\]\(([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,200}\")?)\)")
_MD_REF_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,50}\]")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t])", re.M)
_CRLF = re.compile(r"\r\n")


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _link(m: re.Match[str]) -> str:
    inner = m.group(1)
    lead = m.start(1) - m.start()
    return " " * lead + inner + " " * (m.end() - m.end(1))


def normalize(text: str) -> str:
    """A string of the same length as ``text``, with plain punctuation and no markdown."""
    out = _CRLF.sub(" \n", text)
    if not out.isascii() or "\t" in out or "\r" in out or "\x0b" in out or "\x0c" in out:
        out = _SPECIAL.sub(lambda m: _CHAR_MAP[m.group(0)], out)
    if "[" in out:
        out = _MD_LINK.sub(_link, out)
        out = _MD_REF_LINK.sub(_link, out)
    if "*" in out or "__" in out:
        out = _MD_EMPHASIS.sub(_blank, out)
    if "#" in out:
        out = _MD_HEADING.sub(_blank, out)
    out = out.replace("`", " ")
    if len(out) != len(text):  # pragma: no cover - guarded by construction
        raise AssertionError("normalisation changed the length of the text")
    return out


def lower(text: str) -> str:
    """Lower case without changing the length (a few letters lower-case to two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
