"""Debian's Varnish, with the shipped VCL, before a live server: a withdrawal leaves it at once."""

import http.client
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from django.conf import settings as django_settings
from django.urls import reverse

from tests.support.factories import ComplianceFactory, add_article
from tests.support.identity import TwoFactorClient
from tests.support.publishing import go_live
from tests.support.services import free_port, require_tool

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

VCL = Path(django_settings.BASE_DIR) / "deploy" / "varnish" / "claimcheck.vcl"
SITE_HOST = "localhost"  # the test site's host name, which purges name too


@pytest.fixture
def varnish(live_server, tmp_path, settings, shared_cache):
    """varnishd on a loopback port, in front of the live server, purged by the application."""
    varnishd = require_tool("varnishd", "varnish")
    backend = urlsplit(live_server.url)
    vcl = tmp_path / "claimcheck.vcl"
    # Both pools (patients' on 8000, staff's on 8001) are the live server here.
    shipped = VCL.read_text()
    for pool_port in ("8000", "8001"):
        shipped = shipped.replace(f'.port = "{pool_port}";', f'.port = "{backend.port}";')
    vcl.write_text(shipped)
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - a fixed command line
        [
            varnishd,
            "-F",
            "-j",
            "none",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(vcl),
            "-n",
            str(tmp_path / "varnish"),
            "-s",
            "malloc,32m",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"varnishd did not start: {process.stdout.read().decode()}")
            time.sleep(0.1)
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{port}",
        }
    }
    yield port
    process.terminate()
    process.wait(timeout=10)


def through(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("GET", path, headers={"Host": SITE_HOST})
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    return response, body


def test_varnish_serves_a_withdrawal_within_a_second(varnish):
    article = go_live(add_article(title="Ketamine infusion for depression"))
    first, _ = through(varnish, article.url)
    warm, warm_body = through(varnish, article.url)
    officer = TwoFactorClient()
    officer.force_login(ComplianceFactory())

    withdrawal = officer.post(
        reverse("review:withdraw", args=[article.pk]), {"reason": "Retracted study."}
    )
    withdrawn_at = time.monotonic()
    after, after_body = through(varnish, article.url)
    answered_within = time.monotonic() - withdrawn_at

    assert (first.getheader("X-Cache"), warm.getheader("X-Cache")) == ("miss", "hit")
    assert warm.getheader("Cache-Control") == "public, max-age=0, s-maxage=3600"
    assert "Benefit statement 0." in warm_body
    assert withdrawal.status_code == 302
    # The very next request, not one after some wait, already gets the withdrawal.
    assert after.status == 404
    assert "Benefit statement 0." not in after_body
    assert answered_within < 1


def test_varnish_keeps_nothing_staff_only(varnish):
    login = reverse("wagtailadmin_login")
    first, _ = through(varnish, login)
    again, _ = through(varnish, login)

    assert again.getheader("X-Cache") == "miss"
    assert "private" in again.getheader("Cache-Control")
    assert first.status == again.status == 200
