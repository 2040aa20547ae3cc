import copy

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from pages.choices import ClaimType
from pages.limits import CLAIM_MAX_CHARS, NOTE_MAX_CHARS

# A claim's wording is what the director signs; headings, lists or embeds inside it would make
# that wording harder to read and compare.
STATEMENT_FEATURES = ["bold", "italic", "link"]


class ReferenceChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("pages.Reference", **kwargs)

    def bulk_to_python(self, values):
        # Wagtail passes every occurrence; an article citing the same studies hundreds of times
        # would otherwise exceed SQLite's parameter limit and split into more queries.
        found = self.model_class.objects.in_bulk({value for value in values if value is not None})
        return [copy.copy(found[value]) if value in found else None for value in values]

    def deconstruct(self):
        # Migrations record the model-free constructor, so the model name is not passed twice.
        path, args, kwargs = super().deconstruct()
        return ("pages.blocks.claims.ReferenceChooserBlock", (), kwargs)


class ClaimBlock(blocks.StructBlock):
    """One statement of medical fact. Its StreamField block id is its identity across revisions."""

    statement = blocks.RichTextBlock(
        features=STATEMENT_FEATURES,
        max_length=CLAIM_MAX_CHARS,
        help_text="One statement of medical fact, in plain words.",
    )
    claim_type = blocks.ChoiceBlock(choices=ClaimType.choices, default=ClaimType.EFFICACY)
    # Not required here so that a draft can be saved mid-thought; submission for review
    # refuses a claim without a reference.
    references = blocks.ListBlock(
        ReferenceChooserBlock(),
        min_num=0,
        help_text="The published evidence for this statement. At least one before review.",
    )
    reviewer_note = blocks.TextBlock(
        required=False,
        max_length=NOTE_MAX_CHARS,
        help_text="For the medical director only; patients never see it.",
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        numbers = (parent_context or {}).get("citation_numbers", {})
        context["citations"] = [
            (numbers.get(reference.pk), reference)
            for reference in value["references"]
            if reference is not None
        ]
        return context

    class Meta:
        icon = "clipboard-list"
        template = "blocks/claim.html"
        label = "Claim"


def claim_stream(extra_blocks=()):
    """A stream whose children are claims (each with its own block id), plus optional extras."""
    return blocks.StreamBlock([("claim", ClaimBlock()), *extra_blocks])
