"""Revisions that sign-offs point at keep their words: no overwrite, no purge."""

import pytest

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Revision

from review.guard.errors import SignedRevisionError
from review.models import SignOff
from tests.support.editor_forms import claims_as_posted, edit_form
from tests.support.factories import WriterFactory, add_article, signing_director
from tests.support.publishing import approve_all, go_live, reword_first_claim, submit_for_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer():
    return WriterFactory()


@pytest.fixture
def signed_by_writers_revision(writer):
    """Live, and the signed revision is the writer's own latest one, as after a review."""
    article = add_article(title="Ketamine infusion for depression")
    article.save_revision(user=writer)
    go_live(article)
    article.refresh_from_db()
    assert article.get_latest_revision() == article.live_revision
    return article


def test_autosave_naming_a_signed_revision_saves_a_new_one_instead(
    client, writer, signed_by_writers_revision
):
    article = signed_by_writers_revision
    signed = article.live_revision
    signed_content = signed.content
    client.force_login(writer)
    body = claims_as_posted(article)
    data = {
        **edit_form(article, body, action=None, summary="An autosaved draft summary."),
        "overwrite_revision_id": str(signed.pk),
        "loaded_revision_id": str(signed.pk),
        "loaded_revision_created_at": signed.created_at.isoformat(),
    }

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]), data, HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 200
    assert response.json()["success"] is True
    assert response.json()["revision_id"] != signed.pk
    signed.refresh_from_db()
    assert signed.content == signed_content
    autosaved = Revision.objects.get(pk=response.json()["revision_id"])
    assert autosaved.as_object().summary == "An autosaved draft summary."


def test_overwriting_a_signed_revision_from_code_is_refused(signed_by_writers_revision, writer):
    article = signed_by_writers_revision
    signed = article.live_revision
    signed_content = signed.content
    revisions_before = article.revisions.count()
    edited = article.get_latest_revision_as_object()
    edited.summary = "Rewritten after signing."

    with pytest.raises(SignedRevisionError):
        edited.save_revision(user=writer, overwrite_revision=signed)

    signed.refresh_from_db()
    assert signed.content == signed_content
    assert article.revisions.count() == revisions_before


def test_purge_revisions_keeps_every_signed_revision(live_article):
    first_signed = live_article.live_revision
    # A second review puts the reworded draft live, so the first signed revision is neither
    # live nor latest: exactly what purge_revisions deletes.
    approve_all(submit_for_review(live_article), signing_director())
    live_article.refresh_from_db()
    assert live_article.live_revision == live_article.unsigned_revision
    unsigned_old = reword_first_claim(live_article, "An abandoned draft.")
    live_article.save_revision()  # leaves the abandoned draft neither live nor latest
    signed_ids = set(SignOff.objects.values_list("revision_id", flat=True))
    assert first_signed.pk in signed_ids

    call_command("purge_revisions", verbosity=0)

    assert set(Revision.objects.filter(pk__in=signed_ids).values_list("pk", flat=True)) == (
        signed_ids
    )
    assert not Revision.objects.filter(pk=unsigned_old.pk).exists()
