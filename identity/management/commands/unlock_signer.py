import logging

from axes.handlers.proxy import AxesProxyHandler

from django.core.management.base import BaseCommand, CommandError

from identity.notify import email_compliance

logger = logging.getLogger("identity")


class Command(BaseCommand):
    help = "Lift a lockout for a username before its 30 minutes pass; the reason is logged."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--reason", required=True, help="Why, for the log and Compliance.")
        parser.add_argument("--by", required=True, help="Who is unlocking (your username).")

    def handle(self, *args, username, reason, by, **options):
        if not reason.strip():
            raise CommandError("Say why the account is being unlocked.")
        cleared = AxesProxyHandler.reset_attempts(username=username)
        logger.warning(
            "Unlocked %r by %r (%s attempt records cleared): %s", username, by, cleared, reason
        )
        email_compliance(
            f"Account unlocked: {username}",
            f"{by} lifted the lockout on {username!r}. Reason given: {reason}",
        )
        self.stdout.write(f"Unlocked {username} ({cleared} attempt record(s) cleared).")
