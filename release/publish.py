"""Publish the built wheel and sdist to a PEP 503 index with twine.

Order of events, so that a failure changes nothing on the index:
1. read the index's simple page for the project; refuse (uploading nothing) when the version is
   there already, when the index is unreachable, or when it refuses our credentials;
2. upload with twine, credentials passed in TWINE_USERNAME / TWINE_PASSWORD (never argv), output
   scrubbed of the password;
3. read the simple page again to prove the files arrived, then print the consumer install line.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from release.errors import ReleaseError
from release.index import credentials, from_env, start

PROJECT = "sendgrid-reseller"
_ANCHOR = re.compile(r"<a\s[^>]*>([^<]+)</a>", re.IGNORECASE)
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class Target:
    simple_url: str  # what consumers pass to `pip --index-url`, ends with "/"
    upload_url: str
    username: str
    password: str = field(repr=False)


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


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
    upload = env.get("INDEX_UPLOAD_URL") or (simple[: -len("simple/")] if simple.endswith("/simple/") else simple)
    return Target(simple, upload, username, password)


def published_files(target: Target, project: str = PROJECT) -> set[str]:
    """File names the index holds for `project` (empty if none); redirects off the index are not followed."""
    url = urljoin(target.simple_url, _normalized(project) + "/")
    host = urlsplit(target.simple_url).netloc
    try:
        with httpx.Client(timeout=10, auth=(target.username, target.password), follow_redirects=False) as client:
            for _ in range(5):
                response = client.get(url, headers={"Accept": "text/html"})
                if not response.is_redirect:
                    break
                url = urljoin(url, response.headers.get("location", ""))
                if urlsplit(url).netloc != host:
                    return set()  # e.g. pypiserver's fallback to PyPI: the index itself holds nothing
    except httpx.HTTPError as error:
        raise ReleaseError(
            f"the index at {target.simple_url} is unreachable ({type(error).__name__}); nothing was uploaded"
        ) from None
    if response.status_code == 404:
        return set()
    if response.status_code in (401, 403):
        refused = f"refused the credentials of {target.username!r} (HTTP {response.status_code})"
        raise ReleaseError(f"the index at {target.simple_url} {refused}; nothing was uploaded")
    if response.status_code != 200:
        raise ReleaseError(
            f"the index at {target.simple_url} answered HTTP {response.status_code} for {url}; nothing was uploaded"
        )
    return {html.unescape(name).strip() for name in _ANCHOR.findall(response.text)}


def _version_of(filename: str, project: str = PROJECT) -> str:
    """The version in a distribution file name of `project` (any spelling of its name), else ""."""
    name = r"[-_.]+".join(re.escape(part) for part in re.split(r"[-_.]+", project))
    match = re.match(rf"^{name}-([^-]+?)(?:-[^/]*\.whl|\.tar\.gz|\.zip|\.tar\.bz2)$", filename, re.IGNORECASE)
    return match.group(1) if match else ""


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "********") if secret else text


def _twine_upload(target: Target, files: list[Path]) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TWINE_")}
    env.update(
        TWINE_USERNAME=target.username,
        TWINE_PASSWORD=target.password,
        TWINE_REPOSITORY_URL=target.upload_url,
        TWINE_NON_INTERACTIVE="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    command = [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar"]
    return subprocess.run(
        [*command, *map(str, files)], capture_output=True, text=True, env=env, check=False, timeout=120
    )


def _explain_failure(target: Target, output: str, files: list[Path]) -> str:
    try:
        now = sorted(f.name for f in files if f.name in published_files(target))
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


def publish(target: Target, files: list[Path], version: str) -> list[str]:
    """Upload `files` (wheel and sdist of `version`) and return the consumer install lines."""
    present = sorted(name for name in published_files(target) if _version_of(name) == version)
    if present:
        raise ReleaseError(
            f"{PROJECT} {version} is already on {target.simple_url} ({', '.join(present)}); versions are never "
            "overwritten: bump the version (`make bump`) and publish again. Nothing was uploaded."
        )
    result = _twine_upload(target, files)
    output = _scrub((result.stdout or "") + (result.stderr or ""), target.password)
    if result.returncode != 0:
        raise ReleaseError(_explain_failure(target, output, files))
    missing = sorted(f.name for f in files if f.name not in published_files(target))
    if missing:
        raise ReleaseError(f"twine reported success but the index does not list {', '.join(missing)}")
    hashes = " ".join(f"--hash=sha256:{hashlib.sha256(f.read_bytes()).hexdigest()}" for f in files)
    return [
        f"published {PROJECT} {version} to {target.simple_url}",
        "install it with this index as the only index (see README: dependency confusion):",
        f'  pip install --index-url {target.simple_url} "{PROJECT}=={version}"',
        "or hash-pinned in a requirements file used with --require-hashes:",
        f"  {PROJECT}=={version} {hashes}",
    ]
