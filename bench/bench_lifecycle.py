"""How the review lifecycle's jobs scale with the number of live articles.

    .venv/bin/python bench/bench_lifecycle.py [--articles 50]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimcheck_bench \
        .venv/bin/python bench/bench_lifecycle.py

For that many live articles (four claims each), prints the time and SQL queries of a run of
every job on a quiet day (nothing due), and of the patient page with and without a retracted
study among its references, on a throwaway database.
"""

import argparse
import datetime
import logging

import time_machine
from harness import measured, median_request, throwaway_database

from django.utils import timezone

from lifecycle.jobs import JOBS
from lifecycle.models import EvidenceEvent
from tests.support.factories import ReferenceFactory, WriterFactory, add_article, claims_body
from tests.support.factories import signing_director as make_director
from tests.support.identity import TwoFactorClient as Client
from tests.support.publishing import go_live


def run_every_job(label):
    with measured(label) as result:
        outcomes = [job.call() for job in JOBS.values()]
        result["note"] = f"{len(outcomes)} jobs"


def bench_size(articles):
    director, writer = make_director(), WriterFactory()
    studies = [ReferenceFactory() for _ in range(articles)]
    live = [
        go_live(
            add_article(title=f"Article {n}", body=claims_body(4, [study]), owner=writer), director
        )
        for n, study in enumerate(studies)
    ]
    run_every_job(f"{articles} articles: every job, nothing due")
    with time_machine.travel(timezone.now() + datetime.timedelta(days=340), tick=False):
        run_every_job(f"{articles} articles: every job, all reviews opening")
        run_every_job(f"{articles} articles: every job again, nothing left to do")
    patient = Client()
    page, queries = median_request(lambda: patient.get(live[0].url), 15)
    print(f"{articles} articles: patient page {page * 1000:.1f} ms median, {queries} queries")
    EvidenceEvent.objects.create(
        reference=studies[0],
        kind=EvidenceEvent.Kind.RETRACTED,
        occurred_on=datetime.date(2026, 11, 20),
        source_url="https://doi.org/10.5555/bench",
    )
    page, queries = median_request(lambda: patient.get(live[0].url), 15)
    print(
        f"{articles} articles: patient page, its study retracted {page * 1000:.1f} ms median, "
        f"{queries} queries"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    args = parser.parse_args()
    logging.getLogger("lifecycle").setLevel(logging.WARNING)  # each job logs its outcome
    with throwaway_database() as vendor:
        print(f"database: {vendor}")
        bench_size(args.articles)


if __name__ == "__main__":
    main()
