"""The unmarked-claim detector tells the writer why and which claim type; accurate sentences
with risky words stay unblocked; look-alike letters are folded before the wording rules."""

import pytest

from compliance.core import check_article
from compliance.core.learned import LinearModel
from compliance.core.unmarked import MODEL_PATH

from .builders import article, fired


def _only(text, rule_id):
    return fired(check_article(article(texts=[text])), rule_id)


@pytest.mark.parametrize(
    ("text", "claim_type", "because"),
    [
        ("The spray passes into the blood through the lining of the nose.", "mechanism",
         "how the treatment works"),
        ("Most people feel lighter after a few sessions.", "efficacy", "what the treatment does"),
        ("Nausea is common after the spray but usually passes.", "safety", "side effects"),
        ("People with an aneurysm should not have esketamine.", "safety", "who should not"),
        ("About 3 in 10 people reached remission.", "statistic", "how many people"),
    ],
)  # fmt: skip
def test_unmarked_claim_says_why_and_suggests_a_claim_type(text, claim_type, because):
    [finding] = _only(text, "unmarked-claim")
    assert finding.suggested_claim_type == claim_type
    assert because in finding.message
    assert f"mark it as a {claim_type} claim" in finding.message or claim_type == "efficacy"


@pytest.mark.parametrize(
    "text",
    [
        "Free parking is available behind the building.",
        "Book your free consultation today.",
        "Please bring photo ID to your first visit.",
        "The clinic is open from 8am to 6pm on weekdays.",
    ],
)
def test_logistics_and_calls_to_action_are_not_claims(text):
    assert not _only(text, "unmarked-claim")


@pytest.mark.parametrize(
    "text",
    [
        "Be wary of clinics that promise a cure.",
        "Don't believe anyone who says ketamine is a miracle.",
        'Words like "guaranteed" and "risk-free" are warning signs.',
        "Some clinics advertise ketamine as a cure, which is not true.",
    ],
)
def test_warnings_to_the_reader_are_not_blocked(text):
    findings = check_article(article(texts=[text]))
    assert not [f for f in findings if f.severity == "block"]


def test_a_testimonial_that_promises_is_still_blocked():
    assert _only("Many of our patients tell us the infusions cured them.", "cure-wording")


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("Ketamine is approved as an anaesthetic, not for depression.", False),
        ("Ketamine is FDA approved, but only for anaesthesia.", False),
        ("Esketamine nasal spray is FDA approved, but IV ketamine is not.", False),
        ("Ketamine is FDA approved for depression and for anaesthesia.", True),
        ("Our IV ketamine is FDA cleared for depression.", True),
    ],
)
def test_approval_for_another_use_is_not_blocked(text, blocked):
    assert bool(_only(text, "fda-approved-wording")) is blocked


@pytest.mark.parametrize(
    "disguised",
    [
        "\u1d04ures",  # Latin small capital
        "c\u057dres",  # Armenian
        "\u13dfures",  # Cherokee
        "c\u03c5res",  # Greek
        "\U0001d41c\U0001d42e\U0001d42b\U0001d41es",  # mathematical bold
    ],
)
def test_look_alike_letters_from_other_scripts_are_folded_before_wording_rules(disguised):
    [finding] = _only(f"Ketamine {disguised} depression.", "cure-wording")
    assert finding.excerpt == disguised
    assert "retype it in plain letters" in finding.message


def test_shipped_model_loads_and_is_small():
    model = LinearModel.load(MODEL_PATH)
    assert 0 < model.threshold < 1
    assert MODEL_PATH.stat().st_size < 500_000
