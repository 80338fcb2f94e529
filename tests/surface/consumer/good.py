"""How a consumer uses the client; mypy --strict accepts all of it (tests/surface/test_typing.py)."""

from __future__ import annotations

from sendgrid_reseller import AsyncSendGrid, RequestOptions, SendGrid
from sendgrid_reseller.models import DeleteCustomerForm, Subuser, V2Customer


def sync_use(client: SendGrid) -> list[str]:
    customers: list[V2Customer] = client.reseller.customers.list(limit=10)
    client.reseller.customers.delete(user="old@example.com")
    client.reseller.customers.delete(body=DeleteCustomerForm(user="old@example.com"))
    client.reseller.customers.update_email(user="u", email="e@example.com", timeout=5.0)
    names = [subuser.username for subuser in client.subusers.list_items(limit=100)]
    client.with_options(max_retries=0).subusers.list(options=RequestOptions(on_behalf_of="sub"))
    return names + [str(customer.username) for customer in customers]


async def async_use(client: AsyncSendGrid) -> list[Subuser]:
    await client.reseller.customers.delete(user="old@example.com")
    found = [subuser async for subuser in client.subusers.list_items()]
    return found + await client.subusers.list(extra_headers={"X-Trace": "1"})
