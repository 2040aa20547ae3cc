import datetime
import json

import factory

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from identity.roles import INTAKE
from pages import body_builder
from pages.choices import ClaimType, RegulatoryStatus, StudyDesign
from pages.models import Reference, TherapyStatus, TreatmentArticlePage, TreatmentIndexPage
from review.models import ReviewerProfile
from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, WRITERS
from tests.support.identity import appoint, authenticator

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


class IntakeFactory(UserFactory):
    role = joins(INTAKE)


class ReferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reference

    authors = factory.Sequence(lambda n: f"Author{n} A, Second B, Third C")
    title = factory.Sequence(lambda n: f"A randomised trial number {n}")
    publisher = "Journal of Test Medicine"
    year = 2023
    doi = factory.Sequence(lambda n: f"10.5555/test.{n}")
    study_design = StudyDesign.RCT


class TherapyStatusFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TherapyStatus
        django_get_or_create = ("therapy", "route", "indication")

    therapy = "Ketamine"
    route = "intravenous infusion"
    indication = "treatment-resistant depression"
    status = RegulatoryStatus.OFF_LABEL


def claims_body(count, references, **claim_kwargs):
    """A body of `count` claims (half benefits, half risks), each citing `references`."""
    half = count // 2
    return json.dumps(
        [
            body_builder.heading("How it works"),
            body_builder.benefits(
                body_builder.claim(f"Benefit statement {i}.", ClaimType.EFFICACY, references)
                for i in range(count - half)
            ),
            body_builder.risks(
                body_builder.claim(f"Risk statement {i}.", ClaimType.SAFETY, references)
                for i in range(half)
            ),
        ]
    )


def add_article(parent=None, *, title="Ketamine infusion for depression", body=None, **fields):
    """Create a treatment article as a draft revision (not live), like a writer's first save."""
    parent = parent or TreatmentIndexPage.objects.get(slug="treatments")
    if body is None:
        body = claims_body(4, [ReferenceFactory()])
    fields.setdefault("summary", "A plain summary of the treatment.")
    fields.setdefault("condition", "Treatment-resistant depression")
    fields.setdefault("therapy_status", TherapyStatusFactory())
    article = TreatmentArticlePage(title=title, body=body, live=False, **fields)
    parent.add_child(instance=article)
    article.save_revision()
    return article


class ReviewerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReviewerProfile

    user = factory.SubFactory(DirectorFactory)
    full_name = factory.LazyAttribute(lambda p: f"Dr {p.user.first_name} {p.user.last_name}")
    degrees = "MD"
    specialty = "Psychiatry"
    board_certification = "American Board of Psychiatry and Neurology"
    licence_state = "CA"
    licence_number = factory.Sequence(lambda n: f"TEST-{n:06d}")
    licence_verified_on = factory.LazyFunction(lambda: datetime.date.today())
    conflict_of_interest = "None declared."


def signing_director(**user_fields):
    """A medical director with a current licence, an authenticator app and an appointment
    confirmed by Compliance: ready to sign."""
    user = ReviewerProfileFactory(user=DirectorFactory(**user_fields)).user
    authenticator(user)
    return appoint(user)
