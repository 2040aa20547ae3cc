"""The checker sees every piece of patient text in an article, keyed to the block it sits in."""

import datetime
import json

import pytest

from compliance.core import ClaimInput, ReferenceInput, TextInput, TherapyInput
from compliance.from_article import article_input_for
from compliance.labels import block_labels
from pages import body_builder
from pages.choices import ClaimType, RegulatoryStatus, StudyDesign
from tests.support.factories import ReferenceFactory, TherapyStatusFactory, add_article

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2025, 6, 1)


@pytest.fixture
def model():
    return ReferenceFactory(authors="Rao P, Kim S", year=2016, study_design=StudyDesign.ANIMAL_LAB)


@pytest.fixture
def full_article(model):
    """One of every block a patient reads, nested the way the editor nests them."""
    blocks = {
        "heading": body_builder.heading("How it works"),
        "text": body_builder.text("Sessions take about an hour."),
        "claim": body_builder.claim("Ketamine acts on glutamate.", ClaimType.MECHANISM, [model]),
        "benefits": body_builder.benefits(
            [body_builder.claim("Mood may lift within a day.", ClaimType.EFFICACY, [model])]
        ),
        "risks": body_builder.risks(
            [body_builder.claim("Blood pressure can rise.", ClaimType.SAFETY, [])]
        ),
        "suitability": body_builder.suitability(
            [body_builder.text("Adults whose depression has not improved.")],
            [body_builder.text("People with uncontrolled high blood pressure.")],
        ),
        "faq": body_builder.faq(
            "Will I need a driver?", [body_builder.text("Yes, for the rest of the day.")]
        ),
        "callout": body_builder.callout("Call 988 if you are in crisis."),
    }
    article = add_article(
        body=json.dumps(list(blocks.values())),
        summary="A short summary.",
        therapy_status=TherapyStatusFactory(status=RegulatoryStatus.OFF_LABEL),
    )
    return article, blocks


def nested_id(block, stream, index=0):
    return block["value"][stream][index]["id"]


def test_claims_carry_their_block_ids_types_and_references(full_article):
    article, blocks = full_article

    checked = article_input_for(article, TODAY)

    model = ReferenceInput("Rao P et al. 2016", 2016, "animal_lab")
    assert checked.claims == (
        ClaimInput(
            blocks["claim"]["id"], "<p>Ketamine acts on glutamate.</p>", "mechanism", (model,)
        ),
        ClaimInput(
            nested_id(blocks["benefits"], "claims"),
            "<p>Mood may lift within a day.</p>",
            "efficacy",
            (model,),
        ),
        ClaimInput(
            nested_id(blocks["risks"], "claims"), "<p>Blood pressure can rise.</p>", "safety"
        ),
    )


def test_every_other_patient_text_is_checked_as_text(full_article):
    article, blocks = full_article

    texts = article_input_for(article, TODAY).texts

    assert texts == (
        TextInput(blocks["heading"]["id"], "How it works"),
        TextInput(blocks["text"]["id"], "<p>Sessions take about an hour.</p>"),
        TextInput(blocks["benefits"]["id"], "Possible benefits"),
        TextInput(blocks["risks"]["id"], "Risks and side effects"),
        TextInput(
            nested_id(blocks["suitability"], "for_whom"),
            "<p>Adults whose depression has not improved.</p>",
        ),
        TextInput(
            nested_id(blocks["suitability"], "not_for"),
            "<p>People with uncontrolled high blood pressure.</p>",
        ),
        TextInput(blocks["faq"]["id"], "Will I need a driver?"),
        TextInput(nested_id(blocks["faq"], "answer"), "<p>Yes, for the rest of the day.</p>"),
        TextInput(blocks["callout"]["id"], "<p>Call 988 if you are in crisis.</p>"),
    )


def test_summary_therapy_and_date_come_from_the_page(full_article):
    article, _ = full_article

    checked = article_input_for(article, TODAY)

    assert checked.summary == "A short summary."
    assert checked.therapy == TherapyInput(
        "Ketamine", "intravenous infusion", "treatment-resistant depression", "off_label"
    )
    assert checked.today == TODAY
    assert checked.has_risks_section is True


def test_an_empty_risks_section_does_not_count(model):
    body = [
        body_builder.claim("Mood may lift within a day.", ClaimType.EFFICACY, [model]),
        body_builder.risks([]),
    ]
    article = add_article(body=json.dumps(body))

    assert article_input_for(article, TODAY).has_risks_section is False


def test_a_heading_typed_with_markup_is_read_as_text(model):
    article = add_article(body=json.dumps([body_builder.heading("Cure <b>now</b>")]))

    assert article_input_for(article, TODAY).texts[0].text == "Cure &lt;b&gt;now&lt;/b&gt;"


def test_blocks_are_named_as_the_writer_sees_them(full_article):
    article, blocks = full_article

    labels = block_labels(article.body)

    assert labels["summary"] == "Summary"
    assert labels[blocks["heading"]["id"]] == "Heading 1"
    assert labels[blocks["claim"]["id"]] == "Claim 1"
    assert labels[nested_id(blocks["benefits"], "claims")] == "Claim 2 in Benefits"
    assert labels[nested_id(blocks["risks"], "claims")] == "Claim 3 in Risks and side effects"
    assert labels[nested_id(blocks["suitability"], "for_whom")] == "Text 2 in Who it is for"
    assert labels[nested_id(blocks["suitability"], "not_for")] == "Text 3 in Who it is not for"
    assert labels[blocks["faq"]["id"]] == "FAQ 1"
    assert labels[nested_id(blocks["faq"], "answer")] == "Text 4 in FAQ 1"
    assert labels[blocks["callout"]["id"]] == "Callout 1"


def test_the_article_s_condition_reaches_the_checker(db):
    article = add_article(condition="Post-traumatic stress disorder")

    checked = article_input_for(article, datetime.date(2026, 12, 1))

    assert checked.condition == "Post-traumatic stress disorder"
    assert checked.therapy.indication == "treatment-resistant depression"
