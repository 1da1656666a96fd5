"""The readable API reference: the OpenAPI document turned into plain rows for a server-rendered page."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .problems import KINDS

MAX_ENUM_SHOWN = 8


@dataclass
class Row:
    """One parameter or field: its name, type (text and schema links), whether required and its rules."""

    name: str
    type: list[tuple[str, str]]  # ("text", "list of ") / ("ref", "VacancyOut")
    required: bool
    rules: list[str]
    description: list[tuple[str, str]]
    place: str = ""


@dataclass
class Endpoint:
    """One operation as the page shows it."""

    method: str
    path: str
    anchor: str
    summary: str
    description: list[list[tuple[str, str]]]
    parameters: list[Row]
    body: list[tuple[str, str]] | None
    responses: list[tuple[str, str, list[tuple[str, str]]]]


@dataclass
class Section:
    """A tag and its operations."""

    name: str
    description: list[tuple[str, str]]
    endpoints: list[Endpoint] = field(default_factory=list)


_MARKUP = re.compile(r"(`[^`]*`|\*\*[^*]+\*\*)")


def inline_code(text: str) -> list[tuple[str, str]]:
    """Split text on Markdown's `code` and **strong** into ("code"/"strong"/"text", text) pieces, so the
    template marks them up and escapes everything."""
    pieces = []
    for part in _MARKUP.split(text or ""):
        if part.startswith("`") and part.endswith("`") and len(part) >= 2:
            pieces.append(("code", part[1:-1]))
        elif part.startswith("**") and part.endswith("**") and len(part) >= 4:
            pieces.append(("strong", part[2:-2]))
        elif part:
            pieces.append(("text", part))
    return pieces


def paragraphs(text: str) -> list[list[tuple[str, str]]]:
    """Blank-line separated paragraphs, each split into code and text."""
    return [inline_code(" ".join(p.split())) for p in re.split(r"\n\s*\n", text or "") if p.strip()]


def type_of(schema: dict) -> list[tuple[str, str]]:
    """A JSON schema's type as pieces of text and links to other schemas."""
    if "$ref" in schema:
        return [("ref", schema["$ref"].rsplit("/", 1)[1])]
    if "anyOf" in schema:
        pieces: list[tuple[str, str]] = []
        for i, option in enumerate(schema["anyOf"]):
            if i:
                pieces.append(("text", " or "))
            pieces += type_of(option)
        return pieces
    kind = schema.get("type")
    if kind == "array":
        return [("text", "list of ")] + type_of(schema.get("items", {}))
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        return [("text", "object of ")] + type_of(schema["additionalProperties"])
    if "const" in schema:
        return [("text", repr(schema["const"]))]
    label = kind or "any"
    if schema.get("format"):
        label += f" ({schema['format']})"
    return [("text", label)]


def rules_of(schema: dict) -> list[str]:
    """The constraints worth telling a reader."""
    found = []
    for option in [schema, *schema.get("anyOf", [])]:
        for key, text in (
            ("minimum", "≥ {}"),
            ("maximum", "≤ {}"),
            ("minLength", "at least {} characters"),
            ("maxLength", "at most {} characters"),
            ("minItems", "at least {} items"),
            ("maxItems", "at most {} items"),
        ):
            if key in option:
                found.append(text.format(option[key]))
        if "enum" in option:
            values = option["enum"]
            shown = ", ".join(str(v) for v in values[:MAX_ENUM_SHOWN])
            found.append(f"one of {shown}" + (f" … ({len(values)} values)" if len(values) > MAX_ENUM_SHOWN else ""))
        if option.get("type") == "array" and isinstance(option.get("items"), dict):
            found += [f"each {rule}" for rule in rules_of(option["items"]) if not rule.startswith("one of")]
    if "default" in schema and schema["default"] not in (None, [], ""):
        found.append("default " + json.dumps(schema["default"], ensure_ascii=False))
    return found


def schema_rows(schema: dict) -> list[Row]:
    """A component schema's properties."""
    required = set(schema.get("required", ()))
    return [
        Row(name, type_of(prop), name in required, rules_of(prop), inline_code(prop.get("description", "")))
        for name, prop in schema.get("properties", {}).items()
    ]


def sections(document: dict) -> list[Section]:
    """The operations grouped by tag, in the document's tag order."""
    by_tag = {tag["name"]: Section(tag["name"], inline_code(tag.get("description", ""))) for tag in document["tags"]}
    for path, methods in document["paths"].items():
        for method, op in methods.items():
            parameters = [
                Row(
                    p["name"],
                    type_of(p["schema"]),
                    p.get("required", False),
                    rules_of(p["schema"]),
                    inline_code(p.get("description", "")),
                    place=p["in"],
                )
                for p in op.get("parameters", [])
            ]
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            responses = []
            for status, answer in op["responses"].items():
                if "$ref" in answer:
                    slug = answer["$ref"].rsplit("/", 1)[1]
                    responses.append((status, slug, [("ref", "Problem")]))
                else:
                    media, content = next(iter(answer["content"].items()))
                    responses.append((status, "", type_of(content["schema"]) + [("text", f" ({media})")]))
            by_tag[op["tags"][0]].endpoints.append(
                Endpoint(
                    method=method.upper(),
                    path=path,
                    anchor=op["operationId"],
                    summary=op["summary"],
                    description=paragraphs(op.get("description", "")),
                    parameters=parameters,
                    body=type_of(body) if body else None,
                    responses=responses,
                )
            )
    return [section for section in by_tag.values() if section.endpoints]


def problem_kinds() -> list[tuple[int, str, str, str]]:
    """(status, slug, Danish title, English title) of every problem type."""
    return [(status, kind.slug, kind.title, kind.title_en) for status, kind in KINDS.items()]
