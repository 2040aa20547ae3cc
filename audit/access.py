"""Who may read the audit history and exports: compliance, site admins and medical directors."""

from functools import wraps

from django.template.response import TemplateResponse

from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, SITE_ADMINS

AUDIT_READERS = (COMPLIANCE, SITE_ADMINS, MEDICAL_DIRECTORS)


def can_read_audit(user):
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    # Remembered on the user object: page listings ask once per row.
    if not hasattr(user, "_can_read_audit"):
        user._can_read_audit = user.groups.filter(name__in=AUDIT_READERS).exists()
    return user._can_read_audit


def audit_readers_only(view):
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not can_read_audit(request.user):
            # A 403 page rather than PermissionDenied, which Wagtail's admin turns into a
            # redirect to the dashboard.
            return TemplateResponse(request, "audit/refused.html", status=403)
        return view(request, *args, **kwargs)

    return guarded
