# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""Group classes of the friendly clients, one module per group and flavour."""
