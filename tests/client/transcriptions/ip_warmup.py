"""v3 IP warm-up: SendGrid's documented example of each call."""

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/ip-warmup"
WARMING = [{"ip": "0.0.0.0", "start_date": 1409616000}]

CASSETTES = [
    (
        "ip_warmup/start_ip_warmup",
        REF + "/start-warming-up-an-ip-address",
        [call("POST", "/v3/ips/warmup", body={"ip": "0.0.0.0"}, response=WARMING)],
    ),
    (
        "ip_warmup/list_warmup_ips",
        REF + "/retrieve-all-ips-currently-in-warmup",
        [call("GET", "/v3/ips/warmup", response=WARMING)],
    ),
    (
        "ip_warmup/get_ip_warmup_status",
        REF + "/retrieve-the-warmup-status-for-a-specific-ip-address",
        [call("GET", "/v3/ips/warmup/0.0.0.0", response=WARMING)],
    ),
    (
        "ip_warmup/stop_ip_warmup",
        REF + "/stop-warming-up-an-ip-address",
        [call("DELETE", "/v3/ips/warmup/0.0.0.0", status=204)],
    ),
]
