# Copied from sandbox/_warmup.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""/v3/ips/warmup: the account's IPs on SendGrid's warm-up schedule, kept in memory."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ._params import Routes, json_object
from ._reply import Reply, dumps, v3_error
from ._send_ips import SendIps, ip_key

if TYPE_CHECKING:
    from ._v3 import V3Request

WARMUP_DELAY = 3600  # warm-up starts an hour after the IP was added (a fixed clock)


class Warmup:
    """An IP of the account (see SendIps) joins the list once; stopping removes it."""

    def __init__(self, ips: SendIps) -> None:
        self._ips = ips
        self._warming: dict[str, int] = {}

    def routes(self) -> Routes:
        return {
            ("POST", "/v3/ips/warmup"): ("start_ip_warmup", 200, self._start_warmup),
            ("GET", "/v3/ips/warmup"): ("list_warmup_ips", 200, self._list_warmup),
            ("GET", "/v3/ips/warmup/{}"): ("get_ip_warmup_status", 200, self._get_warmup),
            ("DELETE", "/v3/ips/warmup/{}"): ("stop_ip_warmup", 204, self._stop_warmup),
        }

    def _warming_list(self, ips: Iterable[str]) -> bytes:
        return dumps([{"ip": ip, "start_date": self._warming[ip]} for ip in sorted(ips, key=ip_key)])

    def _start_warmup(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = json_object(request.body)
        if isinstance(body, Reply):
            return body
        ip = body.get("ip")
        added_at = self._ips.added_at(ip) if isinstance(ip, str) else None
        if not isinstance(ip, str) or added_at is None:
            return v3_error(404, "ip not found on the account", "ip")
        if ip in self._warming:
            return v3_error(400, "ip is already warming up", "ip")
        self._warming[ip] = added_at + WARMUP_DELAY
        return Reply(status, self._warming_list([ip]))

    def _list_warmup(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return Reply(status, self._warming_list(self._warming))

    def _get_warmup(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        if params[0] not in self._warming:
            return v3_error(404, "ip is not warming up")
        return Reply(status, self._warming_list([params[0]]))

    def _stop_warmup(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        if self._warming.pop(params[0], None) is None:
            return v3_error(404, "ip is not warming up")
        return Reply(status)
