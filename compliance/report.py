"""Findings as the editor and the review screen list them: one entry per rule and block.

A rule can fire several times in one block (three unmarked claims in one paragraph); the writer
acknowledges the rule for that block once, so those findings are listed together.
"""

from dataclasses import dataclass

from compliance.core.codepoints import TITLE_BLOCK_ID
from compliance.core.findings import BLOCK, WARN, Finding
from compliance.core.passages import SUMMARY_BLOCK_ID
from compliance.labels import label_for

_NO_BLOCK = "article"  # stands for block_id None in form field names
_INPUT_PREFIX = "compliance_reason__"
MAX_REASON_LENGTH = 500  # a short reason the director can read at a glance


@dataclass(frozen=True)
class CheckItem:
    rule_id: str
    block_id: str | None
    severity: str
    label: str  # where: "Claim 3 in Risks and side effects"
    excerpts: tuple[str, ...]
    message: str
    reason: str
    source: str

    @property
    def key(self):
        return (self.rule_id, self.block_id)

    @property
    def is_block(self):
        return self.severity == BLOCK

    @property
    def is_warning(self):
        return self.severity == WARN

    @property
    def excerpt(self):
        return " … ".join(self.excerpts)

    @property
    def where(self):
        """The label, with the writer's words when there are any: for messages."""
        if not self.excerpt:
            return self.label
        if self.block_id is None:  # a whole-article excerpt is a figure, not the writer's words
            return f"{self.label} ({self.excerpt})"
        return f"{self.label} (“{self.excerpt}”)"

    @property
    def anchor(self):
        """The editor's anchor for the block, so the writer can jump to it."""
        if self.block_id in (None, SUMMARY_BLOCK_ID, TITLE_BLOCK_ID):
            return ""
        return f"#block-{self.block_id}-section"

    @property
    def input_name(self):
        return reason_input_name(self.key)


def check_items(findings: list[Finding], labels: dict) -> list[CheckItem]:
    """Findings grouped by (rule, block), in the checker's order (BLOCK first)."""
    grouped = {}
    for finding in findings:
        grouped.setdefault((finding.rule_id, finding.block_id), []).append(finding)
    items = []
    for (rule_id, block_id), group in grouped.items():
        first = group[0]
        items.append(
            CheckItem(
                rule_id=rule_id,
                block_id=block_id,
                severity=first.severity,
                label=label_for(block_id, labels),
                excerpts=tuple(dict.fromkeys(f.excerpt for f in group if f.excerpt)),
                message=first.message,
                reason=first.reason,
                source=first.source,
            )
        )
    return items


def reason_input_name(key):
    rule_id, block_id = key
    return f"{_INPUT_PREFIX}{rule_id}__{block_id or _NO_BLOCK}"


def has_reasons(data):
    """Whether `data` carries any reason box, typed in or not."""
    return any(name.startswith(_INPUT_PREFIX) for name in data)


def reasons_from(data, items):
    """{key: reason} for the warnings among `items` that the writer gave a reason for."""
    reasons = {}
    for item in items:
        if item.is_warning:
            reason = (data.get(item.input_name) or "").strip()
            if reason:
                reasons[item.key] = reason
    return reasons
