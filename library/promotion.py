"""From article to library: a director promotes an approved article claim, keeping its
sign-off history, and may replace identical claims in other articles' drafts."""

import json
import uuid

from django.db import transaction

from wagtail.log_actions import log

from library import log_actions
from library.models import LibraryClaim
from pages import body_builder
from pages.models import TreatmentArticlePage
from review.approvals import approval_of
from review.fingerprint import claim_content
from review.services import sign_promotion


class PromotionRefused(Exception):
    """Nothing was promoted or replaced."""


def approved_claims(article):
    """(claim, its approved sign-off) for each claim patients read on `article` now."""
    if not article.live:
        return []
    approval = approval_of(article.pk)
    if not approval.approves(article):
        return []
    by_block = {block_id: sign_off for (block_id, _), sign_off in approval.sign_offs.items()}
    return [(claim, by_block[claim.block_id]) for claim in article.claims]


@transaction.atomic
def promote(*, article, block_id, director, password, second_factor, replace_in_drafts=False):
    """The library claim made from `article`'s approved claim `block_id`, already approved."""
    found = {claim.block_id: (claim, approved) for claim, approved in approved_claims(article)}
    if block_id not in found:
        raise PromotionRefused(
            "Only a claim patients read on a live, approved article can be promoted."
        )
    claim, approved = found[block_id]
    library_claim = LibraryClaim(
        identity=uuid.uuid4(),
        statement=claim.statement,
        claim_type=claim.claim_type,
        references=[("reference", reference) for reference in claim.references],
        therapy_status=article.therapy_status,
        live=False,
    )
    library_claim.save()
    revision = library_claim.save_revision(user=director)
    sign_promotion(
        article=article,
        approval=approved,
        revision=revision,
        identity=library_claim.identity,
        director=director,
        password=password,
        second_factor=second_factor,
    )
    # Signed: the first version goes live in the library (the row guard checks the signature).
    revision.publish(user=director, skip_permission_checks=True)
    log(
        instance=library_claim,
        action=log_actions.PROMOTED,
        user=director,
        data={"article": article.pk, "block_id": block_id, "sign_off": approved.pk},
    )
    replaced = replace_identical_claims(library_claim, director) if replace_in_drafts else []
    return LibraryClaim.objects.get(pk=library_claim.pk), replaced


def replace_identical_claims(library_claim, user):
    """In every article's latest version not under review, replace each claim identical to the
    library claim (wording, type, references, therapy status) by the library claim. Saved as a
    new draft: patients read it only after that article's review. Returns [(article, count)]."""
    signed = library_claim.signed_content
    replaced = []
    for article in TreatmentArticlePage.objects.filter(alias_of__isnull=True).order_by("pk"):
        if article.workflow_in_progress:
            continue  # being reviewed: the director reads what was submitted
        draft = article.get_latest_revision_as_object()
        identical = {
            claim.block_id
            for claim in draft.claims
            if claim_content(claim, draft.therapy_status) == signed
        }
        if not identical:
            continue
        raw = _replaced(list(draft.body.raw_data), identical, library_claim)
        draft.body = json.dumps(raw)
        draft.save_revision(user=user)
        log(
            instance=article,
            action=log_actions.REPLACED_IN_DRAFT,
            user=user,
            data={"library_claim": str(library_claim.identity), "blocks": sorted(identical)},
        )
        replaced.append((article, len(identical)))
    return replaced


def _replaced(raw_blocks, block_ids, library_claim):
    result = []
    for block in raw_blocks:
        if block.get("type") == "claim" and block.get("id") in block_ids:
            result.append(body_builder.library_claim(library_claim))
            continue
        if isinstance(block.get("value"), dict):
            value = dict(block["value"])
            for key, inner in value.items():
                if isinstance(inner, list) and inner and isinstance(inner[0], dict):
                    value[key] = _replaced(inner, block_ids, library_claim)
            block = {**block, "value": value}
        result.append(block)
    return result
