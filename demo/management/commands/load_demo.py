from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from demo.articles import ensure_articles
from demo.clinic import (
    ensure_clinic_pages,
    ensure_clinic_settings,
    ensure_home_page,
    ensure_sample_requests,
)
from demo.users import DEMO_ACCOUNTS, ensure_demo_accounts


class Command(BaseCommand):
    help = (
        "Load the fictional demo clinic (accounts, articles, services, locations, sample "
        "consultation requests). Safe to run more than once."
    )

    def handle(self, *args, **options):
        if settings.ENVIRONMENT == "production":
            raise CommandError(
                "load_demo refuses to run with production settings: its accounts have "
                "published passwords."
            )
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
            "were); one edit awaits a director's sign-off."
        )
        self.stdout.write(
            f"Services, locations and contact pages reviewed and published: "
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
