"""The regulatory status an article shows must be for the condition the article is about."""

import pytest

from compliance.core import check_article
from compliance.core.indication import condition_words

from .builders import article, fired


@pytest.mark.parametrize(
    "condition",
    [
        "Treatment-resistant depression",
        "Depression",
        "Major depressive disorder",
        "Depression that has not responded to treatment",
        "TRD",
    ],
)
def test_a_status_for_the_article_s_condition_is_not_flagged(condition):
    # The builder's status is for treatment-resistant depression.
    findings = check_article(article(condition=condition))

    assert not fired(findings, "status-for-another-condition")


@pytest.mark.parametrize(
    "condition", ["Post-traumatic stress disorder (PTSD)", "PTSD", "Chronic pain", "OCD"]
)
def test_a_status_for_another_condition_is_flagged_naming_both(condition):
    (finding,) = fired(check_article(article(condition=condition)), "status-for-another-condition")

    assert finding.severity == "warn"
    assert "Treatment-resistant depression" in finding.message
    assert finding.excerpt == condition


def test_abbreviations_read_as_the_words_they_stand_for():
    assert condition_words("PTSD") == condition_words("post-traumatic stress")
