import pytest

from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission

from review.roles import ALL_ROLES, WRITERS

pytestmark = pytest.mark.django_db


def test_every_role_exists_and_may_use_the_admin():
    for role in ALL_ROLES:
        group = Group.objects.get(name=role)
        assert group.permissions.filter(codename="access_admin").exists()


def test_writers_may_add_and_edit_treatments_but_not_publish(treatments):
    codenames = set(
        GroupPagePermission.objects.filter(group__name=WRITERS, page=treatments).values_list(
            "permission__codename", flat=True
        )
    )

    assert codenames == {"add_page", "change_page"}


def test_no_group_may_publish_anything():
    assert not GroupPagePermission.objects.filter(permission__codename="publish_page").exists()
