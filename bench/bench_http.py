"""Requests per second for the demo's largest article over gunicorn, as a patient gets it.

    .venv/bin/python bench/bench_http.py [--duration 15]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimcheck_bench \
        .venv/bin/python bench/bench_http.py
    .venv/bin/python bench/bench_http.py --before ../claimcheck-before

Loads the demo clinic into a throwaway database, starts gunicorn with production settings and
deploy/gunicorn.conf.py (2 workers of the patients' pool) and loads the article with Debian's
wrk (2 threads, 8 connections): uncached, from the shared cache (Redis at BENCH_REDIS_URL,
default database 8 on 127.0.0.1) and through Varnish with deploy/varnish/claimcheck.vcl. Then
the yardsticks the targets are set against: Django's per-site cache in place of ours (a what-if
standing in for bakerydemo's, bench/per_site_cache_settings.py) and nginx serving the same
bytes as a file.
Prints requests per second, the median and 99th percentile latency and the errors (non-2xx
answers, socket errors), the server's processor time per request (steadier than the rate on a
shared machine), and the ratios. `--before TREE` also loads another checkout's server,
uncached and from its shared cache, in the same rounds. Needs gunicorn, wrk, varnishd, nginx and
Redis (bash .ci/run installs them all).
"""

import argparse
import io
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from cryptography.fernet import Fernet
from harness import throwaway_database

from django.core.management import call_command
from django.db import connection

from pages.models import TreatmentArticlePage

BASE_DIR = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
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
        # bench/per_site_cache_settings.py, for the what-if.
        "PYTHONPATH": str(BENCH_DIR),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url(),
        # Production refuses to start without a key for the consultation requests it stores.
        "CONSULTATIONS_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
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
def running(command, env, url, what, tree=BASE_DIR):
    process = subprocess.Popen(  # noqa: S603 - fixed commands
        command, env=env, cwd=tree, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        wait_for(url, process, what)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=20)


def gunicorn(port, *options, tree=BASE_DIR, **env):
    """gunicorn serving `tree` (this checkout, or the --before one) with its own config."""
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
        *options,
    ]
    health = f"http://127.0.0.1:{port}/health/"
    return running(command, production_env(**env), health, "gunicorn", tree)


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


def nginx(port, workdir, path, body):
    """nginx answering the article's bytes from a file: what the machine can serve at best."""
    root = Path(workdir) / "static"
    target = root / path.strip("/") / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)
    # nginx's workers run as an unprivileged user; the temporary folder is its owner's only.
    Path(workdir).chmod(0o755)
    conf = Path(workdir) / "nginx.conf"
    # Debian's stock nginx.conf, as one would serve the file without tuning for the bench.
    conf.write_text(
        f"worker_processes auto; pid {workdir}/nginx.pid; error_log {workdir}/nginx.log;\n"
        "events { worker_connections 768; }\n"
        "http { sendfile on; tcp_nopush on; default_type text/html;\n"
        f"  access_log {workdir}/access.log;\n"
        f"  server {{ listen 127.0.0.1:{port}; root {root}; }} }}\n"
    )
    command = [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(conf), "-p", workdir]
    command += ["-g", "daemon off;"]
    return running(command, os.environ, f"http://127.0.0.1:{port}{path}", "nginx")


_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def server_cpu_seconds(pid):
    """Processor seconds a server and its workers have used so far, the reaped ones included."""

    def stat(process):
        # The fields after the command's name; utime is the 14th of the whole line.
        with open(f"/proc/{process}/stat") as line:
            return line.read().rsplit(")", 1)[1].split()

    utime, stime, reaped_utime, reaped_stime = (int(n) for n in stat(pid)[11:15])
    total = utime + stime + reaped_utime + reaped_stime
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = stat(entry)
        except OSError:  # gone meanwhile
            continue
        if fields[1] == str(pid):
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def load(url, duration, server=None):
    """wrk's figures: requests per second, p50 and p99 in ms, errors, and the server's
    processor ms per request (None when `server` is not given), which the machine's other work
    disturbs far less than the rate."""
    cpu_before = server_cpu_seconds(server.pid) if server else None
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
    cpu_ms = None
    if server:
        answered = int(re.search(r"(\d+) requests in", wrk).group(1))
        cpu_ms = (server_cpu_seconds(server.pid) - cpu_before) * 1000 / max(answered, 1)
    return rate, latency["50"], latency["99"], errors, cpu_ms


def largest_demo_article():
    return max(TreatmentArticlePage.objects.live(), key=lambda article: len(article.claims))


def report(label, figures):
    rate, p50, p99, errors, cpu_ms = figures
    cpu = "—" if cpu_ms is None else f"{cpu_ms:.2f}"
    print(f"{label:<28} {rate:>10.0f} {p50:>10.2f} {p99:>10.2f} {errors:>7} {cpu:>12}", flush=True)
    return rate


@contextmanager
def through_varnish(port, workdir, path, **env):
    with gunicorn(port, **env):
        front = free_port()
        with varnish(front, port, workdir, path):
            yield front, None


def modes(port, workdir, path, body, before=None):
    """Each mode: a label, and what serves the article on which port while it is loaded."""
    cached = {"REDIS_URL": REDIS_URL, "DELIVERY_PAGE_CACHE_SECONDS": "300"}
    what_if = {"DJANGO_SETTINGS_MODULE": "per_site_cache_settings"}
    static = free_port()
    earlier = {}
    if before:
        earlier = {
            f"before: {UNCACHED}": lambda: _on(
                port, gunicorn(port, tree=before, DELIVERY_PAGE_CACHE_SECONDS="0")
            ),
            f"before: {APP_CACHE}": lambda: _on(port, gunicorn(port, tree=before, **cached)),
        }
    return {
        **earlier,
        UNCACHED: lambda: _on(port, gunicorn(port, DELIVERY_PAGE_CACHE_SECONDS="0")),
        APP_CACHE: lambda: _on(port, gunicorn(port, **cached)),
        "through Varnish": lambda: through_varnish(port, workdir, path, **cached),
        PER_SITE: lambda: _on(port, gunicorn(port, **what_if)),
        NGINX: lambda: _on(static, nginx(static, workdir, path, body)),
    }


@contextmanager
def _on(port, server):
    with server as process:
        yield port, process


UNCACHED = "uncached"
APP_CACHE = "app cache (Redis)"
PER_SITE = "what-if: per-site cache"
NGINX = "nginx, the same bytes"


def article_bytes(port, path):
    url = f"http://127.0.0.1:{port}{path}"
    with gunicorn(port, DELIVERY_PAGE_CACHE_SECONDS="0"), urllib.request.urlopen(url) as answer:  # noqa: S310
        return answer.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=15, help="seconds of load per mode")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; medians")
    parser.add_argument(
        "--before", type=Path, help="another checkout whose server to load in the same rounds"
    )
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
        port = free_port()
        served = modes(port, workdir, path, article_bytes(port, path), args.before)
        print(
            f"database: {vendor}; “{article.title}” ({len(article.claims)} claims); "
            f"gunicorn 2 workers; wrk -t2 -c8 -d{args.duration}s; {args.rounds} rounds, "
            "the modes in turn in each"
        )
        print(
            f"{'mode':<28} {'req/s':>10} {'p50 ms':>10} {'p99 ms':>10} {'errors':>7} "
            f"{'cpu ms/req':>12}"
        )
        figures = {label: [] for label in served}
        for _ in range(args.rounds):
            for label, serve in served.items():
                with serve() as (serving_port, server):
                    url = f"http://127.0.0.1:{serving_port}{path}"
                    figures[label].append(load(url, args.duration, server))
                report(label, figures[label][-1])
        print("medians of the rounds:")
        rates = {}
        cpu = {}
        for label, runs in figures.items():
            median = [statistics.median(run[i] for run in runs) for i in range(3)]
            errors = sum(run[3] for run in runs)
            cpu[label] = None if runs[0][4] is None else statistics.median(run[4] for run in runs)
            rates[label] = report(label, (*median, errors, cpu[label]))
        for label in served:
            print(f"{label} at {rates[label] / rates[NGINX]:.1%} of nginx's rate")
        # The yardstick: bakerydemo served its page at about the rate of this what-if.
        for label in (UNCACHED, APP_CACHE):
            print(f"{label} at {rates[label] / rates[PER_SITE]:.2f}x the per-site cache's rate")
        for label in (UNCACHED, APP_CACHE):
            if f"before: {label}" in rates:
                before = f"before: {label}"
                print(
                    f"{label}: after / before {rates[label] / rates[before]:.2f} in requests "
                    f"per second, {cpu[label] / cpu[before]:.2f} in processor time per request"
                )


if __name__ == "__main__":
    main()
