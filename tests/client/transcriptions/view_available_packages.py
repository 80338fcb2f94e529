"""View Available Packages (v2 reseller): the documented example; the call takes only the credentials."""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/view_available_packages.html"

CASSETTES = [
    (
        "view_available_packages/list_reseller_packages",
        DOCS + " (View Available Packages)",
        [
            v2_call(
                "/apiv2/reseller.packages.json",
                "",
                '[{"name":"Basic Package","price":9.95,"description":"Basic Package description","credits":10000,'
                '"overage":0.001,"has_reseller":false,"has_ip":false,"distributor_price":50},{"name":"Silver Package",'
                '"price":79.95,"description":"Silver Package description","credits":50000,"overage":0.001,'
                '"has_reseller":false,"has_ip":true}]',
            )
        ],
    ),
]
