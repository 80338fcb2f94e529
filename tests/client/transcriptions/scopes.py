"""v3 scopes: SendGrid's documented example."""

from tests.client.transcriptions._v3 import call

CASSETTES = [
    (
        "scopes/list_scopes",
        "https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access",
        [call("GET", "/v3/scopes", response={"scopes": ["mail.send", "alerts.create", "alerts.read"]})],
    ),
]
