"""Build the checker's input from a treatment article: its body, summary and therapy status.

Everything a patient reads is passed on: claims as claims, and every other piece of patient text
(headings, plain text, callouts, FAQ questions, section headings, image captions) as a text
block, keyed by the id of the stream child it sits in so a finding can point back to it.
"""

from datetime import date
from html import escape

from wagtail.blocks import StructValue

from compliance.core.article import (
    ArticleInput,
    ClaimInput,
    ImageInput,
    ReferenceInput,
    SectionInput,
    TextInput,
    TherapyInput,
)
from pages.blocks import (
    BenefitsBlock,
    CalloutBlock,
    ClaimBlock,
    FAQBlock,
    HeadingBlock,
    ImageBlock,
    NarrativeBlock,
    RisksBlock,
)
from pages.claims import walk_blocks


def article_input(
    *, body, summary, therapy_status, today: date, title="", condition=""
) -> ArticleInput:
    claims = []
    texts = []
    images = []
    for child, _section, _path in walk_blocks(body):
        if isinstance(child.block, ClaimBlock):
            claims.append(_claim(child))
        else:
            if isinstance(child.block, ImageBlock):
                images.append(ImageInput(child.id, child.value["alt_text"] or ""))
            text = _patient_text(child)
            if text:
                texts.append(TextInput(child.id, text))
    return ArticleInput(
        claims=tuple(claims),
        texts=tuple(texts),
        has_risks_section=any(
            child.block_type == "risks" and len(child.value["claims"]) > 0 for child in body
        ),
        therapy=_therapy(therapy_status),
        today=today,
        summary=summary or "",
        title=title or "",
        condition=condition or "",
        sections=tuple(_section_of(child) for child in body),
        images=tuple(images),
    )


def article_input_for(article, today: date) -> ArticleInput:
    """The checker's view of a TreatmentArticlePage (or a revision of one, as an object)."""
    # A page not yet saved may have no therapy status; the FDA rule then assumes no approval.
    therapy_status = article.therapy_status if article.therapy_status_id else None
    return article_input(
        body=article.body,
        summary=article.summary,
        therapy_status=therapy_status,
        today=today,
        title=article.title,
        condition=article.condition,
    )


def _section_of(child):
    heading = child.value.get("heading", "") if isinstance(child.value, StructValue) else ""
    return SectionInput(child.id, child.block_type, heading or "")


def _claim(child):
    references = [ref for ref in child.value["references"] if ref is not None]
    return ClaimInput(
        block_id=child.id,
        text=child.value["statement"].source,
        claim_type=child.value["claim_type"],
        references=tuple(
            ReferenceInput(label=ref.short_label, year=ref.year, study_design=ref.study_design)
            for ref in references
        ),
    )


def _patient_text(child):
    """The HTML a patient reads in this block itself (not in blocks nested inside it)."""
    block, value = child.block, child.value
    if isinstance(block, NarrativeBlock):
        return value.source
    if isinstance(block, CalloutBlock):
        return value["text"].source
    if isinstance(block, HeadingBlock):
        return escape(value)
    if isinstance(block, FAQBlock):
        return escape(value["question"])
    if isinstance(block, BenefitsBlock | RisksBlock):
        return escape(value["heading"])
    if isinstance(block, ImageBlock):
        return escape(value["caption"] or "")
    return ""


def _therapy(therapy_status):
    if therapy_status is None:
        return None
    return TherapyInput(
        therapy=therapy_status.therapy,
        route=therapy_status.route,
        indication=therapy_status.indication,
        status=therapy_status.status,
    )
