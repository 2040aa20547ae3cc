"""The admin's refusals are registered by the app itself, not by whatever a test imports."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

GUARD_HOOKS = {
    "before_edit_page": "guard_reviewed_page_edits",
    "before_create_page": "refuse_publishing_new_pages",
    "construct_page_action_menu": "hide_publish_for_reviewed_pages",
    "before_bulk_action": "refuse_bulk_publishing_unreviewed_pages",
    "before_unpublish_page": "send_unpublishing_to_withdrawal",
    "before_copy_page": "refuse_live_copies_and_aliases_of_reviewed_pages",
    "before_edit_snippet": "refuse_editing_cited_evidence",
    "before_delete_snippet": "refuse_deleting_cited_evidence",
}

LIST_HOOKS = """
import django
django.setup()
from wagtail import hooks
for name in {names!r}:
    print(name, *sorted(fn.__name__ for fn in hooks.get_hooks(name)))
"""


def test_a_fresh_process_registers_every_guard_hook():
    # In this test process other modules may already have imported the hook modules, which
    # would hide a missing registration; a new interpreter loads only what the apps load.
    listing = subprocess.run(  # noqa: S603
        [sys.executable, "-c", LIST_HOOKS.format(names=list(GUARD_HOOKS))],
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": "cms.settings.test", "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    registered = {line.split()[0]: set(line.split()[1:]) for line in listing.splitlines()}
    for hook_name, function in GUARD_HOOKS.items():
        assert function in registered[hook_name], hook_name
