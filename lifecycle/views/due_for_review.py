"""The "Due for review" report: every live article whose periodic review is near or late."""

import datetime

import django_filters

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from lifecycle.calendar import today
from lifecycle.roles import may_follow_reviews
from lifecycle.schedule import schedules
from pages.models import TreatmentArticlePage
from review.approvals import latest_reviews
from review.roles import MEDICAL_DIRECTORS

NOTICE = "notice"
WINDOWS = [
    (NOTICE, "Overdue or due within the notice period"),
    ("overdue", "Overdue"),
    ("90", "Due within 90 days"),
    ("365", "Due within a year"),
    ("all", "Every live article"),
]


def _in_window(schedule, window):
    if window == "all":
        return True
    if window == "overdue":
        return schedule.overdue
    if window == NOTICE:
        return today() >= schedule.opens_on
    return schedule.due_on <= today() + datetime.timedelta(days=int(window))


def _conditions():
    return [
        (condition, condition)
        for condition in TreatmentArticlePage.objects.live()
        .order_by("condition")
        .values_list("condition", flat=True)
        .distinct()
    ]


class DueForReviewFilterSet(WagtailFilterSet):
    due = django_filters.ChoiceFilter(
        label="Due", choices=WINDOWS, method="filter_due", empty_label=None
    )
    condition = django_filters.ChoiceFilter(label="Condition", choices=_conditions)
    director = django_filters.ModelChoiceFilter(
        label="Last reviewed by",
        queryset=lambda request: (
            get_user_model().objects.filter(groups__name=MEDICAL_DIRECTORS).order_by("last_name")
        ),
        method="filter_director",
    )

    class Meta:
        model = TreatmentArticlePage
        fields = ["due", "condition", "director"]

    def filter_due(self, queryset, name, value):
        # The window is read from the schedule, which the database does not hold as a column.
        return queryset.filter(
            pk__in=[s.article.pk for s in schedules(queryset) if _in_window(s, value)]
        )

    def filter_director(self, queryset, name, value):
        reviews = latest_reviews(list(queryset.values_list("pk", flat=True)))
        return queryset.filter(
            pk__in=[pk for pk, review in reviews.items() if review.approved_by_id == value.pk]
        )


class DueForReviewView(ReportView):
    page_title = "Due for review"
    header_icon = "time"
    template_name = "lifecycle/due_for_review.html"
    results_template_name = "lifecycle/due_for_review_results.html"
    index_url_name = "lifecycle:due_for_review"
    index_results_url_name = "lifecycle:due_for_review_results"
    filterset_class = DueForReviewFilterSet
    export_filename = "due-for-review"
    list_export = ["title", "condition", "last_reviewed", "review_due_on", "review_state"]
    export_headings = {
        "title": "Article",
        "condition": "Condition",
        "last_reviewed": "Last full review",
        "review_due_on": "Next review due",
        "review_state": "State",
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_follow_reviews(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        data = kwargs["data"].copy()
        data.setdefault("due", NOTICE)
        kwargs["data"] = data
        return kwargs

    def get_queryset(self):
        return TreatmentArticlePage.objects.live().filter(alias_of__isnull=True).order_by("pk")

    def decorate_paginated_queryset(self, object_list):
        rows = schedules(object_list)
        for schedule in rows:
            article = schedule.article
            article.last_reviewed = schedule.last_reviewed
            article.review_due_on = schedule.due_on
            article.review_state = _state(schedule, article)
        return [schedule.article for schedule in rows]


def _state(schedule, article):
    if schedule.overdue:
        days = -schedule.days_to_go
        state = f"Overdue by {days} day{'s' if days != 1 else ''}"
        if schedule.extended_until:
            state += f"; extended until {schedule.extended_until:%d %b %Y}"
        return state
    if article.workflow_in_progress:
        return f"In review; due in {schedule.days_to_go} days"
    return f"Due in {schedule.days_to_go} days"
