"""Check a treatment article against the clinic's compliance rules.

The editor calls `check_article` with plain values built from the page; nothing here touches the
database, so the same check runs in the editor, on submission and in tests.
"""

from .article import ArticleInput, ClaimInput, ReferenceInput, TextInput, TherapyInput
from .findings import BLOCK, WARN, Finding
from .passages import SUMMARY_BLOCK_ID, passages
from .rules import RULES

__all__ = [
    "BLOCK",
    "SUMMARY_BLOCK_ID",
    "WARN",
    "ArticleInput",
    "ClaimInput",
    "Finding",
    "ReferenceInput",
    "TextInput",
    "TherapyInput",
    "check_article",
]

_SEVERITY_ORDER = {BLOCK: 0, WARN: 1}
_WHOLE_ARTICLE = -1  # article-wide findings lead their severity


def check_article(article: ArticleInput) -> list[Finding]:
    """BLOCK findings first, then WARN; each in reading order (summary, claims, texts)."""
    in_order = passages(article)
    place = {passage.block_id: index for index, passage in enumerate(in_order)}
    ranked = []
    for rule_index, rule in enumerate(RULES):
        for hit in rule.hits(article, in_order):
            finding = Finding(
                rule_id=rule.id,
                severity=rule.severity,
                block_id=hit.block_id,
                message=rule.message + hit.note,
                reason=rule.reason,
                source=rule.source,
                excerpt=hit.excerpt,
                suggested_claim_type=hit.suggested_claim_type,
            )
            # Blocks with no text of their own (an image without a caption) come last.
            block_place = (
                _WHOLE_ARTICLE if hit.block_id is None else place.get(hit.block_id, len(place))
            )
            key = (_SEVERITY_ORDER[rule.severity], block_place, hit.at, rule_index)
            ranked.append((key, finding))
    ranked.sort(key=lambda pair: pair[0])
    return [finding for _, finding in ranked]
