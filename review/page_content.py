"""What patients read of a page, as the medical review approves it, and its fingerprint.

The fields are the ones the page model declares in `patient_visible_fields`, plus the files of
the images it shows (review/media.py): a review approves the exact picture as well as the text.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder

from wagtail.blocks import StreamValue
from wagtail.fields import StreamField

from review.fingerprint import canonical_statement, fingerprint
from review.media import image_file_hashes, images_shown

# Reviews recorded before the page model declared its patient-visible fields covered these
# seven only; the guard confirms such a review against the revision it approved.
_FIRST_FINGERPRINTED = (
    "title",
    "seo_title",
    "search_description",
    "summary",
    "condition",
    "therapy_status",
    "body",
)


def page_content(article, field_names=None):
    """Everything a patient reads on the page, in stored form (claims by id and wording)."""
    content = {}
    streams = []
    for name in field_names or article.patient_visible_fields:
        field = article._meta.get_field(name)
        value = field.value_from_object(article)
        if isinstance(field, StreamField):
            streams.append(value)
            stored = json.loads(json.dumps(field.get_prep_value(value), cls=DjangoJSONEncoder))
            value = _canonical(stored)
        content[field.attname] = value
    if field_names is None:
        # Only pages that show images carry the key, so other pages' approvals keep their hash.
        images = images_shown(stream for stream in streams if isinstance(stream, StreamValue))
        if images:
            content["image_files"] = image_file_hashes(images)
    return content


def _canonical(value):
    if isinstance(value, str):
        return canonical_statement(value)
    if isinstance(value, list):
        return [_canonical(item) for item in value]
    if isinstance(value, dict):
        # Block ids are bookkeeping, not something a patient reads; claims are matched by id
        # separately, through their own sign-offs.
        is_block = {"type", "value"} <= value.keys()
        return {
            key: _canonical(item) for key, item in value.items() if not (is_block and key == "id")
        }
    return value


def page_fingerprint(article):
    return fingerprint(page_content(article))


def legacy_page_fingerprint(article):
    """None for page types those early reviews never covered (only articles existed then)."""
    if not set(_FIRST_FINGERPRINTED) <= {field.name for field in article._meta.get_fields()}:
        return None
    return fingerprint(page_content(article, _FIRST_FINGERPRINTED))
