"""One signature in the library covers every article that shows the claim."""

import pytest

from review.models import SignOff
from tests.support.library import approved_library_claim, article_showing
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def test_one_sign_off_of_a_library_claim_covers_two_articles(client, director):
    shared = approved_library_claim(
        "Blood pressure is checked every 15 minutes during a session.", director=director
    )
    first = go_live(article_showing([shared], "Ketamine infusion", "ketamine"))
    second = go_live(article_showing([shared], "Esketamine nasal spray", "esketamine"))

    for article in (first, second):
        response = client.get(article.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Blood pressure is checked every 15 minutes during a session." in html
        # Its citation is numbered with the article's own, and listed.
        assert shared.cited[0].title in html

    library_sign_offs = SignOff.objects.filter(block_id=str(shared.identity))
    assert library_sign_offs.count() == 1
    assert library_sign_offs.get().page_id is None
    # Neither article's review signed the library claim again.
    assert not SignOff.objects.filter(page__in=[first, second], block_id=str(shared.identity))
