from django.conf import settings
from django.core.management.base import BaseCommand

from consultations.services import delete_expired


class Command(BaseCommand):
    help = (
        "Delete consultation requests closed more than CONSULTATIONS_RETENTION_DAYS ago "
        "(run daily); the count goes to the access log."
    )

    def handle(self, *args, **options):
        count = delete_expired()
        self.stdout.write(
            f"Deleted {count} consultation request{'s' if count != 1 else ''} closed more than "
            f"{settings.CONSULTATIONS_RETENTION_DAYS} days ago."
        )
