"""Compliance checks for treatment articles: wording, evidence, balance and reading level."""

from .checker import (
    BLOCK,
    SUMMARY_BLOCK_ID,
    WARN,
    ArticleInput,
    ClaimInput,
    Finding,
    ReferenceInput,
    TextInput,
    TherapyInput,
    check_article,
)

__all__ = [
    "BLOCK",
    "SUMMARY_BLOCK_ID",
    "WARN",
    "ArticleInput",
    "ClaimInput",
    "Finding",
    "ReferenceInput",
    "TextInput",
    "TherapyInput",
    "check_article",
]
