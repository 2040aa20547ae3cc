from django.apps import apps
from django.db import models, transaction
from django.utils.functional import cached_property

from wagtail.blocks import StreamValue
from wagtail.models import Page

from pages.addresses import full_address
from pages.blocks.claims import references_looked_up_together
from pages.blocks.library import library_claims_looked_up_together
from pages.claims import claims_in
from pages.forms import ReviewedPageForm
from pages.models.references import Reference
from pages.text import nfc, nfc_stream
from pages.view_restrictions import view_restrictions_of
from review.guard.entry import (
    approval_to_go_live,
    medical_review_workflow,
    patients_may_see,
    reading_once,
    record_unpublishing,
    serve_signed_content,
)

# Named by label: the claims library sits below this app (pages/blocks/library.py).
LIBRARY_CLAIM = "library.LibraryClaim"
# What Wagtail's Page.with_content_json takes from the page record, whatever a revision says.
PAGE_RECORD_FIELDS = frozenset(
    {"content_type", "owner", "locked_by", "latest_revision", "locale", "alias_of"}
)


class ReviewedPage(Page):
    """A page patients read: whatever it shows them goes live only through a medical review.

    The review approves the page's whole patient-visible content (claims, where it has any, are
    signed one by one as well), and the publish guard holds that on every route: the editor,
    bulk actions, scheduling, code, serving and listings. Every page type patients read
    subclasses this and declares its `patient_visible_fields`.
    """

    #: Every field a patient reads, or that changes what the page tells them. The medical review
    #: approves exactly these, and the publish guard refuses to make any change to them live
    #: without one; nothing else may list them.
    patient_visible_fields = ("title", "seo_title", "search_description")
    #: The exact patient-visible text the product itself installs for this page type (see
    #: pages/migrations/0002_clinic_tree.py), or None. A page no review has approved yet may
    #: show exactly this and nothing else: nobody at the clinic wrote it, and it makes no
    #: medical claim. Any change to it goes through the medical review.
    shipped_content = None

    base_form_class = ReviewedPageForm
    # A draft's save leaves the search index alone; pages/search_index.py updates it otherwise.
    search_auto_update = False

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        # Runs on every validated save and revision (Wagtail's save_revision calls full_clean),
        # so the text stored, signed and served is in one Unicode form (pages/text.py).
        for name in self.patient_visible_fields:
            value = getattr(self, name)
            if isinstance(value, str):
                setattr(self, name, nfc(value))
            elif isinstance(value, StreamValue):
                composed = nfc_stream(value)
                if composed is not None:
                    setattr(self, name, composed)

    @cached_property
    def _streams_read(self):
        """The patient-visible streams read once: (every claim in them, in reading order; the
        references those claims and the library claims shown cite, by id)."""
        claims, references = [], {}
        for name in self.patient_visible_fields:
            value = getattr(self, name)
            if isinstance(value, StreamValue):
                raw = list(value.raw_data)
                with library_claims_looked_up_together(LIBRARY_CLAIM, raw) as library_claims:
                    # The library claims' references in the same query as the page's own.
                    shown = [
                        {"references": list(c.references.raw_data)} for c in library_claims.values()
                    ]
                    with references_looked_up_together(Reference, [raw, *shown]) as cited:
                        claims.extend(claims_in(value))
                references.update(cited)
        return claims, references

    @property
    def claims(self):
        """Every claim block in the page's patient-visible streams, in reading order."""
        return self._streams_read[0]

    @property
    def body_references(self):
        """The references read with the claims (id: reference), for what the page shows of
        them, the library claims' included."""
        return self._streams_read[1]

    @classmethod
    def from_serializable_data(cls, data, check_fks=True, strict_fks=False):
        # Building a page from a revision (the editor of any page with a draft, previews, the
        # review screen) looks up every object the page points to, a query each, only to see
        # that it still exists, and throws it away; Wagtail then replaces the page-record ones
        # from the page itself. Look up only the others, and keep what was looked up (the
        # editor reads the live revision and the therapy status again).
        if not check_fks:
            return super().from_serializable_data(data, check_fks, strict_fks)
        pointers = {
            field: data[field.name]
            for field in cls._meta.concrete_fields
            if field.many_to_one and data.get(field.name) is not None
        }
        named = {field.name for field in pointers}
        page = super().from_serializable_data(
            {name: value for name, value in data.items() if name not in named}, check_fks=False
        )
        for field, value in pointers.items():
            if field.name in PAGE_RECORD_FIELDS:
                setattr(page, field.attname, value)
                continue
            target = field.remote_field.model._default_manager.filter(
                **{field.remote_field.field_name: value}
            ).first()
            on_delete = field.remote_field.on_delete
            if target is not None:
                setattr(page, field.name, target)
            elif on_delete is models.CASCADE and strict_fks:
                return None
            elif on_delete in (models.CASCADE, models.SET_NULL):
                setattr(page, field.attname, None)  # gone since the revision, as Wagtail does
            elif on_delete is not models.DO_NOTHING:
                # As modelcluster's own check: nothing else has a rule for a missing object.
                raise ValueError(f"{field.name} {value} no longer exists ({on_delete.__name__})")
        return page

    def set_url_path(self, parent):
        # Kept as treebeard keeps the parent it looked up: a page built from a revision is
        # placed under its parent, which the editor then asks for again.
        if parent is not None and self.path and parent.path == self.path[: -self.steplen]:
            self._cached_parent_obj = parent
        return super().set_url_path(parent)

    def refresh_from_db(self, *args, **kwargs):
        # The claims are read from the streams once; refreshed streams must be read again.
        self.__dict__.pop("_streams_read", None)
        return super().refresh_from_db(*args, **kwargs)

    def publish(self, revision, *args, **kwargs):
        # Checked before Wagtail writes anything, so a refused publish changes nothing. The
        # pre_save guard in review.guard.receivers backs this up for routes that skip this method.
        # Publishing what is already live exactly as approved does nothing: no new live revision.
        # This check and the pre_save guard read the approved state once between them.
        with reading_once():
            if not approval_to_go_live(self, revision):
                return None
            return super().publish(revision, *args, **kwargs)

    def unpublish(self, set_expired=False, commit=True, user=None, **kwargs):
        # Every unpublish says who and why, and ends the approval: the page returns only through
        # a new review. Wagtail's scheduled expiry comes through here too.
        with transaction.atomic():
            if commit and self.live:
                record_unpublishing(self, user=user, set_expired=set_expired)
            return super().unpublish(set_expired=set_expired, commit=commit, user=user, **kwargs)

    # The medical review belongs to the page type, not to where the page sits in the tree:
    # Wagtail looks a workflow up by position (WorkflowPage on an ancestor), so these replace
    # its lookup (https://docs.wagtail.org/en/stable/reference/models.html#wagtail.models.Page.get_workflow).
    def get_workflow(self):
        return medical_review_workflow()

    @property
    def has_workflow(self):
        return self.get_workflow() is not None

    def get_sitemap_urls(self, request=None):
        # The sitemap lists only pages patients would be served, not "being reviewed" ones.
        if not patients_may_see([self]):
            return []
        urls = super().get_sitemap_urls(request)
        if request is not None:
            for url in urls:
                url["location"] = full_address(self, request)
        return urls

    def get_view_restrictions(self):
        return view_restrictions_of(self)

    def serve(self, request, *args, **kwargs):
        # Second line behind the publish guard: live content that does not match its approval
        # (after a write that bypassed the ORM) is not shown to patients.
        return serve_signed_content(self, request, super().serve, *args, **kwargs)


def reviewed_page_types():
    """Every page type patients read, each held to the medical review."""
    return [model for model in apps.get_models() if issubclass(model, ReviewedPage)]
