"""Media in object storage: an image uploaded through the admin lands in the bucket, and its
rendition is served from there to patients. Against moto's S3 server on a loopback port."""

import json
import urllib.request

import boto3
import pytest
from moto.server import ThreadedMotoServer

from django.urls import reverse

from wagtail.images.models import Image

from cms.settings.base import media_storage_from_env
from pages import body_builder
from tests.support.factories import ReferenceFactory, add_article, claims_body
from tests.support.media import png_file
from tests.support.publishing import go_live
from tests.support.services import free_port

pytestmark = pytest.mark.django_db

BUCKET = "clinic-media"


@pytest.fixture
def bucket(settings, monkeypatch):
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    for name, value in {
        "AWS_ACCESS_KEY_ID": "test-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret",  # noqa: S105 - moto accepts any
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    s3.create_bucket(Bucket=BUCKET)
    # Readable by anyone, as a clinic's public media bucket is.
    s3.put_bucket_policy(
        Bucket=BUCKET,
        Policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": f"arn:aws:s3:::{BUCKET}/*",
                    }
                ],
            }
        ),
    )
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage_from_env(
            {"MEDIA_BUCKET": BUCKET, "MEDIA_ENDPOINT_URL": endpoint, "MEDIA_REGION": "us-east-1"}
        ),
    }
    yield s3
    server.stop()


def test_without_a_bucket_media_stay_on_the_local_disk():
    assert media_storage_from_env({})["BACKEND"] == ("django.core.files.storage.FileSystemStorage")


def test_an_uploaded_image_is_stored_in_the_bucket_and_its_rendition_served_from_it(
    bucket, admin_client, client
):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Infusion chair", "file": png_file("chair.png"), "tags": ""},
    )
    image = Image.objects.get(title="Infusion chair")
    body = json.loads(claims_body(2, [ReferenceFactory()]))
    body.append(body_builder.image(image.pk, "An infusion chair by a window"))
    article = go_live(add_article(body=json.dumps(body)))

    html = client.get(article.url).content.decode()

    assert response.status_code == 302
    stored = {item["Key"] for item in bucket.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert image.file.name in stored
    rendition = image.renditions.get()
    assert rendition.file.name in stored
    assert rendition.url.startswith(f"{bucket.meta.endpoint_url}/{BUCKET}/")
    assert f'src="{rendition.url}"' in html
    with urllib.request.urlopen(rendition.url) as served:  # noqa: S310 - the local test server
        assert served.read().startswith(b"\x89PNG")
