"""Leaders create, edit and view their own profile; nobody else can."""

from sqlalchemy import select

from models import Profile, Role
from webapp.contract_messages import OWN_MESSAGES
from webapp.leader.forms import ExperienceForm, ProfileForm
from webapp.services import contracts


def profile_form(token: str, **overrides) -> dict:
    data = {
        "csrf_token": token,
        "name": "Anne Jensen",
        "email": "anne@example.dk",
        "sector": "kommune",
        "organisation_name": "Vejle Kommune",
        "title": "Skolechef",
        "level": "3",
        "years_as_leader": "12",
        "municipality_code": "630",
        "max_commute_km": "70",
        "open_to_sectors": ["kommune", "stat"],
        "seeking": "active",
        "competences": "udvalgsbetjening\nbudgetlægning\n\nforandringsledelse\nBudgetlægning",
        "summary": "Jeg leder skoleområdet.",
        "education": "Cand.pæd.",
        "experiences-0-sector": "kommune",
        "experiences-0-organisation": "Vejle Kommune",
        "experiences-0-title": "Skolechef",
        "experiences-0-level": "3",
        "experiences-0-start_year": "2018",
        "experiences-0-end_year": "",
        "experiences-0-description": "",
        "visibility": "discreet",  # asked only when the profile is created (the preselected choice)
    }
    return data | overrides


def test_anonymous_is_sent_to_login_and_other_roles_are_refused(client, login, make_user, make_organisation):
    assert client.get("/leder/profil").status_code == 302
    login(make_user(Role.EMPLOYER, organisation=make_organisation()))
    assert client.get("/leder/profil").status_code == 403
    assert client.get("/leder/profil/rediger").status_code == 403


def test_new_leader_is_asked_to_create_a_profile(client, login, make_user):
    login(make_user())
    assert client.get("/leder/profil").status_code == 200
    html = client.get("/leder/profil/rediger").get_data(as_text=True)
    assert 'name="experiences-0-title"' in html


def test_leader_creates_profile_with_experience(client, login, make_user, make_organisation, csrf, db):
    vejle = make_organisation("Vejle Kommune", sector="kommune", municipality_code=630)
    user = login(make_user())
    response = client.post("/leder/profil/rediger", data=profile_form(csrf()))
    assert response.status_code == 302
    profile = db.scalar(select(Profile).where(Profile.user_id == user.id))
    assert profile.competences == ["udvalgsbetjening", "budgetlægning", "forandringsledelse"]
    assert profile.organisation_id == vejle.id and profile.organisation.sector == "kommune"
    assert [(e.title, e.end_year) for e in profile.experiences] == [("Skolechef", None)]
    html = client.get("/leder/profil").get_data(as_text=True)
    assert "Anne Jensen" in html and "Skolechef" in html and "forandringsledelse" in html


def test_mistakes_are_shown_in_danish_and_input_is_kept(client, login, make_user, csrf, db):
    login(make_user())
    html = client.post(
        "/leder/profil/rediger",
        data=profile_form(
            csrf(),
            years_as_leader="mange",
            municipality_code="9999",
            open_to_sectors=[],
            **{"experiences-0-end_year": "2010"},
        ),
    ).get_data(as_text=True)
    assert "Profilen er ikke gemt" in html
    assert "Skriv et helt tal." in html
    assert "Vælg en kommune fra listen." in html
    assert "Vælg mindst én sektor." in html
    assert "Slutåret skal være samme år som startåret eller senere." in html
    assert 'value="Anne Jensen"' in html and "Jeg leder skoleområdet." in html
    assert db.scalar(select(Profile)) is None


# An experience whose end year lies before its start year, after an entry marked for removal: the contract counts
# the kept entries only, so its ("experience", 0) is the form's second entry.
TWO_ENTRIES = {
    "experiences-0-remove": "y",
    "experiences-1-sector": "stat",
    "experiences-1-organisation": "Undervisningsministeriet",
    "experiences-1-title": "Kontorchef",
    "experiences-1-level": "2",
    "experiences-1-start_year": "2015",
    "experiences-1-end_year": "2010",
}


def test_a_contract_error_about_a_whole_experience_lands_on_that_entry(app):
    with app.test_request_context("/leder/profil/rediger", method="POST", data=profile_form("", **TWO_ENTRIES)):
        form = ProfileForm.from_request()
        kept = form.experiences.entries[1].form
        assert form._field_at(("experience", 0)) is kept
        assert form._field_at(("experience", 0, "end_year")) is kept.end_year
        assert form._field_at(("name",)) is form.name and form._field_at(()) is form.name


def test_the_contracts_rule_across_an_experience_is_said_on_the_entry(client, login, make_user, csrf, db, monkeypatch):
    """The form's own check of the years says it first; without it the contract's rule across the entry is said on
    the entry itself (its fieldset and the summary), and on no field."""
    monkeypatch.setattr(ExperienceForm, "validate_end_year", lambda form, field: None)
    login(make_user())
    html = client.post("/leder/profil/rediger", data=profile_form(csrf(), **TWO_ENTRIES)).get_data(as_text=True)
    said = str(OWN_MESSAGES["end_before_start"])
    assert "Profilen er ikke gemt" in html
    assert f'<a href="#experiences-1-sector" class="function-link">Erfaring 2: {said}</a>' in html
    assert f'id="experiences-1-error"><span class="sr-only">Fejl: </span>{said}</p>' in html
    assert html.count(said) == 2 and 'id="name-error"' not in html
    assert db.scalar(select(Profile)) is None


def test_add_and_remove_experience_entries(client, login, make_user, make_organisation, csrf, db):
    make_organisation("Vejle Kommune", sector="kommune", municipality_code=630)
    user = login(make_user())
    html = client.post("/leder/profil/rediger", data=profile_form(csrf(), add_experience="1")).get_data(as_text=True)
    assert 'name="experiences-1-title"' in html and 'value="Skolechef"' in html
    assert db.scalar(select(Profile)) is None  # adding a row saves nothing
    data = profile_form(
        csrf(),
        **{
            "experiences-1-sector": "stat",
            "experiences-1-organisation": "Undervisningsministeriet",
            "experiences-1-title": "Kontorchef",
            "experiences-1-level": "2",
            "experiences-1-start_year": "2012",
            "experiences-1-end_year": "2018",
            "experiences-2-organisation": "",
            "experiences-2-title": "",
        },
    )
    client.post("/leder/profil/rediger", data=data)
    profile = db.scalar(select(Profile).where(Profile.user_id == user.id))
    assert [e.title for e in profile.experiences] == ["Skolechef", "Kontorchef"]
    data["experiences-1-remove"] = "y"
    client.post("/leder/profil/rediger", data=data | {"csrf_token": csrf()})
    db.expire_all()
    assert [e.title for e in db.get(Profile, profile.id).experiences] == ["Skolechef"]


def test_edit_form_is_prefilled_and_only_own_profile_changes(
    client, login, make_user, make_organisation, make_profile, csrf, db
):
    make_organisation("Vejle Kommune", sector="kommune", municipality_code=630)
    other = make_profile(user=make_user(), name="Ikke Mig")
    me = make_user()
    mine = make_profile(user=me, name="Det Er Mig")
    login(me)
    html = client.get("/leder/profil/rediger").get_data(as_text=True)
    assert 'value="Det Er Mig"' in html and "Ikke Mig" not in html
    client.post("/leder/profil/rediger", data=profile_form(csrf(), name="Nyt Navn"))
    db.expire_all()
    assert db.get(Profile, mine.id).name == "Nyt Navn"
    assert db.get(Profile, other.id).name == "Ikke Mig"


def test_adding_beyond_the_last_experience_row_is_refused_politely(client, login, make_user, csrf):
    login(make_user())
    data = profile_form(csrf(), add_experience="1")
    for i in range(contracts.MAX_EXPERIENCES):
        data |= {
            f"experiences-{i}-title": f"Job {i}",
            f"experiences-{i}-organisation": "X",
            f"experiences-{i}-start_year": "2000",
        }
    response = client.post("/leder/profil/rediger", data=data)
    assert response.status_code == 200
    assert f"højst have {contracts.MAX_EXPERIENCES} erfaringer" in response.get_data(as_text=True)
