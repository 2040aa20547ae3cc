import re

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from wagtail.models import TaskState

from compliance.submission import check_saved
from demo.users import DEMO_ACCOUNTS
from lifecycle.schedule import schedules
from pages.models import Reference, TreatmentArticlePage
from review.guard.rule import publish_refusal
from review.roles import user_has_role

pytestmark = pytest.mark.django_db


def test_demo_loader_creates_one_login_per_role_and_prints_it(capsys):
    call_command("load_demo")

    output = capsys.readouterr().out
    User = get_user_model()
    for account in DEMO_ACCOUNTS:
        user = User.objects.get(username=account.username)
        assert user.check_password(account.password)
        assert user_has_role(user, account.role)
        assert f"{account.username}" in output and account.password in output


def test_demo_loader_run_twice_changes_nothing():
    call_command("load_demo")
    User = get_user_model()
    before = list(User.objects.order_by("pk").values())

    call_command("load_demo")

    assert list(User.objects.order_by("pk").values()) == before


def test_demo_loader_refuses_production_settings(settings):
    settings.ENVIRONMENT = "production"

    with pytest.raises(CommandError, match="refuses to run with production settings"):
        call_command("load_demo")

    demo_usernames = [account.username for account in DEMO_ACCOUNTS]
    assert not get_user_model().objects.filter(username__in=demo_usernames).exists()
    assert not TreatmentArticlePage.objects.exists()


def test_demo_articles_are_live_signed_and_cite_real_studies(client):
    call_command("load_demo")

    articles = TreatmentArticlePage.objects.live()
    assert articles.count() == 3
    for article in articles:
        assert len(article.claims) >= 8
        assert publish_refusal(article) is None
        assert all(claim.references for claim in article.claims)
        assert check_saved(article).blocking == []
        html = client.get(article.url).content.decode()
        assert "Medically reviewed by" in html
    assert all(reference.doi or reference.url for reference in Reference.objects.all())


def test_demo_leaves_one_edit_waiting_for_a_director():
    call_command("load_demo")

    waiting = TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS)
    assert waiting.count() == 1
    article = waiting.get().workflow_state.content_object
    assert article.slug == "tms-for-depression"


def test_demo_has_one_article_due_next_week_and_one_overdue(client):
    call_command("load_demo")

    days = {schedule.article.slug: schedule.days_to_go for schedule in schedules()}

    assert days["ketamine-infusion-for-depression"] == 7
    assert days["esketamine-nasal-spray-for-depression"] == -21
    overdue = TreatmentArticlePage.objects.get(slug="esketamine-nasal-spray-for-depression")
    html = client.get(overdue.url).content.decode()
    assert "This page is due for its medical review; our team is reviewing it." in html


def test_demo_pages_name_reviewers_without_nested_brackets_or_repeated_disclosures(client):
    call_command("load_demo")

    for article in TreatmentArticlePage.objects.live():
        html = client.get(article.url).content.decode()
        trust = html[html.index('id="medical-review"') :]
        trust = trust[: trust.index("</section>")]
        assert re.search(r"</strong>, Psychiatry \(", trust), trust
        assert "))" not in trust
        disclosure = article.therapy_status.disclosure
        # Each sentence of the regulatory box is said once, and each has a subject.
        sentences = [s.strip() for s in disclosure.split(". ") if s.strip()]
        assert len(sentences) == len(set(sentences))
        assert "It is not FDA-approved" not in disclosure
        assert not any(s.startswith("FDA-approved") for s in sentences)
