import pytest

from django.urls import reverse
from django.utils.html import strip_tags

from tests.support.factories import signing_director
from tests.support.review_screen import review_url, signing_post

pytestmark = pytest.mark.django_db


def test_director_sees_the_article_awaiting_their_sign_off(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    panel = html[html.index("Awaiting my sign-off") :]
    assert f'href="{review_url(task_state)}"' in panel
    assert article.title in panel


def test_director_who_wrote_the_article_is_not_asked_to_sign_it(client, submitted):
    article, task_state = submitted
    author = signing_director(username="author-director")
    article.owner = author
    article.save(update_fields=["owner"])
    client.force_login(author)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Nothing is waiting for your signature." in html


def test_writer_sees_changes_requested_with_the_reasons(client, director, writer, submitted):
    article, task_state = submitted
    client.force_login(director)
    client.post(
        review_url(task_state), signing_post(task_state, changes={3: "Cite the 2023 trial."})
    )
    client.force_login(writer)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    panel = html[html.index("Changes requested") :]
    assert article.title in panel
    assert "Cite the 2023 trial." in panel
    assert reverse("wagtailadmin_pages:edit", args=[article.pk]) in panel


def test_each_change_request_names_its_claim_and_links_to_it(client, director, writer, submitted):
    article, task_state = submitted
    third = article.claims[2]
    client.force_login(director)
    client.post(
        review_url(task_state), signing_post(task_state, changes={3: "Cite the 2023 trial."})
    )
    client.force_login(writer)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    panel = html[html.index("Changes requested") :]
    edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    assert f'href="{edit_url}#block-{third.block_id}-section"' in panel
    assert f"The claim “{strip_tags(third.statement).strip()}”" in panel


def test_directors_see_one_review_queue_not_two(client, director, submitted):
    client.force_login(director)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Awaiting my sign-off" in html
    assert "Awaiting your review" not in html
