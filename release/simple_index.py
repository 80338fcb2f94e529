"""Talking to a PEP 503 index before and after an upload, without uploading anything.

- `check_root`: the configured URL answers as a simple index (a devpi URL typed `/simple/`
  instead of `/+simple/` answers 404 here, before anything is uploaded);
- `check_credentials`: an upload request without a file: indexes check the credentials first
  (401/403) and only then find the file missing (400), so nothing is created;
- `project_files`: the files the index lists for the project, with the sha256 from each link.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from release.errors import ReleaseError

PROJECT = "sendgrid-reseller"
_LINK = re.compile(r"<a\s[^>]*?href=[\"']([^\"']*)[\"'][^>]*>([^<]+)</a>", re.IGNORECASE)
_SIMPLE_TYPES = ("text/html", "application/vnd.pypi.simple")
TIMEOUT = 10.0


@dataclass(frozen=True)
class Listed:
    url: str  # absolute, without the fragment
    sha256: str  # from the link's `#sha256=`, "" when the index gives none


@dataclass(frozen=True)
class Target:
    simple_url: str  # what consumers pass to `pip --index-url`, ends with "/"
    upload_url: str
    username: str
    password: str = field(repr=False)


def _client(target: Target) -> httpx.Client:
    return httpx.Client(timeout=TIMEOUT, auth=(target.username, target.password), follow_redirects=False)


def _unreachable(target: Target, error: Exception) -> ReleaseError:
    return ReleaseError(
        f"the index at {target.simple_url} is unreachable ({type(error).__name__}); nothing was uploaded"
    )


def _refused(target: Target, status: int, where: str) -> ReleaseError:
    return ReleaseError(
        f"the index at {where} refused the credentials of {target.username!r} (HTTP {status}); nothing was uploaded"
    )


def check_root(target: Target) -> None:
    """Fail unless `target.simple_url` answers as a PEP 503 simple index."""
    try:
        with _client(target) as client:
            response = client.get(target.simple_url, headers={"Accept": "text/html"})
    except httpx.HTTPError as error:
        raise _unreachable(target, error) from None
    if response.status_code in (401, 403):
        raise _refused(target, response.status_code, target.simple_url)
    hint = ""
    if "/+simple/" not in target.simple_url and target.simple_url.endswith("/simple/"):
        hint = " (on devpi the simple index is <server>/<user>/<index>/+simple/)"
    if response.is_redirect:
        location = urljoin(target.simple_url, response.headers.get("location", ""))
        raise ReleaseError(
            f"INDEX_URL {target.simple_url} redirects to {location}: set INDEX_URL to the simple index itself; "
            "nothing was uploaded"
        )
    content_type = response.headers.get("content-type", "")
    if response.status_code != 200 or not content_type.startswith(_SIMPLE_TYPES):
        raise ReleaseError(
            f"{target.simple_url} is not a PEP 503 simple index (HTTP {response.status_code}, {content_type or 'no type'})"
            f"{hint}; nothing was uploaded"
        )


def check_credentials(target: Target) -> None:
    """Fail when the index refuses the upload credentials (an upload request without a file)."""
    form = {":action": "file_upload", "name": PROJECT, "protocol_version": "1"}
    try:
        with _client(target) as client:
            response = client.post(target.upload_url, data=form)
    except httpx.ConnectError as error:
        raise ReleaseError(
            f"the upload address {target.upload_url} is unreachable ({type(error).__name__}); nothing was uploaded"
        ) from None
    except httpx.HTTPError:
        return  # answered, then dropped the connection: inconclusive, the upload itself will tell
    if response.status_code in (401, 403):
        raise _refused(target, response.status_code, target.upload_url)
    if response.status_code in (404, 405):
        raise ReleaseError(
            f"the upload address {target.upload_url} answered HTTP {response.status_code}: it does not take uploads; "
            "set INDEX_UPLOAD_URL (see README: publishing); nothing was uploaded"
        )


def project_files(target: Target, project: str = PROJECT) -> dict[str, Listed]:
    """The files the index lists for `project`, by name, with their links and sha256.

    Redirects off the index (pypiserver's fallback to PyPI for names it does not hold) mean
    the index itself holds nothing.
    """
    url = urljoin(target.simple_url, canonicalize_name(project) + "/")
    host = urlsplit(target.simple_url).netloc
    try:
        with _client(target) as client:
            for _ in range(5):
                response = client.get(url, headers={"Accept": "text/html"})
                if not response.is_redirect:
                    break
                url = urljoin(url, response.headers.get("location", ""))
                if urlsplit(url).netloc != host:
                    return {}
    except httpx.HTTPError as error:
        raise _unreachable(target, error) from None
    if response.status_code == 404:
        return {}
    if response.status_code in (401, 403):
        raise _refused(target, response.status_code, target.simple_url)
    if response.status_code != 200:
        raise ReleaseError(
            f"the index at {target.simple_url} answered HTTP {response.status_code} for {url}; nothing was uploaded"
        )
    found = {}
    for href, name in _LINK.findall(response.text):
        link = urljoin(url, html.unescape(href))
        fragment = urlsplit(link).fragment
        sha256 = fragment[len("sha256=") :] if fragment.startswith("sha256=") else ""
        found[html.unescape(name).strip()] = Listed(link.split("#", 1)[0], sha256)
    return found


def listed_sha256(target: Target, listed: Listed) -> str:
    """The sha256 the index states for a file, else that of the bytes it serves."""
    if listed.sha256:
        return listed.sha256
    try:
        with _client(target) as client:
            response = client.get(listed.url)
    except httpx.HTTPError as error:
        raise ReleaseError(f"could not download {listed.url} to check it ({type(error).__name__})") from None
    if response.status_code != 200:
        raise ReleaseError(f"could not download {listed.url} to check it (HTTP {response.status_code})")
    return hashlib.sha256(response.content).hexdigest()


def version_of(filename: str, project: str = PROJECT) -> str:
    """The version in a distribution file name of `project` (any spelling of its name), else ""."""
    name = r"[-_.]+".join(re.escape(part) for part in re.split(r"[-_.]+", project))
    match = re.match(rf"^{name}-([^-]+?)(?:-[^/]*\.whl|\.tar\.gz|\.zip|\.tar\.bz2)$", filename, re.IGNORECASE)
    return match.group(1) if match else ""


def same_version(a: str, b: str) -> bool:
    """PEP 440 equality: `0.2` and `0.2.0` are one version to an index."""
    try:
        return Version(a) == Version(b)
    except InvalidVersion:
        return a == b


def files_of_version(files: dict[str, Listed], version: str) -> list[str]:
    return sorted(name for name in files if same_version(version_of(name), version))


def newest_version(files: dict[str, Listed]) -> str:
    versions = []
    for name in files:
        try:
            versions.append(Version(version_of(name)))
        except InvalidVersion:
            continue
    return str(max(versions)) if versions else ""
