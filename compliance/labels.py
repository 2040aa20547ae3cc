"""Names a writer can find on the editing screen for each block a finding points to."""

from collections import Counter

from compliance.core.passages import SUMMARY_BLOCK_ID
from pages.claims import walk_blocks

WHOLE_ARTICLE = "The whole article"
SUMMARY = "Summary"

_KINDS = {
    "heading": "Heading",
    "text": "Text",
    "claim": "Claim",
    "callout": "Callout",
    "faq": "FAQ",
    "image": "Image",
    "benefits": "Benefits",
    "risks": "Risks and side effects",
    "suitability": "Who it is for / not for",
}
# Sections appear once or twice and are known by their heading; the rest are counted, in the
# order they appear, as the writer counts them down the page.
_NUMBERED = {"heading", "text", "claim", "callout", "faq", "image"}
_STREAM_NAMES = {"for_whom": "Who it is for", "not_for": "Who it is not for"}


def block_labels(body):
    """{block id: "Claim 3 in Risks and side effects"} for every block of the body."""
    labels = {SUMMARY_BLOCK_ID: SUMMARY}
    counts = Counter()
    for child, _section, path in walk_blocks(body):
        kind = _KINDS.get(child.block_type, child.block_type.capitalize())
        if child.block_type in _NUMBERED:
            counts[kind] += 1
            kind = f"{kind} {counts[kind]}"
        parts = path.split(".")
        if len(parts) > 2:  # nested: body.<parent id>.<stream name>.<own id>
            parent_id, stream_name = parts[-3], parts[-2]
            kind = f"{kind} in {_STREAM_NAMES.get(stream_name) or labels[parent_id]}"
        labels.setdefault(child.id, kind)
    return labels


def label_for(block_id, labels):
    if block_id is None:
        return WHOLE_ARTICLE
    return labels.get(block_id, "A block that is no longer in the article")
