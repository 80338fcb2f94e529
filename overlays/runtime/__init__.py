"""The hand-written runtime every generated endpoint goes through.

Copied unchanged from `overlays/runtime/` into the generated package as `sendgrid_reseller._runtime`;
it depends only on httpx and the standard library, and imports its siblings relatively.

One module per concern: `client` (the send path), `attempt` (the verdict on one attempt), `auth`,
`ratelimit`, `redis_store` (limits shared through Redis, optional), `retry`, `pagination`, `errors`,
`response`, `options`, `operation`, `group` (the friendly client's groups), `policy` (every
default), `redact` (secrets never leave), `urls`.
"""
