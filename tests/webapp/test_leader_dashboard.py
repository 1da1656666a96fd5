"""The leader's overview, the visibility setting (enforced in ranking and the rank CLI) and "express interest"."""

import json

import pytest
from sqlalchemy import func, select

from models import IndexChange, Interest, Profile, Role, VacancyStatus, Visibility
from webapp.services import interest, ranking, visibility

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py


def ranked_ids(app, db, vacancy) -> set[int]:
    """Profile ids ranked for a vacancy, as employers of its organisation would see them."""
    found = ranking.rank_candidates(db, ranking.directory_for(app.instance_path), vacancy, limit=100)
    db.commit()  # the first ranking stores the default weights; release SQLite's write lock for the app
    return {item.profile.id for item in found}


def cli_ids(runner, vacancy) -> set[str]:
    result = runner.invoke(args=["rank", "--vacancy", vacancy.public_key, "--json", "--limit", "100"])
    assert result.exit_code == 0, result.output
    return {item["external_id"] for item in json.loads(result.output)}


def test_leaders_land_on_the_overview(client, csrf, make_user):
    from tests.conftest import PASSWORD

    make_user(email="leder@example.dk")
    response = client.post(
        "/konto/log-ind", data={"email": "leder@example.dk", "password": PASSWORD, "csrf_token": csrf()}
    )
    assert response.location.endswith("/leder/")


def test_overview_without_profile_asks_for_one(client, login, make_user, make_organisation):
    assert client.get("/leder/").status_code == 302
    login(make_user())
    html = client.get("/leder/").get_data(as_text=True)
    assert "Udfyld din profil" in html
    client.get("/konto/log-ud")
    login(make_user(Role.EMPLOYER, organisation=make_organisation()))
    assert client.get("/leder/").status_code == 403


def test_overview_recommends_explained_vacancies(
    client, login, make_user, make_profile, make_vacancy, make_organisation
):
    user = login(make_user())
    make_profile(user=user, visibility=Visibility.DISCREET)
    make_vacancy(organisation=make_organisation("Finansstyrelsen", sector="stat"), title="Kontorchef til økonomi")
    html = client.get("/leder/").get_data(as_text=True)
    assert "Kontorchef til økonomi" in html and "Anden sektor" in html
    assert "Hvorfor den passer" in html and "budgetlægning" in html
    assert "0 kontaktanmodninger venter på svar" in html and "Diskret" in html


def test_leader_chooses_visibility(client, login, make_user, make_profile, csrf, db):
    user = login(make_user())
    assert client.get("/leder/profil/synlighed").status_code == 302  # no profile yet: make one first
    profile = make_profile(user=user)
    html = client.get("/leder/profil/synlighed").get_data(as_text=True)
    assert "undtagen din egen organisation og de organisationer, den hører under eller har under sig" in html
    assert (
        '<input aria-describedby="visibility-0-hint" checked class="form-radio" id="visibility-0" name="visibility" '
        'type="radio" value="visible">'
    ) in html
    token = csrf("/leder/profil/synlighed")
    changes = db.scalar(select(func.count()).select_from(IndexChange))
    response = client.post("/leder/profil/synlighed", data={"csrf_token": token, "visibility": "hidden"})
    assert response.status_code == 302
    db.expire_all()
    assert db.get(Profile, profile.id).visibility == Visibility.HIDDEN
    assert db.scalar(select(func.count()).select_from(IndexChange)) == changes + 1  # every index replays it
    assert "Skjult" in client.get("/leder/profil").get_data(as_text=True)
    html = client.post("/leder/profil/synlighed", data={"csrf_token": token, "visibility": "alle"}).get_data(
        as_text=True
    )
    assert "Vælg en af mulighederne." in html
    db.expire_all()
    assert db.get(Profile, profile.id).visibility == Visibility.HIDDEN


def test_hidden_leaders_are_never_ranked(app, client, runner, login, make_user, make_profile, make_vacancy, csrf, db):
    user = login(make_user())
    mine = make_profile(user=user)
    other = make_profile()
    vacancy = make_vacancy()
    assert {mine.id, other.id} <= ranked_ids(app, db, vacancy)
    token = csrf("/leder/profil/synlighed")
    client.post("/leder/profil/synlighed", data={"csrf_token": token, "visibility": "hidden"})
    assert mine.id not in ranked_ids(app, db, vacancy) and other.id in ranked_ids(app, db, vacancy)
    assert mine.public_key not in cli_ids(runner, vacancy)
    everything = runner.invoke(args=["rank", "--all", "--limit", "100"])
    assert mine.public_key not in everything.output and other.public_key in everything.output
    ranking.forget(ranking.directory_for(app.instance_path))  # a freshly started worker agrees
    assert mine.id not in ranked_ids(app, db, vacancy)
    client.post("/leder/profil/synlighed", data={"csrf_token": token, "visibility": "visible"})
    assert mine.id in ranked_ids(app, db, vacancy)


def test_discreet_leaders_are_hidden_from_their_organisation_family(
    app, runner, db, make_organisation, make_profile, make_vacancy
):
    ministry = make_organisation("Skatteministeriet", sector="stat")
    agency = make_organisation("Skattestyrelsen", sector="stat", parent=ministry)
    sister = make_organisation("Toldstyrelsen", sector="stat", parent=ministry)
    elsewhere = make_organisation("Digitaliseringsstyrelsen", sector="stat")
    region = make_organisation("Region Midtjylland", sector="region", municipality_code=751)
    hospital = make_organisation("Aarhus Universitetshospital", sector="region", municipality_code=751, parent=region)
    kommune = make_organisation("Aarhus Kommune", sector="kommune", municipality_code=751)
    forvaltning = make_organisation(
        "Sundhed og Omsorg, Aarhus", sector="kommune", municipality_code=751, parent=kommune
    )
    in_agency = make_profile(organisation=agency, sector="stat", visibility=Visibility.DISCREET)
    in_hospital = make_profile(organisation=hospital, sector="region", visibility=Visibility.DISCREET)
    in_kommune = make_profile(organisation=kommune, sector="kommune", visibility=Visibility.DISCREET)
    visible = make_profile(organisation=agency, sector="stat")

    def vacancy_at(organisation):
        return make_vacancy(organisation=organisation, municipality_code=organisation.municipality_code)

    for organisation in (ministry, agency, sister):  # the ministry around a styrelse, and its sister agencies
        found = ranked_ids(app, db, vacancy_at(organisation))
        assert in_agency.id not in found and visible.id in found
    assert in_agency.id in ranked_ids(app, db, vacancy_at(elsewhere))
    assert in_hospital.id not in ranked_ids(app, db, vacancy_at(region))  # the region around a hospital
    assert in_kommune.id not in ranked_ids(app, db, vacancy_at(forvaltning))  # the kommune around a forvaltning
    assert in_kommune.id in ranked_ids(app, db, vacancy_at(region))
    assert in_agency.public_key not in cli_ids(runner, vacancy_at(ministry))
    assert in_agency.public_key in cli_ids(runner, vacancy_at(elsewhere))


def test_leader_expresses_and_withdraws_interest(client, login, make_user, make_profile, make_vacancy, csrf, db):
    user = login(make_user())
    vacancy = make_vacancy(title="Vicedirektør for digitalisering")
    assert "Udfyld din profil, så kan du vise" in client.get(f"/stillinger/{vacancy.id}").get_data(as_text=True)
    profile = make_profile(user=user)
    page = client.get(f"/stillinger/{vacancy.id}").get_data(as_text=True)
    assert "Vis interesse" in page
    token = csrf(f"/stillinger/{vacancy.id}")
    for _ in range(2):  # twice is the same as once
        response = client.post(f"/leder/stillinger/{vacancy.id}/interesse", data={"csrf_token": token})
        assert response.status_code == 302 and response.location.endswith(f"/stillinger/{vacancy.id}")
    assert db.scalar(select(func.count()).select_from(Interest)) == 1
    assert db.scalar(select(Interest.profile_id)) == profile.id
    assert "Træk interessen tilbage" in client.get(f"/stillinger/{vacancy.id}").get_data(as_text=True)
    overview = client.get("/leder/").get_data(as_text=True)
    assert "Stillinger, du har vist interesse for" in overview and "Vicedirektør for digitalisering" in overview
    response = client.post(
        f"/leder/stillinger/{vacancy.id}/interesse/fjern", data={"csrf_token": token, "next": "https://evil.example/"}
    )
    assert response.location.endswith(f"/stillinger/{vacancy.id}")
    assert db.scalar(select(Interest)) is None


def test_the_second_request_of_a_double_click_says_the_interest_is_shown(
    client, login, make_user, make_profile, make_vacancy, csrf, db, monkeypatch
):
    make_profile(user=login(make_user()))
    vacancy = make_vacancy()
    token = csrf(f"/stillinger/{vacancy.id}")
    assert client.post(f"/leder/stillinger/{vacancy.id}/interesse", data={"csrf_token": token}).status_code == 302
    client.get("/")  # the first request's message is read
    monkeypatch.setattr(interest, "find", lambda *args: None)  # the second did not see the first's row yet
    response = client.post(f"/leder/stillinger/{vacancy.id}/interesse", data={"csrf_token": token})
    assert response.status_code == 302 and response.location.endswith(f"/stillinger/{vacancy.id}")
    with client.session_transaction() as session:
        assert session["_flashes"] == [("success", "Arbejdsgiveren kan nu se, at du er interesseret.")]
    assert db.scalar(select(func.count()).select_from(Interest)) == 1


def test_interest_is_refused_where_the_employer_may_not_see_the_leader(
    client, login, make_user, make_profile, make_vacancy, make_organisation, csrf, db
):
    user = login(make_user())
    ministry = make_organisation("Beskæftigelsesministeriet")
    agency = make_organisation("Styrelsen for Arbejdsmarked og Rekruttering", parent=ministry)
    profile = make_profile(user=user, organisation=agency, sector="stat", visibility=Visibility.DISCREET)
    family = make_vacancy(organisation=ministry)
    token = csrf(f"/stillinger/{family.id}")
    assert "som din diskrete profil er skjult for" in client.get(f"/stillinger/{family.id}").get_data(as_text=True)
    page = client.post(f"/leder/stillinger/{family.id}/interesse", data={"csrf_token": token}, follow_redirects=True)
    assert "som din diskrete profil er skjult for" in page.get_data(as_text=True)
    visibility.set_visibility(db, profile, Visibility.HIDDEN)
    db.commit()
    page = client.post(
        f"/leder/stillinger/{make_vacancy().id}/interesse", data={"csrf_token": token}, follow_redirects=True
    )
    assert "Din profil er skjult for arbejdsgivere" in page.get_data(as_text=True)
    assert db.scalar(select(Interest)) is None
    draft = make_vacancy(status=VacancyStatus.DRAFT)
    assert client.post(f"/leder/stillinger/{draft.id}/interesse", data={"csrf_token": token}).status_code == 404


@pytest.mark.parametrize("role", [None, Role.EMPLOYER])
def test_only_leaders_express_interest(client, login, make_user, make_organisation, make_vacancy, role):
    vacancy = make_vacancy()
    if role is not None:
        login(make_user(role, organisation=make_organisation()))
    page = client.get(f"/stillinger/{vacancy.id}").get_data(as_text=True)
    assert "Vis interesse" not in page
    assert client.post(f"/leder/stillinger/{vacancy.id}/interesse").status_code == (302 if role is None else 403)


def test_concept_names_follow_the_language(client, login, make_user, make_profile, make_vacancy):
    user = login(make_user())
    make_profile(user=user, competences=["udvalgsbetjening"], open_to_sectors=["stat"])
    make_vacancy(competences=["ministerbetjening"])
    assert "Politisk betjening og rådgivning" in client.get("/leder/").get_data(as_text=True)
    html = client.get("/leder/?lang=en").get_data(as_text=True)
    assert "Political servicing and advice" in html and "Politisk betjening og rådgivning" not in html
