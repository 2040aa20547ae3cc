"""“Claims resting on this study”: every claim citing one reference, and its events."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from lifecycle.evidence import claims_resting_on
from lifecycle.roles import may_follow_reviews
from pages.models import Reference


def resting_on(request, reference_id):
    if not may_follow_reviews(request.user):
        raise PermissionDenied
    reference = get_object_or_404(Reference, pk=reference_id)
    return TemplateResponse(
        request,
        "lifecycle/claims_resting_on.html",
        {
            "reference": reference,
            "rows": claims_resting_on(reference),
            "events": reference.evidence_events.all(),
        },
    )
