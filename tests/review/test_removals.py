"""Removals are decided: a signed claim the new version drops is shown to the director.

The review screen lists claims removed since the last approved version; the director confirms
each removal as part of signing (a sign-off of the removed wording records it), or asks for
the claim back, which sends the article back to the writer.
"""

import pytest

from wagtail.models import TaskState

from pages.models import TreatmentArticlePage
from review.models import Decision, ReviewedVersion, SignOff
from review.models.signoffs import REMOVAL_MEANING
from review.selectors import claims_removed_since_approved
from review.services import SigningRefused, approve_every_claim, sign_review
from tests.support.factories import TEST_PASSWORD, add_article
from tests.support.history import drop_last_risk
from tests.support.identity import fresh_code
from tests.support.publishing import go_live, submit_for_review
from tests.support.review_screen import review_url, signing_post
from tests.support.snapshots import snapshot

pytestmark = pytest.mark.django_db

REMOVED = "Risk statement 1."


@pytest.fixture
def risk_removed(writer):
    """A live article whose writer submitted a version without its last risk claim."""
    article = go_live(add_article(owner=writer))
    removed = article.claims[-1]
    drop_last_risk(article, writer)
    task_state = submit_for_review(TreatmentArticlePage.objects.get(pk=article.pk), writer)
    return article, removed, task_state


def test_review_screen_lists_the_removed_claim_for_a_decision(client, director, risk_removed):
    article, removed, task_state = risk_removed
    client.force_login(director)

    screen = client.get(review_url(task_state)).content.decode()

    assert "Removed since last approved" in screen
    assert REMOVED in screen
    assert f'name="removal-{removed.block_id}"' in screen
    (row,) = claims_removed_since_approved(article, task_state.revision)
    assert row.block_id == removed.block_id


def test_signing_without_deciding_a_removal_is_refused_and_records_nothing(
    client, director, risk_removed
):
    article, removed, task_state = risk_removed
    client.force_login(director)
    before = snapshot(article)
    data = signing_post(task_state)
    del data[f"removal-{removed.block_id}"]

    response = client.post(review_url(task_state), data)

    assert response.status_code == 200
    assert "Confirm the removal of removed claim 1" in response.content.decode()
    assert not SignOff.objects.filter(task_state=task_state).exists()
    assert snapshot(article) == before
    with pytest.raises(SigningRefused, match="Confirm each claim removed"):
        sign_review(
            task_state=task_state,
            director=director,
            password=TEST_PASSWORD,
            seen_revision_id=task_state.revision_id,
            decisions={},
            second_factor=fresh_code(director),
        )
    assert REMOVED in client.get(article.url).content.decode()


def test_the_confirmed_removal_is_held_in_the_sign_off_record(client, director, risk_removed):
    article, removed, task_state = risk_removed
    client.force_login(director)
    data = signing_post(task_state)
    data[f"removal-reason-{removed.block_id}"] = "Merged into the first risk."

    response = client.post(review_url(task_state), data)

    assert response.status_code == 302
    record = SignOff.objects.get(task_state=task_state, block_id=removed.block_id)
    assert record.decision == Decision.REMOVAL_CONFIRMED
    assert record.meaning == REMOVAL_MEANING
    assert record.statement == f"<p>{REMOVED}</p>"
    assert record.reason == "Merged into the first risk."
    assert record.signer == director
    assert record.row_is_intact()
    assert REMOVED not in client.get(article.url).content.decode()


def test_asking_for_a_removed_claim_back_sends_the_article_to_the_writer(
    client, director, risk_removed
):
    article, removed, task_state = risk_removed
    client.force_login(director)
    before = snapshot(article)
    data = signing_post(task_state)
    data[f"removal-{removed.block_id}"] = Decision.CHANGES_REQUESTED
    data[f"removal-reason-{removed.block_id}"] = "Patients need this risk."

    response = client.post(review_url(task_state), data)

    assert response.status_code == 302
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_REJECTED
    assert not ReviewedVersion.objects.filter(task_state=task_state).exists()
    after = snapshot(article)
    assert (after.live, after.live_revision_id, after.body) == (
        before.live,
        before.live_revision_id,
        before.body,
    )
    assert REMOVED in client.get(article.url).content.decode()


def test_signing_from_code_confirms_each_removal(director, risk_removed):
    article, removed, task_state = risk_removed

    approve_every_claim(
        task_state=task_state,
        director=director,
        password=TEST_PASSWORD,
        second_factor=fresh_code(director),
    )

    assert (
        SignOff.objects.get(task_state=task_state, block_id=removed.block_id).decision
        == Decision.REMOVAL_CONFIRMED
    )
