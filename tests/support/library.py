"""Library claims for tests, made and signed the way the clinic does: drafted, submitted to the
medical review, signed by a director on the library's review screen service."""

import json

from library.models import LibraryClaim
from library.signing import sign_library_claim
from pages import body_builder
from pages.choices import ClaimType
from review.models import Decision
from review.services import ClaimDecision
from tests.support.factories import (
    TEST_PASSWORD,
    ReferenceFactory,
    TherapyStatusFactory,
    WriterFactory,
    add_article,
    signing_director,
)
from tests.support.identity import fresh_code


def draft_library_claim(
    statement="Most people feel dizzy for about an hour.", *, user=None, **fields
):
    """A new library claim saved as a draft, as the snippet editor's first save leaves it."""
    references = fields.pop("references", None) or [ReferenceFactory()]
    fields.setdefault("claim_type", ClaimType.SAFETY)
    fields.setdefault("therapy_status", TherapyStatusFactory())
    claim = LibraryClaim(
        statement=f"<p>{statement}</p>",
        references=[("reference", reference) for reference in references],
        live=False,
        **fields,
    )
    claim.save()
    claim.save_revision(user=user or WriterFactory())
    return claim


def submit_library_claim(claim, user=None):
    user = user or WriterFactory()
    claim.get_workflow().start(claim, user)
    claim = LibraryClaim.objects.get(pk=claim.pk)
    return claim.current_workflow_task_state


def sign_library(task_state, director, decision=Decision.APPROVED, reason=""):
    return sign_library_claim(
        task_state=task_state,
        director=director,
        password=TEST_PASSWORD,
        seen_revision_id=task_state.revision_id,
        decision=ClaimDecision(decision, reason),
        second_factor=fresh_code(director),
    )


def approved_library_claim(
    statement="Most people feel dizzy for about an hour.", *, director=None, **fields
):
    claim = draft_library_claim(statement, **fields)
    sign_library(submit_library_claim(claim), director or signing_director())
    return LibraryClaim.objects.get(pk=claim.pk)


def reword_library_claim(claim, statement, user=None):
    """Save a new version (a draft revision) of the claim with new wording."""
    draft = claim.get_latest_revision_as_object()
    draft.statement = f"<p>{statement}</p>"
    return draft.save_revision(user=user or WriterFactory())


def article_showing(claims, title, slug):
    """A draft article with one claim of its own, then each of `claims` from the library."""
    reference = ReferenceFactory()
    body = [
        body_builder.heading("What to expect"),
        body_builder.claim("Sessions last about two hours.", ClaimType.DOSAGE, [reference]),
        body_builder.risks(body_builder.library_claim(claim) for claim in claims),
    ]
    return add_article(title=title, slug=slug, body=json.dumps(body))
