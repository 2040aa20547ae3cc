from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from demo.articles import edit_awaiting_review, ensure_articles
from demo.clinic import (
    ensure_clinic_pages,
    ensure_clinic_settings,
    ensure_home_page,
    ensure_sample_requests,
)
from demo.library import shared_everywhere
from demo.reset import reset_demo_database
from demo.users import DEMO_ACCOUNTS, ensure_demo_accounts


class Command(BaseCommand):
    help = (
        "Load the fictional demo clinic (accounts, articles, services, locations, sample "
        "consultation requests). Safe to run more than once; --reset starts it afresh."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help=(
                "Delete the SQLite development database, including everything done in it, "
                "and load the demo into a new one, so the pending review can be tried again. "
                "Refused on PostgreSQL, whose sign-off records cannot be deleted."
            ),
        )

    def handle(self, *args, reset=False, **options):
        if settings.ENVIRONMENT == "production":
            raise CommandError(
                "load_demo refuses to run with production settings: its accounts have "
                "published passwords."
            )
        if reset:
            path = reset_demo_database()
            self.stdout.write(f"Deleted {path} and migrated a new, empty database.")
        # The review emails the demo triggers would bury the logins printed below.
        with (
            override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
            transaction.atomic(),
        ):
            created = ensure_demo_accounts()
            articles = ensure_articles()
            ensure_clinic_settings()
            ensure_home_page()
            clinic_sections = ensure_clinic_pages()
            requests = ensure_sample_requests()
        self.stdout.write(
            f"Demo accounts created: {len(created)} (existing ones left as they were)"
        )
        self.stdout.write(
            f"Demo articles reviewed and published: {len(articles)} (existing ones left as they "
            "were)."
        )
        self.stdout.write(
            f"Library claims signed once in the claims library and shown in every live demo "
            f"article: {shared_everywhere()}."
        )
        if waiting := edit_awaiting_review():
            self.stdout.write(
                f"One edit to “{waiting.title}” awaits a director's sign-off: log in as "
                "director and open it from “Awaiting my sign-off”."
            )
        else:
            self.stdout.write(
                "No edit awaits a director's sign-off (the demo's edit has been decided); "
                "`manage.py load_demo --reset` puts the demo back to its first state."
            )
        self.stdout.write(
            f"Services, locations, contact and medical team pages reviewed and published: "
            f"{len(clinic_sections)}; sample consultation requests added: {len(requests)}"
        )
        self.stdout.write("")
        self.stdout.write("Demo logins for http://127.0.0.1:8000/admin/ :")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(
                f"  {account.role:<18} {account.username:<11} password: {account.password}"
            )
        self.stdout.write("")
        self.stdout.write(
            "Every demo login also asks for an authenticator code, and so does signing. In "
            "another terminal run"
        )
        self.stdout.write("  .venv/bin/python manage.py demo_code director")
        self.stdout.write(
            "(any demo username) for the code that account's authenticator shows now; each "
            "code works once."
        )
