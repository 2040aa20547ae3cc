from wagtail import blocks

from .claims import ClaimBlock
from .library import LibraryClaimBlock
from .media import ImageBlock
from .sections import BenefitsBlock, FAQBlock, RisksBlock, SuitabilityBlock
from .text import CalloutBlock, HeadingBlock, NarrativeBlock


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = NarrativeBlock()
    claim = ClaimBlock()
    library_claim = LibraryClaimBlock()
    benefits = BenefitsBlock()
    risks = RisksBlock()
    suitability = SuitabilityBlock()
    faq = FAQBlock()
    callout = CalloutBlock()
    image = ImageBlock()
