"""`manage.py verify_signoffs`: recompute the sign-off hash chain; alert when it is broken.

Run it on a schedule (docs/audit-and-export.md): a broken chain exits non-zero, logs at ERROR
(`audit.verify_signoffs`) and emails everyone in Compliance, so a forged record is noticed the
same day rather than at the next audit.
"""

import logging

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError

from audit.verification import verify_chain
from delivery.purge import drop_every_page
from review.roles import COMPLIANCE

logger = logging.getLogger("audit.verify_signoffs")


def compliance_addresses():
    users = get_user_model().objects.filter(groups__name=COMPLIANCE, is_active=True)
    return sorted({user.email for user in users if user.email})


class Command(BaseCommand):
    help = (
        "Recompute every sign-off's content hash and the hash chain; exit non-zero naming the "
        "first row that does not match, log at ERROR and email Compliance."
    )

    def handle(self, *args, **options):
        report = verify_chain()
        if report.broken:
            message = (
                f"Sign-off chain broken after {report.rows_checked - 1} good row(s). "
                f"{report.broken}"
            )
            logger.error(message)
            # Kept copies were drawn before the forgery was found; served afresh, each page is
            # checked against its sign-offs' own hashes again.
            drop_every_page()
            send_mail(
                subject="Claimcheck: the sign-off record failed verification",
                message=(
                    f"{message}\n\nA sign-off record was changed, removed or inserted outside "
                    "the application. Pages whose sign-offs fail their hash check are shown to "
                    "patients as being reviewed until a director signs them again."
                ),
                from_email=None,
                recipient_list=compliance_addresses(),
            )
            raise CommandError(message)
        self.stdout.write(
            f"{report.rows_checked} sign-off(s) verified; the chain is intact. "
            f"Last row hash: {report.last_hash}"
        )
