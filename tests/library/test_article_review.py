"""The article's review shows library claims as signed in the library, with no new decision."""

import pytest

from django.urls import reverse

from library.models import LibraryClaim
from tests.support.factories import signing_director
from tests.support.library import article_showing, draft_library_claim
from tests.support.publishing import go_live, submit_for_review

pytestmark = pytest.mark.django_db


def test_the_review_screen_says_signed_in_the_library_by_whom_and_when(client, shared):
    task_state = submit_for_review(article_showing([shared], "Ketamine infusion", "ketamine"))
    reviewer = signing_director()
    client.force_login(reviewer)

    response = client.get(reverse("review:screen", args=[task_state.pk]))

    html = response.content.decode()
    signed = LibraryClaim.objects.get(pk=shared.pk)
    assert response.status_code == 200
    assert "Signed in the library by Dr Maya Chen, MD on" in html
    assert "every 15 minutes" in html
    assert f'name="decision-{signed.identity}"' not in html  # no decision asked for it


def test_an_article_showing_an_unapproved_library_claim_goes_live_without_it(client, shared):
    waiting = draft_library_claim("A statement nobody has signed yet.")
    article = article_showing([shared], "Ketamine infusion", "ketamine")
    draft = article.get_latest_revision_as_object()
    raw = list(draft.body.raw_data)
    raw[-1]["value"]["claims"].append(
        {"type": "library_claim", "value": str(waiting.identity), "id": "x1"}
    )
    draft.body = raw
    draft.save_revision()

    article = go_live(article)

    html = client.get(article.url).content.decode()
    assert "every 15 minutes" in html
    assert "A statement nobody has signed yet." not in html
