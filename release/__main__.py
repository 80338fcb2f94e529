"""`python -m release build|index|index-stop|preflight|publish`: the release half of the toolchain."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from release.build import build, package_version
from release.errors import ReleaseError
from release.index import from_env, start, stop
from release.preflight import check_all
from release.publish import publish, target_from_env
from release.record import record_published

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = REPO_ROOT / "generated" / "sendgrid-reseller"
SPEC = REPO_ROOT / "spec" / "openapi.yaml"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m release", description=__doc__)
    parser.add_argument("--index-root", type=Path, default=REPO_ROOT / ".index", help="embedded index folder")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (("build", "build wheel + sdist"), ("publish", "upload the built wheel + sdist")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--package", type=Path, default=PACKAGE)
        sub.add_argument("--dist", type=Path, default=REPO_ROOT / "dist")
    commands.choices["build"].add_argument(
        "--isolation", action="store_true", help="build in an isolated env (downloads hatchling)"
    )
    commands.choices["publish"].add_argument(
        "--record", action="store_true", help="after the upload, record the published API in spec/api-snapshot.json"
    )
    commands.choices["publish"].add_argument("--spec", type=Path, default=SPEC)
    check = commands.add_parser("preflight", help="fail fast: tree committed, index, credentials, version absent")
    check.add_argument("--repo", type=Path, default=REPO_ROOT)
    check.add_argument("--spec", type=Path, default=SPEC)
    commands.add_parser("index", help="start the embedded index (idempotent)")
    commands.add_parser("index-stop", help="stop the embedded index (idempotent)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "index":
            print(start(from_env(os.environ, args.index_root)), file=sys.stderr)
        elif args.command == "index-stop":
            print(stop(from_env(os.environ, args.index_root)), file=sys.stderr)
        elif args.command == "preflight":
            print(
                "\n".join(check_all(args.repo, args.spec, target_from_env(os.environ, args.index_root))),
                file=sys.stderr,
            )
        elif args.command == "build":
            for path in build(args.package, args.dist, isolation=args.isolation):
                print(f"built {path}", file=sys.stderr)
        else:
            version, _ = package_version(args.package)
            files = [
                args.dist / f"sendgrid_reseller-{version}-py3-none-any.whl",
                args.dist / f"sendgrid_reseller-{version}.tar.gz",
            ]
            missing = [str(f) for f in files if not f.exists()]
            if missing:
                raise ReleaseError(f"not built: {', '.join(missing)}; run `make build`")
            target = target_from_env(os.environ, args.index_root)
            print("\n".join(publish(target, files, version)))
            if args.record:
                print(record_published(args.spec, args.package), file=sys.stderr)
    except ReleaseError as error:
        print(f"{args.command}: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
