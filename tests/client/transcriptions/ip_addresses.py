"""v3 IP addresses: SendGrid's documented example of each call (tsg_ips_v3 / docs pages)."""

from tests.client.transcriptions._v3 import call

REF = "https://docs.sendgrid.com/api-reference"

CASSETTES = [
    (
        "ip_addresses/add_ips",
        REF + "/ip-address/add-ips (count 2 instead of the documented 90323478)",
        [
            call(
                "POST",
                "/v3/ips",
                status=201,
                body={"count": 2, "subusers": ["subuser1", "subuser2"], "warmup": True},
                response={
                    "ips": [
                        {"ip": "1.2.3.4", "subusers": ["user", "subuser1"]},
                        {"ip": "1.2.3.5", "subusers": ["user", "subuser1"]},
                    ],
                    "remaining_ips": 1,
                    "warmup": True,
                },
            ),
        ],
    ),
    (
        "ip_addresses/list_ips",
        REF + "/ip-address/retrieve-all-ip-addresses",
        [
            call(
                "GET",
                "/v3/ips",
                query="exclude_whitelabels=false&limit=2&offset=0&sort_by_direction=asc",
                response=[
                    {
                        "ip": "192.168.1.1",
                        "pools": ["pool1", "pool2"],
                        "whitelabeled": False,
                        "start_date": 1409616000,
                        "subusers": ["tim@sendgrid.net"],
                        "warmup": False,
                        "assigned_at": 1482883200,
                    },
                    {
                        "ip": "208.115.214.22",
                        "pools": [],
                        "whitelabeled": True,
                        "rdns": "o1.email.example.com",
                        "start_date": 1409616000,
                        "subusers": [],
                        "warmup": False,
                        "assigned_at": 1482883200,
                    },
                ],
            ),
        ],
    ),
    (
        "ip_addresses/get_ip",
        REF + "/ip-address/retrieve-all-ip-pools-an-ip-address-belongs-to (documented address 000.00.00.0 kept)",
        [
            call(
                "GET",
                "/v3/ips/000.00.00.0",
                response={
                    "ip": "000.00.00.0",
                    "subusers": ["subuser1", "subuser2"],
                    "rdns": "o1.em.example.com",
                    "pools": ["test1"],
                    "warmup": False,
                    "start_date": None,
                    "whitelabeled": True,
                },
            ),
        ],
    ),
    (
        "ip_addresses/list_assigned_ips",
        REF + "/ip-address/retrieve-all-assigned-ips",
        [
            call(
                "GET",
                "/v3/ips/assigned",
                response=[{"ip": "167.89.21.3", "pools": ["new_test5"], "warmup": True, "start_date": 1409616000}],
            ),
        ],
    ),
    (
        "ip_addresses/get_remaining_ip_count",
        REF + "/ip-address/get-remaining-ips-count",
        [
            call(
                "GET",
                "/v3/ips/remaining",
                response={"results": [{"remaining": 2, "period": "month", "price_per_ip": 20}]},
            ),
        ],
    ),
    (
        "ip_addresses/create_ip_pool",
        REF + "/ip-pools/create-an-ip-pool",
        [
            call("POST", "/v3/ips/pools", body={"name": "marketing"}, response={"name": "marketing"}),
        ],
    ),
    (
        "ip_addresses/list_ip_pools",
        REF + "/ip-pools/retrieve-all-ip-pools",
        [
            call("GET", "/v3/ips/pools", response=[{"name": "marketing"}, {"name": "transactional"}]),
        ],
    ),
    (
        "ip_addresses/get_ip_pool",
        REF + "/ip-pools/retrieve-all-the-ips-in-a-specified-pool",
        [
            call(
                "GET",
                "/v3/ips/pools/Sample",
                response={"pool_name": "Sample", "ips": ["192.168.1.1", "192.158.1.2", "192.138.2.1"]},
            ),
        ],
    ),
    (
        "ip_addresses/rename_ip_pool",
        REF + "/ip-pools/rename-an-ip-pool",
        [
            call("PUT", "/v3/ips/pools/marketing", body={"name": "new_pool_name"}, response={"name": "new_pool_name"}),
        ],
    ),
    (
        "ip_addresses/delete_ip_pool",
        REF + "/ip-pools/delete-an-ip-pool",
        [
            call("DELETE", "/v3/ips/pools/new_pool_name", status=204),
        ],
    ),
    (
        "ip_addresses/add_ip_to_pool",
        REF + "/ip-pools/add-an-ip-address-to-a-pool",
        [
            call(
                "POST",
                "/v3/ips/pools/test1/ips",
                status=201,
                body={"ip": "000.00.00.0"},
                response={"ip": "000.00.00.0", "pools": ["test1"], "start_date": 1409616000, "warmup": True},
            ),
        ],
    ),
    (
        "ip_addresses/remove_ip_from_pool",
        REF + "/ip-pools/remove-an-ip-address-from-a-pool",
        [
            call("DELETE", "/v3/ips/pools/test1/ips/000.00.00.0", status=204),
        ],
    ),
]
