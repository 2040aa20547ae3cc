"""The rule: may this page's content be live? See docs/publish-guard.md.

Live content must be exactly the page's approved state: the version the latest completed
review approved, not withdrawn since, every claim matching a sign-off recorded in that review
whose row still passes its hash check. A page no review has approved may show only the text the
product installed for it (`ReviewedPage.shipped_content`).
"""

from review.approvals import approval_of
from review.guard.errors import (
    ForgedSignOffError,
    NotTheApprovedRevisionError,
    SupersededApprovalError,
    UnreviewedContentError,
    UnsignedClaimsError,
    WithdrawnApprovalError,
)
from review.models import ReviewedVersion
from review.page_content import page_fingerprint
from review.read_once import VERDICTS, kept


def signed_page_id(article):
    # An alias shows its original's content, so the original's sign-offs are the ones to match.
    return article.alias_of_id or article.pk


def _approved_once(article):
    """An earlier review approved this content: reviving it needs a new review."""
    return ReviewedVersion.objects.filter(
        page_id=signed_page_id(article), content_hash=page_fingerprint(article)
    ).exists()


def shows_only_shipped_text(page):
    """A page showing exactly the text the product installed for it, and nothing else."""
    shipped = page.shipped_content
    if shipped is None or page.claims:
        return False
    shown = {name: getattr(page, name) or "" for name in page.patient_visible_fields}
    return shown == shipped


def publish_refusal(article, approval=None):
    """Why `article`'s content may not be live, or None if it may.

    `approval` is the page's approved state when the caller already has it (the listings).
    """
    if approval is None:
        approval = approval_of(signed_page_id(article))
    claims = article.claims
    if approval.review is None:
        if shows_only_shipped_text(article):
            return None
        return UnsignedClaimsError(claims) if claims else UnreviewedContentError()
    if approval.review.withdrawn:
        return WithdrawnApprovalError()
    unsigned, forged = approval.unmatched_claims(article)
    if forged:
        return ForgedSignOffError(forged)
    approved_content = approval.approves_content_of(article)
    if not approved_content and _approved_once(article):
        return SupersededApprovalError(unsigned)
    if unsigned:
        return UnsignedClaimsError(unsigned)
    if not approved_content:
        return UnreviewedContentError()
    return None


def _revision_verdict(revision):
    content = revision.as_object()
    approval = approval_of(signed_page_id(content))
    return content, approval, publish_refusal(content, approval)


def revision_verdict(revision):
    """(the revision's content, its page's approved state, why it may not go live or None).

    The review's finish action and `publish` both ask this of the same revision; within
    `reading_once()` the second asks no further, unless anything was written in between.
    """
    # Filed under the object too: a revision changed in memory is not the one checked before.
    key = ("revision", revision.pk, id(revision))
    return kept(VERDICTS, key, lambda: (*_revision_verdict(revision), revision))[:3]


def assert_revision_publishable(revision):
    refusal = revision_verdict(revision)[2]
    if refusal:
        raise refusal


def approval_to_go_live(page, revision):
    """May `revision` of `page` go live? Raises the refusal; False when it would change nothing.

    Only the revision the latest completed review approved goes live (through the review's
    finish action or its scheduled go-live). Publishing anything else is refused, even with
    identical content; publishing what is already live exactly as approved is a no-op, so no
    new, unreviewed live revision appears.
    """
    content, approval, refusal = revision_verdict(revision)
    if refusal:
        raise refusal
    if content.alias_of_id or approval.review is None:
        return True  # an alias follows its original; or the product's own text, never reviewed
    approved_revision_id = approval.review.revision_id
    if page.live and page.live_revision_id == approved_revision_id:
        return False
    if revision.pk != approved_revision_id:
        raise NotTheApprovedRevisionError(approved_revision_id)
    return True


def assert_live_row_allowed(article):
    """The row-level check: live content approved, and live as the approved revision itself."""
    approval = approval_of(signed_page_id(article))
    refusal = publish_refusal(article, approval)
    if refusal:
        raise refusal
    if approval.review is None or article.alias_of_id:
        return
    if article.live_revision_id != approval.review.revision_id:
        raise NotTheApprovedRevisionError(approval.review.revision_id)
