"""Issue 11: the leader's first profile is filed in the sector they chose, asks who may find them before
anyone can, and a failed save says so once, at the form."""

import re

import pytest
from sqlalchemy import select

from models import Organisation, Profile, Role, Visibility
from tests.webapp.test_leader import profile_form
from webapp.services import ranking

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

EDIT = "/leder/profil/rediger"
VISIBLE_HELP = "Alle arbejdsgivere kan finde dig, også din egen organisation"
DISCREET_HELP = "Alle arbejdsgivere kan finde dig, undtagen din egen organisation og de organisationer"
HIDDEN_HELP = "Ingen arbejdsgivere kan finde dig, og du kan ikke vise interesse for stillinger"


def _select(html: str, name: str) -> str:
    return re.search(rf'<select[^>]*name="{re.escape(name)}".*?</select>', html, re.S).group(0)


def selected(html: str, name: str) -> str | None:
    """The value of the selected option of the select called ``name`` (None: the browser shows the first)."""
    for option in re.findall(r"<option[^>]*>", _select(html, name)):
        if re.search(r"\sselected[\s>]", option):
            return re.search(r'value="([^"]*)"', option).group(1)
    return None


def first_option(html: str, name: str) -> str:
    return re.search(r'<option[^>]*value="([^"]*)"', _select(html, name)).group(1)


def checked_radio(html: str, name: str) -> str | None:
    for tag in re.findall(rf'<input[^>]*name="{re.escape(name)}"[^>]*>', html):
        if re.search(r"\schecked[\s>]", tag):
            return re.search(r'value="([^"]*)"', tag).group(1)
    return None


def test_the_new_profile_form_presets_no_sector_for_the_job_or_the_experience(client, login, make_user):
    login(make_user())
    html = client.get(EDIT).get_data(as_text=True)
    for name in ("sector", "experiences-0-sector", "experiences-0-level"):
        assert selected(html, name) in (None, "") and first_option(html, name) == "", name
    assert ">Vælg sektor</option>" in html and ">Vælg niveau</option>" in html


def test_a_profile_without_a_sector_is_refused_at_the_field_and_keeps_the_input(client, login, make_user, csrf, db):
    login(make_user())
    html = client.post(
        EDIT, data=profile_form(csrf(), sector="", **{"experiences-0-sector": "", "experiences-0-level": ""})
    ).get_data(as_text=True)
    assert db.scalar(select(Profile)) is None
    assert 'id="sector-error"' in html and "Vælg den sektor, du arbejder i nu." in html
    assert 'id="experiences-0-sector-error"' in html and "Vælg sektoren for dette job." in html
    assert "Vælg ledelsesniveauet for dette job." in html
    assert '<a href="#sector" class="function-link">Nuværende sektor: Vælg den sektor, du arbejder i nu.</a>' in html
    assert 'value="Anne Jensen"' in html and 'value="Skolechef"' in html and "Jeg leder skoleområdet." in html
    assert checked_radio(html, "level") == "3" and selected(html, "municipality_code") == "630"


def test_no_remove_box_on_an_empty_experience_but_on_one_that_holds_something(
    client, login, make_user, make_organisation, make_profile, csrf
):
    user = login(make_user())
    html = client.get(EDIT).get_data(as_text=True)
    assert 'name="experiences-0-title"' in html and "Fjern denne erfaring" not in html

    make_organisation("Vejle Kommune", sector="kommune", municipality_code=630)
    html = client.post(EDIT, data=profile_form(csrf(), add_experience="1")).get_data(as_text=True)
    assert 'name="experiences-1-title"' in html
    assert 'name="experiences-0-remove"' in html and 'name="experiences-1-remove"' not in html

    make_profile(user=user, experiences=2)
    html = client.get(EDIT).get_data(as_text=True)
    assert 'name="experiences-0-remove"' in html and 'name="experiences-1-remove"' in html


def test_an_experience_with_only_a_sector_chosen_is_checked_not_dropped(client, login, make_user, csrf, db):
    login(make_user())
    data = profile_form(csrf()) | {"experiences-1-sector": "stat", "experiences-1-description": "Noget vigtigt"}
    html = client.post(EDIT, data=data).get_data(as_text=True)
    assert db.scalar(select(Profile)) is None
    assert 'id="experiences-1-title-error"' in html and "Noget vigtigt" in html


def test_a_failed_save_says_so_once_in_the_error_summary(client, login, make_user, csrf):
    login(make_user())
    html = client.post(EDIT, data=profile_form(csrf(), name="", max_commute_km="900")).get_data(as_text=True)
    assert html.count("Profilen er ikke gemt") == 1
    assert html.count('class="alert alert-error"') == 1  # the summary, and no flash beside it
    summary = re.search(r'<div class="alert alert-error".*?</ul>', html, re.S).group(0)
    assert "Profilen er ikke gemt. Ret disse fejl:" in summary
    assert 'href="#name"' in summary and 'href="#max_commute_km"' in summary


def test_the_first_save_asks_who_may_find_the_leader_with_discreet_preselected(client, login, make_user):
    login(make_user())
    html = client.get(EDIT).get_data(as_text=True)
    assert "Hvem må finde dig?" in html
    assert checked_radio(html, "visibility") == "discreet"
    for value, help_text in (("visible", VISIBLE_HELP), ("discreet", DISCREET_HELP), ("hidden", HIDDEN_HELP)):
        hint = re.search(rf'<span class="form-hint" id="visibility-\d-hint">({re.escape(help_text)}[^<]*)</span>', html)
        assert hint, value
        assert hint.group(1).count(".") == 1 and hint.group(1).endswith(".")  # one sentence each
        assert re.search(rf'value="{value}"', html)
    assert 'aria-describedby="visibility-1-hint"' in html


def test_editing_an_existing_profile_does_not_ask_again(client, login, make_user, make_profile, csrf, db):
    user = login(make_user())
    mine = make_profile(user=user, visibility=Visibility.HIDDEN)
    assert 'name="visibility"' not in client.get(EDIT).get_data(as_text=True)
    client.post(EDIT, data=profile_form(csrf(), visibility="visible"))  # not on the form: ignored
    db.expire_all()
    assert db.get(Profile, mine.id).visibility == Visibility.HIDDEN


def test_the_chosen_visibility_is_saved_and_told(client, login, make_user, make_organisation, csrf, db):
    make_organisation("Vejle Kommune", sector="kommune", municipality_code=630)
    user = login(make_user())
    response = client.post(EDIT, data=profile_form(csrf(), visibility="hidden"), follow_redirects=True)
    assert db.scalar(select(Profile.visibility).where(Profile.user_id == user.id)) == Visibility.HIDDEN
    assert "Din profil er oprettet. Synlighed: Skjult." in response.get_data(as_text=True)


def test_an_unknown_visibility_is_refused(client, login, make_user, make_organisation, csrf, db):
    make_organisation("Vejle Kommune", sector="kommune", municipality_code=630)
    login(make_user())
    html = client.post(EDIT, data=profile_form(csrf(), visibility="alle")).get_data(as_text=True)
    assert db.scalar(select(Profile)) is None and "Hvem må finde dig?" in html and 'id="visibility-error"' in html


def test_a_new_discreet_leader_is_not_ranked_for_their_own_family_from_the_first_save(
    app, client, login, make_user, make_organisation, make_profile, make_vacancy, rebuild_index, csrf, db
):
    ministry = make_organisation("Skatteministeriet", sector="stat")
    own = make_organisation("Gældsstyrelsen", sector="stat", parent=ministry)
    sister = make_organisation("Motorstyrelsen", sector="stat", parent=ministry)
    other = make_organisation("Vejle Kommune", sector="kommune", municipality_code=630)
    competences = ["budgetlægning", "økonomistyring", "forandringsledelse"]
    make_profile(sector="stat", competences=competences)  # the index exists before the new leader saves
    rebuild_index()
    sister_vacancy = make_vacancy(organisation=sister, competences=competences, level=3)
    other_vacancy = make_vacancy(organisation=other, competences=competences, level=3)

    def ranked(vacancy) -> set[int]:
        found = ranking.rank_candidates(db, ranking.directory_for(app.instance_path), vacancy, limit=100)
        db.commit()
        return {item.profile.id for item in found}

    for email, choice in (("diskret@example.dk", None), ("synlig@example.dk", "visible")):
        login(make_user(Role.LEADER, email=email))
        data = profile_form(
            csrf(),
            email=email,
            sector="stat",
            organisation_name="Gældsstyrelsen",
            competences="\n".join(competences),
            **{"experiences-0-sector": "stat", "experiences-0-organisation": "Gældsstyrelsen"},
        )
        if choice:
            data["visibility"] = choice
        else:
            del data["visibility"]  # a browser always sends the preselected choice; left out, the same default
        assert client.post(EDIT, data=data).status_code == 302
    discreet = db.scalar(select(Profile).where(Profile.email == "diskret@example.dk"))
    visible = db.scalar(select(Profile).where(Profile.email == "synlig@example.dk"))
    assert discreet.visibility == Visibility.DISCREET and discreet.organisation == db.get(Organisation, own.id)
    assert visible.visibility == Visibility.VISIBLE

    assert visible.id in ranked(sister_vacancy) and discreet.id not in ranked(sister_vacancy)
    assert {visible.id, discreet.id} <= ranked(other_vacancy)
