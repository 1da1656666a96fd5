"""The leader's "Hvor passer du også": other sectors' vacancies whose top 10 the leader reaches, on the dashboard."""

import pytest

from matcher.encoder import DocumentEncoder
from models import Visibility
from webapp.services import index_store, ranking, where_else


@pytest.fixture(autouse=True)
def _forget():
    where_else.forget()
    yield
    where_else.forget()


@pytest.fixture
def market(make_organisation, make_vacancy, make_profile):
    """A kommune leader with political servicing; a state and a region vacancy asking for it in their words,
    and one in the leader's own sector."""
    ministry = make_organisation("Finansministeriet", sector="stat")
    region = make_organisation("Region Midtjylland", sector="region", municipality_code=751)
    kommune = make_organisation("Aarhus Kommune", sector="kommune", municipality_code=751)
    stat = make_vacancy(
        organisation=ministry,
        title="Kontorchef til økonomi",
        competences=["ministerbetjening", "budgetlægning", "personaleledelse"],
        nice_to_have=["forandringsledelse"],
    )
    make_vacancy(organisation=region, title="Økonomichef", competences=["budgetlægning", "økonomistyring"])
    own = make_vacancy(organisation=kommune, title="Kommunal økonomichef", municipality_code=751)
    for _ in range(3):
        make_profile(sector="stat", competences=["personaleledelse"])
    return {"stat": stat, "own": own}


def test_the_dashboard_shows_where_else_the_leader_fits_in_both_sectors_words(
    client, login, make_user, make_profile, market, rebuild_index
):
    user = login(make_user())
    make_profile(user=user, competences=["budgetlægning", "personaleledelse"])
    rebuild_index()
    html = client.get("/leder/").get_data(as_text=True)
    assert "Hvor passer du også" in html
    section = html.split('id="hvor-passer-du-ogsaa"')[1]
    assert "Økonomi og styring i staten" in section
    assert "Du ville være blandt de 10 bedste" in section
    assert "Kommunal økonomichef" not in section  # the leader's own sector is never "elsewhere"
    # The political servicing the state vacancy asks for, in the kommune's word and the state's.
    assert "I en kommune hedder det typisk »udvalgsbetjening«, i staten »ministerbetjening«." in section
    assert "Vægt" not in section  # plain sentences, no weights table


def test_a_hidden_leader_is_told_why_nothing_is_shown(client, login, make_user, make_profile, market, rebuild_index):
    user = login(make_user())
    make_profile(user=user, visibility=Visibility.HIDDEN)
    rebuild_index()
    section = client.get("/leder/").get_data(as_text=True).split('id="hvor-passer-du-ogsaa"')[1]
    assert "Din profil er skjult, så du er ikke med i nogen rangering" in section
    assert "Skift synlighed" in section and "Økonomi og styring i staten" not in section


def test_a_leader_without_a_profile_is_asked_for_one(client, login, make_user, market):
    login(make_user())
    html = client.get("/leder/").get_data(as_text=True)
    assert "Udfyld din profil" in html and "Hvor passer du også" not in html


def test_without_an_index_the_section_says_so_and_nothing_is_fitted(
    client, login, make_user, make_profile, market, monkeypatch
):
    monkeypatch.setattr(DocumentEncoder, "fit_transform", lambda *a, **k: pytest.fail("fitted"))
    user = login(make_user())
    make_profile(user=user)
    html = client.get("/leder/").get_data(as_text=True)
    section = html.split('id="hvor-passer-du-ogsaa"')[1]
    assert "Rangeringen er ikke klar endnu" in section


def test_the_service_never_fits_and_keeps_the_bars_for_every_leader(
    app, db, make_profile, market, rebuild_index, monkeypatch
):
    first = make_profile(competences=["budgetlægning", "personaleledelse"])
    second = make_profile(competences=["ministerbetjening"], sector="region")
    rebuild_index()
    monkeypatch.setattr(DocumentEncoder, "fit_transform", lambda *a, **k: pytest.fail("fitted"))
    directory = ranking.directory_for(app.instance_path)
    calls = []
    original = where_else.counterfactual.bars
    monkeypatch.setattr(where_else.counterfactual, "bars", lambda *a, **k: calls.append(1) or original(*a, **k))
    kinds = where_else.where_else(db, directory, first)
    assert kinds and all(item.sector != "kommune" for item in kinds)
    assert {v.id for item in kinds for v in item.top + item.others} <= {
        v.id for v in index_store.published(db) if v.organisation.sector != "kommune"
    }
    where_else.where_else(db, directory, second)
    assert all(item.sector != "region" for item in where_else.where_else(db, directory, second))
    assert len(calls) == 1  # one set of bars for every leader of this index state
