"""The serve-time check's shortcuts hash exactly what the plain fingerprints hash."""

import json

import pytest

from pages import body_builder
from pages.choices import ClaimType
from pages.models import TreatmentArticlePage
from review.fingerprint import ClaimFingerprints, claim_content, claim_fingerprint, fingerprint
from review.page_content import page_content, page_fingerprint
from tests.support.factories import ReferenceFactory, add_article

pytestmark = pytest.mark.django_db

AWKWARD = [
    '<p data-block-key="a1">Dose: 0.5 mg/kg — “over 40 minutes”, not \\ faster.</p>',
    "<p>Ketamine &amp; esketamine: 日本語, emoji 🙂, a tab\tand a newline\n.</p>",
    "<p></p>",
]


def article_with(statements, references):
    body = json.dumps(
        [
            body_builder.benefits(
                body_builder.claim(statement, ClaimType.EFFICACY, cited)
                for statement, cited in zip(statements, references, strict=True)
            )
        ]
    )
    return TreatmentArticlePage.objects.get(pk=add_article(body=body).pk)


def test_claim_fingerprints_match_the_plain_fingerprint_for_awkward_wording():
    quoted = ReferenceFactory(title='A "quoted" title, with ünïcode', doi="10.1000/x\\y")
    plain = ReferenceFactory()
    article = article_with(AWKWARD, [[quoted, plain], [plain], []])
    shortcuts = ClaimFingerprints(article.therapy_status)

    for claim in article.claims:
        content, content_hash = shortcuts.content_and_fingerprint(claim)
        assert content == claim_content(claim, article.therapy_status)
        assert content_hash == claim_fingerprint(claim, article.therapy_status)
    assert ClaimFingerprints(None).content_and_fingerprint(article.claims[0])[1] == (
        claim_fingerprint(article.claims[0], None)
    )


def test_a_kept_page_fingerprint_follows_every_change_of_content():
    article = article_with(["<p>Mood may lift within a day.</p>"], [[ReferenceFactory()]])
    first = page_fingerprint(article)
    article.summary = "A different summary."
    changed, changed_plainly = page_fingerprint(article), fingerprint(page_content(article))
    article.summary = "A plain summary of the treatment."

    assert first == fingerprint(page_content(article))
    assert changed == changed_plainly != first
    assert page_fingerprint(article) == first
