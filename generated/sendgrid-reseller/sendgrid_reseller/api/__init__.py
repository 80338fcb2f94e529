# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The endpoint functions, one module per operation, grouped by tag."""
