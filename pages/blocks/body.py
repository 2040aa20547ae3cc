import contextlib

from django.utils.functional import cached_property

from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.coreutils import resolve_model_string

from .claims import ClaimBlock, reading_references_of_a_body, references_cited_in, using_references
from .library import (
    LibraryClaimBlock,
    library_claims_shown_in,
    reading_library_claims_of_a_body,
    using_library_claims,
)
from .media import ImageBlock
from .sections import BenefitsBlock, FAQBlock, RisksBlock, SuitabilityBlock
from .text import CalloutBlock, HeadingBlock, NarrativeBlock


class ArticleBody(StreamValue):
    """An article's body, read lazily as Wagtail reads any stream, except that the references
    and library claims of all its sections are looked up together, once.

    Wagtail reads each kind of section on its own, and each looked its references up again: six
    queries in the editor of the demo's largest article. Where the reader already looked the
    body's up (the claims of a page, pages/models/reviewed.py), those are used.
    """

    def _prefetch_blocks(self, type_name):
        with contextlib.ExitStack() as reading:
            if not reading_references_of_a_body():
                reading.enter_context(using_references(self._references))
            if not reading_library_claims_of_a_body():
                reading.enter_context(using_library_claims(self._library_claims))
            super()._prefetch_blocks(type_name)

    @cached_property
    def _references(self):
        return references_cited_in(resolve_model_string("pages.Reference"), list(self._raw_data))

    @cached_property
    def _library_claims(self):
        return library_claims_shown_in("library.LibraryClaim", list(self._raw_data))


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

    def to_python(self, value):
        stream = super().to_python(value)
        if stream.is_lazy:
            return ArticleBody(self, stream._raw_data, is_lazy=True)
        return stream
