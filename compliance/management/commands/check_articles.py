"""Audit existing content: run the compliance checks over every article's latest version."""

from django.core.management.base import BaseCommand, CommandError

from compliance.submission import check_saved
from pages.models import TreatmentArticlePage


class Command(BaseCommand):
    help = (
        "Run the compliance checks over the latest revision of every treatment article (or one) "
        "and print the findings. Exits with status 1 if any article has a BLOCK finding."
    )

    def add_arguments(self, parser):
        parser.add_argument("--slug", help="Check only the article with this slug.")

    def handle(self, *args, slug=None, **options):
        articles = TreatmentArticlePage.objects.order_by("path")
        if slug:
            articles = articles.filter(slug=slug)
            if not articles.exists():
                raise CommandError(f"No treatment article has the slug “{slug}”.", returncode=2)

        blocked = 0
        for article in articles:
            content = article.get_latest_revision_as_object()
            check = check_saved(content)
            self.stdout.write(
                f"{article.slug} ({content.title}), revision {article.latest_revision_id}: "
                f"{len(check.blocking)} BLOCK, {len(check.warnings)} WARN"
            )
            for item in check.items:
                self.stdout.write(
                    f"  {item.severity.upper():5} {item.rule_id} · {item.where}: {item.message}"
                )
            blocked += bool(check.blocking)

        summary = f"Checked {articles.count()} article(s); {blocked} with BLOCK findings."
        if blocked:
            raise CommandError(summary, returncode=1)
        self.stdout.write(summary)
