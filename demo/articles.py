"""Load the demo clinic's evidence and articles, and take each article through the real review.

Every demo article goes live the only way any article can: a writer submits it, a medical
director signs each claim with their password and authenticator code, and the completed review
publishes it.
"""

import contextlib
import datetime
import json
from unittest import mock

from django.contrib.auth import get_user_model

from library.signing import sign_library_claim
from pages import body_builder
from pages.models import Reference, TherapyStatus, TreatmentArticlePage, TreatmentIndexPage
from review import clock
from review.models import Decision, ReviewerProfile
from review.selectors import add_months
from review.services import ClaimDecision, approve_every_claim

from .content.articles import ARTICLES
from .content.library import SHARED_SECTION
from .content.references import REFERENCES
from .content.reviewers import REVIEWER_PROFILES
from .content.therapies import THERAPY_STATUSES
from .identity import confirm_demo_appointments, signing_code
from .library import ensure_library_claims
from .users import DEMO_ACCOUNTS

DEMO_WRITER = "writer"
# The article left waiting in the review queue, with one reworded claim, so that a newcomer
# can sign it as a director and see the word-level diff.
PENDING_EDIT = {
    "slug": "tms-for-depression",
    "claim_number": 2,
    "append": " Most people have treatment on weekdays for several weeks.",
}


# The demo clinic has a past, so that the "Due for review" report and the patient page's
# overdue line have something to show: these articles' reviews are dated as if signed long
# enough ago that one is due for review in a week and one is three weeks overdue (days from the
# day the demo is loaded). Only the demo loader does this, and it refuses production settings.
REVIEW_DUE_IN_DAYS = {
    "ketamine-infusion-for-depression": 7,
    "esketamine-nasal-spray-for-depression": -21,
}


def _password(username):
    return next(account.password for account in DEMO_ACCOUNTS if account.username == username)


def ensure_evidence():
    references = {}
    for key, fields in REFERENCES.items():
        lookup = {"doi": fields["doi"]} if fields["doi"] else {"title": fields["title"]}
        references[key], _ = Reference.objects.get_or_create(**lookup, defaults=fields)
    statuses = {}
    for key, fields in THERAPY_STATUSES.items():
        statuses[key], _ = TherapyStatus.objects.get_or_create(
            therapy=fields["therapy"],
            route=fields["route"],
            indication=fields["indication"],
            defaults=fields,
        )
    return references, statuses


def ensure_reviewer_profiles():
    User = get_user_model()
    for username, fields in REVIEWER_PROFILES.items():
        ReviewerProfile.objects.get_or_create(
            user=User.objects.get(username=username),
            defaults={
                **fields,
                "licence_verified_on": datetime.date.fromisoformat(fields["licence_verified_on"]),
            },
        )


def _claim(data, references):
    return body_builder.claim(
        data["text"], data["type"], [references[key] for key in data["refs"]], data.get("note", "")
    )


def _items(items, references):
    return [
        _claim(value, references) if kind == "claim" else body_builder.text(value)
        for kind, value in items
    ]


def build_body(items, references, library=None):
    body = []
    for kind, value in items:
        if kind == "library":
            body.append(body_builder.library_claim(library[value]))
        elif kind == "heading":
            body.append(body_builder.heading(value))
        elif kind == "text":
            body.append(body_builder.text(value))
        elif kind == "claim":
            body.append(_claim(value, references))
        elif kind == "benefits":
            claims = [_claim(c, references) for c in value["claims"]]
            body.append(body_builder.benefits(claims, value["heading"]))
        elif kind == "risks":
            claims = [_claim(c, references) for c in value["claims"]]
            body.append(body_builder.risks(claims, value["heading"]))
        elif kind == "suitability":
            body.append(
                body_builder.suitability(
                    _items(value["for_whom"], references), _items(value["not_for"], references)
                )
            )
        elif kind == "faq":
            body.append(body_builder.faq(value["question"], _items(value["answer"], references)))
        elif kind == "callout":
            body.append(body_builder.callout(value["text"], value["tone"]))
        else:
            raise ValueError(f"Unknown demo block type {kind!r}")
    return json.dumps(body)


@contextlib.contextmanager
def _dated_as_if_reviewed(article, due_in_days):
    if due_in_days is None:
        yield
        return
    due = datetime.date.today() + datetime.timedelta(days=due_in_days)
    reviewed_on = add_months(due, -article.next_review_months)
    moment = datetime.datetime.combine(reviewed_on, datetime.time(10), tzinfo=datetime.UTC)
    with mock.patch.object(clock, "database_now", return_value=moment):
        yield


def _sign_everything(article, director_username):
    with _dated_as_if_reviewed(article, REVIEW_DUE_IN_DAYS.get(article.slug)):
        _approve(article, director_username)


def _approve(article, director_username):
    approve_every_claim(
        task_state=article.current_workflow_task_state,
        director=get_user_model().objects.get(username=director_username),
        password=_password(director_username),
        second_factor=signing_code(get_user_model().objects.get(username=director_username)),
    )


def _sign_library_claim(task_state, director_username):
    director = get_user_model().objects.get(username=director_username)
    sign_library_claim(
        task_state=task_state,
        director=director,
        password=_password(director_username),
        seen_revision_id=task_state.revision_id,
        decision=ClaimDecision(Decision.APPROVED),
        second_factor=signing_code(director),
    )


def _submit(article, writer):
    article.get_workflow().start(article, writer)
    article.refresh_from_db()


def ensure_articles():
    """Create, review and publish any demo article not there yet. Returns the titles created."""
    references, statuses = ensure_evidence()
    ensure_reviewer_profiles()
    confirm_demo_appointments(REVIEWER_PROFILES)
    writer = get_user_model().objects.get(username=DEMO_WRITER)
    library = ensure_library_claims(references, writer, _sign_library_claim)
    treatments = TreatmentIndexPage.objects.get(slug="treatments")
    created = []
    for data in ARTICLES:
        if TreatmentArticlePage.objects.filter(slug=data["slug"]).exists():
            continue
        article = TreatmentArticlePage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            search_description=data["search_description"],
            condition=data["condition"],
            therapy_status=statuses[data["therapy_status"]],
            body=build_body([*data["body"], *SHARED_SECTION], references, library),
            owner=writer,
            live=False,
        )
        treatments.add_child(instance=article)
        article.save_revision(user=writer)
        _submit(article, writer)
        _sign_everything(article, data["reviewed_by"])
        created.append(article.title)
        if data["slug"] == PENDING_EDIT["slug"]:
            _leave_an_edit_awaiting_review(TreatmentArticlePage.objects.get(pk=article.pk), writer)
    return created


def _leave_an_edit_awaiting_review(article, writer):
    draft = article.get_latest_revision_as_object()
    raw = list(draft.body.raw_data)
    claims = list(body_builder.raw_claims(raw))
    statement = claims[PENDING_EDIT["claim_number"] - 1]["value"]["statement"]
    claims[PENDING_EDIT["claim_number"] - 1]["value"]["statement"] = statement.replace(
        "</p>", f"{PENDING_EDIT['append']}</p>", 1
    )
    draft.body = json.dumps(raw)
    draft.save_revision(user=writer)
    _submit(article, writer)


def edit_awaiting_review():
    """The demo article whose edit still waits for a director, or None once it is decided."""
    article = TreatmentArticlePage.objects.filter(slug=PENDING_EDIT["slug"]).first()
    return article if article and article.current_workflow_task_state else None
