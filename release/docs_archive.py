"""`python -m release.docs_archive`: the built docs site as `dist/sendgrid_reseller-<version>-docs.tar.gz`.

The archive is byte-reproducible like the wheel: entries sorted, owners and permissions
normalised, every timestamp (tar entries and the gzip header) the package's source_date_epoch.
It unpacks into one folder, `sendgrid_reseller-<version>-docs/`, ready for any static web server.
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
import tarfile
from pathlib import Path

from release.build import package_version
from release.errors import ReleaseError

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = REPO_ROOT / "generated" / "sendgrid-reseller"


def archive_name(version: str) -> str:
    return f"sendgrid_reseller-{version}-docs"


def _entry(path: Path, name: str, epoch: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.mtime = epoch
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if path.is_dir():
        info.type, info.mode = tarfile.DIRTYPE, 0o755
    else:
        info.size, info.mode = path.stat().st_size, 0o644
    return info


def write_docs_archive(site: Path, package_dir: Path, dist: Path) -> Path:
    """Pack `site` into dist/; returns the archive's path."""
    if not (site / "index.html").is_file():
        raise ReleaseError(f"{site}: no built site (index.html missing); run `make docs`")
    version, epoch = package_version(package_dir)
    root = archive_name(version)
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / f"{root}.tar.gz"
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.addfile(_entry(site, root, epoch))
        for path in sorted(site.rglob("*"), key=lambda p: p.relative_to(site).as_posix()):
            if path.is_symlink():
                raise ReleaseError(f"{path}: symbolic links are not packed into the docs archive")
            info = _entry(path, f"{root}/{path.relative_to(site).as_posix()}", epoch)
            if path.is_dir():
                tar.addfile(info)
            else:
                with path.open("rb") as handle:
                    tar.addfile(info, handle)
    staging = target.with_name(target.name + ".partial")
    with staging.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=epoch) as packed:
        packed.write(buffer.getvalue())
    staging.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m release.docs_archive", description=__doc__)
    parser.add_argument("--site", type=Path, default=REPO_ROOT / "site")
    parser.add_argument("--package", type=Path, default=PACKAGE)
    parser.add_argument("--dist", type=Path, default=REPO_ROOT / "dist")
    args = parser.parse_args(argv)
    try:
        print(f"built {write_docs_archive(args.site, args.package, args.dist)}", file=sys.stderr)
    except ReleaseError as error:
        print(f"docs archive: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
