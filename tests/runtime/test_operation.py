"""The small value types: Operation, RequestOptions and the policy defaults."""

from __future__ import annotations

import dataclasses

import pytest
from sendgrid_reseller._runtime import policy
from sendgrid_reseller._runtime.operation import Operation
from sendgrid_reseller._runtime.options import RequestOptions


def test_rate_limit_key_is_verb_and_path_template() -> None:
    operation = Operation(name="get_subuser", api="v3", method="get", path="/v3/subusers/{name}", idempotent=True)
    assert operation.rate_limit_key == "GET /v3/subusers/{name}"
    assert operation.paginated is False


def test_operations_are_frozen_values() -> None:
    one = Operation(name="a", api="v2", method="POST", path="/apiv2/reseller.manage.json", idempotent=True)
    same = Operation(name="a", api="v2", method="POST", path="/apiv2/reseller.manage.json", idempotent=True)
    assert one == same and hash(one) == hash(same)
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.name = "b"  # type: ignore[misc]  # the write a frozen dataclass must refuse
    assert "rate_limit_key" not in repr(one)


def test_request_options_default_to_the_client() -> None:
    options = RequestOptions()
    assert (options.timeout, options.headers, options.on_behalf_of, options.max_attempts) == (None, None, None, None)
    with pytest.raises(ValueError):
        RequestOptions(max_attempts=0)


def test_policy_defaults() -> None:
    assert policy.DEFAULT_BASE_URL == "https://api.sendgrid.com"
    assert policy.RETRYABLE_SERVER_STATUSES == {500, 502, 503, 504}
    assert policy.RATE_LIMITED_STATUS == 429
    assert policy.MAX_PAGE_LIMIT == 500
    retry = policy.RetryPolicy()
    assert retry.max_attempts >= 2 and retry.backoff_cap >= retry.backoff_base and retry.pace
