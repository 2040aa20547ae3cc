"""What the checker is given: an article as plain values, free of the page models."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ReferenceInput:
    label: str
    year: int | None
    study_design: str  # a pages.choices.StudyDesign value


@dataclass(frozen=True)
class ClaimInput:
    block_id: str
    text: str  # may contain HTML
    claim_type: str  # a pages.choices.ClaimType value
    references: tuple[ReferenceInput, ...] = ()


@dataclass(frozen=True)
class TextInput:
    """Narrative text not marked as a claim: paragraphs, FAQ answers, callouts, headings."""

    block_id: str
    text: str  # may contain HTML


@dataclass(frozen=True)
class TherapyInput:
    therapy: str
    route: str
    indication: str
    status: str  # a pages.choices.RegulatoryStatus value


@dataclass(frozen=True)
class SectionInput:
    """A top-level block of the body, in reading order: where benefits and risks stand."""

    block_id: str
    kind: str  # the block type: "benefits", "risks", "text", ...
    heading: str = ""


@dataclass(frozen=True)
class ImageInput:
    block_id: str
    alt_text: str


@dataclass(frozen=True)
class ArticleInput:
    claims: tuple[ClaimInput, ...]
    texts: tuple[TextInput, ...]
    has_risks_section: bool
    therapy: TherapyInput | None
    today: date
    summary: str = ""
    title: str = ""  # read only for the characters in it (codepoints.py)
    condition: str = ""  # the condition the article is about, as the writer named it
    sections: tuple[SectionInput, ...] = ()
    images: tuple[ImageInput, ...] = ()
