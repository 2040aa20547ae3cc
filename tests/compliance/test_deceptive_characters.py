"""Deceptive characters: submission refused naming the code point; the director sees them too."""

import json
import unicodedata

import pytest

from wagtail.models import WorkflowState

from pages import body_builder
from pages.models import TreatmentArticlePage
from tests.support import editor_forms
from tests.support.editor_posts import post_article, risks
from tests.support.factories import add_article
from tests.support.publishing import submit_for_review
from tests.support.review_screen import review_url

pytestmark = pytest.mark.django_db

REVERSED = "Ketamine \u202eeruc\u202c helps some people."


def body(trial, statement):
    return [
        editor_forms.claim(statement, [trial], "safety"),
        risks(editor_forms.claim("Ketamine can raise blood pressure.", [trial], "safety")),
    ]


def test_submission_with_a_right_to_left_override_is_refused_naming_it(
    author_client, article, trial, therapy
):
    revisions = article.revisions.count()

    response = post_article(
        author_client,
        article,
        body(trial, REVERSED),
        therapy_status=therapy,
        action="action-submit",
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "U+202E right-to-left override after “Ketamine”" in html
    assert article.revisions.count() == revisions
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()


def test_submission_with_a_zero_width_space_in_the_title_is_refused(
    author_client, article, trial, therapy
):
    article.title = "IV keta\u200bmine"  # what the writer typed; post_article posts it

    response = post_article(
        author_client,
        article,
        body(trial, "Ketamine can cause nausea."),
        therapy_status=therapy,
        action="action-submit",
    )

    assert response.status_code == 200
    assert "Title (“IV keta[U+200B]mine”)" in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()


def test_submission_with_a_cyrillic_o_in_a_dose_is_refused(author_client, article, trial, therapy):
    response = post_article(
        author_client,
        article,
        body(trial, "The dose is 1О mg per kg."),
        therapy_status=therapy,
        action="action-submit",
    )

    assert response.status_code == 200
    assert "U+041E cyrillic capital letter o in “1О”" in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()


def test_the_review_screen_names_the_code_points(client, director, trial):
    """A revision that reached review another way (saved before this check) still shows them."""
    article = add_article(
        body=json.dumps(
            [
                body_builder.claim(REVERSED, "safety", [trial]),
                body_builder.risks([body_builder.claim("Nausea is common.", "safety", [trial])]),
            ]
        )
    )
    task_state = submit_for_review(article)
    client.force_login(director)

    response = client.get(review_url(task_state))

    assert response.status_code == 200
    assert "U+202E right-to-left override after “Ketamine”" in response.content.decode()


def test_saving_composes_decomposed_accents_so_the_signed_text_is_the_shown_text(
    author_client, article, trial, therapy
):
    decomposed = "Some people feel nai\u0308ve and light-headed."
    assert not unicodedata.is_normalized("NFC", decomposed)

    article.title = "Cafe\u0301 ketamine"

    response = post_article(author_client, article, body(trial, decomposed), therapy_status=therapy)

    assert response.status_code == 302
    saved = TreatmentArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert saved.title == "Café ketamine"
    assert "Some people feel naïve and light-headed." in saved.claims[0].statement
    assert unicodedata.is_normalized("NFC", saved.claims[0].statement)
