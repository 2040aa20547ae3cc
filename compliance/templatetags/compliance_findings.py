from django import template

from compliance.acknowledgements import compliance_of_revision

register = template.Library()


@register.inclusion_tag("compliance/findings.html")
def compliance_findings(revision, content=None):
    """The checks on a submitted revision, for the medical review screen (which sits below).

    `content` is the revision as a page, when the screen has already read it."""
    return {"compliance": compliance_of_revision(revision, content)}
