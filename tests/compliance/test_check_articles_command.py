"""`manage.py check_articles` audits saved articles and fails when any has a BLOCK finding."""

import json

import pytest

from django.core.management import CommandError, call_command

from pages import body_builder
from pages.choices import ClaimType
from tests.support.factories import add_article

pytestmark = pytest.mark.django_db


def body(statement, trial):
    return json.dumps(
        [
            body_builder.claim(statement, ClaimType.EFFICACY, [trial]),
            body_builder.risks(
                [body_builder.claim("Ketamine can raise blood pressure.", "safety", [trial])]
            ),
        ]
    )


@pytest.fixture
def clean_article(trial, therapy):
    return add_article(
        title="Clean article",
        body=body("In trials, about half of people felt better within a week.", trial),
        therapy_status=therapy,
    )


@pytest.fixture
def risky_article(trial, therapy):
    return add_article(
        title="Risky article",
        body=body("Ketamine is a miracle cure for depression.", trial),
        therapy_status=therapy,
    )


def run(*args):
    from io import StringIO

    out = StringIO()
    try:
        call_command("check_articles", *args, stdout=out)
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


def test_prints_findings_and_fails_when_an_article_is_blocked(clean_article, risky_article):
    output, error = run()

    assert error is not None and error.returncode == 1
    assert "Checked 2 article(s); 1 with BLOCK findings." in str(error)
    assert f"clean-article (Clean article), revision {clean_article.latest_revision_id}" in output
    assert "risky-article (Risky article)" in output
    assert "BLOCK cure-wording · Claim 1 (“cure”): Remove the promise of a cure" in output
    assert "BLOCK miracle-wording · Claim 1 (“miracle”)" in output


def test_one_clean_article_passes(clean_article, risky_article):
    output, error = run("--slug", "clean-article")

    assert error is None
    assert "risky-article" not in output
    assert "Checked 1 article(s); 0 with BLOCK findings." in output


def test_checks_the_latest_revision_not_the_live_row(clean_article, trial):
    clean_article.body = body("Ketamine works with guaranteed results.", trial)
    clean_article.save_revision()

    output, error = run("--slug", "clean-article")

    assert error.returncode == 1
    assert "guarantee-wording" in output


def test_unknown_slug_is_an_error():
    output, error = run("--slug", "no-such-article")

    assert error.returncode == 2
    assert "No treatment article has the slug “no-such-article”." in str(error)
