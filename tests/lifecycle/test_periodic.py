import datetime
import io

import pytest
from openpyxl import load_workbook

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry, TaskState

from lifecycle.models import ReviewDeadline, ReviewExtension, ReviewKind, ReviewTrigger
from lifecycle.periodic import open_due_reviews, withdraw_overdue
from lifecycle.schedule import schedules
from pages.models import TreatmentArticlePage
from review import clock
from review.log_actions import WITHDRAWN
from review.models import Withdrawal
from review.selectors import add_months
from tests.support.factories import signing_director
from tests.support.publishing import approve_all, sign_in_full

pytestmark = pytest.mark.django_db


def in_90_days():
    return (timezone.localdate() + datetime.timedelta(days=90)).isoformat()


def due_date(article):
    return add_months(timezone.localdate(), article.next_review_months)


def test_the_review_opens_thirty_days_before_it_is_due_on_the_latest_revision(live_article, on_day):
    due = due_date(live_article)

    on_day(due - datetime.timedelta(days=31))
    assert open_due_reviews() == 0
    on_day(due - datetime.timedelta(days=30))
    assert open_due_reviews() == 1

    article = TreatmentArticlePage.objects.get(pk=live_article.pk)
    task_state = article.current_workflow_task_state
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert task_state.revision_id == article.latest_revision_id
    assert ReviewDeadline.objects.get(task_state=task_state).due_on == due
    trigger = ReviewTrigger.objects.get(task_state=task_state)
    assert (trigger.kind, trigger.review_due_on) == (ReviewKind.PERIODIC, due)
    assert article.live  # patients keep reading the reviewed page meanwhile


def test_the_review_screen_asks_for_a_full_review(client, live_article, on_day):
    on_day(due_date(live_article) - datetime.timedelta(days=30))
    open_due_reviews()
    task_state = TreatmentArticlePage.objects.get(pk=live_article.pk).current_workflow_task_state
    client.force_login(signing_director(username="reviewer-now"))

    html = client.get(reverse("review:screen", args=[task_state.pk])).content.decode()

    assert "Periodic re-review" in html
    assert "do a full review" in html


def test_patients_see_an_honest_line_once_the_review_date_has_passed(client, live_article, on_day):
    due = due_date(live_article)
    on_day(due)
    assert "Next review due" in client.get(live_article.url).content.decode()

    on_day(due + datetime.timedelta(days=1))
    html = client.get(live_article.url).content.decode()

    assert "This page is due for its medical review; our team is reviewing it." in html
    assert "Next review due" not in html


def test_an_overdue_article_is_withdrawn_after_the_grace_period_with_the_reason_logged(
    client, live_article, on_day
):
    due = due_date(live_article)
    on_day(due + datetime.timedelta(days=60))
    assert withdraw_overdue() == 0

    on_day(due + datetime.timedelta(days=61))
    assert withdraw_overdue() == 1

    article = TreatmentArticlePage.objects.get(pk=live_article.pk)
    assert not article.live
    withdrawal = Withdrawal.objects.get(page_id=article.pk)
    assert "grace period ended" in withdrawal.reason
    entry = PageLogEntry.objects.get(page=article, action=WITHDRAWN)
    assert entry.data["reason"] == withdrawal.reason
    assert client.get(live_article.url).status_code == 404


def test_a_dated_extension_from_compliance_keeps_the_article_live_until_it_ends(
    live_article, on_day, compliance
):
    due = due_date(live_article)
    ReviewExtension.objects.create(
        page=live_article,
        extended_until=due + datetime.timedelta(days=90),
        reason="The reviewing director is on leave; a locum starts next month.",
        recorded_by=compliance,
    )

    on_day(due + datetime.timedelta(days=61))
    assert withdraw_overdue() == 0
    assert TreatmentArticlePage.objects.get(pk=live_article.pk).live

    on_day(due + datetime.timedelta(days=91))
    assert withdraw_overdue() == 1


def test_compliance_records_an_extension_through_the_admin(client, live_article, compliance):
    client.force_login(compliance)
    url = reverse("wagtailsnippets_lifecycle_reviewextension:add")

    response = client.post(
        url,
        {"page": live_article.pk, "extended_until": in_90_days(), "reason": "Locum starts soon."},
    )

    assert response.status_code == 302
    extension = ReviewExtension.objects.get()
    assert (extension.recorded_by, extension.reason) == (compliance, "Locum starts soon.")


def test_a_writer_cannot_record_an_extension(client, live_article, writer):
    client.force_login(writer)

    client.post(
        reverse("wagtailsnippets_lifecycle_reviewextension:add"),
        {"page": live_article.pk, "extended_until": in_90_days(), "reason": "Please."},
    )

    assert not ReviewExtension.objects.exists()


def test_a_review_that_carried_claims_over_leaves_the_article_due_and_opens_again(
    live_article, on_day
):
    on_day(due_date(live_article) - datetime.timedelta(days=30))
    open_due_reviews()
    task_state = TreatmentArticlePage.objects.get(pk=live_article.pk).current_workflow_task_state
    approve_all(task_state, signing_director(username="quick-reviewer"))

    assert open_due_reviews() == 1
    assert open_due_reviews() == 0


def test_a_full_review_ends_the_periodic_review(live_article, on_day):
    on_day(due_date(live_article) - datetime.timedelta(days=30))
    open_due_reviews()
    task_state = TreatmentArticlePage.objects.get(pk=live_article.pk).current_workflow_task_state
    sign_in_full(task_state, signing_director(username="periodic-reviewer"))

    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED
    (schedule,) = schedules()
    assert schedule.last_reviewed == clock.database_now().date()


def report(client, **params):
    return client.get(reverse("lifecycle:due_for_review"), params)


def test_the_due_for_review_report_lists_articles_in_the_notice_period(
    client, live_article, director, compliance, on_day
):
    due = due_date(live_article)

    on_day(due - datetime.timedelta(days=45))
    client.force_login(compliance)
    assert live_article.title not in report(client).content.decode()
    assert live_article.title in report(client, due="90").content.decode()

    on_day(due - datetime.timedelta(days=20))
    client.force_login(compliance)
    html = report(client).content.decode()
    assert live_article.title in html
    assert "Due in 20 days" in html
    assert live_article.title not in report(client, due="overdue").content.decode()
    by_condition = report(client, condition="Treatment-resistant depression").content.decode()
    assert live_article.title in by_condition
    other = signing_director(username="not-the-reviewer")
    assert live_article.title in report(client, director=director.pk).content.decode()
    assert live_article.title not in report(client, director=other.pk).content.decode()


def test_the_report_exports_csv_and_xlsx(client, live_article, compliance, on_day):
    due = due_date(live_article)
    on_day(due + datetime.timedelta(days=3))
    client.force_login(compliance)

    csv = b"".join(report(client, export="csv").streaming_content).decode()
    xlsx = b"".join(report(client, export="xlsx").streaming_content)
    workbook = load_workbook(io.BytesIO(xlsx))

    assert "Article,Condition,Last full review,Next review due,State" in csv
    assert f"{live_article.title},Treatment-resistant depression" in csv
    assert "Overdue by 3 days" in csv
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[1][0] == live_article.title
    assert rows[1][4] == "Overdue by 3 days"


def test_writers_cannot_open_the_report(client, writer, live_article):
    client.force_login(writer)

    response = report(client)

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_nobody_is_emailed_twice_when_the_opening_runs_again(live_article, on_day):
    on_day(due_date(live_article) - datetime.timedelta(days=30))
    open_due_reviews()
    sent = len(mail.outbox)

    assert open_due_reviews() == 0
    assert len(mail.outbox) == sent


def test_a_review_sent_back_to_the_writer_is_not_opened_again(live_article, on_day, director):
    on_day(due_date(live_article) - datetime.timedelta(days=30))
    open_due_reviews()
    task_state = TreatmentArticlePage.objects.get(pk=live_article.pk).current_workflow_task_state
    task_state.specific.reject(user=director, comment="Update the dosage figures.")

    assert open_due_reviews() == 0
    assert ReviewTrigger.objects.count() == 1


def test_an_extension_into_the_past_is_refused_and_what_was_typed_is_kept(
    client, live_article, compliance
):
    client.force_login(compliance)

    response = client.post(
        reverse("wagtailsnippets_lifecycle_reviewextension:add"),
        {"page": live_article.pk, "extended_until": "2020-01-01", "reason": "Locum starts soon."},
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "An extension runs to a date after today." in html
    assert "Locum starts soon." in html
    assert not ReviewExtension.objects.exists()
