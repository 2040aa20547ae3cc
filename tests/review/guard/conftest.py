"""Articles in the states each route is tried from, and a record of what must not change."""

import json
from dataclasses import dataclass

import pytest

from django.contrib.auth import get_user_model
from django.utils.html import strip_tags

from wagtail.models import PageLogEntry, WorkflowState

from pages.models import TreatmentArticlePage
from tests import editor_forms
from tests.factories import WriterFactory, add_article
from tests.publishing import go_live


@dataclass(frozen=True)
class Snapshot:
    """What patients and staff see of an article: all of it must survive a refused publish."""

    live: bool
    live_revision_id: int | None
    title: str
    body: str
    has_unpublished_changes: bool
    workflow_states: tuple
    log_entries: int


def snapshot(article):
    row = TreatmentArticlePage.objects.get(pk=article.pk)
    return Snapshot(
        live=row.live,
        live_revision_id=row.live_revision_id,
        title=row.title,
        body=json.dumps(row.body.get_prep_value(), sort_keys=True),
        has_unpublished_changes=row.has_unpublished_changes,
        workflow_states=tuple(
            WorkflowState.objects.filter(object_id=str(article.pk))
            .order_by("pk")
            .values_list("pk", "status")
        ),
        log_entries=PageLogEntry.objects.filter(page_id=article.pk).count(),
    )


def reword_first_claim(article, new_statement="Ketamine cures depression for everyone."):
    """Save a draft revision whose first claim says something no director signed."""
    draft = article.get_latest_revision_as_object()
    body = draft.body.get_prep_value()
    claim = next(
        child
        for block in body
        if block["type"] in ("benefits", "risks")
        for child in block["value"]["claims"]
    )
    claim["value"]["statement"] = f"<p>{new_statement}</p>"
    draft.body = json.dumps(body)
    return draft.save_revision(user=WriterFactory())


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        "root", "root@clinic.example", "root-pass-not-used"
    )


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def draft_article(db):
    """Never reviewed: every claim is unsigned."""
    return add_article(title="Esketamine nasal spray")


@pytest.fixture
def live_article(db):
    """Live through a completed medical review, with an unsigned reworded draft on top."""
    article = go_live(add_article(title="Ketamine infusion for depression"))
    unsigned = reword_first_claim(article)
    article.refresh_from_db()
    article.unsigned_revision = unsigned
    return article


def edit_form(article, body, *, action="action-publish", **fields):
    """The editor's POST for `article` with `body`, as a superuser's browser would send it."""
    return editor_forms.article_form(
        title=article.title,
        slug=article.slug,
        therapy_status=article.therapy_status,
        body=body,
        action=action,
        **fields,
    )


def claims_as_posted(article):
    """The article's current claims as editor blocks, keeping their ids and references."""
    return [
        editor_forms.claim(
            strip_tags(claim.statement),
            claim.references,
            claim_type=claim.claim_type,
            block_id=claim.block_id,
        )
        for claim in article.claims
    ]
