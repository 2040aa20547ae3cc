import pytest

from tests.support.library import approved_library_claim, article_showing
from tests.support.publishing import go_live


@pytest.fixture
def shared(director):
    return approved_library_claim(
        "Blood pressure is checked every 15 minutes during a session.", director=director
    )


@pytest.fixture
def two_articles(shared, director):
    return [
        go_live(article_showing([shared], "Ketamine infusion", "ketamine"), director),
        go_live(article_showing([shared], "Esketamine nasal spray", "esketamine"), director),
    ]
