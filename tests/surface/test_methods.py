"""Friendly methods are real functions: signature, docstring, keyword arguments, help()."""

from __future__ import annotations

import inspect
import pydoc
import re
from collections.abc import Iterator

import pytest
from sendgrid_reseller import AsyncSendGrid, InvalidRequestError, SendGrid
from sendgrid_reseller._runtime.group import Group
from sendgrid_reseller.models import DeleteCustomerForm, UpdateCustomerEmailForm

from tests.runtime.support import V2_API_USER, V3_API_KEY
from tests.surface.support import async_client, form, recorder, sync_client

# A sentence ends with . ! or ? followed by whitespace or the end of the paragraph.
_SENTENCE_END = re.compile(r"[.!?](\s|$)")


def _groups(group: Group) -> Iterator[Group]:
    yield group
    for name in dir(type(group)):
        attribute = inspect.getattr_static(type(group), name)
        if hasattr(attribute, "func") and not name.startswith("_"):  # functools.cached_property: a subgroup
            yield from _groups(getattr(group, name))


def friendly_methods(client: Group) -> Iterator[tuple[str, object]]:
    for group in _groups(client):
        if group is client:
            continue
        for name, _function in inspect.getmembers(type(group), inspect.isfunction):
            if not name.startswith("_"):
                yield f"{type(group).__name__}.{name}", getattr(group, name)


@pytest.fixture(scope="module")
def every_method() -> list[tuple[str, object]]:
    sync = SendGrid(api_key=V3_API_KEY)
    asynchronous = AsyncSendGrid(api_key=V3_API_KEY)
    return [*friendly_methods(sync), *friendly_methods(asynchronous)]


def test_there_are_four_flavours_of_every_operation(every_method: list[tuple[str, object]]) -> None:
    # 155 operations, each with a method and a _detailed twin, sync and async, plus page iterators.
    assert len(every_method) >= 155 * 4


def test_every_method_has_named_parameters_and_a_spec_built_docstring(every_method: list[tuple[str, object]]) -> None:
    problems = []
    for name, method in every_method:
        assert callable(method), name
        parameters = inspect.signature(method).parameters.values()
        if any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in parameters):
            problems.append(f"{name}: *args / **kwargs")
        if "options" not in {p.name for p in parameters} or "timeout" not in {p.name for p in parameters}:
            problems.append(f"{name}: no options= / timeout=")
        doc = inspect.getdoc(method) or ""
        prose = doc.split("\nWire request:")[0]
        if len(_SENTENCE_END.findall(prose)) < 2:
            problems.append(f"{name}: fewer than two sentences before the wire request: {prose!r}")
        if not re.search(r"^Wire request: (GET|POST|PUT|PATCH|DELETE) /", doc, re.MULTILINE):
            problems.append(f"{name}: no wire request")
        if "Example::" not in doc or "Args:" not in doc:
            problems.append(f"{name}: no Args or Example section")
    assert problems == []


def test_async_methods_are_coroutine_functions(every_method: list[tuple[str, object]]) -> None:
    for name, method in every_method:
        if name.startswith("Async") and not name.endswith(("_pages", "_items")):
            assert inspect.iscoroutinefunction(method), name


def test_help_shows_the_signature_and_the_docstring() -> None:
    client = SendGrid(api_user=V2_API_USER, password="pw")
    text = pydoc.render_doc(client.reseller.customers.update_email, renderer=pydoc.plaintext)  # type: ignore[attr-defined]  # help()'s renderer; typeshed omits it
    assert "functools" not in text and "partial" not in text
    assert "update_email(*, user: 'str | Unset' = UNSET, email: 'str | Unset' = UNSET" in text
    assert "Update a customer's e-mail address." in text
    assert "Wire request: POST /apiv2/reseller.manage.json with method=profile, task=setEmail" in text
    signature = inspect.signature(client.reseller.customers.update_email)
    assert list(signature.parameters)[:3] == ["user", "email", "body"]


def test_path_parameters_are_positional() -> None:
    seen, handler = recorder(None, status=204)
    with sync_client(handler, api_key=V3_API_KEY) as client:
        parameters = inspect.signature(client.subusers.delete).parameters
        assert next(iter(parameters.values())).kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        client.subusers.delete("alice")
    assert seen[0].method == "DELETE" and seen[0].url.path == "/v3/subusers/alice"


def test_body_fields_are_keyword_arguments() -> None:
    seen, handler = recorder()
    with sync_client(handler, api_user=V2_API_USER, password="pw") as client:
        assert client.reseller.customers.delete(user="old@example.com").message == "success"
    assert seen[0].url.path == "/apiv2/reseller.delete.json"
    assert form(seen[0]) == [("api_user", V2_API_USER), ("api_key", "pw"), ("user", "old@example.com")]


def test_body_stays_an_alternative_but_not_both() -> None:
    seen, handler = recorder()
    with sync_client(handler, api_user=V2_API_USER, password="pw") as client:
        client.reseller.customers.delete(body=DeleteCustomerForm(user="a@example.com"))
        with pytest.raises(InvalidRequestError, match="either as fields .user=.... or as body="):
            client.reseller.customers.delete(  # type: ignore[call-overload]  # both at once: the mistake refused
                user="b@example.com", body=DeleteCustomerForm(user="c@example.com")
            )
    assert form(seen[0])[-1] == ("user", "a@example.com") and len(seen) == 1


def test_a_missing_required_field_is_refused_before_sending() -> None:
    seen, handler = recorder()
    with sync_client(handler, api_user=V2_API_USER, password="pw") as client:
        with pytest.raises(InvalidRequestError, match="update_customer_email: missing required argument.s.: email"):
            client.reseller.customers.update_email(user="a@example.com")  # type: ignore[call-overload]  # email left out on purpose
    assert seen == []


async def test_async_methods_take_the_same_keywords() -> None:
    seen, handler = recorder()
    async with async_client(handler, api_user=V2_API_USER, password="pw") as client:
        result = await client.reseller.customers.update_email(user="a@example.com", email="new@example.com")
    assert result.message == "success"
    assert form(seen[0])[2:] == [
        ("method", "profile"),
        ("task", "setEmail"),
        ("user", "a@example.com"),
        ("email", "new@example.com"),
    ]


def test_update_email_form_model_still_works() -> None:
    seen, handler = recorder()
    with sync_client(handler, api_user=V2_API_USER, password="pw") as client:
        client.reseller.customers.update_email(body=UpdateCustomerEmailForm(user="u", email="e@example.com"))
    assert ("task", "setEmail") in form(seen[0])
