"""JSON-lines logs: one line per request with its id, route, status, latency and role; nothing personal."""

import io
import json
import logging

import pytest

from models import Role
from tests.conftest import PASSWORD
from webapp.requestlog import JsonFormatter


@pytest.fixture
def log_lines(app):
    """The JSON lines our loggers write while the test runs: ``log_lines()`` → [dict]."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    loggers = [logging.getLogger("sektorbro"), app.logger]
    for logger in loggers:
        logger.addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    for logger in loggers:
        logger.removeHandler(handler)


def _requests(lines):
    return [line for line in lines if line["logger"] == "sektorbro.request"]


def test_a_well_formed_request_id_is_echoed_and_logged(client, log_lines):
    response = client.get("/stillinger", headers={"X-Request-Id": "lb-7f3a.91:02_x"})
    assert response.headers["X-Request-Id"] == "lb-7f3a.91:02_x"
    [line] = _requests(log_lines())
    assert line["request_id"] == "lb-7f3a.91:02_x"


@pytest.mark.parametrize("bad", ["", "has space", "x" * 129, "semi;colon", "<script>", "æøå"])
def test_a_malformed_request_id_is_replaced(client, bad):
    response = client.get("/healthz", headers={"X-Request-Id": bad})
    replaced = response.headers["X-Request-Id"]
    assert replaced != bad and len(replaced) == 32 and int(replaced, 16) >= 0


def test_every_answer_has_a_fresh_id_without_one_sent(client):
    first, second = (client.get("/healthz").headers["X-Request-Id"] for _ in range(2))
    assert first != second


def test_the_request_line_has_rule_status_latency_and_role(client, make_vacancy, log_lines):
    vacancy = make_vacancy()
    client.get(f"/stillinger/{vacancy.id}?q=hemmelig")
    [line] = _requests(log_lines())
    assert line["method"] == "GET"
    assert line["route"] == "/stillinger/<int:vacancy_id>"  # the rule: no id, no query string
    assert line["status"] == 200
    assert isinstance(line["latency_ms"], float) and line["latency_ms"] >= 0
    assert line["role"] == "anonymous"
    assert line["level"] == "INFO" and line["time"].endswith("+00:00")
    assert "hemmelig" not in json.dumps(line) and str(vacancy.id) not in line["route"]


def test_an_unmatched_path_is_logged_without_it(client, log_lines):
    client.get("/ingen/side/med/token-abc123")
    [line] = _requests(log_lines())
    assert line["status"] == 404 and line["route"] is None
    assert "token-abc123" not in json.dumps(line)


def test_static_files_are_not_logged(client, log_lines):
    client.get("/static/css/sektorbro.css").close()
    assert _requests(log_lines()) == []


def test_nothing_personal_is_logged_after_logging_in(
    app, client, csrf, make_user, make_profile, api_headers, log_lines
):
    user = make_user(role=Role.LEADER, email="lone.leder@example.dk")
    make_profile(user=user, name="Lone Ledersen", email="lone.leder@example.dk")
    answer = client.post(
        "/konto/log-ind", data={"csrf_token": csrf("/konto/log-ind"), "email": user.email, "password": PASSWORD}
    )
    assert answer.status_code in (302, 303)
    cookie = client.get_cookie("session").value
    client.get("/leder/profil")
    headers = api_headers(user)
    client.get("/api/v1/me", headers=headers)
    lines = log_lines()
    text = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines)
    secret = headers["Authorization"].removeprefix("Bearer ")
    for personal in ("lone.leder@example.dk", "Lone Ledersen", PASSWORD, secret, cookie, user.get_id()):
        assert personal not in text
    roles = {line["route"]: line["role"] for line in _requests(lines)}
    assert roles["/konto/log-ind"] == "anonymous" or roles["/konto/log-ind"] == "leader"
    assert roles["/leder/profil"] == "leader"
    assert roles["/api/v1/me"] == "leader"
    for line in _requests(lines):
        assert set(line) == {"time", "level", "logger", "message", "request_id"} | {
            "method",
            "route",
            "status",
            "latency_ms",
            "role",
        }


def test_application_records_carry_the_request_id(app, client, log_lines):
    @app.get("/proeve-log")
    def _noisy():
        app.logger.warning("Noget gik skævt")
        return "ok"

    response = client.get("/proeve-log", headers={"X-Request-Id": "abc123"})
    warning = next(line for line in log_lines() if line["level"] == "WARNING")
    assert warning["message"] == "Noget gik skævt" and warning["request_id"] == "abc123"
    assert response.headers["X-Request-Id"] == "abc123"


def test_log_file_setting_writes_json_lines_there(database_url, tmp_path):
    from webapp import create_app

    path = tmp_path / "sektorbro.log"
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "x", "LOG_FILE": str(path)})
    try:
        app.test_client().get("/healthz")
        [line] = [json.loads(text) for text in path.read_text().splitlines()]
        assert line["route"] == "/healthz" and line["status"] == 200
    finally:
        app.extensions["sqlalchemy_engine"].dispose()
        create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "x"}).extensions[
            "sqlalchemy_engine"
        ].dispose()  # back to standard error for the tests after this one
