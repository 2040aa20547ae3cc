"""Auditors read every version that went live, its review and who signed each claim."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pages.models import TreatmentIndexPage
from review.models import SignOff
from review.models.signoffs import CARRIED_OVER_MEANING
from tests.support.factories import ReferenceFactory, UserFactory, add_article, claims_body
from tests.support.history import publish_versions
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def history_url(article):
    return reverse("audit:article_history", args=[article.pk])


def test_history_lists_each_live_version_with_its_signatures(
    client, compliance, article_with_two_versions
):
    article = article_with_two_versions
    client.force_login(compliance)

    html = client.get(history_url(article)).content.decode()

    assert "Version 2 (revision" in html and "Version 1 (revision" in html
    assert "still live" in html
    assert "replaced by the next version" in html
    assert html.count("<strong>Dr Maya Chen, MD</strong>") == 8
    assert "Benefit statement, wording 2." in html
    assert CARRIED_OVER_MEANING in html
    assert "(carries over the sign-off by Dr Maya Chen, MD" in html
    assert "Published through medical review #" in html


@pytest.mark.parametrize("role", ["compliance", "site_admin", "director"])
def test_compliance_site_admins_and_directors_may_read_it(
    client, request, role, article_with_two_versions
):
    client.force_login(request.getfixturevalue(role))

    assert client.get(history_url(article_with_two_versions)).status_code == 200
    assert client.get(reverse("audit:index")).status_code == 200


def test_writers_are_refused_every_audit_screen(client, writer, article_with_two_versions):
    article = article_with_two_versions
    revision_id = article.live_revision_id
    block_id = SignOff.objects.first().block_id
    client.force_login(writer)

    urls = [
        reverse("audit:index"),
        history_url(article),
        reverse("audit:claim_history", args=[article.pk, block_id]),
        reverse("audit:live_on", args=[article.pk]) + "?date=2030-01-01",
        reverse("audit:as_served", args=[article.pk, revision_id]),
        reverse("audit:sheet", args=[article.pk, revision_id]),
        reverse("audit:sheet_pdf", args=[article.pk, revision_id]),
        reverse("audit:export_csv"),
        reverse("audit:export_json"),
    ]
    for url in urls:
        assert client.get(url).status_code == 403, url


def test_the_menu_shows_sign_off_history_to_auditors_only(client, compliance, writer):
    client.force_login(compliance)
    assert reverse("audit:index") in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(writer)
    assert reverse("audit:index") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_queries_do_not_grow_with_the_versions_on_a_page(client, compliance, director, writer):
    few = publish_versions(add_article(title="Few", owner=writer), director, writer, 2)
    many = publish_versions(
        add_article(title="Many", body=claims_body(4, [ReferenceFactory()]), owner=writer),
        director,
        writer,
        6,
    )
    client.force_login(compliance)
    client.get(history_url(few))  # warm the session and Wagtail's caches

    counts = {}
    for article in (few, many):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(history_url(article))
        assert response.status_code == 200
        counts[article.title] = len(queries)

    assert "Version 6 (revision" in response.content.decode()
    assert counts["Many"] == counts["Few"]


def test_claim_timeline_shows_each_wording_and_who_signed_it(
    client, compliance, article_with_two_versions
):
    article = article_with_two_versions
    first_claim = SignOff.objects.filter(page=article).order_by("pk").first()
    client.force_login(compliance)

    html = client.get(
        reverse("audit:claim_history", args=[article.pk, first_claim.block_id])
    ).content.decode()

    assert "2 wordings, oldest first" in html
    assert "Benefit statement 0." in html
    assert "<del>statement 0.</del> <ins>statement, wording 2.</ins>" in html
    assert "Live in version 1." in html and "Live in version 2." in html
    assert html.count("Dr Maya Chen, MD") == 2


def test_editors_get_links_to_wagtails_compare_between_versions(
    client, article_with_two_versions, site_admin
):

    article = article_with_two_versions
    superuser = UserFactory(username="root", is_superuser=True)
    client.force_login(superuser)

    html = client.get(history_url(article)).content.decode()

    first, second = (
        SignOff.objects.filter(page=article)
        .values_list("revision_id", flat=True)
        .distinct()
        .order_by("revision_id")
    )
    compare = reverse("wagtailadmin_pages:revisions_compare", args=[article.pk, first, second])
    assert compare in html
    assert client.get(compare).status_code == 200


def test_the_clinic_pages_history_shows_their_reviews(client, compliance, treatments):
    draft = treatments.get_latest_revision_as_object()
    draft.intro = "Every treatment we offer, explained."
    draft.save_revision()
    go_live(TreatmentIndexPage.objects.get(pk=treatments.pk))
    client.force_login(compliance)

    index = client.get(reverse("audit:index")).content.decode()
    html = client.get(history_url(treatments)).content.decode()

    assert f'href="{history_url(treatments)}"' in index
    assert "Version 1 (revision" in html
    assert "still live" in html
    assert "Published through medical review #" in html
