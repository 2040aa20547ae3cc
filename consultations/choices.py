"""What a patient may pick on the form: the clinic's live treatments and locations."""

from clinic.models import live_locations
from pages.models import TreatmentArticlePage
from review.guard.entry import patients_may_see

NO_TREATMENT = ("", "Not sure yet")
NO_LOCATION = ("", "No preference")


def treatment_choices():
    articles = TreatmentArticlePage.objects.live().public().order_by("title")
    return [NO_TREATMENT, *((a.slug, a.title) for a in patients_may_see(articles))]


def location_choices():
    # The location's name is stored, not a link to its page: the request outlives page edits.
    return [NO_LOCATION, *((location.title, location.title) for location in live_locations())]
