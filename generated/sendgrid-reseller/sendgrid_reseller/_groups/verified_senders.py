# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.verified_senders` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class VerifiedSendersGroup(Group):
    """Operations under `client.verified_senders`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import list_verified_senders as _list_verified_senders

        list = GroupMethod(_list_verified_senders.sync)
        list_detailed = GroupMethod(_list_verified_senders.sync_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.sender_verification.list_verified_senders", "sync")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.list_verified_senders", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import create_verified_sender as _create_verified_sender

        create = GroupMethod(_create_verified_sender.sync)
        create_detailed = GroupMethod(_create_verified_sender.sync_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.sender_verification.create_verified_sender", "sync")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.create_verified_sender", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import delete_verified_sender as _delete_verified_sender

        delete = GroupMethod(_delete_verified_sender.sync)
        delete_detailed = GroupMethod(_delete_verified_sender.sync_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.sender_verification.delete_verified_sender", "sync")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.delete_verified_sender", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import update_verified_sender as _update_verified_sender

        update = GroupMethod(_update_verified_sender.sync)
        update_detailed = GroupMethod(_update_verified_sender.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.sender_verification.update_verified_sender", "sync")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.update_verified_sender", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import (
            list_verified_sender_warn_domains as _list_verified_sender_warn_domains,
        )

        warn_domains = GroupMethod(_list_verified_sender_warn_domains.sync)
        warn_domains_detailed = GroupMethod(_list_verified_sender_warn_domains.sync_detailed)
    else:
        warn_domains = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.list_verified_sender_warn_domains", "sync"
        )
        warn_domains_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.list_verified_sender_warn_domains", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import resend_verified_sender as _resend_verified_sender

        resend = GroupMethod(_resend_verified_sender.sync)
        resend_detailed = GroupMethod(_resend_verified_sender.sync_detailed)
    else:
        resend = GroupMethod.lazy("sendgrid_reseller.api.sender_verification.resend_verified_sender", "sync")
        resend_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.resend_verified_sender", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import get_verified_sender_steps as _get_verified_sender_steps

        steps_completed = GroupMethod(_get_verified_sender_steps.sync)
        steps_completed_detailed = GroupMethod(_get_verified_sender_steps.sync_detailed)
    else:
        steps_completed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.get_verified_sender_steps", "sync"
        )
        steps_completed_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.get_verified_sender_steps", "sync_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import verify_sender_token as _verify_sender_token

        verify = GroupMethod(_verify_sender_token.sync)
        verify_detailed = GroupMethod(_verify_sender_token.sync_detailed)
    else:
        verify = GroupMethod.lazy("sendgrid_reseller.api.sender_verification.verify_sender_token", "sync")
        verify_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.verify_sender_token", "sync_detailed"
        )


class AsyncVerifiedSendersGroup(Group):
    """Operations under `client.verified_senders`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import list_verified_senders as _list_verified_senders

        list = GroupMethod(_list_verified_senders.asyncio)
        list_detailed = GroupMethod(_list_verified_senders.asyncio_detailed)
    else:
        list = GroupMethod.lazy("sendgrid_reseller.api.sender_verification.list_verified_senders", "asyncio")
        list_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.list_verified_senders", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import create_verified_sender as _create_verified_sender

        create = GroupMethod(_create_verified_sender.asyncio)
        create_detailed = GroupMethod(_create_verified_sender.asyncio_detailed)
    else:
        create = GroupMethod.lazy("sendgrid_reseller.api.sender_verification.create_verified_sender", "asyncio")
        create_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.create_verified_sender", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import delete_verified_sender as _delete_verified_sender

        delete = GroupMethod(_delete_verified_sender.asyncio)
        delete_detailed = GroupMethod(_delete_verified_sender.asyncio_detailed)
    else:
        delete = GroupMethod.lazy("sendgrid_reseller.api.sender_verification.delete_verified_sender", "asyncio")
        delete_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.delete_verified_sender", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import update_verified_sender as _update_verified_sender

        update = GroupMethod(_update_verified_sender.asyncio)
        update_detailed = GroupMethod(_update_verified_sender.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.sender_verification.update_verified_sender", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.update_verified_sender", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import (
            list_verified_sender_warn_domains as _list_verified_sender_warn_domains,
        )

        warn_domains = GroupMethod(_list_verified_sender_warn_domains.asyncio)
        warn_domains_detailed = GroupMethod(_list_verified_sender_warn_domains.asyncio_detailed)
    else:
        warn_domains = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.list_verified_sender_warn_domains", "asyncio"
        )
        warn_domains_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.list_verified_sender_warn_domains", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import resend_verified_sender as _resend_verified_sender

        resend = GroupMethod(_resend_verified_sender.asyncio)
        resend_detailed = GroupMethod(_resend_verified_sender.asyncio_detailed)
    else:
        resend = GroupMethod.lazy("sendgrid_reseller.api.sender_verification.resend_verified_sender", "asyncio")
        resend_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.resend_verified_sender", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import get_verified_sender_steps as _get_verified_sender_steps

        steps_completed = GroupMethod(_get_verified_sender_steps.asyncio)
        steps_completed_detailed = GroupMethod(_get_verified_sender_steps.asyncio_detailed)
    else:
        steps_completed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.get_verified_sender_steps", "asyncio"
        )
        steps_completed_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.get_verified_sender_steps", "asyncio_detailed"
        )

    if TYPE_CHECKING:
        from sendgrid_reseller.api.sender_verification import verify_sender_token as _verify_sender_token

        verify = GroupMethod(_verify_sender_token.asyncio)
        verify_detailed = GroupMethod(_verify_sender_token.asyncio_detailed)
    else:
        verify = GroupMethod.lazy("sendgrid_reseller.api.sender_verification.verify_sender_token", "asyncio")
        verify_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.sender_verification.verify_sender_token", "asyncio_detailed"
        )
