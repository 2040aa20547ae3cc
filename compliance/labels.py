"""Names a writer can find on the editing screen for each block a finding points to."""

from collections import Counter

from wagtail.blocks import StreamValue, StructValue

from compliance.core.codepoints import TITLE_BLOCK_ID
from compliance.core.passages import SUMMARY_BLOCK_ID

WHOLE_ARTICLE = "The whole article"
SUMMARY = "Summary"
TITLE = "Title"

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
    labels = {TITLE_BLOCK_ID: TITLE, SUMMARY_BLOCK_ID: SUMMARY}
    _label_children(body, None, labels, Counter())
    return labels


def _label_children(stream_value, within, labels, counts):
    # The parent's label travels down with its children: block ids are the writer's data (any
    # string, in a stored body), so nothing here parses them or looks a parent up by id.
    for child in stream_value:
        kind = _KINDS.get(child.block_type, child.block_type.capitalize())
        if child.block_type in _NUMBERED:
            counts[kind] += 1
            kind = f"{kind} {counts[kind]}"
        label = f"{kind} in {within}" if within else kind
        labels.setdefault(child.id, label)
        if isinstance(child.value, StructValue):
            for name, value in child.value.items():
                if isinstance(value, StreamValue):
                    _label_children(value, _STREAM_NAMES.get(name) or label, labels, counts)


def label_for(block_id, labels):
    if block_id is None:
        return WHOLE_ARTICLE
    return labels.get(block_id, "A block that is no longer in the article")
