"""Post the article editor the way a writer's browser does, with sections and reason boxes."""

import uuid

from django.urls import reverse

from wagtail.test.utils.form_data import rich_text

from compliance.report import reason_input_name
from pages.blocks.text import NARRATIVE_FEATURES
from tests.support import editor_forms


def text(html, block_id=None):
    value = rich_text(html, features=NARRATIVE_FEATURES)
    return ("text", value, block_id or str(uuid.uuid4()))


def risks(*claims, block_id=None):
    return editor_forms.section("risks", "Risks and side effects", claims, block_id)


def post_article(client, article, body, *, therapy_status, action=None, reasons=None, **fields):
    """POST the editor for `article`; `reasons` maps (rule_id, block_id) to the typed reason."""
    data = editor_forms.article_form(
        title=article.title,
        slug=article.slug,
        therapy_status=therapy_status,
        body=body,
        action=action,
        **fields,
    )
    for key, reason in (reasons or {}).items():
        data[reason_input_name(key)] = reason
    return client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)
