"""The page editor: Publish, create-and-publish, revert-and-publish, republish, by a superuser."""

import pytest

from django.urls import reverse

from wagtail import hooks
from wagtail.models import PageLogEntry

from pages.models import TreatmentArticlePage
from review.guard import hooks as guard_hooks
from tests.support import editor_forms
from tests.support.editor_forms import claims_as_posted, edit_form
from tests.support.factories import ReferenceFactory, TherapyStatusFactory
from tests.support.snapshots import snapshot

pytestmark = pytest.mark.django_db

UNSIGNED = "Ketamine works for every patient within an hour."


def unsigned_body(article):
    posted = claims_as_posted(article)
    block_type, value, block_id = editor_forms.claim(UNSIGNED, article.claims[0].references)
    return [(block_type, value, posted[0][2]), *posted[1:]]


def publish_from_editor(client, article, body, url=None):
    return client.post(
        url or reverse("wagtailadmin_pages:edit", args=[article.pk]), edit_form(article, body)
    )


def messages_of(client, response):
    return [str(message) for message in response.wsgi_request._messages]


def test_superuser_publishing_an_unsigned_edit_is_refused_naming_the_claim(
    superuser_client, live_article
):
    before = snapshot(live_article)
    revisions_before = live_article.revisions.count()

    response = publish_from_editor(superuser_client, live_article, unsigned_body(live_article))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[live_article.pk])
    (message,) = messages_of(superuser_client, response)
    assert "Not published" in message
    assert UNSIGNED in message
    assert snapshot(live_article) == before
    assert live_article.revisions.count() == revisions_before


def test_model_guard_refuses_editor_publish_even_without_the_friendly_hook(
    superuser_client, live_article, monkeypatch
):
    without_guard_hook = [
        (fn, order)
        for fn, order in hooks._hooks["before_edit_page"]
        if fn is not guard_hooks.guard_reviewed_page_edits
    ]
    monkeypatch.setitem(hooks._hooks, "before_edit_page", without_guard_hook)
    before = snapshot(live_article)

    response = publish_from_editor(superuser_client, live_article, unsigned_body(live_article))

    # Wagtail's admin turns the guard's PermissionDenied into a redirect with a message.
    assert response.status_code == 302
    assert "do not have permission" in messages_of(superuser_client, response)[0]
    after = snapshot(live_article)
    assert (after.live, after.live_revision_id, after.body) == (
        before.live,
        before.live_revision_id,
        before.body,
    )
    assert after.workflow_states == before.workflow_states
    assert not PageLogEntry.objects.filter(
        page_id=live_article.pk, action="wagtail.publish", revision__gt=before.live_revision_id
    ).exists()


def test_editor_offers_no_publish_action_for_articles(superuser_client, live_article, treatments):
    edit = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[live_article.pk]))
    create = superuser_client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=["pages", "treatmentarticlepage", treatments.pk],
        )
    )

    assert edit.status_code == create.status_code == 200
    assert 'name="action-publish"' not in edit.content.decode()
    assert 'name="action-publish"' not in create.content.decode()
    assert 'name="action-submit"' in edit.content.decode()


def test_superuser_creating_and_publishing_an_article_is_refused(superuser_client, treatments):

    pages_before = TreatmentArticlePage.objects.count()
    data = editor_forms.article_form(
        title="Compounded oral ketamine",
        therapy_status=TherapyStatusFactory(),
        body=[editor_forms.claim(UNSIGNED, [ReferenceFactory()])],
        action="action-publish",
    )

    response = superuser_client.post(
        reverse("wagtailadmin_pages:add", args=["pages", "treatmentarticlepage", treatments.pk]),
        data,
    )

    assert response.status_code == 302
    assert UNSIGNED in messages_of(superuser_client, response)[0]
    assert TreatmentArticlePage.objects.count() == pages_before


def test_publishing_the_approved_content_from_the_editor_is_a_no_op(superuser_client, live_article):
    reviewed = live_article.specific_class.objects.get(pk=live_article.pk)
    before = snapshot(live_article)
    revisions_before = live_article.revisions.count()

    response = superuser_client.post(
        reverse("wagtailadmin_pages:edit", args=[live_article.pk]),
        edit_form(live_article, editor_forms.body_as_posted(reviewed), summary=reviewed.summary),
    )

    assert response.status_code == 302
    (message,) = messages_of(superuser_client, response)
    assert "already live exactly as its medical review approved it" in message
    # No new, unreviewed live revision; the trust block still reads as reviewed.
    assert snapshot(live_article) == before
    assert live_article.revisions.count() == revisions_before
    page = superuser_client.get(live_article.url).content.decode()
    assert "Medically reviewed by" in page


def test_unreviewed_text_outside_claims_is_refused_even_with_every_claim_signed(
    superuser_client, live_article
):
    reviewed = live_article.specific_class.objects.get(pk=live_article.pk)
    before = snapshot(live_article)

    response = superuser_client.post(
        reverse("wagtailadmin_pages:edit", args=[live_article.pk]),
        edit_form(
            live_article,
            editor_forms.body_as_posted(reviewed),
            summary="Most patients feel cured after one visit.",
        ),
    )

    assert response.status_code == 302
    (message,) = messages_of(superuser_client, response)
    assert "has not been approved by a completed medical review" in message
    assert snapshot(live_article) == before
    assert "feel cured" not in TreatmentArticlePage.objects.get(pk=live_article.pk).summary


def test_reverting_to_an_unsigned_revision_and_publishing_is_refused(
    superuser_client, live_article
):
    unsigned = live_article.unsigned_revision
    # The writer put the signed wording back, so the latest draft is signed again.
    signed = TreatmentArticlePage.objects.get(pk=live_article.pk)
    signed.save_revision()
    before = snapshot(live_article)
    revisions_before = live_article.revisions.count()
    revert_url = reverse("wagtailadmin_pages:revisions_revert", args=[live_article.pk, unsigned.pk])

    shown = superuser_client.get(revert_url)
    response = publish_from_editor(
        superuser_client, live_article, claims_as_posted(unsigned.as_object()), url=revert_url
    )

    assert shown.status_code == 200
    assert response.status_code == 302
    assert "Not published" in messages_of(superuser_client, response)[0]
    assert snapshot(live_article) == before
    assert live_article.revisions.count() == revisions_before


def test_unpublished_article_cannot_be_republished_with_unsigned_claims(
    superuser_client, live_article
):
    live_article.unpublish()
    before = snapshot(live_article)
    assert not before.live

    response = publish_from_editor(superuser_client, live_article, unsigned_body(live_article))

    assert response.status_code == 302
    assert snapshot(live_article) == before


def test_wagtail_unpublish_sends_staff_to_withdrawal_with_a_reason(superuser_client, live_article):
    before = snapshot(live_article)

    response = superuser_client.post(
        reverse("wagtailadmin_pages:unpublish", args=[live_article.pk])
    )

    assert response.status_code == 302
    assert response.url == reverse("review:withdraw", args=[live_article.pk])
    assert snapshot(live_article) == before


def test_unpublishing_the_section_with_its_articles_is_refused(
    superuser_client, treatments, live_article
):
    before = snapshot(live_article)

    response = superuser_client.post(
        reverse("wagtailadmin_pages:unpublish", args=[treatments.pk]),
        {"include_descendants": "on"},
    )

    assert response.status_code == 302
    treatments.refresh_from_db()
    assert treatments.live
    assert snapshot(live_article) == before
