import factory

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, WRITERS

TEST_PASSWORD = "correct horse battery staple"


def joins(role):
    def add_to_group(user, create, extracted, **kwargs):
        user.groups.add(Group.objects.get(name=role))

    return factory.PostGeneration(add_to_group)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@clinic.example")
    password = factory.django.Password(TEST_PASSWORD)


class WriterFactory(UserFactory):
    role = joins(WRITERS)


class DirectorFactory(UserFactory):
    role = joins(MEDICAL_DIRECTORS)


class ComplianceFactory(UserFactory):
    role = joins(COMPLIANCE)
