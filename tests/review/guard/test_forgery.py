"""A forged sign-off is noticed: the page goes "being reviewed" and Compliance is told.

The forger owns the table, so the append-only trigger is no obstacle on PostgreSQL: it is
switched off for the forgery, as the table owner could.
"""

import json
import logging

import pytest

from django.core import mail
from django.core.cache import cache
from django.core.management import CommandError, call_command

from pages.models import TreatmentArticlePage
from review.fingerprint import claim_content, claim_fingerprint
from review.models import SignOff
from tests.support.factories import ComplianceFactory
from tests.support.forgery import as_table_owner

pytestmark = pytest.mark.django_db

FORGED = "Ketamine is guaranteed to cure depression."


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def forge_claim_and_its_sign_off(article):
    """Reword the live claim around the ORM, and rewrite its sign-off's wording and content
    hash to match, so that only the row hash still tells."""
    body = article.body.get_prep_value()
    body[1]["value"]["claims"][0]["value"]["statement"] = f"<p>{FORGED}</p>"
    TreatmentArticlePage.objects.filter(pk=article.pk).update(body=json.dumps(body))
    forged = TreatmentArticlePage.objects.get(pk=article.pk)
    claim = forged.claims[0]
    content = claim_content(claim, forged.therapy_status)
    as_table_owner(
        "UPDATE review_signoff SET statement = %s, content_hash = %s "
        "WHERE revision_id = %s AND block_id = %s",
        [
            content["statement"],
            claim_fingerprint(claim, forged.therapy_status),
            article.live_revision_id,
            claim.block_id,
        ],
    )


def test_a_page_whose_sign_off_was_forged_is_shown_as_being_reviewed(client, live_article):
    forge_claim_and_its_sign_off(live_article)

    response = client.get(live_article.url)

    assert response.status_code == 503
    assert FORGED not in response.content.decode()
    assert FORGED not in client.get("/treatments/").content.decode()


def test_a_sign_off_whose_wording_alone_was_changed_stops_the_page(client, live_article):
    sign_off = SignOff.objects.filter(revision_id=live_article.live_revision_id).first()
    as_table_owner("UPDATE review_signoff SET statement = %s WHERE id = %s", [FORGED, sign_off.pk])

    assert client.get(live_article.url).status_code == 503


def test_verify_signoffs_fails_logs_an_error_and_emails_compliance(live_article, caplog):
    officer = ComplianceFactory(email="compliance@clinic.example")
    sign_off = SignOff.objects.filter(revision_id=live_article.live_revision_id).first()
    as_table_owner("UPDATE review_signoff SET statement = %s WHERE id = %s", [FORGED, sign_off.pk])
    mail.outbox.clear()  # the review's own notifications

    with (
        caplog.at_level(logging.ERROR, logger="audit.verify_signoffs"),
        pytest.raises(CommandError, match=f"Sign-off {sign_off.pk}"),
    ):
        call_command("verify_signoffs")

    (record,) = [r for r in caplog.records if r.name == "audit.verify_signoffs"]
    assert record.levelname == "ERROR"
    (email,) = mail.outbox
    assert officer.email in email.to
    assert f"Sign-off {sign_off.pk}" in email.body


def test_an_intact_chain_sends_nothing(live_article):
    ComplianceFactory(email="compliance@clinic.example")
    mail.outbox.clear()

    call_command("verify_signoffs")

    assert mail.outbox == []
