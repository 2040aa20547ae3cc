from wagtail import blocks

from .claims import ClaimBlock
from .media import ImageBlock
from .sections import BenefitsBlock, FAQBlock, RisksBlock, SuitabilityBlock
from .text import CalloutBlock, HeadingBlock, NarrativeBlock


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = NarrativeBlock()
    claim = ClaimBlock()
    benefits = BenefitsBlock()
    risks = RisksBlock()
    suitability = SuitabilityBlock()
    faq = FAQBlock()
    callout = CalloutBlock()
    image = ImageBlock()
