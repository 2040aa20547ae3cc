from wagtail import blocks

from pages.limits import HEADING_MAX_CHARS, TEXT_BLOCK_MAX_CHARS

NARRATIVE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", HEADING_MAX_CHARS)
        super().__init__(**kwargs)

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        form_classname = "title"


class NarrativeBlock(blocks.RichTextBlock):
    """Plain text for narrative that makes no medical claim; claims go in claim blocks."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", NARRATIVE_FEATURES)
        kwargs.setdefault("max_length", TEXT_BLOCK_MAX_CHARS)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/narrative.html"
        label = "Plain text (no medical claims)"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[("info", "Information"), ("warning", "Caution")], default="info"
    )
    text = NarrativeBlock()

    class Meta:
        icon = "info-circle"
        template = "blocks/callout.html"
