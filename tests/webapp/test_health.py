"""/healthz and /readyz: for load balancers; no log-in, no cookie, no cache; a failed check is a 503 problem."""

from types import SimpleNamespace

from webapp.services import health, ranking


def _usable(monkeypatch, usable: bool = True, reason: str | None = None):
    status = SimpleNamespace(usable=usable, reason=reason)
    monkeypatch.setattr(ranking, "snapshot_status", lambda directory: status, raising=False)


def test_healthz_answers_ok_without_a_cookie_or_a_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}
    assert response.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers


def test_readyz_is_ready_when_the_database_answers_and_the_index_is_usable(client, monkeypatch):
    _usable(monkeypatch)
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ready", "checks": {"database": {"ok": True}, "index": {"ok": True}}}
    assert response.headers["Cache-Control"] == "no-store"


def test_readyz_names_the_failed_check_in_a_problem(client, monkeypatch):
    _usable(monkeypatch, usable=False, reason="Indekset skal bygges igen.")
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["status"] == 503 and body["type"].endswith("#problem-unavailable")
    assert body["checks"] == {"database": {"ok": True}, "index": {"ok": False, "reason": "Indekset skal bygges igen."}}
    assert "index" in body["detail"]
    assert response.headers["Cache-Control"] == "no-store"


def test_readyz_reports_a_database_that_does_not_answer(app, client, monkeypatch):
    _usable(monkeypatch)
    monkeypatch.setattr(
        health, "database_readiness", lambda engine: health.Check("database", False, health.NO_DATABASE)
    )
    body = client.get("/readyz").get_json()
    assert body["checks"]["database"] == {"ok": False, "reason": health.NO_DATABASE}


def test_a_logged_in_probe_neither_reads_nor_refreshes_the_session(client, login, make_user, monkeypatch):
    _usable(monkeypatch)
    login(make_user())
    for path in ("/healthz", "/readyz"):
        assert "Set-Cookie" not in client.get(path).headers


def test_the_probes_are_not_rate_limited(app, client, monkeypatch):
    _usable(monkeypatch)
    app.config["API_RATE_LIMIT"] = app.config["LOGIN_RATE_LIMIT"] = "1/minute"
    assert all(client.get("/healthz").status_code == 200 for _ in range(5))
    assert all(client.get("/readyz").status_code == 200 for _ in range(5))


def test_index_readiness_is_the_index_stores_status(tmp_path, monkeypatch):
    _usable(monkeypatch, usable=False, reason=None)
    assert health.index_readiness(tmp_path) == health.Check("index", False, health.UNUSABLE_INDEX)
