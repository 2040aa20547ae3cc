"""When each live article's next full medical review is due, and what follows from that.

"Next review due" is the last full review plus the article's interval, exactly as the patient
page reads it (review.selectors). From it follow: the review opens some days before, patients
see an honest line once it has passed, and after the grace period the article is withdrawn
unless Compliance extended it.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings

from lifecycle.calendar import today
from lifecycle.models import ReviewExtension
from pages.models import TreatmentArticlePage
from review.approvals import latest_reviews
from review.selectors import add_months


@dataclass
class ReviewSchedule:
    article: TreatmentArticlePage
    last_reviewed: datetime.date
    due_on: datetime.date
    extended_until: datetime.date | None = None

    @property
    def opens_on(self):
        return self.due_on - datetime.timedelta(days=settings.LIFECYCLE_OPEN_REVIEW_DAYS_BEFORE)

    @property
    def withdraw_after(self):
        grace_ends = self.due_on + datetime.timedelta(days=settings.LIFECYCLE_WITHDRAWAL_GRACE_DAYS)
        return max(grace_ends, self.extended_until or grace_ends)

    @property
    def overdue(self):
        return today() > self.due_on

    @property
    def days_to_go(self):
        return (self.due_on - today()).days


def schedules(articles=None):
    """The schedule of every live article (or of `articles`) with a current review."""
    if articles is None:
        articles = TreatmentArticlePage.objects.live().filter(alias_of__isnull=True)
    articles = list(articles)
    reviews = latest_reviews([article.pk for article in articles])
    extensions = {}
    for extension in ReviewExtension.objects.filter(page__in=articles).order_by("extended_until"):
        extensions[extension.page_id] = extension.extended_until
    found = []
    for article in articles:
        review = reviews.get(article.pk)
        if review is None or review.withdrawn:
            continue
        last = (review.last_full_review_at or review.completed_at).date()
        found.append(
            ReviewSchedule(
                article=article,
                last_reviewed=last,
                due_on=add_months(last, article.next_review_months),
                extended_until=extensions.get(article.pk),
            )
        )
    return sorted(found, key=lambda schedule: schedule.due_on)
