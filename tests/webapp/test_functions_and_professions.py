"""Pages name a vacancy's function and the profession it requires; candidates without it stay out of the
ranking unless the employer asks to see them, and then the card says what they lack."""

import re

import pytest

from models import Role

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py


def order(html: str) -> list[int]:
    return [int(found) for found in re.findall(r'id="kandidat-(\d+)"', html)]


@pytest.fixture
def employer(make_user, make_organisation, login):
    """A logged-in, approved employer at a hospital."""
    hospital = make_organisation("Aarhus Universitetshospital", sector="region")
    return login(make_user(Role.EMPLOYER, organisation=hospital))


@pytest.fixture
def doctor_post(employer, make_vacancy):
    return make_vacancy(
        organisation=employer.organisation,
        title="Cheflæge til Børne- og Ungeafdelingen",
        competences=["klinisk ledelse", "personaleledelse", "budgetopfølgning"],
        description="Du er speciallæge i pædiatri og har ledelseserfaring.",
    )


@pytest.fixture
def leaders(make_profile):
    doctor = make_profile(
        sector="region",
        title="Overlæge",
        education="Cand.med., speciallæge i pædiatri",
        competences=["klinisk ledelse", "personaleledelse"],
    )
    secretary = make_profile(
        sector="stat",
        title="Sekretariatschef",
        education="Cand.scient.pol.",
        competences=["ministerbetjening", "personaleledelse", "budgetopfølgning"],
    )
    return doctor, secretary


def test_the_public_vacancy_page_names_the_function_and_the_required_profession(client, doctor_post):
    html = client.get(f"/stillinger/{doctor_post.id}").get_data(as_text=True)
    assert "Funktion" in html and "Sundhed og hospital" in html
    assert "Kræver uddannelse som" in html and "Læge" in html


def test_a_vacancy_without_a_required_profession_says_none(client, make_vacancy):
    vacancy = make_vacancy(title="Økonomichef", description="Du har erfaring med økonomistyring.")
    html = client.get(f"/stillinger/{vacancy.id}").get_data(as_text=True)
    assert "Økonomi og styring" in html and "Kræver uddannelse som" not in html


def test_the_employers_vacancy_page_names_the_function(client, doctor_post):
    html = client.get(f"/arbejdsgiver/stillinger/{doctor_post.id}").get_data(as_text=True)
    assert "Sundhed og hospital" in html and "Læge" in html


def test_candidates_without_the_required_profession_are_left_out_unless_asked_for(client, doctor_post, leaders):
    doctor, secretary = leaders
    base = f"/arbejdsgiver/stillinger/{doctor_post.id}/kandidater"
    assert order(client.get(base).get_data(as_text=True)) == [doctor.id]
    html = client.get(base + "?uden_krav=y").get_data(as_text=True)
    assert set(order(html)) == {doctor.id, secretary.id}
    assert "Mangler den krævede uddannelse:" in html and "Stillingens funktion:" in html


def test_the_api_lists_functions_and_the_missing_profession(client, employer, doctor_post, leaders, api_headers):
    doctor, secretary = leaders
    headers = api_headers(employer)
    url = f"/api/v1/employer/vacancies/{doctor_post.id}/candidates"
    body = client.get(url, headers=headers).get_json()
    assert [item["profile_id"] for item in body["items"]] == [doctor.id]
    body = client.get(url + "?include_unqualified=true", headers=headers).get_json()
    by_id = {item["profile_id"]: item["explanation"] for item in body["items"]}
    assert by_id[secretary.id]["missing_professions"] == ["doctor"] and by_id[doctor.id]["missing_professions"] == []
    assert by_id[doctor.id]["vacancy_functions"][0] == "health"


def test_the_leaders_profile_page_shows_how_sektorbro_reads_their_function(client, login, make_user, make_profile):
    user = login(make_user(Role.LEADER))
    make_profile(user=user, title="Økonomichef", education="Cand.polit.", competences=["økonomistyring"])
    html = client.get("/leder/profil").get_data(as_text=True)
    assert "Økonomi og styring" in html and "Uddannet som" in html


def test_every_function_and_profession_has_a_label():
    from matcher.taxonomy_data import load_functions, load_professions
    from webapp.labels import FUNCTION_LABELS, PROFESSION_LABELS

    assert set(FUNCTION_LABELS) == {f.id for f in load_functions()}
    assert set(PROFESSION_LABELS) == {p.id for p in load_professions()}
    assert all(str(FUNCTION_LABELS[f.id]) == f.name_da for f in load_functions())
