from django import template

from clinic import chrome
from clinic.models import ServiceIndexPage, ServicePage, live_locations
from clinic.phone import tel_number
from clinic.structured_data import medical_clinic as medical_clinic_data
from review.guard.entry import patients_may_see

register = template.Library()


@register.filter
def tel_href(phone):
    return f"tel:{tel_number(phone)}"


@register.simple_tag(takes_context=True)
def medical_clinic(context, location, clinic_name):
    return medical_clinic_data(location, context.get("request"), clinic_name)


@register.simple_tag
def clinic_services():
    """The live services, under the live services index, for the home page."""
    indexes = patients_may_see(ServiceIndexPage.objects.live().public())
    if not indexes:
        return []
    return patients_may_see(
        ServicePage.objects.child_of(indexes[0]).live().public().order_by("path")
    )


@register.simple_tag
def clinic_locations():
    return live_locations()


@register.simple_tag
def site_chrome():
    return chrome.site_chrome()


@register.simple_tag(takes_context=True)
def with_bio_pages(context, reviewers):
    """Each reviewer with the address of their live bio page, or None while they have none
    patients may see (kept with the site chrome: no query on a patient page)."""
    # The page's frame (templates/base.html) has read the chrome already in this request.
    found = context.get("chrome") or chrome.site_chrome()
    addresses = found["reviewer_bios"]
    return [(reviewer, addresses.get(reviewer.user_id)) for reviewer in reviewers]
