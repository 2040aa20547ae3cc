"""Forged posts and code that would put an unsigned library claim in front of patients."""

import pytest

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from library.models import LibraryClaim
from pages.models import TreatmentArticlePage
from review.models import Decision, SignOff
from review.roles import SITE_ADMINS
from tests.support import editor_forms
from tests.support.factories import UserFactory, WriterFactory
from tests.support.identity import CURRENT_CODE
from tests.support.library import draft_library_claim, reword_library_claim, submit_library_claim
from tests.support.snippet_forms import library_claim_form

pytestmark = pytest.mark.django_db

OLD = "Blood pressure is checked every 15 minutes during a session."
FORGED = "No observation is needed after a session."


def site_admin():
    user = UserFactory(is_superuser=True)
    user.groups.add(Group.objects.get(name=SITE_ADMINS))
    return user


def approve_post(task_state):
    claim = task_state.workflow_state.content_object
    return {
        "seen_revision": task_state.revision_id,
        "password": "correct horse battery staple",
        "second_factor": CURRENT_CODE,
        f"decision-{claim.identity}": Decision.APPROVED,
    }


@pytest.mark.parametrize("make_user", [WriterFactory, site_admin])
def test_writers_and_site_admins_cannot_sign_a_library_claim(
    client, shared, two_articles, make_user
):
    reword_library_claim(shared, FORGED)
    task_state = submit_library_claim(LibraryClaim.objects.get(pk=shared.pk))
    signed_before = SignOff.objects.count()
    client.force_login(make_user())

    response = client.post(
        reverse("library:review", args=[task_state.pk]), approve_post(task_state)
    )

    assert response.status_code == 403
    assert SignOff.objects.count() == signed_before
    for article in two_articles:
        html = client.get(article.url).content.decode()
        assert OLD in html and FORGED not in html


def test_publishing_an_unsigned_version_from_the_snippet_editor_is_refused(
    client, shared, two_articles
):
    client.force_login(site_admin())
    url = reverse("wagtailsnippets_library_libraryclaim:edit", args=[shared.pk])

    response = client.post(
        url, library_claim_form(shared, FORGED, action="action-publish"), follow=True
    )

    assert "has not been signed by a medical director" in response.content.decode()
    claim = LibraryClaim.objects.get(pk=shared.pk)
    assert OLD in claim.statement
    for article in two_articles:
        html = client.get(article.url).content.decode()
        assert OLD in html and FORGED not in html


def test_publishing_or_saving_an_unsigned_version_from_code_is_refused(shared, two_articles):
    revision = reword_library_claim(shared, FORGED)
    with pytest.raises(PermissionDenied):
        revision.publish(skip_permission_checks=True)

    claim = LibraryClaim.objects.get(pk=shared.pk)
    claim.statement = f"<p>{FORGED}</p>"
    with pytest.raises(PermissionDenied):
        claim.save()
    with pytest.raises(PermissionDenied):
        LibraryClaim.objects.create(
            statement=f"<p>{FORGED}</p>",
            claim_type=claim.claim_type,
            therapy_status=claim.therapy_status,
            references=[("reference", claim.cited[0])],
        )
    assert OLD in LibraryClaim.objects.get(pk=shared.pk).statement


def test_a_row_changed_around_the_orm_shows_nothing(client, shared, two_articles):
    LibraryClaim.objects.filter(pk=shared.pk).update(statement=f"<p>{FORGED}</p>")

    for article in two_articles:
        response = client.get(article.url)
        html = response.content.decode()
        assert response.status_code == 200
        assert FORGED not in html and OLD not in html


def test_an_article_cannot_choose_a_claim_that_is_not_approved(client, two_articles):
    unapproved = draft_library_claim(FORGED)
    article = two_articles[0]
    client.force_login(WriterFactory())
    body = [
        *editor_forms.body_as_posted(article),
        ("library_claim", unapproved.pk, "b6f2c6f4-6d3f-4a8e-9c36-3d1b3f0a8e11"),
    ]

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        editor_forms.edit_form(article, body, action=None),
    )

    assert response.status_code == 200
    assert "Choose a library claim that is approved" in response.content.decode()
    latest = TreatmentArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert str(unapproved.identity) not in str(latest.body.raw_data)
