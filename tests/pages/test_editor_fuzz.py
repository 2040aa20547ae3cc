"""Hundreds of mutated editor posts: a clear refusal or a whole save, never a 500 or a silent loss.

The mutations are seeded (tests/support/mutations.py), so a failure names a post that fails the
same way on every run. Run with `pytest -s` to see the count of each status code.
"""

import sys
from collections import Counter

import pytest

from django.db import transaction
from django.urls import reverse

from pages.models import TreatmentArticlePage
from tests.support import editor_forms, editor_posts
from tests.support.factories import ReferenceFactory, WriterFactory, add_article, claims_body
from tests.support.mutations import claim_ids_kept, mutations
from tests.support.publishing import go_live
from tests.support.snapshots import snapshot

pytestmark = pytest.mark.django_db

SEED = 12
POSTS = 300
ACTIONS = (None, None, "action-submit")
# What the middleware's last line says when Wagtail, not pages.posted, found the post unreadable.
NOT_NAMED = b"could not be read as the editor"


class Rollback(Exception):
    """Raised to undo one post's effects, so each mutation starts from the same article."""


@pytest.fixture
def live_article():
    return go_live(add_article(body=claims_body(4, [ReferenceFactory(), ReferenceFactory()])))


def editor_form(article, action):
    body = [
        *editor_forms.body_as_posted(article),
        editor_posts.text("<p>Your first visit takes about two hours.</p>"),
    ]
    return editor_forms.edit_form(article, body, action=action)


def latest_claim_ids(article):
    latest = TreatmentArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    return {claim.block_id for claim in latest.claims}


def test_mutated_editor_posts_are_refused_or_saved_whole(client, live_article):
    client.raise_request_exception = False
    client.force_login(WriterFactory())
    url = reverse("wagtailadmin_pages:edit", args=[live_article.pk])
    statuses = Counter()
    problems = []
    for number, action in enumerate(ACTIONS):
        form = editor_form(live_article, action)
        for mutation in mutations(form, count=POSTS // len(ACTIONS), seed=SEED + number):
            before = snapshot(live_article)
            revisions_before = live_article.revisions.count()
            try:
                with transaction.atomic():
                    response = client.post(url, mutation.data)
                    statuses[response.status_code] += 1
                    saved = live_article.revisions.count() > revisions_before
                    where = f"{action or 'save draft'}: {mutation.description}"
                    if response.status_code >= 500:
                        problems.append(f"{response.status_code} for {where}")
                    elif response.status_code == 400 and saved:
                        problems.append(f"refused but saved a revision: {where}")
                    elif response.status_code == 400 and NOT_NAMED in response.content:
                        problems.append(f"refused without naming the field: {where}")
                    elif saved and latest_claim_ids(live_article) != claim_ids_kept(form, mutation):
                        problems.append(f"saved without some claims: {where}")
                    after = snapshot(live_article)
                    if (after.live, after.live_revision_id, after.body) != (
                        before.live,
                        before.live_revision_id,
                        before.body,
                    ):
                        problems.append(f"live page changed: {where}")
                    raise Rollback
            except Rollback:
                pass
    sys.stdout.write(f"\nEditor fuzz, {sum(statuses.values())} posts: {dict(statuses)}\n")
    sys.stdout.write("".join(f"  {problem}\n" for problem in problems))
    assert problems == []
