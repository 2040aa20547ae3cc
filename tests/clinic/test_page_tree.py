"""Every clinic page type says where it may sit and what it may hold, and goes through the
whole-page medical review like the articles."""

import pytest

from django.apps import apps

from wagtail.models import Page

from pages.models import ReviewedPage

CLINIC_PAGE_TYPES = [
    model for model in apps.get_app_config("clinic").get_models() if issubclass(model, Page)
]


def test_the_clinic_has_its_seven_page_types():
    names = {model.__name__ for model in CLINIC_PAGE_TYPES}

    assert names == {
        "ServiceIndexPage",
        "ServicePage",
        "LocationIndexPage",
        "LocationPage",
        "ContactPage",
        "MedicalTeamIndexPage",
        "ReviewerBioPage",
    }


@pytest.mark.parametrize("model", CLINIC_PAGE_TYPES, ids=lambda model: model.__name__)
def test_each_page_type_is_reviewed_and_states_its_place_in_the_tree(model):
    assert issubclass(model, ReviewedPage)
    assert "parent_page_types" in vars(model)
    assert "subpage_types" in vars(model)
    visible = model.patient_visible_fields
    assert (
        visible[: len(ReviewedPage.patient_visible_fields)] == ReviewedPage.patient_visible_fields
    )


@pytest.mark.parametrize("model", CLINIC_PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_field_a_patient_reads_is_reviewed(model):
    own_fields = {
        field.name
        for field in model._meta.get_fields(include_parents=False)
        if field.concrete and not field.primary_key
    }

    assert own_fields <= set(model.patient_visible_fields)
