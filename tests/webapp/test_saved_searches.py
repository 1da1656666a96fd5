"""Leaders save searches of the vacancy list, switch their e-mails and unsubscribe from the mail link."""

from sqlalchemy import select

from models import Role, SavedSearch
from tests.services.test_alerts import wanted_search
from webapp.services import alerts
from webapp.services.vacancies import VacancyFilters


def search_form(token: str, **overrides) -> dict:
    return {"csrf_token": token, "name": "Økonomi i staten", "q": "økonomi", "sektor": "stat", "region": "1084"} | (
        overrides
    )


def test_only_leaders_reach_saved_searches(client, login, make_user, make_organisation):
    assert client.get("/leder/soegninger").status_code == 302
    login(make_user(Role.EMPLOYER, organisation=make_organisation()))
    assert client.get("/leder/soegninger").status_code == 403
    assert client.post("/leder/soegninger/1/slet").status_code == 403


def test_the_form_is_filled_in_from_the_vacancy_list_arguments(client, login, make_user):
    login(make_user())
    html = client.get("/leder/soegninger?q=økonomi&sektor=stat&region=1084&niveau=2&side=3").get_data(as_text=True)
    assert 'value="»økonomi« · Stat · Region Hovedstaden · Chef"' in html
    assert 'value="økonomi"' in html
    assert '<option selected value="stat">' in html and '<option selected value="1084">' in html


def test_leader_saves_lists_switches_and_deletes_a_search(client, login, make_user, csrf, db):
    user = login(make_user())
    response = client.post("/leder/soegninger", data=search_form(csrf("/leder/soegninger")))
    assert response.status_code == 302
    search = db.scalar(select(SavedSearch))
    assert search.user_id == user.id and search.alerts is True
    assert search.filters == {"text": "økonomi", "sector": "stat", "region": 1084, "level": None}
    html = client.get("/leder/soegninger").get_data(as_text=True)
    assert "Økonomi i staten" in html and "Du får en e-mail, når der kommer nye stillinger." in html
    assert "/stillinger?q=%C3%B8konomi&amp;sektor=stat&amp;region=1084" in html

    token = csrf("/leder/soegninger")
    client.post(f"/leder/soegninger/{search.id}/advarsler", data={"csrf_token": token, "alerts": "off"})
    db.expire_all()
    assert db.get(SavedSearch, search.id).alerts is False
    client.post(f"/leder/soegninger/{search.id}/advarsler", data={"csrf_token": token, "alerts": "on"})
    db.expire_all()
    assert db.get(SavedSearch, search.id).alerts is True
    client.post(f"/leder/soegninger/{search.id}/slet", data={"csrf_token": token})
    assert db.scalar(select(SavedSearch)) is None


def test_bad_input_is_explained_and_nothing_is_saved(client, login, make_user, csrf, db):
    user = login(make_user())
    token = csrf("/leder/soegninger")
    html = client.post("/leder/soegninger", data=search_form(token, name="", sektor="marsbase", niveau="9")).get_data(
        as_text=True
    )
    assert "Søgningen er ikke gemt" in html and "Feltet skal udfyldes." in html and "Vælg en af mulighederne." in html
    assert 'value="økonomi"' in html  # input is kept
    alerts.create(db, user, wanted_search("Økonomi i staten"))
    db.commit()
    html = client.post("/leder/soegninger", data=search_form(token)).get_data(as_text=True)
    assert "Du har allerede en søgning med det navn." in html
    assert client.post("/leder/soegninger", data=search_form("forkert")).status_code == 200
    assert len(db.scalars(select(SavedSearch)).all()) == 1


def test_nobody_changes_another_leaders_search(client, login, make_user, csrf, db):
    search = alerts.create(db, make_user(), wanted_search("Ikke din"))
    db.commit()
    login(make_user())
    token = csrf("/leder/soegninger")
    assert client.post(f"/leder/soegninger/{search.id}/slet", data={"csrf_token": token}).status_code == 404
    assert client.post(f"/leder/soegninger/{search.id}/advarsler", data={"csrf_token": token}).status_code == 404
    client.post(f"/leder/soegninger/{search.id}/slet", data={})  # no CSRF token: refused, nothing happens
    assert db.scalar(select(SavedSearch)) is not None
    assert "Ikke din" not in client.get("/leder/soegninger").get_data(as_text=True)


def test_unsubscribe_link_works_without_logging_in(client, make_user, csrf, db):
    search = alerts.create(db, make_user(), wanted_search("Regionale chefstillinger", VacancyFilters(sector="region")))
    db.commit()
    url = f"/afmeld/{search.unsubscribe_token}"
    page = client.get(url)
    assert page.status_code == 200 and "Regionale chefstillinger" in page.get_data(as_text=True)
    db.expire_all()
    assert db.get(SavedSearch, search.id).alerts is True  # opening the link (or a mail scanner) changes nothing
    done = client.post(url, data={"csrf_token": csrf(url)}, follow_redirects=True)
    assert "Du er afmeldt" in done.get_data(as_text=True)
    db.expire_all()
    assert db.get(SavedSearch, search.id).alerts is False


def test_unknown_unsubscribe_link_is_a_clear_404(client):
    response = client.get("/afmeld/findes-ikke")
    assert response.status_code == 404
    assert "Linket til afmelding virker ikke" in response.get_data(as_text=True)
