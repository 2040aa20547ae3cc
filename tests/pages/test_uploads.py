"""Document uploads: a web page in disguise is refused, a real PDF downloads, never opens inline."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
POLYGLOT = PDF + b"<html><script>fetch('/admin/')</script></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def upload(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("leaflet.pdf", HTML, "is not a PDF"),
        ("leaflet.pdf", POLYGLOT, "web page markup"),
        ("leaflet.txt", SVG, "web page markup"),
        ("leaflet.txt", b"Dose notes \xff\xfe\xfd" + b" more notes" * 10, "not UTF-8 text"),
        ("leaflet.txt", PDF, "holds application/pdf"),
    ],
)
def test_a_web_page_or_mislabelled_file_is_refused(admin_client, name, content, says):
    response = upload(admin_client, name, content)

    assert response.status_code == 200
    assert says in response.content.decode()
    assert not Document.objects.exists()


def test_an_oversized_document_is_refused(admin_client, settings):
    settings.CLAIMCHECK_MAX_DOCUMENT_BYTES = 1_000_000

    response = upload(admin_client, "leaflet.pdf", PDF + b"0" * 1_000_000)

    assert response.status_code == 200
    assert "documents may be at most 1 MB" in response.content.decode()
    assert not Document.objects.exists()


def test_a_real_pdf_is_accepted_and_downloads_as_an_attachment(
    admin_client, client, settings, tmp_path
):
    # Served from files on disk, as in production (the test settings keep media in memory).
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    assert upload(admin_client, "leaflet.pdf", PDF).status_code == 302
    document = Document.objects.get()

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def upload_image(client, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [("diagram.svg", SVG), ("photo.png", HTML), ("photo.jpg", PDF)],
)
def test_an_svg_or_a_disguised_file_is_refused_as_an_image(admin_client, name, content):
    response = upload_image(admin_client, name, content)

    assert response.status_code == 200  # the form again, with its error
    assert "error" in response.content.decode().lower()
    assert not get_image_model().objects.exists()
