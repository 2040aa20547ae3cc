import contextlib
import copy
from contextvars import ContextVar

from django.utils.encoding import force_str
from django.utils.functional import cached_property
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from wagtail import blocks
from wagtail.blocks.list_block import ListValue
from wagtail.rich_text import expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

from pages.choices import ClaimType
from pages.limits import CLAIM_MAX_CHARS, NOTE_MAX_CHARS

from .library import LibraryClaimBlock

# A claim's wording is what the director signs; headings, lists or embeds inside it would make
# that wording harder to read and compare.
STATEMENT_FEATURES = ["bold", "italic", "link"]

# Where a post keeps the references it cites once they are looked up (see value_from_datadict).
_CITED = "_claimcheck_cited_references"
# The references of a whole body, looked up at once (see references_looked_up_together).
_BODY_REFERENCES = ContextVar("claimcheck_body_references", default=None)


def _cited_ids(raw, found):
    """Add every reference id a stored body cites, wherever its claims are nested, to `found`."""
    for key, value in raw.items() if isinstance(raw, dict) else enumerate(raw):
        if key == "references" and isinstance(value, list):
            for cited in value:
                cited = cited.get("value") if isinstance(cited, dict) else cited
                if isinstance(cited, int):
                    found.add(cited)
        elif isinstance(value, list | dict):
            _cited_ids(value, found)
    return found


def references_cited_in(model, raw_body):
    """Every reference a stored body cites, by id, in one query (none when it cites none)."""
    return model.objects.in_bulk(_cited_ids(raw_body, set()))


def reading_references_of_a_body():
    return _BODY_REFERENCES.get() is not None


@contextlib.contextmanager
def using_references(found):
    """While reading a body, its claims take their references from `found` (id: reference)."""
    token = _BODY_REFERENCES.set(found)
    try:
        yield
    finally:
        _BODY_REFERENCES.reset(token)


@contextlib.contextmanager
def references_looked_up_together(model, raw_body):
    """While reading a body, every section's claims find their references in one query, which
    yields them (id: reference).

    Wagtail looks references up once per kind of section (benefits, risks, FAQs...). Inside an
    outer reading (an article reading the library claims it shows), only the references that
    reading did not find are looked up: none, when it looked up the library claims' too.
    """
    known = _BODY_REFERENCES.get() or {}
    missing = _cited_ids(raw_body, set()) - known.keys()
    found = {**known, **model.objects.in_bulk(missing)} if missing else known
    with using_references(found):
        yield found


def cited_references(claim_value):
    """The references a claim block cites, leaving out any deleted since it was saved."""
    cited = claim_value["references"]
    if isinstance(cited, CitedReferences):
        values = cited.references
    else:
        # A list block's value reads one item per call through Python's sequence protocol; its
        # children hold the values directly.
        children = getattr(cited, "bound_blocks", None)
        values = cited if children is None else [child.value for child in children]
    return [reference for reference in values if reference is not None]


class CitedReferences(ListValue):
    """A claim's references as read from a stored body.

    Wagtail wraps every item of a list in an object of its own (with its id) as it reads the
    list; a long article cites its studies ten thousand times, and patients' pages, the checks
    and the indexes only need the references and their ids. The wrappers are made when
    something asks for them (the editor, a comparison, a change to the list) and from then on
    are the list.
    """

    def __init__(self, list_block, references, item_ids):
        self.list_block = list_block
        self._references = references
        self._item_ids = item_ids
        self._bound_blocks = None

    @property
    def bound_blocks(self):
        if self._bound_blocks is None:
            child_block = self.list_block.child_block
            self._bound_blocks = [
                ListValue.ListChild(child_block, reference, id=item_id)
                for reference, item_id in zip(self._references, self._item_ids, strict=True)
            ]
        return self._bound_blocks

    @bound_blocks.setter
    def bound_blocks(self, bound_blocks):
        self._bound_blocks = bound_blocks

    @property
    def references(self):
        """The cited references in order, None for one deleted since."""
        if self._bound_blocks is None:
            return self._references
        return [child.value for child in self._bound_blocks]

    def stored_items(self):
        """(item id, reference) of each item, or None once the list is Wagtail's own again, or
        while an item has no id yet (stored before lists had ids: Wagtail gives it one)."""
        if self._bound_blocks is not None or not all(self._item_ids):
            return None
        return zip(self._item_ids, self._references, strict=True)


class ReferenceChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("pages.Reference", **kwargs)

    def bulk_to_python(self, values):
        # Wagtail passes every occurrence; an article citing the same studies hundreds of times
        # would otherwise exceed SQLite's parameter limit and split into more queries. Each
        # occurrence shares its reference's one instance: copying it per citation was a tenth of
        # a long article's render time, and nothing changes a reference read from a page.
        found = _BODY_REFERENCES.get() or {}
        missing = {value for value in values if value is not None and value not in found}
        if missing:
            found = {**found, **self.model_class.objects.in_bulk(missing)}
        return [found.get(value) for value in values]

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


class CitedReferencesBlock(blocks.ListBlock):
    """A claim's references. A new claim opens with one empty "Choose reference" slot; one left
    empty is dropped on saving, so that submitting says the claim has no reference (the
    compliance check) rather than Wagtail's "This field is required"."""

    def __init__(self, **kwargs):
        super().__init__(ReferenceChooserBlock(required=False), **kwargs)

    def to_python(self, value):
        return self.bulk_to_python([value])[0]

    def bulk_to_python(self, values):
        # Wagtail's own reading, but without a wrapper object per item (see CitedReferences).
        values = [list(stored) for stored in values]
        item_ids = [
            [item["id"] if self._item_is_in_block_format(item) else None for item in stored]
            for stored in values
        ]
        raw = [
            item["value"] if item_id is not None else item
            for stored, ids in zip(values, item_ids, strict=True)
            for item, item_id in zip(stored, ids, strict=True)
        ]
        references = iter(self.child_block.bulk_to_python(raw))
        return [CitedReferences(self, [next(references) for _ in ids], ids) for ids in item_ids]

    def get_prep_value(self, value):
        items = value.stored_items() if isinstance(value, CitedReferences) else None
        if items is None:
            return super().get_prep_value(value)
        prep = self.child_block.get_prep_value
        return [{"type": "item", "value": prep(ref), "id": item_id} for item_id, ref in items]

    def get_searchable_content(self, value):
        if isinstance(value, CitedReferences) and self.search_index:
            search = self.child_block.get_searchable_content
            return [text for ref in value.references for text in search(ref)]
        return super().get_searchable_content(value)

    def extract_references(self, value):
        items = value.stored_items() if isinstance(value, CitedReferences) else None
        if items is None:
            yield from super().extract_references(value)
            return
        # What Wagtail's list and chooser blocks yield for each citation, without a generator
        # of each per item: the reference index reads them all on every publish.
        model = self.child_block.model_class
        for item_id, reference in items:
            if reference is not None:
                yield model, str(reference.pk), "item", item_id

    def clean(self, value):
        cleaned = super().clean(value)
        chosen = [child for child in cleaned.bound_blocks if child.value is not None]
        return blocks.list_block.ListValue(self, bound_blocks=chosen)

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        return ("pages.blocks.claims.CitedReferencesBlock", (), kwargs)


class ClaimTypeBlock(blocks.ChoiceBlock):
    """A claim's type. Wagtail matches each stored value against the choices anew, building the
    list of choices each time; the choices are the clinic's fixed vocabulary, so the match is
    worked out once."""

    @cached_property
    def _choice_of_text(self):
        matches = {}
        for key, _ in self.field.choices:
            matches.setdefault(force_str(key), key)
        return matches

    def to_python(self, value):
        if value is None:
            return None
        return self._choice_of_text.get(force_str(value), value)

    @cached_property
    def _label_of_text(self):
        labels = {}
        for key, label in self.field.choices:
            labels.setdefault(force_str(key), force_str(label))
        return labels

    def get_searchable_content(self, value):
        # The search index reads every claim's type three times on each publish.
        if not self.search_index:
            return []
        label = self._label_of_text.get(force_str(value))
        return [] if label is None else [label]


class ClaimBlock(blocks.StructBlock):
    """One statement of medical fact. Its StreamField block id is its identity across revisions."""

    statement = blocks.RichTextBlock(
        features=STATEMENT_FEATURES,
        max_length=CLAIM_MAX_CHARS,
        help_text="One statement of medical fact, in plain words.",
    )
    claim_type = ClaimTypeBlock(choices=ClaimType.choices, default=ClaimType.EFFICACY)
    # Not required here so that a draft can be saved mid-thought; submission for review
    # refuses a claim without a reference.
    references = CitedReferencesBlock(
        min_num=0,
        help_text="The published evidence for this statement. At least one before review.",
    )
    # Kept out of the search index too: patients search it, and a search for the note's words
    # would otherwise find the article.
    reviewer_note = blocks.TextBlock(
        required=False,
        max_length=NOTE_MAX_CHARS,
        help_text="For the medical director only; patients never see it.",
        search_index=False,
    )

    def render(self, value, context=None):
        # Drawn here rather than by a template: a long article has hundreds of claims, and a
        # template per claim was a third of the time the page took.
        context = context or {}
        block_id = context.get("block_id")
        if block_id in context.get("claims_hidden", ()):
            return mark_safe("")
        marks = context.get("citation_marks")
        anchor = f' id="claim-{conditional_escape(block_id)}"' if block_id else ""
        # Wagtail's internal links and embeds expanded, as `|richtext` does, without its one-line
        # wrapper template.
        statement = expand_db_html(value["statement"].source)
        cited = marks.marks_for(cited_references(value)) if marks else ""
        # The markup format_html would give, put together directly (it was a tenth of drawing a
        # claim): the block id is escaped; the wording is sanitised rich text, the marks drawn HTML.
        return mark_safe(f'<div class="claim"{anchor}>{statement}{cited}</div>')  # noqa: S308

    class Meta:
        icon = "clipboard-list"
        label = "Claim"


def claim_stream(extra_blocks=()):
    """A stream whose children are claims (each with its own block id), claims from the claims
    library, and optional extras."""
    return blocks.StreamBlock(
        [("claim", ClaimBlock()), ("library_claim", LibraryClaimBlock()), *extra_blocks]
    )
