"""Small articles for behaviour tests: one thing differs from a compliant baseline."""

from datetime import date

from compliance.core import ArticleInput, ClaimInput, ReferenceInput, TextInput, TherapyInput

TODAY = date(2025, 6, 1)
RECENT_TRIAL = ReferenceInput("Okafor et al. 2023", 2023, "rct")


def therapy(status="off_label"):
    return TherapyInput(
        "Ketamine", "Intravenous infusion", "Treatment-resistant depression", status
    )


def claim(
    text="Some people felt better.", claim_type="safety", references=(RECENT_TRIAL,), block_id="c1"
):
    return ClaimInput(block_id, text, claim_type, tuple(references))


def article(
    *, claims=(), texts=(), summary="", has_risks_section=True, status="off_label", condition=""
):
    return ArticleInput(
        claims=tuple(claims),
        texts=tuple(TextInput(f"t{i}", text) for i, text in enumerate(texts, start=1)),
        has_risks_section=has_risks_section,
        therapy=therapy(status),
        today=TODAY,
        summary=summary,
        condition=condition,
    )


def fired(findings, rule_id):
    return [f for f in findings if f.rule_id == rule_id]
