"""Who may read the audit history and exports: compliance, site admins and medical directors."""

from functools import wraps

from django.template.response import TemplateResponse

from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, SITE_ADMINS, has_any_role

AUDIT_READERS = (COMPLIANCE, SITE_ADMINS, MEDICAL_DIRECTORS)


def can_read_audit(user):
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or has_any_role(user, AUDIT_READERS)


def audit_readers_only(view):
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not can_read_audit(request.user):
            # A 403 page rather than PermissionDenied, which Wagtail's admin turns into a
            # redirect to the dashboard.
            return TemplateResponse(request, "audit/refused.html", status=403)
        return view(request, *args, **kwargs)

    return guarded
