"""The pages that need the leader's own profile (webapp/own_profile.py) answer a leader without one with that
page's own answer, and nothing else runs; with a profile the view gets it."""

import pytest

from models import Role

EDIT = "/leder/profil/rediger"


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("/mentorer/", "Udfyld din profil, så kan vi finde mentorer, der passer til dig."),
        ("/mentorer/tilbyd", "Udfyld din profil først."),
    ],
)
def test_a_mentoring_page_without_a_profile_says_to_make_one(client, login, make_user, url, says):
    login(make_user(Role.LEADER))
    response = client.get(url)
    assert response.status_code == 200 and says in response.get_data(as_text=True)


def test_asking_a_mentor_without_a_profile_goes_to_the_mentors(client, login, make_user):
    login(make_user(Role.LEADER))
    response = client.get("/mentorer/1")
    assert response.status_code == 302 and response.location.endswith("/mentorer/")


@pytest.mark.parametrize(
    ("url", "flashed"),
    [
        ("/leder/profil/nyt-job", ("error", "Udfyld din profil, før du registrerer et nyt job.")),
        ("/leder/profil/synlighed", ("info", "Udfyld din profil, før du vælger, hvem der må se den.")),
    ],
)
def test_a_profile_page_without_a_profile_sends_to_make_one_and_says_why(client, login, make_user, url, flashed):
    login(make_user(Role.LEADER))
    response = client.get(url)
    assert response.status_code == 302 and response.location.endswith(EDIT)
    with client.session_transaction() as session:
        assert flashed in session.get("_flashes", [])


@pytest.mark.parametrize("url", ["/leder/profil/nyt-job", "/leder/profil/synlighed", "/mentorer/tilbyd"])
def test_with_a_profile_the_page_opens_on_it(client, login, make_user, make_profile, url):
    make_profile(user=login(make_user(Role.LEADER)))
    response = client.get(url)
    assert response.status_code == 200 and "Udfyld din profil" not in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("/leder/profil", "Du har ikke udfyldt din profil endnu. Arbejdsgivere kan først finde dig"),
        ("/leder/profil/saadan-ser-arbejdsgivere-dig", "Du har ikke udfyldt din profil endnu."),
        ("/leder/", "Udfyld din profil, så kan vi anbefale stillinger"),
        ("/leder/kontakt", "Udfyld din profil, så arbejdsgivere kan finde dig."),
        ("/mentorer/anmodninger", "Udfyld din profil først."),
    ],
)
def test_a_page_shown_without_a_profile_says_in_its_own_words_to_make_one(client, login, make_user, url, says):
    login(make_user(Role.LEADER))
    response = client.get(url)
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and says in html and EDIT in html
