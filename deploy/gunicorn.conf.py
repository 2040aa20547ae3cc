"""gunicorn for Claimcheck: `gunicorn -c deploy/gunicorn.conf.py cms.wsgi`.

Two pools of workers run from this one file (docs/deploy.md): the patients' pool
(CLAIMCHECK_POOL=public, the default) and the staff pool (CLAIMCHECK_POOL=staff), which the
proxy in front sends /admin/ to. A director signing a long article then never waits behind a
queue of patients, and a burst of patients never waits behind a long export.
"""

import gc
import multiprocessing
import os

POOLS = {
    # Patient pages mostly come from the caches: sync workers, one per core and one more. A
    # worker starts again only after many requests: starting one loads Django and Wagtail, which
    # took a third of the processor when it happened every 2,000 cached pages. (Threads gained
    # nothing measurable, and kept-alive connections could all land on one worker, halving the
    # rate: docs/deploy.md.)
    "public": {
        "bind": "127.0.0.1:8000",
        "workers": multiprocessing.cpu_count() + 1,
        "timeout": 30,
        "max_requests": 100_000,
    },
    # Signing, review screens, exports and sign-off sheets: fewer requests, some of them long,
    # so a worker starts again sooner and whatever memory a long request took goes back.
    "staff": {"bind": "127.0.0.1:8001", "workers": 2, "timeout": 120, "max_requests": 2000},
}
pool = POOLS[os.environ.get("CLAIMCHECK_POOL", "public")]

wsgi_app = "cms.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", pool["bind"])
workers = int(os.environ.get("WEB_CONCURRENCY", pool["workers"]))
worker_class = "sync"
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


def post_worker_init(worker):
    # Django, Wagtail and the app live as long as the worker: left to the collector, every full
    # collection walks them all again (a long article's page set one off about every fourth
    # request). Frozen, it walks only what requests made: 10 to 20 % more uncached pages a second.
    gc.freeze()
