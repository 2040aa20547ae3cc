"""An article's history for the audit tests: several live versions, back-dated publications."""

import datetime
import json

from wagtail.models import PageLogEntry

from tests.support.publishing import go_live, reword_claim


def publish_versions(article, director, writer, count):
    """Put `count` versions live, each rewording claim 1, and return the article."""
    article = go_live(article, director)
    for number in range(2, count + 1):
        reword_claim(article, 1, f"<p>Benefit statement, wording {number}.</p>", writer)
        article = go_live(article, director)
    return article


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
