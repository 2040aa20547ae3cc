"""Media are content: a review approves the exact picture, so swapping it is refused or caught."""

import json

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from pages import body_builder
from review.models import ImageFingerprint
from review.page_content import page_fingerprint
from tests.support.factories import ReferenceFactory, add_article, claims_body
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


@pytest.fixture
def picture():
    return get_image_model().objects.create(
        title="Infusion room", file=get_test_image_file(colour="white")
    )


@pytest.fixture
def illustrated_article(picture):
    body = json.loads(claims_body(2, [ReferenceFactory()]))
    body.append(body_builder.image(picture.pk, "A reclining chair beside an infusion stand."))
    return go_live(add_article(title="Ketamine infusions", body=json.dumps(body)))


def other_picture_file():
    return get_test_image_file(filename="other.png", colour="black")


def test_every_saved_image_records_its_file_hash(picture):
    recorded = ImageFingerprint.objects.get(image=picture).sha256

    picture.file = other_picture_file()
    picture.save()

    assert len(recorded) == 64
    assert ImageFingerprint.objects.get(image=picture).sha256 != recorded


def test_the_page_fingerprint_covers_the_picture(illustrated_article, picture):
    before = page_fingerprint(illustrated_article)

    picture.file = other_picture_file()
    picture.save()

    assert page_fingerprint(type(illustrated_article).objects.get(pk=illustrated_article.pk)) != (
        before
    )


def test_replacing_the_picture_of_a_live_image_in_the_admin_is_refused(
    admin_client, illustrated_article, picture
):
    before = ImageFingerprint.objects.get(image=picture).sha256
    stored_name = get_image_model().objects.get(pk=picture.pk).file.name
    upload = other_picture_file()

    response = admin_client.post(
        reverse("wagtailimages:edit", args=[picture.pk]),
        {
            "title": picture.title,
            "collection": picture.collection_id,
            "file": SimpleUploadedFile("other.png", upload.read(), content_type="image/png"),
        },
    )

    assert response.status_code == 200
    assert "whose medical review approved this exact picture" in response.content.decode()
    assert "Ketamine infusions" in response.content.decode()
    assert get_image_model().objects.get(pk=picture.pk).file.name == stored_name
    assert ImageFingerprint.objects.get(image=picture).sha256 == before
    assert Client().get(illustrated_article.url).status_code == 200


def test_retitling_a_live_image_in_the_admin_is_allowed(admin_client, illustrated_article, picture):
    response = admin_client.post(
        reverse("wagtailimages:edit", args=[picture.pk]),
        {"title": "Infusion suite", "collection": picture.collection_id},
    )

    assert response.status_code == 302
    assert get_image_model().objects.get(pk=picture.pk).title == "Infusion suite"
    assert Client().get(illustrated_article.url).status_code == 200


def test_a_picture_replaced_from_code_sends_the_page_to_being_reviewed(
    illustrated_article, picture, treatments
):
    picture.file = other_picture_file()
    picture.save()

    page = Client().get(illustrated_article.url)
    assert page.status_code == 503
    assert "reclining chair" not in page.content.decode()
    assert "Ketamine infusions" not in Client().get(treatments.url).content.decode()


def test_a_deleted_picture_sends_the_page_to_being_reviewed(illustrated_article, picture):
    picture.delete()

    assert Client().get(illustrated_article.url).status_code == 503
