"""How a consumer uses the client; mypy --strict accepts all of it (tests/surface/test_typing.py)."""

from __future__ import annotations

from sendgrid_reseller import AsyncSendGrid, RequestOptions, SendGrid, SyncPage
from sendgrid_reseller.models import DeleteCustomerForm, Subuser, V2Customer


def sync_use(client: SendGrid) -> list[str]:
    customers: list[V2Customer] = list(client.reseller.customers.list(limit=10))
    client.reseller.customers.delete(user="old@example.com")
    client.reseller.customers.delete(body=DeleteCustomerForm(user="old@example.com"))
    client.reseller.customers.update_email(user="u", email="e@example.com", timeout=5.0)
    page: SyncPage[Subuser] = client.subusers.list(limit=100)
    names = [subuser.username for subuser in page]
    token: str | None = page.next_page_token
    if page.has_next_page() and token is not None:
        client.subusers.list(page_token=token)
    client.with_options(max_retries=0).subusers.list(options=RequestOptions(on_behalf_of="sub"))
    return names + [str(customer.username) for customer in customers]


async def async_use(client: AsyncSendGrid) -> list[Subuser]:
    await client.reseller.customers.delete(user="old@example.com")
    found = [subuser async for subuser in client.subusers.list_items()]
    page = await client.subusers.list(extra_headers={"X-Trace": "1"})
    return found + [subuser async for subuser in page] + page.items
