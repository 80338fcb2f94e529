"""The repository's fixed sandbox credentials (documented in sandbox/README.md, used by bench/).

Not shipped in sendgrid_reseller.testing (generator/testing_extra.py leaves it out): the
published sandbox makes its own per process, so the package carries no credential.
"""

API_KEY = "SG.sandbox-api-key"
V2_PASSWORD = "sandbox-password"
