# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The package version: the spec's info.version."""

__version__ = "0.2.0"
