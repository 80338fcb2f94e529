# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The low-level client every endpoint function takes: auth, rate limits, retries, typed errors."""

from ._runtime.client import Client

__all__ = ["Client"]
