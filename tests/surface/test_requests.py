"""What reaches the wire: fixed fields and credentials are the client's, headers follow one precedence."""

from __future__ import annotations

import httpx
import pytest
from sendgrid_reseller import InvalidRequestError, RequestOptions
from sendgrid_reseller.models import UpdateCustomerEmailForm

from tests.runtime.support import PASSWORD, V2_API_USER, V3_API_KEY
from tests.surface.support import form, recorder, sync_client

SUBUSER = {"username": "alice", "email": "a@example.com", "id": 1, "disabled": False}


class TestFixedFields:
    """Observed: form["task"] = "setUsername" sent task=setUsername; form["api_user"] sent api_user twice."""

    def test_a_model_cannot_override_the_discriminator(self) -> None:
        seen, handler = recorder()
        body = UpdateCustomerEmailForm(user="u", email="e@example.com")
        body["task"] = "setUsername"
        with sync_client(handler, api_user=V2_API_USER, password=PASSWORD) as client:
            with pytest.raises(InvalidRequestError, match="update_customer_email: task cannot be set by the caller"):
                client.reseller.customers.update_email(body=body)
        assert seen == []

    def test_a_model_cannot_add_credentials(self) -> None:
        seen, handler = recorder()
        body = UpdateCustomerEmailForm(user="u", email="e@example.com")
        body["api_user"] = "other"
        with sync_client(handler, api_user=V2_API_USER, password=PASSWORD) as client:
            with pytest.raises(InvalidRequestError, match="api_user cannot be set"):
                client.reseller.customers.update_email(body=body)
        assert seen == []

    @pytest.mark.parametrize(
        "options",
        [
            RequestOptions(extra_body={"method": "password"}),
            RequestOptions(extra_body={"api_key": "x"}),
            RequestOptions(extra_query={"task": "setUsername"}),
            RequestOptions(extra_query={"api_user": "other"}),
        ],
    )
    def test_no_back_door_through_the_options(self, options: RequestOptions) -> None:
        seen, handler = recorder()
        with sync_client(handler, api_user=V2_API_USER, password=PASSWORD) as client:
            with pytest.raises(InvalidRequestError, match="cannot be set by the caller"):
                client.reseller.customers.update_email(user="u", email="e@example.com", options=options)
            with pytest.raises(InvalidRequestError, match="cannot be set by the caller"):
                client.reseller.customers.update_email(
                    user="u", email="e@example.com", extra_body=options.extra_body, extra_query=options.extra_query
                )
        assert seen == []

    def test_v2_get_is_sent_as_post_with_fixed_fields_in_the_form(self) -> None:
        # Credentials never go into a URL (issue 13), so a GET-documented v2 call is a POST whose
        # form holds the credentials and the fixed fields; a caller's extra query stays a query.
        seen, handler = recorder([])
        with sync_client(handler, api_user=V2_API_USER, password=PASSWORD) as client:
            client.reseller.timezones.list(extra_query={"extra": "1"})
        assert seen[0].method == "POST" and seen[0].url.query == b"extra=1"
        assert form(seen[0]) == [
            ("api_user", V2_API_USER),
            ("api_key", PASSWORD),
            ("method", "timezone"),
            ("task", "list"),
        ]

    def test_extra_body_fields_join_the_form(self) -> None:
        seen, handler = recorder()
        with sync_client(handler, api_user=V2_API_USER, password=PASSWORD) as client:
            client.reseller.customers.update_email(user="u", email="e@example.com", extra_body={"note": "x"})
        assert form(seen[0])[2:] == [
            ("method", "profile"),
            ("task", "setEmail"),
            ("user", "u"),
            ("email", "e@example.com"),
            ("note", "x"),
        ]


class TestHeaderPrecedence:
    """explicit argument > per-call options > client default, for on-behalf-of and any other header."""

    def _sent(self, **call: object) -> httpx.Request:
        seen, handler = recorder([SUBUSER])
        with sync_client(handler, api_key=V3_API_KEY, on_behalf_of="client-default") as client:
            client.subusers.list(**call)  # type: ignore[arg-type]  # each test passes its own keywords
        return seen[0]

    def test_client_default_applies_alone(self) -> None:
        assert self._sent().headers["on-behalf-of"] == "client-default"

    def test_per_call_options_win_over_the_client_default(self) -> None:
        assert self._sent(options=RequestOptions(on_behalf_of="per-call")).headers["on-behalf-of"] == "per-call"
        assert self._sent(extra_headers={"On-Behalf-Of": "extra"}).headers["on-behalf-of"] == "extra"

    def test_the_explicit_argument_wins_over_everything(self) -> None:
        """Observed: SendGrid(on_behalf_of="client-default").subusers.list(on_behalf_of="explicit-arg") sent the default."""
        request = self._sent(
            on_behalf_of="explicit-arg",
            extra_headers={"on-behalf-of": "extra"},
            options=RequestOptions(on_behalf_of="per-call"),
        )
        assert request.headers.get_list("on-behalf-of") == ["explicit-arg"]

    def test_other_headers_follow_the_same_order(self) -> None:
        request = self._sent(extra_headers={"User-Agent": "mine", "X-Trace": "1"})
        assert request.headers["user-agent"] == "mine" and request.headers["x-trace"] == "1"

    def test_per_call_query_and_timeout_reach_the_request(self) -> None:
        request = self._sent(extra_query={"trace": "1"}, timeout=2.5)
        assert request.url.params["trace"] == "1"
        assert request.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
