"""Take the demo clinic's home and treatments pages through the same review as its articles.

Their titles and introductions are what patients read first, so they go live only with a
director's approval, like everything else on the site.
"""

from django.contrib.auth import get_user_model

from pages.models import HomePage, TreatmentIndexPage
from review.guard.entry import patients_may_see
from review.services import approve_every_claim

from .identity import signing_code
from .users import DEMO_ACCOUNTS

DEMO_WRITER = "writer"
DEMO_DIRECTOR = "director"


def _password(username):
    return next(account.password for account in DEMO_ACCOUNTS if account.username == username)


def ensure_clinic_pages_reviewed():
    """Review any demo home or index page patients cannot be shown yet. Returns their titles."""
    users = get_user_model().objects
    writer = users.get(username=DEMO_WRITER)
    director = users.get(username=DEMO_DIRECTOR)
    pages = [*HomePage.objects.live(), *TreatmentIndexPage.objects.live()]
    shown = {page.pk for page in patients_may_see(pages)}
    reviewed = []
    for page in pages:
        if page.pk in shown or page.workflow_in_progress:
            continue
        page.save_revision(user=writer)
        page.get_workflow().start(page, writer)
        page.refresh_from_db()
        approve_every_claim(
            task_state=page.current_workflow_task_state,
            director=director,
            password=_password(DEMO_DIRECTOR),
            second_factor=signing_code(director),
        )
        reviewed.append(page.title)
    return reviewed
