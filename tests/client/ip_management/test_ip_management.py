"""IP Management: each documented call's exact wire request and decoded response."""

from __future__ import annotations

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import GetResellerIpUsageForm

from tests.client.cassettes import replay

# The documented sample lists 255.255.255.251 twice; the client keeps the list as sent.
DOCUMENTED_IPS = [
    "255.255.255.250",
    "255.255.255.251",
    "255.255.255.251",
    "255.255.255.252",
    "255.255.255.253",
    "255.255.255.254",
]


def test_list_reseller_ips(v2: SendGrid) -> None:
    with replay("ip_management/list_reseller_ips"):
        assert [entry.ip for entry in v2.reseller.ips.list()] == DOCUMENTED_IPS


def test_list_free_reseller_ips(v2: SendGrid) -> None:
    with replay("ip_management/list_free_reseller_ips"):
        assert [entry.ip for entry in v2.reseller.ips.list_free()] == DOCUMENTED_IPS


def test_list_taken_reseller_ips(v2: SendGrid) -> None:
    with replay("ip_management/list_taken_reseller_ips"):
        assert [entry.ip for entry in v2.reseller.ips.list_taken()] == DOCUMENTED_IPS


def test_list_available_reseller_ips(v2: SendGrid) -> None:
    with replay("ip_management/list_available_reseller_ips"):
        assert [entry.ip for entry in v2.reseller.ips.list_available()] == DOCUMENTED_IPS


def test_get_reseller_ip_usage(v2: SendGrid) -> None:
    with replay("ip_management/get_reseller_ip_usage"):
        usage = v2.reseller.ips.usage(body=GetResellerIpUsageForm(user="example.com"))
    assert [(u.ip, u.user) for u in usage] == [
        ("255.255.253.0", "example@example.com"),
        ("255.255.254.0", "example@example.com"),
    ]
