# Copied from sandbox/_settings.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Mail settings (/v3/mail_settings) and tracking settings (/v3/tracking_settings), per account.

Each account (the on-behalf-of subuser, else the parent) starts from the defaults below; a PATCH
changes only the fields it sends and answers the whole setting, which the next GET returns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._params import Routes, json_object, query_window
from ._reply import Reply, dumps, v3_error

if TYPE_CHECKING:
    from ._v3 import V3Request

MAX_LIMIT = 500

# name -> (title, default value); a field's type is that of its default (None: string or null).
MAIL_SETTINGS: dict[str, tuple[str, dict[str, Any]]] = {
    "address_whitelist": ("Address Whitelist", {"enabled": False, "list": []}),
    "bounce_purge": ("Bounce Purge", {"enabled": False, "soft_bounces": None, "hard_bounces": None}),
    "footer": ("Footer", {"enabled": False, "html_content": "", "plain_content": ""}),
    "forward_bounce": ("Forward Bounce", {"enabled": False, "email": None}),
    "forward_spam": ("Forward Spam", {"enabled": False, "email": ""}),
    "template": ("Legacy Email Template", {"enabled": False, "html_content": ""}),
}
TRACKING_SETTINGS: dict[str, tuple[str, dict[str, Any]]] = {
    "click": ("Click Tracking", {"enabled": False, "enable_text": False}),
    "google_analytics": (
        "Google Analytics",
        dict.fromkeys(("utm_source", "utm_medium", "utm_term", "utm_content", "utm_campaign"), "") | {"enabled": False},
    ),
    "open": ("Open Tracking", {"enabled": True}),
    "subscription": (
        "Subscription Tracking",
        {"enabled": False, "html_content": "", "plain_content": "", "landing": "", "replace": "", "url": ""},
    ),
}
# Fields SendGrid answers but does not let this PATCH change.
READ_ONLY = {("tracking", "click"): {"enable_text"}}
INTEGER_OR_NULL = {"soft_bounces", "hard_bounces"}
STRING_OR_NULL = {"email"}


def _type_error(name: str, value: Any, default: Any) -> str | None:
    if name in INTEGER_OR_NULL:
        ok = value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)
        return None if ok else "must be a non-negative integer or null"
    if name in STRING_OR_NULL:
        return None if value is None or isinstance(value, str) else "must be a string or null"
    if isinstance(default, list):
        ok = isinstance(value, list) and all(isinstance(item, str) for item in value)
        return None if ok else "must be a list of strings"
    return None if type(value) is type(default) else f"must be a {type(default).__name__}"


class Settings:
    def __init__(self) -> None:
        self._values: dict[tuple[str, str, str], dict[str, Any]] = {}  # (kind, account, name) -> value

    def routes(self) -> Routes:
        routes: Routes = {
            ("GET", "/v3/mail_settings"): ("list_mail_settings", 200, self._list_mail),
            ("GET", "/v3/tracking_settings"): ("list_tracking_settings", 200, self._list_tracking),
        }
        for kind, prefix, table in (
            ("mail", "/v3/mail_settings/", MAIL_SETTINGS),
            ("tracking", "/v3/tracking_settings/", TRACKING_SETTINGS),
        ):
            for name in table:
                suffix = "tracking_setting" if kind == "tracking" and name != "google_analytics" else "setting"
                routes[("GET", prefix + name)] = (f"get_{name}_{suffix}", 200, self._getter(kind, name))
                routes[("PATCH", prefix + name)] = (f"update_{name}_{suffix}", 200, self._patcher(kind, name))
        return routes

    def _value(self, kind: str, request: V3Request, name: str) -> dict[str, Any]:
        table = MAIL_SETTINGS if kind == "mail" else TRACKING_SETTINGS
        key = (kind, request.on_behalf_of or "", name)
        if key not in self._values:
            self._values[key] = {k: list(v) if isinstance(v, list) else v for k, v in table[name][1].items()}
        return self._values[key]

    def _summaries(self, kind: str, request: V3Request) -> list[dict[str, Any]]:
        table = MAIL_SETTINGS if kind == "mail" else TRACKING_SETTINGS
        return [
            {"name": name, "title": title, "enabled": self._value(kind, request, name)["enabled"]}
            for name, (title, _) in table.items()
        ]

    def _list_mail(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        window = query_window(request.query, default_limit=MAX_LIMIT, maximum=MAX_LIMIT)
        if isinstance(window, Reply):
            return window
        start, limit = window
        page = self._summaries("mail", request)[start : start + limit]
        return Reply(status, dumps({"result": page}))

    def _list_tracking(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return Reply(status, dumps({"result": self._summaries("tracking", request)}))

    def _getter(self, kind: str, name: str) -> Any:
        def get(request: V3Request, params: tuple[str, ...], status: int) -> Reply:
            return Reply(status, dumps(self._value(kind, request, name)))

        return get

    def _patcher(self, kind: str, name: str) -> Any:
        def patch(request: V3Request, params: tuple[str, ...], status: int) -> Reply:
            body = json_object(request.body)
            if isinstance(body, Reply):
                return body
            current = self._value(kind, request, name)
            writable = set(current) - READ_ONLY.get((kind, name), set())
            for field, value in body.items():
                if field not in writable:
                    return v3_error(400, f"{field} cannot be set on {name}", field)
                problem = _type_error(field, value, current[field])
                if problem is not None:
                    return v3_error(400, f"{field} {problem}", field)
            current.update(body)
            return Reply(status, dumps(current))

        return patch
