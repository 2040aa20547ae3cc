"""Keeping patient pages' search index entries current, without redoing them for a draft.

Wagtail re-indexes a page on every save. Saving a draft saves the page record only to note the
new latest revision (Wagtail's `save_revision` names the fields it writes), which changes no text
the index holds: the index keeps the live page's searchable text (Wagtail's database search
backend stores only search and autocomplete fields; filters run on the page table itself). For
a 500-claim article that re-indexing was a quarter of the save. Any other save, publishing
included, updates the entry exactly as Wagtail's own handler does, on the tasks backend
SEARCH_INDEX_TASK_BACKEND names: in the request by default, by the lifecycle worker in
production, so that a director signing a long article does not wait for it.
"""

from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_delete_signal_handler
from modelsearch.tasks import insert_or_update_object_task

from django.conf import settings
from django.db.models.signals import post_delete, post_save

_STORED = (index.SearchField, index.AutocompleteField, index.RelatedFields)


def _stored_field_names(model):
    return {field.field_name for field in model.get_search_fields() if isinstance(field, _STORED)}


def _index_holds_only_text():
    # A search server (Elasticsearch, OpenSearch) keeps filter fields in its index as well, such
    # as when the latest revision was made: there, every save updates the entry, as Wagtail's.
    return all(
        type(backend).__module__.startswith("modelsearch.backends.database")
        for backend in get_search_backends(with_auto_update=True)
    )


def update_search_entry(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if (
        update_fields is not None
        and not set(update_fields) & _stored_field_names(sender)
        and _index_holds_only_text()
    ):
        return  # nothing the index holds was written
    insert_or_update_object_task.using(backend=settings.SEARCH_INDEX_TASK_BACKEND).enqueue(
        instance._meta.app_label, instance._meta.model_name, str(instance.pk)
    )


def connect(page_types):
    """For page types that set `search_auto_update = False` (so Wagtail's handler stays off)."""
    for model in page_types:
        post_save.connect(update_search_entry, sender=model)
        post_delete.connect(post_delete_signal_handler, sender=model)
