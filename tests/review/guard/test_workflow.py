"""Wagtail's generic workflow actions cannot stand in for the director's signed review."""

import pytest

from django.urls import reverse

from wagtail.models import TaskState

from tests.support.editor_forms import edit_form
from tests.support.factories import signing_director
from tests.support.publishing import submit_for_review
from tests.support.snapshots import snapshot

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_review(live_article):
    return submit_for_review(live_article)


@pytest.fixture
def director_client(client):
    client.force_login(signing_director())
    return client


@pytest.mark.parametrize("action", ["approve", "review"])
def test_forged_workflow_approval_by_a_superuser_is_refused(
    superuser_client, live_article, in_review, action
):
    before = snapshot(live_article)

    response = superuser_client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[live_article.pk, action, in_review.pk]),
        {"comment": "Looks fine to me"},
    )

    assert response.status_code == 302
    assert "do not have permission" in str(list(response.wsgi_request._messages)[0])
    in_review.refresh_from_db()
    assert in_review.status == TaskState.STATUS_IN_PROGRESS
    assert snapshot(live_article) == before


def test_generic_approve_is_refused_even_for_a_director(director_client, live_article, in_review):
    before = snapshot(live_article)

    response = director_client.post(
        reverse(
            "wagtailadmin_pages:workflow_action", args=[live_article.pk, "approve", in_review.pk]
        ),
        {"comment": ""},
    )

    assert response.status_code == 302
    in_review.refresh_from_db()
    assert in_review.status == TaskState.STATUS_IN_PROGRESS
    assert snapshot(live_article) == before


def test_approve_through_the_editor_by_a_superuser_is_refused(
    superuser_client, live_article, in_review
):
    before = snapshot(live_article)
    data = edit_form(
        live_article.unsigned_revision.as_object(),
        [],
        action="action-workflow-action",
        **{"workflow-action-name": "approve"},
    )

    superuser_client.post(reverse("wagtailadmin_pages:edit", args=[live_article.pk]), data)

    in_review.refresh_from_db()
    assert in_review.status == TaskState.STATUS_IN_PROGRESS
    after = snapshot(live_article)
    assert (after.live_revision_id, after.body, after.workflow_states) == (
        before.live_revision_id,
        before.body,
        before.workflow_states,
    )
