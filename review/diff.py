"""Word-level differences between the wording last signed and the wording now submitted."""

import difflib
import html

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe


def words(rich_text):
    # Entities (&#x27; for an apostrophe) are read as the characters they stand for; escape()
    # below encodes each word once for the page.
    return html.unescape(strip_tags(rich_text)).split()


def word_diff(old_html, new_html):
    old, new = words(old_html), words(new_html)
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape(" ".join(old[i1:i2])))
            continue
        if op in ("delete", "replace"):
            parts.append(f"<del>{escape(' '.join(old[i1:i2]))}</del>")
        if op in ("insert", "replace"):
            parts.append(f"<ins>{escape(' '.join(new[j1:j2]))}</ins>")
    return mark_safe(" ".join(parts))  # noqa: S308 - every word above is escaped
