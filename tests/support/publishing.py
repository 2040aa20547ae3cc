"""Putting test articles live the way the clinic does: submitted, reviewed and signed."""

import json

from pages import body_builder
from review.models import Decision
from review.selectors import claims_removed_since_approved, claims_under_review
from review.services import ClaimDecision, approve_every_claim, sign_review
from tests.support.factories import TEST_PASSWORD, WriterFactory, signing_director
from tests.support.identity import fresh_code


def submit_for_review(article, writer=None):
    writer = writer or WriterFactory()
    article.get_workflow().start(article, writer)
    article.refresh_from_db()
    return article.current_workflow_task_state


def approve_all(task_state, director, password=TEST_PASSWORD):
    return approve_every_claim(
        task_state=task_state,
        director=director,
        password=password,
        second_factor=fresh_code(director),
    )


def go_live(article, director=None):
    approve_all(submit_for_review(article), director or signing_director())
    article.refresh_from_db()
    return article


def reword_claim(article, number, statement_html, user):
    """Save a new revision in which claim `number` (1-based, reading order) says something else."""
    draft = article.get_latest_revision_as_object()
    raw = list(draft.body.raw_data)
    list(body_builder.raw_claims(raw))[number - 1]["value"]["statement"] = statement_html
    draft.body = json.dumps(raw)
    return draft.save_revision(user=user)


def reword_first_claim(article, new_statement="Ketamine cures depression for everyone."):
    """Save a draft revision, by a new writer, whose first claim says something no one signed."""
    return reword_claim(article, 1, f"<p>{new_statement}</p>", WriterFactory())


def sign_in_full(task_state, director, password=TEST_PASSWORD):
    """A full review: every claim decided afresh and approved, nothing carried over."""
    page = task_state.workflow_state.content_object.specific
    return sign_review(
        task_state=task_state,
        director=director,
        password=password,
        seen_revision_id=task_state.revision_id,
        decisions={
            row.claim.block_id: ClaimDecision(Decision.APPROVED)
            for row in claims_under_review(page, task_state.revision)
        },
        full_review=True,
        removals={
            row.block_id: ClaimDecision(Decision.REMOVAL_CONFIRMED)
            for row in claims_removed_since_approved(page, task_state.revision)
        },
        second_factor=fresh_code(director),
    )
