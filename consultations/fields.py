"""A text column whose value is stored encrypted (consultations.crypto) and read back as text."""

from django.db import models

from consultations import crypto


class EncryptedTextField(models.TextField):
    """Stored as a Fernet token; empty stays empty. It cannot be searched or filtered by value:
    each encryption differs, which is the point."""

    def from_db_value(self, value, expression, connection):
        if not value:
            return value
        return crypto.decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if not value:
            return value
        return crypto.encrypt(value)
