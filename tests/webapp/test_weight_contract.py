"""The ranking weights keep one input contract (issue 13): the admin form and the API validate new weights and
their note as ``services.contracts.WeightChange``, so a value one door takes the other takes, and a value one
refuses the other refuses, with the service's typed refusal worded at each door."""

import pytest
from sqlalchemy import func, select

from models import Role, WeightSet
from tests.webapp.test_admin_weights import form_data
from webapp.services import contracts

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

CHANGED = {"competence": 40, "function": 16, "text": 8, "level": 16, "geography": 10, "willingness": 8}
CHANGED["cross_sector"] = 2
NOTE_MAX = contracts.WEIGHT_NOTE_MAX


@pytest.fixture
def door(request, client, login, make_user, csrf, api_headers, db):
    """``door(shares, note)``: whether the admin form (or the API) saves these weights with this note."""
    admin = make_user(Role.ADMIN, email="hr@example.dk")

    def form(shares: dict, note: str) -> bool:
        login(admin)
        before = db.scalar(select(func.count(WeightSet.id)))
        data = form_data(csrf(), **{name: str(value) for name, value in shares.items()}, note=note, save="1")
        response = client.post("/admin/vaegte", data=data)
        return response.status_code == 302 and db.scalar(select(func.count(WeightSet.id))) > before

    def api(shares: dict, note: str) -> bool:
        body = {"weights": shares, "note": note}
        return client.post("/api/v1/admin/weight-sets", json=body, headers=api_headers(admin)).status_code == 201

    return {"form": form, "api": api}[request.param]


@pytest.mark.parametrize("door", ["form", "api"], indirect=True)
@pytest.mark.parametrize(
    ("shares", "note", "taken"),
    [
        (CHANGED, "x" * NOTE_MAX, True),
        (CHANGED, "x" * (NOTE_MAX + 1), False),
        (CHANGED, " \n ", False),
        (CHANGED | {"competence": 101, "function": 0, "level": 11}, "Over 100", False),
        (CHANGED | {"competence": -1, "function": 57}, "Negativ", False),
    ],
    ids=["note-at-limit", "note-past-limit", "blank-note", "share-past-limit", "negative-share"],
)
def test_new_weights_go_in_by_both_doors_or_by_neither(door, shares, note, taken):
    assert door(shares, note) is taken


def test_all_weights_at_zero_are_the_services_typed_refusal_by_every_door(app, client, api_headers, make_user):
    admin = make_user(Role.ADMIN, email="hr@example.dk")
    zero = dict.fromkeys(CHANGED, 0)
    response = client.post(
        "/api/v1/admin/weight-sets", json={"weights": zero, "note": "Nul"}, headers=api_headers(admin)
    )
    (error,) = response.get_json()["errors"]
    assert response.status_code == 422 and error["pointer"] == "/weights" and error["code"] == "no-positive-weight"
    assert error["detail"] == "Mindst én vægt skal være større end 0."
    assert error["detail_en"] == "At least one weight must be greater than 0."
    with pytest.raises(Exception) as raised:
        contracts.WeightShares.model_validate(zero)
    assert type(raised.value.errors()[0]["ctx"]["problem"]).__name__ == "NoPositiveWeight"
