# Copied from overlays/runtime/__init__.py by the generator. Do not edit; change the overlay and run `make generate`.
"""The hand-written runtime every generated endpoint goes through.

Copied unchanged from `overlays/runtime/` into the generated package as `sendgrid_reseller._runtime`.
One module per concern: `client` (sending), `auth`, `ratelimit`, `retry`, `pagination`, `errors`,
`response`, `options`, `operation`, `policy` (every default), `redact` (secrets never leave), `urls`.
It depends only on httpx and the standard library, and imports its siblings relatively.
"""
