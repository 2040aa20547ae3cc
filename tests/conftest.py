import pytest

from wagtail.models import Page

from pages.models import HomePage, TreatmentIndexPage
from tests.support.factories import (
    ReferenceFactory,
    WriterFactory,
    add_article,
    claims_body,
    signing_director,
)
from tests.support.publishing import submit_for_review


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
