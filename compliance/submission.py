"""The compliance check the page editor runs: what it lists, and what refuses a submission."""

import functools
from dataclasses import dataclass

from django.utils import timezone

from compliance.core.checker import check_article
from compliance.from_article import article_input, article_input_for
from compliance.labels import block_labels
from compliance.report import MAX_REASON_LENGTH, CheckItem, check_items, reasons_from


@dataclass(frozen=True)
class EditorCheck:
    items: list[CheckItem]
    reasons: dict  # {(rule_id, block_id): the writer's reason} for warnings given one

    @property
    def blocking(self):
        return [item for item in self.items if item.is_block]

    @property
    def warnings(self):
        return [item for item in self.items if item.is_warning]

    @property
    def unacknowledged(self):
        return [item for item in self.warnings if item.key not in self.reasons]

    def refusals(self):
        """Why a submission cannot go ahead, one message per finding; empty if it can."""
        messages = [f"{item.where}: {item.message}" for item in self.blocking]
        messages += [
            f"{item.where} has a warning with no reason given: {item.message} Change the text, "
            "or say why it should stay in “Compliance checks”."
            for item in self.unacknowledged
        ]
        messages += [
            f"{item.where}: your reason is {len(self.reasons[item.key])} characters long. "
            f"Keep it to {MAX_REASON_LENGTH}."
            for item in self.warnings
            if len(self.reasons.get(item.key, "")) > MAX_REASON_LENGTH
        ]
        return messages


def check_for_editor(
    *, body, summary, therapy_status, data=None, today=None, title="", condition=""
):
    """Check content as typed in the editor; `data` is the POST carrying the writer's reasons."""
    article = article_input(
        body=body,
        summary=summary,
        therapy_status=therapy_status,
        today=today or timezone.localdate(),
        title=title,
        condition=condition,
    )
    return _editor_check(article, body, data)


def check_saved(article, *, data=None, today=None):
    """Check a saved article (a page, or a revision as an object)."""
    return _editor_check(
        article_input_for(article, today or timezone.localdate()), article.body, data
    )


@functools.lru_cache(maxsize=32)
def _findings(article):
    # The checker is a pure function of the article's plain values (which carry the day it is
    # checked for), and the editor, its side panel and the review screen check the same content
    # again on every visit: each visit to a 500-claim article ran it afresh, a fifth of the
    # screen's time. Only the same values, compared in full, find an earlier answer.
    return tuple(check_article(article))


def _editor_check(article, body, data):
    items = check_items(list(_findings(article)), block_labels(body))
    return EditorCheck(items=items, reasons=reasons_from(data or {}, items))
