"""The numbered citation marks ("[1]") that claims show, drawn once per reference per page.

A long article cites the same few studies hundreds of times; drawing each mark through the
template engine at every citation was most of the time the page took to render.
"""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe


class CitationMarks(dict):
    """{reference pk: (number, mark HTML)}, and each claim's run of marks, drawn once.

    Claims citing the same references in a page show the same marks; the runs are looked up
    by the reference objects' identity, which the page's body shares between its claims.
    """

    def __init__(self, references):
        super().__init__(
            (
                reference.pk,
                (
                    number,
                    render_to_string(
                        "blocks/citation.html", {"number": number, "reference": reference}
                    ).strip(),
                ),
            )
            for number, reference in enumerate(references, 1)
        )
        # (id of each reference, ...) -> (the marks, the references, kept so no id is reused)
        self._runs = {}

    def marks_for(self, references):
        """One claim's marks, in the article's numbering ("[1][2]", not "[2][1]")."""
        key = tuple(map(id, references))
        found = self._runs.get(key)
        if found is None:
            cited = sorted(self[ref.pk] for ref in references if ref.pk in self)
            marks = mark_safe("".join(mark for _, mark in cited))  # noqa: S308 - rendered templates
            found = self._runs[key] = (marks, references)
        return found[0]
