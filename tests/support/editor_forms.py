"""Build the POST data Wagtail's page editor sends, to try editor actions for real."""

import uuid

from django.utils.html import strip_tags

from wagtail.test.utils.form_data import nested_form_data, rich_text

from library.models import LibraryClaim
from pages.blocks.claims import STATEMENT_FEATURES


def _stream(items):
    data = {
        str(index): {
            "type": block_type,
            "value": value,
            "id": block_id,
            "deleted": "",
            "order": index,
        }
        for index, (block_type, value, block_id) in enumerate(items)
    }
    data["count"] = len(items)
    return data


def _list(values):
    data = {
        str(index): {"value": value, "id": str(uuid.uuid4()), "deleted": "", "order": index}
        for index, value in enumerate(values)
    }
    data["count"] = len(values)
    return data


def claim(statement, references=(), claim_type="efficacy", note="", block_id=None):
    value = {
        "statement": rich_text(f"<p>{statement}</p>", features=STATEMENT_FEATURES),
        "claim_type": claim_type,
        "references": _list([getattr(ref, "pk", ref) for ref in references]),
        "reviewer_note": note,
    }
    return ("claim", value, block_id or str(uuid.uuid4()))


def section(kind, heading, claims, block_id=None):
    """A benefits or risks section holding `claims` (built with `claim`)."""
    return (kind, {"heading": heading, "claims": _stream(claims)}, block_id or str(uuid.uuid4()))


def image(image_id, alt_text=""):
    return ("image", {"image": image_id, "alt_text": alt_text, "caption": ""}, str(uuid.uuid4()))


def article_form(*, title, therapy_status, body, slug=None, action=None, **fields):
    data = {
        "title": title,
        "slug": slug or title.lower().replace(" ", "-"),
        "summary": fields.pop("summary", "A plain summary."),
        "condition": fields.pop("condition", "Treatment-resistant depression"),
        "therapy_status": getattr(therapy_status, "pk", therapy_status),
        "next_review_months": fields.pop("next_review_months", 12),
        "body": _stream(body),
        **fields,
    }
    if action:
        data[action] = "1"
    return nested_form_data(data)


def edit_form(article, body, *, action="action-publish", **fields):
    """The editor's POST for `article` with `body`, as a superuser's browser would send it."""
    return article_form(
        title=article.title,
        slug=article.slug,
        therapy_status=article.therapy_status,
        body=body,
        action=action,
        **fields,
    )


def claims_as_posted(article):
    """The article's current claims as editor blocks, keeping their ids and references."""
    return [
        claim(
            strip_tags(item.statement),
            item.references,
            claim_type=item.claim_type,
            block_id=item.block_id,
        )
        for item in article.claims
    ]


def body_as_posted(article):
    """The article's stored body as the editor would post it back unchanged."""
    return [_posted(block) for block in article.body.raw_data]


def _posted(block):
    kind, value, block_id = block["type"], block["value"], block["id"]
    if kind == "claim":
        statement = value["statement"].removeprefix("<p>").removesuffix("</p>")
        references = [item["value"] for item in value["references"]]
        return claim(statement, references, value["claim_type"], value["reviewer_note"], block_id)
    if kind == "library_claim":
        # The chooser posts the library claim's primary key; the body stores its identity.
        return (kind, LibraryClaim.objects.get(identity=value).pk, block_id)
    if kind in ("benefits", "risks"):
        claims = _stream([_posted(child) for child in value["claims"]])
        return (kind, {"heading": value["heading"], "claims": claims}, block_id)
    return (kind, value, block_id)
