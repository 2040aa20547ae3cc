import contextlib
import copy

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from pages.choices import ClaimType
from pages.limits import CLAIM_MAX_CHARS, NOTE_MAX_CHARS

# A claim's wording is what the director signs; headings, lists or embeds inside it would make
# that wording harder to read and compare.
STATEMENT_FEATURES = ["bold", "italic", "link"]

# Where a post keeps the references it cites once they are looked up (see value_from_datadict).
_CITED = "_claimcheck_cited_references"


class ReferenceChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("pages.Reference", **kwargs)

    def bulk_to_python(self, values):
        # Wagtail passes every occurrence; an article citing the same studies hundreds of times
        # would otherwise exceed SQLite's parameter limit and split into more queries.
        found = self.model_class.objects.in_bulk({value for value in values if value is not None})
        return [copy.copy(found[value]) if value in found else None for value in values]

    def value_from_datadict(self, data, files, prefix):
        # The editor posts one chooser per citation and Wagtail looks each up on its own, once per
        # reading of the form: 3,000 queries to save a 500-claim draft. One query per post.
        chosen = self.field.widget.value_from_datadict(data, files, prefix)
        if isinstance(chosen, str) and chosen.isdigit():
            found = self._cited_in(data).get(int(chosen))
            if found is not None:
                return copy.copy(found)
        return super().value_from_datadict(data, files, prefix)

    def clean(self, value):
        # Wagtail's clean looks the chosen reference up again; one read from this post's lookup
        # (or from the database, for a stored value) already proved it exists.
        if isinstance(value, self.model_class) and value.pk is not None:
            return value
        return super().clean(value)

    def _cited_in(self, data):
        found = getattr(data, _CITED, None)
        if found is not None:
            return found
        posted_ids = {
            int(value)
            for key, value in data.items()
            if key.endswith("-value") and isinstance(value, str) and value.isdigit()
        }
        found = self.model_class.objects.in_bulk(posted_ids)
        # The request's POST outlives every reading of the form, so the lookups are kept on it.
        # A plain dict takes no attributes: it is then looked up afresh each time.
        with contextlib.suppress(AttributeError):
            setattr(data, _CITED, found)
        return found

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
        cited = [
            (numbers.get(reference.pk), reference)
            for reference in value["references"]
            if reference is not None
        ]
        # "[1][2]", not "[2][1]": numbers follow the article's reading order, not the claim's.
        context["citations"] = sorted(cited, key=lambda citation: citation[0] or 0)
        return context

    class Meta:
        icon = "clipboard-list"
        template = "blocks/claim.html"
        label = "Claim"


def claim_stream(extra_blocks=()):
    """A stream whose children are claims (each with its own block id), plus optional extras."""
    return blocks.StreamBlock([("claim", ClaimBlock()), *extra_blocks])
