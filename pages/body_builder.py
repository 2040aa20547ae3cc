"""Build an article body in StreamField's stored form, for the demo loader, tests and benches.

Every block gets its id here, as the editor would give it, because a claim's id is its identity.
"""

import uuid
from html import escape


def _block(block_type, value, block_id=None):
    return {"type": block_type, "value": value, "id": block_id or str(uuid.uuid4())}


def paragraphs(text):
    """Plain text with blank lines between paragraphs, as rich text HTML."""
    return "".join(f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


def claim(statement, claim_type, references, note="", block_id=None):
    statement_html = statement if statement.lstrip().startswith("<") else paragraphs(statement)
    return _block(
        "claim",
        {
            "statement": statement_html,
            "claim_type": claim_type,
            "references": [_block("item", getattr(ref, "pk", ref)) for ref in references],
            "reviewer_note": note,
        },
        block_id,
    )


def library_claim(claim, block_id=None):
    """A claim from the claims library, by its identity (a LibraryClaim or its UUID)."""
    return _block("library_claim", str(getattr(claim, "identity", claim)), block_id)


def heading(text):
    return _block("heading", text)


def text(plain_text):
    return _block("text", paragraphs(plain_text))


def benefits(claims, heading_text="Possible benefits"):
    return _block("benefits", {"heading": heading_text, "claims": list(claims)})


def risks(claims, heading_text="Risks and side effects"):
    return _block("risks", {"heading": heading_text, "claims": list(claims)})


def suitability(for_whom, not_for):
    return _block("suitability", {"for_whom": list(for_whom), "not_for": list(not_for)})


def faq(question, answer):
    return _block("faq", {"question": question, "answer": list(answer)})


def callout(plain_text, tone="info"):
    return _block("callout", {"tone": tone, "text": paragraphs(plain_text)})


def image(image_id, alt_text, caption=""):
    return _block("image", {"image": image_id, "alt_text": alt_text, "caption": caption})


def raw_claims(raw_blocks):
    """The claim blocks in stored body data, in reading order, for editing it in place."""
    for block in raw_blocks:
        if block["type"] == "claim":
            yield block
        elif isinstance(block["value"], dict):
            for value in block["value"].values():
                if isinstance(value, list) and value and isinstance(value[0], dict):
                    yield from raw_claims(value)
