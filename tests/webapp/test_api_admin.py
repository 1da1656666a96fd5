"""API: weight-set versions for admins (list, get, create, activate), audited like the admin pages."""

import pytest
from sqlalchemy import select

from models import AuditEntry, Role, WeightSet

WEIGHTS = {
    "competence": 0.5,
    "function": 0.2,
    "text": 0.1,
    "level": 0.15,
    "geography": 0.1,
    "willingness": 0.1,
    "cross_sector": 0.05,
}


@pytest.fixture
def admin(make_user):
    return make_user(Role.ADMIN, email="hr@example.dk")


@pytest.fixture
def headers(admin, api_headers):
    return api_headers(admin)


def test_list_starts_with_the_default_weights(client, headers):
    body = client.get("/api/v1/admin/weight-sets", headers=headers).get_json()
    assert body["total"] == 1 and body["items"][0]["version"] == 1 and body["items"][0]["active"] is True
    assert body["items"][0]["created_by"] is None


def test_create_saves_an_active_version_and_audits_it(client, headers, db):
    client.get("/api/v1/admin/weight-sets", headers=headers)
    response = client.post(
        "/api/v1/admin/weight-sets", json={"weights": WEIGHTS, "note": "Mere vægt på kompetencer"}, headers=headers
    )
    assert response.status_code == 201
    body = response.get_json()
    assert (
        body["version"] == 2 and body["active"] and body["weights"] == WEIGHTS and body["created_by"] == "hr@example.dk"
    )
    assert response.headers["Location"].endswith(f"/api/v1/admin/weight-sets/{body['id']}")
    entry = db.scalar(select(AuditEntry))
    assert entry.action == "weights.create" and entry.target == f"weight_set:{body['id']}"
    assert entry.actor_email == "hr@example.dk"
    assert client.get(f"/api/v1/admin/weight-sets/{body['id']}", headers=headers).get_json() == body


def test_create_validates_the_weights_and_the_note(client, headers):
    response = client.post(
        "/api/v1/admin/weight-sets",
        json={"weights": WEIGHTS | {"text": -1, "extra": 1}, "note": ""},
        headers=headers,
    )
    assert response.status_code == 422
    assert {e["pointer"] for e in response.get_json()["errors"]} == {"/weights/text", "/weights/extra", "/note"}
    zero = dict.fromkeys(WEIGHTS, 0)
    response = client.post("/api/v1/admin/weight-sets", json={"weights": zero, "note": "Nul"}, headers=headers)
    assert response.status_code == 422 and response.get_json()["errors"][0]["pointer"] == "/weights"


def test_the_same_weights_again_are_a_conflict(client, headers):
    client.post("/api/v1/admin/weight-sets", json={"weights": WEIGHTS, "note": "Første"}, headers=headers)
    response = client.post("/api/v1/admin/weight-sets", json={"weights": WEIGHTS, "note": "Igen"}, headers=headers)
    assert response.status_code == 409 and response.get_json()["title_en"] == "Conflicts with the current state"


def test_activate_brings_an_old_version_back_as_a_new_one(client, headers, db):
    client.get("/api/v1/admin/weight-sets", headers=headers)
    first = db.scalar(select(WeightSet).where(WeightSet.version == 1))
    client.post("/api/v1/admin/weight-sets", json={"weights": WEIGHTS, "note": "Ny"}, headers=headers)
    response = client.post(f"/api/v1/admin/weight-sets/{first.id}/activate", headers=headers)
    assert response.status_code == 201
    body = response.get_json()
    assert body["version"] == 3 and body["active"] and body["weights"] == first.weights
    assert "version 1" in body["note"]
    assert [e.action for e in db.scalars(select(AuditEntry).order_by(AuditEntry.id))] == [
        "weights.create",
        "weights.rollback",
    ]
    again = client.post(f"/api/v1/admin/weight-sets/{first.id}/activate", headers=headers)
    assert again.status_code == 409
    assert client.post("/api/v1/admin/weight-sets/999999/activate", headers=headers).status_code == 404
    assert client.get("/api/v1/admin/weight-sets/999999", headers=headers).status_code == 404


@pytest.mark.parametrize("role", [Role.LEADER, Role.EMPLOYER])
def test_only_admins_may_touch_weights(client, make_user, api_headers, role):
    headers = api_headers(make_user(role))
    assert client.get("/api/v1/admin/weight-sets", headers=headers).status_code == 403
    response = client.post("/api/v1/admin/weight-sets", json={"weights": WEIGHTS, "note": "x"}, headers=headers)
    assert response.status_code == 403 and response.get_json()["title"] == "Du har ikke adgang"
