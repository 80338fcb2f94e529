"""v3 authenticated domains (domain authentication): each call's documented example, replayed exactly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import (
    AuthenticateDomainRequest,
    DnsRecordsEmailRequest,
    DomainIp,
    SubuserUsername,
    UpdateDomainRequest,
)

from tests.client.cassettes import replay

JDOE = SubuserUsername(username="jdoe")

Case = tuple[str, Callable[[SendGrid], Any], Callable[[Any], bool]]
CASES: list[Case] = [
    (
        "authenticated_domains/email_domain_dns_records",
        lambda c: c.domains.email_dns_records(
            body=DnsRecordsEmailRequest(
                link_id=29719392,
                domain_id=46873408,
                email="my_colleague@example.com",
                message="DNS Record for verification",
            )
        ),
        lambda r: r is None,
    ),
    (
        "authenticated_domains/list_authenticated_domains",
        lambda c: c.domains.list(limit=2, offset=0, exclude_subusers=True),
        lambda r: [d.id for d in r.items] == [1, 2] and r.items[1].dns.mail_cname.type_ == "mx",
    ),
    (
        "authenticated_domains/authenticate_domain",
        lambda c: c.domains.create(
            body=AuthenticateDomainRequest(
                domain="example.com",
                subdomain="news",
                username="john@example.com",
                ips=["192.168.1.1", "192.168.1.2"],
                custom_spf=True,
                default=True,
                automatic_security=False,
            )
        ),
        lambda r: (r.id, r.dns.dkim1.host) == (302183, "s1._domainkey.example.com"),
    ),
    (
        "authenticated_domains/get_authenticated_domain",
        lambda c: c.domains.get(45373692),
        lambda r: (r.username, r.valid, r.dns.mail_cname.data) == ("jdoe", True, "u7.wl.sendgrid.net"),
    ),
    (
        "authenticated_domains/update_authenticated_domain",
        lambda c: c.domains.update(45373692, body=UpdateDomainRequest(default=False, custom_spf=True)),
        lambda r: (r.default, r.custom_spf) == (False, True),
    ),
    ("authenticated_domains/delete_authenticated_domain", lambda c: c.domains.delete(45373692), lambda r: r is None),
    (
        "authenticated_domains/associate_domain_with_subuser",
        lambda c: c.domains.subusers.associate(1, body=JDOE),
        lambda r: r.dns.mail_server.type_ == "mx" and r.dns.domain_spf.host == "example.com",
    ),
    (
        "authenticated_domains/disassociate_domain_from_subuser",
        lambda c: c.domains.subusers.remove_domain(1, username="jdoe"),
        lambda r: r is None,
    ),
    (
        "authenticated_domains/add_subuser_domain",
        lambda c: c.domains.subusers.add_domain(1, body=JDOE),
        lambda r: r.username == "jdoe",
    ),
    (
        "authenticated_domains/add_ip_to_domain",
        lambda c: c.domains.ips.add(1, body=DomainIp(ip="192.168.0.1")),
        lambda r: r.username == "john@example.com",
    ),
    (
        "authenticated_domains/remove_ip_from_domain",
        lambda c: c.domains.ips.remove(1, "192.168.0.1"),
        lambda r: r.username == "mail@example.com",
    ),
    (
        "authenticated_domains/validate_authenticated_domain",
        lambda c: c.domains.validate(1),
        lambda r: r.valid and not r.validation_results.mail_cname.valid and r.validation_results.spf.reason is None,
    ),
    (
        "authenticated_domains/get_default_authenticated_domain",
        lambda c: c.domains.get_default(domain="example.com"),
        lambda r: [d.default for d in r] == [True],
    ),
    (
        "authenticated_domains/get_subuser_domain",
        lambda c: c.domains.subusers.get(username="jdoe"),
        lambda r: r.user_id == 7,
    ),
    (
        "authenticated_domains/disassociate_subuser_domain",
        lambda c: c.domains.subusers.disassociate(username="jdoe"),
        lambda r: r is None,
    ),
    (
        "authenticated_domains/list_subuser_domains",
        lambda c: c.domains.subusers.list(username="jdoe"),
        lambda r: [d.username for d in r] == ["jdoe"],
    ),
]


@pytest.mark.parametrize(("cassette", "call", "check"), CASES, ids=[case[0] for case in CASES])
def test_documented_example(
    v3: SendGrid, cassette: str, call: Callable[[SendGrid], Any], check: Callable[[Any], bool]
) -> None:
    with replay(cassette):
        result = call(v3)
    assert check(result)
