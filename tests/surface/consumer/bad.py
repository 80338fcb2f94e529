"""Mistakes mypy --strict must catch; each line marked `# error: <code>` must be reported."""

from __future__ import annotations

from sendgrid_reseller import AsyncSendGrid, SendGrid


def misspelled_keyword(client: SendGrid) -> None:
    client.reseller.customers.delete(usr="old@example.com")  # error: call-overload


def wrong_type(client: SendGrid) -> None:
    client.subusers.list(limit="ten")  # error: arg-type


def missing_required_field(client: SendGrid) -> None:
    client.reseller.customers.update_email(user="u")  # error: call-overload


async def missing_await(client: AsyncSendGrid) -> None:
    client.reseller.customers.delete(user="old@example.com")  # error: unused-coroutine


async def async_items_iterated_synchronously(client: AsyncSendGrid) -> None:
    for subuser in client.subusers.list_items():  # error: attr-defined
        print(subuser)


async def async_page_iterated_synchronously(client: AsyncSendGrid) -> None:
    for subuser in await client.subusers.list():  # error: attr-defined
        print(subuser)


async def result_used_without_await(client: AsyncSendGrid) -> None:
    customers = client.reseller.customers.list()
    print(customers[0])  # error: index
