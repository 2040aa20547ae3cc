"""The publish guard: a treatment article's content is live only if a completed medical review
approved exactly that content, and every claim in it carries a sign-off of its exact wording.

It sits on the article model itself, so every route that makes content live meets it: the
editor, bulk actions, scheduling, reverts, copies, aliases, the APIs, management commands and
code calling `revision.publish()`, superusers included. It also keeps the revisions that
sign-offs point at exactly as they were signed. See docs/publish-guard.md.
"""

from django.core.exceptions import PermissionDenied
from django.db.models.signals import pre_save
from django.utils.html import strip_tags
from django.utils.text import Truncator

from wagtail.models import Revision

from review.fingerprint import page_fingerprint
from review.models import ReviewedVersion, SignOff
from review.selectors import unsigned_claims

# The history entry written when a publish is refused after the fact (at a scheduled go-live).
PUBLISH_REFUSED = "claimcheck.publish_refused"

# Saving only other fields never changes what patients read. Which page an alias follows
# decides whose sign-offs apply, so it counts as content.
_CONTENT_FIELDS = {
    "title",
    "seo_title",
    "search_description",
    "summary",
    "condition",
    "therapy_status",
    "body",
    "live",
    "alias_of",
    "alias_of_id",
}

# Scheduling a signed revision touches only this field; anything else would rewrite it.
_SCHEDULING_FIELDS = {"approved_go_live_at"}


def quote_claims(claims):
    return "; ".join(
        f"“{Truncator(strip_tags(claim.statement).strip()).words(10)}”" for claim in claims
    )


class UnsignedClaimsError(PermissionDenied):
    def __init__(self, claims):
        self.claims = claims
        super().__init__(
            f"Not published: {len(claims)} claim(s) have no medical director's sign-off of their "
            f"exact current wording: {quote_claims(claims)}. Submit the article for medical review."
        )


class UnreviewedContentError(PermissionDenied):
    def __init__(self):
        self.claims = []
        super().__init__(
            "Not published: this version's text (title, summary, headings, plain text or FAQs) "
            "has not been approved by a completed medical review. Submit the article for "
            "medical review."
        )


class SignedRevisionError(PermissionDenied):
    def __init__(self, revision_id):
        super().__init__(
            f"Revision {revision_id} carries medical sign-offs, so it is kept exactly as signed. "
            "Save your changes as a new revision instead."
        )


def unsigned_claims_in(article):
    # An alias shows its original's content, so the original's sign-offs are the ones to match.
    signed_page_id = article.alias_of_id or article.pk
    return unsigned_claims(signed_page_id, article.claims, article.therapy_status)


def publish_refusal(article):
    """Why `article`'s content may not be live, or None if it may."""
    unsigned = unsigned_claims_in(article)
    if unsigned:
        return UnsignedClaimsError(unsigned)
    reviewed = ReviewedVersion.objects.filter(
        page_id=article.alias_of_id or article.pk, content_hash=page_fingerprint(article)
    )
    if not reviewed.exists():
        return UnreviewedContentError()
    return None


def assert_publishable(article):
    refusal = publish_refusal(article)
    if refusal:
        raise refusal


def refuse_unsigned_live_content(sender, instance, update_fields=None, **kwargs):
    if not instance.live:
        return
    if update_fields is not None and not _CONTENT_FIELDS.intersection(update_fields):
        return
    assert_publishable(instance)


def refuse_rewriting_signed_revision(sender, instance, update_fields=None, **kwargs):
    # Wagtail's autosave rewrites the latest revision in place (save_revision's
    # overwrite_revision); a signature must keep pointing at the words that were signed.
    if instance._state.adding or instance.pk is None:
        return
    if update_fields is not None and set(update_fields) <= _SCHEDULING_FIELDS:
        return
    if SignOff.objects.filter(revision_id=instance.pk).exists():
        raise SignedRevisionError(instance.pk)


def connect(article_model):
    pre_save.connect(
        refuse_unsigned_live_content,
        sender=article_model,
        dispatch_uid="claimcheck_refuse_unsigned_live_content",
    )
    pre_save.connect(
        refuse_rewriting_signed_revision,
        sender=Revision,
        dispatch_uid="claimcheck_refuse_rewriting_signed_revision",
    )
