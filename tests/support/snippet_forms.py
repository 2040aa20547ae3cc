"""Form data for the snippet admin, built from existing objects."""

import uuid

from wagtail.test.utils.form_data import nested_form_data, rich_text

from pages.blocks.claims import STATEMENT_FEATURES


def reference_form(reference, **changes):
    fields = {
        "authors": reference.authors,
        "title": reference.title,
        "publisher": reference.publisher,
        "year": str(reference.year),
        "doi": reference.doi,
        "pmid": reference.pmid,
        "url": reference.url,
        "study_design": reference.study_design,
    }
    return {**fields, **changes}


def library_claim_form(claim, statement, *, action=None):
    """The snippet editor's POST for a library claim, with new wording."""
    data = {
        "statement": rich_text(f"<p>{statement}</p>", features=STATEMENT_FEATURES),
        "claim_type": claim.claim_type,
        "therapy_status": claim.therapy_status_id,
        "references": {
            **{
                str(index): {
                    "type": "reference",
                    "value": reference.pk,
                    "id": str(uuid.uuid4()),
                    "deleted": "",
                    "order": index,
                }
                for index, reference in enumerate(claim.cited)
            },
            "count": len(claim.cited),
        },
    }
    if action:
        data[action] = "1"
    return nested_form_data(data)
