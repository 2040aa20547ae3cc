from wagtail import blocks

from pages.limits import HEADING_MAX_CHARS, NOTE_MAX_CHARS

from .claims import claim_stream
from .text import NarrativeBlock


class BenefitsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Possible benefits", max_length=HEADING_MAX_CHARS)
    claims = claim_stream()

    class Meta:
        icon = "plus"
        template = "blocks/benefits.html"
        label = "Benefits"


class RisksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Risks and side effects", max_length=HEADING_MAX_CHARS)
    claims = claim_stream()

    class Meta:
        icon = "warning"
        template = "blocks/risks.html"
        label = "Risks and side effects"


class SuitabilityBlock(blocks.StructBlock):
    for_whom = claim_stream([("text", NarrativeBlock())])
    not_for = claim_stream([("text", NarrativeBlock())])

    class Meta:
        icon = "group"
        template = "blocks/suitability.html"
        label = "Who it is for / not for"


class FAQBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=NOTE_MAX_CHARS)
    answer = claim_stream([("text", NarrativeBlock())])

    class Meta:
        icon = "help"
        template = "blocks/faq.html"
        label = "FAQ"
