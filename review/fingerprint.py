"""The exact content a sign-off covers, and its SHA-256 fingerprint.

A sign-off names one claim's wording, type, references and the article's therapy status. If
any of those changes, the fingerprint changes and the sign-off no longer applies.
"""

import hashlib
import json
import re

from django.core.serializers.json import DjangoJSONEncoder

from wagtail.fields import StreamField

# Draftail stamps each paragraph with a random key that can change on re-save without any
# change a reader could see; it is not part of the wording.
_BLOCK_KEY = re.compile(r'\sdata-block-key="[^"]*"')
_WHITESPACE = re.compile(r"\s+")


def canonical_statement(html):
    return _WHITESPACE.sub(" ", _BLOCK_KEY.sub("", html)).strip()


# What one sign-off covers; SignOff stores each under the same name.
SIGNED_CLAIM_FIELDS = ("statement", "claim_type", "references", "therapy_status")


def claim_content(claim, therapy_status):
    return {
        "statement": canonical_statement(claim.statement),
        "claim_type": claim.claim_type,
        "references": [reference.canonical() for reference in claim.references],
        "therapy_status": therapy_status.canonical() if therapy_status else None,
    }


def fingerprint(content):
    encoded = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


def claim_fingerprint(claim, therapy_status):
    return fingerprint(claim_content(claim, therapy_status))


def _canonical(value):
    if isinstance(value, str):
        return canonical_statement(value)
    if isinstance(value, list):
        return [_canonical(item) for item in value]
    if isinstance(value, dict):
        # Block ids are bookkeeping, not something a patient reads; claims are matched by id
        # separately, through their own sign-offs.
        is_block = {"type", "value"} <= value.keys()
        return {
            key: _canonical(item) for key, item in value.items() if not (is_block and key == "id")
        }
    return value


# Reviews recorded before the page model declared its patient-visible fields covered these
# seven only; the guard confirms such a review against the revision it approved.
_FIRST_FINGERPRINTED = (
    "title",
    "seo_title",
    "search_description",
    "summary",
    "condition",
    "therapy_status",
    "body",
)


def page_content(article, field_names=None):
    """Everything a patient reads on the article, in stored form (claims by id and wording).

    The fields are the ones the page model declares in `patient_visible_fields`.
    """
    content = {}
    for name in field_names or article.patient_visible_fields:
        field = article._meta.get_field(name)
        value = field.value_from_object(article)
        if isinstance(field, StreamField):
            stored = json.loads(json.dumps(field.get_prep_value(value), cls=DjangoJSONEncoder))
            value = _canonical(stored)
        content[field.attname] = value
    return content


def page_fingerprint(article):
    return fingerprint(page_content(article))


def legacy_page_fingerprint(article):
    return fingerprint(page_content(article, _FIRST_FINGERPRINTED))
