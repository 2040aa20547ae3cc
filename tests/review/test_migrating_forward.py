"""A database created before the layout change migrates forward and keeps every record.

ComplianceAcknowledgement moved from the review app to the compliance app by state-only
migrations (compliance 0001, review 0010): its table, and the sign-off and reviewed-version
tables beside it, are not touched. These tests take a database back to the old layout and
forward again with its records in place, as a deployment of today's code does. Reviews recorded
before the page fingerprint covered `next_review_months` must still be honoured, and only for
the content they approved.
"""

import uuid
from contextlib import contextmanager
from io import StringIO
from unittest import mock

import pytest

from django.apps import apps as django_apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from compliance.models import ComplianceAcknowledgement
from pages.models import TreatmentArticlePage
from review.fingerprint import SIGNED_CLAIM_FIELDS
from review.guard.errors import UnreviewedContentError
from review.models import ReviewedVersion, SignOff
from review.models.signoffs import CARRIED_OVER_MEANING
from review.page_content import legacy_page_fingerprint, page_fingerprint
from tests.support.factories import (
    ReferenceFactory,
    WriterFactory,
    add_article,
    claims_body,
    signing_director,
)
from tests.support.publishing import go_live, reword_claim

# The newest migrations of today's main, before the acknowledgement moved to the compliance app.
OLD_LAYOUT = [("review", "0009_reviewed_version_append_only"), ("compliance", None)]
TABLES = ("review_signoff", "review_reviewedversion", "review_complianceacknowledgement")
APPEND_ONLY_TRIGGERS = {
    ("review_signoff", "review_signoff_append_only"),
    ("review_reviewedversion", "review_reviewedversion_append_only"),
}

# Sign-off columns added after the old layout: going back to it drops them, so the records here
# are signed as they were before those columns existed, and compared without them.
ADDED_SINCE = {"second_factor_type", "second_factor_device"}

# The round trip changes the schema's recorded state, so it cannot run inside a test
# transaction; the migrations' own data (groups, workflow, index pages) is restored after it.
migrating = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def migrate_to(targets):
    MigrationExecutor(connection).migrate(targets)


def reload_content_types():
    """Forget the content types cached before the round trip and load every one again from the
    database, as a new process would. Loaded, not just forgotten: restoring the suite's data
    after a transactional test saves models whose signals look content types up by cache, and
    one not cached there would be created anew, under an id the restored rows then collide with.
    """
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*django_apps.get_models(), for_concrete_models=False)


def latest_migrations():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@contextmanager
def old_layout():
    """Inside: the database as today's main left it. After: migrated forward to the latest,
    whether or not the block failed, so that later tests find the schema they expect."""
    try:
        migrate_to(OLD_LAYOUT)
        # The state review's last old migration leaves (the compliance app has none yet).
        yield MigrationExecutor(connection).loader.project_state(OLD_LAYOUT[0])
    finally:
        migrate_to(latest_migrations())
        reload_content_types()


def table_rows(table):
    with connection.cursor() as cursor:
        # Table names come from TABLES above, never from input.
        cursor.execute(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608
        # By column name: SQLite rebuilds a table to change a column's NULL (review 0014),
        # which moves that column to the end without changing any value.
        names = sorted(
            (column[0], i)
            for i, column in enumerate(cursor.description)
            if column[0] not in ADDED_SINCE
        )
        return [tuple((name, row[i]) for name, i in names) for row in cursor.fetchall()]


def snapshot():
    return {table: table_rows(table) for table in TABLES}


def acknowledgement_content_types():
    return set(
        ContentType.objects.filter(model="complianceacknowledgement").values_list("pk", "app_label")
    )


def acknowledgement_permissions():
    return set(
        Permission.objects.filter(codename__endswith="_complianceacknowledgement").values_list(
            "pk", "codename", "content_type_id"
        )
    )


def applied(app):
    return {
        name for label, name in MigrationRecorder(connection).applied_migrations() if label == app
    }


def reviewed_twice_with_an_acknowledgement():
    """A live article signed in two reviews (the second carrying sign-offs over), whose writer
    kept flagged wording with a reason."""
    writer = WriterFactory()
    article = add_article(body=claims_body(4, [ReferenceFactory()]), owner=writer)
    ComplianceAcknowledgement.objects.create(
        page=article,
        revision=article.get_latest_revision(),
        rule_id="comparison-wording",
        block_label="Summary",
        excerpt="faster than tablets",
        message="This sentence compares the treatment with another.",
        reason="Patients' own words, quoted from our survey.",
        user=writer,
    )
    # Signed with a second factor, as today, but recorded without one, as before ADDED_SINCE.
    with mock.patch("review.services.describe", return_value=("", "")):
        go_live(article, signing_director())
        reword_claim(article, 2, "<p>Risk statement, worded more carefully.</p>", writer)
        go_live(article, signing_director())
    return article


@migrating
def test_records_survive_migrating_from_the_old_layout_and_verify():
    start = snapshot()
    reviewed_twice_with_an_acknowledgement()
    before = snapshot()
    # 4 signed, then 1 signed and 3 carried over; the clinic's home and index pages were
    # reviewed before the test, with no claims.
    assert len(before["review_signoff"]) - len(start["review_signoff"]) == 8
    assert len(before["review_reviewedversion"]) - len(start["review_reviewedversion"]) == 2
    assert len(before["review_complianceacknowledgement"]) == 1
    (content_type,) = acknowledgement_content_types()
    assert content_type[1] == "compliance"
    permissions = acknowledgement_permissions()
    assert len(permissions) == 4

    with old_layout() as old_state:
        assert "0010_compliance_acknowledgement_moves_out" not in applied("review")
        assert not applied("compliance")
        assert not [key for key in old_state.models if key[0] == "compliance"]
        old_model = old_state.apps.get_model("review", "ComplianceAcknowledgement")
        assert old_model._meta.db_table == "review_complianceacknowledgement"
        assert set(TABLES) <= set(connection.introspection.table_names())
        assert snapshot() == before
        assert old_model.objects.count() == 1
        # Moved back, not copied: the same row, so permissions and log entries still name it.
        assert acknowledgement_content_types() == {(content_type[0], "review")}

    assert not MigrationExecutor(connection).migration_plan(latest_migrations())
    assert snapshot() == before
    assert acknowledgement_content_types() == {content_type}
    assert ContentType.objects.get_for_model(ComplianceAcknowledgement).pk == content_type[0]
    assert acknowledgement_permissions() == permissions
    assert ComplianceAcknowledgement.objects.get().reason.startswith("Patients' own words")
    out = StringIO()
    call_command("verify_signoffs", stdout=out)  # raises CommandError if the chain is broken
    assert "8 sign-off(s) verified; the chain is intact." in out.getvalue()


def append_only_triggers():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tgrelid::regclass::text, tgname FROM pg_trigger "
            "WHERE NOT tgisinternal AND tgenabled <> 'D' AND tgrelid::regclass::text = ANY(%s)",
            [list(TABLES)],
        )
        return set(cursor.fetchall())


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the append-only triggers exist only on PostgreSQL; SQLite relies on the models",
)
@migrating
def test_append_only_triggers_survive_migrating_from_the_old_layout():
    article = reviewed_twice_with_an_acknowledgement()
    assert append_only_triggers() == APPEND_ONLY_TRIGGERS

    with old_layout():
        assert append_only_triggers() == APPEND_ONLY_TRIGGERS

    assert append_only_triggers() == APPEND_ONLY_TRIGGERS
    before = snapshot()
    sign_off = SignOff.objects.filter(page=article).first()
    review = ReviewedVersion.objects.filter(page=article).first()
    refused = [
        ("UPDATE review_signoff SET reason = 'forged' WHERE id = %s", sign_off.pk),
        ("DELETE FROM review_signoff WHERE id = %s", sign_off.pk),
        ("UPDATE review_reviewedversion SET content_hash = 'forged' WHERE id = %s", review.pk),
    ]
    for sql, pk in refused:
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [pk])
    assert snapshot() == before


LEGACY_SUMMARY = "A plainer summary, approved before the review interval was fingerprinted."


def live_on_a_legacy_review(director, writer):
    """A live article whose live content was approved by a review recorded with the legacy
    fingerprint (no `next_review_months`), as reviews completed before the change were.

    Its claims carried their sign-offs over from an earlier review, recorded as every review
    records them (a row per claim for the revision approved); the version around them changed
    only outside the claims, and the only record approving it is the legacy one.
    """
    article = go_live(add_article(body=claims_body(2, []), owner=writer), director=director)
    draft = article.get_latest_revision_as_object()
    draft.summary = LEGACY_SUMMARY
    revision = draft.save_revision(user=writer)
    content = revision.as_object()
    SignOff.objects.bulk_create(
        carried_over(original, revision)
        for original in SignOff.objects.filter(page=article).order_by("pk")
    )
    # Append-only: the legacy record is added, never written over an existing one.
    ReviewedVersion.objects.create(
        page=article,
        revision=revision,
        content_hash=legacy_page_fingerprint(content),
        full_review=False,
        approved_by=director,
    )
    assert not ReviewedVersion.objects.filter(
        page=article, content_hash=page_fingerprint(content)
    ).exists()
    return article, revision


def carried_over(original, revision):
    fields = {name: getattr(original, name) for name in SIGNED_CLAIM_FIELDS}
    return SignOff(
        page_id=original.page_id,
        revision=revision,
        signing=uuid.uuid4(),
        block_id=original.block_id,
        content_hash=original.content_hash,
        decision=original.decision,
        meaning=CARRIED_OVER_MEANING,
        signer_id=original.signer_id,
        signer_name=original.signer_name,
        signer_credentials=original.signer_credentials,
        carried_over_from=original,
        **fields,
    )


@pytest.mark.django_db
def test_a_review_with_the_legacy_fingerprint_still_publishes_and_serves(client, director, writer):
    cache.clear()
    article, revision = live_on_a_legacy_review(director, writer)

    revision.publish()

    article = TreatmentArticlePage.objects.get(pk=article.pk)
    assert article.live_revision_id == revision.pk
    assert article.summary == LEGACY_SUMMARY
    response = client.get(article.url)
    assert response.status_code == 200
    assert LEGACY_SUMMARY in response.content.decode()

    # A save that changes nothing patients read is not held up.
    article.show_in_menus = not article.show_in_menus
    article.save()
    article.save(update_fields=["show_in_menus"])


@pytest.mark.django_db
def test_a_legacy_review_does_not_cover_a_new_review_interval(client, director, writer):
    cache.clear()
    article, revision = live_on_a_legacy_review(director, writer)
    revision.publish()
    article = TreatmentArticlePage.objects.get(pk=article.pk)
    recorded = ReviewedVersion.objects.get(revision=revision).content_hash
    months = article.next_review_months
    changed = 24 if months != 24 else 18

    # The legacy fingerprint cannot see the interval, so the legacy record still matches it:
    # the guard must refuse on the reviewed revision's own interval.
    article.next_review_months = changed
    assert legacy_page_fingerprint(article) == recorded
    with pytest.raises(UnreviewedContentError):
        article.save()
    with pytest.raises(UnreviewedContentError):
        article.save(update_fields=["next_review_months"])

    draft = TreatmentArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    draft.next_review_months = changed
    unreviewed = draft.save_revision(user=writer)
    with pytest.raises(UnreviewedContentError):
        unreviewed.publish()

    article = TreatmentArticlePage.objects.get(pk=article.pk)
    assert article.next_review_months == months
    assert article.live_revision_id == revision.pk
    assert client.get(article.url).status_code == 200

    # Written around the ORM, the new interval is not shown as reviewed.
    TreatmentArticlePage.objects.filter(pk=article.pk).update(next_review_months=changed)
    assert client.get(article.url).status_code == 503
