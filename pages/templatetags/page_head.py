from django import template

from pages.addresses import full_address

register = template.Library()


@register.simple_tag(takes_context=True)
def canonical_address(context, page=None):
    """The page's one full address; without a page, the address asked for without its query."""
    request = context["request"]
    if page is None:
        return request.build_absolute_uri(request.path)
    return full_address(page, request)


@register.simple_tag
def page_description(page):
    """What search engines show under the page's title: its search description, else its intro
    or summary (the text patients read first), whichever the page type has."""
    for field in ("search_description", "intro", "summary"):
        if text := getattr(page, field, ""):
            return text
    return ""


@register.simple_tag(takes_context=True)
def page_heading(context):
    """The page's own part of the browser title: its SEO title, else its title."""
    page = context.get("page")
    return page and (page.seo_title or page.title) or ""
