"""Blocks of patients' pages (a treatment article's body, links to articles), split by kind."""

from .body import ArticleBodyBlock
from .claims import ClaimBlock
from .library import LibraryClaimBlock
from .links import TreatmentLinkBlock
from .media import ImageBlock
from .sections import BenefitsBlock, FAQBlock, RisksBlock, SuitabilityBlock
from .text import CalloutBlock, HeadingBlock, NarrativeBlock

__all__ = [
    "ArticleBodyBlock",
    "BenefitsBlock",
    "CalloutBlock",
    "ClaimBlock",
    "FAQBlock",
    "HeadingBlock",
    "ImageBlock",
    "LibraryClaimBlock",
    "NarrativeBlock",
    "RisksBlock",
    "SuitabilityBlock",
    "TreatmentLinkBlock",
]
