"""The exact content a sign-off covers, and its SHA-256 fingerprint.

A sign-off names one claim's wording, type, references and the article's therapy status. If
any of those changes, the fingerprint changes and the sign-off no longer applies.
"""

import hashlib
import json
import re
from collections import OrderedDict

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


def _encoded(content):
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class ClaimFingerprints:
    """`claim_content` and `claim_fingerprint` for the claims of one article, hashing the same
    bytes, but encoding each set of references and the therapy status once rather than once per
    claim that cites them: a long article cites a few studies hundreds of times.
    """

    def __init__(self, therapy_status):
        self._status = therapy_status.canonical() if therapy_status else None
        self._status_json = _encoded(self._status)
        # The references of a claim, by the objects' identity, -> (canonical forms, their JSON);
        # the objects themselves are kept too, so that no identity is reused meanwhile.
        self._cited = {}

    def _references(self, references):
        key = tuple(id(reference) for reference in references)
        found = self._cited.get(key)
        if found is None:
            canonical = [reference.canonical() for reference in references]
            encoded = f"[{','.join([_encoded(item) for item in canonical])}]"
            found = self._cited[key] = (canonical, encoded, references)
        return found

    def content_and_fingerprint(self, claim):
        references, encoded_references, _ = self._references(claim.references)
        content = {
            "statement": canonical_statement(claim.statement),
            "claim_type": claim.claim_type,
            "references": references,
            "therapy_status": self._status,
        }
        # json.dumps with sorted keys, spelled out: the keys in sorted order, each value encoded.
        encoded = (
            f'{{"claim_type":{_encoded(content["claim_type"])},'
            f'"references":{encoded_references},'
            f'"statement":{_encoded(content["statement"])},'
            f'"therapy_status":{self._status_json}}}'
        )
        return content, hashlib.sha256(encoded.encode()).hexdigest()


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


# Canonicalising a long body walks every node of it, yet the result depends only on the
# stored form: each process keeps the fingerprints of the last few stored forms it hashed,
# looked up by a digest of that form.
_FINGERPRINT_OF_STORED = OrderedDict()
_STORED_FORMS_KEPT = 64


def _stored_form(article, field_names):
    stored = {}
    for name in field_names:
        field = article._meta.get_field(name)
        value = field.value_from_object(article)
        if isinstance(field, StreamField):
            value = field.get_prep_value(value)
        stored[field.attname] = value
    return json.dumps(stored, cls=DjangoJSONEncoder, sort_keys=True)


def page_fingerprint(article):
    stored = _stored_form(article, article.patient_visible_fields)
    digest = hashlib.sha256(stored.encode()).digest()
    found = _FINGERPRINT_OF_STORED.get(digest)
    if found is None:
        found = fingerprint(page_content(article))
        _FINGERPRINT_OF_STORED[digest] = found
        if len(_FINGERPRINT_OF_STORED) > _STORED_FORMS_KEPT:
            _FINGERPRINT_OF_STORED.popitem(last=False)
    return found


def legacy_page_fingerprint(article):
    return fingerprint(page_content(article, _FIRST_FINGERPRINTED))
