"""The OpenAPI document and its readable version."""

from __future__ import annotations

from flask import jsonify, make_response, render_template

from .. import docs, openapi
from ..registry import operation


@operation("GET", "/openapi.json", tag="meta")
def get_openapi():
    """Get this API's OpenAPI 3.1 document."""
    return jsonify(openapi.document())


@operation("GET", "/docs", tag="meta", media_type="text/html")
def get_docs():
    """Read this API's documentation as a web page."""
    document = openapi.document()
    page = render_template(
        "api/docs.html",
        document=document,
        intro=docs.paragraphs(document["info"]["description"]),
        sections=docs.sections(document),
        schemas={name: docs.schema_rows(schema) for name, schema in document["components"]["schemas"].items()},
        schema_descriptions={
            name: docs.inline_code(schema.get("description", ""))
            for name, schema in document["components"]["schemas"].items()
        },
        problems=docs.problem_kinds(),
    )
    return make_response(page)
