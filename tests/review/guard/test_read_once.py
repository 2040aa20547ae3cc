"""The checks on one way to live read the approved state once, and never past a write."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import TreatmentArticlePage
from review.approvals import approval_of
from review.guard.errors import UnsignedClaimsError, WithdrawnApprovalError
from review.guard.rule import approval_to_go_live, revision_verdict
from review.models import Withdrawal
from review.read_once import reading_once
from review.withdrawal import end_approval
from tests.support.factories import add_article, signing_director
from tests.support.publishing import approve_all, submit_for_review

pytestmark = pytest.mark.django_db


def reads_of_the_approved_state(queries):
    # `approval_of`: the approved sign-offs of the page's latest review, joined to it.
    return [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith('SELECT "review_signoff"')
        and '"review_signoff"."task_state_id" = ("review_reviewedversion"."task_state_id")'
        in query["sql"]
    ]


@pytest.fixture
def approved_article():
    """Approved by a completed review and live; its approved revision is the live one."""
    article = add_article()
    approve_all(submit_for_review(article), signing_director())
    return TreatmentArticlePage.objects.get(pk=article.pk)


def test_signing_that_puts_an_article_live_reads_its_sign_offs_once():
    article = add_article()
    task_state = submit_for_review(article)
    director = signing_director()

    with CaptureQueriesContext(connection) as queries:
        approve_all(task_state, director)

    article.refresh_from_db()
    assert article.live
    # The finish action, publish and the pre_save guard each checked; one read between them.
    assert len(reads_of_the_approved_state(queries)) == 1


def test_outside_one_way_to_live_every_check_reads_afresh(approved_article):
    with CaptureQueriesContext(connection) as queries:
        first = approval_of(approved_article.pk)
        second = approval_of(approved_article.pk)

    assert first is not second
    assert len(reads_of_the_approved_state(queries)) == 2


def test_a_withdrawal_between_two_checks_is_seen_by_the_second(approved_article):
    revision = approved_article.live_revision

    with reading_once():
        assert revision_verdict(revision)[2] is None
        end_approval(page=approved_article, route=Withdrawal.Route.CODE, user=None, reason="Test")
        with pytest.raises(WithdrawnApprovalError):
            approval_to_go_live(approved_article, revision)

    assert approval_of(approved_article.pk).current is False


def test_evidence_changed_around_the_orm_between_two_checks_is_seen_by_the_second(
    approved_article,
):
    revision = approved_article.live_revision
    cited = approved_article.claims[0].references[0]

    with reading_once():
        assert revision_verdict(revision)[2] is None
        # A raw statement sends no model signal; the connection still sees it.
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE pages_reference SET title = %s WHERE id = %s",
                ["A different study", cited.pk],
            )
        with pytest.raises(UnsignedClaimsError):
            approval_to_go_live(approved_article, revision)
