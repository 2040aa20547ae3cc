import json

import pytest

from pages import body_builder
from pages.choices import ClaimType
from tests.support.factories import ReferenceFactory, add_article
from tests.support.library import approved_library_claim
from tests.support.publishing import go_live


def article_showing(claims, title, slug):
    """A draft article with one claim of its own, then each of `claims` from the library."""
    reference = ReferenceFactory()
    body = [
        body_builder.heading("What to expect"),
        body_builder.claim("Sessions last about two hours.", ClaimType.DOSAGE, [reference]),
        body_builder.risks(body_builder.library_claim(claim) for claim in claims),
    ]
    return add_article(title=title, slug=slug, body=json.dumps(body))


@pytest.fixture
def shared(director):
    return approved_library_claim(
        "Blood pressure is checked every 15 minutes during a session.", director=director
    )


@pytest.fixture
def two_articles(shared, director):
    return [
        go_live(article_showing([shared], "Ketamine infusion", "ketamine"), director),
        go_live(article_showing([shared], "Esketamine nasal spray", "esketamine"), director),
    ]
