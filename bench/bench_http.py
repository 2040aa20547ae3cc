"""Requests per second for the demo's largest article over gunicorn, as a patient gets it.

    .venv/bin/python bench/bench_http.py [--duration 15]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimcheck_bench \
        .venv/bin/python bench/bench_http.py

Loads the demo clinic into a throwaway database, starts gunicorn with production settings and
deploy/gunicorn.conf.py (2 sync workers) and loads the article with Debian's wrk (2 threads,
8 connections): uncached, from the shared cache (Redis at BENCH_REDIS_URL, default database 8
on 127.0.0.1), and through Varnish with deploy/varnish/claimcheck.vcl. Prints requests per
second, the median and 99th percentile latency and the errors (non-2xx answers, socket errors).
Needs gunicorn, wrk, varnishd and Redis (bash .ci/run installs them all).
"""

import argparse
import io
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from harness import throwaway_database

from django.core.management import call_command
from django.db import connection

from pages.models import TreatmentArticlePage

BASE_DIR = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/8")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    user = database["USER"] or "postgres"
    password = f":{database['PASSWORD']}" if database["PASSWORD"] else ""
    return (
        f"postgres://{user}{password}@{database['HOST'] or '127.0.0.1'}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )


def production_env(**extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url(),
        # wrk speaks plain HTTP to the app server, as the proxy in front does.
        "SECURE_SSL_REDIRECT": "false",
        **extra,
    }


def wait_for(url, process, what):
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited: {process.stdout.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not answer {url}")


@contextmanager
def running(command, env, url, what):
    process = subprocess.Popen(  # noqa: S603 - fixed commands
        command, env=env, cwd=BASE_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        wait_for(url, process, what)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=20)


def gunicorn(port, **env):
    command = [
        str(VENV_BIN / "gunicorn"),
        "-c",
        "deploy/gunicorn.conf.py",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "2",
        "--access-logfile",
        "/dev/null",
    ]
    return running(command, production_env(**env), f"http://127.0.0.1:{port}/health/", "gunicorn")


def varnish(port, backend_port, workdir, path):
    vcl = Path(workdir) / "claimcheck.vcl"
    shipped = (BASE_DIR / "deploy" / "varnish" / "claimcheck.vcl").read_text()
    for pool_port in ("8000", "8001"):
        shipped = shipped.replace(f'.port = "{pool_port}";', f'.port = "{backend_port}";')
    vcl.write_text(shipped)
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    command = [varnishd, "-F", "-j", "none", "-a", f"127.0.0.1:{port}", "-f", str(vcl)]
    command += ["-n", str(Path(workdir) / "varnish"), "-s", "malloc,64m"]
    return running(command, os.environ, f"http://127.0.0.1:{port}{path}", "varnishd")


_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def load(url, duration):
    """wrk's figures: requests per second, p50 and p99 in ms, and errors."""
    wrk = subprocess.run(  # noqa: S603 - a fixed command
        [shutil.which("wrk") or "wrk", "-t2", "-c8", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
    latency = {p: float(v) * _UNIT[u] for p, v, u in _LATENCY.findall(wrk)}
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", wrk)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", wrk
    )
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + (
        sum(int(n) for n in sockets.groups()) if sockets else 0
    )
    return rate, latency["50"], latency["99"], errors


def largest_demo_article():
    return max(TreatmentArticlePage.objects.live(), key=lambda article: len(article.claims))


def report(label, figures):
    rate, p50, p99, errors = figures
    print(f"{label:<28} {rate:>10.0f} {p50:>10.2f} {p99:>10.2f} {errors:>7}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=15, help="seconds of load per mode")
    args = parser.parse_args()
    with throwaway_database() as vendor, tempfile.TemporaryDirectory() as workdir:
        call_command("load_demo", verbosity=0, stdout=io.StringIO())
        article = largest_demo_article()
        path = article.url
        subprocess.run(  # noqa: S603 - the project's own manage.py
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            env=production_env(),
            cwd=BASE_DIR,
            check=True,
        )
        print(
            f"database: {vendor}; “{article.title}” ({len(article.claims)} claims); "
            f"gunicorn 2 sync workers; wrk -t2 -c8 -d{args.duration}s"
        )
        print(f"{'mode':<28} {'req/s':>10} {'p50 ms':>10} {'p99 ms':>10} {'errors':>7}")
        port = free_port()
        with gunicorn(port, DELIVERY_PAGE_CACHE_SECONDS="0"):
            report("uncached", load(f"http://127.0.0.1:{port}{path}", args.duration))
        cached = {"REDIS_URL": REDIS_URL, "DELIVERY_PAGE_CACHE_SECONDS": "300"}
        with gunicorn(port, **cached):
            report("app cache (Redis)", load(f"http://127.0.0.1:{port}{path}", args.duration))
            front = free_port()
            with varnish(front, port, workdir, path):
                report("through Varnish", load(f"http://127.0.0.1:{front}{path}", args.duration))


if __name__ == "__main__":
    main()
