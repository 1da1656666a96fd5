"""The audit log: every weight change and every change of a user's role or access, readable by admins only."""

import pytest
from sqlalchemy import select

from matcher.weights import Weights
from models import AuditEntry, Role
from webapp.services import audit, weights


def entries(db):
    db.expire_all()
    return list(db.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_role_changes_deactivation_and_activation_are_audited(client, login, make_user, csrf, db):
    admin = login(make_user(Role.ADMIN, email="hr@example.dk"))
    leader = make_user(email="leder@example.dk")
    token = csrf()
    client.post(f"/admin/brugere/{leader.id}/rolle", data={"role": "employer", "csrf_token": token})
    client.post(f"/admin/brugere/{leader.id}/rolle", data={"role": "employer", "csrf_token": token})  # no change
    client.post(f"/admin/brugere/{leader.id}/deaktiver", data={"csrf_token": token})
    client.post(f"/admin/brugere/{leader.id}/aktiver", data={"csrf_token": token})
    client.post(f"/admin/brugere/{admin.id}/rolle", data={"role": "leader", "csrf_token": token})  # refused
    found = entries(db)
    assert [e.action for e in found] == ["user.role", "user.deactivate", "user.activate"]
    assert all(e.actor_id == admin.id and e.actor_email == "hr@example.dk" for e in found)
    assert found[0].target == f"user:{leader.id}"
    assert found[0].details == {"email": "leder@example.dk", "before": "leader", "after": "employer"}


def test_weight_changes_are_audited_with_their_diff(db, make_user):
    admin = make_user(Role.ADMIN)
    v1 = weights.saved_active_set(db)
    v2 = weights.save_version(db, admin, Weights(competence=0.5), "Mere kompetence")
    weights.rollback(db, admin, v1.id)
    db.commit()
    created, rolled_back = entries(db)
    assert created.action == "weights.create" and created.target == f"weight_set:{v2.id}"
    assert created.details["note"] == "Mere kompetence" and created.details["previous_version"] == 1
    # shares of the score in percent: 0.5 of 1.16 is 43.1 %, and every other share falls with it
    assert created.details["scale"] == "percent" and len(created.details["changes"]) == 7
    assert created.details["changes"][0] == {"component": "competence", "before": 34.0, "after": 43.1}
    assert rolled_back.action == "weights.rollback" and rolled_back.details["restored_version"] == 1
    assert rolled_back.details["version"] == 3
    assert rolled_back.details["changes"][0] == {"component": "competence", "before": 43.1, "after": 34.0}


def test_unknown_actions_are_refused(db):
    with pytest.raises(ValueError):
        audit.record(db, None, "weights.deleted", "weight_set:1")


def test_log_page_is_newest_first_filterable_and_paginated(client, login, make_user, db, app):
    admin = login(make_user(Role.ADMIN, email="hr@example.dk"))
    for i in range(app.config["PAGE_SIZE"] + 3):
        audit.record(db, admin, audit.USER_DEACTIVATE, f"user:{i}", {"email": f"bruger{i}@example.dk"})
    weights.save_version(db, admin, Weights(text=0.2), "Mere tekst")
    db.commit()

    html = client.get("/admin/revisionslog").get_data(as_text=True)
    assert "24 hændelser" in html
    assert html.index("Nye vægte gemt og taget i brug") < html.index("bruger22@example.dk") < html.index("bruger5@")
    assert "Tekstlighed: 8 % → 17,9 %" in html and "Mere tekst" in html  # 0.2 of 1.12 and "hr@example.dk" in html
    assert "bruger0@example.dk" not in html  # on page 2
    assert "bruger0@example.dk" in client.get("/admin/revisionslog?side=2").get_data(as_text=True)

    html = client.get("/admin/revisionslog?handling=weights.create").get_data(as_text=True)
    assert "1 hændelse" in html and "bruger5@example.dk" not in html
    html = client.get("/admin/revisionslog?handling=noget-andet&side=abc").get_data(as_text=True)
    assert "24 hændelser" in html  # nonsense filters are ignored, not errors


@pytest.mark.parametrize("role", [Role.LEADER, Role.EMPLOYER])
def test_only_admins_read_the_log(client, login, make_user, make_organisation, role):
    assert client.get("/admin/revisionslog").status_code == 302
    login(make_user(role, organisation=make_organisation() if role == Role.EMPLOYER else None))
    assert client.get("/admin/revisionslog").status_code == 403
