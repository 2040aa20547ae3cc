"""The audit's exports and sign-off sheets include library claims with their signer."""

import csv
import io

import pytest

from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from library.models import LibraryClaim
from review.chain import GENESIS_HASH
from review.models import SignOff
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


def test_library_sign_offs_join_the_hash_chain_and_verify(shared, two_articles):
    out = io.StringIO()

    call_command("verify_signoffs", stdout=out)

    library_row = SignOff.objects.get(block_id=str(shared.identity))
    assert "the chain is intact" in out.getvalue()
    previous = SignOff.objects.filter(pk__lt=library_row.pk).order_by("-pk").first()
    assert library_row.previous_hash == (previous.row_hash if previous else GENESIS_HASH)


def test_a_library_sign_off_whose_wording_was_changed_in_the_table_shows_nowhere(
    client, shared, two_articles
):
    forged = "No observation is needed after a session."
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("ALTER TABLE review_signoff DISABLE TRIGGER review_signoff_append_only")
        cursor.execute(
            "UPDATE review_signoff SET statement = %s WHERE block_id = %s",
            [f"<p>{forged}</p>", str(shared.identity)],
        )
        cursor.execute(
            "UPDATE library_libraryclaim SET statement = %s WHERE id = %s",
            [f"<p>{forged}</p>", shared.pk],
        )
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE review_signoff ENABLE TRIGGER review_signoff_append_only")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")

    for article in two_articles:
        html = client.get(article.url).content.decode()
        assert forged not in html and "every 15 minutes" not in html
