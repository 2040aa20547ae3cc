"""A patient page's full address, as the canonical link and the sitemap give it."""


def full_address(page, request):
    """The page's full address on the host and port the request came to.

    Wagtail builds full addresses from the Site record's one hostname and port (the shipped one
    is localhost:80), which is wrong wherever the clinic is reached under another name: under
    `make run` (127.0.0.1:8000) or behind the clinic's own domain. request.get_host() has been
    checked against ALLOWED_HOSTS, so a forged Host header is refused before it gets here.
    """
    return request.build_absolute_uri(page.get_url(request))
