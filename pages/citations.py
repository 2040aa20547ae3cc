"""The numbered citation marks ("[1]") that claims show, drawn once per reference per page.

A long article cites the same few studies hundreds of times; drawing each mark through the
template engine at every citation was most of the time the page took to render.
"""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe


def citation_marks(references):
    """{reference pk: (number, mark HTML)}, numbered in the order `references` are given."""
    return {
        reference.pk: (
            number,
            render_to_string(
                "blocks/citation.html", {"number": number, "reference": reference}
            ).strip(),
        )
        for number, reference in enumerate(references, 1)
    }


def marks_for(references, marks):
    """One claim's marks, in the article's numbering ("[1][2]", not "[2][1]")."""
    cited = sorted(marks[reference.pk] for reference in references if reference.pk in marks)
    return mark_safe("".join(mark for _, mark in cited))  # noqa: S308 - rendered templates
