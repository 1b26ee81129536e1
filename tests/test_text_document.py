"""Loading documents: files, HTML pages, standard input, and every kind of bad input.

Fetching pages from the web is tested in test_text_fetch.py.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from usmx.text.dateline import find_dateline
from usmx.text.document import DocumentError
from usmx.text.load import from_bytes, load

HTML = b"""<!doctype html><html><head><title>Page</title>
<meta property="article:published_time" content="2023-03-20T08:00:00Z">
<script>var claim = "100,000 deaths"; alert("x")</script><style>p{color:red}</style></head>
<body><nav>Home | About | Contact</nav><article><h1>Border numbers</h1>
<p>Encounters at the southwest border topped 2 million in fiscal year 2022, officials said on Monday.</p>
<p>Remittances to Mexico were nearly $60 billion last year, according to the central bank's figures.</p>
<script>document.write("<b>7,500 a day</b>")</script></article><footer>Copyright</footer></body></html>"""


def test_text_file_is_read_as_is(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Deaths\u00a0topped 100,000.\n", "utf-8")
    doc = load(str(p))
    assert doc.kind == "text" and doc.text == "Deaths\u00a0topped 100,000.\n"


def test_utf8_bom_and_utf16(tmp_path: Path) -> None:
    p = tmp_path / "b.txt"
    p.write_bytes(b"\xef\xbb\xbfHello 100,000 deaths")
    assert load(str(p)).text == "Hello 100,000 deaths"
    q = tmp_path / "c.txt"
    q.write_bytes("Hello 7,500".encode("utf-16"))
    assert load(str(q)).text == "Hello 7,500"


def test_markdown_kind(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("# Title\n\nSee [the data](https://x.org).\n", "utf-8")
    assert load(str(p)).kind == "markdown"


def test_html_main_text_without_scripts_and_with_its_date(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_bytes(HTML)
    doc = load(str(p))
    assert doc.kind == "html"
    assert "topped 2 million" in doc.text
    assert "alert" not in doc.text and "document.write" not in doc.text and "7,500" not in doc.text
    assert doc.published == date(2023, 3, 20) and doc.published_from == "page metadata"


def test_html_that_is_only_scripts_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "s.html"
    p.write_bytes(b"<html><head><script>" + b"var a=1;" * 1000 + b"</script></head><body></body></html>")
    with pytest.raises(DocumentError, match="no readable text"):
        load(str(p))


def test_stdin() -> None:
    doc = load("-", stdin=io.BytesIO(b"Some 7,500 a day."))
    assert doc.name == "-" and doc.text == "Some 7,500 a day."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"%PDF-1.7 binary", "PDF"),
        (b"\x00\x01\x02\x03binary\x00stuff", "binary"),
        (b"caf\xe9 100,000 deaths", "not UTF-8"),
    ],
)
def test_bad_bytes(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as exc:
        from_bytes("input.txt", data)
    assert "\n" not in str(exc.value)


def test_too_large(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"x" * 2048)
    with pytest.raises(DocumentError, match="too large"):
        load(str(p), limit=1024)
    with pytest.raises(DocumentError, match="too large"):
        load("-", limit=1024, stdin=io.BytesIO(b"y" * 2048))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load(str(tmp_path / "nope.txt"))
    with pytest.raises(DocumentError, match="folder"):
        load(str(tmp_path))


def test_html_declared_charset_is_honoured() -> None:
    data = b'<html><head><meta charset="iso-8859-1"></head><body><p>' + b"Caf\xe9 " * 40 + b"</p></body></html>"
    doc = from_bytes("p.html", data)
    assert "Caf\u00e9" in doc.text


def test_dateline() -> None:
    assert find_dateline("Title\n\nJune 12, 2022\n\nText") == date(2022, 6, 12)
    assert find_dateline(" date 2023-06-12 Comment") == date(2023, 6, 12)
    assert find_dateline("Jun 5, 2024 3 min read") == date(2024, 6, 5)
    assert find_dateline("no date here") is None
    assert find_dateline("On March 3, 2031 it will be", today=date(2026, 1, 1)) is None


def test_publication_date_order_given_metadata_dateline_today() -> None:
    from usmx.text.dateline import publication_date

    text = "Title\n\nJune 12, 2022\n\nText"
    today = date(2024, 1, 1)
    assert publication_date(text, date(2022, 7, 1), date(2022, 8, 1), today) == (date(2022, 8, 1), "given")
    assert publication_date(text, date(2022, 7, 1), None, today) == (date(2022, 7, 1), "page metadata")
    assert publication_date(text, None, None, today) == (date(2022, 6, 12), "dateline")
    assert publication_date("No date here.", None, None, today) == (today, "today")
