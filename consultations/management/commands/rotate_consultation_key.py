from django.core.management.base import BaseCommand
from django.db import transaction

from consultations.fields import EncryptedTextField
from consultations.models import ConsultationRequest

BATCH = 500


class Command(BaseCommand):
    help = (
        "Re-encrypt every consultation request with the first key in "
        "CONSULTATIONS_ENCRYPTION_KEYS, so that older keys can then be removed."
    )

    def handle(self, *args, **options):
        encrypted = [
            field.attname
            for field in ConsultationRequest._meta.concrete_fields
            if isinstance(field, EncryptedTextField)
        ]
        rotated = 0
        with transaction.atomic():
            # Reading decrypts with whichever key fits; writing encrypts with the newest.
            rows = ConsultationRequest.objects.select_for_update().values_list("pk", *encrypted)
            for pk, *values in rows.iterator(chunk_size=BATCH):
                ConsultationRequest.objects.filter(pk=pk).update(
                    **dict(zip(encrypted, values, strict=True))
                )
                rotated += 1
        self.stdout.write(f"Re-encrypted {rotated} consultation requests with the newest key.")
