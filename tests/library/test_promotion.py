"""From article to library: an approved claim is promoted with its sign-off history, and
identical claims in other drafts can be replaced by it."""

import json

import pytest

from django.urls import reverse

from library.models import LibraryClaim
from pages import body_builder
from pages.choices import ClaimType
from pages.models import TreatmentArticlePage
from review.models import SignOff
from tests.support.factories import (
    ReferenceFactory,
    TherapyStatusFactory,
    WriterFactory,
    add_article,
    signing_director,
)
from tests.support.identity import CURRENT_CODE
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db

WORDING = "Most people feel a little dizzy for about an hour after a dose."


def article_with(reference, title, slug):
    body = [
        body_builder.heading("Side effects"),
        body_builder.claim(WORDING, ClaimType.SAFETY, [reference]),
        body_builder.claim("Sessions last about two hours.", ClaimType.DOSAGE, [reference]),
    ]
    return add_article(
        title=title, slug=slug, body=json.dumps(body), therapy_status=TherapyStatusFactory()
    )


def promote_post(article, replace=True):
    block_id = next(claim.block_id for claim in article.claims if WORDING in claim.statement)
    return {
        "block_id": block_id,
        "replace_in_drafts": "on" if replace else "",
        "password": "correct horse battery staple",
        "second_factor": CURRENT_CODE,
    }


def test_a_director_promotes_a_claim_keeping_its_sign_off_and_replaces_it_in_drafts(
    client, director
):
    reference = ReferenceFactory()
    source = go_live(article_with(reference, "Ketamine infusion", "ketamine"), director)
    other = article_with(reference, "Esketamine nasal spray", "esketamine")  # a draft
    original = SignOff.objects.get(page=source, statement__contains="dizzy")
    promoter = signing_director(first_name="Ravi", last_name="Okafor")
    client.force_login(promoter)

    response = client.post(reverse("library:promote", args=[source.pk]), promote_post(source))

    assert response.status_code == 302
    library_claim = LibraryClaim.objects.get()
    assert library_claim.live
    sign_off = SignOff.objects.get(block_id=str(library_claim.identity))
    assert sign_off.carried_over_from == original  # who first signed it, kept
    assert sign_off.signer == promoter and sign_off.second_factor_type
    assert sign_off.content_hash == original.content_hash
    # The other article's draft now shows the library claim instead of its own copy.
    draft = TreatmentArticlePage.objects.get(pk=other.pk).get_latest_revision_as_object()
    assert [claim.statement for claim in draft.claims] == ["<p>Sessions last about two hours.</p>"]
    assert str(library_claim.identity) in json.dumps(list(draft.body.raw_data))
    # Patients of the source article still read what was reviewed.
    assert WORDING in client.get(source.url).content.decode()


def test_writers_cannot_promote(client, director):
    source = go_live(article_with(ReferenceFactory(), "Ketamine infusion", "ketamine"), director)
    client.force_login(WriterFactory())

    response = client.post(reverse("library:promote", args=[source.pk]), promote_post(source))

    assert response.status_code == 403
    assert not LibraryClaim.objects.exists()
    assert not SignOff.objects.filter(page__isnull=True).exists()


def test_a_wrong_code_promotes_nothing(client, director):
    source = go_live(article_with(ReferenceFactory(), "Ketamine infusion", "ketamine"), director)
    client.force_login(signing_director())

    response = client.post(
        reverse("library:promote", args=[source.pk]),
        {**promote_post(source), "second_factor": "000000"},
    )

    assert response.status_code == 200
    assert "authenticator code is not right" in response.content.decode()
    assert not LibraryClaim.objects.exists()


def test_directors_find_promotion_in_the_library_and_writers_do_not(client, director):
    go_live(article_with(ReferenceFactory(), "Ketamine infusion", "ketamine"), director)
    index = reverse("wagtailsnippets_library_libraryclaim:list")

    client.force_login(signing_director())
    as_director = client.get(index).content.decode()
    listing = client.get(reverse("library:promote_index")).content.decode()
    client.force_login(WriterFactory())
    as_writer = client.get(index).content.decode()
    refused = client.get(reverse("library:promote_index"))

    assert "Promote a claim from an article" in as_director
    assert "Ketamine infusion" in listing
    assert "Promote a claim from an article" not in as_writer
    assert refused.status_code == 403
