"""API: weight-set versions for admins (list, get, create, activate), audited like the admin pages."""

import pytest
from sqlalchemy import select

from models import AuditEntry, Role, WeightSet
from webapp.services import weights

WEIGHTS = {  # each component's share of the score in percent, as on the admin pages
    "competence": 40,
    "function": 20,
    "text": 10,
    "level": 15,
    "geography": 5,
    "willingness": 5,
    "cross_sector": 5,
}
DEFAULT_SHARES = {
    "competence": 34,
    "function": 22,
    "text": 8,
    "level": 16,
    "geography": 10,
    "willingness": 8,
    "cross_sector": 2,
}


@pytest.fixture
def admin(make_user):
    return make_user(Role.ADMIN, email="hr@example.dk")


@pytest.fixture
def headers(admin, api_headers):
    return api_headers(admin)


def test_list_starts_with_the_default_weights(client, headers, db):
    weights.saved_active_set(db)  # version 1, as the migrations store it (the tests empty every table)
    db.commit()
    body = client.get("/api/v1/admin/weight-sets", headers=headers).get_json()
    assert body["total"] == 1 and body["items"][0]["version"] == 1 and body["items"][0]["active"] is True
    assert body["items"][0]["created_by"] is None
    assert body["items"][0]["weights"] == DEFAULT_SHARES and body["items"][0]["dominant_component"] is None


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
    assert entry.details["scale"] == "percent"
    assert {"component": "competence", "before": 34.0, "after": 40.0} in entry.details["changes"]
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
    first = weights.saved_active_set(db)
    db.commit()
    client.post("/api/v1/admin/weight-sets", json={"weights": WEIGHTS, "note": "Ny"}, headers=headers)
    response = client.post(f"/api/v1/admin/weight-sets/{first.id}/activate", headers=headers)
    assert response.status_code == 201
    body = response.get_json()
    assert body["version"] == 3 and body["active"] and body["weights"] == DEFAULT_SHARES
    assert db.get(WeightSet, body["id"]).weights == first.weights  # exactly the old version's weights
    assert body["note"] == "Rullet tilbage til version 1"
    assert [e.action for e in db.scalars(select(AuditEntry).order_by(AuditEntry.id))] == [
        "weights.create",
        "weights.rollback",
    ]
    again = client.post(f"/api/v1/admin/weight-sets/{first.id}/activate", headers=headers)
    assert again.status_code == 409
    assert client.post("/api/v1/admin/weight-sets/999999/activate", headers=headers).status_code == 404
    assert client.get("/api/v1/admin/weight-sets/999999", headers=headers).status_code == 404


def test_the_api_and_the_history_page_use_the_same_scale(client, headers, admin, login, db):
    body = client.post(
        "/api/v1/admin/weight-sets", json={"weights": WEIGHTS, "note": "Via API"}, headers=headers
    ).get_json()
    assert body["weights"] == WEIGHTS
    login(admin)
    html = client.get("/admin/vaegte/historik").get_data(as_text=True)
    assert "Kompetencer: 34 % → 40 %" in html and "Anden sektor: 2 % → 5 %" in html
    assert "Aktiv version: 40 %" in client.get("/admin/vaegte").get_data(as_text=True)
    shares = {
        name: value / sum(db.get(WeightSet, body["id"]).weights.values()) * 100
        for name, value in db.get(WeightSet, body["id"]).weights.items()
    }
    assert shares == pytest.approx(WEIGHTS)


def test_other_sums_are_scaled_to_100_and_a_dominant_component_is_named(client, headers):
    halves = dict.fromkeys(WEIGHTS, 0) | {"competence": 3, "level": 1}  # 75 % and 25 %
    body = client.post("/api/v1/admin/weight-sets", json={"weights": halves, "note": "x"}, headers=headers).get_json()
    assert body["weights"] == dict.fromkeys(WEIGHTS, 0.0) | {"competence": 75.0, "level": 25.0}
    assert body["dominant_component"] == "competence"
    same = {name: value * 25 for name, value in halves.items()}  # the same shares, written as percent
    response = client.post("/api/v1/admin/weight-sets", json={"weights": same, "note": "igen"}, headers=headers)
    assert response.status_code == 409
    half = dict.fromkeys(WEIGHTS, 0) | {"competence": 50, "level": 50}
    body = client.post("/api/v1/admin/weight-sets", json={"weights": half, "note": "y"}, headers=headers).get_json()
    assert body["dominant_component"] is None  # exactly half is not more than half


@pytest.mark.parametrize("role", [Role.LEADER, Role.EMPLOYER])
def test_only_admins_may_touch_weights(client, make_user, api_headers, role):
    headers = api_headers(make_user(role))
    assert client.get("/api/v1/admin/weight-sets", headers=headers).status_code == 403
    response = client.post("/api/v1/admin/weight-sets", json={"weights": WEIGHTS, "note": "x"}, headers=headers)
    assert response.status_code == 403 and response.get_json()["title"] == "Du har ikke adgang"


def test_the_document_and_the_docs_page_state_the_percent_scale(client):
    schemas = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]
    assert "share of the score in percent" in schemas["WeightsIn"]["description"]
    assert schemas["WeightsIn"]["properties"]["competence"]["maximum"] == 100
    assert "share of the score in percent" in schemas["WeightSetOut"]["properties"]["weights"]["description"]
    assert "dominant_component" in schemas["WeightSetOut"]["required"]
    html = " ".join(client.get("/api/v1/docs").get_data(as_text=True).split())
    assert "share of the score in percent, from 0 to 100" in html
    assert "more than half of the score" in html
