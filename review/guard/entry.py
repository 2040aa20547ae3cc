"""The guard's entry point: the only part of the medical review that the page models import.

`pages` sits below `review`; the article model calls these two functions from `publish` and
`serve`, so no route that makes content live, or shows it, passes the rule by.
"""

from review.guard.rule import assert_publishable
from review.guard.serving import serve_signed_content

__all__ = ["assert_publishable", "serve_signed_content"]
