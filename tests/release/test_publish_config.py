"""Where `make publish` uploads, from the environment; bad settings fail before any network use."""

from __future__ import annotations

from pathlib import Path

import pytest

from release.errors import ReleaseError
from release.publish import target_from_env, upload_url_for
from release.simple_index import version_of as _version_of


def test_configured_index_and_default_upload_url(tmp_path: Path) -> None:
    env = {"INDEX_URL": "https://pypi.internal/simple", "INDEX_USER": "ci", "INDEX_PASSWORD": "s3cret"}
    target = target_from_env(env, tmp_path)
    assert (target.simple_url, target.upload_url, target.username) == (
        "https://pypi.internal/simple/",
        "https://pypi.internal/",
        "ci",
    )
    assert "s3cret" not in repr(target)
    assert (
        target_from_env({**env, "INDEX_UPLOAD_URL": "https://up.internal/"}, tmp_path).upload_url
        == "https://up.internal/"
    )
    assert not (tmp_path / "credentials").exists()  # the embedded index is not touched


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"INDEX_URL": "https://ci:pw@pypi.internal/simple/"}, "must not contain credentials"),
        ({"INDEX_URL": "http://pypi.internal/simple/", "INDEX_USER": "u", "INDEX_PASSWORD": "p"}, "plain http"),
        ({"INDEX_URL": "ftp://pypi.internal/"}, "http(s) URL"),
        ({"INDEX_URL": "https://pypi.internal/simple/", "INDEX_USER": "u"}, "INDEX_PASSWORD is empty"),
        ({"INDEX_PORT": "http"}, "INDEX_PORT must be a TCP port"),
    ],
)
def test_bad_settings_are_refused(tmp_path: Path, env: dict[str, str], message: str) -> None:
    with pytest.raises(ReleaseError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        target_from_env(env, tmp_path)
    assert "pw@" not in str(caught.value)


@pytest.mark.parametrize(
    ("name", "version"),
    [
        ("sendgrid_reseller-0.1.0-py3-none-any.whl", "0.1.0"),
        ("sendgrid_reseller-0.1.0.tar.gz", "0.1.0"),
        ("sendgrid_reseller-0.1.0rc1.tar.gz", "0.1.0rc1"),
        ("sendgrid-reseller-1.2.0.zip", "1.2.0"),  # legacy sdist spelling
        ("Sendgrid.Reseller-1.2.0.tar.gz", "1.2.0"),
        ("sendgrid_reseller_extra-0.1.0.tar.gz", ""),  # another project
    ],
)
def test_version_of_file_names(name: str, version: str) -> None:
    assert _version_of(name) == version


@pytest.mark.parametrize(
    ("simple", "upload"),
    [
        ("https://pypi.internal/simple/", "https://pypi.internal/"),  # pypiserver
        ("https://devpi.internal/acme/prod/+simple/", "https://devpi.internal/acme/prod/"),  # devpi
        (
            "https://art.internal/artifactory/api/pypi/pypi-local/simple/",
            "https://art.internal/artifactory/api/pypi/pypi-local/",
        ),  # Artifactory
    ],
)
def test_upload_address_is_derived_for_each_index_kind(simple: str, upload: str) -> None:
    """Issue 21 observation 7: `…/dev/+simple/` gave `…/dev/+simple/` as the upload address (404)."""
    assert upload_url_for(simple) == upload
    env = {"INDEX_URL": simple.rstrip("/"), "INDEX_USER": "ci", "INDEX_PASSWORD": "pw"}
    assert target_from_env(env, Path("/nonexistent")).upload_url == upload
