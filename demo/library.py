"""The demo's claims library, drafted by the writer and signed by a director through the real
medical review, before the articles that show it."""

from library.models import LibraryClaim
from pages.blocks.library import library_claim_identities
from pages.models import TreatmentArticlePage

from .content.library import LIBRARY_CLAIMS, SIGNED_BY


def ensure_library_claims(references, writer, sign):
    """{key: LibraryClaim} for every demo library claim, each signed; `sign(task_state,
    director_username)` signs one review."""
    found = {}
    for key, data in LIBRARY_CLAIMS.items():
        claim = LibraryClaim.objects.filter(identity=data["identity"]).first()
        if claim is None:
            claim = LibraryClaim(
                identity=data["identity"],
                statement=f"<p>{data['text']}</p>",
                claim_type=data["type"],
                references=[("reference", references[ref]) for ref in data["refs"]],
                live=False,
            )
            claim.save()
            claim.save_revision(user=writer)
            claim.get_workflow().start(claim, writer)
            claim = LibraryClaim.objects.get(pk=claim.pk)
            sign(claim.current_workflow_task_state, SIGNED_BY)
            claim = LibraryClaim.objects.get(pk=claim.pk)
        found[key] = claim
    return found


def shared_everywhere():
    """The demo library claims every demo article's live version shows."""
    identities = {data["identity"] for data in LIBRARY_CLAIMS.values()}
    shown_by_all = set(identities)
    articles = TreatmentArticlePage.objects.filter(alias_of__isnull=True, live=True)
    for article in articles:
        shown_by_all &= library_claim_identities(article.body.raw_data)
    return len(shown_by_all) if articles else 0
