"""References are checked when saved, through the real snippet admin form."""

import pytest

from django.urls import reverse

from pages.models import Reference
from tests.support.factories import WriterFactory

pytestmark = pytest.mark.django_db

VALID = {
    "authors": "Anand A, Mathew SJ, Sanacora G, et al.",
    "title": "Ketamine versus ECT for nonpsychotic treatment-resistant major depression",
    "publisher": "New England Journal of Medicine",
    "year": "2023",
    "doi": "https://doi.org/10.1056/NEJMoa2302399",
    "pmid": "",
    "url": "",
    "study_design": "rct",
}


@pytest.fixture
def writer_client(client):
    client.force_login(WriterFactory())
    return client


def add_reference(client, **changes):
    return client.post(reverse("wagtailsnippets_pages_reference:add"), {**VALID, **changes})


def test_writer_adds_a_reference_and_the_doi_is_stored_bare(writer_client):
    response = add_reference(writer_client)

    assert response.status_code == 302
    assert Reference.objects.get().doi == "10.1056/NEJMoa2302399"


@pytest.mark.parametrize("bad_doi", ["NEJMoa2302399", "10.12/abc", "doi 10.1056/x y"])
def test_malformed_doi_is_refused_with_a_clear_message(writer_client, bad_doi):
    response = add_reference(writer_client, doi=bad_doi)

    assert response.status_code == 200
    assert "is not a DOI" in response.content.decode()
    assert VALID["title"] in response.content.decode()  # what was typed is still there
    assert not Reference.objects.exists()


@pytest.mark.parametrize("bad_pmid", ["PMID37224232", "0123", "12.5"])
def test_malformed_pmid_is_refused(writer_client, bad_pmid):
    response = add_reference(writer_client, doi="", pmid=bad_pmid)

    assert "is not a PubMed ID" in response.content.decode()
    assert not Reference.objects.exists()


def test_reference_needs_some_way_to_find_it(writer_client):
    response = add_reference(writer_client, doi="")

    assert "Give at least one of DOI, PMID or URL" in response.content.decode()
    assert not Reference.objects.exists()


def test_reference_changes_keep_a_history_with_the_acting_user(writer_client):
    add_reference(writer_client)
    reference = Reference.objects.get()

    writer_client.post(
        reverse("wagtailsnippets_pages_reference:edit", args=[reference.pk]),
        {**VALID, "year": "2024"},
    )

    history = reference.history.order_by("history_date")
    assert [h.year for h in history] == [2023, 2024]
    assert history.last().history_user.groups.filter(name="Writers").exists()
