import pytest

from django.contrib.auth.models import Group

from review.roles import SITE_ADMINS
from tests.support.factories import (
    ComplianceFactory,
    ReferenceFactory,
    UserFactory,
    add_article,
    claims_body,
)
from tests.support.history import publish_versions


@pytest.fixture
def compliance(db):
    return ComplianceFactory(username="cora", first_name="Cora", last_name="Compliance")


@pytest.fixture
def site_admin(db):
    user = UserFactory(username="sam", first_name="Sam", last_name="Admin")
    user.groups.add(Group.objects.get(name=SITE_ADMINS))
    return user


@pytest.fixture
def article_with_two_versions(director, writer):
    """Version 1 live, then claim 1 reworded and signed again as version 2."""
    article = add_article(body=claims_body(4, [ReferenceFactory()]), owner=writer)
    return publish_versions(article, director, writer, 2)
