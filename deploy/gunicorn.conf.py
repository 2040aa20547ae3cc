"""gunicorn for Claimcheck: `gunicorn -c deploy/gunicorn.conf.py cms.wsgi`.

Two pools of workers run from this one file (docs/deploy.md): the patients' pool
(CLAIMCHECK_POOL=public, the default) and the staff pool (CLAIMCHECK_POOL=staff), which the
proxy in front sends /admin/ to. A director signing a long article then never waits behind a
queue of patients, and a burst of patients never waits behind a long export.
"""

import multiprocessing
import os

POOLS = {
    # Patient pages mostly come from the caches; sync workers, one per core and one more.
    "public": {
        "bind": "127.0.0.1:8000",
        "workers": multiprocessing.cpu_count() + 1,
        "timeout": 30,
    },
    # Signing, review screens, exports and sign-off sheets: fewer requests, some of them long.
    "staff": {"bind": "127.0.0.1:8001", "workers": 2, "timeout": 120},
}
pool = POOLS[os.environ.get("CLAIMCHECK_POOL", "public")]

wsgi_app = "cms.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", pool["bind"])
workers = int(os.environ.get("WEB_CONCURRENCY", pool["workers"]))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", pool["timeout"]))
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests (with jitter, so they are not replaced all at
# once): whatever memory a long request took goes back.
max_requests = 2000
max_requests_jitter = 200
# The proxy in front (Varnish or nginx) on the same box says which requests came over HTTPS.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = "-"
errorlog = "-"
