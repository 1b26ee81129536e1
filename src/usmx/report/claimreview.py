"""schema.org ClaimReview for each checked claim, so other tools can read the verdicts.

What is emitted follows schema.org's ClaimReview and Google's fact-check requirements
(https://developers.google.com/search/docs/appearance/structured-data/factcheck), with one
rule above both: nothing is stated that usmx does not know.

- URLs are absolute or absent. Search engines reject relative URLs, so a review's ``url``
  (its page plus the card's anchor) is written only when the page's absolute address is known:
  ``usmx report --base-url`` for a static site, the request's own URL in the web app. Without
  one the field is left out, and the block says less rather than something wrong.
- Dates are facts or absent. A document's date is stated as the claim's publication date only
  when it was given, read from the page's metadata or printed at the top of the text. A date
  inferred from the text's figures, or today's date used for want of any, is not a publication
  date: it is left out, and ``reviewBody`` says which date the claim's periods were read against.
- ``reviewBody`` carries the explanation, then the official figure, its period, status, release
  and source, so the review stands on its own when lifted out of the page.

The rating scale is ours and is stated in every review (worst 1, best 3): 3 accurate,
2 right number for a different measure, 1 overstated or understated. An unverifiable claim
gets no numeric rating, only its name, because "we could not check it" is not a grade.

The JSON is embedded in a ``<script type="application/ld+json">`` block, where the HTML
parser ends the block at the first ``</script``; quoted text can contain anything, so every
``<``, ``>`` and ``&`` is written as a JSON unicode escape, which reads back identically.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any
from urllib.parse import urljoin

from usmx.report.documents import Card, Document, safe_url
from usmx.report.inputs import InputError

RATINGS = {"accurate": 3, "wrong_measure": 2, "overstated": 1, "understated": 1}
BEST, WORST = 3, 1
AUTHOR_NAME = "usmx"
# where a document's date came from -> whether it may be stated as the claim's publication date
STATED_DATES = frozenset({"given", "page metadata", "dateline"})


def absolute(value: str | None, name: str) -> str | None:
    """``value`` if it is an absolute http(s) URL, None if empty; anything else is refused."""
    if value is None or not value.strip():
        return None
    url = safe_url(value)
    if url is None:
        raise InputError(f"{name} must be an absolute http(s) URL such as https://example.org/checks/, "
                         f"not {value!r}")
    return url


def base_url(value: str | None) -> str | None:
    """A site's absolute root URL, ending in "/" (so that pages join under it)."""
    url = absolute(value, "--base-url")
    if url is None:
        return None
    return url if url.endswith("/") else url + "/"


def page_url(base: str | None, relative: str) -> str | None:
    """The absolute address of a page of the site, or None when the site's address is unknown."""
    return urljoin(base, relative) if base else None


def date_note(doc: Document) -> str:
    """What reviewBody says when the document's date is not a stated publication date."""
    if doc.published is None or doc.published_from in STATED_DATES:
        return ""
    if doc.published_from == "today":
        return (f"The text carries no publication date; its periods were read as of "
                f"{doc.published.isoformat()}, the day it was checked.")
    return (f"The text carries no publication date; its periods were read as of {doc.published.isoformat()}, "
            f"a date {doc.published_from}.")


def review_body(card: Card, doc: Document) -> str:
    parts = [card.explanation.strip()]
    if card.official is not None:
        figure = f"Official figure: {card.official}"
        if card.official_period:
            figure += f" for {card.official_period}"
        how = ", ".join(x for x in (card.status, f"released {card.vintage}" if card.vintage else "") if x)
        if how:
            figure += f" ({how})"
        source = ", ".join(x for x in (card.source_name, card.source_url or "") if x)
        parts.append(figure + (f"; source: {source}." if source else "."))
    elif card.source_name or card.source_url:
        parts.append("Source: " + ", ".join(x for x in (card.source_name, card.source_url or "") if x) + ".")
    parts.append(date_note(doc))
    return " ".join(p for p in parts if p)


def claim_review(card: Card, doc: Document, page: str | None, reviewed: date | None = None,
                 site: str | None = None) -> dict[str, Any]:
    """One ClaimReview; ``page`` is the absolute URL of the page showing the card, if known."""
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": card.label_text}
    if card.label in RATINGS:
        rating.update(ratingValue=RATINGS[card.label], bestRating=BEST, worstRating=WORST)
    appearance: dict[str, Any] = {"@type": "CreativeWork", "name": doc.heading}
    doc_url = safe_url(doc.url)
    if doc_url:
        appearance["url"] = doc_url
    claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if doc.published and doc.published_from in STATED_DATES:
        appearance["datePublished"] = claim["datePublished"] = doc.published.isoformat()
    author: dict[str, Any] = {"@type": "Organization", "name": AUTHOR_NAME}
    if site and safe_url(site):
        author["url"] = site
    review: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview"}
    page = safe_url(page)
    if page:
        review["url"] = f"{page.split('#', 1)[0]}#v{card.number}"
    review.update({
        "claimReviewed": card.quote or card.sentence,
        "itemReviewed": claim,
        "author": author,
        "reviewRating": rating,
        "reviewBody": review_body(card, doc),
    })
    if reviewed:
        review["datePublished"] = reviewed.isoformat()
    return review


def claim_reviews(cards: Sequence[Card], doc: Document, page: str | None,
                  reviewed: date | None = None, site: str | None = None) -> list[dict[str, Any]]:
    return [claim_review(c, doc, page, reviewed, site) for c in cards]


def script_json(data: Any) -> str:
    """JSON safe to place inside an HTML ``<script>`` data block."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
