"""What patients read is declared once on the article; the guard covers every field listed."""

import pytest

from django.urls import reverse

from pages.models import TreatmentArticlePage
from review.guard.errors import UnreviewedContentError
from review.page_content import page_fingerprint
from tests.support import editor_forms
from tests.support.editor_forms import edit_form
from tests.support.snapshots import snapshot

pytestmark = pytest.mark.django_db

# A value different from the demo article's for each declared field.
CHANGED = {
    "title": "Ketamine, retitled",
    "seo_title": "Ketamine | a new browser title",
    "search_description": "A new description for search engines.",
    "summary": "A summary no director has read.",
    "condition": "Chronic pain",
    "next_review_months": 36,
}


def test_every_declared_field_changes_the_fingerprint(live_article):
    reviewed = TreatmentArticlePage.objects.get(pk=live_article.pk)
    before = page_fingerprint(reviewed)
    declared = set(TreatmentArticlePage.patient_visible_fields)
    assert set(CHANGED) | {"therapy_status", "body"} == declared
    for name, value in CHANGED.items():
        changed = TreatmentArticlePage.objects.get(pk=live_article.pk)
        setattr(changed, name, value)
        assert page_fingerprint(changed) != before, name


def test_a_superuser_changing_the_review_interval_cannot_publish_it(superuser_client, live_article):
    # Patients read "Next review due", so a longer interval is a change a director approves.
    reviewed = TreatmentArticlePage.objects.get(pk=live_article.pk)
    before = snapshot(live_article)

    response = superuser_client.post(
        reverse("wagtailadmin_pages:edit", args=[live_article.pk]),
        edit_form(
            live_article,
            editor_forms.body_as_posted(reviewed),
            summary=reviewed.summary,
            next_review_months=36,
        ),
    )

    assert response.status_code == 302
    messages = [str(message) for message in response.wsgi_request._messages]
    assert any("review interval" in message for message in messages)
    assert snapshot(live_article) == before
    assert TreatmentArticlePage.objects.get(pk=live_article.pk).next_review_months == 12


def test_the_review_interval_cannot_change_on_the_live_row_from_code(live_article):
    article = TreatmentArticlePage.objects.get(pk=live_article.pk)
    article.next_review_months = 36

    with pytest.raises(UnreviewedContentError):
        article.save(update_fields=["next_review_months"])

    assert TreatmentArticlePage.objects.get(pk=live_article.pk).next_review_months == 12
