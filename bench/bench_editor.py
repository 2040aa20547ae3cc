"""The article editor and the review screen at 10, 100 and 500 claims: queries, time, HTML size.

    .venv/bin/python bench/bench_editor.py [--repeats 7]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimcheck_bench \
        .venv/bin/python bench/bench_editor.py

Also times saving a draft of each article (the compliance checks included) against its editor
GET, the ratio the editor must keep under 2. `--profile DIR` writes pyinstrument's profiles of
the 500-claim editor, draft save and review screen into DIR.
"""

import argparse
import json
import time
from pathlib import Path

from harness import median_request, throwaway_database  # sets up Django first
from pyinstrument import Profiler

from django.urls import reverse

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


def bench_size(claims, repeats, profile=None):
    writer = WriterFactory()
    article = go_live(
        add_article(title=f"Article with {claims} claims", body=cited_body(claims), owner=writer)
    )
    editor = Client()
    editor.force_login(writer)
    edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    editor.get(edit_url)
    edit_time, edit_queries = median_request(lambda: editor.get(edit_url), repeats)
    edit_size = len(editor.get(edit_url).content)
    if profile:
        profiled(lambda: editor.get(edit_url), Path(profile) / "editor.txt")

    draft = article.get_latest_revision_as_object()
    posted = edit_form(article, body_as_posted(draft), action=None, summary=draft.summary)
    started = time.perf_counter()
    saved = editor.post(edit_url, posted)
    save_time = time.perf_counter() - started
    if profile:
        profiled(lambda: editor.post(edit_url, posted), Path(profile) / "save.txt")
    if saved.status_code != 302:
        raise RuntimeError(f"Saving a draft failed with HTTP {saved.status_code}")

    reword_claim(article, 1, "<p>Reworded for the bench.</p>", writer)
    task_state = submit_for_review(article, writer)
    staff = Client()
    staff.force_login(signing_director())
    url = review_url(task_state)
    screen_time, screen_queries = median_request(lambda: staff.get(url), repeats)
    screen_size = len(staff.get(url).content)
    if profile:
        profiled(lambda: staff.get(url), Path(profile) / "review.txt")
    print(
        f"{claims:>6} {edit_queries:>14} {edit_time * 1000:>12.0f} {edit_size / 1024:>10.0f} "
        f"{save_time * 1000:>10.0f} {save_time / edit_time:>11.2f} {screen_queries:>15} "
        f"{screen_time * 1000:>13.0f} {screen_size / 1024:>11.0f}"
    )
    return edit_time, screen_time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--profile", help="a folder to write the 500-claim profiles into")
    args = parser.parse_args()
    with throwaway_database() as vendor:
        print(f"database: {vendor}; median of {args.repeats} requests; times in ms, sizes in KB")
        print(
            f"{'claims':>6} {'editor queries':>14} {'editor ms':>12} {'editor KB':>10} "
            f"{'save ms':>10} {'save/editor':>11} {'review queries':>15} {'review ms':>13} "
            f"{'review KB':>11}"
        )
        times = [
            bench_size(size, args.repeats, args.profile if size == SIZES[-1] else None)
            for size in SIZES
        ]
    (edit_small, screen_small), (edit_large, screen_large) = times[0], times[-1]
    print(
        f"500 vs 10 claims: editor {edit_large / edit_small:.1f}x, "
        f"review screen {screen_large / screen_small:.1f}x"
    )


if __name__ == "__main__":
    main()
