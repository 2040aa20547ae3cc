"""The article editor and the review screen at 10, 100 and 500 claims: queries, time, HTML size.

    .venv/bin/python bench/bench_editor.py [--repeats 7]
    .venv/bin/python bench/bench_editor.py --before ../main     # before and after, interleaved
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimcheck_bench \\
        .venv/bin/python bench/bench_editor.py

Also times saving a draft of each article (the compliance checks included) against its editor
GET: the ratio must stay under 2. Each time is printed as wall time and as processor time
("cpu"), which wanders less on a shared machine. The draft is posted as the browser posts the
editor's form, url-encoded (the form has no file inputs, so no multipart); "multipart ms" is
the same save posted as multipart, as Django's test client does by default, for comparison.

`--before TREE` measures another checkout (say, main) with this same script, size by size,
alternating the two trees, each size in a fresh process, and prints both and after/before.
`--profile DIR` writes pyinstrument's profiles of the 500-claim editor, draft save and review
screen into DIR.
"""

import argparse
import json
from pathlib import Path

from harness import THIS_TREE, median_times, run_in_tree, throwaway_database  # sets up Django first
from pyinstrument import Profiler

from django.urls import reverse
from django.utils.http import urlencode

from pages import body_builder
from pages.choices import ClaimType
from tests.support.editor_forms import body_as_posted, edit_form
from tests.support.factories import (
    ReferenceFactory,
    WriterFactory,
    add_article,
    signing_director,
)
from tests.support.identity import TwoFactorClient as Client
from tests.support.publishing import go_live, reword_claim, submit_for_review
from tests.support.review_screen import review_url

SIZES = (10, 100, 500)
COLUMNS = (
    ("editor_queries", "editor queries", "{:.0f}"),
    ("review_editor_queries", "in review", "{:.0f}"),
    ("editor_ms", "editor ms", "{:.0f}"),
    ("editor_cpu_ms", "cpu", "{:.0f}"),
    ("editor_kb", "editor KB", "{:.0f}"),
    ("save_ms", "save ms", "{:.0f}"),
    ("save_cpu_ms", "cpu", "{:.0f}"),
    ("save_per_editor", "save/editor", "{:.2f}"),
    ("save_per_editor_cpu", "cpu", "{:.2f}"),
    ("multipart_ms", "multipart ms", "{:.0f}"),
    ("review_queries", "review queries", "{:.0f}"),
    ("review_ms", "review ms", "{:.0f}"),
    ("review_cpu_ms", "cpu", "{:.0f}"),
    ("review_kb", "review KB", "{:.0f}"),
    ("review_per_editor_kb", "review/editor KB", "{:.2f}"),
)


def cited_body(claims):
    """Half benefits, half risks, each claim citing two of twenty studies, as real articles do."""
    references = [ReferenceFactory() for _ in range(20)]
    half = claims // 2

    def claim(text, claim_type, number):
        cited = [references[number % 20], references[(number + 7) % 20]]
        return body_builder.claim(f"{text} {number}.", claim_type, cited)

    return json.dumps(
        [
            body_builder.heading("How it works"),
            body_builder.benefits(
                claim("Benefit statement", ClaimType.EFFICACY, n) for n in range(claims - half)
            ),
            body_builder.risks(claim("Risk statement", ClaimType.SAFETY, n) for n in range(half)),
        ]
    )


def profiled(request, path):
    profiler = Profiler(interval=0.0005)
    with profiler:
        request()
    Path(path).write_text(profiler.output_text(show_all=False))


def timed_save(editor, edit_url, body, repeats, **kwargs):
    """Median wall and processor seconds of saving the same draft `repeats` times (a new
    revision each time)."""

    def save():
        saved = editor.post(edit_url, body, **kwargs)
        if saved.status_code != 302:  # the editor shows its form again: the save was refused
            raise RuntimeError(f"Saving a draft failed with HTTP {saved.status_code}")
        return saved

    wall, processor, _ = median_times(save, repeats)
    return wall, processor


def bench_size(claims, repeats, profile=None):
    writer = WriterFactory()
    article = go_live(
        add_article(title=f"Article with {claims} claims", body=cited_body(claims), owner=writer)
    )
    editor = Client()
    editor.force_login(writer)
    edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    editor.get(edit_url)
    edit_time, edit_cpu, edit_queries = median_times(lambda: editor.get(edit_url), repeats)
    edit_size = len(editor.get(edit_url).content)
    if profile:
        profiled(lambda: editor.get(edit_url), Path(profile) / "editor.txt")

    draft = article.get_latest_revision_as_object()
    posted = edit_form(article, body_as_posted(draft), action=None, summary=draft.summary)
    as_browser = urlencode(posted, doseq=True)
    form_type = "application/x-www-form-urlencoded"
    save_time, save_cpu = timed_save(editor, edit_url, as_browser, repeats, content_type=form_type)
    multipart_time, _ = timed_save(editor, edit_url, posted, repeats)
    if profile:
        profiled(
            lambda: editor.post(edit_url, as_browser, content_type=form_type),
            Path(profile) / "save.txt",
        )

    reword_claim(article, 1, "<p>Reworded for the bench.</p>", writer)
    task_state = submit_for_review(article, writer)
    editor.get(edit_url)
    _, _, review_editor_queries = median_times(lambda: editor.get(edit_url), 1)
    staff = Client()
    staff.force_login(signing_director())
    url = review_url(task_state)
    staff.get(url)
    screen_time, screen_cpu, screen_queries = median_times(lambda: staff.get(url), repeats)
    screen_size = len(staff.get(url).content)
    if profile:
        profiled(lambda: staff.get(url), Path(profile) / "review.txt")
    return {
        "editor_queries": edit_queries,
        "review_editor_queries": review_editor_queries,
        "editor_ms": edit_time * 1000,
        "editor_cpu_ms": edit_cpu * 1000,
        "editor_kb": edit_size / 1024,
        "save_ms": save_time * 1000,
        "save_cpu_ms": save_cpu * 1000,
        "save_per_editor": save_time / edit_time,
        "save_per_editor_cpu": save_cpu / edit_cpu,
        "multipart_ms": multipart_time * 1000,
        "review_queries": screen_queries,
        "review_ms": screen_time * 1000,
        "review_cpu_ms": screen_cpu * 1000,
        "review_kb": screen_size / 1024,
        "review_per_editor_kb": screen_size / edit_size,
    }


def table_row(label, claims, figures):
    cells = " ".join(
        f"{fmt.format(figures[key]):>{max(len(title), 6)}}" for key, title, fmt in COLUMNS
    )
    return f"{label:<7} {claims:>6} {cells}"


def header():
    titles = " ".join(f"{title:>{max(len(title), 6)}}" for _, title, _ in COLUMNS)
    return f"{'tree':<7} {'claims':>6} {titles}"


def scaling(label, by_size):
    small, large = by_size[SIZES[0]], by_size[SIZES[-1]]
    return (
        f"{label}: {SIZES[-1]} vs {SIZES[0]} claims: editor "
        f"{large['editor_ms'] / small['editor_ms']:.1f}x, review screen "
        f"{large['review_ms'] / small['review_ms']:.1f}x (processor time: editor "
        f"{large['editor_cpu_ms'] / small['editor_cpu_ms']:.1f}x, review screen "
        f"{large['review_cpu_ms'] / small['review_cpu_ms']:.1f}x); {SIZES[-1]}-claim review "
        f"screen {large['review_ms'] / large['editor_ms']:.2f}x the editor's time"
    )


def measure_in(tree, claims, repeats):
    """One size measured by this script in a fresh process running `tree`'s code."""
    return run_in_tree(__file__, tree, ["--one", str(claims), "--repeats", str(repeats)])


def before_and_after(before_tree, repeats):
    trees = {"before": Path(before_tree).resolve(), "after": THIS_TREE}
    figures = {label: {} for label in trees}
    print(f"before: {trees['before']}; after: {THIS_TREE}; median of {repeats} requests")
    print("times in ms, sizes in KB; each size in a fresh process, the trees alternating")
    print(header())
    for round_number, claims in enumerate(SIZES):
        # Alternate which tree goes first, so neither always meets a warmer machine.
        order = ("before", "after") if round_number % 2 == 0 else ("after", "before")
        for label in order:
            figures[label][claims] = measure_in(trees[label], claims, repeats)
        for label in ("before", "after"):
            print(table_row(label, claims, figures[label][claims]), flush=True)
    for label in ("before", "after"):
        print(scaling(label, figures[label]))
    for claims in SIZES:
        before, after = figures["before"][claims], figures["after"][claims]
        print(
            f"{claims} claims, after/before: "
            f"editor {after['editor_ms'] / before['editor_ms']:.2f}, "
            f"save {after['save_ms'] / before['save_ms']:.2f}, "
            f"review screen {after['review_ms'] / before['review_ms']:.2f}; processor time: "
            f"editor {after['editor_cpu_ms'] / before['editor_cpu_ms']:.2f}, "
            f"save {after['save_cpu_ms'] / before['save_cpu_ms']:.2f}, "
            f"review screen {after['review_cpu_ms'] / before['review_cpu_ms']:.2f}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--profile", help="a folder to write the 500-claim profiles into")
    parser.add_argument("--before", help="another checkout to measure alongside this one")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, as JSON
    args = parser.parse_args()
    if args.before:
        before_and_after(args.before, args.repeats)
        return
    if args.one:
        with throwaway_database():
            print(json.dumps(bench_size(args.one, args.repeats)))
        return
    with throwaway_database() as vendor:
        print(f"database: {vendor}; median of {args.repeats} requests; times in ms, sizes in KB")
        print(header())
        by_size = {}
        for size in SIZES:
            profile = args.profile if size == SIZES[-1] else None
            by_size[size] = bench_size(size, args.repeats, profile)
            print(table_row("this", size, by_size[size]), flush=True)
    print(scaling("this tree", by_size))


if __name__ == "__main__":
    main()
