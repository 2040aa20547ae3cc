"""The library as CSV: exported with what patients read; imported whole or not at all."""

import csv
import io

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from library.models import LibraryClaim
from tests.support.factories import ComplianceFactory, ReferenceFactory, WriterFactory

pytestmark = pytest.mark.django_db

HEADER = "identity,statement,claim_type,references,therapy_scope_id\n"


def upload(client, text):
    return client.post(
        reverse("library:spreadsheet"),
        {"file": SimpleUploadedFile("claims.csv", text.encode(), content_type="text/csv")},
    )


def test_the_export_lists_each_claim_with_what_patients_read_and_who_signed_it(
    client, shared, two_articles
):
    client.force_login(ComplianceFactory())

    response = client.get(reverse("library:export"))

    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    (row,) = rows
    assert row["identity"] == str(shared.identity)
    assert row["patients_read"] == "Blood pressure is checked every 15 minutes during a session."
    assert row["signed_by"] == "Dr Maya Chen, MD"
    assert row["references"] == f"doi:{shared.cited[0].doi}"


def test_an_import_adds_drafts_and_new_versions_that_patients_do_not_see(
    client, shared, two_articles
):
    reference = ReferenceFactory(doi="10.5555/observation.2026")
    client.force_login(WriterFactory())
    text = (
        HEADER
        + ","
        + "Most people feel a little dizzy for about an hour.,safety,"
        + "doi:10.5555/observation.2026,\n"
        + f"{shared.identity},Blood pressure is checked every 5 minutes.,Safety,"
        + f"doi:{shared.cited[0].doi},\n"
    )

    response = upload(client, text)

    html = response.content.decode()
    assert "Imported: 1 new library claim and 1 new version" in html
    added = LibraryClaim.objects.exclude(pk=shared.pk).get()
    assert not added.live and added.cited == (reference,)
    shown = LibraryClaim.objects.get(pk=shared.pk)
    assert "every 5 minutes" in shown.get_latest_revision_as_object().statement
    for article in two_articles:
        assert "every 15 minutes" in client.get(article.url).content.decode()


def test_a_file_with_a_rejected_row_imports_nothing_and_says_why(client, shared):
    client.force_login(WriterFactory())
    before = LibraryClaim.objects.count()
    text = (
        HEADER
        + ",A good statement.,efficacy,doi:"
        + shared.cited[0].doi
        + ",\n"
        + ",,efficacy,doi:"
        + shared.cited[0].doi
        + ",\n"
        + ",Cites nothing we hold.,efficacy,doi:10.9999/unknown,\n"
        + ",Wrong type.,miracle,doi:"
        + shared.cited[0].doi
        + ",\n"
        + "not-a-real-identity,Someone else's.,efficacy,doi:"
        + shared.cited[0].doi
        + ",\n"
    )

    response = upload(client, text)

    html = response.content.decode()
    assert "Nothing was imported: 4 rows were rejected" in html
    assert "Row 3: the statement is empty." in html
    assert "Row 4: the reference “doi:10.9999/unknown” is not in the clinic" in html
    assert "Row 5: the claim type “miracle” is not one of" in html
    assert "Row 6: no library claim has the identity" in html
    assert LibraryClaim.objects.count() == before


def test_a_file_without_the_columns_is_refused_with_the_way_forward(client):
    client.force_login(WriterFactory())

    response = upload(client, "wording,kind\nSomething,efficacy\n")

    assert "start from an export of the library" in response.content.decode()
    assert not LibraryClaim.objects.exists()


def test_compliance_may_export_but_not_import(client, shared):
    client.force_login(ComplianceFactory())

    response = upload(client, HEADER + ",Sneaked in.,efficacy,doi:" + shared.cited[0].doi + ",\n")

    assert response.status_code == 403
    assert LibraryClaim.objects.count() == 1
