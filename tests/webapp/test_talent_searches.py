"""Talent search pages: save, list, rename, pause, delete; bad input; the digest from `flask send-alerts`; the
anonymous candidate view and the unsubscribe link without log-in."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from models import Role, TalentDelivery, TalentSearch, Visibility, utcnow
from tests.services.test_talent_searches import wanted_talent
from webapp.services import talent_searches
from webapp.services.talent_searches import TalentFilters


@pytest.fixture
def employer(make_user, make_organisation):
    return make_user(Role.EMPLOYER, email="hr@styrelsen.example.dk", organisation=make_organisation(sector="stat"))


def test_an_employer_saves_lists_renames_pauses_and_deletes_a_search(client, login, csrf, db, employer):
    login(employer)
    page = client.get("/talentsoegning/").get_data(as_text=True)
    assert "Gem en ny talentsøgning" in page and "Økonomi og styring" in page and "Region Midtjylland" in page
    token = csrf("/talentsoegning/")
    response = client.post(
        "/talentsoegning/",
        data={
            "csrf_token": token,
            "name": "Økonomichefer",
            "function": "finance",
            "level": "2",
            "region": "1082",
            "other_sectors_only": "y",
            "frequency": "daily",
        },
    )
    assert response.status_code == 302
    search = db.scalar(select(TalentSearch))
    assert (search.function, search.level, search.region, search.other_sectors_only) == ("finance", 2, 1082, True)
    page = client.get("/talentsoegning/").get_data(as_text=True)
    assert "Økonomichefer" in page and "kun fra andre sektorer end jeres" in page and "Chef" in page
    client.post(
        f"/talentsoegning/{search.id}/rediger",
        data={f"s{search.id}-csrf_token": token, f"s{search.id}-name": "Økonomi", f"s{search.id}-frequency": "weekly"},
    )
    db.refresh(search)
    assert (search.name, search.frequency) == ("Økonomi", "weekly")
    client.post(f"/talentsoegning/{search.id}/pause", data={"csrf_token": token, "active": "off"})
    db.refresh(search)
    assert search.active is False
    assert "Sat på pause" in client.get("/talentsoegning/").get_data(as_text=True)
    client.post(f"/talentsoegning/{search.id}/slet", data={"csrf_token": token})
    db.expire_all()
    assert db.scalar(select(TalentSearch)) is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Feltet skal udfyldes"),
        ("function", "astrologi", "Vælg en af mulighederne"),
        ("level", "9", "Vælg en af mulighederne"),
        ("region", "101", "Vælg en af mulighederne"),
        ("frequency", "hourly", "Vælg en af mulighederne"),
    ],
)
def test_bad_input_is_told_at_the_field_and_kept(client, login, csrf, db, employer, field, value, message):
    login(employer)
    data = {
        "csrf_token": csrf("/talentsoegning/"),
        "name": "Min søgning",
        "function": "",
        "level": "",
        "region": "",
        "frequency": "daily",
    } | {field: value}
    response = client.post("/talentsoegning/", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and message in page and "Søgningen er ikke gemt" in page
    if field != "name":
        assert 'value="Min søgning"' in page
    assert db.scalar(select(TalentSearch)) is None


def test_a_rename_that_breaks_the_forms_rules_changes_nothing_and_says_why(client, login, csrf, db, employer):
    login(employer)
    search = talent_searches.create(db, employer, wanted_talent("Økonomi", TalentFilters(function="finance"), "weekly"))
    db.commit()
    token = csrf("/talentsoegning/")
    data = {f"s{search.id}-csrf_token": token, f"s{search.id}-name": "", f"s{search.id}-frequency": "daily"}
    response = client.post(f"/talentsoegning/{search.id}/rediger", data=data)
    assert response.status_code == 302 and response.location.endswith(f"#soegning-{search.id}")
    with client.session_transaction() as session:
        assert ("error", "Handlingen blev ikke udført: Feltet skal udfyldes.") in session.get("_flashes", [])
    db.refresh(search)
    assert (search.name, search.frequency) == ("Økonomi", "weekly")


def test_a_duplicate_name_and_a_missing_csrf_token_save_nothing(client, login, csrf, db, employer):
    login(employer)
    talent_searches.create(db, employer, wanted_talent("Økonomi"))
    db.commit()
    page = client.post(
        "/talentsoegning/", data={"csrf_token": csrf("/talentsoegning/"), "name": "økonomi", "frequency": "daily"}
    ).get_data(as_text=True)
    assert "allerede en talentsøgning med det navn" in page
    client.post("/talentsoegning/", data={"name": "Ny", "frequency": "daily"})
    assert len(db.scalars(select(TalentSearch)).all()) == 1


def test_unapproved_employers_and_leaders_are_refused(client, login, make_user, employer):
    login(make_user(Role.EMPLOYER, approved=False, organisation=employer.organisation))
    assert client.get("/talentsoegning/").status_code == 403
    login(make_user(Role.LEADER))
    assert client.get("/talentsoegning/").status_code == 403


def test_send_alerts_mails_the_digest_and_its_links_work(
    runner, client, login, csrf, db, employer, make_profile, outbox
):
    search = talent_searches.create(db, employer, wanted_talent("Økonomi", TalentFilters(function="finance")))
    search.created_at = utcnow() - timedelta(days=1)
    profile = make_profile(
        name="Mette Hemmelig",
        title="Økonomichef",
        competences=["budgetlægning", "regnskab"],
        visibility=Visibility.VISIBLE,
    )
    db.commit()
    result = runner.invoke(args=["send-alerts"])
    assert result.exit_code == 0, result.output
    assert "1 e-mails om talentsøgninger med i alt 1 nye kandidater" in result.output
    (mail,) = [m for m in outbox() if m["To"] == employer.email]
    body = mail.get_content()
    assert "Mette" not in body and "Hemmelig" not in body and profile.email not in body
    candidate_url, unsubscribe_url = (
        re.search(r"http://localhost(/talentsoegning/kandidat/\d+)", body).group(1),
        re.search(r"http://localhost(/afmeld/talent/\S+)", body).group(1),
    )
    assert runner.invoke(args=["send-alerts"]).output.count("0 e-mails om talentsøgninger") == 1  # never twice

    login(employer)
    page = client.get(candidate_url).get_data(as_text=True)
    assert "Chef i en kommune" in page and "Mette" not in page and "Økonomichef" not in page
    inbox = client.get("/beskeder/").get_data(as_text=True)
    assert "1 ny kandidat passer til din talentsøgning »Økonomi«" in inbox
    detail = client.get(f"/talentsoegning/{search.id}").get_data(as_text=True)
    assert candidate_url in detail
    profile.visibility = Visibility.HIDDEN
    db.commit()
    assert client.get(candidate_url).status_code == 404
    assert candidate_url not in client.get(f"/talentsoegning/{search.id}").get_data(as_text=True)

    anonymous = client.application.test_client()
    assert "Vil du stoppe e-mails" in anonymous.get(unsubscribe_url).get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', anonymous.get(unsubscribe_url).get_data(as_text=True))
    anonymous.post(unsubscribe_url, data={"csrf_token": token.group(1)})
    db.refresh(search)
    assert search.active is False
    assert anonymous.get("/afmeld/talent/falsk").status_code == 404


def test_another_employers_search_and_candidate_are_not_found(client, login, db, employer, make_user, make_profile):
    search = talent_searches.create(db, employer, wanted_talent("Økonomi"))
    profile = make_profile(visibility=Visibility.VISIBLE)
    db.add(TalentDelivery(user_id=employer.id, profile_id=profile.id, talent_search_id=search.id))
    db.commit()
    delivery = db.scalar(select(TalentDelivery))
    login(make_user(Role.EMPLOYER, organisation=employer.organisation))
    assert client.get(f"/talentsoegning/{search.id}").status_code == 404
    assert client.get(f"/talentsoegning/kandidat/{delivery.id}").status_code == 404
