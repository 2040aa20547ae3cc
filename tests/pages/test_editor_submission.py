"""Drafts may be incomplete; submission for review may not. Tried through the real editor."""

import pytest

from django.urls import reverse

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import WorkflowState

from compliance.report import reason_input_name
from pages.models import TreatmentArticlePage
from tests.support import editor_forms
from tests.support.factories import (
    ReferenceFactory,
    TherapyStatusFactory,
    WriterFactory,
    add_article,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer_client(client):
    client.force_login(WriterFactory())
    return client


@pytest.fixture
def article():
    return add_article()


def post_edit(client, article, body, action=None, **extra):
    data = editor_forms.article_form(
        title=article.title,
        slug=article.slug,
        therapy_status=TherapyStatusFactory(),
        body=body,
        action=action,
        **extra,
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)


def test_draft_with_unreferenced_claim_can_be_saved(writer_client, article):
    revisions_before = article.revisions.count()

    response = post_edit(writer_client, article, [editor_forms.claim("Ketamine may lift mood.")])

    assert response.status_code == 302
    assert article.revisions.count() == revisions_before + 1
    article.refresh_from_db()
    latest = article.get_latest_revision_as_object()
    assert "Ketamine may lift mood." in latest.claims[0].statement


def test_submission_refused_for_claim_without_reference(writer_client, article):
    revisions_before = article.revisions.count()

    response = post_edit(
        writer_client,
        article,
        [
            editor_forms.claim("Backed claim.", [ReferenceFactory()]),
            editor_forms.claim("Ketamine may lift mood within a day."),
        ],
        action="action-submit",
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Claim 2 (“Ketamine may lift mood within a day.”): This claim has no reference" in html
    # Nothing saved, nothing submitted, and the typed text is still on the screen.
    assert article.revisions.count() == revisions_before
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()
    assert "Ketamine may lift mood within a day." in html


def test_submission_refused_for_image_without_alt_text(writer_client, article):
    picture = Image.objects.create(title="Infusion room", file=get_test_image_file())
    revisions_before = article.revisions.count()

    response = post_edit(
        writer_client,
        article,
        [editor_forms.claim("Backed claim.", [ReferenceFactory()]), editor_forms.image(picture.pk)],
        action="action-submit",
    )

    assert response.status_code == 200
    assert "Image 1: This image has no alt text" in response.content.decode()
    assert article.revisions.count() == revisions_before


def test_writer_cannot_publish_from_the_editor(writer_client, article):
    response = post_edit(
        writer_client,
        article,
        [editor_forms.claim("Backed claim.", [ReferenceFactory()])],
        action="action-publish",
    )

    assert response.status_code == 302
    assert not TreatmentArticlePage.objects.get(pk=article.pk).live


def test_submission_refused_when_risks_do_not_sit_beside_benefits(writer_client, article):
    reference = ReferenceFactory()
    benefits = editor_forms.section(
        "benefits", "Possible benefits", [editor_forms.claim("Mood may lift.", [reference])]
    )
    risks = editor_forms.section(
        "risks", "Risks and side effects", [editor_forms.claim("Nausea is common.", [reference])]
    )
    revisions_before = article.revisions.count()

    response = post_edit(
        writer_client,
        article,
        [benefits, editor_forms.claim("A claim in between.", [reference]), risks],
        action="action-submit",
    )

    assert response.status_code == 200
    assert "has no “Risks and side effects” section right after it" in response.content.decode()
    assert article.revisions.count() == revisions_before

    # The checker's reading-level warning on such short text needs the writer's reason too.
    reading_level = {reason_input_name(("reading-level", None)): "Two short test sentences."}
    response = post_edit(
        writer_client, article, [benefits, risks], action="action-submit", **reading_level
    )

    assert response.status_code == 302
    assert WorkflowState.objects.filter(object_id=str(article.pk)).exists()
