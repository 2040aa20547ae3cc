import datetime

import pytest
import time_machine

from lifecycle.evidence import forget_retractions
from tests.support.factories import (
    ComplianceFactory,
    ReferenceFactory,
    add_article,
    claims_body,
    signing_director,
)
from tests.support.publishing import go_live


@pytest.fixture
def compliance(db):
    return ComplianceFactory(username="cora", first_name="Cora", last_name="Compliance")


@pytest.fixture
def second_director(db):
    return signing_director(username="dev", first_name="Dev", last_name="Patel")


@pytest.fixture
def live_article(director, writer):
    """A four-claim article, reviewed in full and live, due for review in 12 months."""
    article = add_article(body=claims_body(4, [ReferenceFactory()]), owner=writer)
    return go_live(article, director)


@pytest.fixture
def on_day():
    """Travel the application's clock to 09:00 UTC on a given date."""
    travellers = []

    def travel(day):
        moment = datetime.datetime.combine(day, datetime.time(9), tzinfo=datetime.UTC)
        traveller = time_machine.travel(moment, tick=False)
        traveller.start()
        travellers.append(traveller)

    yield travel
    for traveller in reversed(travellers):
        traveller.stop()


@pytest.fixture(autouse=True)
def no_kept_retractions():
    """Retractions are kept in the cache for patient pages; a test's own must not outlive it."""
    yield
    forget_retractions()
