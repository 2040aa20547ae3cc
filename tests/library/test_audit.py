"""The audit's exports and sign-off sheets include library claims with their signer."""

import csv
import io

import pytest

from django.urls import reverse

from library.models import LibraryClaim
from tests.support.factories import ComplianceFactory, WriterFactory, signing_director
from tests.support.library import reword_library_claim, sign_library, submit_library_claim

pytestmark = pytest.mark.django_db

NEW = "Blood pressure is checked every 10 minutes during a session."


def test_the_export_holds_each_library_sign_off_with_its_signer(client, shared, two_articles):
    client.force_login(ComplianceFactory())

    response = client.get(reverse("audit:export_csv"))
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))

    (library_row,) = [row for row in rows if row["block_id"] == str(shared.identity)]
    assert library_row["page_id"] == "" and library_row["article_title"] == ""
    assert "every 15 minutes" in library_row["statement"]
    assert library_row["signer_name"] == "Dr Maya Chen, MD"
    assert library_row["second_factor_type"]


def test_the_sign_off_sheet_names_each_library_version_patients_read_and_its_signer(
    client, shared, two_articles
):
    second_director = signing_director(first_name="Ravi", last_name="Okafor")
    reword_library_claim(shared, NEW, WriterFactory())
    sign_library(submit_library_claim(LibraryClaim.objects.get(pk=shared.pk)), second_director)
    article = two_articles[0]
    client.force_login(ComplianceFactory())

    sheet = client.get(reverse("audit:sheet", args=[article.pk, article.live_revision_id]))

    html = sheet.content.decode()
    assert sheet.status_code == 200
    assert "Library claim 1" in html
    assert "every 15 minutes" in html and "Dr Maya Chen, MD" in html
    assert "current when this version went live" in html
    assert NEW in html and "Dr Ravi Okafor, MD" in html
    assert "shown from then on" in html
