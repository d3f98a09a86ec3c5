"""Check results as schema.org ClaimReview (JSON-LD), for fact-checkers who publish.

One ClaimReview per quantity: the claim is the sentence that holds it, the rating one of
three (1 differs, 2 not in the report, 3 matches; ``alternateName`` says it in words),
and ``itemReviewed`` points at the article when its address is given. The review is
based on the report itself (``isBasedOn``, with the figure's Chinese quote), so a reader
can check the checker.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

from ..analysis.check import CheckedText, CheckResult, CheckVerdict
from ..model.frozen import FrozenMap
from ..model.wording import CHECK_BASIS_NAME, CHECK_VERDICT
from ..source import DOCUMENT_ID

_RATING = FrozenMap(
    {CheckVerdict.DIFFERS: 1, CheckVerdict.NOT_IN_REPORT: 2, CheckVerdict.MATCHES: 3}
)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``[start, end)``, stripped."""
    left = max(text.rfind(c, 0, start) for c in "。！？!?\n")
    dot = text.rfind(". ", 0, start)
    left = max(left, dot + 1 if dot >= 0 else -1)
    ends = [i for i in (text.find(c, end) for c in "。！？!?\n") if i >= 0]
    dot_end = text.find(". ", end)
    if dot_end >= 0:
        ends.append(dot_end)
    right = min(ends) + 1 if ends else len(text)
    return text[left + 1 : right].strip()


def _review(
    text: str,
    result: CheckResult,
    url: str | None,
    author: str,
    date: datetime.date | None,
) -> dict[str, Any]:
    claim: dict[str, Any] = {"@type": "Claim", "text": _sentence(text, result.start, result.end)}
    if url:
        claim["appearance"] = {"@type": "CreativeWork", "url": url}
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": f"{result.written}: {claim['text']}",
        "itemReviewed": claim,
        "author": {"@type": "Organization", "name": author},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": _RATING[result.verdict],
            "worstRating": 1,
            "bestRating": 3,
            "alternateName": CHECK_VERDICT[result.verdict.value][0],
            "ratingExplanation": result.why("en"),
        },
        "isBasedOn": {
            "@type": "CreativeWork",
            "identifier": DOCUMENT_ID,
            "name": CHECK_BASIS_NAME,
            "inLanguage": "zh-Hans",
        },
    }
    if result.figure is not None:
        review["isBasedOn"]["text"] = result.figure.quote
        review["isBasedOn"]["identifier"] = f"{DOCUMENT_ID}#{result.figure.id}"
    if date is not None:
        review["datePublished"] = date.isoformat()
    return review


def to_claimreview(
    checked: CheckedText,
    *,
    url: str | None = None,
    author: str = "miit2014",
    date: datetime.date | None = None,
    indent: int | None = 2,
) -> str:
    """A JSON-LD array of ClaimReview objects, one per quantity of the checked text."""
    reviews = [_review(checked.text, r, url, author, date) for r in checked]
    return json.dumps(reviews, ensure_ascii=False, indent=indent)
