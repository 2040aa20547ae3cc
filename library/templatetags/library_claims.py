"""The library claims an article version shows, for screens of apps above this one (the
article's review screen and its sign-off sheets load this by name)."""

from dataclasses import dataclass

from django import template

from library.approved import approved_versions, library_sign_offs
from library.models import LibraryClaim
from pages.claims import library_claims_in
from review.models import Decision

register = template.Library()


@dataclass(frozen=True)
class LibraryLine:
    number: int
    identity: str
    claim: LibraryClaim | None
    approved: object  # library.approved.ApprovedVersion, or None: patients do not see it


def library_lines(version):
    body = getattr(version, "body", None)
    if body is None:
        return []
    blocks = [identity for _, identity in library_claims_in(body) if identity]
    shown = approved_versions(blocks)
    claims = {str(c.identity): c for c in LibraryClaim.objects.filter(identity__in=blocks)}
    return [
        LibraryLine(number, identity, claims.get(identity), shown.get(identity))
        for number, identity in enumerate(blocks, 1)
    ]


@register.simple_tag
def library_claims_of(version):
    """Each library claim `version` shows, with the approved version patients read."""
    return library_lines(version)


@dataclass(frozen=True)
class ShownWhileLive:
    sign_off: object  # a library approval patients read while the article version was live
    current_at_go_live: bool  # already current when the version went live, or signed after


@register.simple_tag
def library_approvals_while_live(revision_content, version):
    """For a sign-off sheet: each library claim the article version shows, with every library
    approval patients read while the version was live: the one current when it went live, and
    each signed after, until it stopped being live.

    "When it went live" is the version's own sign-offs' place in the ledger (ids order the
    ledger without trusting two clocks to agree); a version without claims of its own falls
    back on its publication time.
    """
    body = getattr(revision_content, "body", None)
    if body is None:
        return []
    blocks = [identity for _, identity in library_claims_in(body) if identity]
    went_live_after = max((sign_off.pk for sign_off in version.sign_offs), default=None)
    approvals = library_sign_offs(blocks).filter(decision=Decision.APPROVED).order_by("pk")
    by_claim = {identity: [] for identity in blocks}
    for sign_off in approvals.select_related("carried_over_from"):
        if version.live_until is not None and sign_off.signed_at > version.live_until:
            continue
        if went_live_after is not None:
            before = sign_off.pk < went_live_after
        else:
            before = sign_off.signed_at <= version.published_at
        shown = by_claim[sign_off.block_id]
        if before:
            shown[:] = [ShownWhileLive(sign_off, True)]  # only the latest before counts
        else:
            shown.append(ShownWhileLive(sign_off, False))
    return [(number, identity, by_claim[identity]) for number, identity in enumerate(blocks, 1)]
