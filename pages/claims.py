"""Finding the claims (and other blocks) in an article body, wherever they are nested."""

from dataclasses import dataclass

from wagtail.blocks import StreamValue, StructValue

from pages.blocks import ClaimBlock
from pages.blocks.claims import cited_references
from pages.blocks.library import LibraryClaimBlock

SECTION_LABELS = {
    "claim": "the article body",
    "benefits": "Benefits",
    "risks": "Risks and side effects",
    "suitability": "Who it is for / not for",
    "faq": "an FAQ",
}


def section_label(section):
    return SECTION_LABELS.get(section, section)


@dataclass(frozen=True)
class Claim:
    block_id: str
    statement: str  # rich text source (HTML), exactly as the writer saved it
    claim_type: str
    references: tuple
    reviewer_note: str
    section: str  # the top-level block it sits in: "claim", "benefits", "risks", "faq", ...
    content_path: str  # where Wagtail's editor anchors comments, e.g. "body.<id>.claims.<id>"

    @property
    def section_label(self):
        return section_label(self.section)


def walk_blocks(stream_value, section=None, path="body"):
    """Yield (stream child, section, content path) for every stream child, in reading order."""
    for child in stream_value:
        child_section = section or child.block_type
        child_path = f"{path}.{child.id}"
        yield child, child_section, child_path
        if isinstance(child.value, StructValue):
            for name, value in child.value.items():
                if isinstance(value, StreamValue):
                    yield from walk_blocks(value, child_section, f"{child_path}.{name}")


def claims_in(body):
    return [
        Claim(
            block_id=child.id,
            statement=child.value["statement"].source,
            claim_type=child.value["claim_type"],
            references=tuple(cited_references(child.value)),
            reviewer_note=child.value["reviewer_note"],
            section=section,
            content_path=path,
        )
        for child, section, path in walk_blocks(body)
        if isinstance(child.block, ClaimBlock)
    ]


def library_claims_in(body):
    """(stream child, library claim identity) for every library claim block, in reading order."""
    return [
        (child, str(child.value.identity) if child.value is not None else None)
        for child, _, _ in walk_blocks(body)
        if isinstance(child.block, LibraryClaimBlock)
    ]


def cited_in_reading_order(body, shown_library_claims):
    """The references of the body's own claims and of the library claims it shows, each once,
    in the order a reader meets them."""
    ordered = {}
    for child, _, _ in walk_blocks(body):
        if isinstance(child.block, ClaimBlock):
            references = cited_references(child.value)
        elif isinstance(child.block, LibraryClaimBlock) and child.value is not None:
            shown = shown_library_claims.get(str(child.value.identity))
            references = shown.references if shown is not None else []
        else:
            continue
        for reference in references:
            ordered.setdefault(reference.pk, reference)
    return list(ordered.values())
