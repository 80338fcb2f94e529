# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.reseller.monitors` of `AsyncSendGrid`: the `AsyncResellerMonitorsGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from .._runtime.group import Group
from .._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from sendgrid_reseller._runtime.options import RequestOptions
    from sendgrid_reseller.models.append_customer_to_monitor_record_form import AppendCustomerToMonitorRecordForm
    from sendgrid_reseller.models.create_monitor_record_form import CreateMonitorRecordForm
    from sendgrid_reseller.models.delete_monitor_record_form import DeleteMonitorRecordForm
    from sendgrid_reseller.models.detach_customer_from_monitor_record_form import DetachCustomerFromMonitorRecordForm
    from sendgrid_reseller.models.edit_monitor_record_form import EditMonitorRecordForm
    from sendgrid_reseller.models.v2_monitor_record import V2MonitorRecord
    from sendgrid_reseller.models.v2_success_body import V2SuccessBody
    from sendgrid_reseller.types import Response, Unset

    pass


class AsyncResellerMonitorsGroup(Group):
    """Operations under `client.reseller.monitors`."""

    @overload
    async def create(
        self,
        *,
        name: str,
        email: str,
        frequency: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def create(
        self,
        *,
        body: CreateMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        frequency: int | Unset = UNSET,
        body: CreateMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Create a monitor record.

        Defines a new monitor record, to which customers can then be attached.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=create (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            name (str): A name no other monitor record of the reseller uses. Required.
            email (str): Where the sampled messages are sent. Required.
            frequency (int): How often a message is sampled (the documented example uses 1000).
                Required.
            body (CreateMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.create(name=name, email=email, frequency=frequency)
        """
        from sendgrid_reseller.api.monitor_records import create_monitor_record as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            name=name,
            email=email,
            frequency=frequency,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def create_detailed(
        self,
        *,
        name: str,
        email: str,
        frequency: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def create_detailed(
        self,
        *,
        body: CreateMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def create_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        frequency: int | Unset = UNSET,
        body: CreateMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Create a monitor record.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=create (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.monitors.create` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.create_detailed(name=name, email=email, frequency=frequency)
        """
        from sendgrid_reseller.api.monitor_records import create_monitor_record as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            name=name,
            email=email,
            frequency=frequency,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def edit(
        self,
        *,
        name: str,
        new_name: str | Unset = UNSET,
        new_email: str | Unset = UNSET,
        new_frequency: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def edit(
        self,
        *,
        body: EditMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def edit(
        self,
        *,
        name: str | Unset = UNSET,
        new_name: str | Unset = UNSET,
        new_email: str | Unset = UNSET,
        new_frequency: int | Unset = UNSET,
        body: EditMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Edit a monitor record.

        Changes the name, destination address or frequency of a monitor record; fields left out stay as
        they are.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=edit (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            name (str): Current name of the record. Required.
            new_name (str | Unset): A new name no other record uses.
            new_email (str | Unset): A new destination address.
            new_frequency (int | Unset): A new sampling frequency.
            body (EditMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.edit(name=name)
        """
        from sendgrid_reseller.api.monitor_records import edit_monitor_record as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            name=name,
            new_name=new_name,
            new_email=new_email,
            new_frequency=new_frequency,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def edit_detailed(
        self,
        *,
        name: str,
        new_name: str | Unset = UNSET,
        new_email: str | Unset = UNSET,
        new_frequency: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def edit_detailed(
        self,
        *,
        body: EditMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def edit_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        new_name: str | Unset = UNSET,
        new_email: str | Unset = UNSET,
        new_frequency: int | Unset = UNSET,
        body: EditMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Edit a monitor record.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=edit (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.monitors.edit` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.edit_detailed(name=name)
        """
        from sendgrid_reseller.api.monitor_records import edit_monitor_record as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            name=name,
            new_name=new_name,
            new_email=new_email,
            new_frequency=new_frequency,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def delete(
        self,
        *,
        body: DeleteMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def delete(
        self,
        *,
        name: str | Unset = UNSET,
        body: DeleteMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Delete a monitor record.

        Deletes a monitor record. It fails while any customer is still attached to the record.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=delete (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            name (str): Name of the record. Required.
            body (DeleteMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.delete(name=name)
        """
        from sendgrid_reseller.api.monitor_records import delete_monitor_record as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def delete_detailed(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def delete_detailed(
        self,
        *,
        body: DeleteMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def delete_detailed(
        self,
        *,
        name: str | Unset = UNSET,
        body: DeleteMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Delete a monitor record.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=delete (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.monitors.delete` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.delete_detailed(name=name)
        """
        from sendgrid_reseller.api.monitor_records import delete_monitor_record as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> builtins.list[V2MonitorRecord]:
        """List monitor records.

        Returns every monitor record of the reseller with the customers attached to it.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=list (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            list[V2MonitorRecord]: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.list()
        """
        from sendgrid_reseller.api.monitor_records import list_monitor_records as _endpoint

        return await _endpoint.asyncio(
            self._client,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    async def list_detailed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[builtins.list[V2MonitorRecord]]:
        """List monitor records.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=list (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.monitors.list` takes; `help()` on it describes each one.

        Returns:
            Response[list[V2MonitorRecord]]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.list_detailed()
        """
        from sendgrid_reseller.api.monitor_records import list_monitor_records as _endpoint

        return await _endpoint.asyncio_detailed(
            self._client,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def append_customer(
        self,
        *,
        user: str,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def append_customer(
        self,
        *,
        body: AppendCustomerToMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def append_customer(
        self,
        *,
        user: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body: AppendCustomerToMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Attach a customer to a monitor record.

        Starts sampling a customer's mail into an existing monitor record.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=append (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            name (str): Name of an existing monitor record. Required.
            body (AppendCustomerToMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.append_customer(user=user, name=name)
        """
        from sendgrid_reseller.api.monitor_records import append_customer_to_monitor_record as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def append_customer_detailed(
        self,
        *,
        user: str,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def append_customer_detailed(
        self,
        *,
        body: AppendCustomerToMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def append_customer_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body: AppendCustomerToMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Attach a customer to a monitor record.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=append (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.monitors.append_customer` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.append_customer_detailed(user=user, name=name)
        """
        from sendgrid_reseller.api.monitor_records import append_customer_to_monitor_record as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            name=name,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def detach_customer(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    @overload
    async def detach_customer(
        self,
        *,
        body: DetachCustomerFromMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody: ...

    async def detach_customer(
        self,
        *,
        user: str | Unset = UNSET,
        body: DetachCustomerFromMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> V2SuccessBody:
        """Detach a customer from its monitor record.

        Stops sampling a customer's mail; a customer is on at most one record, so no record name is
        needed.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=detach (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            user (str): Username of the customer. Required.
            body (DetachCustomerFromMonitorRecordForm): The whole request as one model, instead of the
                fields above (not both).
            extra_headers (Mapping[str, str] | None): More request headers for this call; a header argument
                above wins over them, they win over the client's defaults.
            extra_query (Mapping[str, Any] | None): More query parameters for this call.
            extra_body (Mapping[str, Any] | None): More body fields for this call (never the fixed
                fields or the credentials).
            timeout (float | httpx.Timeout | None): Seconds for this call's requests (default: the client's).
            options (RequestOptions | None): Per-call timeout, headers, on-behalf-of and retry budget.

        Returns:
            V2SuccessBody: the decoded answer.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.detach_customer(user=user)
        """
        from sendgrid_reseller.api.monitor_records import detach_customer_from_monitor_record as _endpoint

        return await _endpoint._asyncio_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )

    @overload
    async def detach_customer_detailed(
        self,
        *,
        user: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    @overload
    async def detach_customer_detailed(
        self,
        *,
        body: DetachCustomerFromMonitorRecordForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]: ...

    async def detach_customer_detailed(
        self,
        *,
        user: str | Unset = UNSET,
        body: DetachCustomerFromMonitorRecordForm | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        options: RequestOptions | None = None,
    ) -> Response[V2SuccessBody]:
        """Detach a customer from its monitor record.

        Returns the whole answer: the status, the headers, the rate limit and the decoded body.

        Wire request: POST /apiv2/reseller.manage.json with method=monitor, task=detach (form fields,
        always sent, never the caller's); the client adds the credentials as the api_user / api_key form
        fields.

        Args:
            The same as `client.reseller.monitors.detach_customer` takes; `help()` on it describes each one.

        Returns:
            Response[V2SuccessBody]: the decoded body with status, headers and rate limit.

        Raises:
            errors.InvalidRequestError: The arguments were refused before sending.
            errors.APIError: SendGrid answered with an error (a subclass per status, e.g. NotFoundError).
            errors.TransportError: No usable answer (APIConnectionError, APITimeoutError).

        Example::

            result = await client.reseller.monitors.detach_customer_detailed(user=user)
        """
        from sendgrid_reseller.api.monitor_records import detach_customer_from_monitor_record as _endpoint

        return await _endpoint._asyncio_detailed_impl(
            self._client,
            user=user,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            options=options,
        )
