"""Which store a Client uses: an instance, "memory", a redis:// URL, or SENDGRID_RATE_LIMIT_STORE."""

from __future__ import annotations

import sys

import pytest
from sendgrid_reseller import SendGrid
from sendgrid_reseller._runtime.client import Client
from sendgrid_reseller._runtime.errors import ConfigurationError
from sendgrid_reseller._runtime.policy import RATE_LIMIT_STORE_ENV
from sendgrid_reseller._runtime.ratelimit import InMemoryRateLimitStore
from sendgrid_reseller._runtime.redis_store import RedisRateLimitStore, account_id

API_KEY = "SG.selection-s3cr3t-key"


def test_a_url_selects_redis_keyed_by_a_fingerprint_of_the_account(redis_url: str) -> None:
    client = Client(api_key=API_KEY, rate_limit_store=redis_url)
    store = client._store
    assert isinstance(store, RedisRateLimitStore)
    key = store.redis_key("GET /v3/subusers")
    assert API_KEY not in key and "s3cr3t" not in repr(store)
    assert key == f"sendgrid_reseller:ratelimit:{account_id(api_key=API_KEY, api_user=None)}:GET /v3/subusers"


def test_accounts_are_told_apart() -> None:
    assert account_id(api_key="SG.a", api_user=None) != account_id(api_key="SG.b", api_user=None)
    # A user name identifies the account whatever secret comes with it (never hashed: the password).
    assert account_id(api_key=None, api_user="reseller") == account_id(api_key="SG.x", api_user="reseller")


def test_the_environment_variable_applies_when_the_argument_is_absent(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(RATE_LIMIT_STORE_ENV, redis_url)
    assert isinstance(SendGrid(api_key=API_KEY).client._store, RedisRateLimitStore)
    assert isinstance(Client(api_key=API_KEY, rate_limit_store="memory")._store, InMemoryRateLimitStore)
    monkeypatch.setenv(RATE_LIMIT_STORE_ENV, "memory")
    assert isinstance(Client(api_key=API_KEY)._store, InMemoryRateLimitStore)
    monkeypatch.delenv(RATE_LIMIT_STORE_ENV)
    assert isinstance(Client(api_key=API_KEY)._store, InMemoryRateLimitStore)


def test_an_unknown_scheme_is_refused_without_quoting_the_url() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Client(api_key=API_KEY, rate_limit_store="memcached://user:pw-s3cr3t@host")
    assert "s3cr3t" not in str(caught.value) and "memcached" in str(caught.value)


def test_without_the_redis_package_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)  # import redis raises ImportError
    with pytest.raises(ConfigurationError, match=r"sendgrid-reseller\[redis\]"):
        Client(api_key=API_KEY, rate_limit_store="redis://127.0.0.1:1/0")
    assert isinstance(Client(api_key=API_KEY)._store, InMemoryRateLimitStore)
