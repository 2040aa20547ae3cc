"""The admin's doors: Intake for requests, Compliance for the access log. Anyone else gets a
403 page (PermissionDenied would become Wagtail's redirect to the dashboard)."""

from functools import wraps

from django.template.response import TemplateResponse

from consultations.roles import is_intake, reads_access_log


def _only(test, message):
    def decorator(view):
        @wraps(view)
        def guarded(request, *args, **kwargs):
            if not test(request.user):
                return TemplateResponse(
                    request, "consultations/admin/refused.html", {"message": message}, status=403
                )
            return view(request, *args, **kwargs)

        return guarded

    return decorator


intake_only = _only(
    is_intake,
    "Consultation requests are open to the Intake team only, whatever other role you hold.",
)
compliance_only = _only(reads_access_log, "The access log is open to Compliance only.")
