# Copied from overlays/runtime/__init__.py by the generator. Do not edit; change the overlay and run `make generate`.
"""The hand-written runtime every generated endpoint goes through.

Copied unchanged from `overlays/runtime/` into the generated package as `sendgrid_reseller._runtime`;
it depends only on httpx and the standard library (`cryptography` for webhook signatures, `redis`
for the shared store: both optional and imported on first use), and imports its siblings relatively.

The sync and asyncio paths share one sans-IO core and differ only in how they wait and send:
`request` (what goes on the wire: header precedence, fixed v2 fields, per-call extras),
`credentials` (which auth each API version gets), `attempt` (the verdict on one answer),
`retry`, `ratelimit` (pacing decisions), `errors` (an answer's typed error); `client` does the I/O.

Other modules: `auth` (the auth flows), `store_setting` (which rate-limit store a client uses),
`redis_store` (limits shared through Redis, with its `redis_scripts`, `redis_connection` and
`redis_fallback`), `deadline` and `deadline_transport` (a call's total deadline), `pagination`
(the Link walk), `page` (page objects), `response`, `options`, `operation`, `arguments`
(flattened body fields), `group` (the friendly client's groups), `environment` (SENDGRID_*
variables), `policy` (every default), `redact` (secrets never leave), `urls`, `unset`,
`wire_values` (typed v2 strings), `webhook_signature` (Event Webhook verification), `body`.
"""
