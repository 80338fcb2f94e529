# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""Endpoint functions of one tag; each module holds sync, sync_detailed, asyncio and asyncio_detailed."""
