"""Publish the built wheel and sdist to a PEP 503 index with twine.

Order of events, so that a failure changes nothing on the index:
1. `preflight`: the index answers as a simple index, accepts our credentials, and does not hold
   this version in any spelling (also run by `make publish` before generating and testing);
2. upload with twine, credentials passed in TWINE_USERNAME / TWINE_PASSWORD (never argv), output
   scrubbed of the password and of terminal colour codes;
3. read the simple page again: every file must be listed with the sha256 of the local file;
   then print the consumer install line.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from release.errors import ReleaseError
from release.index import credentials, from_env, start
from release.simple_index import (
    PROJECT,
    Target,
    check_credentials,
    check_root,
    files_of_version,
    listed_sha256,
    newest_version,
    project_files,
)

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def upload_url_for(simple_url: str) -> str:
    """Where uploads go when INDEX_UPLOAD_URL is not set: the simple URL without its last segment.

    `…/simple/` -> `…/` (pypiserver, Artifactory `…/api/pypi/<repo>/simple/`), and devpi's
    `…/<user>/<index>/+simple/` -> `…/<user>/<index>/`.
    """
    for suffix in ("/+simple/", "/simple/"):
        if simple_url.endswith(suffix):
            return simple_url[: -len(suffix) + 1]
    return simple_url


def target_from_env(env: Mapping[str, str], index_root: Path) -> Target:
    """INDEX_URL / INDEX_USER / INDEX_PASSWORD (+ INDEX_UPLOAD_URL); else the embedded index."""
    url = env.get("INDEX_URL", "").strip()
    if not url:
        index = from_env(env, index_root)
        print(start(index), file=sys.stderr)
        username, password = credentials(index)
        return Target(index.url, index.upload_url, username, password)
    parts = urlsplit(url)
    if parts.username or parts.password:
        raise ReleaseError("INDEX_URL must not contain credentials: set INDEX_USER and INDEX_PASSWORD instead")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ReleaseError(f"INDEX_URL must be an http(s) URL of a simple index, got {url!r}")
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        raise ReleaseError("INDEX_URL uses plain http to a remote host: credentials would travel in clear; use https")
    username, password = env.get("INDEX_USER", ""), env.get("INDEX_PASSWORD", "")
    if not username or not password:
        raise ReleaseError("INDEX_URL is set but INDEX_USER or INDEX_PASSWORD is empty")
    simple = url.rstrip("/") + "/"
    return Target(simple, env.get("INDEX_UPLOAD_URL") or upload_url_for(simple), username, password)


def preflight(target: Target, version: str) -> list[str]:
    """Fail unless an upload of `version` can succeed; return what the index holds, as notes."""
    check_root(target)
    check_credentials(target)
    files = project_files(target)
    present = files_of_version(files, version)
    if present:
        raise ReleaseError(
            f"{PROJECT} {version} is already on {target.simple_url} ({', '.join(present)}); versions are never "
            "overwritten. Nothing was uploaded. If the public API changed, `make bump` sets the next version; "
            "if only internals changed, set info.version in spec/openapi.yaml to the next patch version, then "
            "run `make bump` to write its CHANGELOG entry."
        )
    newest = newest_version(files)
    return [f"the index holds {PROJECT} up to {newest}; publishing {version}"] if newest else []


def _clean(text: str, secret: str) -> str:
    text = _ANSI.sub("", text)
    return text.replace(secret, "********") if secret else text


def _twine_upload(target: Target, files: list[Path]) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TWINE_")}
    env.update(
        TWINE_USERNAME=target.username,
        TWINE_PASSWORD=target.password,
        TWINE_REPOSITORY_URL=target.upload_url,
        TWINE_NON_INTERACTIVE="1",
        NO_COLOR="1",  # rich (twine's console) honours it; what slips through is stripped anyway
        TERM="dumb",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    command = [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar"]
    return subprocess.run(
        [*command, *map(str, files)], capture_output=True, text=True, env=env, check=False, timeout=120
    )


def _explain_failure(target: Target, output: str, files: list[Path]) -> str:
    try:
        now = sorted(f.name for f in files if f.name in project_files(target))
    except ReleaseError:
        now = []
    changed = f"the index now holds {', '.join(now)}" if now else "nothing was uploaded"
    if re.search(r"\b(401|403)\b", output):
        return f"the index at {target.upload_url} refused the credentials of {target.username!r}; {changed}"
    if re.search(r"\b409\b|already exist", output, re.IGNORECASE):
        return f"the index refused to overwrite an existing file; {changed}"
    if re.search(
        r"Connection aborted|reset by peer|RemoteDisconnected|BrokenPipe|IncompleteRead", output, re.IGNORECASE
    ):
        # The index was reachable (the pre-check read it) but the connection died mid-upload.
        return f"the connection to the index at {target.upload_url} broke during the upload; {changed}"
    if re.search(r"Connection|Max retries|refused|timed out", output, re.IGNORECASE):
        return f"the index at {target.upload_url} is unreachable; {changed}"
    return f"twine upload failed; {changed}:\n{output.strip()[-2000:]}"


def _verify(target: Target, files: list[Path]) -> None:
    """Every file is listed, with the sha256 of the local file (stated by the index, or downloaded)."""
    listed = project_files(target)
    missing = sorted(f.name for f in files if f.name not in listed)
    if missing:
        raise ReleaseError(f"twine reported success but the index does not list {', '.join(missing)}")
    for path in files:
        expected, shown = hashlib.sha256(path.read_bytes()).hexdigest(), listed_sha256(target, listed[path.name])
        if shown != expected:
            raise ReleaseError(f"the index lists {path.name} with sha256 {shown}, but the uploaded file has {expected}")


def publish(target: Target, files: list[Path], version: str) -> list[str]:
    """Upload `files` (wheel and sdist of `version`) and return the consumer install lines."""
    notes = preflight(target, version)
    result = _twine_upload(target, files)
    output = _clean((result.stdout or "") + (result.stderr or ""), target.password)
    if result.returncode != 0:
        raise ReleaseError(_explain_failure(target, output, files))
    _verify(target, files)
    hashes = " ".join(f"--hash=sha256:{hashlib.sha256(f.read_bytes()).hexdigest()}" for f in files)
    return [
        *notes,
        f"published {PROJECT} {version} to {target.simple_url} (sha256 of every file checked on the index)",
        "install it with this index as the only index (see README: dependency confusion):",
        f'  pip install --index-url {target.simple_url} "{PROJECT}=={version}"',
        "or hash-pinned in a requirements file used with --require-hashes:",
        f"  {PROJECT}=={version} {hashes}",
    ]
