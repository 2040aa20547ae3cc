"""References and therapy statuses that live articles cite cannot change under them."""

import pytest

from django.urls import reverse

from pages.models import Reference, TherapyStatus
from tests.support.factories import (
    ComplianceFactory,
    ReferenceFactory,
    UserFactory,
    WriterFactory,
    add_article,
    claims_body,
)
from tests.support.publishing import go_live
from tests.support.snippet_forms import reference_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def cited():
    reference = ReferenceFactory(title="A trial the live article cites")
    article = go_live(add_article(body=claims_body(2, [reference])))
    return reference, article


def test_editing_a_reference_a_live_article_cites_is_refused(client, cited):
    reference, article = cited
    client.force_login(WriterFactory())

    response = client.post(
        reverse("wagtailsnippets_pages_reference:edit", args=[reference.pk]),
        reference_form(reference, title="A quietly different title"),
        follow=True,
    )

    assert "is cited by live articles" in response.content.decode()
    assert Reference.objects.get(pk=reference.pk).title == "A trial the live article cites"
    page = client.get(article.url)
    assert page.status_code == 200
    assert "A trial the live article cites" in page.content.decode()


def test_editing_a_reference_no_live_article_cites_is_saved(client, cited):
    spare = ReferenceFactory(title="Not cited yet")
    client.force_login(WriterFactory())

    response = client.post(
        reverse("wagtailsnippets_pages_reference:edit", args=[spare.pk]),
        reference_form(spare, title="Not cited yet, corrected"),
    )

    assert response.status_code == 302
    assert Reference.objects.get(pk=spare.pk).title == "Not cited yet, corrected"


def test_changing_the_therapy_status_of_live_articles_is_refused(client, cited):
    reference, article = cited
    status = article.therapy_status
    client.force_login(ComplianceFactory())

    response = client.post(
        reverse("wagtailsnippets_pages_therapystatus:edit", args=[status.pk]),
        {
            "therapy": status.therapy,
            "route": status.route,
            "indication": status.indication,
            "status": "approved",
            "restrictions": "",
        },
        follow=True,
    )

    assert "is cited by live articles" in response.content.decode()
    assert TherapyStatus.objects.get(pk=status.pk).status == status.status


def test_deleting_a_cited_reference_is_refused_even_for_a_superuser(client, cited):
    reference, article = cited
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    response = client.post(
        reverse("wagtailsnippets_pages_reference:delete", args=[reference.pk]), follow=True
    )

    assert "is cited by live articles" in response.content.decode()
    assert Reference.objects.filter(pk=reference.pk).exists()
