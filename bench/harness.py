"""What every bench needs: Django on test settings, a throwaway database, and a stopwatch.

Import this module first in a bench script; it sets up Django.
"""

import json
import os
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

# The checkout the benches sit in: the "after" of a before-and-after run.
THIS_TREE = Path(__file__).resolve().parent.parent

# CLAIMCHECK_BENCH_TREE runs a bench's code against another checkout (the "before" of a
# before-and-after run); by default, against the checkout the bench sits in.
sys.path.insert(
    0, os.environ.get("CLAIMCHECK_BENCH_TREE") or str(Path(__file__).resolve().parent.parent)
)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.template import Template  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    _TestState,
    setup_test_environment,
)


@contextmanager
def throwaway_database():
    """A fresh, migrated test database (SQLite file, or test_<name> on PostgreSQL)."""
    setup_test_environment()
    # The test environment has every template render report itself, so that the test client
    # can record it; production does neither, and at one render per claim it would be a third
    # of a long article's time.
    Template._render = _TestState.saved_data.template_render
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        yield connection.vendor
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


@contextmanager
def measured(label):
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        result = {}
        yield result
        elapsed = time.perf_counter() - started
    extra = f" ({result['note']})" if "note" in result else ""
    print(f"{label:<48} {elapsed:8.2f} s {len(queries):6d} queries{extra}")


def median_request(make_request, repeats):
    """Median seconds of `repeats` calls, and the queries of the last one."""
    timings = []
    for _ in range(repeats):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = make_request()
            timings.append(time.perf_counter() - started)
        if response.status_code not in (200, 302):
            raise RuntimeError(f"Unexpected status {response.status_code}")
    return statistics.median(timings), len(queries)


def median_times(make_request, repeats):
    """Median wall seconds and median processor seconds of `repeats` calls, and the queries of
    the last one. Processor time leaves out waiting for a busy machine's other work, so it
    wanders less than wall time on a shared box (the database runs in-process on SQLite, so its
    work is counted; PostgreSQL's is not)."""
    wall, processor = [], []
    for _ in range(repeats):
        with CaptureQueriesContext(connection) as queries:
            started, started_cpu = time.perf_counter(), time.process_time()
            response = make_request()
            processor.append(time.process_time() - started_cpu)
            wall.append(time.perf_counter() - started)
        if response.status_code not in (200, 302):
            raise RuntimeError(f"Unexpected status {response.status_code}")
    return statistics.median(wall), statistics.median(processor), len(queries)


def run_in_tree(script, tree, arguments):
    """The JSON a bench `script` prints last, run with `arguments` in a fresh process on `tree`'s
    code (the other side of a `--before TREE` run)."""
    environment = {**os.environ, "CLAIMCHECK_BENCH_TREE": str(tree)}
    if connection.vendor == "sqlite":
        # The test database file stays in this checkout's var/, whichever tree's code runs.
        name = os.environ.get("CLAIMCHECK_TEST_DB", "").strip() or "bench.sqlite3"
        environment["CLAIMCHECK_TEST_DB"] = str(THIS_TREE / "var" / Path(name).name)
    command = [sys.executable, str(Path(script).resolve()), *arguments]
    finished = subprocess.run(  # noqa: S603 - a bench script of this checkout, this interpreter
        command, cwd=THIS_TREE, env=environment, capture_output=True, text=True, check=False
    )
    if finished.returncode != 0:
        raise RuntimeError(f"The bench failed in {tree}:\n{finished.stderr[-3000:]}")
    return json.loads(finished.stdout.strip().splitlines()[-1])
