from wagtail import blocks


class TreatmentLinkBlock(blocks.PageChooserBlock):
    """A link to a treatment article: patients are shown it only while the article is live and
    passes the serve-time rule (the pages that list these check)."""

    def __init__(self, **kwargs):
        super().__init__(page_type="pages.TreatmentArticlePage", **kwargs)

    class Meta:
        icon = "doc-full"
        template = "blocks/treatment_link.html"
        label = "Treatment article"
