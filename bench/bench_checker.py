"""How long the writers' checker takes on the demo articles, and on one five times the largest.

    .venv/bin/python bench/bench_checker.py [--repeats 50]

Loads the demo clinic into a throwaway database, builds each article's checker input the way
the editor does, and prints the median time of `check_article` (the editor's budget is 200 ms
for the largest demo article), with its sentence count and findings. Loading the trained
detector, once per process, is timed separately.
"""

import argparse
import io
import statistics
import time
from dataclasses import replace
from datetime import date

from harness import throwaway_database

from django.core.management import call_command

from compliance.core.checker import check_article
from compliance.core.context import sentence_spans
from compliance.core.learned import LinearModel
from compliance.core.passages import passages
from compliance.core.unmarked import MODEL_PATH
from compliance.from_article import article_input_for
from pages.models import TreatmentArticlePage


def median_seconds(work, repeats):
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def sentences(article_input):
    return sum(len(sentence_spans(p.words.text)) for p in passages(article_input))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=50)
    repeats = parser.parse_args().repeats
    load = median_seconds(lambda: LinearModel.load(MODEL_PATH), 5)
    print(f"{'load the trained detector (once per process)':<56} {load * 1000:8.1f} ms")
    with throwaway_database():
        call_command("load_demo", verbosity=0, stdout=io.StringIO())
        inputs = [
            (page.title, article_input_for(page, date.today()))
            for page in TreatmentArticlePage.objects.order_by("title")
        ]
        largest_title, largest = max(inputs, key=lambda item: sentences(item[1]))
        five_times = replace(
            largest,
            claims=largest.claims * 5,
            texts=tuple(
                replace(t, block_id=f"{t.block_id}-{i}") for i in range(5) for t in largest.texts
            ),
        )
        inputs.append((f"{largest_title} x5", five_times))
        for title, article_input in inputs:
            seconds = median_seconds(lambda a=article_input: check_article(a), repeats)
            findings = len(check_article(article_input))
            print(
                f"{title[:40]:<40} {sentences(article_input):4d} sentences "
                f"{seconds * 1000:8.1f} ms median  {findings:3d} findings"
            )


if __name__ == "__main__":
    main()
