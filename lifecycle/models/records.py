from django.db import models


class RecordChanged(Exception):
    """A record on file (an event, an extension, a status change) cannot be edited or deleted."""


class RecordOnFile(models.Model):
    """A decision kept as it was made: a later decision is a new record, never an edit.

    The jobs stamp their own bookkeeping (who recorded it, when emails went) with
    `QuerySet.update`, which touches only those columns.
    """

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise RecordChanged(f"{self._meta.verbose_name} records cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise RecordChanged(f"{self._meta.verbose_name} records cannot be deleted.")
