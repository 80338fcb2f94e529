# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.domains` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class DomainsSubusersGroup(Group):
    """Operations under `client.domains.subusers`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            associate_domain_with_subuser as _associate_domain_with_subuser,
        )

        associate = GroupMethod(_associate_domain_with_subuser.sync)
        associate_detailed = GroupMethod(_associate_domain_with_subuser.sync_detailed)
    else:
        associate = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.associate_domain_with_subuser", "sync"
        )
        associate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.associate_domain_with_subuser", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            disassociate_domain_from_subuser as _disassociate_domain_from_subuser,
        )

        remove_domain = GroupMethod(_disassociate_domain_from_subuser.sync)
        remove_domain_detailed = GroupMethod(_disassociate_domain_from_subuser.sync_detailed)
    else:
        remove_domain = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_domain_from_subuser", "sync"
        )
        remove_domain_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_domain_from_subuser", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import add_subuser_domain as _add_subuser_domain

        add_domain = GroupMethod(_add_subuser_domain.sync)
        add_domain_detailed = GroupMethod(_add_subuser_domain.sync_detailed)
    else:
        add_domain = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.add_subuser_domain", "sync")
        add_domain_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.add_subuser_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import get_subuser_domain as _get_subuser_domain

        get = GroupMethod(_get_subuser_domain.sync)
        get_detailed = GroupMethod(_get_subuser_domain.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.get_subuser_domain", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_subuser_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            disassociate_subuser_domain as _disassociate_subuser_domain,
        )

        disassociate = GroupMethod(_disassociate_subuser_domain.sync)
        disassociate_detailed = GroupMethod(_disassociate_subuser_domain.sync_detailed)
    else:
        disassociate = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_subuser_domain", "sync"
        )
        disassociate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_subuser_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import list_subuser_domains as _list_subuser_domains

        list = GroupMethod(_list_subuser_domains.sync)
        list_detailed = GroupMethod(_list_subuser_domains.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.list_subuser_domains", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_subuser_domains", "sync_detailed"
        )


class DomainsIpsGroup(Group):
    """Operations under `client.domains.ips`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import add_ip_to_domain as _add_ip_to_domain

        add = GroupMethod(_add_ip_to_domain.sync)
        add_detailed = GroupMethod(_add_ip_to_domain.sync_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.add_ip_to_domain", "sync")
        add_detailed = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.add_ip_to_domain", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import remove_ip_from_domain as _remove_ip_from_domain

        remove = GroupMethod(_remove_ip_from_domain.sync)
        remove_detailed = GroupMethod(_remove_ip_from_domain.sync_detailed)
    else:
        remove = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.remove_ip_from_domain", "sync")
        remove_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.remove_ip_from_domain", "sync_detailed"
        )


class DomainsGroup(Group):
    """Operations under `client.domains`."""

    @cached_property
    def subusers(self) -> DomainsSubusersGroup:
        return DomainsSubusersGroup(self._client)

    @cached_property
    def ips(self) -> DomainsIpsGroup:
        return DomainsIpsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import email_domain_dns_records as _email_domain_dns_records

        email_dns_records = GroupMethod(_email_domain_dns_records.sync)
        email_dns_records_detailed = GroupMethod(_email_domain_dns_records.sync_detailed)
    else:
        email_dns_records = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.email_domain_dns_records", "sync"
        )
        email_dns_records_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.email_domain_dns_records", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            list_authenticated_domains as _list_authenticated_domains,
        )

        list = GroupMethod(_list_authenticated_domains.sync)
        list_detailed = GroupMethod(_list_authenticated_domains.sync_detailed)
        list_pages = GroupMethod(_list_authenticated_domains.iter_pages)
        list_items = GroupMethod(_list_authenticated_domains.iter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "sync_detailed"
        )
        list_pages = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "iter_pages"
        )
        list_items = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "iter_items"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import authenticate_domain as _authenticate_domain

        create = GroupMethod(_authenticate_domain.sync)
        create_detailed = GroupMethod(_authenticate_domain.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.authenticate_domain", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.authenticate_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import get_authenticated_domain as _get_authenticated_domain

        get = GroupMethod(_get_authenticated_domain.sync)
        get_detailed = GroupMethod(_get_authenticated_domain.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.get_authenticated_domain", "sync")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_authenticated_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            delete_authenticated_domain as _delete_authenticated_domain,
        )

        delete = GroupMethod(_delete_authenticated_domain.sync)
        delete_detailed = GroupMethod(_delete_authenticated_domain.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.delete_authenticated_domain", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.delete_authenticated_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            update_authenticated_domain as _update_authenticated_domain,
        )

        update = GroupMethod(_update_authenticated_domain.sync)
        update_detailed = GroupMethod(_update_authenticated_domain.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.update_authenticated_domain", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.update_authenticated_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            validate_authenticated_domain as _validate_authenticated_domain,
        )

        validate = GroupMethod(_validate_authenticated_domain.sync)
        validate_detailed = GroupMethod(_validate_authenticated_domain.sync_detailed)
    else:
        validate = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.validate_authenticated_domain", "sync")
        validate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.validate_authenticated_domain", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            get_default_authenticated_domain as _get_default_authenticated_domain,
        )

        get_default = GroupMethod(_get_default_authenticated_domain.sync)
        get_default_detailed = GroupMethod(_get_default_authenticated_domain.sync_detailed)
    else:
        get_default = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_default_authenticated_domain", "sync"
        )
        get_default_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_default_authenticated_domain", "sync_detailed"
        )


class AsyncDomainsSubusersGroup(Group):
    """Operations under `client.domains.subusers`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            associate_domain_with_subuser as _associate_domain_with_subuser,
        )

        associate = GroupMethod(_associate_domain_with_subuser.asyncio)
        associate_detailed = GroupMethod(_associate_domain_with_subuser.asyncio_detailed)
    else:
        associate = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.associate_domain_with_subuser", "asyncio"
        )
        associate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.associate_domain_with_subuser", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            disassociate_domain_from_subuser as _disassociate_domain_from_subuser,
        )

        remove_domain = GroupMethod(_disassociate_domain_from_subuser.asyncio)
        remove_domain_detailed = GroupMethod(_disassociate_domain_from_subuser.asyncio_detailed)
    else:
        remove_domain = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_domain_from_subuser", "asyncio"
        )
        remove_domain_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_domain_from_subuser", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import add_subuser_domain as _add_subuser_domain

        add_domain = GroupMethod(_add_subuser_domain.asyncio)
        add_domain_detailed = GroupMethod(_add_subuser_domain.asyncio_detailed)
    else:
        add_domain = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.add_subuser_domain", "asyncio")
        add_domain_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.add_subuser_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import get_subuser_domain as _get_subuser_domain

        get = GroupMethod(_get_subuser_domain.asyncio)
        get_detailed = GroupMethod(_get_subuser_domain.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.get_subuser_domain", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_subuser_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            disassociate_subuser_domain as _disassociate_subuser_domain,
        )

        disassociate = GroupMethod(_disassociate_subuser_domain.asyncio)
        disassociate_detailed = GroupMethod(_disassociate_subuser_domain.asyncio_detailed)
    else:
        disassociate = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_subuser_domain", "asyncio"
        )
        disassociate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.disassociate_subuser_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import list_subuser_domains as _list_subuser_domains

        list = GroupMethod(_list_subuser_domains.asyncio)
        list_detailed = GroupMethod(_list_subuser_domains.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.list_subuser_domains", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_subuser_domains", "asyncio_detailed"
        )


class AsyncDomainsIpsGroup(Group):
    """Operations under `client.domains.ips`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import add_ip_to_domain as _add_ip_to_domain

        add = GroupMethod(_add_ip_to_domain.asyncio)
        add_detailed = GroupMethod(_add_ip_to_domain.asyncio_detailed)
    else:
        add = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.add_ip_to_domain", "asyncio")
        add_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.add_ip_to_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import remove_ip_from_domain as _remove_ip_from_domain

        remove = GroupMethod(_remove_ip_from_domain.asyncio)
        remove_detailed = GroupMethod(_remove_ip_from_domain.asyncio_detailed)
    else:
        remove = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.remove_ip_from_domain", "asyncio")
        remove_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.remove_ip_from_domain", "asyncio_detailed"
        )


class AsyncDomainsGroup(Group):
    """Operations under `client.domains`."""

    @cached_property
    def subusers(self) -> AsyncDomainsSubusersGroup:
        return AsyncDomainsSubusersGroup(self._client)

    @cached_property
    def ips(self) -> AsyncDomainsIpsGroup:
        return AsyncDomainsIpsGroup(self._client)

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import email_domain_dns_records as _email_domain_dns_records

        email_dns_records = GroupMethod(_email_domain_dns_records.asyncio)
        email_dns_records_detailed = GroupMethod(_email_domain_dns_records.asyncio_detailed)
    else:
        email_dns_records = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.email_domain_dns_records", "asyncio"
        )
        email_dns_records_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.email_domain_dns_records", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            list_authenticated_domains as _list_authenticated_domains,
        )

        list = GroupMethod(_list_authenticated_domains.asyncio)
        list_detailed = GroupMethod(_list_authenticated_domains.asyncio_detailed)
        list_pages = GroupMethod(_list_authenticated_domains.aiter_pages)
        list_items = GroupMethod(_list_authenticated_domains.aiter_items)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "asyncio_detailed"
        )
        list_pages = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "aiter_pages"
        )
        list_items = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.list_authenticated_domains", "aiter_items"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import authenticate_domain as _authenticate_domain

        create = GroupMethod(_authenticate_domain.asyncio)
        create_detailed = GroupMethod(_authenticate_domain.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.authenticate_domain", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.authenticate_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import get_authenticated_domain as _get_authenticated_domain

        get = GroupMethod(_get_authenticated_domain.asyncio)
        get_detailed = GroupMethod(_get_authenticated_domain.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.get_authenticated_domain", "asyncio")
        get_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_authenticated_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            delete_authenticated_domain as _delete_authenticated_domain,
        )

        delete = GroupMethod(_delete_authenticated_domain.asyncio)
        delete_detailed = GroupMethod(_delete_authenticated_domain.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.delete_authenticated_domain", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.delete_authenticated_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            update_authenticated_domain as _update_authenticated_domain,
        )

        update = GroupMethod(_update_authenticated_domain.asyncio)
        update_detailed = GroupMethod(_update_authenticated_domain.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.authenticated_domains.update_authenticated_domain", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.update_authenticated_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            validate_authenticated_domain as _validate_authenticated_domain,
        )

        validate = GroupMethod(_validate_authenticated_domain.asyncio)
        validate_detailed = GroupMethod(_validate_authenticated_domain.asyncio_detailed)
    else:
        validate = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.validate_authenticated_domain", "asyncio"
        )
        validate_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.validate_authenticated_domain", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.authenticated_domains import (
            get_default_authenticated_domain as _get_default_authenticated_domain,
        )

        get_default = GroupMethod(_get_default_authenticated_domain.asyncio)
        get_default_detailed = GroupMethod(_get_default_authenticated_domain.asyncio_detailed)
    else:
        get_default = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_default_authenticated_domain", "asyncio"
        )
        get_default_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.authenticated_domains.get_default_authenticated_domain", "asyncio_detailed"
        )
