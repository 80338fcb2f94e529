"""v3 IP warm-up: each documented example through the friendly clients."""

from __future__ import annotations

from sendgrid_reseller.models import WarmupIpRequest

from tests.client.friendly_calls import FriendlyCall, friendly_tests


def _warming(result: object) -> bool:
    return isinstance(result, list) and [(w.ip, w.start_date) for w in result] == [("0.0.0.0", 1409616000)]


# The one place naming this area's Python methods.
CALLS = [
    FriendlyCall(
        "ip_warmup/start_ip_warmup", "ips.warmup.start", _warming, kwargs={"body": WarmupIpRequest(ip="0.0.0.0")}
    ),
    FriendlyCall("ip_warmup/list_warmup_ips", "ips.warmup.list", _warming),
    FriendlyCall("ip_warmup/get_ip_warmup_status", "ips.warmup.get", _warming, args=("0.0.0.0",)),
    FriendlyCall("ip_warmup/stop_ip_warmup", "ips.warmup.stop", lambda r: r is None, args=("0.0.0.0",)),
]

test_documented_example, test_documented_example_async = friendly_tests(CALLS)
