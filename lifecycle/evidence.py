"""Evidence events: a cited study retracted, corrected or under an expression of concern.

Recording one opens an urgent review of every live article citing the study (at once, and
again on every run of the job until each has one), emails Compliance and the directors once,
and, for a retraction, hides each claim resting only on retracted studies until a director
decides on it afresh (`claims_being_rechecked`, asked by the article page through a hook).
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from delivery.purge import drop_pages_showing
from lifecycle.calendar import add_working_days, today
from lifecycle.models import EvidenceEvent, ReviewKind
from lifecycle.notify import email_compliance, email_directors
from lifecycle.opening import open_review
from pages.models import TreatmentArticlePage
from review.approvals import approval_of


@dataclass(frozen=True)
class RestingClaim:
    article: TreatmentArticlePage
    claim: object
    version: str  # "live" or "latest draft"

    @property
    def only_evidence(self):
        return len(self.claim.references) == 1


def _citing(claims, reference):
    return [claim for claim in claims if any(ref.pk == reference.pk for ref in claim.references)]


def claims_resting_on(reference):
    """Every claim citing `reference`: in live articles, and in drafts not yet live."""
    rows = []
    for article in TreatmentArticlePage.objects.order_by("title"):
        if article.live:
            rows += [RestingClaim(article, c, "live") for c in _citing(article.claims, reference)]
        latest = article.get_latest_revision()
        if latest and latest.pk != article.live_revision_id:
            draft = latest.as_object()
            rows += [
                RestingClaim(article, c, "latest draft") for c in _citing(draft.claims, reference)
            ]
    return rows


def live_articles_citing(reference):
    return [
        article
        for article in TreatmentArticlePage.objects.live().filter(alias_of__isnull=True)
        if _citing(article.claims, reference)
    ]


def act_on(event):
    """Open the urgent review of each live article citing the study; email once. Idempotent."""
    due_on = add_working_days(today(), settings.LIFECYCLE_URGENT_REVIEW_WORKING_DAYS)
    articles = live_articles_citing(event.reference)
    opened = 0
    for article in articles:
        trigger = open_review(
            article, kind=ReviewKind.EVIDENCE, due_on=due_on, urgent=True, evidence_event=event
        )
        opened += trigger is not None
    _notify_once(event, articles)
    return opened


def _notify_once(event, articles):
    with transaction.atomic():
        stamped = EvidenceEvent.objects.filter(pk=event.pk, notified_at__isnull=True).update(
            notified_at=timezone.now()
        )
        if not stamped:
            return
        if event.hides_claims:
            # Kept copies of the pages citing the study still show the claim: drop them.
            drop_pages_showing(event.reference)
        titles = "\n".join(f"- {article.title}" for article in articles) or "- none is live"
        hidden = (
            " Claims resting only on retracted studies are hidden from patients until a "
            "director decides on them again."
            if event.hides_claims
            else " Nothing is hidden from patients meanwhile."
        )
        subject = f"Study {event.get_kind_display().lower()}: {event.reference.short_label}"
        body = (
            f"{event.reference} was marked “{event.get_kind_display()}” on "
            f"{event.occurred_on:%d %B %Y} ({event.source_url}). An urgent medical review is "
            f"open for each live article citing it:\n{titles}\n{hidden.strip()}"
        )
        path = reverse("lifecycle:claims_resting_on", args=[event.reference_id])
        email_compliance(subject, body, path)
        email_directors(subject, body, path)


def act_on_every_event():
    """The job: act on every event, so one recorded from code or a crash is not missed."""
    return sum(act_on(event) for event in EvidenceEvent.objects.select_related("reference"))


RETRACTED_KEY = "lifecycle:retracted-studies"
# Every patient page asks; retractions are rare and only ever added. Recording one forgets the
# kept map at once (`forget_retractions`); the expiry bounds what another process may still hold.
RETRACTED_SECONDS = 60


def retracted_studies():
    """{reference id: the newest sign-off id when its retraction was recorded}."""
    found = cache.get(RETRACTED_KEY)
    if found is None:
        found = {}
        events = EvidenceEvent.objects.filter(kind=EvidenceEvent.Kind.RETRACTED).values_list(
            "reference_id", "last_sign_off_before"
        )
        for reference_id, known_from in events:
            found[reference_id] = max(known_from, found.get(reference_id, known_from))
        cache.set(RETRACTED_KEY, found, RETRACTED_SECONDS)
    return found


def forget_retractions():
    # Now, for this process; and at commit, in case a page read the old map meanwhile.
    cache.delete(RETRACTED_KEY)
    transaction.on_commit(lambda: cache.delete(RETRACTED_KEY), robust=True)


def claims_being_rechecked(article):
    """Block ids of `article`'s claims whose every reference is retracted, not decided since.

    A claim is shown again once a director signs it afresh after the retraction (a carried-over
    approval still dates from before it), or once it cites other evidence or is removed.
    """
    cited = {ref.pk for claim in article.claims for ref in claim.references}
    retracted = {pk: known for pk, known in retracted_studies().items() if pk in cited}
    if not retracted:
        return set()
    approval = getattr(article, "approved_state", None) or approval_of(
        article.alias_of_id or article.pk
    )
    decided = {}
    for sign_off in approval.sign_offs.values():
        decided[sign_off.block_id] = (sign_off.carried_over_from or sign_off).pk
    hidden = set()
    for claim in article.claims:
        pks = [ref.pk for ref in claim.references]
        if not pks or not all(pk in retracted for pk in pks):
            continue
        signed = decided.get(claim.block_id)
        if signed is None or signed <= max(retracted[pk] for pk in pks):
            hidden.add(claim.block_id)
    return hidden
