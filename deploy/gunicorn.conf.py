"""gunicorn for Claimcheck: `gunicorn -c deploy/gunicorn.conf.py cms.wsgi`.

Two pools of workers run from this one file (docs/deploy.md): the patients' pool
(CLAIMCHECK_POOL=public, the default) and the staff pool (CLAIMCHECK_POOL=staff), which the
proxy in front sends /admin/ to. A director signing a long article then never waits behind a
queue of patients, and a burst of patients never waits behind a long export.
"""

import multiprocessing
import os

POOLS = {
    # Patient pages mostly come from the caches: a worker per core and one more, each with a
    # few threads, so that one page waiting on Redis or the database does not hold the worker,
    # and kept-alive connections, which sync workers close after every answer.
    # A worker starts again only after many requests: starting one loads Django and Wagtail,
    # which took a third of the processor when it happened every 2,000 cached pages.
    "public": {
        "bind": "127.0.0.1:8000",
        "workers": multiprocessing.cpu_count() + 1,
        "worker_class": "gthread",
        "threads": 4,
        "timeout": 30,
        "max_requests": 100_000,
    },
    # Signing, review screens, exports and sign-off sheets: fewer requests, some of them long,
    # one at a time per worker, which starts again sooner, so whatever memory a long request
    # took goes back.
    "staff": {
        "bind": "127.0.0.1:8001",
        "workers": 2,
        "worker_class": "sync",
        "threads": 1,
        "timeout": 120,
        "max_requests": 2000,
    },
}
pool = POOLS[os.environ.get("CLAIMCHECK_POOL", "public")]

wsgi_app = "cms.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", pool["bind"])
workers = int(os.environ.get("WEB_CONCURRENCY", pool["workers"]))
worker_class = pool["worker_class"]
threads = int(os.environ.get("GUNICORN_THREADS", pool["threads"]))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", pool["timeout"]))
graceful_timeout = 30
keepalive = 5
# With jitter, so that the workers are not replaced all at once.
max_requests = pool["max_requests"]
max_requests_jitter = max_requests // 10
# The proxy in front (Varnish or nginx) on the same box says which requests came over HTTPS.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = "-"
errorlog = "-"
