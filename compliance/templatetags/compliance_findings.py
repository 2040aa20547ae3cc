from django import template

from compliance.acknowledgements import compliance_of_revision

register = template.Library()


@register.inclusion_tag("compliance/findings.html")
def compliance_findings(revision):
    """The checks on a submitted revision, for the medical review screen (which sits below)."""
    return {"compliance": compliance_of_revision(revision)}
