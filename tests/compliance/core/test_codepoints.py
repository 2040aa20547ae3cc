"""Characters that make stored text differ from shown text are blocked, named by code point."""

import pytest

from compliance.core import BLOCK, SUMMARY_BLOCK_ID, ArticleInput, check_article
from compliance.core.codepoints import TITLE_BLOCK_ID

from .builders import TODAY, article, claim, fired, therapy

CHARACTER_RULES = ("bidi-control", "invisible-character", "mixed-script-word")


def character_findings(findings):
    return [f for f in findings if f.rule_id in CHARACTER_RULES]


def test_right_to_left_override_in_a_claim_is_blocked_and_named():
    findings = check_article(article(claims=[claim("Ketamine \u202eeruc\u202c helps.")]))

    [finding] = fired(findings, "bidi-control")
    assert finding.severity == BLOCK
    assert finding.block_id == "c1"
    assert "U+202E right-to-left override after “Ketamine”" in finding.message
    assert "U+202C pop directional formatting" in finding.message
    assert "[U+202E]" in finding.excerpt


@pytest.mark.parametrize(
    ("character", "name"),
    [
        ("\u200b", "U+200B zero width space"),
        ("\u00ad", "U+00AD soft hyphen"),
        ("\u2060", "U+2060 word joiner"),
        ("\ufeff", "U+FEFF zero width no-break space"),
    ],
)
def test_invisible_characters_in_text_are_blocked_and_named(character, name):
    findings = check_article(article(texts=[f"Your visit is com{character}pletely planned."]))

    [finding] = fired(findings, "invisible-character")
    assert finding.severity == BLOCK
    assert f"{name} after “visit is com”" in finding.message


def test_an_entity_does_not_hide_an_invisible_character():
    findings = check_article(article(summary="A plain&#8203;summary."))

    [finding] = fired(findings, "invisible-character")
    assert finding.block_id == SUMMARY_BLOCK_ID


def test_cyrillic_o_in_a_dose_is_blocked_and_named():
    findings = check_article(article(claims=[claim("The usual dose is 1О mg.", "dosage")]))

    [finding] = fired(findings, "mixed-script-word")
    assert finding.severity == BLOCK
    assert "U+041E cyrillic capital letter o in “1О”" in finding.message


def test_full_width_digits_are_blocked():
    findings = check_article(article(texts=["Bring １０ forms of ID."]))

    [finding] = fired(findings, "mixed-script-word")
    assert "U+FF11 fullwidth digit one" in finding.message


def test_the_title_is_checked_too():
    plain = article()
    titled = ArticleInput(
        claims=plain.claims,
        texts=plain.texts,
        has_risks_section=True,
        therapy=therapy(),
        today=TODAY,
        title="Ketamine\u200b infusion",
    )

    [finding] = fired(check_article(titled), "invisible-character")
    assert finding.block_id == TITLE_BLOCK_ID


@pytest.mark.parametrize(
    "text",
    [
        "5α-reductase inhibitors and NF-κB were studied.",
        "People with APOE ε4 took 10 μg a day.",
        "The café serves naïve visitors; café again.",  # the second "é" is decomposed
        "Пациенты чувствовали себя лучше.",  # all Cyrillic: one script
        "Ketamine — an NMDA antagonist — is given as a 40-minute infusion.",
    ],
)
def test_ordinary_text_in_any_script_is_not_flagged(text):
    assert character_findings(check_article(article(texts=[text]))) == []


def test_many_characters_are_summed_up_not_listed_one_by_one():
    findings = check_article(article(texts=["a\u200b" * 40]))

    [finding] = fired(findings, "invisible-character")
    assert "and 35 more" in finding.message
