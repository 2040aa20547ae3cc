"""The article's patient-facing text, in the order a patient reads it."""

from dataclasses import dataclass

from .article import ArticleInput
from .normalise import Normalised, normalise

SUMMARY_BLOCK_ID = "summary"  # the summary is a field, not a block; findings on it use this id

SUMMARY = "summary"
CLAIM = "claim"
TEXT = "text"


@dataclass(frozen=True)
class Passage:
    block_id: str
    kind: str  # SUMMARY, CLAIM or TEXT
    claim_type: str | None
    words: Normalised


def passages(article: ArticleInput) -> list[Passage]:
    found = []
    if article.summary.strip():
        found.append(Passage(SUMMARY_BLOCK_ID, SUMMARY, None, normalise(article.summary)))
    for claim in article.claims:
        found.append(Passage(claim.block_id, CLAIM, claim.claim_type, normalise(claim.text)))
    for text in article.texts:
        found.append(Passage(text.block_id, TEXT, None, normalise(text.text)))
    return found
