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


@register.simple_tag
def library_approvals_while_live(revision_content, live_from, live_until=None):
    """For a sign-off sheet: each library claim the version shows, with every library
    approval patients read while the version was live (the one current when it went live, and
    each signed after, until it stopped being live)."""
    body = getattr(revision_content, "body", None)
    if body is None:
        return []
    blocks = [identity for _, identity in library_claims_in(body) if identity]
    approvals = library_sign_offs(blocks).filter(decision=Decision.APPROVED).order_by("pk")
    by_claim = {identity: [] for identity in blocks}
    for sign_off in approvals.select_related("carried_over_from"):
        if live_until is not None and sign_off.signed_at > live_until:
            continue
        earlier = by_claim[sign_off.block_id]
        if sign_off.signed_at <= live_from:
            earlier[:] = [sign_off]  # only the one current at go-live counts from before
        else:
            earlier.append(sign_off)
    return [(number, identity, by_claim[identity]) for number, identity in enumerate(blocks, 1)]
