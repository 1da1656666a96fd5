"""The OpenAPI document: valid OpenAPI 3.1, describing every API route and nothing else, and its docs page."""

import re

from openapi_spec_validator import OpenAPIV31SpecValidator, validate

from webapp.api import openapi

HTTP_METHODS = {"get", "put", "post", "patch", "delete"}


def documented(document: dict) -> set[tuple[str, str]]:
    return {
        (path, method.upper()) for path, ops in document["paths"].items() for method in ops if method in HTTP_METHODS
    }


def routed(app) -> set[tuple[str, str]]:
    """Every (path, method) the app serves under /api/, in OpenAPI's path syntax."""
    found = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
            found |= {(path, method) for method in rule.methods - {"HEAD", "OPTIONS"}}
    return found


def test_document_is_served_and_is_valid_openapi_3_1(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    document = response.get_json()
    assert document["openapi"] == "3.1.0"
    validate(document, cls=OpenAPIV31SpecValidator)  # raises on any error


def test_every_api_route_is_documented_and_every_documented_operation_is_routed(app):
    document = openapi.document()
    assert routed(app) == documented(document)


def test_every_operation_declares_its_errors_as_problems(app):
    for path, ops in openapi.document()["paths"].items():
        for method, op in ops.items():
            assert op["operationId"] and op["summary"], (method, path)
            assert "429" in op["responses"] and "401" in op["responses"], (method, path)
            if "{" in path:
                assert "404" in op["responses"], (method, path)
            if "requestBody" in op:
                assert {"400", "413", "415", "422"} <= set(op["responses"]), (method, path)
            if op.get("x-roles"):
                assert op["security"] == [{"bearerAuth": []}] and "403" in op["responses"]


def test_patch_bodies_have_no_required_fields(app):
    schemas = openapi.document()["components"]["schemas"]
    assert "required" not in schemas["VacancyPatch"] and "required" in schemas["VacancyIn"]
    assert set(schemas["VacancyPatch"]["properties"]) == set(schemas["VacancyIn"]["properties"])


def test_docs_page_is_readable_html_without_scripts_of_its_own(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    for text in ("GET /api/v1/vacancies", "PATCH /api/v1/employer/vacancies/{vacancy_id}", "problem-validation"):
        assert text in html
    assert 'id="schema-VacancyOut"' in html and "Authorization: Bearer" in html
    assert "<script>" not in html and "style=" not in html and "cdn" not in html.lower()
