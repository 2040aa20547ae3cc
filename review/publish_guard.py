"""The publish guard: a treatment article's content is live only if every claim in it is signed.

It sits on the article model itself, so every route that makes content live meets it: the
editor, bulk actions, scheduling, reverts, copies, aliases, the APIs, management commands and
code calling `revision.publish()`, superusers included. See docs/publish-guard.md.
"""

from django.core.exceptions import PermissionDenied
from django.db.models.signals import pre_save
from django.utils.html import strip_tags
from django.utils.text import Truncator

from review.selectors import unsigned_claims

# Saving only these fields never changes what patients read.
_CONTENT_FIELDS = {"title", "summary", "condition", "therapy_status", "body", "live"}


class UnsignedClaimsError(PermissionDenied):
    def __init__(self, claims):
        self.claims = claims
        listed = "; ".join(
            f"“{Truncator(strip_tags(claim.statement).strip()).words(10)}”" for claim in claims
        )
        super().__init__(
            f"Not published: {len(claims)} claim(s) have no medical director's sign-off of their "
            f"exact current wording: {listed}. Submit the article for medical review."
        )


def unsigned_claims_in(article):
    # An alias shows its original's content, so the original's sign-offs are the ones to match.
    signed_page_id = article.alias_of_id or article.pk
    return unsigned_claims(signed_page_id, article.claims, article.therapy_status)


def assert_publishable(article):
    unsigned = unsigned_claims_in(article)
    if unsigned:
        raise UnsignedClaimsError(unsigned)


def refuse_unsigned_live_content(sender, instance, update_fields=None, **kwargs):
    if not instance.live:
        return
    if update_fields is not None and not _CONTENT_FIELDS.intersection(update_fields):
        return
    assert_publishable(instance)


def connect(article_model):
    pre_save.connect(
        refuse_unsigned_live_content,
        sender=article_model,
        dispatch_uid="claimcheck_refuse_unsigned_live_content",
    )
