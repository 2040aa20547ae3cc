import datetime
import json

import pytest

from django.contrib.auth.models import Group

from wagtail.models import PageLogEntry

from review.roles import SITE_ADMINS
from tests.factories import (
    ComplianceFactory,
    ReferenceFactory,
    UserFactory,
    add_article,
    claims_body,
)
from tests.publishing import go_live, reword_claim


@pytest.fixture
def compliance(db):
    return ComplianceFactory(username="cora", first_name="Cora", last_name="Compliance")


@pytest.fixture
def site_admin(db):
    user = UserFactory(username="sam", first_name="Sam", last_name="Admin")
    user.groups.add(Group.objects.get(name=SITE_ADMINS))
    return user


def publish_versions(article, director, writer, count):
    """Put `count` versions live, each rewording claim 1, and return the article."""
    article = go_live(article, director)
    for number in range(2, count + 1):
        reword_claim(article, 1, f"<p>Benefit statement, wording {number}.</p>", writer)
        article = go_live(article, director)
    return article


@pytest.fixture
def article_with_two_versions(director, writer):
    """Version 1 live, then claim 1 reworded and signed again as version 2."""
    article = add_article(body=claims_body(4, [ReferenceFactory()]), owner=writer)
    return publish_versions(article, director, writer, 2)


def backdate_publications(article, *days):
    """Move the article's publish log entries to the given UTC days, oldest first."""
    entries = PageLogEntry.objects.filter(page=article, action="wagtail.publish").order_by("pk")
    for entry, day in zip(entries, days, strict=True):
        entry.timestamp = datetime.datetime.combine(day, datetime.time(9), tzinfo=datetime.UTC)
        entry.save(update_fields=["timestamp"])


def drop_last_risk(article, user):
    """Save a new revision without the article's last risk claim."""
    draft = article.get_latest_revision_as_object()
    raw = list(draft.body.raw_data)
    risks = next(block for block in raw if block["type"] == "risks")
    risks["value"]["claims"] = risks["value"]["claims"][:-1]
    draft.body = json.dumps(raw)
    return draft.save_revision(user=user)
