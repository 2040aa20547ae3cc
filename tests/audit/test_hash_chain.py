"""Every sign-off is chained to the one before it; verify_signoffs finds any tampering."""

import pytest

from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from review.chain import GENESIS_HASH, HASHED_COLUMNS, row_hash
from review.fingerprint import fingerprint
from review.models import AppendOnlyError, SignOff

pytestmark = pytest.mark.django_db

CHAINED = ("pk", "previous_hash", "row_hash", *HASHED_COLUMNS)


def as_owner(sql, params=()):
    """Change the table directly, as its owner would: on PostgreSQL past the trigger."""
    if connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
        return
    # ALTER TABLE waits for no deferred foreign-key checks: run those now.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("ALTER TABLE review_signoff DISABLE TRIGGER review_signoff_append_only")
        cursor.execute(sql, params)
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("ALTER TABLE review_signoff ENABLE TRIGGER review_signoff_append_only")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def verify():
    call_command("verify_signoffs", stdout=(out := _Text()))
    return out.text


class _Text:
    text = ""

    def write(self, text):
        self.text += text


def test_each_sign_off_chains_to_the_one_before(article_with_two_versions):
    rows = list(SignOff.objects.order_by("pk").values(*CHAINED))

    assert len(rows) == 8
    assert rows[0]["previous_hash"] == GENESIS_HASH
    for before, row in zip(rows, rows[1:], strict=False):
        assert row["previous_hash"] == before["row_hash"]
        assert row["row_hash"] == row_hash(row, before["row_hash"])


def test_verify_signoffs_passes_an_untouched_record(article_with_two_versions):
    output = verify()

    last = SignOff.objects.order_by("pk").last()
    assert "8 sign-off(s) verified; the chain is intact" in output
    assert last.row_hash in output


def test_a_reworded_statement_changed_in_the_database_is_named(article_with_two_versions):
    target = SignOff.objects.order_by("pk")[2]
    as_owner(
        "UPDATE review_signoff SET statement = %s WHERE id = %s",
        ["<p>Cures depression.</p>", target.pk],
    )

    with pytest.raises(CommandError) as failure:
        verify()

    message = str(failure.value)
    assert f"Sign-off {target.pk} by {target.signer_name}" in message
    assert target.signed_at.strftime("%Y-%m-%d %H:%M:%S UTC") in message
    assert "content hash does not match" in message
    assert "after 2 good row(s)" in message


def test_a_changed_signer_name_breaks_the_row_hash(article_with_two_versions):
    target = SignOff.objects.order_by("pk")[5]
    as_owner("UPDATE review_signoff SET signer_name = %s WHERE id = %s", ["Dr Nobody", target.pk])

    with pytest.raises(CommandError) as failure:
        verify()

    assert f"Sign-off {target.pk} by Dr Nobody" in str(failure.value)
    assert "row hash does not match the row's content" in str(failure.value)


def test_a_removed_sign_off_breaks_the_link_of_the_next(article_with_two_versions):
    # A row no other row points to through carried_over_from, so the owner can remove it.
    rows = list(SignOff.objects.order_by("pk"))
    carried_from = {row.carried_over_from_id for row in rows}
    removed = next(row for row in rows[:-1] if row.pk not in carried_from)
    following = rows[rows.index(removed) + 1]
    as_owner("DELETE FROM review_signoff WHERE id = %s", [removed.pk])

    with pytest.raises(CommandError) as failure:
        verify()

    assert f"Sign-off {following.pk} " in str(failure.value)
    assert "a row was removed or inserted" in str(failure.value)


def test_the_application_cannot_change_or_remove_a_sign_off(article_with_two_versions):
    sign_off = SignOff.objects.first()
    sign_off.reason = "edited"

    with pytest.raises(AppendOnlyError):
        sign_off.save()
    with pytest.raises(AppendOnlyError):
        SignOff.objects.filter(pk=sign_off.pk).update(reason="edited")
    with pytest.raises(AppendOnlyError):
        SignOff.objects.all().delete()

    assert SignOff.objects.get(pk=sign_off.pk).reason == ""
    assert SignOff.objects.count() == 8


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE review_signoff SET reason = 'edited' WHERE id = %s",
        "DELETE FROM review_signoff WHERE id = %s",
    ],
)
def test_postgresql_refuses_update_and_delete_past_the_model(article_with_two_versions, sql):
    sign_off = SignOff.objects.order_by("pk").last()

    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql, [sign_off.pk])

    assert SignOff.objects.get(pk=sign_off.pk).reason == ""
    assert "8 sign-off(s) verified" in verify()


def test_bulk_created_sign_offs_join_the_chain(article_with_two_versions):
    source = SignOff.objects.order_by("pk").last()
    copies = []
    for _ in range(3):
        copy = SignOff.objects.get(pk=source.pk)
        copy.pk, copy.row_hash, copy.previous_hash = None, "", ""
        copy._state.adding = True
        copies.append(copy)

    SignOff.objects.bulk_create(copies)

    assert copies[0].previous_hash == source.row_hash
    assert "11 sign-off(s) verified" in verify()
    # Each comes back as the row the database stored, under the id it was given.
    for copy in copies:
        assert SignOff.objects.get(pk=copy.pk).row_hash == copy.row_hash
    assert [copy.pk for copy in copies] == sorted(copy.pk for copy in copies)


def test_bulk_created_snapshots_keep_quotes_backslashes_and_accents(article_with_two_versions):
    source = SignOff.objects.order_by("pk").last()
    awkward = 'Ketamine \\"rapid" response\\n: a “real-world” cohort, Zürich'
    copies = []
    for number in range(2):
        copy = SignOff.objects.get(pk=source.pk)
        copy.pk, copy.row_hash, copy.previous_hash = None, "", ""
        copy._state.adding = True
        copy.references = [{**entry, "title": f"{awkward} {number}"} for entry in copy.references]
        copy.content_hash = fingerprint(copy.signed_content)
        copies.append(copy)

    SignOff.objects.bulk_create(copies)

    for number, copy in enumerate(copies):
        stored = SignOff.objects.get(pk=copy.pk)
        assert {entry["title"] for entry in stored.references} == {f"{awkward} {number}"}
    assert "10 sign-off(s) verified" in verify()
