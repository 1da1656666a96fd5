"""HR admins list and change users and list organisations; nobody else can."""

from models import Role, User


def test_admin_pages_are_admin_only(client, login, make_user, make_organisation):
    for url in ("/admin/brugere", "/admin/organisationer"):
        assert client.get(url).status_code == 302
    login(make_user(Role.EMPLOYER, organisation=make_organisation()))
    for url in ("/admin/brugere", "/admin/organisationer"):
        assert client.get(url).status_code == 403


def test_non_admin_cannot_post_admin_actions(client, login, make_user, csrf, db):
    victim = make_user(email="offer@example.dk")
    login(make_user(Role.LEADER))
    response = client.post(f"/admin/brugere/{victim.id}/rolle", data={"role": "admin", "csrf_token": csrf()})
    assert response.status_code == 403
    db.expire_all()
    assert db.get(User, victim.id).role == Role.LEADER


def test_user_list_search_and_role_filter(client, login, make_user, make_organisation):
    login(make_user(Role.ADMIN, email="chef@example.dk"))
    make_user(email="mette@example.dk")
    make_user(Role.EMPLOYER, email="hr@styrelse.dk", organisation=make_organisation("Styrelsen"))
    html = client.get("/admin/brugere?q=mette").get_data(as_text=True)
    assert "mette@example.dk" in html and "hr@styrelse.dk" not in html
    html = client.get("/admin/brugere?rolle=employer").get_data(as_text=True)
    assert "hr@styrelse.dk" in html and "mette@example.dk" not in html


def test_admin_changes_role_deactivates_and_approves(client, login, make_user, make_organisation, csrf, db):
    login(make_user(Role.ADMIN))
    leader = make_user(email="leder@example.dk")
    employer = make_user(Role.EMPLOYER, organisation=make_organisation(), approved=False)
    token = csrf()
    client.post(f"/admin/brugere/{leader.id}/rolle", data={"role": "admin", "csrf_token": token})
    client.post(f"/admin/brugere/{employer.id}/godkend", data={"csrf_token": token})
    client.post(f"/admin/brugere/{employer.id}/deaktiver", data={"csrf_token": token})
    db.expire_all()
    assert db.get(User, leader.id).role == Role.ADMIN
    assert db.get(User, employer.id).approved_at is not None
    assert db.get(User, employer.id).active is False
    client.post(f"/admin/brugere/{employer.id}/aktiver", data={"csrf_token": token})
    db.expire_all()
    assert db.get(User, employer.id).active is True


def test_bad_admin_input_is_reported_not_crashing(client, login, make_user, csrf, db):
    admin = login(make_user(Role.ADMIN))
    token = csrf()
    response = client.post(f"/admin/brugere/{admin.id}/deaktiver", data={"csrf_token": token}, follow_redirects=True)
    assert "Du kan ikke deaktivere din egen konto." in response.get_data(as_text=True)
    response = client.post(
        f"/admin/brugere/{admin.id}/rolle", data={"role": "konge", "csrf_token": token}, follow_redirects=True
    )
    assert response.status_code == 200 and "Handlingen blev ikke udført" in response.get_data(as_text=True)
    response = client.post(
        "/admin/brugere/999999/rolle", data={"role": "admin", "csrf_token": token}, follow_redirects=True
    )
    assert "Brugeren findes ikke." in response.get_data(as_text=True)
    response = client.post(f"/admin/brugere/{admin.id}/aktiver", data={}, follow_redirects=True)
    assert "Formularen er udløbet. Prøv igen." in response.get_data(as_text=True)
    db.expire_all()
    assert db.get(User, admin.id).active and db.get(User, admin.id).role == Role.ADMIN


def test_organisation_list_with_counts_and_filters(client, login, make_user, make_organisation, make_vacancy):
    login(make_user(Role.ADMIN))
    ministry = make_organisation("Skatteministeriet")
    agency = make_organisation("Skattestyrelsen", parent=ministry)
    make_vacancy(organisation=agency)
    make_organisation("Region Sjælland", sector="region")
    html = client.get("/admin/organisationer?q=skat").get_data(as_text=True)
    assert "Skattestyrelsen" in html and "Skatteministeriet" in html and "Region Sjælland" not in html
    html = client.get("/admin/organisationer?sektor=region").get_data(as_text=True)
    assert "Region Sjælland" in html and "Skattestyrelsen" not in html
