"""What library claims cost a patient page, and what one library sign-off saves.

    .venv/bin/python bench/bench_library.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimcheck_bench \
        .venv/bin/python bench/bench_library.py

On a throwaway database, prints the patient page's median time and queries with the same
statements as the article's own claims and as library claims (0, 10 and 50 of them), and the
sign-offs needed to correct one statement shared by 10 articles: signed in each article, and
signed once in the library.
"""

import json

from harness import median_request, throwaway_database

from pages import body_builder
from pages.choices import ClaimType
from review.models import SignOff
from tests.support.factories import ReferenceFactory, add_article
from tests.support.factories import signing_director as make_director
from tests.support.identity import TwoFactorClient as Client
from tests.support.library import approved_library_claim
from tests.support.publishing import go_live


def page_with(blocks, slug, director):
    body = json.dumps([body_builder.heading("What to expect"), body_builder.risks(blocks)])
    return go_live(add_article(title=f"Article {slug}", slug=slug, body=body), director)


def main():
    with throwaway_database() as vendor:
        print(f"database: {vendor}")
        director = make_director()
        reference = ReferenceFactory()
        patient = Client()
        library = [
            approved_library_claim(
                f"Shared statement {n}.", director=director, references=[reference]
            )
            for n in range(50)
        ]
        for count in (0, 10, 50):
            own = page_with(
                [
                    body_builder.claim(f"Shared statement {n}.", ClaimType.SAFETY, [reference])
                    for n in range(count)
                ],
                f"own-{count}",
                director,
            )
            shared = page_with(
                [body_builder.library_claim(claim) for claim in library[:count]],
                f"library-{count}",
                director,
            )
            for label, article in (("own claims", own), ("library claims", shared)):
                seconds, queries = median_request(lambda a=article: patient.get(a.url), 15)
                print(
                    f"{count:>3} {label:<14} patient page {seconds * 1000:6.1f} ms median, "
                    f"{queries} queries"
                )
        before = SignOff.objects.count()
        for n in range(10):
            page_with(
                [body_builder.claim("One shared fact.", ClaimType.SAFETY, [reference])],
                f"copy-{n}",
                director,
            )
        copies = SignOff.objects.count() - before
        before = SignOff.objects.count()
        approved_library_claim("One shared fact.", director=director, references=[reference])
        once = SignOff.objects.count() - before
        print(
            f"one statement in 10 articles: {copies} claim sign-offs as articles' own claims, "
            f"{once} in the library ({copies / once:.0f}x fewer)"
        )


if __name__ == "__main__":
    main()
