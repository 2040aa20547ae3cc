"""The claims library as CSV, for clinics that keep their claims in a spreadsheet.

Export writes every library claim with the version patients read and who signed it. Import
adds new library claims and new versions of existing ones as drafts: nothing imported reaches
patients before a director signs it. An import is checked whole first and saved in one
transaction: a file with any rejected row imports nothing, and the report names each row.
"""

import csv
import io
import uuid
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.html import escape, strip_tags

from wagtail.log_actions import log

from audit.exports import neutralised
from library import log_actions
from library.approved import approved_versions
from library.models import LibraryClaim
from pages.choices import ClaimType
from pages.limits import CLAIM_MAX_CHARS
from pages.models import Reference, TherapyStatus
from pages.models.references import normalise_doi

#: The columns an import reads; identity empty for a new claim.
IMPORTED = ("identity", "statement", "claim_type", "references", "therapy_scope_id")
#: What an export adds, for the reader (an import ignores them).
EXPORTED = (*IMPORTED, "therapy_scope", "patients_read", "signed_by", "signed_on")
MAX_ROWS = 2_000
MAX_BYTES = 2_000_000


def export_rows():
    claims = list(LibraryClaim.objects.select_related("therapy_status").order_by("pk"))
    shown = approved_versions([claim.identity for claim in claims])
    yield EXPORTED
    for claim in claims:
        version = claim.get_latest_revision_as_object() if claim.latest_revision_id else claim
        approved = shown.get(str(claim.identity))
        yield (
            str(claim.identity),
            neutralised(strip_tags(version.statement).strip()),
            version.claim_type,
            "; ".join(_reference_label(reference) for reference in version.cited),
            version.therapy_status_id or "",
            neutralised(str(version.therapy_status or "")),
            neutralised(strip_tags(approved.statement).strip()) if approved else "",
            approved.signature.signer_name if approved else "",
            f"{approved.signature.signed_at:%Y-%m-%d}" if approved else "",
        )


def export_csv():
    out = io.StringIO()
    csv.writer(out).writerows(export_rows())
    return out.getvalue()


def _reference_label(reference):
    if reference.doi:
        return f"doi:{reference.doi}"
    if reference.pmid:
        return f"pmid:{reference.pmid}"
    return f"id:{reference.pk}"


@dataclass
class ImportReport:
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    rejected: list = field(default_factory=list)  # (row number, reason)

    @property
    def ok(self):
        return not self.rejected


class ImportRefused(Exception):
    """The file itself could not be read; nothing was imported."""


def _read(uploaded):
    if uploaded.size > MAX_BYTES:
        raise ImportRefused(f"The file is larger than {MAX_BYTES // 1_000_000} MB.")
    try:
        text = uploaded.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused("The file is not UTF-8 text: save it as “CSV UTF-8”.") from error
    reader = csv.DictReader(io.StringIO(text))
    missing = [name for name in IMPORTED if name not in (reader.fieldnames or [])]
    if missing:
        raise ImportRefused(
            f"The file has no {', '.join(missing)} column: start from an export of the library."
        )
    rows = list(reader)
    if len(rows) > MAX_ROWS:
        raise ImportRefused(f"The file has {len(rows):,} rows; an import takes {MAX_ROWS:,}.")
    return rows


def _unneutralised(text):
    # An export starts a formula-like cell with an apostrophe; the cell's text is what follows.
    return text[1:] if text.startswith("'") and text[1:2] in ("=", "+", "-", "@") else text


class _Lookups:
    def __init__(self, rows):
        self.references_by_doi = {}
        self.references_by_pmid = {}
        self.references_by_id = Reference.objects.in_bulk()
        for reference in self.references_by_id.values():
            if reference.doi:
                self.references_by_doi[normalise_doi(reference.doi).lower()] = reference
            if reference.pmid:
                self.references_by_pmid[reference.pmid] = reference
        self.statuses = TherapyStatus.objects.in_bulk()
        identities = [row.get("identity", "").strip() for row in rows]
        self.claims = {
            str(claim.identity): claim
            for claim in LibraryClaim.objects.filter(
                identity__in=[i for i in identities if _is_uuid(i)]
            )
        }

    def reference(self, label):
        kind, _, value = label.strip().partition(":")
        kind, value = kind.strip().lower(), value.strip()
        if kind == "doi":
            return self.references_by_doi.get(normalise_doi(value).lower())
        if kind == "pmid":
            return self.references_by_pmid.get(value)
        if kind == "id" and value.isdigit():
            return self.references_by_id.get(int(value))
        return None


def _is_uuid(text):
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _checked(row, lookups, seen):
    """(claim or None for a new one, fields) or raises ValueError with the reason."""
    identity = (row.get("identity") or "").strip()
    claim = None
    if identity:
        if identity in seen:
            raise ValueError(f"identity {identity} is on an earlier row too.")
        seen.add(identity)
        claim = lookups.claims.get(identity)
        if claim is None:
            raise ValueError(
                f"no library claim has the identity “{identity}”; leave it empty to add one."
            )
    statement = _unneutralised((row.get("statement") or "").strip())
    if not statement:
        raise ValueError("the statement is empty.")
    if len(statement) > CLAIM_MAX_CHARS:
        raise ValueError(f"the statement is longer than {CLAIM_MAX_CHARS:,} characters.")
    claim_type = (row.get("claim_type") or "").strip().lower()
    by_label = {label.lower(): value for value, label in ClaimType.choices}
    claim_type = by_label.get(claim_type, claim_type)
    if claim_type not in ClaimType.values:
        raise ValueError(
            f"the claim type “{row.get('claim_type', '')}” is not one of "
            f"{', '.join(ClaimType.values)}."
        )
    labels = [label for label in (row.get("references") or "").split(";") if label.strip()]
    if not labels:
        raise ValueError("no reference: give at least one, as doi:…, pmid:… or id:….")
    references = []
    for label in labels:
        reference = lookups.reference(label)
        if reference is None:
            raise ValueError(
                f"the reference “{label.strip()}” is not in the clinic's references; add it "
                "there first."
            )
        references.append(reference)
    scope = (row.get("therapy_scope_id") or "").strip()
    status = None
    if scope:
        status = lookups.statuses.get(int(scope)) if scope.isdigit() else None
        if status is None:
            raise ValueError(f"no therapy status has the id “{scope}”.")
    return claim, {
        "statement": f"<p>{escape(statement)}</p>",
        "claim_type": claim_type,
        "references": references,
        "therapy_status": status,
    }


def _same(version, fields):
    return (
        strip_tags(version.statement).strip() == strip_tags(fields["statement"]).strip()
        and version.claim_type == fields["claim_type"]
        and [r.pk for r in version.cited] == [r.pk for r in fields["references"]]
        and version.therapy_status_id == getattr(fields["therapy_status"], "pk", None)
    )


def _apply(version, fields):
    version.statement = fields["statement"]
    version.claim_type = fields["claim_type"]
    version.references = [("reference", reference) for reference in fields["references"]]
    version.therapy_status = fields["therapy_status"]


def import_csv(uploaded, user):
    """Check every row, then save every row as a draft in one transaction, or nothing."""
    report = ImportReport()
    rows = _read(uploaded)
    lookups = _Lookups(rows)
    checked, seen = [], set()
    # Row 1 is the header, so the first claim is on row 2, as a spreadsheet numbers it.
    for number, row in enumerate(rows, 2):
        try:
            checked.append(_checked(row, lookups, seen))
        except ValueError as reason:
            report.rejected.append((number, str(reason)))
    if report.rejected:
        return report
    with transaction.atomic():
        for claim, fields in checked:
            if claim is None:
                claim = LibraryClaim(live=False)
                _apply(claim, fields)
                claim.save()
                report.added += 1
            else:
                version = claim.get_latest_revision_as_object()
                if _same(version, fields):
                    report.unchanged += 1
                    continue
                _apply(version, fields)
                claim = version
                report.changed += 1
            claim.save_revision(user=user)
            log(instance=claim, action=log_actions.IMPORTED, user=user)
    return report
