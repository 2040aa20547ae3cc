"""Site search finds an article by the text patients read, and by a new text once it is live."""

import pytest

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
