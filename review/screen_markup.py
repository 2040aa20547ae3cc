"""Each claim's section of the review screen, drawn in Python.

A 500-claim screen spent nearly half its time in the template loop over the claims, most of it
the template engine looking up the same row's attributes a couple of dozen times. The markup is
what that loop drew; everything printed is escaped here as the template escaped it, and the
form's fields draw themselves as they did.
"""

from django.template.defaultfilters import date as format_date
from django.utils import timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from review.selectors import CHANGED, UNCHANGED, WITHDRAWN

_NO_REFERENCE = mark_safe("<li><strong>No reference.</strong></li>")  # noqa: S308 - fixed text


def _day(moment):
    return format_date(timezone.localtime(moment), "j M Y")


def _withdrawn(row):
    signed = row.last_signed
    if signed:
        said = format_html("{} by {}", _day(signed.signed_at), signed.signer_name)
        if signed.reason:
            said = format_html("{}, reason: “{}”", said, signed.reason)
    else:
        version = row.withdrawn_by
        approver = version.approved_by
        said = format_html(
            "{} by {}", _day(version.completed_at), approver.get_full_name() or approver
        )
    return format_html(
        '<p class="claim-meta">Withdrawn on {}. A later approved version removed this claim, '
        "so its earlier sign-off no longer applies: decide on it afresh.</p>",
        said,
    )


def _history(row, full_review):
    signed = row.last_signed
    parts = []
    if row.status == WITHDRAWN:
        parts.append(_withdrawn(row))
    if signed and signed.decision == "changes_requested":
        parts.append(
            format_html(
                '<p class="claim-meta">{} requested changes on {}: “{}”</p>',
                signed.signer_name,
                _day(signed.signed_at),
                signed.reason,
            )
        )
    if row.status == CHANGED:
        who = f"{signed.signer_name} signed" if signed.decision == "approved" else "last reviewed"
        parts.append(
            format_html(
                '<p class="claim-meta">Changes since the wording {} on {}:</p>'
                '<p class="word-diff">{}</p>',
                who,
                _day(signed.signed_at),
                row.diff,
            )
        )
    elif row.status == UNCHANGED:
        carry = "" if full_review else " Your signature below confirms it carries over."
        parts.append(
            format_html(
                '<p class="claim-meta">Previously signed by {} on {} UTC.{}</p>',
                signed.signer_name,
                row.signed_on,
                carry,
            )
        )
    return parts


def _errors(field):
    return "".join(format_html('<p class="error-message">{}</p>', error) for error in field.errors)


def _decision(row):
    decision, reason = row.decision_field, row.reason_field
    return format_html(
        '<fieldset class="decision"><legend>{}</legend>{}{}'
        '<label for="{}">{} (required if you request changes)</label>{}{}</fieldset>',
        decision.label,
        decision,
        mark_safe(_errors(decision)),  # noqa: S308 - each error escaped above
        reason.id_for_label,
        reason.label,
        reason,
        mark_safe(_errors(reason)),  # noqa: S308 - each error escaped above
    )


def claim_section(row, full_review):
    """One claim: a section to decide on, or folded to a line when it carries over."""
    claim = row.claim
    decided_here = bool(row.decision_field)
    heading = format_html(
        '<h3 id="claim-{}-title">Claim {} <span class="claim-status {}">{}</span>{}</h3>',
        row.number,
        row.number,
        row.status,
        row.status_label,
        ""
        if decided_here
        else format_html(' <span class="claim-first-words">{}</span>', row.first_words),
    )
    body = [
        format_html('<div class="statement">{}</div>', row.statement_html),
        *_history(row, full_review),
        format_html('<p class="claim-meta">{}</p>', row.kind_and_place),
        format_html("<ul>{}</ul>", row.cited_studies or _NO_REFERENCE),
    ]
    if claim.reviewer_note:
        body.append(format_html('<p class="claim-meta">Writer’s note: {}</p>', claim.reviewer_note))
    inside = mark_safe("".join(conditional_escape(part) for part in body))  # noqa: S308
    if decided_here:
        return format_html(
            '<section class="claim-review" id="claim-{}" aria-labelledby="claim-{}-title">'
            "{}{}{}</section>",
            claim.block_id,
            row.number,
            heading,
            inside,
            _decision(row),
        )
    return format_html(
        '<details class="claim-review claim-unchanged" id="claim-{}"><summary>{}</summary>'
        "{}</details>",
        claim.block_id,
        heading,
        inside,
    )
