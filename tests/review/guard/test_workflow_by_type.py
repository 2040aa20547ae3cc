"""The medical review belongs to the article type, wherever the article sits in the tree."""

import pytest

from django.urls import reverse

from pages.models import TreatmentArticlePage, TreatmentIndexPage
from review.guard.workflow import WORKFLOW_NAME
from tests.support.factories import add_article
from tests.support.publishing import go_live, submit_for_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_index(home):
    """Another treatments section, with no workflow assigned to it."""
    section = home.add_child(
        instance=TreatmentIndexPage(title="More treatments", slug="more", live=False)
    )
    section.save_revision()
    return go_live(section)


def test_an_article_under_a_section_with_no_workflow_still_goes_to_medical_review(
    superuser_client, second_index
):
    article = add_article(second_index, title="Ketamine lozenges")

    edit = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))

    assert article.get_workflow().name == WORKFLOW_NAME
    assert article.has_workflow
    assert 'name="action-submit"' in edit.content.decode()
    assert 'name="action-publish"' not in edit.content.decode()
    task_state = submit_for_review(article)
    assert task_state.task.specific.get_description().startswith("Medical directors review")


def test_an_article_moved_from_code_keeps_its_review(live_article, second_index):
    live_article.move(second_index, pos="last-child")

    moved = TreatmentArticlePage.objects.get(pk=live_article.pk)
    assert moved.get_workflow().name == WORKFLOW_NAME


def test_moving_an_article_under_review_is_refused_with_a_reason(
    superuser_client, second_index, treatments
):
    article = add_article(title="Ketamine lozenges")
    submit_for_review(article)

    response = superuser_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[article.pk, second_index.pk])
    )

    assert response.status_code == 302
    (message,) = [str(m) for m in response.wsgi_request._messages]
    assert "is being medically reviewed" in message
    article = TreatmentArticlePage.objects.get(pk=article.pk)
    assert article.get_parent().pk == treatments.pk
    assert article.workflow_in_progress
