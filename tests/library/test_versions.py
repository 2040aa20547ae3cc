"""Change once, review once: a new version shows nowhere until signed, then everywhere."""

import pytest

from wagtail.models import ModelLogEntry, PageLogEntry, WorkflowState

from delivery import page_cache
from library import log_actions
from library.models import LibraryClaim
from review.models import Decision, SignOff
from tests.support.factories import WriterFactory
from tests.support.library import reword_library_claim, sign_library, submit_library_claim

pytestmark = pytest.mark.django_db

OLD = "Blood pressure is checked every 15 minutes during a session."
NEW = "Blood pressure is checked every 10 minutes during a session and for an hour after."


def shown_on(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_changed_library_claim_shows_nowhere_until_signed_then_everywhere(
    client, shared, two_articles, director
):
    writer = WriterFactory()
    reword_library_claim(shared, NEW, writer)
    # Saved as a draft, and even submitted: every article keeps the approved wording.
    task_state = submit_library_claim(LibraryClaim.objects.get(pk=shared.pk), writer)
    for article in two_articles:
        html = shown_on(client, article)
        assert OLD in html
        assert NEW not in html

    sign_library(task_state, director)

    for article in two_articles:
        html = shown_on(client, article)
        assert NEW in html
        assert OLD not in html
    signed = SignOff.objects.filter(block_id=str(shared.identity), decision=Decision.APPROVED)
    assert signed.count() == 2  # the first version, and this one: once for every article


def test_each_article_history_records_the_version_patients_read_and_who_signed_it(
    shared, two_articles, director
):
    writer = WriterFactory()
    reword_library_claim(shared, NEW, writer)
    task_state = submit_library_claim(LibraryClaim.objects.get(pk=shared.pk), writer)
    (approval,) = sign_library(task_state, director).sign_offs

    for article in two_articles:
        entry = PageLogEntry.objects.get(page=article, action=log_actions.VERSION_SHOWN)
        assert entry.data["sign_off"] == approval.pk
        assert entry.data["statement_text"] == NEW
        assert entry.data["signer_name"] == director.reviewer_profile.printed_name
        assert "signed in the library by" in entry.message


def test_changes_requested_keep_the_approved_version_and_go_back_to_the_writer(
    client, shared, two_articles, director
):
    writer = WriterFactory()
    reword_library_claim(shared, NEW, writer)
    task_state = submit_library_claim(LibraryClaim.objects.get(pk=shared.pk), writer)

    sign_library(task_state, director, Decision.CHANGES_REQUESTED, "Cite the new guideline.")

    for article in two_articles:
        assert OLD in shown_on(client, article)
    assert not PageLogEntry.objects.filter(action=log_actions.VERSION_SHOWN).exists()
    claim = LibraryClaim.objects.get(pk=shared.pk)
    assert claim.workflow_states.order_by("pk").last().status == WorkflowState.STATUS_NEEDS_CHANGES
    assert ModelLogEntry.objects.filter(object_id=str(claim.pk), action="claimcheck.sign")


def test_a_newly_signed_version_drops_every_page_showing_it_from_the_caches(
    shared, two_articles, director, django_capture_on_commit_callbacks
):
    writer = WriterFactory()
    reword_library_claim(shared, NEW, writer)
    task_state = submit_library_claim(LibraryClaim.objects.get(pk=shared.pk), writer)
    before = {article.pk: page_cache.generation(article.pk) for article in two_articles}

    with django_capture_on_commit_callbacks(execute=True):
        sign_library(task_state, director)

    for article in two_articles:
        assert page_cache.generation(article.pk) > before[article.pk]
