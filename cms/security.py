"""The Content-Security-Policy per part of the site, and the endpoint browsers report to."""

import json
import logging

from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger("csp_reports")
MAX_REPORT_BYTES = 10_000


class SitePolicyMiddleware(CSPMiddleware):
    """Patients' pages get CONTENT_SECURITY_POLICY; the admin CONTENT_SECURITY_POLICY_ADMIN,
    which allows inline script only on ADMIN_INLINE_SCRIPT_SCREENS (settings say why).

    A view's own django-csp decorator still wins over all of them.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if (
            not report_only
            and parts.config is None
            and request.path.startswith(reverse("wagtailadmin_home"))
        ):
            directives = dict(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
            match = request.resolver_match
            if match and match.view_name in settings.ADMIN_INLINE_SCRIPT_SCREENS:
                directives["script-src"] = [*directives["script-src"], "'unsafe-inline'"]
            return PolicyParts(directives, parts.update, parts.replace, parts.nonce)
        return parts


@csrf_exempt  # Browsers post reports without a CSRF token.
@require_POST
def csp_report(request):
    """Log each violation a browser reports; the body is capped and never echoed back."""
    body = request.body[:MAX_REPORT_BYTES]
    try:
        report = json.loads(body or b"{}")
    except ValueError:
        report = {"unparsed": body.decode(errors="replace")}
    logger.warning("Content-Security-Policy violation: %s", json.dumps(report)[:2000])
    return HttpResponse(status=204)
