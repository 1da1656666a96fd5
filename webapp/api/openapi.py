"""The OpenAPI 3.1 document, built from the route registry and the pydantic models (never written by hand)."""

from __future__ import annotations

import copy
from datetime import date
from functools import lru_cache

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from models import MAX_ID

from .problems import KINDS, MEDIA_TYPE
from .registry import OPERATIONS, Operation
from .schemas import MAX_PER_PAGE, Problem

VERSION = "1.0.0"
SCHEMAS = "#/components/schemas/{model}"
TAGS = [
    ("vacancies", "Published vacancies: the public list and search. A token is optional."),
    ("account", "The account a token belongs to."),
    ("employer", "An employer's own vacancies and their ranked, anonymous candidates (role: employer)."),
    ("leader", "A leader's own profile and recommended vacancies (role: leader)."),
    ("admin", "Versions of the ranking weights (role: admin)."),
    ("meta", "This document and its readable version."),
]
DESCRIPTION = f"""\
Sektorbro's API: the same data and the same rules as the web pages.

**Authentication.** Create a personal API token on your settings page (/indstillinger) and send it as
`Authorization: Bearer <token>`. The token acts as you, with your role; session cookies are never used.
A token expires after the 30, 90 or 365 days chosen when it was made (or never), and then answers 401; revoke
it there as soon as you no longer need it. A token's scope is `full` (whatever your role may do) or `read`:
a read-only token may send GET and HEAD only, and any other method answers 403. `GET /api/v1/me` tells a
token's scope and expiry.

**Anonymity.** Candidates are anonymous exactly as on the candidate page: no name, e-mail, organisation, title
or former employers until the leader accepts a contact request. Hidden leaders, and discreet leaders towards
their own organisation's family, never appear.

**Query parameters.** An empty parameter (`?sector=`) counts as absent, as in the search forms.

**Pagination.** Lists take `page` (from 1) and `per_page` (at most {MAX_PER_PAGE}) and answer with `total`,
`pages` and `links` (`self`, `first`, `last`, `prev`, `next`).

**Errors** are `application/problem+json` (RFC 9457) with `title` in Danish and `title_en` in English; a 422
lists every invalid field in `errors`, with a JSON `pointer` into the body or the `parameter` name.

**Rate limits.** Calls are counted per token (per IP address without a valid token) and per user, all of the
user's tokens together, so more tokens do not mean more calls; over either limit the answer is 429 with
`Retry-After` in seconds. Request bodies may be at most 2 MB (413 beyond).
"""


def _models() -> list[tuple[type[BaseModel], str]]:
    """Every body model, in the mode it is used in (requests validate, responses serialise)."""
    found: dict[tuple[type[BaseModel], str], None] = {(Problem, "serialization"): None}
    for op in OPERATIONS:
        if op.body is not None:
            found[(op.body, "validation")] = None
        if op.response is not None:
            found[(op.response, "serialization")] = None
    return list(found)


def _query_parameters(op: Operation) -> list[dict]:
    """One OpenAPI parameter per field of the operation's query model (absent means null, so no null type).

    An empty value counts as absent, as in the web pages' search forms (``parse_query``): ``allowEmptyValue``.
    """
    if op.query is None:
        return []
    schema = op.query.model_json_schema(ref_template=SCHEMAS)
    required = set(schema.get("required", ()))
    out = []
    for name, prop in schema["properties"].items():
        prop = {k: v for k, v in prop.items() if k != "title"}
        description = prop.pop("description", None)
        if "anyOf" in prop:
            options = [option for option in prop.pop("anyOf") if option.get("type") != "null"]
            prop = {**(options[0] if len(options) == 1 else {"anyOf": options}), **prop}
        if prop.get("default", 0) is None:
            del prop["default"]
        parameter = {"name": name, "in": "query", "required": name in required, "schema": prop}
        if name not in required:
            parameter["allowEmptyValue"] = True
        if description:
            parameter["description"] = description
        out.append(parameter)
    return out


def _path_parameters(op: Operation) -> list[dict]:
    return [
        {"name": name, "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID}}
        for name in op.path_parameters
    ]


def _partial(schema: dict, name: str) -> dict:
    """A PATCH body: the same fields, none required, no defaults (a field left out keeps its value)."""
    out = copy.deepcopy(schema)
    out.pop("required", None)
    out["title"] = name
    out["description"] = "Any subset of the fields of " + schema["title"] + "; the result must satisfy its rules."
    out["minProperties"] = 1
    out.pop("anyOf", None)  # a rule across fields holds for the result, not for the subset sent (409 if broken)
    for prop in out["properties"].values():
        prop.pop("default", None)
    return out


def _success(op: Operation, refs: dict) -> dict:
    if op.response is not None:
        content = {op.media_type: {"schema": refs[(op.response, "serialization")]}}
    elif op.media_type == "text/html":
        content = {op.media_type: {"schema": {"type": "string"}}}
    else:
        content = {op.media_type: {"schema": {"type": "object"}}}
    answer = {"description": "Created" if op.status == 201 else "OK", "content": content}
    if op.status == 201:
        answer["headers"] = {"Location": {"description": "The new resource.", "schema": {"type": "string"}}}
    return answer


def _operation(op: Operation, refs: dict, schemas: dict) -> dict:
    roles = ", ".join(op.roles) if op.roles else None
    out = {
        "operationId": op.name,
        "tags": [op.tag],
        "summary": op.summary,
        "description": (op.description + "\n\n" if op.description else "")
        + (f"Role: {roles}." if roles else "Public: a token is optional."),
        "security": [{"bearerAuth": []}] if op.roles else [{}, {"bearerAuth": []}],
        "responses": {str(op.status): _success(op, refs)}
        | {str(code): {"$ref": f"#/components/responses/{KINDS[code].slug}"} for code in op.errors},
    }
    if op.roles:
        out["x-roles"] = list(op.roles)
    parameters = _path_parameters(op) + _query_parameters(op)
    if parameters:
        out["parameters"] = parameters
    if op.body is not None:
        ref = refs[(op.body, "validation")]
        if op.partial:
            name = ref["$ref"].rsplit("/", 1)[1]
            patch = name.removesuffix("In").removesuffix("-Input") + "Patch"
            schemas[patch] = _partial(schemas[name], patch)
            ref = {"$ref": SCHEMAS.format(model=patch)}
        out["requestBody"] = {"required": True, "content": {"application/json": {"schema": ref}}}
    return out


def _error_responses() -> dict:
    out = {}
    for status, kind in KINDS.items():
        answer = {
            "description": f"{kind.title_en} ({status})",
            "content": {MEDIA_TYPE: {"schema": {"$ref": SCHEMAS.format(model="Problem")}}},
        }
        if status == 429:
            answer["headers"] = {
                "Retry-After": {"description": "Seconds to wait.", "schema": {"type": "integer", "minimum": 1}}
            }
        if status == 401:
            answer["headers"] = {"WWW-Authenticate": {"schema": {"type": "string"}}}
        out[kind.slug] = answer
    return out


def document() -> dict:
    """The whole OpenAPI 3.1 document: built once a year per process (the registry is fixed after import, but
    years are checked against this year)."""
    return _build(date.today().year)


@lru_cache(maxsize=1)
def _build(year: int) -> dict:
    """The document as of ``year`` (``fields.Year`` reads the year itself; the argument keys the cache)."""
    refs, definitions = models_json_schema(_models(), ref_template=SCHEMAS)
    schemas = definitions.get("$defs", {})
    paths: dict[str, dict] = {}
    for op in OPERATIONS:
        paths.setdefault(op.path, {})[op.method.lower()] = _operation(op, refs, schemas)
    return {
        "openapi": "3.1.0",
        "info": {"title": "Sektorbro API", "version": VERSION, "description": DESCRIPTION},
        "tags": [{"name": name, "description": text} for name, text in TAGS],
        "paths": paths,
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "responses": _error_responses(),
            "securitySchemes": {
                "bearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "A personal API token from the settings page (/indstillinger).",
                }
            },
        },
    }


def fresh_document() -> dict:
    """A copy callers may change."""
    return copy.deepcopy(document())
