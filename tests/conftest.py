import pytest

from django.contrib.auth.models import Group
from django.db import connection

from wagtail.models import Page

from pages.models import HomePage, TreatmentIndexPage
from tests.support.factories import (
    ReferenceFactory,
    WriterFactory,
    add_article,
    claims_body,
    signing_director,
)
from tests.support.identity import TwoFactorClient
from tests.support.publishing import submit_for_review


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, django_db_keepdb):
    """pytest-django's test database; with --reuse-db, left as the migrations made it.

    Transactional tests (the browser tests) empty every table afterwards and put the migrations'
    data back before the next one (serialized_rollback). After the last of them nothing puts it
    back, so the next --reuse-db run would find no roles and no pages: put it back here.
    """
    if django_db_keepdb:
        with django_db_blocker.unblock():
            if not (Group.objects.exists() and Page.objects.exists()):
                pytest.exit(
                    "The reused test database has lost the data its migrations create (roles, "
                    "pages): a run was killed during a browser test. Run once with --create-db.",
                    returncode=pytest.ExitCode.USAGE_ERROR,
                )
    yield
    serialized = getattr(connection, "_test_serialized_contents", None)
    if django_db_keepdb and serialized:
        with django_db_blocker.unblock():
            if not Group.objects.exists():
                connection.creation.deserialize_db_from_string(serialized)


@pytest.fixture
def client():
    """pytest-django's client, but force_login also passes the second factor (see the class)."""
    return TwoFactorClient()


@pytest.fixture
def admin_client(admin_user):
    """pytest-django's superuser client, signed in with a second factor like every admin."""
    client = TwoFactorClient()
    client.force_login(admin_user)
    return client


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def treatments(db):
    return TreatmentIndexPage.objects.get(slug="treatments")


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def writer(db):
    return WriterFactory(username="wren", first_name="Wren", last_name="Writer")


@pytest.fixture
def director(db):
    return signing_director(username="maya", first_name="Maya", last_name="Chen")


@pytest.fixture
def submitted(writer):
    """A four-claim article the writer has submitted for medical review."""
    article = add_article(body=claims_body(4, [ReferenceFactory()]), owner=writer)
    return article, submit_for_review(article, writer)
