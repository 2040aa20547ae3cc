import datetime
import json
import uuid

import pytest
import redis

from django.core import mail
from django.db import transaction
from django.test import Client
from django.urls import reverse

from lifecycle.calendar import add_working_days, today
from lifecycle.evidence import act_on, act_on_every_event
from lifecycle.models import EvidenceEvent, ReviewDeadline, ReviewKind, ReviewTrigger
from pages import body_builder
from pages.choices import ClaimType
from pages.models import TreatmentArticlePage
from tests.support.factories import ReferenceFactory, add_article, claims_body, signing_director
from tests.support.publishing import approve_all, go_live, sign_in_full
from tests.support.services import require_redis

pytestmark = pytest.mark.django_db

RETRACTED_CLAIM = "Half of patients felt better within a day of one infusion."
SUPPORTED_CLAIM = "Most side effects ended within two hours."
SHARED_CLAIM = "Responses were seen in two trials."


@pytest.fixture
def studies(db):
    return ReferenceFactory(title="The study to be retracted"), ReferenceFactory(title="Sound")


@pytest.fixture
def article_on_the_study(studies, director, writer):
    """A live article: one claim rests only on the study, one on it and another, one elsewhere."""
    doomed, sound = studies
    body = json.dumps(
        [
            body_builder.claim(RETRACTED_CLAIM, ClaimType.EFFICACY, [doomed]),
            body_builder.claim(SHARED_CLAIM, ClaimType.EFFICACY, [doomed, sound]),
            body_builder.claim(SUPPORTED_CLAIM, ClaimType.SAFETY, [sound]),
        ]
    )
    return go_live(add_article(body=body, owner=writer), director)


def record(reference, kind, by=None):
    return EvidenceEvent.objects.create(
        reference=reference,
        kind=kind,
        occurred_on=datetime.date(2026, 11, 20),
        source_url="https://doi.org/10.5555/retraction.1",
        note="The journal found duplicated figures.",
        recorded_by=by,
    )


def test_compliance_marks_a_study_retracted_and_the_claim_resting_on_it_is_hidden(
    client, article_on_the_study, studies, compliance, director
):
    client.force_login(compliance)

    response = client.post(
        reverse("wagtailsnippets_lifecycle_evidenceevent:add"),
        {
            "reference": studies[0].pk,
            "kind": EvidenceEvent.Kind.RETRACTED,
            "occurred_on": "2026-11-20",
            "source_url": "https://doi.org/10.5555/retraction.1",
            "note": "Duplicated figures.",
        },
    )

    assert response.status_code == 302
    assert EvidenceEvent.objects.get().recorded_by == compliance
    client.logout()
    html = client.get(article_on_the_study.url).content.decode()
    assert RETRACTED_CLAIM not in html
    assert SHARED_CLAIM in html
    assert SUPPORTED_CLAIM in html
    assert "A statement is being re-checked" in html
    assert "Medically reviewed by" in html


def test_a_retraction_opens_an_urgent_review_due_in_two_working_days(
    article_on_the_study, studies, compliance, director
):
    event = record(studies[0], EvidenceEvent.Kind.RETRACTED, compliance)

    assert act_on(event) == 1

    article = TreatmentArticlePage.objects.get(pk=article_on_the_study.pk)
    task_state = article.current_workflow_task_state
    deadline = ReviewDeadline.objects.get(task_state=task_state)
    assert deadline.urgent
    assert deadline.due_on == add_working_days(today(), 2)
    trigger = ReviewTrigger.objects.get(task_state=task_state)
    assert (trigger.kind, trigger.evidence_event) == (ReviewKind.EVIDENCE, event)


def test_compliance_and_the_directors_are_emailed_once(
    article_on_the_study, studies, compliance, director
):
    event = record(studies[0], EvidenceEvent.Kind.RETRACTED, compliance)
    mail.outbox.clear()

    act_on(event)
    act_on_every_event()

    subjects = [(message.subject, tuple(message.to)) for message in mail.outbox]
    lifecycle = [s for s in subjects if s[0].startswith("[Claimcheck] Study retracted")]
    assert len(lifecycle) == 2
    assert any(compliance.email in to for _, to in lifecycle)
    assert any(director.email in to for _, to in lifecycle)
    assert article_on_the_study.title in mail.outbox[-1].body


def test_a_correction_opens_the_review_but_hides_nothing(
    client, article_on_the_study, studies, compliance
):
    event = record(studies[0], EvidenceEvent.Kind.CORRECTED, compliance)

    assert act_on(event) == 1

    html = client.get(article_on_the_study.url).content.decode()
    assert RETRACTED_CLAIM in html
    assert "being re-checked" not in html
    article = TreatmentArticlePage.objects.get(pk=article_on_the_study.pk)
    assert ReviewDeadline.objects.get(task_state=article.current_workflow_task_state).urgent


def test_the_director_sees_the_event_on_the_review_screen(
    client, article_on_the_study, studies, compliance
):
    act_on(record(studies[0], EvidenceEvent.Kind.RETRACTED, compliance))
    task_state = TreatmentArticlePage.objects.get(
        pk=article_on_the_study.pk
    ).current_workflow_task_state
    client.force_login(signing_director(username="urgent-reviewer"))

    html = client.get(reverse("review:screen", args=[task_state.pk])).content.decode()

    assert "Urgent review" in html
    assert "Retracted" in html
    assert "The study to be retracted" in html
    assert "https://doi.org/10.5555/retraction.1" in html


def test_the_claim_returns_only_when_a_director_decides_on_it_afresh(
    client, article_on_the_study, studies, compliance
):
    act_on(record(studies[0], EvidenceEvent.Kind.RETRACTED, compliance))
    task_state = TreatmentArticlePage.objects.get(
        pk=article_on_the_study.pk
    ).current_workflow_task_state

    sign_in_full(task_state, signing_director(username="urgent-reviewer"))

    assert RETRACTED_CLAIM in client.get(article_on_the_study.url).content.decode()


def test_carrying_the_old_approval_over_keeps_the_claim_hidden(
    client, article_on_the_study, studies, compliance
):
    act_on(record(studies[0], EvidenceEvent.Kind.RETRACTED, compliance))
    task_state = TreatmentArticlePage.objects.get(
        pk=article_on_the_study.pk
    ).current_workflow_task_state

    approve_all(task_state, signing_director(username="hasty-reviewer"))

    assert RETRACTED_CLAIM not in client.get(article_on_the_study.url).content.decode()


def test_acting_on_an_event_twice_opens_one_review(article_on_the_study, studies, compliance):
    event = record(studies[0], EvidenceEvent.Kind.EXPRESSION_OF_CONCERN, compliance)

    assert act_on(event) == 1
    assert act_on(event) == 0
    assert ReviewTrigger.objects.count() == 1


def test_claims_resting_on_this_study_lists_every_citing_claim(
    client, article_on_the_study, studies, director, writer
):
    client.force_login(director)

    html = client.get(reverse("lifecycle:claims_resting_on", args=[studies[0].pk])).content.decode()

    assert RETRACTED_CLAIM in html
    assert SHARED_CLAIM in html
    assert SUPPORTED_CLAIM not in html
    client.force_login(writer)
    refused = client.get(reverse("lifecycle:claims_resting_on", args=[studies[0].pk]))
    assert RETRACTED_CLAIM not in refused.content.decode()


def test_a_writer_cannot_record_an_evidence_event(client, studies, writer, article_on_the_study):
    client.force_login(writer)

    client.post(
        reverse("wagtailsnippets_lifecycle_evidenceevent:add"),
        {
            "reference": studies[0].pk,
            "kind": EvidenceEvent.Kind.RETRACTED,
            "occurred_on": "2026-11-20",
            "source_url": "https://doi.org/10.5555/retraction.1",
        },
    )

    assert not EvidenceEvent.objects.exists()
    assert RETRACTED_CLAIM in client.get(article_on_the_study.url).content.decode()


def test_a_recorded_retraction_cannot_be_edited_or_deleted_even_by_a_superuser(
    admin_client, article_on_the_study, studies, compliance
):
    event = record(studies[0], EvidenceEvent.Kind.RETRACTED, compliance)
    edit = reverse("wagtailsnippets_lifecycle_evidenceevent:edit", args=[event.pk])
    delete = reverse("wagtailsnippets_lifecycle_evidenceevent:delete", args=[event.pk])

    admin_client.post(
        edit,
        {
            "reference": studies[0].pk,
            "kind": EvidenceEvent.Kind.CORRECTED,
            "occurred_on": "2026-11-20",
            "source_url": "https://doi.org/10.5555/retraction.1",
        },
    )
    admin_client.post(delete)

    event.refresh_from_db()
    assert event.kind == EvidenceEvent.Kind.RETRACTED
    assert RETRACTED_CLAIM not in admin_client.get(article_on_the_study.url).content.decode()


def test_a_claim_inside_a_benefits_list_is_hidden_too(client, director, writer, compliance):
    doomed = ReferenceFactory(title="Retracted benefits trial")
    article = go_live(add_article(body=claims_body(2, [doomed]), owner=writer), director)
    act_on(record(doomed, EvidenceEvent.Kind.RETRACTED, compliance))

    html = client.get(article.url).content.decode()

    assert "Benefit statement 0." not in html
    assert "Risk statement 0." not in html
    assert "<li></li>" not in html
    assert "A statement is being re-checked" in html


def test_directors_find_claims_resting_on_a_study_from_the_reference_listing(
    client, studies, director
):
    client.force_login(director)

    html = client.get(reverse("wagtailsnippets_pages_reference:list")).content.decode()

    assert reverse("lifecycle:claims_resting_on", args=[studies[0].pk]) in html


@pytest.fixture
def shared_cache(settings):
    """Patient pages kept in a real Redis, as in production (tests/delivery has the same)."""
    url = require_redis()
    prefix = f"claimcheck-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "delivery.redis_cache.SharedRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
        }
    }
    settings.DELIVERY_PAGE_CACHE_SECONDS = 300
    yield
    client = redis.Redis.from_url(url)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_kept_copy_of_the_page_is_dropped_when_the_study_is_retracted(
    shared_cache, studies, director, writer, compliance
):
    doomed, sound = studies
    body = json.dumps([body_builder.claim(RETRACTED_CLAIM, ClaimType.EFFICACY, [doomed])])
    article = go_live(add_article(body=body, owner=writer), director)
    Client().get(article.url)
    assert RETRACTED_CLAIM in Client().get(article.url).content.decode()  # served as kept

    with transaction.atomic():
        act_on(record(doomed, EvidenceEvent.Kind.RETRACTED, compliance))

    assert RETRACTED_CLAIM not in Client().get(article.url).content.decode()
