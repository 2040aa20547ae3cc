from django.conf import settings
from django.db import connection, connections, models, transaction
from django.db.models import sql

from review import clock
from review.chain import GENESIS_HASH, HASHED_COLUMNS, row_hash
from review.fingerprint import SIGNED_CLAIM_FIELDS, fingerprint

# Any fixed number will do: every signing takes this advisory lock, so rows join the chain one
# at a time (https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADVISORY-LOCKS).
CHAIN_LOCK_KEY = 7_202_611_530


class AppendOnlyError(Exception):
    """Raised when code tries to change or remove a review record: they are append-only."""


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Review records cannot be changed.")

    def delete(self):
        raise AppendOnlyError("Review records cannot be deleted.")


class Decision(models.TextChoices):
    APPROVED = "approved", "Approved"
    CHANGES_REQUESTED = "changes_requested", "Changes requested"
    # A claim the last approved version had and this one drops: the director confirms it.
    REMOVAL_CONFIRMED = "removal_confirmed", "Removal confirmed"


APPROVAL_MEANING = "Medical accuracy approved"
CHANGES_MEANING = "Changes requested before approval"
CARRIED_OVER_MEANING = "Medical accuracy approved (unchanged since an earlier sign-off)"
REMOVAL_MEANING = "Removal of this claim from the article confirmed"


class SignOffQuerySet(AppendOnlyQuerySet):
    def bulk_create(self, objs, batch_size=None):
        """Append many sign-offs at once, each chained to the one before it."""
        objs = list(objs)
        with transaction.atomic(using=self.db):
            previous = _lock_chain_and_get_last_hash()
            signed_at = clock.database_now()
            for sign_off in objs:
                sign_off.signed_at = sign_off.signed_at or signed_at
                sign_off.link_to(previous)
                previous = sign_off.row_hash
            size = batch_size or len(objs)
            for start in range(0, len(objs), size or 1):
                _insert_rows(objs[start : start + size], self.db)
        return objs

    def approvals(self):
        return self.filter(decision=Decision.APPROVED)

    def with_carried_over_signer(self, *also):
        """Each row with the sign-off it carries over, of which only who signed it (and the
        columns `also` names) is read: what a patient page credits."""
        read = {"id", "signer_id", "signer_name", "signer_credentials", *also}
        unread = [
            f"carried_over_from__{column.name}"
            for column in SignOff._meta.concrete_fields
            if column.attname not in read
        ]
        return self.select_related("carried_over_from").defer(*unread)

    def for_page(self, page_id):
        return self.filter(page_id=page_id)


class SignOff(models.Model):
    """A medical director's electronic signature on one claim's exact content. Append-only."""

    # None for a claim kept outside any page (the claims library): its revision says whose it
    # is, and `block_id` holds its identity.
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.PROTECT, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.PROTECT, related_name="sign_offs"
    )
    task_state = models.ForeignKey(
        "wagtailcore.TaskState", null=True, on_delete=models.PROTECT, related_name="+"
    )
    signing = models.UUIDField(help_text="Groups the sign-offs made in one act of signing.")
    block_id = models.CharField(max_length=64)
    statement = models.TextField(help_text="The claim's wording exactly as signed.")
    claim_type = models.CharField(max_length=20)
    references = models.JSONField(help_text="The references as they were when signed.")
    therapy_status = models.JSONField(null=True, help_text="The therapy status when signed.")
    content_hash = models.CharField(max_length=64, db_index=True)
    decision = models.CharField(max_length=20, choices=Decision.choices)
    reason = models.TextField(blank=True)
    meaning = models.CharField(max_length=200)
    signer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="sign_offs"
    )
    signer_name = models.CharField(max_length=255)
    signer_credentials = models.CharField(max_length=500)
    signed_at = models.DateTimeField(help_text="The database server's time of signing (UTC).")
    carried_over_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="carried_over_to"
    )
    # The second component of the signature besides the password (21 CFR 11.200): its type and
    # the device's name, never its secret. Empty on rows signed before two factors existed.
    second_factor_type = models.CharField(max_length=20, blank=True)
    second_factor_device = models.CharField(max_length=64, blank=True)
    previous_hash = models.CharField(
        max_length=64, editable=False, help_text="The row hash of the sign-off recorded before."
    )
    row_hash = models.CharField(
        max_length=64,
        unique=True,
        editable=False,
        help_text="SHA-256 of this row's content and the previous hash (docs/audit-and-export.md).",
    )

    objects = SignOffQuerySet.as_manager()

    class Meta:
        ordering = ["signed_at", "pk"]
        indexes = [models.Index(fields=["page", "block_id", "content_hash"])]

    def __str__(self):
        when = f"{self.signed_at:%Y-%m-%d %H:%M} UTC"
        return f"{self.get_decision_display()} by {self.signer_name} at {when}"

    def save(self, *args, **kwargs):
        if self.pk is not None or not self._state.adding:
            raise AppendOnlyError("Sign-offs cannot be changed.")
        with transaction.atomic(using=kwargs.get("using")):
            previous = _lock_chain_and_get_last_hash()
            self.signed_at = self.signed_at or clock.database_now()
            self.link_to(previous)
            super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Sign-offs cannot be deleted.")

    def link_to(self, previous_hash):
        """Check the content hash, then chain this new row after `previous_hash`."""
        if self.content_hash != fingerprint(self.signed_content):
            raise ValueError("The content hash does not match the signed content.")
        self.previous_hash = previous_hash
        self.row_hash = row_hash(
            {name: getattr(self, name) for name in HASHED_COLUMNS}, previous_hash
        )

    def row_is_intact(self, hashed_content=None, encoded_columns=None):
        """Whether this row still says what was signed: its content hash and its own row hash.

        `hashed_content` is content the caller already found under this row's content hash (the
        serve-time check, per claim): when the row holds exactly it, hashing it again is skipped,
        and so is encoding again the columns the caller gives already encoded
        (`encoded_columns`, {name: JSON} of that same content).
        """
        already_hashed = hashed_content is not None and hashed_content == self.signed_content
        if not already_hashed and self.content_hash != fingerprint(self.signed_content):
            return False
        values = {name: getattr(self, name) for name in HASHED_COLUMNS}
        encoded = encoded_columns if already_hashed else None
        return row_hash(values, self.previous_hash, encoded) == self.row_hash

    @property
    def signed_content(self):
        return {name: getattr(self, name) for name in SIGNED_CLAIM_FIELDS}


def _insert_rows(sign_offs, using):
    """INSERT the rows as one statement run once per row, then read back their ids.

    Django's bulk_create sends PostgreSQL one array per column (UNNEST), and psycopg escapes
    every quote of each JSON snapshot in those arrays in Python: a third of a second to most
    of one when 500 claims are signed. One short statement run with each row's values (psycopg
    pipelines executemany) takes about a tenth of a second.
    """
    fields = [field for field in SignOff._meta.concrete_fields if not field.primary_key]
    query = sql.InsertQuery(SignOff)
    query.insert_values(fields, sign_offs[:1])
    compiler = query.get_compiler(using=using)
    # The statement is the same for every row; each row's values are prepared as Django's own
    # INSERT prepares them.
    [(statement, _)] = compiler.as_sql()
    rows = [
        [compiler.prepare_value(field, compiler.pre_save_val(field, sign_off)) for field in fields]
        for sign_off in sign_offs
    ]
    with connections[using].cursor() as cursor:
        cursor.executemany(statement, rows)
    ids = dict(
        SignOff.objects.using(using)
        .filter(row_hash__in=[sign_off.row_hash for sign_off in sign_offs])
        .values_list("row_hash", "pk")
    )
    for sign_off in sign_offs:
        sign_off.pk = ids[sign_off.row_hash]
        sign_off._state.adding = False
        sign_off._state.db = using


def _lock_chain_and_get_last_hash():
    """Serialise appends to the chain for the rest of the transaction; return the last hash.

    On PostgreSQL an advisory lock held until commit; SQLite already lets one writer at a time.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK_KEY])
    last = SignOff.objects.order_by("-pk").values_list("row_hash", flat=True).first()
    return last or GENESIS_HASH
