"""v3 IP address management (/v3/send_ips): SendGrid's documented example of each call."""

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/ip-address-management"
END = {"_metadata": {"next_params": {"after_key": None}}}

CASSETTES = [
    (
        "ip_address_management/list_send_ips",
        REF + "/get-a-list-of-all-ip-addresses-on-your-account (_metadata nested in next_params, as the schema says)",
        [
            call(
                "GET",
                "/v3/send_ips/ips",
                query="ip=127.0.0.1&limit=10&is_leased=true&pool=12345&include_region=true",
                response={
                    "result": [
                        {
                            "ip": "127.0.0.1",
                            "pools": [{"name": "marketing_pool", "id": "12345"}],
                            "is_auto_warmup": True,
                            "is_parent_assigned": True,
                            "updated_at": None,
                            "is_enabled": True,
                            "is_leased": True,
                            "added_at": 1664390835,
                            "region": "us",
                        }
                    ],
                    "_metadata": {"next_params": {"after_key": None, "ip": "127.0.0.1", "limit": "10"}},
                },
            ),
        ],
    ),
    (
        "ip_address_management/add_send_ip",
        REF + "/add-a-twilio-sendgrid-ip-address",
        [
            call(
                "POST",
                "/v3/send_ips/ips",
                status=201,
                body={"is_auto_warmup": True, "is_parent_assigned": True, "subusers": ["12345"]},
                response={"ip": "127.0.0.1", "is_auto_warmup": True, "is_parent_assigned": True, "subusers": ["12345"]},
            ),
        ],
    ),
    (
        "ip_address_management/get_send_ip",
        REF + "/get-details-for-an-ip-address",
        [
            call(
                "GET",
                "/v3/send_ips/ips/127.0.0.1",
                query="include_region=true",
                response={
                    "ip": "127.0.0.1",
                    "is_parent_assigned": True,
                    "is_auto_warmup": True,
                    "pools": [{"id": "12345", "name": "transactional_pool"}],
                    "added_at": 1664390835,
                    "updated_at": None,
                    "is_enabled": True,
                    "is_leased": True,
                    "region": "us",
                },
            ),
        ],
    ),
    (
        "ip_address_management/update_send_ip",
        REF + "/update-details-for-an-ip-address",
        [
            call(
                "PATCH",
                "/v3/send_ips/ips/127.0.0.1",
                body={"is_auto_warmup": True, "is_parent_assigned": True, "is_enabled": True},
                response={"ip": "127.0.0.1", "is_auto_warmup": True, "is_parent_assigned": True, "is_enabled": True},
            ),
        ],
    ),
    (
        "ip_address_management/list_send_ip_subusers",
        REF + "/get-a-list-of-subusers-assigned-to-an-ip",
        [
            call(
                "GET",
                "/v3/send_ips/ips/127.0.0.1/subusers",
                query="limit=100",
                response={"result": ["12345", "67890"], **END},
            ),
        ],
    ),
    (
        "ip_address_management/add_send_ip_subusers",
        REF + "/assign-a-batch-of-subusers-to-an-ip",
        [
            call(
                "POST",
                "/v3/send_ips/ips/127.0.0.1/subusers:batchAdd",
                body={"subusers": ["12345", "67890"]},
                response={"ip": "127.0.0.1", "subusers": ["12345", "67890"]},
            ),
        ],
    ),
    (
        "ip_address_management/remove_send_ip_subusers",
        REF + "/delete-a-batch-of-subusers-from-an-ip",
        [
            call(
                "POST",
                "/v3/send_ips/ips/127.0.0.1/subusers:batchDelete",
                body={"subusers": ["12345", "67890"]},
                status=204,
            ),
        ],
    ),
    (
        "ip_address_management/list_send_ip_pools",
        REF + "/get-all-ip-pools-that-have-associated-ips",
        [
            call(
                "GET",
                "/v3/send_ips/pools",
                response={
                    "result": [
                        {
                            "name": "transactional_pool",
                            "id": "12345",
                            "ips_preview": ["127.0.0.1", "127.0.0.2"],
                            "total_ip_count": 2,
                        },
                        {
                            "name": "marketing_pool",
                            "id": "67890",
                            "ips_preview": ["127.0.0.3", "127.0.0.4", "127.0.0.5"],
                            "total_ip_count": 3,
                        },
                    ],
                    **END,
                },
            ),
        ],
    ),
    (
        "ip_address_management/create_send_ip_pool",
        REF + "/create-an-ip-pool-with-a-name-and-ip-assignments",
        [
            call(
                "POST",
                "/v3/send_ips/pools",
                status=201,
                body={"name": "transactional_pool", "ips": ["127.0.0.1", "127.0.0.2"]},
                response={"name": "transactional_pool", "id": "12345", "ips": ["127.0.0.1", "127.0.0.2"]},
            ),
        ],
    ),
    (
        "ip_address_management/get_send_ip_pool",
        REF + "/get-details-for-an-ip-pool",
        [
            call(
                "GET",
                "/v3/send_ips/pools/12345",
                response={
                    "name": "marketing_pool",
                    "id": "12345",
                    "ips_preview": ["127.0.0.1", "127.0.0.2"],
                    "total_ip_count": 2,
                },
            ),
        ],
    ),
    (
        "ip_address_management/rename_send_ip_pool",
        REF + "/update-an-ip-pool-name",
        [
            call(
                "PUT",
                "/v3/send_ips/pools/12345",
                body={"name": "marketing_pool"},
                response={"name": "marketing_pool", "id": "12345"},
            ),
        ],
    ),
    (
        "ip_address_management/delete_send_ip_pool",
        REF + "/delete-ip-pool",
        [call("DELETE", "/v3/send_ips/pools/12345", status=204)],
    ),
    (
        "ip_address_management/list_send_ip_pool_ips",
        REF + "/get-ips-assigned-to-an-ip-pool",
        [
            call(
                "GET",
                "/v3/send_ips/pools/12345/ips",
                response={
                    "result": [{"ip": "127.0.0.1", "pools": [{"id": "12345", "name": "transactional_pool"}]}],
                    **END,
                },
            ),
        ],
    ),
    (
        "ip_address_management/add_send_ip_pool_ips",
        REF + "/add-a-batch-of-ips-to-an-ip-pool",
        [
            call(
                "POST",
                "/v3/send_ips/pools/12345/ips:batchAdd",
                body={"ips": ["127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4"]},
                response={
                    "name": "marketing_pool",
                    "id": "12345",
                    "ips": ["127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4"],
                },
            ),
        ],
    ),
    (
        "ip_address_management/remove_send_ip_pool_ips",
        REF + "/delete-a-batch-of-ips-from-an-ip-pool",
        [
            call(
                "POST",
                "/v3/send_ips/pools/12345/ips:batchDelete",
                body={"ips": ["127.0.0.1", "127.0.0.2"]},
                status=204,
            ),
        ],
    ),
]
