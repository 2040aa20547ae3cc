"""Signing a library claim: the medical review's own signer, then every article's history."""

from django.db import transaction

from library.history import record_version_shown
from library.models import LibraryClaim
from library.usage import live_articles_showing
from review.services import sign_claim_version


@transaction.atomic
def sign_library_claim(*, task_state, director, password, seen_revision_id, decision, **factor):
    """Sign the library claim version under review (review.services.sign_claim_version).

    Approved, the version is published and every live article showing the claim shows it from
    now on; each such article's history records the version and who signed it, in the same
    transaction.
    """
    result = sign_claim_version(
        task_state=task_state,
        director=director,
        password=password,
        seen_revision_id=seen_revision_id,
        decision=decision,
        **factor,
    )
    if not result.changes_requested:
        claim = LibraryClaim.objects.get(pk=task_state.workflow_state.object_id)
        (approval,) = result.sign_offs
        for article in live_articles_showing(claim):
            record_version_shown(article, approval, user=director)
    return result
