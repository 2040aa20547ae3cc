"""The rule: may this article's content be live? See docs/publish-guard.md."""

from review.fingerprint import legacy_page_fingerprint, page_fingerprint
from review.guard.errors import UnreviewedContentError, UnsignedClaimsError
from review.models import ReviewedVersion
from review.selectors import unsigned_claims


def signed_page_id(article):
    # An alias shows its original's content, so the original's sign-offs are the ones to match.
    return article.alias_of_id or article.pk


def unsigned_claims_in(article):
    return unsigned_claims(signed_page_id(article), article.claims, article.therapy_status)


def is_reviewed_content(article):
    """Whether a completed medical review approved exactly what patients would read."""
    current = page_fingerprint(article)
    legacy = legacy_page_fingerprint(article)
    reviews = ReviewedVersion.objects.filter(
        page_id=signed_page_id(article), content_hash__in={current, legacy}
    ).select_related("revision")
    for review in reviews:
        if review.content_hash == current:
            return True
        # Recorded before every patient-visible field was fingerprinted: confirm the fields it
        # did not cover against the revision that review approved.
        if page_fingerprint(review.revision.as_object()) == current:
            return True
    return False


def publish_refusal(article):
    """Why `article`'s content may not be live, or None if it may."""
    unsigned = unsigned_claims_in(article)
    if unsigned:
        return UnsignedClaimsError(unsigned)
    if not is_reviewed_content(article):
        return UnreviewedContentError()
    return None


def assert_publishable(article):
    refusal = publish_refusal(article)
    if refusal:
        raise refusal
