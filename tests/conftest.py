import pytest

from wagtail.models import Page

from pages.models import HomePage, TreatmentIndexPage


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def treatments(db):
    return TreatmentIndexPage.objects.get(slug="treatments")


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()
