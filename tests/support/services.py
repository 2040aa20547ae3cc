"""The real services some tests run against: Redis, Varnish, an S3 server.

Outside CI a missing one skips the test with the command that installs or starts it; under
CI=true it fails the run instead, since .ci/run provides them all.
"""

import os
import shutil
import socket

import pytest
import redis

# A database number of its own, so a test run never empties anyone else's keys.
TEST_REDIS_URL = os.environ.get("CLAIMCHECK_TEST_REDIS_URL", "redis://127.0.0.1:6379/9")


def missing(message):
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def require_redis():
    try:
        redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        missing(
            f"Redis is not answering at {TEST_REDIS_URL}: sudo apt-get install redis-server "
            "and start it (bash .ci/run does both)"
        )
    return TEST_REDIS_URL


def require_tool(command, package):
    path = shutil.which(command) or shutil.which(command, path="/usr/sbin:/sbin")
    if path is None:
        missing(f"{command} is not installed: sudo apt-get install {package}")
    return path


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
