"""Security issue 9, finding 7: discreet mode cannot be escaped through a new organisation.

Leaders pick their organisation from the placed ones (a slip is refused with a suggestion); a new one, ticked
as such by a leader or registered by an employer, waits unplaced until an admin places it in the hierarchy,
and its employers cannot be approved before. A discreet leader whose organisation is unplaced or has no parent
is told what discreet cannot hide; deleting the account deletes the organisation only they had typed.
"""

import re

import pytest
from sqlalchemy import func, select

from models import AuditEntry, Organisation, Profile, Role, User, Visibility
from tests.webapp.test_leader import profile_form

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

SLIP_HINT = "Vælg organisationen på listen, eller sæt kryds, hvis din organisation ikke er der."
UNPLACED_WARNING = "Din organisation er ikke placeret i hierarkiet endnu, så vi kan kun skjule dig for netop den"
TOP_LEVEL_WARNING = "har ingen overordnet organisation i Sektorbro, så diskret skjuler dig for den og for de enheder"


def candidate_ids(html: str) -> list[int]:
    """Profile ids of the candidate cards on an employer's ranking page."""
    return [int(found) for found in re.findall(r'id="kandidat-(\d+)"', html)]


def organisation_count(db) -> int:
    return db.scalar(select(func.count(Organisation.id)))


def unplaced(make_organisation, db, name: str, **fields) -> Organisation:
    """An organisation that waits for an admin to place it."""
    organisation = make_organisation(name, **fields)
    organisation.placed = False
    db.commit()
    return organisation


def test_a_slip_of_a_known_organisation_is_refused_with_the_suggestion_and_keeps_the_input(
    client, login, make_user, make_organisation, csrf, db
):
    make_organisation("Økonomistyrelsen", sector="stat")
    login(make_user())
    response = client.post(
        "/leder/profil/rediger",
        data=profile_form(csrf(), sector="stat", organisation_name="Økonomistyrelssen", summary="Min egen tekst."),
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "Profilen er ikke gemt" in html
    assert f"Mente du »Økonomistyrelsen«? {SLIP_HINT}" in html
    assert 'value="Økonomistyrelssen"' in html and 'value="Anne Jensen"' in html and "Min egen tekst." in html
    assert 'id="organisation_name-error"' in html  # at the field, not only in a flash
    assert db.scalar(select(Profile)) is None and organisation_count(db) == 1


def test_an_unknown_name_needs_the_not_on_the_list_box(client, login, make_user, make_organisation, csrf, db):
    make_organisation("Økonomistyrelsen", sector="stat")
    login(make_user())
    html = client.post(
        "/leder/profil/rediger", data=profile_form(csrf(), organisation_name="Vindelev Rådgivning")
    ).get_data(as_text=True)
    assert f"»Vindelev Rådgivning« er ikke på listen. {SLIP_HINT}" in html
    assert db.scalar(select(Profile)) is None and organisation_count(db) == 1


def test_an_exact_name_in_another_case_or_spacing_picks_the_existing_one(
    client, login, make_user, make_organisation, csrf, db
):
    agency = make_organisation("Økonomistyrelsen", sector="stat")
    board = make_organisation("Styrelsen for IT og Læring", sector="stat")
    for typed, known in (("  økonomistyrelsen ", agency), ("styrelsen for  it og   LÆRING", board)):
        user = login(make_user())
        data = profile_form(csrf(), sector="stat", organisation_name=typed)
        assert client.post("/leder/profil/rediger", data=data).status_code == 302
        assert db.scalar(select(Profile.organisation_id).where(Profile.user_id == user.id)) == known.id
    assert organisation_count(db) == 2


def test_a_ticked_new_organisation_is_unplaced_and_not_listed_publicly(
    client, login, make_user, make_organisation, csrf, db
):
    make_organisation("Økonomistyrelsen", sector="stat")
    user = login(make_user())
    data = profile_form(csrf(), organisation_name="Økonomistyrelsens Regnskabscenter", organisation_new="y")
    assert client.post("/leder/profil/rediger", data=data).status_code == 302
    organisation = db.scalar(select(Profile).where(Profile.user_id == user.id)).organisation
    assert organisation.name == "Økonomistyrelsens Regnskabscenter" and organisation.placed is False
    assert organisation.parent_id is None and organisation.sector == "kommune"
    login(make_user())
    datalist = client.get("/leder/profil/rediger").get_data(as_text=True)
    assert '<option value="Økonomistyrelsen">' in datalist and "Regnskabscenter" not in datalist
    with client.session_transaction() as cookie:
        cookie.clear()  # an anonymous visitor
    registration = client.get("/konto/opret/arbejdsgiver").get_data(as_text=True)
    assert "Økonomistyrelsen" in registration and "Regnskabscenter" not in registration


def test_an_employers_new_organisation_must_be_placed_before_approval_and_then_hides_the_discreet_family(
    client, login, make_user, make_organisation, make_profile, make_vacancy, csrf, db
):
    ministry = make_organisation("Skatteministeriet", sector="stat")
    sister = make_organisation("Gældsstyrelsen", sector="stat", parent=ministry)
    discreet = make_profile(
        sector="stat", organisation=sister, visibility=Visibility.DISCREET, competences=["budgetlægning"]
    )
    parent_leader = make_profile(
        sector="stat", organisation=ministry, visibility=Visibility.DISCREET, competences=["budgetlægning"]
    )
    visible = make_profile(sector="stat", competences=["budgetlægning"])
    response = client.post(
        "/konto/opret/arbejdsgiver",
        data={
            "email": "hr@motorstyrelsen.example.dk",
            "password": "et-langt-kodeord",
            "confirm": "et-langt-kodeord",
            "organisation_mode": "new",
            "organisation_name": "Motorstyrelsen",
            "organisation_sector": "stat",
            "organisation_municipality": "101",
            "csrf_token": csrf(),
        },
    )
    assert response.status_code == 302
    employer = db.scalar(select(User).where(User.email == "hr@motorstyrelsen.example.dk"))
    new = employer.organisation
    assert new.placed is False and new.parent_id is None

    login(make_user(Role.ADMIN))
    token = csrf()
    page = client.post(f"/admin/brugere/{employer.id}/godkend", data={"csrf_token": token}, follow_redirects=True)
    assert "Organisationen Motorstyrelsen er ikke placeret i hierarkiet endnu." in page.get_data(as_text=True)
    db.expire_all()
    assert db.get(User, employer.id).approved_at is None
    waiting = client.get("/admin/organisationer?placering=venter").get_data(as_text=True)
    assert "Motorstyrelsen" in waiting and "Gældsstyrelsen" not in waiting
    form = client.get(f"/admin/organisationer/{new.id}/placering").get_data(as_text=True)
    assert f'<option value="{ministry.id}">Skatteministeriet</option>' in form
    response = client.post(
        f"/admin/organisationer/{new.id}/placering", data={"csrf_token": token, "parent_id": str(ministry.id)}
    )
    assert response.status_code == 302
    db.expire_all()
    assert db.get(Organisation, new.id).placed and db.get(Organisation, new.id).parent_id == ministry.id
    entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "organisation.place"))
    assert entry.target == f"organisation:{new.id}" and entry.details["parent"] == "Skatteministeriet"
    client.post(f"/admin/brugere/{employer.id}/godkend", data={"csrf_token": token})
    db.expire_all()
    assert db.get(User, employer.id).approved_at is not None

    confirmed = db.get(User, employer.id)
    confirmed.email_confirmed_at = confirmed.created_at  # as if the registration mail's link had been followed
    db.commit()
    login(confirmed)
    vacancy = make_vacancy(organisation=db.get(Organisation, new.id), competences=["budgetlægning"])
    ranked = candidate_ids(client.get(f"/arbejdsgiver/stillinger/{vacancy.id}/kandidater").get_data(as_text=True))
    assert visible.id in ranked and discreet.id not in ranked and parent_leader.id not in ranked


def test_an_organisation_cannot_be_placed_under_itself_or_anything_below_it(
    client, login, make_user, make_organisation, csrf, db
):
    ministry = make_organisation("Skatteministeriet", sector="stat")
    agency = make_organisation("Skattestyrelsen", sector="stat", parent=ministry)
    login(make_user(Role.ADMIN))
    token = csrf()
    for parent in (ministry.id, agency.id, "junk"):
        html = client.post(
            f"/admin/organisationer/{ministry.id}/placering", data={"csrf_token": token, "parent_id": str(parent)}
        ).get_data(as_text=True)
        assert 'id="parent_id-error"' in html
    db.expire_all()
    assert db.get(Organisation, ministry.id).parent_id is None
    assert db.scalar(select(AuditEntry)) is None
    assert client.get("/admin/organisationer/999999/placering").status_code == 404


@pytest.mark.parametrize("case", ["unplaced", "top_level"])
def test_a_discreet_leader_is_told_what_discreet_cannot_hide(
    client, login, make_user, make_organisation, make_profile, db, case
):
    if case == "unplaced":
        organisation, warning = unplaced(make_organisation, db, "Vindelev Rådgivning"), UNPLACED_WARNING
    else:
        organisation, warning = make_organisation("Skatteministeriet"), TOP_LEVEL_WARNING
    leader = login(make_user())
    profile = make_profile(user=leader, organisation=organisation, visibility=Visibility.DISCREET)
    for url in ("/leder/profil", "/leder/profil/synlighed"):
        assert warning in client.get(url).get_data(as_text=True)
    profile.visibility = Visibility.VISIBLE
    db.commit()
    assert warning not in client.get("/leder/profil").get_data(as_text=True)
    profile.visibility = Visibility.DISCREET  # in a placed organisation with a parent, discreet hides it all
    profile.organisation = make_organisation("Skattestyrelsen", parent=make_organisation("Skatteministeriet 2"))
    db.commit()
    for url in ("/leder/profil", "/leder/profil/synlighed"):
        html = client.get(url).get_data(as_text=True)
        assert UNPLACED_WARNING not in html and TOP_LEVEL_WARNING not in html


def test_deleting_the_account_deletes_the_unplaced_organisation_only_they_typed(
    client, login, make_user, make_organisation, make_profile, csrf, db
):
    shared = unplaced(make_organisation, db, "Fælles Sekretariat")
    make_profile(user=make_user(), organisation=shared)
    placed = make_organisation("Økonomistyrelsen")
    for name, organisation_new in (("Vindelev Rådgivning", "y"), ("Fælles Sekretariat", ""), ("Økonomistyrelsen", "")):
        leader = login(make_user())
        data = profile_form(csrf(), organisation_name=name, organisation_new=organisation_new)
        assert client.post("/leder/profil/rediger", data=data).status_code == 302
        token = csrf("/leder/mine-data/slet")
        response = client.post("/leder/mine-data/slet", data={"csrf_token": token, "confirm_email": leader.email})
        assert response.status_code == 302
    db.expire_all()
    assert set(db.scalars(select(Organisation.name))) == {shared.name, placed.name}


def test_leaving_an_unplaced_organisation_one_typed_deletes_it(client, login, make_user, make_organisation, csrf, db):
    make_organisation("Økonomistyrelsen")
    login(make_user())
    client.post(
        "/leder/profil/rediger", data=profile_form(csrf(), organisation_name="Min Slåfejl", organisation_new="y")
    )
    assert organisation_count(db) == 2
    client.post("/leder/profil/rediger", data=profile_form(csrf(), organisation_name="økonomistyrelsen"))
    assert set(db.scalars(select(Organisation.name))) == {"Økonomistyrelsen"}


def test_the_api_creates_an_unknown_organisation_unplaced(client, make_user, api_headers, db):
    from tests.webapp.test_api_leader import PROFILE

    response = client.put("/api/v1/me/profile", json=PROFILE, headers=api_headers(make_user(Role.LEADER)))
    assert response.status_code == 200
    assert db.scalar(select(Organisation.placed).where(Organisation.name == PROFILE["organisation"])) is False
