"""How long the audit trail takes at 100,000 sign-offs: verify, export, history.

    .venv/bin/python bench/bench_audit.py [--sign-offs 100000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimcheck_bench \
        .venv/bin/python bench/bench_audit.py

Builds a throwaway test database (SQLite file or test_<name> on PostgreSQL), fills it through
SignOff's chained bulk path, prints figures (each export also its peak Python memory, from
a second, traced download), then drops the database.
"""

import argparse
import datetime
import io
import json
import tracemalloc
import uuid

from harness import measured, throwaway_database  # sets up Django first

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import PageLogEntry

from pages import body_builder
from pages.models import TreatmentArticlePage
from review.fingerprint import fingerprint
from review.models import Decision, SignOff
from review.models.signoffs import APPROVAL_MEANING, CARRIED_OVER_MEANING
from tests.support.factories import (
    ComplianceFactory,
    ReferenceFactory,
    add_article,
    signing_director,
)
from tests.support.identity import TwoFactorClient as Client

BUSY_VERSIONS = 100  # versions of the one article whose history is timed
CLAIMS_PER_VERSION = 20
OTHER_ARTICLES = 40


def build(total):
    director = signing_director(username="bench-director", first_name="Bea", last_name="Bench")
    profile = director.reviewer_profile
    reference = ReferenceFactory()
    body = json.dumps(
        [
            body_builder.benefits(
                body_builder.claim(f"Benefit {i}.", "efficacy", [reference])
                for i in range(CLAIMS_PER_VERSION)
            )
        ]
    )
    busy = add_article(title="Busy article", body=body)
    revisions = [busy.save_revision(user=director) for _ in range(BUSY_VERSIONS)]
    others = [add_article(title=f"Article {n}", body=body) for n in range(OTHER_ARTICLES)]
    therapy = busy.therapy_status.canonical()
    references = [reference.canonical()]
    start = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)

    def sign_off(page_id, revision_id, block, wording, at, carried=False):
        content = {
            "statement": f"<p>Claim {block}, wording {wording}.</p>",
            "claim_type": "efficacy",
            "references": references,
            "therapy_status": therapy,
        }
        return SignOff(
            page_id=page_id,
            revision_id=revision_id,
            signing=uuid.uuid4(),
            block_id=f"block-{page_id}-{block}",
            content_hash=fingerprint(content),
            decision=Decision.APPROVED,
            meaning=CARRIED_OVER_MEANING if carried else APPROVAL_MEANING,
            signer=director,
            signer_name=profile.printed_name,
            signer_credentials=profile.credentials,
            signed_at=at,
            **content,
        )

    rows, logs = [], []
    page_type = ContentType.objects.get_for_model(TreatmentArticlePage)
    for number, revision in enumerate(revisions):
        at = start + datetime.timedelta(days=number)
        rows += [
            sign_off(busy.pk, revision.pk, block, number if block == 0 else 0, at, block != 0)
            for block in range(CLAIMS_PER_VERSION)
        ]
        logs.append(
            PageLogEntry(
                page=busy,
                content_type=page_type,
                label=busy.title,
                action="wagtail.publish",
                timestamp=at,
                revision=revision,
                user=director,
            )
        )
    PageLogEntry.objects.bulk_create(logs)
    remaining = total - len(rows)
    per_article = -(-remaining // OTHER_ARTICLES)
    for article in others:
        revision_id = article.latest_revision_id
        for n in range(min(per_article, total - len(rows))):
            rows.append(sign_off(article.pk, revision_id, n, 0, start))
    with measured(f"build {len(rows):,} chained sign-offs (bulk)"):
        SignOff.objects.bulk_create(rows, batch_size=5000)
    return busy


def _download(client, url):
    response = client.get(url)
    return sum(len(chunk) for chunk in response.streaming_content)


def _peak_memory(client, url):
    """The most memory Python held at once while serving the download (a second, traced run:
    tracing slows it, so the timed run above is not traced)."""
    tracemalloc.start()
    try:
        _download(client, url)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def run(total):
    busy = build(total)
    with measured("verify_signoffs") as result:
        out = io.StringIO()
        call_command("verify_signoffs", stdout=out)
        result["note"] = out.getvalue().split(";")[0]

    client = Client()
    client.force_login(ComplianceFactory(username="bench-compliance"))
    for kind in ("csv", "json"):
        url = reverse(f"audit:export_{kind}")
        with measured(f"{kind.upper()} export of every sign-off (streamed)") as result:
            size = _download(client, url)
            result["note"] = f"{size / 1e6:.1f} MB written"
        print(f"{'':<48} peak memory {_peak_memory(client, url) / 1e6:.1f} MB")  # noqa: T201

    url = reverse("audit:article_history", args=[busy.pk])
    client.get(url)  # warm the session
    for page in ("1", "5", "10"):
        with measured(f"history of {BUSY_VERSIONS} versions, page {page} (10 shown)") as result:
            response = client.get(url, {"p": page})
            result["note"] = f"HTTP {response.status_code}, {len(response.content) // 1024} KB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sign-offs", type=int, default=100_000)
    args = parser.parse_args()
    with throwaway_database() as vendor:
        print(f"database: {vendor}, sign-offs: {args.sign_offs:,}")  # noqa: T201
        run(args.sign_offs)


if __name__ == "__main__":
    main()
