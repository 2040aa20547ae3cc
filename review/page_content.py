"""What patients read of a page, as the medical review approves it, and its fingerprint.

The fields are the ones the page model declares in `patient_visible_fields`, plus the files of
the images it shows (review/media.py): a review approves the exact picture as well as the text.
"""

import hashlib
import json
from collections import OrderedDict

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


def _stored(article, field_names):
    """Each field as stored (a stream as the data its JSON holds), and the stream values."""
    stored, streams = {}, {}
    for name in field_names:
        field = article._meta.get_field(name)
        value = field.value_from_object(article)
        if isinstance(field, StreamField):
            streams[field.attname] = value
            # Wagtail hands back unread blocks exactly as stored and read ones as their block
            # writes them ("08:00" against "08:00:00"); reading them all first gives one form.
            list(value)
            value = field.get_prep_value(value)
        stored[field.attname] = value
    return stored, streams


def _image_files(streams):
    images = images_shown(stream for stream in streams.values() if isinstance(stream, StreamValue))
    return image_file_hashes(images) if images else None


def _content(stored, streams, image_files):
    content = {
        name: _canonical(json.loads(json.dumps(value, cls=DjangoJSONEncoder)), {})
        if name in streams
        else value
        for name, value in stored.items()
    }
    # Only pages that show images carry the key, so other pages' approvals keep their hash.
    if image_files:
        content["image_files"] = image_files
    return content


def page_content(article, field_names=None):
    """Everything a patient reads on the page, in stored form (claims by id and wording)."""
    stored, streams = _stored(article, field_names or article.patient_visible_fields)
    return _content(stored, streams, _image_files(streams) if field_names is None else None)


def _canonical(value, texts):
    """`value` with every text canonical (`texts` keeps each distinct text's canonical form: a
    long body repeats "item" and a few others thousands of times) and no block ids."""
    if isinstance(value, str):
        found = texts.get(value)
        if found is None:
            found = texts[value] = canonical_statement(value)
        return found
    if isinstance(value, list):
        return [_canonical(item, texts) for item in value]
    if isinstance(value, dict):
        # Block ids are bookkeeping, not something a patient reads; claims are matched by id
        # separately, through their own sign-offs.
        is_block = {"type", "value"} <= value.keys()
        return {
            key: _canonical(item, texts)
            for key, item in value.items()
            if not (is_block and key == "id")
        }
    return value


# Canonicalising a long body walks every node of it, yet the fingerprint depends only on the
# stored form and the image files: each process keeps the fingerprints of the last few it
# computed, looked up by a digest of exactly those. The digest takes the keys in the order the
# stored form has them (sorting ten thousand citations' keys was most of its cost): the same
# content in another order only misses, and is fingerprinted afresh.
_FINGERPRINT_OF_STORED = OrderedDict()
_STORED_FORMS_KEPT = 64


def page_fingerprint(article):
    stored, streams = _stored(article, article.patient_visible_fields)
    image_files = _image_files(streams)
    encoded = json.dumps([stored, image_files], cls=DjangoJSONEncoder)
    digest = hashlib.sha256(encoded.encode()).digest()
    found = _FINGERPRINT_OF_STORED.get(digest)
    if found is None:
        found = fingerprint(_content(stored, streams, image_files))
        _FINGERPRINT_OF_STORED[digest] = found
        if len(_FINGERPRINT_OF_STORED) > _STORED_FORMS_KEPT:
            _FINGERPRINT_OF_STORED.popitem(last=False)
    else:
        _FINGERPRINT_OF_STORED.move_to_end(digest)
    return found


def legacy_page_fingerprint(article):
    """None for page types those early reviews never covered (only articles existed then)."""
    if not set(_FIRST_FINGERPRINTED) <= {field.name for field in article._meta.get_fields()}:
        return None
    return fingerprint(page_content(article, _FIRST_FINGERPRINTED))
