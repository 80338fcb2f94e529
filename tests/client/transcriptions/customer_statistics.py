"""Customer Statistics (v2 reseller): the documented example of each call."""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/customer_statistics.html"
MANAGE = "/apiv2/reseller.manage.json"

CASSETTES = [
    (
        "customer_statistics/get_customer_statistics",
        DOCS + " (Retrieve Customer Statistics)",
        [
            v2_call(
                MANAGE,
                "method=stats&user=eexampexample@example.com",
                '[{"date":"2009-06-20","requests":12342,"delivered":0,"bounces":12,"repeat_bounces":0,"unsubscribes":0,'
                '"repeat_unsubscribes":0,"clicks":10223,"opens":9992,"spamreports":5,"repeat_spamreports":0,"invalid_email":0,'
                '"blocks":0,"unique_clicks":0,"unique_opens":0},{"date":"2009-06-21","requests":32342,"delivered":0,"bounces":10,'
                '"repeat_bounces":0,"unsubscribes":0,"repeat_unsubscribes":0,"clicks":14323,"opens":10995,"spamreports":7,'
                '"repeat_spamreports":0,"invalid_email":0,"blocks":0,"unique_clicks":0,"unique_opens":0},{"date":"2009-06-22",'
                '"requests":52342,"delivered":0,"bounces":11,"repeat_bounces":0,"unsubscribes":0,"repeat_unsubscribes":0,'
                '"clicks":19223,"opens":12992,"spamreports":2,"repeat_spamreports":0,"invalid_email":0,"blocks":0,'
                '"unique_clicks":0,"unique_opens":0}]',
            )
        ],
    ),
    (
        "customer_statistics/get_customer_aggregate_statistics",
        DOCS + " (Retrieve Aggregates)",
        [
            v2_call(
                MANAGE,
                "method=stats&user=eexampexample@example.com&aggregate=1",
                '{"requests":12342,"delivered":10,"bounces":12,"repeat_bounces":0,"unsubscribes":0,"repeat_unsubscribes":0,'
                '"clicks":10223,"opens":9992,"spamreports":5,"repeat_spamreports":0,"invalid_email":1,"blocks":0,'
                '"unique_clicks":0,"unique_opens":0}',
            )
        ],
    ),
    (
        "customer_statistics/list_customer_stat_categories",
        DOCS + " (Category List)",
        [
            v2_call(
                MANAGE,
                "method=stats&user=eexampexample@example.com&list=true",
                '[{"category":"categoryA"},{"category":"categoryB"},{"category":"categoryC"}]',
            )
        ],
    ),
    (
        "customer_statistics/get_customer_category_statistics",
        DOCS
        + " (Category Statistics; the example's response dates lie outside the requested range, kept as documented)",
        [
            v2_call(
                MANAGE,
                "method=stats&user=eexampexample@example.com&start_date=2009-06-20&end_date=2009-06-22&category=category",
                '[{"category":"CategoryA","delivered":1,"unsubscribes":0,"invalid_email":0,"bounces":0,"repeat_unsubscribes":0,'
                '"unique_clicks":0,"blocked":0,"spam_drop":0,"repeat_bounces":0,"repeat_spamreports":0,"date":"2014-09-09",'
                '"requests":1,"spamreports":0,"clicks":0,"opens":0,"unique_opens":0},{"category":"CategoryB","delivered":1,'
                '"unsubscribes":0,"invalid_email":0,"bounces":0,"repeat_unsubscribes":0,"unique_clicks":0,"blocked":0,'
                '"spam_drop":0,"repeat_bounces":0,"repeat_spamreports":0,"date":"2014-09-08","requests":1,"spamreports":0,'
                '"clicks":0,"opens":0,"unique_opens":0}]',
            )
        ],
    ),
]
