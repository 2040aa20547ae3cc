"""The exact content a sign-off covers, and its SHA-256 fingerprint.

A sign-off names one claim's wording, type, references and the page's therapy status. If
any of those changes, the fingerprint changes and the sign-off no longer applies.
"""

import hashlib
import json
import re

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


# How `fingerprint` and the sign-off chain's row hash encode what they hash (review/chain.py):
# keys sorted, no spaces, text as it is.
canonical_json = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def fingerprint(content):
    return hashlib.sha256(canonical_json(content).encode()).hexdigest()


def disclosed_status(page):
    """The therapy status whose disclosure a page shows beside its claims; None if it has none."""
    return getattr(page, "therapy_status", None)


def claim_fingerprint(claim, therapy_status):
    return fingerprint(claim_content(claim, therapy_status))


def fingerprint_of_encoded(statement, claim_type, encoded_references, encoded_status):
    """`fingerprint` of a claim's content whose references and therapy status the caller has
    already encoded with `canonical_json`: json.dumps with sorted keys, spelled out."""
    encoded = (
        f'{{"claim_type":{canonical_json(claim_type)},'
        f'"references":{encoded_references},'
        f'"statement":{canonical_json(statement)},'
        f'"therapy_status":{encoded_status}}}'
    )
    return hashlib.sha256(encoded.encode()).hexdigest()


class ClaimFingerprints:
    """`claim_content` and `claim_fingerprint` for the claims of one article, hashing the same
    bytes, but encoding each set of references and the therapy status once rather than once per
    claim that cites them: a long article cites a few studies hundreds of times.
    """

    def __init__(self, therapy_status):
        self._status = therapy_status.canonical() if therapy_status else None
        self._status_json = canonical_json(self._status)
        # The references of a claim, by the objects' identity, -> (canonical forms, their JSON);
        # the objects themselves are kept too, so that no identity is reused meanwhile.
        self._cited = {}

    def _references(self, references):
        key = tuple(map(id, references))
        found = self._cited.get(key)
        if found is None:
            canonical = [reference.canonical() for reference in references]
            encoded = f"[{','.join([canonical_json(item) for item in canonical])}]"
            found = self._cited[key] = (canonical, encoded, references)
        return found

    def content_and_fingerprint(self, claim):
        content, content_hash, _ = self.checked_form(claim)
        return content, content_hash

    def checked_form(self, claim):
        """(content, fingerprint, the columns as a sign-off's row hash encodes them)."""
        references, encoded_references, _ = self._references(claim.references)
        content = {
            "statement": canonical_statement(claim.statement),
            "claim_type": claim.claim_type,
            "references": references,
            "therapy_status": self._status,
        }
        content_hash = fingerprint_of_encoded(
            content["statement"], content["claim_type"], encoded_references, self._status_json
        )
        columns = {"references": encoded_references, "therapy_status": self._status_json}
        return content, content_hash, columns
