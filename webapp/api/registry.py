"""The route registry: every API operation is declared once, with its roles, parameters and bodies.

``@operation(...)`` registers the Flask route *and* records what the OpenAPI document says about it, and the
wrapper it installs enforces the declaration: the caller's role, the query parameters and the request body
are checked before the view runs, and the view's return value is the declared response model. So the
document and the code cannot drift apart (``tests/webapp/test_openapi.py`` checks both directions).
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from flask import Response, g, jsonify, request
from pydantic import BaseModel, ValidationError
from werkzeug.exceptions import RequestEntityTooLarge

from models import MAX_ID

from ..contract_messages import danish_and_english
from ..services.fields import DOMAIN_ERROR
from ..services.pagination import Page
from ..urls import absolute_url
from . import auth, bp
from .problems import ApiProblem, error_code
from .schemas import Body, Query

JSON = "application/json"


def _danish(kind: str) -> str:
    """The Danish ``detail`` of a refusal without context (a parameter given twice, an unknown field)."""
    return danish_and_english({"type": kind})[0]


@dataclass(frozen=True)
class Operation:
    """What the OpenAPI document says about one route."""

    method: str
    rule: str  # the Flask rule inside the blueprint, e.g. "/vacancies/<int:vacancy_id>"
    name: str  # the view's name: endpoint "api.<name>" and the operationId
    summary: str
    description: str
    tag: str
    roles: tuple[str, ...] | None  # None: public (a token is optional)
    query: type[Query] | None
    body: type[Body] | None
    partial: bool  # PATCH: any subset of the body's fields
    response: type[BaseModel] | None
    status: int
    errors: tuple[int, ...]
    media_type: str

    @property
    def path(self) -> str:
        """The OpenAPI path, e.g. ``/api/v1/vacancies/{vacancy_id}``."""
        return bp.url_prefix + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", self.rule)

    @property
    def path_parameters(self) -> list[str]:
        """Names of the (integer) path parameters."""
        return re.findall(r"<(?:\w+:)?(\w+)>", self.rule)


OPERATIONS: list[Operation] = []


def operation(
    method: str,
    rule: str,
    *,
    tag: str,
    roles: tuple[str, ...] | None = None,
    query: type[Query] | None = None,
    body: type[Body] | None = None,
    partial: bool = False,
    response: type[BaseModel] | None = None,
    status: int = 200,
    errors: tuple[int, ...] = (),
    media_type: str = JSON,
) -> Callable:
    """Register a view as an API operation; the docstring's first line is its summary, the rest its description."""

    def decorate(view: Callable) -> Callable:
        doc = inspect.getdoc(view) or view.__name__
        summary, _, description = doc.partition("\n")
        declared = Operation(
            method=method,
            rule=rule,
            name=view.__name__,
            summary=summary.strip(),
            description=description.strip(),
            tag=tag,
            roles=roles,
            query=query,
            body=body,
            partial=partial,
            response=response,
            status=status,
            errors=_error_statuses(method, rule, roles, query, body, errors),
            media_type=media_type,
        )

        @wraps(view)
        def handle(**path):
            for value in path.values():
                if isinstance(value, int) and not 1 <= value <= MAX_ID:
                    raise ApiProblem(404)
            g.api_user = auth.caller(roles)
            kwargs = dict(path)
            if query is not None:
                kwargs["query"] = parse_query(query)
            if body is not None:
                kwargs["body"] = parse_partial(body) if partial else parse_body(body)
            return _respond(view(**kwargs), status)

        bp.add_url_rule(rule, endpoint=view.__name__, view_func=handle, methods=[method])
        OPERATIONS.append(declared)
        return handle

    return decorate


def _error_statuses(method, rule, roles, query, body, extra) -> tuple[int, ...]:
    """The error statuses an operation can answer with, from what it declares."""
    found = {401, 429, *extra}  # a wrong token is refused even where none is needed
    if roles is not None or method not in auth.READ_METHODS:  # a read-only token may not write anywhere
        found.add(403)
    if query is not None:
        found.add(422)
    if body is not None:
        found |= {400, 413, 415, 422}
    if "<" in rule:
        found.add(404)
    return tuple(sorted(found))


def _respond(result, status: int) -> Response:
    """Serialise a view's return value: a model, or (model, headers), or a ready response."""
    if isinstance(result, Response):
        return result
    headers = {}
    if isinstance(result, tuple):
        result, headers = result
    response = jsonify(result.model_dump(mode="json"))
    response.status_code = status
    response.headers.update(headers)
    return response


def pointer(location: tuple) -> str:
    """A JSON pointer (RFC 6901) for a pydantic error location."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in location)


def field_problems(error: ValidationError, in_query: bool = False) -> list[dict]:
    """Every invalid field of a pydantic error, worded in Danish and English (``contract_messages``); a contract's
    typed domain error is coded as the service's refusal is (``problems.error_code``: ``duration-missing``)."""
    out = []
    for item in error.errors(include_url=False):
        location = tuple(item["loc"])
        detail, detail_en = danish_and_english(item)
        code = error_code(type(item["ctx"]["problem"])) if item["type"] == DOMAIN_ERROR else item["type"]
        entry = {"detail": detail, "detail_en": detail_en, "code": code}
        if in_query:
            entry["parameter"] = str(location[0]) if location else ""
        else:
            entry["pointer"] = pointer(location)
        out.append(entry)
    return out


def parse_query(model: type[Query]) -> Query:
    """The query string as ``model``; a parameter given twice or not known is a 422. Empty values count as absent
    (the document says ``allowEmptyValue``), so a search form's empty fields can be passed on as they are."""
    repeated = sorted({key for key in request.args if len(request.args.getlist(key)) > 1})
    if repeated:
        raise ApiProblem(
            422,
            "Et parameter er angivet flere gange.",
            [{"parameter": k, "detail": _danish("multiple_values"), "code": "multiple_values"} for k in repeated],
        )
    values = {key: value for key, value in request.args.items() if value != ""}
    try:
        return model.model_validate(values)
    except ValidationError as error:
        raise ApiProblem(422, "Et eller flere parametre er ugyldige.", field_problems(error, in_query=True)) from None


def _raw_json() -> bytes:
    """The request body, once it is known to be JSON (413 beyond MAX_CONTENT_LENGTH, 415 when not JSON)."""
    if request.mimetype != JSON and not request.mimetype.endswith("+json"):
        raise ApiProblem(415, "Send en JSON-krop med Content-Type: application/json.")
    data = request.get_data(cache=True)
    limit = request.max_content_length
    # Werkzeug refuses a Content-Length over the limit, but a streamed (chunked) body is only cut off at it:
    # whatever the server still holds beyond the limit means the body was too large, not invalid JSON.
    if request.content_length is None and limit is not None and len(data) >= limit:
        if request.environ["wsgi.input"].read(1):
            raise RequestEntityTooLarge()
    return data


def validate(model: type[Body], raw: bytes | str) -> Body:
    """``raw`` JSON as ``model``: invalid JSON is a 400, invalid content a 422."""
    try:
        return model.model_validate_json(raw)
    except ValidationError as error:
        if any(item["type"] in ("json_invalid", "json_type") for item in error.errors()):
            raise ApiProblem(400, "Kroppen er ikke gyldig JSON.") from None
        raise ApiProblem(422, "Et eller flere felter er ugyldige.", field_problems(error)) from None


def parse_body(model: type[Body]) -> Body:
    """The JSON body as ``model``."""
    return validate(model, _raw_json())


def parse_partial(model: type[Body]) -> dict:
    """A PATCH body: a JSON object with some of ``model``'s fields (checked whole once merged, see ``merge``)."""
    try:
        data = json.loads(_raw_json())
    except (ValueError, RecursionError):
        raise ApiProblem(400, "Kroppen er ikke gyldig JSON.") from None
    if not isinstance(data, dict):
        raise ApiProblem(
            422,
            "Kroppen skal være et objekt.",
            [{"pointer": "", "detail": _danish("model_type"), "code": "model_type"}],
        )
    if not data:  # the document says minProperties: 1; an empty PATCH is most likely a mistake
        raise ApiProblem(
            422,
            "Send mindst ét felt, der skal ændres.",
            [
                {
                    "pointer": "",
                    "detail": "skal have mindst ét felt",
                    "detail_en": "must have at least one field",
                    "code": "min_properties",
                }
            ],
        )
    unknown = sorted(set(data) - set(model.model_fields))
    if unknown:
        problems = [
            {"pointer": pointer((k,)), "detail": _danish("extra_forbidden"), "code": "extra_forbidden"} for k in unknown
        ]
        raise ApiProblem(422, "Kroppen har ukendte felter.", problems)
    return data


def merge(model: type[Body], current: dict, changes: dict) -> Body:
    """Apply a PATCH to the current values (in their JSON form) and validate the result as a whole."""
    return validate(model, json.dumps(current | changes, default=str))


def page_meta(page: Page) -> dict:
    """``page``, ``per_page``, ``total``, ``pages`` and links to neighbouring pages, keeping the query."""
    args = request.args.to_dict()

    def link(number: int) -> str:
        return absolute_url(request.endpoint, **(request.view_args or {}), **(args | {"page": number}))

    return {
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
        "pages": page.pages,
        "links": {
            "self": link(page.page),
            "first": link(1),
            "last": link(page.pages),
            "prev": link(page.page - 1) if page.has_prev else None,
            "next": link(page.page + 1) if page.has_next else None,
        },
    }
