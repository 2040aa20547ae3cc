"""Signing a medical review: the one place sign-offs are created."""

import uuid
from dataclasses import dataclass

from django.db import transaction

from wagtail.log_actions import log
from wagtail.models import Comment, TaskState

from identity.factors import describe, verify_signing_factor
from identity.passkeys import PasskeyAssertion
from review import clock
from review.eligibility import signing_refusal
from review.fingerprint import SIGNED_CLAIM_FIELDS, ClaimFingerprints
from review.log_actions import SIGNED
from review.models import Decision, ReviewedVersion, SignOff
from review.models.signoffs import (
    APPROVAL_MEANING,
    CARRIED_OVER_MEANING,
    CHANGES_MEANING,
    REMOVAL_MEANING,
)
from review.page_content import page_fingerprint
from review.selectors import claims_removed_since_approved, claims_under_review, needing_a_decision

SIGNING_STATEMENT = (
    "I have reviewed each claim listed against its references and approve it as medically accurate."
)


class SigningRefused(Exception):
    """The signing was refused; nothing was recorded."""


class CredentialsRefused(SigningRefused):
    """The password or the second factor was wrong: it counts towards the lockout."""

    def __init__(self, message, *, field):
        super().__init__(message)
        self.field = field  # the signing form's box the director should look at again


@dataclass(frozen=True)
class ClaimDecision:
    decision: str
    reason: str = ""


@dataclass(frozen=True)
class SigningResult:
    sign_offs: list
    changes_requested: bool


def _refuse_unless_current(task_state, page, seen_revision_id):
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        raise SigningRefused("This review is no longer open, so nothing was signed.")
    latest = page.get_latest_revision()
    if str(seen_revision_id) != str(task_state.revision_id) or latest.pk != task_state.revision_id:
        raise SigningRefused(
            "The article changed since you opened it. Nothing was signed: reload the review "
            "to see the current version."
        )


def _check_decisions(rows, decisions, full_review):
    to_decide = needing_a_decision(rows, full_review)
    expected = {row.claim.block_id for row in to_decide}
    unknown = set(decisions) - expected
    if unknown:
        raise SigningRefused("The decisions do not match the claims in this version.")
    missing = [row.number for row in to_decide if row.claim.block_id not in decisions]
    if missing:
        raise SigningRefused(
            f"Decide on every new or changed claim before signing (missing: claim "
            f"{', '.join(map(str, missing))})."
        )
    for row in to_decide:
        choice = decisions[row.claim.block_id]
        if choice.decision not in Decision.values:
            raise SigningRefused(f"Claim {row.number}: choose approve or request changes.")
        if choice.decision == Decision.CHANGES_REQUESTED and not choice.reason.strip():
            raise SigningRefused(f"Claim {row.number}: say what needs to change and why.")
    return to_decide


def _check_removals(removed, removals):
    """Each claim the last approved version had and this one drops needs the director's word."""
    expected = {row.block_id for row in removed}
    if set(removals) - expected:
        raise SigningRefused("The removals confirmed do not match this version.")
    missing = [row.number for row in removed if row.block_id not in removals]
    if missing:
        raise SigningRefused(
            "Confirm each claim removed since the last approved version, or ask for it back "
            f"(missing: removed claim {', '.join(map(str, missing))})."
        )
    allowed = {Decision.REMOVAL_CONFIRMED, Decision.CHANGES_REQUESTED}
    for row in removed:
        choice = removals[row.block_id]
        if choice.decision not in allowed:
            raise SigningRefused(f"Removed claim {row.number}: confirm it or ask for it back.")
        if choice.decision == Decision.CHANGES_REQUESTED and not choice.reason.strip():
            raise SigningRefused(f"Removed claim {row.number}: say why it should come back.")


def _verified_signature(director, password, second_factor):
    """Both components of the signature, checked: (second factor's type, its device's name)."""
    if not director.check_password(password):
        raise CredentialsRefused(
            "That password is not right. Nothing was signed.", field="password"
        )
    device = verify_signing_factor(director, second_factor)
    if device is None:
        if isinstance(second_factor, PasskeyAssertion):
            raise CredentialsRefused(
                "Your passkey's answer was not accepted. Nothing was signed: sign with your "
                "passkey again.",
                field="passkey_assertion",
            )
        raise CredentialsRefused(
            "That authenticator code is not right, or was already used. Nothing was signed: "
            "enter the code your app shows now.",
            field="second_factor",
        )
    return describe(device)


@transaction.atomic
def sign_review(
    *,
    task_state,
    director,
    password,
    seen_revision_id,
    decisions,
    full_review=False,
    removals=None,
    second_factor=None,
):
    """Record one act of signing by `director` on the revision under review.

    `decisions` maps each new or changed claim's block id to a ClaimDecision. If any claim
    needs changes the article goes back to the writer; otherwise unchanged claims' earlier
    sign-offs are carried over and the review completes, which publishes the reviewed revision.
    A full review (`full_review=True`, the periodic one) decides every claim again and carries
    nothing over. `removals` maps the block id of each claim the last approved version had and
    this one drops to a ClaimDecision: REMOVAL_CONFIRMED, or CHANGES_REQUESTED with a reason
    to ask for it back; each is recorded as a sign-off of the removed claim's wording. Signing
    takes two components every time: `password` and `second_factor`, either a code from the
    director's authenticator not used before or an `identity.passkeys.PasskeyAssertion` made
    by their passkey over this signing's challenge (docs/signer-identity.md).
    """
    task_state = TaskState.objects.select_for_update().get(pk=task_state.pk)
    page = task_state.workflow_state.content_object.specific
    _refuse_unless_current(task_state, page, seen_revision_id)
    refusal = signing_refusal(director, page, task_state.revision)
    if refusal:
        raise SigningRefused(refusal)
    factor_type, factor_device = _verified_signature(director, password, second_factor)

    revision = task_state.revision
    content = revision.as_object()
    rows = claims_under_review(page, revision, content)
    to_decide = _check_decisions(rows, decisions, full_review)
    removed = claims_removed_since_approved(page, revision, content)
    removals = removals or {}
    _check_removals(removed, removals)

    profile = director.reviewer_profile
    signing = uuid.uuid4()
    # The database's clock, read once: every row of this act and its review share the time.
    now = clock.database_now()

    def record(row, decision, reason, meaning, carried_over_from=None):
        return SignOff(
            page=page,
            revision=revision,
            task_state=task_state,
            signing=signing,
            block_id=row.claim.block_id,
            # The signed content's fields are named as claim_content names them, and are the
            # content whose fingerprint the row holds.
            **row.signed_content,
            content_hash=row.fingerprint,
            decision=decision,
            reason=reason.strip(),
            meaning=meaning,
            signer=director,
            signer_name=profile.printed_name,
            signer_credentials=profile.credentials,
            signed_at=now,
            carried_over_from=carried_over_from,
            second_factor_type=factor_type,
            second_factor_device=factor_device,
        )

    sign_offs = []
    for row in to_decide:
        choice = decisions[row.claim.block_id]
        meaning = APPROVAL_MEANING if choice.decision == Decision.APPROVED else CHANGES_MEANING
        sign_offs.append(record(row, choice.decision, choice.reason, meaning))
    for row in removed:
        choice = removals[row.block_id]
        confirmed = choice.decision == Decision.REMOVAL_CONFIRMED
        sign_offs.append(
            SignOff(
                page=page,
                revision=revision,
                task_state=task_state,
                signing=signing,
                block_id=row.block_id,
                # The removed claim's wording as patients last read it, approved.
                **{name: getattr(row.sign_off, name) for name in SIGNED_CLAIM_FIELDS},
                content_hash=row.sign_off.content_hash,
                decision=choice.decision,
                reason=choice.reason.strip(),
                meaning=REMOVAL_MEANING if confirmed else CHANGES_MEANING,
                signer=director,
                signer_name=profile.printed_name,
                signer_credentials=profile.credentials,
                signed_at=now,
                second_factor_type=factor_type,
                second_factor_device=factor_device,
            )
        )

    changes = [s for s in sign_offs if s.decision == Decision.CHANGES_REQUESTED]
    if changes:
        _leave_reasons_in_editor(page, revision, director, rows, changes)
    else:
        decided = {id(row) for row in to_decide}
        sign_offs.extend(
            record(row, Decision.APPROVED, "", CARRIED_OVER_MEANING, original_signature(row))
            for row in rows
            if id(row) not in decided
        )
    # One insert for the whole act, however many claims: the chain is built in order.
    sign_offs = SignOff.objects.bulk_create(sign_offs)
    if not changes:
        ReviewedVersion.objects.create(
            page=page,
            revision=revision,
            task_state=task_state,
            content_hash=page_fingerprint(content),
            full_review=len(to_decide) == len(rows),
            approved_by=director,
            completed_at=now,
        )

    log(
        instance=page,
        action=SIGNED,
        user=director,
        revision=revision,
        data={
            "signing": str(signing),
            "approved": sum(s.decision == Decision.APPROVED for s in sign_offs),
            "changes_requested": len(changes),
            "meaning": SIGNING_STATEMENT,
        },
    )
    if changes:
        task_state.specific.reject(
            user=director,
            comment="Changes requested on "
            + "; ".join(f"{_number(rows, s)}: {s.reason}" for s in changes),
        )
    else:
        task_state.specific.approve(
            user=director, comment=f"Signed off {len(sign_offs)} claim(s): {SIGNING_STATEMENT}"
        )
    return SigningResult(sign_offs=sign_offs, changes_requested=bool(changes))


@transaction.atomic
def sign_claim_version(
    *, task_state, director, password, seen_revision_id, decision, second_factor=None
):
    """Record a director's signature on one version of a claim kept outside any page.

    For the claims library: the content under review is a single claim (its `as_claim()` and
    `therapy_status`), identified across versions by its identity, which the sign-off holds as
    its block id; the sign-off has no page. Every rule of `sign_review` applies: the review is
    open and unchanged since the director opened it, the director may sign it (not its writer,
    licence current, appointment confirmed), password and second factor. `decision` is a
    ClaimDecision: APPROVED completes the review, which publishes this version;
    CHANGES_REQUESTED, with a reason, sends it back to the writer.
    """
    task_state = TaskState.objects.select_for_update().get(pk=task_state.pk)
    content_object = task_state.workflow_state.content_object
    _refuse_unless_current(task_state, content_object, seen_revision_id)
    refusal = signing_refusal(director, content_object, task_state.revision)
    if refusal:
        raise SigningRefused(refusal)
    if decision.decision not in (Decision.APPROVED, Decision.CHANGES_REQUESTED):
        raise SigningRefused("Choose approve or request changes.")
    if decision.decision == Decision.CHANGES_REQUESTED and not decision.reason.strip():
        raise SigningRefused("Say what needs to change and why.")
    factor_type, factor_device = _verified_signature(director, password, second_factor)

    revision = task_state.revision
    version = revision.as_object()
    claim = version.as_claim()
    if decision.decision == Decision.APPROVED and not claim.references:
        raise SigningRefused("This claim cites no reference, so it cannot be approved.")
    content, content_hash = ClaimFingerprints(version.therapy_status).content_and_fingerprint(claim)
    approved = decision.decision == Decision.APPROVED
    profile = director.reviewer_profile
    (sign_off,) = SignOff.objects.bulk_create(
        [
            SignOff(
                page=None,
                revision=revision,
                task_state=task_state,
                signing=uuid.uuid4(),
                block_id=claim.block_id,
                **content,
                content_hash=content_hash,
                decision=decision.decision,
                reason=decision.reason.strip(),
                meaning=APPROVAL_MEANING if approved else CHANGES_MEANING,
                signer=director,
                signer_name=profile.printed_name,
                signer_credentials=profile.credentials,
                signed_at=clock.database_now(),
                second_factor_type=factor_type,
                second_factor_device=factor_device,
            )
        ]
    )
    log(
        instance=content_object,
        action=SIGNED,
        user=director,
        revision=revision,
        data={
            "signing": str(sign_off.signing),
            "approved": int(approved),
            "changes_requested": int(not approved),
            "meaning": SIGNING_STATEMENT,
        },
    )
    if approved:
        task_state.specific.approve(user=director, comment=f"Signed off: {SIGNING_STATEMENT}")
    else:
        task_state.specific.reject(user=director, comment=f"Changes requested: {sign_off.reason}")
    return SigningResult(sign_offs=[sign_off], changes_requested=not approved)


PROMOTION_MEANING = (
    "Medical accuracy approved (carried over from the article claim promoted to the library)"
)


@transaction.atomic
def sign_promotion(*, article, approval, revision, identity, director, password, second_factor):
    """Carry an article claim's approval over to the same claim kept in the claims library.

    `approval` is the article's current approved sign-off of the claim; `revision` the library
    claim's first version, holding exactly that content (same wording, type, references and
    therapy status, so the same content hash); `identity` the library claim's. The director
    signs the promotion with password and second factor; the new sign-off points at the one
    that first approved the wording, so the claim keeps its sign-off history.
    """
    refusal = signing_refusal(director, article, article.live_revision)
    if refusal:
        raise SigningRefused(refusal)
    factor_type, factor_device = _verified_signature(director, password, second_factor)
    version = revision.as_object()
    content, content_hash = ClaimFingerprints(version.therapy_status).content_and_fingerprint(
        version.as_claim()
    )
    if content_hash != approval.content_hash:
        raise SigningRefused("The library claim does not say exactly what was approved.")
    profile = director.reviewer_profile
    (sign_off,) = SignOff.objects.bulk_create(
        [
            SignOff(
                page=None,
                revision=revision,
                task_state=None,
                signing=uuid.uuid4(),
                block_id=str(identity),
                **content,
                content_hash=content_hash,
                decision=Decision.APPROVED,
                meaning=PROMOTION_MEANING,
                signer=director,
                signer_name=profile.printed_name,
                signer_credentials=profile.credentials,
                signed_at=clock.database_now(),
                carried_over_from=approval.carried_over_from or approval,
                second_factor_type=factor_type,
                second_factor_device=factor_device,
            )
        ]
    )
    return sign_off


def original_signature(row):
    """The sign-off that first approved this exact content, however often it carried over."""
    return row.last_signed.carried_over_from or row.last_signed


def _number(rows, sign_off):
    number = next((row.number for row in rows if row.claim.block_id == sign_off.block_id), None)
    return f"claim {number}" if number else "a removed claim"


def _leave_reasons_in_editor(page, revision, director, rows, changes):
    """Pin each reason to its claim as a Wagtail comment, where the writer edits it.

    A removed claim has no place in the editor any more; its reason is pinned to the body.
    """
    paths = {row.claim.block_id: row.claim.content_path for row in rows}
    Comment.objects.bulk_create(
        Comment(
            page=page,
            user=director,
            text=f"Medical review: {sign_off.reason}",
            contentpath=paths.get(sign_off.block_id, "body"),
            revision_created=revision,
        )
        for sign_off in changes
    )


def approve_every_claim(*, task_state, director, password, second_factor):
    """Sign, as approved, every claim the version under review needs a decision on.

    For reviews done from code (the demo loader); every rule of `sign_review` still applies.
    """
    page = task_state.workflow_state.content_object.specific
    decisions = {
        row.claim.block_id: ClaimDecision(Decision.APPROVED)
        for row in needing_a_decision(claims_under_review(page, task_state.revision))
    }
    removals = {
        row.block_id: ClaimDecision(Decision.REMOVAL_CONFIRMED)
        for row in claims_removed_since_approved(page, task_state.revision)
    }
    return sign_review(
        removals=removals,
        task_state=task_state,
        director=director,
        password=password,
        seen_revision_id=task_state.revision_id,
        decisions=decisions,
        second_factor=second_factor,
    )
