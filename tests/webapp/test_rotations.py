"""Rotation, secondment and job-shadowing offers on the pages and in the API: the employer's form (errors at the
field, input kept), "Vores stillinger", the public list's "Type" filter with pagination, the feed, the vacancy
page, saved searches, the leader's recommendations, and the API's bodies, filter and document."""

import re
from datetime import date, timedelta
from xml.etree import ElementTree as ET

import pytest
from sqlalchemy import select

from models import Role, SavedSearch, Vacancy, VacancyKind, VacancyStatus, Visibility, utcnow

ATOM = "{http://www.w3.org/2005/Atom}"
THIS_MONTH = utcnow().date().replace(day=1)
NEXT_MONTH = (THIS_MONTH + timedelta(days=32)).replace(day=1)


def offer_form(token: str, **overrides) -> dict:
    return {
        "csrf_token": token,
        "kind": "rotation",
        "duration_months": "3",
        "start_month": NEXT_MONTH.strftime("%Y-%m"),
        "title": "Rotationsforløb: kontorchef i økonomi",
        "municipality_code": "101",
        "level": "2",
        "competences": "bevillingsstyring\npersonaleledelse",
        "nice_to_have": "",
        "description": "Tre måneder hos os, så vender du hjem.",
        "deadline": (date.today() + timedelta(days=20)).isoformat(),
    } | overrides


@pytest.fixture
def employer(login, make_user, make_organisation):
    return login(make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen", sector="stat")))


def test_an_employer_posts_a_three_month_rotation_and_sees_its_kind(client, employer, csrf, db):
    response = client.post("/arbejdsgiver/stillinger/ny", data=offer_form(csrf(), home_employer_pays="y"))
    assert response.status_code == 302
    offer = db.scalar(select(Vacancy))
    assert offer.kind == VacancyKind.ROTATION and offer.duration_months == 3 and offer.start_month == NEXT_MONTH
    assert offer.home_employer_pays is True
    page = client.get(response.location).get_data(as_text=True)
    assert "Rotationsforløb" in page and "3 måneder" in page and "Betales fortsat af lederens egen arbejdsplads" in page
    assert "et niveau under passer også godt" in page  # how candidates for an offer are ranked
    listing = client.get("/arbejdsgiver/stillinger").get_data(as_text=True)
    assert '<th scope="col">Type</th>' in listing and "Rotationsforløb, 3 måneder" in listing
    form = client.get(f"/arbejdsgiver/stillinger/{offer.id}/rediger").get_data(as_text=True)
    assert re.search(r'<input[^>]* checked [^>]*value="rotation"', form)  # the kind is kept for editing


def test_an_offer_without_a_duration_is_refused_at_the_field_and_the_input_is_kept(client, employer, csrf, db):
    html = client.post(
        "/arbejdsgiver/stillinger/ny", data=offer_form(csrf(), duration_months="", start_month="1999-99")
    ).get_data(as_text=True)
    assert "Vælg, hvor mange måneder forløbet varer (1–6)." in html and "Vælg en måned fra listen." in html
    assert 'href="#duration_months"' in html  # the error summary leads to the field
    assert "Tre måneder hos os, så vender du hjem." in html and "Rotationsforløb: kontorchef i økonomi" in html
    assert db.scalar(select(Vacancy)) is None


def test_a_start_month_gone_by_cannot_be_chosen(client, employer, csrf, db):
    last_month = (THIS_MONTH - timedelta(days=1)).replace(day=1).strftime("%Y-%m")
    html = client.post("/arbejdsgiver/stillinger/ny", data=offer_form(csrf(), start_month=last_month)).get_data(
        as_text=True
    )
    assert "Startmåneden kan ikke ligge før denne måned." in html
    assert db.scalar(select(Vacancy)) is None


def test_a_start_month_beyond_the_list_cannot_be_sent_either(client, employer, csrf, db):
    html = client.post("/arbejdsgiver/stillinger/ny", data=offer_form(csrf(), start_month="2099-01")).get_data(
        as_text=True
    )
    assert "Startmåneden kan højst ligge 17 måneder fremme." in html
    assert db.scalar(select(Vacancy)) is None


def test_a_post_drops_offer_terms_left_on_the_page(client, employer, csrf, db):
    client.post("/arbejdsgiver/stillinger/ny", data=offer_form(csrf(), kind="post", home_employer_pays="y"))
    post = db.scalar(select(Vacancy))
    assert post.kind == VacancyKind.POST and post.duration_months is None and post.start_month is None
    assert post.home_employer_pays is False


def test_an_unknown_kind_is_refused(client, employer, csrf, db):
    html = client.post("/arbejdsgiver/stillinger/ny", data=offer_form(csrf(), kind="praktik")).get_data(as_text=True)
    assert "Vælg, hvad I slår op." in html and db.scalar(select(Vacancy)) is None


@pytest.fixture
def market(make_vacancy, make_organisation):
    """Posts and offers in two sectors."""
    region = make_organisation("Region Hovedstaden", sector="region")
    kommune = make_organisation("Odense Kommune", sector="kommune")
    make_vacancy(organisation=region, title="Hospitalsdirektør")
    make_vacancy(organisation=region, title="Udstationering i planafdelingen", kind="secondment", duration_months=6)
    make_vacancy(
        organisation=kommune,
        title="Følordning hos direktøren",
        kind="shadowing",
        duration_months=1,
        start_month=NEXT_MONTH,
    )
    make_vacancy(organisation=kommune, title="Kladdeforløb", kind="rotation", duration_months=2, status="draft")


def test_the_public_list_filters_by_type_and_keeps_the_other_filters(client, market):
    offers = client.get("/stillinger?type=forloeb").get_data(as_text=True)
    assert "Udstationering i planafdelingen" in offers and "Følordning hos direktøren" in offers
    assert "Hospitalsdirektør" not in offers and "Kladdeforløb" not in offers
    assert "2 ledige forløb" in offers and "6 måneder" in offers and "Følordning (jobskygning), 1 måned" in offers
    assert 'href="/stillinger/feed.atom?type=forloeb"' in offers
    posts = client.get("/stillinger?type=stilling").get_data(as_text=True)
    assert "Hospitalsdirektør" in posts and "Udstationering i planafdelingen" not in posts
    both = client.get("/stillinger?type=forloeb&sektor=kommune").get_data(as_text=True)
    assert "Følordning hos direktøren" in both and "Udstationering i planafdelingen" not in both
    assert "Hospitalsdirektør" in client.get("/stillinger?type=andet").get_data(as_text=True)  # unknown: all


def test_the_landing_page_points_to_the_offers_when_there_are_some(client, make_vacancy):
    make_vacancy(title="Kontorchef")
    assert "type=forloeb" not in client.get("/").get_data(as_text=True)
    make_vacancy(title="Rotation", kind="rotation", duration_months=2)
    html = client.get("/").get_data(as_text=True)
    assert 'href="/stillinger?type=forloeb">Se 1 rotationsforløb, udstationering eller følordning</a>' in html


def test_pages_of_offers_keep_the_filter(client, app, make_vacancy):
    app.config["PAGE_SIZE"] = 2
    for n in range(3):
        make_vacancy(title=f"Rotation {n}", kind="rotation", duration_months=2)
    make_vacancy(title="Almindelig stilling")
    first = client.get("/stillinger?type=forloeb").get_data(as_text=True)
    assert "type=forloeb" in first.split('aria-label="Sider med stillinger"', 1)[1]
    second = client.get("/stillinger?type=forloeb&side=2").get_data(as_text=True)
    assert "Almindelig stilling" not in first + second and "side 2 af 2" in second


def test_the_feed_of_offers_lists_only_offers_with_kind_and_length(client, market):
    response = client.get("/stillinger/feed.atom?type=forloeb")
    root = ET.fromstring(response.data)
    assert "rotationsforløb" in root.findtext(f"{ATOM}title")
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == "http://localhost/stillinger/feed.atom?type=forloeb"
    entries = {e.findtext(f"{ATOM}title"): e for e in root.iter(f"{ATOM}entry")}
    assert set(entries) == {"Udstationering i planafdelingen", "Følordning hos direktøren"}
    summary = entries["Følordning hos direktøren"].findtext(f"{ATOM}summary")
    assert summary.startswith(f"Følordning (jobskygning), 1 måned · Start {NEXT_MONTH:%Y-%m} · Odense Kommune")
    kinds = [c.get("term") for c in entries["Udstationering i planafdelingen"].iter(f"{ATOM}category")]
    assert kinds == ["region", "secondment"]
    posts = ET.fromstring(client.get("/stillinger/feed.atom?type=stilling").data)
    assert [e.findtext(f"{ATOM}title") for e in posts.iter(f"{ATOM}entry")] == ["Hospitalsdirektør"]


def test_the_vacancy_page_says_what_the_offer_is(client, make_vacancy):
    offer = make_vacancy(title="Udstationering", kind="secondment", duration_months=5, home_employer_pays=True)
    html = client.get(f"/stillinger/{offer.id}").get_data(as_text=True)
    assert "Udstationering, 5 måneder" in html and "Efter aftale" in html
    assert "Betales fortsat af lederens egen arbejdsplads" in html and "vender du tilbage" in html
    assert '"employmentType": "TEMPORARY"' in html
    post = make_vacancy(title="Kontorchef")
    page = client.get(f"/stillinger/{post.id}").get_data(as_text=True)
    assert "<td>Stilling</td>" in page and "Varighed" not in page and '"employmentType": "FULL_TIME"' in page


def test_a_leader_saves_a_search_for_offers(client, login, make_user, csrf, db):
    login(make_user(Role.LEADER))
    form = client.get("/leder/soegninger?type=forloeb").get_data(as_text=True)
    assert 'value="Rotation, udstationering og følordning"' in form  # the suggested name
    client.post(
        "/leder/soegninger",
        data={"csrf_token": csrf("/leder/soegninger"), "name": "Forløb", "type": "forloeb", "q": ""},
    )
    search = db.scalar(select(SavedSearch))
    assert search.filters["kind"] == "offer"
    page = client.get("/leder/soegninger").get_data(as_text=True)
    assert "Rotation, udstationering og følordning" in page and "/stillinger?type=forloeb" in page
    html = client.post(
        "/leder/soegninger", data={"csrf_token": csrf("/leder/soegninger"), "name": "Forkert", "type": "alt"}
    ).get_data(as_text=True)
    assert "Vælg en af mulighederne." in html


def test_the_list_links_a_leaders_saved_search_with_the_type(client, login, make_user, market):
    login(make_user(Role.LEADER))
    assert "type=forloeb#ny-soegning" in client.get("/stillinger?type=forloeb").get_data(as_text=True)


def recommended(response) -> str:
    """The dashboard's recommendations (not "Hvor passer du også" below them)."""
    return response.get_data(as_text=True).split("Anbefalede stillinger", 1)[1].split("Hvor passer du også", 1)[0]


@pytest.mark.usefixtures("build_index_on_first_use")
def test_a_leader_sees_offers_labelled_among_recommendations_and_can_keep_only_them(
    client, login, make_user, make_profile, make_vacancy, make_organisation
):
    user = login(make_user())
    make_profile(user=user, sector="kommune", visibility=Visibility.VISIBLE, competences=["budgetlægning"])
    agency = make_organisation("Finansstyrelsen", sector="stat")
    make_vacancy(organisation=agency, title="Kontorchef til økonomi", competences=["budgetlægning"])
    make_vacancy(
        organisation=agency,
        title="Rotation i budgetkontoret",
        competences=["budgetlægning"],
        kind="rotation",
        duration_months=3,
    )
    every = recommended(client.get("/leder/"))
    assert "Kontorchef til økonomi" in every and "Rotation i budgetkontoret" in every
    row = every.split("Rotation i budgetkontoret", 1)[1].split("</h3>", 1)[0]
    assert '<span class="badge badge-info">Rotationsforløb, 3 måneder</span>' in every.split("sb-rank-line", 3)[0] + row
    offers = recommended(client.get("/leder/?type=forloeb"))
    assert "Rotation i budgetkontoret" in offers and "Kontorchef til økonomi" not in offers
    assert '<option value="forloeb" selected>' in offers
    posts = recommended(client.get("/leder/?type=stilling"))
    assert "Rotation i budgetkontoret" not in posts and "Kontorchef til økonomi" in posts


# ---- API ----------------------------------------------------------------------------------------------------

NEW_OFFER = {
    "title": "Rotationsforløb i økonomi",
    "municipality_code": 101,
    "level": 2,
    "competences": ["budgetlægning"],
    "description": "Tre måneder hos os.",
    "kind": "rotation",
    "duration_months": 3,
    "start_month": NEXT_MONTH.strftime("%Y-%m"),
}


@pytest.fixture
def api_employer(make_user, make_organisation, api_headers):
    user = make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen", sector="stat"))
    return user, api_headers(user)


def test_the_api_creates_an_offer_and_shows_its_terms(client, api_employer, db):
    _user, headers = api_employer
    response = client.post("/api/v1/employer/vacancies", json=NEW_OFFER | {"duration_months": 3.0}, headers=headers)
    assert response.status_code == 201, response.json
    body = response.json
    assert body["kind"] == "rotation" and body["duration_months"] == 3
    assert body["start_month"] == NEXT_MONTH.strftime("%Y-%m") and body["home_employer_pays"] is False
    post = client.post(
        "/api/v1/employer/vacancies",
        json={k: v for k, v in NEW_OFFER.items() if k not in {"kind", "duration_months", "start_month"}},
        headers=headers,
    )
    assert post.status_code == 201 and post.json["kind"] == "post" and post.json["duration_months"] is None


@pytest.mark.parametrize(
    ("body", "pointer"),
    [
        ({"duration_months": None}, "/duration_months"),
        ({"duration_months": 7}, "/duration_months"),
        ({"kind": "post"}, "/duration_months"),
        ({"kind": "post", "duration_months": None, "home_employer_pays": True}, "/home_employer_pays"),
        ({"start_month": "2027-3"}, "/start_month"),
        ({"kind": "praktik"}, "/kind"),
    ],
)
def test_the_api_refuses_broken_offer_terms_at_their_field(client, api_employer, db, body, pointer):
    _user, headers = api_employer
    response = client.post("/api/v1/employer/vacancies", json=NEW_OFFER | body, headers=headers)
    assert response.status_code == 422
    assert pointer in [error["pointer"] for error in response.json["errors"]]
    assert db.scalar(select(Vacancy)) is None


def test_a_start_month_gone_by_is_a_409_naming_the_field(client, api_employer):
    _user, headers = api_employer
    response = client.post("/api/v1/employer/vacancies", json=NEW_OFFER | {"start_month": "2001-01"}, headers=headers)
    assert response.status_code == 409 and response.json["errors"][0]["pointer"] == "/start_month"


def test_patching_a_post_into_an_offer_needs_the_duration_in_the_same_request(client, api_employer, make_vacancy):
    user, headers = api_employer
    post = make_vacancy(organisation=user.organisation, status=VacancyStatus.DRAFT)
    url = f"/api/v1/employer/vacancies/{post.id}"
    refused = client.patch(url, json={"kind": "shadowing"}, headers=headers)
    assert refused.status_code == 409 and refused.json["errors"][0]["pointer"] == "/duration_months"
    changed = client.patch(url, json={"kind": "shadowing", "duration_months": 2}, headers=headers)
    assert changed.status_code == 200 and changed.json["kind"] == "shadowing"
    assert client.patch(url, json={"duration_months": 5}, headers=headers).json["duration_months"] == 5
    back = client.patch(url, json={"kind": "post"}, headers=headers)
    assert back.status_code == 409 and back.json["errors"][0]["pointer"] == "/duration_months"
    assert client.patch(url, json={"kind": "post", "duration_months": None}, headers=headers).json["kind"] == "post"


def test_the_api_lists_offers_or_posts(client, market):
    offers = client.get("/api/v1/vacancies?kind=offer").json
    assert {item["title"] for item in offers["items"]} == {
        "Udstationering i planafdelingen",
        "Følordning hos direktøren",
    }
    assert all(item["duration_months"] for item in offers["items"])
    posts = client.get("/api/v1/vacancies?kind=post").json
    assert [item["title"] for item in posts["items"]] == ["Hospitalsdirektør"]
    assert client.get("/api/v1/vacancies?kind=rotation").status_code == 422


def test_the_document_states_the_offer_rule_for_new_vacancies_but_not_for_patches(client):
    schemas = client.get("/api/v1/openapi.json").json["components"]["schemas"]
    rule = schemas["VacancyIn"]["anyOf"]
    assert rule[0]["properties"]["kind"] == {"const": "post"}
    assert rule[1]["required"] == ["kind", "duration_months"]
    assert "anyOf" not in schemas["VacancyPatch"] and "kind" in schemas["VacancyPatch"]["properties"]
    assert schemas["VacancyOut"]["properties"]["kind"]["enum"] == ["post", "rotation", "secondment", "shadowing"]
