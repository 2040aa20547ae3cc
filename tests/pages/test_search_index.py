"""Site search finds an article by the text patients read, and by a new text once it is live."""

import pytest

from django.core.management import call_command
from django.test import override_settings

from pages.models import TreatmentArticlePage
from tests.support.factories import add_article
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def found(word):
    return {page.pk for page in TreatmentArticlePage.objects.live().search(word)}


def test_a_draft_stays_out_of_search_until_it_goes_live(writer):
    article = go_live(add_article(title="Joint injections", summary="For patella pain."))
    draft = article.get_latest_revision_as_object()
    draft.summary = "For zygomatic pain."
    draft.save_revision(user=writer)

    assert article.pk in found("patella")
    assert article.pk not in found("zygomatic")

    go_live(article)

    assert article.pk in found("zygomatic")
    assert article.pk not in found("patella")


def run_the_worker():
    call_command(
        "db_worker", "--backend", "lifecycle", "--batch", "--no-startup-delay", verbosity=0
    )


# The worker closes the database connection when it is done, as a process of its own would.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(SEARCH_INDEX_TASK_BACKEND="lifecycle")
def test_with_the_worker_updating_search_a_new_text_is_found_once_it_has_run(writer):
    article = go_live(add_article(title="Nerve blocks", summary="For occipital pain."))
    run_the_worker()
    draft = article.get_latest_revision_as_object()
    draft.summary = "For trigeminal pain."
    draft.save_revision(user=writer)

    go_live(article)

    # Published, but not yet re-indexed: the old words still find the live page, the new ones
    # not yet; the page listed is always the live one.
    assert article.pk in found("occipital")
    assert article.pk not in found("trigeminal")

    run_the_worker()

    assert article.pk in found("trigeminal")
    assert article.pk not in found("occipital")
