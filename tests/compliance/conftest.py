import pytest

from tests.support.factories import (
    ReferenceFactory,
    TherapyStatusFactory,
    WriterFactory,
    add_article,
)


@pytest.fixture
def author(db):
    return WriterFactory(username="sam", first_name="Sam", last_name="Okoro")


@pytest.fixture
def author_client(client, author):
    client.force_login(author)
    return client


@pytest.fixture
def therapy(db):
    return TherapyStatusFactory()


@pytest.fixture
def trial(db):
    return ReferenceFactory(authors="Okafor N, Lee J", year=2023)


@pytest.fixture
def article(author, therapy):
    return add_article(title="IV ketamine for depression", owner=author, therapy_status=therapy)
