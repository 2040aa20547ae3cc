import datetime

import pytest

from django.core import mail
from django.urls import reverse

from lifecycle.deadlines import escalate_overdue, send_reminders
from lifecycle.models import ReviewDeadline
from tests.support.factories import ReferenceFactory, add_article, claims_body
from tests.support.publishing import approve_all, submit_for_review

pytestmark = pytest.mark.django_db

FRIDAY = datetime.date(2026, 12, 4)


def submit_on(day, on_day, writer, title):
    on_day(day)
    article = add_article(title=title, body=claims_body(2, [ReferenceFactory()]), owner=writer)
    return article, submit_for_review(article, writer)


def test_a_submitted_review_is_due_five_working_days_later(on_day, writer, director):
    article, task_state = submit_on(FRIDAY, on_day, writer, "Ketamine infusion")

    deadline = ReviewDeadline.objects.get(task_state=task_state)

    assert deadline.due_on == datetime.date(2026, 12, 11)  # Friday to Friday, weekend skipped
    assert not deadline.urgent


def test_awaiting_my_sign_off_lists_overdue_reviews_first_and_marked(
    on_day, client, writer, director
):
    late, _ = submit_on(FRIDAY, on_day, writer, "Submitted first, now overdue")
    soon, _ = submit_on(FRIDAY + datetime.timedelta(days=4), on_day, writer, "Submitted later")
    on_day(datetime.date(2026, 12, 14))
    client.force_login(director)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    panel = html[html.index("Awaiting my sign-off") :]
    assert panel.index(late.title) < panel.index(soon.title)
    late_row = panel[panel.index(late.title) : panel.index(soon.title)]
    assert "Overdue" in late_row
    assert "Fri 11 Dec 2026" in late_row
    assert "Overdue" not in panel[panel.index(soon.title) :].split("</tr>")[0]


def test_directors_are_reminded_the_day_before_and_on_the_day_once_each(
    on_day, writer, director, second_director
):
    article, task_state = submit_on(FRIDAY, on_day, writer, "Esketamine nasal spray")
    mail.outbox.clear()

    on_day(datetime.date(2026, 12, 9))
    assert send_reminders() == 0
    on_day(datetime.date(2026, 12, 10))
    assert send_reminders() == 1
    assert send_reminders() == 0
    on_day(datetime.date(2026, 12, 11))
    assert send_reminders() == 1
    assert send_reminders() == 0

    subjects = [message.subject for message in mail.outbox]
    assert subjects == [
        "[Claimcheck] Medical review due tomorrow: Esketamine nasal spray",
        "[Claimcheck] Medical review due today: Esketamine nasal spray",
    ]
    assert set(mail.outbox[0].to) == {director.email, second_director.email}
    assert reverse("review:screen", args=[task_state.pk]) in mail.outbox[0].body


def test_compliance_is_emailed_once_when_a_review_is_overdue_by_two_days(
    on_day, writer, director, compliance
):
    submit_on(FRIDAY, on_day, writer, "TMS for depression")
    mail.outbox.clear()

    on_day(datetime.date(2026, 12, 12))
    assert escalate_overdue() == 0
    on_day(datetime.date(2026, 12, 13))
    assert escalate_overdue() == 1
    assert escalate_overdue() == 0

    (message,) = mail.outbox
    assert compliance.email in message.to
    assert message.subject == "[Claimcheck] Medical review overdue: TMS for depression"
    assert "2 days late" in message.body


def test_a_finished_review_is_neither_reminded_nor_escalated(on_day, writer, director, compliance):
    _, task_state = submit_on(FRIDAY, on_day, writer, "Signed in time")
    approve_all(task_state, director)
    mail.outbox.clear()

    on_day(datetime.date(2026, 12, 20))
    assert (send_reminders(), escalate_overdue()) == (0, 0)
    assert mail.outbox == []


def test_a_director_takes_a_review_and_the_others_see_who(
    client, submitted, director, second_director
):
    article, task_state = submitted
    client.force_login(director)

    response = client.post(reverse("lifecycle:take", args=[task_state.pk]))

    assert response.status_code == 302
    assert ReviewDeadline.objects.get(task_state=task_state).taken_by == director
    client.force_login(second_director)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    row = html[html.index(article.title) :].split("</tr>")[0]
    assert "Maya Chen" in row
    assert "taking this one" not in row


def test_a_second_director_cannot_take_a_review_already_taken(
    client, submitted, director, second_director
):
    _, task_state = submitted
    client.force_login(director)
    client.post(reverse("lifecycle:take", args=[task_state.pk]))
    client.force_login(second_director)

    client.post(reverse("lifecycle:take", args=[task_state.pk]))

    assert ReviewDeadline.objects.get(task_state=task_state).taken_by == director


def test_a_writer_cannot_take_a_review(client, submitted, writer):
    _, task_state = submitted
    client.force_login(writer)

    client.post(reverse("lifecycle:take", args=[task_state.pk]))

    assert ReviewDeadline.objects.get(task_state=task_state).taken_by is None
