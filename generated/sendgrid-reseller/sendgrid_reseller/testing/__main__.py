# Copied from sandbox/__main__.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""`python -m sandbox [--port N] [--rate-limit N/WINDOW_SECONDS] [--seed-subusers N] ...`"""

from __future__ import annotations

import argparse
from pathlib import Path

from ._config import RateLimit, SandboxConfig
from ._server import SandboxServer


def _rate_limit(text: str) -> RateLimit | None:
    try:
        return RateLimit.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def main(argv: list[str] | None = None) -> None:
    defaults = SandboxConfig()
    parser = argparse.ArgumentParser(prog="python -m sandbox", description="A local, stateful SendGrid on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8025, help="port to listen on; 0 picks a free one (default 8025)")
    parser.add_argument(
        "--spec", type=Path, default=defaults.spec_path, help="root OpenAPI file (default spec/openapi.yaml)"
    )
    limit_help = "requests per fixed window per endpoint (default 600/60)"
    parser.add_argument(
        "--rate-limit", type=_rate_limit, default=defaults.rate_limit, metavar="N/SECONDS|off", help=limit_help
    )
    parser.add_argument(
        "--reset-seconds", action="store_true", help="X-RateLimit-Reset as seconds until reset (default epoch)"
    )
    parser.add_argument("--no-v2-rate-limit", action="store_true", help="do not rate-limit v2 calls")
    parser.add_argument(
        "--invalid-429-body", action="store_true", help="send SendGrid's documented invalid-JSON 429 body"
    )
    parser.add_argument(
        "--seed-subusers", type=int, default=defaults.subusers, help="size of GET /v3/subusers (default 5000)"
    )
    parser.add_argument(
        "--seed-bounces", type=int, default=defaults.bounces, help="size of GET /v3/suppression/bounces"
    )
    parser.add_argument("--seed-customers", type=int, default=defaults.customers, help="v2 reseller customers at start")
    parser.add_argument(
        "--seed-ips", type=int, default=defaults.ips, help="the account's IPs at start (192.0.2.1, ...)"
    )
    parser.add_argument("--link-base-url", help="base URL written into Link headers (default: the sandbox's own)")
    quirks = "SendGrid's Link quirks: http:// URLs, self-pointing prev on page 1, folded header"
    parser.add_argument("--link-quirks", action="store_true", help=quirks)
    parser.add_argument(
        "--api-key",
        default=defaults.api_key,
        help="accepted API key (default: fixed in the repository, see sandbox/README.md; new per process when installed)",
    )
    parser.add_argument(
        "--v2-user", default=defaults.v2_user, help=f"accepted v2 api_user (default {defaults.v2_user})"
    )
    parser.add_argument("--v2-password", default=defaults.v2_password, help="accepted v2 api_key (password)")
    parser.add_argument("--log", action="store_true", help="print a line per request to stderr")
    args = parser.parse_args(argv)
    config = SandboxConfig(
        port=args.port,
        spec_path=args.spec,
        api_key=args.api_key,
        v2_user=args.v2_user,
        v2_password=args.v2_password,
        rate_limit=args.rate_limit,
        rate_limit_v2=not args.no_v2_rate_limit,
        reset_style="seconds" if args.reset_seconds else "epoch",
        invalid_429_body=args.invalid_429_body,
        subusers=args.seed_subusers,
        bounces=args.seed_bounces,
        customers=args.seed_customers,
        ips=args.seed_ips,
        link_base_url=args.link_base_url,
        link_http_quirk=args.link_quirks,
        link_prev_on_first_page=args.link_quirks,
        link_fold=args.link_quirks,
        log_requests=args.log,
    )
    server = SandboxServer(config).start()
    print(server.base_url, flush=True)
    server.serve_until_interrupted()


if __name__ == "__main__":
    main()
