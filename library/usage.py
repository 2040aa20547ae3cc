"""Which articles use a library claim: in what patients read now, or in their latest draft."""

import json
from dataclasses import dataclass

from wagtail.models import Revision

from pages.blocks.library import library_claim_identities
from pages.models import TreatmentArticlePage


@dataclass(frozen=True)
class Use:
    article: TreatmentArticlePage
    live: bool  # patients can read the article now
    in_live_version: bool  # the version patients read shows the claim
    in_latest_draft: bool  # the latest version (perhaps a draft) shows the claim


def _stored_body(body):
    return json.loads(body) if isinstance(body, str) else (body or [])


def uses_of(identities):
    """{identity: [Use, ...]} for every article whose live or latest version shows one of them.

    Two queries however many articles: the articles, then their latest revisions.
    """
    identities = {str(identity) for identity in identities}
    articles = list(TreatmentArticlePage.objects.filter(alias_of__isnull=True).order_by("title"))
    latest = Revision.objects.in_bulk(
        [article.latest_revision_id for article in articles if article.latest_revision_id]
    )
    found = {identity: [] for identity in identities}
    for article in articles:
        shown_live = library_claim_identities(article.body.raw_data) if article.live else set()
        revision = latest.get(article.latest_revision_id)
        in_draft = (
            library_claim_identities(_stored_body(revision.content.get("body")))
            if revision
            else set()
        )
        for identity in identities & (shown_live | in_draft):
            found[identity].append(
                Use(article, article.live, identity in shown_live, identity in in_draft)
            )
    return found


def articles_using(claim):
    return uses_of([claim.identity])[str(claim.identity)]


def live_articles_showing(claim):
    return [use.article for use in articles_using(claim) if use.in_live_version]
