"""schema.org ClaimReview for each checked claim, so other tools can read the verdicts.

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

from usmx.report.documents import Card, Document, safe_url

RATINGS = {"accurate": 3, "wrong_measure": 2, "overstated": 1, "understated": 1}
BEST, WORST = 3, 1
AUTHOR = {"@type": "Organization", "name": "usmx"}


def claim_review(card: Card, doc: Document, page_url: str, reviewed: date | None = None) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": card.label_text}
    if card.label in RATINGS:
        rating.update(ratingValue=RATINGS[card.label], bestRating=BEST, worstRating=WORST)
    appearance: dict[str, Any] = {"@type": "CreativeWork", "name": doc.heading}
    doc_url = safe_url(doc.url)
    if doc_url:
        appearance["url"] = doc_url
    if doc.published:
        appearance["datePublished"] = doc.published.isoformat()
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{page_url}#v{card.number}",
        "claimReviewed": card.quote or card.sentence,
        "itemReviewed": {"@type": "Claim", "appearance": appearance, "firstAppearance": appearance},
        "author": AUTHOR,
        "reviewRating": rating,
        "reviewBody": card.explanation,
    }
    if doc.published:
        review["itemReviewed"]["datePublished"] = doc.published.isoformat()
    if reviewed:
        review["datePublished"] = reviewed.isoformat()
    return review


def claim_reviews(cards: Sequence[Card], doc: Document, page_url: str,
                  reviewed: date | None = None) -> list[dict[str, Any]]:
    return [claim_review(c, doc, page_url, reviewed) for c in cards]


def script_json(data: Any) -> str:
    """JSON safe to place inside an HTML ``<script>`` data block."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
