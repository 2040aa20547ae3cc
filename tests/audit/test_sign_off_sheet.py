"""A printable sign-off sheet, and its PDF, per published version."""

import re

import pytest
from weasyprint import HTML

from django.urls import reverse

from review.models import SignOff
from tests.support.factories import ReferenceFactory, add_article, claims_body
from tests.support.history import drop_last_risk
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def sheet(client, article, revision_id):
    return client.get(reverse("audit:sheet", args=[article.pk, revision_id])).content.decode()


def test_the_sheet_lists_exactly_the_claims_of_that_version(
    client, compliance, article_with_two_versions
):
    article = article_with_two_versions
    first_revision, second_revision = (
        SignOff.objects.filter(page=article)
        .order_by("revision_id")
        .values_list("revision_id", flat=True)
        .distinct()
    )
    client.force_login(compliance)

    first, second = sheet(client, article, first_revision), sheet(client, article, second_revision)

    assert re.findall(r"<h2>Claim (\d+)", first) == ["1", "2", "3", "4"]
    assert "Benefit statement 0." in first and "wording 2" not in first
    assert "Benefit statement, wording 2." in second and "Benefit statement 0." not in second
    assert second.count("Signed by Dr Maya Chen, MD (Psychiatry;") == 4
    assert second.count("Carries over the sign-off by Dr Maya Chen, MD") == 3
    assert "No sign-off is recorded" not in second
    assert "A randomised trial number" in second
    assert "@media print" in second


def test_the_sheet_of_a_version_with_a_claim_removed_leaves_it_out(
    client, compliance, article_with_two_versions, director, writer
):
    article = article_with_two_versions
    drop_last_risk(article, writer)
    article = go_live(article, director)
    client.force_login(compliance)

    html = sheet(client, article, article.live_revision_id)

    assert re.findall(r"<h2>Claim (\d+)", html) == ["1", "2", "3"]
    assert "Risk statement 1." not in html


def test_the_sheet_downloads_as_pdf(client, compliance, article_with_two_versions):
    article = article_with_two_versions
    client.force_login(compliance)

    response = client.get(reverse("audit:sheet_pdf", args=[article.pk, article.live_revision_id]))

    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert "sign-off-sheet-" in response["Content-Disposition"]


def test_a_seventeen_claim_sheet_prints_several_claims_to_a_page(client, compliance):
    # Three studies per claim, with long titles, as the demo articles cite them.
    studies = [
        ReferenceFactory(title=f"A long randomised trial of infusions, part {n}. " * 3)
        for n in range(3)
    ]
    article = go_live(add_article(body=claims_body(17, studies)))
    client.force_login(compliance)

    sheet = client.get(reverse("audit:sheet", args=[article.pk, article.live_revision_id]))

    # The PDF is this page drawn by WeasyPrint; its page count is the paper a reader gets.
    printed = HTML(string=sheet.content.decode(), base_url="http://testserver/").render()
    assert len(printed.pages) <= 7
