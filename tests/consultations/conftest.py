import pytest

from tests.support.consultations import forget_rate_limits


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    forget_rate_limits()
