"""The probes' views: answers in JSON, a failed readiness check as a 503 problem."""

from __future__ import annotations

from flask import current_app, jsonify

from ..api.problems import problem
from ..db import get_engine
from ..limits import limiter
from ..services import health, ranking
from . import bp


@bp.get("/healthz")
@limiter.exempt
def healthz():
    """The process is alive and answers requests."""
    return _no_store(jsonify(status="ok"))


@bp.get("/readyz")
@limiter.exempt
def readyz():
    """The database answers and a usable index is saved; otherwise 503 naming each failed check."""
    checks = health.readiness(get_engine(), ranking.directory_for(current_app.instance_path))
    report = {check.name: {"ok": check.ok} | ({"reason": check.reason} if check.reason else {}) for check in checks}
    failed = [check.name for check in checks if not check.ok]
    if not failed:
        return _no_store(jsonify(status="ready", checks=report))
    return _no_store(problem(503, "Ikke klar: " + ", ".join(failed) + ".", extra={"checks": report}))


def _no_store(response):
    response.headers["Cache-Control"] = "no-store"
    return response
