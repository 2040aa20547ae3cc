"""How the patient page and the review screen scale with the number of claims.

    .venv/bin/python bench/bench_pages.py [--repeats 15]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimcheck_bench \
        .venv/bin/python bench/bench_pages.py

For articles of 10, 100 and 500 claims (20 distinct references), prints SQL queries per request
and the median time of the patient page (uncached) and the director's review screen, and the
queries and time of the signing POST (with the search index left to the worker, as production
settings do: SEARCH_INDEX_TASK_BACKEND), on a throwaway database; then how many times the
10-claim page's time the 500-claim page takes, in wall time and in processor time (steadier on a
shared machine). `--profile FILE` writes pyinstrument's profile of one 500-claim patient page to
FILE.

    .venv/bin/python bench/bench_pages.py --before ../main [--pairs 3]

measures another checkout (say, main) with this same script as well: each run in a fresh
process, the two trees alternating, and prints each run, the medians and after/before.
"""

import argparse
import json
import statistics
import time
from pathlib import Path

from harness import THIS_TREE, median_request, median_times, run_in_tree, throwaway_database
from pyinstrument import Profiler

from django.db import connection
from django.test import override_settings
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
    page_time, page_cpu, page_queries = median_times(lambda: patient.get(article.url), repeats)
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

    posted = signing_post(task_state)
    with (
        override_settings(SEARCH_INDEX_TASK_BACKEND="lifecycle"),
        CaptureQueriesContext(connection) as signing,
    ):
        started, started_cpu = time.perf_counter(), time.process_time()
        response = staff.post(url, posted)
        signing_cpu = time.process_time() - started_cpu
        signing_time = time.perf_counter() - started
    if response.status_code != 302:
        raise RuntimeError(f"Signing failed with HTTP {response.status_code}")
    return {
        "page_queries": page_queries,
        "page_ms": page_time * 1000,
        "page_cpu_ms": page_cpu * 1000,
        "review_queries": screen_queries,
        "review_ms": screen_time * 1000,
        "sign_queries": len(signing),
        "sign_ms": signing_time * 1000,
        "sign_cpu_ms": signing_cpu * 1000,
    }


COLUMNS = (
    ("page_queries", "page queries", "{:.0f}"),
    ("page_ms", "page ms", "{:.1f}"),
    ("page_cpu_ms", "page cpu ms", "{:.1f}"),
    ("review_queries", "review queries", "{:.0f}"),
    ("review_ms", "review ms", "{:.1f}"),
    ("sign_queries", "sign queries", "{:.0f}"),
    ("sign_ms", "sign ms", "{:.1f}"),
    ("sign_cpu_ms", "sign cpu ms", "{:.1f}"),
)


def header():
    return f"{'claims':>6} " + " ".join(f"{title:>{len(title)}}" for _, title, _ in COLUMNS)


def table_row(claims, figures):
    cells = " ".join(f"{fmt.format(figures[key]):>{len(title)}}" for key, title, fmt in COLUMNS)
    return f"{claims:>6} {cells}"


def scaling(by_size):
    small, large = by_size[SIZES[0]], by_size[SIZES[-1]]
    return {
        "wall": large["page_ms"] / small["page_ms"],
        "cpu": large["page_cpu_ms"] / small["page_cpu_ms"],
    }


def run_in(tree, repeats):
    """This script's figures for every size, in a fresh process running `tree`'s code."""
    figures = run_in_tree(__file__, tree, ["--json", "--repeats", str(repeats)])
    return {int(size): row for size, row in figures.items()}


def before_and_after(before_tree, repeats, pairs):
    trees = {"before": Path(before_tree).resolve(), "after": THIS_TREE}
    runs = {label: [] for label in trees}
    print(f"before: {trees['before']}; after: {THIS_TREE}; median of {repeats} requests")
    print("times in ms; each run in a fresh process, the trees alternating")
    for pair in range(pairs):
        # Alternate which tree goes first, so neither always meets a warmer machine.
        order = ("before", "after") if pair % 2 == 0 else ("after", "before")
        for label in order:
            by_size = run_in(trees[label], repeats)
            runs[label].append(by_size)
            ratio = scaling(by_size)
            print(f"pair {pair + 1}, {label}: {header()}")
            for size in SIZES:
                print(f"{'':>15} {table_row(size, by_size[size])}")
            print(
                f"{'':>15} {SIZES[-1]} against {SIZES[0]} claims: {ratio['wall']:.1f}x wall, "
                f"{ratio['cpu']:.1f}x processor time",
                flush=True,
            )
    print("medians of the runs, and after/before:")
    for key, title, _ in COLUMNS:
        if key.endswith("queries"):
            continue
        for size in SIZES:
            before = statistics.median(run[size][key] for run in runs["before"])
            after = statistics.median(run[size][key] for run in runs["after"])
            print(
                f"{title:>12}, {size:>3} claims: {before:9.1f} {after:9.1f} {after / before:6.2f}"
            )
    for kind in ("wall", "cpu"):
        before = [scaling(run)[kind] for run in runs["before"]]
        after = [scaling(run)[kind] for run in runs["after"]]
        print(
            f"{SIZES[-1]} against {SIZES[0]} claims, {kind}: before "
            f"{statistics.median(before):.1f}x ({min(before):.1f} to {max(before):.1f}), after "
            f"{statistics.median(after):.1f}x ({min(after):.1f} to {max(after):.1f})"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--profile", help="write a profile of the 500-claim patient page here")
    parser.add_argument("--before", help="another checkout to measure alongside this one")
    parser.add_argument("--pairs", type=int, default=3, help="runs of each tree with --before")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # for --before
    args = parser.parse_args()
    if args.before:
        before_and_after(args.before, args.repeats, args.pairs)
        return
    with throwaway_database() as vendor:
        if not args.json:
            print(f"database: {vendor}; median of {args.repeats} requests; times in ms")
            print(header())
        by_size = {}
        for size in SIZES:
            profile = args.profile if size == SIZES[-1] else None
            by_size[size] = bench_size(size, args.repeats, profile)
            if not args.json:
                print(table_row(size, by_size[size]), flush=True)
    if args.json:
        print(json.dumps(by_size))
        return
    ratio = scaling(by_size)
    print(
        f"patient page, {SIZES[-1]} claims against {SIZES[0]}: {ratio['wall']:.1f}x the wall "
        f"time, {ratio['cpu']:.1f}x the processor time"
    )


if __name__ == "__main__":
    main()
