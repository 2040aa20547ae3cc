"""How the patient page and the review screen scale with the number of claims.

    .venv/bin/python bench/bench_pages.py [--repeats 15]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimcheck_bench \
        .venv/bin/python bench/bench_pages.py

For articles of 10, 100 and 500 claims (20 distinct references), prints SQL queries per request
and the median time of the patient page (uncached) and the director's review screen, and the
queries and time of the signing POST, on a throwaway database; then how many times the
10-claim page's time the 500-claim page takes. `--profile FILE` writes pyinstrument's profile of
one 500-claim patient page to FILE.
"""

import argparse
import time
from pathlib import Path

from harness import median_request, throwaway_database
from pyinstrument import Profiler

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.support.factories import ReferenceFactory, WriterFactory, add_article, claims_body
from tests.support.factories import signing_director as make_director
from tests.support.identity import TwoFactorClient as Client
from tests.support.publishing import go_live, reword_claim, submit_for_review
from tests.support.review_screen import review_url, signing_post

SIZES = (10, 100, 500)


def bench_size(claims, repeats, profile=None):
    references = [ReferenceFactory() for _ in range(20)]
    article = go_live(
        add_article(title=f"Article with {claims} claims", body=claims_body(claims, references))
    )
    patient = Client()
    patient.get(article.url)
    page_time, page_queries = median_request(lambda: patient.get(article.url), repeats)
    if profile:
        profiler = Profiler(interval=0.0005)
        with profiler:
            patient.get(article.url)
        Path(profile).write_text(profiler.output_text())

    writer = WriterFactory()
    reword_claim(article, 1, "<p>Reworded for the bench.</p>", writer)
    task_state = submit_for_review(article, writer)
    director = make_director()
    staff = Client()
    staff.force_login(director)
    url = review_url(task_state)
    screen_time, screen_queries = median_request(lambda: staff.get(url), repeats)

    with CaptureQueriesContext(connection) as signing:
        started = time.perf_counter()
        response = staff.post(url, signing_post(task_state))
        signing_time = time.perf_counter() - started
    if response.status_code != 302:
        raise RuntimeError(f"Signing failed with HTTP {response.status_code}")
    print(
        f"{claims:>6} {page_queries:>13} {page_time * 1000:>14.1f} {screen_queries:>15} "
        f"{screen_time * 1000:>16.1f} {len(signing):>15} {signing_time * 1000:>12.1f}"
    )
    return page_time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--profile", help="write a profile of the 500-claim patient page here")
    args = parser.parse_args()
    with throwaway_database() as vendor:
        print(f"database: {vendor}; median of {args.repeats} requests; times in ms")
        print(
            f"{'claims':>6} {'page queries':>13} {'page median':>14} {'review queries':>15} "
            f"{'review median':>16} {'sign queries':>15} {'sign time':>12}"
        )
        page_times = {
            size: bench_size(size, args.repeats, args.profile if size == SIZES[-1] else None)
            for size in SIZES
        }
        ratio = page_times[SIZES[-1]] / page_times[SIZES[0]]
        print(f"patient page, {SIZES[-1]} claims against {SIZES[0]}: {ratio:.1f}x the time")


if __name__ == "__main__":
    main()
