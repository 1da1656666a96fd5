"""Rotation, secondment and job-shadowing offers in the services: their rules, the "Type" filter of the public
search and saved searches, the import and export, JSON-LD, the demo offers and the leader's recommendations."""

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from models import Role, SavedSearch, Vacancy, VacancyKind, VacancyStatus, utcnow
from tests.services.test_alerts import wanted_search
from webapp.contract_messages import line_message
from webapp.mails import digests
from webapp.services import alerts, demo_rotations, errors, exporting, importing, ranking, vacancies
from webapp.services.errors import Conflict
from webapp.services.jsonld import job_posting
from webapp.services.records import VacancyRecord


def today():
    """Read when a test runs, not when the module is collected: a run may pass midnight."""
    return utcnow().date()


THIS_MONTH = today().replace(day=1)
LAST_MONTH = (THIS_MONTH - timedelta(days=1)).replace(day=1)


def fields(**overrides) -> dict:
    return {
        "title": "Rotationsforløb i økonomistyring",
        "municipality_code": 101,
        "level": 2,
        "competences": ["budgetlægning"],
        "nice_to_have": [],
        "description": "Tre måneder hos os.",
        "deadline": today() + timedelta(days=10),
    } | overrides


@pytest.fixture
def employer(make_user, make_organisation):
    return make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen"))


@pytest.mark.parametrize(
    ("terms", "problem_field", "rule"),
    [
        ({"kind": "rotation"}, "duration_months", errors.DurationMissing),
        ({"kind": "rotation", "duration_months": 7}, "duration_months", errors.DurationOutOfRange),
        ({"kind": "post", "duration_months": 3}, "duration_months", errors.DurationWithoutOffer),
        ({"kind": "post", "start_month": THIS_MONTH}, "start_month", errors.StartMonthWithoutOffer),
        ({"kind": "post", "home_employer_pays": True}, "home_employer_pays", errors.HomePaysWithoutOffer),
        ({"kind": "praktik", "duration_months": 3}, "kind", errors.OfferKindNotAChoice),
        (
            {"kind": "shadowing", "duration_months": 1, "start_month": date(2027, 3, 15)},
            "start_month",
            errors.StartMonthNotAMonth,
        ),
    ],
)
def test_broken_offer_terms_are_named_at_their_field(terms, problem_field, rule):
    problem = vacancies.offer_terms_problem(terms)
    assert type(problem) is rule and problem.field == problem_field


def test_a_post_and_a_complete_offer_have_no_problem(app):
    with app.test_request_context():
        assert vacancies.offer_terms_problem({}) is None  # left out: a post
        assert vacancies.offer_terms_problem({"kind": "secondment", "duration_months": 6}) is None
        assert (
            vacancies.offer_terms_problem(
                {"kind": "rotation", "duration_months": 1, "start_month": THIS_MONTH, "home_employer_pays": True}
            )
            is None
        )


def test_an_employer_creates_an_offer_and_an_edit_without_kind_fields_keeps_it(db, employer):
    offer = vacancies.create(
        db, employer, fields(kind="rotation", duration_months=3, start_month=THIS_MONTH, home_employer_pays=True)
    )
    assert offer.kind == VacancyKind.ROTATION and offer.duration_months == 3 and offer.home_employer_pays
    vacancies.update(db, offer, fields(title="Nyt navn"))  # e.g. an older caller: the kind stays
    assert offer.title == "Nyt navn" and offer.kind == VacancyKind.ROTATION and offer.start_month == THIS_MONTH
    vacancies.update(db, offer, fields(kind="post", duration_months=None, start_month=None, home_employer_pays=False))
    assert offer.kind == VacancyKind.POST and offer.duration_months is None


def test_a_start_month_gone_by_is_a_conflict_unless_the_vacancy_already_has_it(db, employer, make_vacancy):
    with pytest.raises(Conflict) as raised:
        vacancies.create(db, employer, fields(kind="rotation", duration_months=3, start_month=LAST_MONTH))
    assert raised.value.field == "start_month"
    running = make_vacancy(
        organisation=employer.organisation, kind="rotation", duration_months=3, start_month=LAST_MONTH
    )
    vacancies.update(db, running, fields(kind="rotation", duration_months=4, start_month=LAST_MONTH))
    assert running.duration_months == 4  # it ran from then: keeping the month is fine


def test_turning_a_post_into_an_offer_without_a_duration_is_refused_and_changes_nothing(db, employer, make_vacancy):
    post = make_vacancy(organisation=employer.organisation, title="Kontorchef")
    with pytest.raises(Conflict) as raised:
        vacancies.update(db, post, fields(title="Ændret", kind="shadowing"))
    assert raised.value.field == "duration_months"
    assert post.title == "Kontorchef" and post.kind == VacancyKind.POST


def offers_and_posts(make_vacancy, make_organisation):
    organisation = make_organisation("Region Nordjylland", sector="region")
    post = make_vacancy(organisation=organisation, title="Afdelingschef")
    rotation = make_vacancy(organisation=organisation, title="Rotation", kind="rotation", duration_months=3)
    shadowing = make_vacancy(organisation=organisation, title="Følordning", kind="shadowing", duration_months=1)
    return post, rotation, shadowing


def test_the_public_search_narrows_to_posts_or_to_offers(db, make_vacancy, make_organisation):
    post, rotation, shadowing = offers_and_posts(make_vacancy, make_organisation)

    def found(**filters):
        return {v.title for v in db.scalars(vacancies.public_search(vacancies.VacancyFilters(**filters))).unique()}

    assert found() == {"Afdelingschef", "Rotation", "Følordning"}
    assert found(kind="post") == {"Afdelingschef"}
    assert found(kind="offer") == {"Rotation", "Følordning"}
    assert found(kind="offer", sector="stat") == set()  # the other filters still apply


def test_a_saved_search_for_offers_alerts_only_about_offers(app, db, make_user, make_vacancy, make_organisation):
    leader = make_user(Role.LEADER)
    with app.test_request_context():
        search = alerts.create(db, leader, wanted_search("Forløb", vacancies.VacancyFilters(kind="offer")))
        everything = alerts.create(db, leader, wanted_search("Alt"))
        with pytest.raises(errors.VacancyKindNotAChoice) as raised:
            alerts.create(db, leader, wanted_search("Forkert", vacancies.VacancyFilters(kind="rotationer")))
    assert raised.value.field == "kind"
    db.commit()
    assert search.filters["kind"] == "offer" and "kind" not in everything.filters  # old searches: no kind
    assert alerts.query_args(alerts.filters_of(search)) == {"type": "forloeb"}
    everything.alerts = False
    for saved in db.scalars(select(SavedSearch)):
        saved.created_at = utcnow() - timedelta(days=1)
    db.commit()
    offers_and_posts(make_vacancy, make_organisation)
    digest = alerts.build_digest(db, leader.id)
    assert sorted(item.vacancy.title for item in digest.items) == ["Følordning", "Rotation"]
    with app.test_request_context():
        _subject, body = digests.compose_alerts(digest, lambda endpoint, **values: "https://sektorbro.dk/")
    assert (
        "* Rotation (Rotationsforløb, 3 måneder)" in body and "* Følordning (Følordning (jobskygning), 1 måned)" in body
    )


def vacancy_line(**overrides) -> str:
    record = {
        "external_id": "v-1",
        "title": "Udstationering til hospitalsplan",
        "sector": "region",
        "organisation": "Region Syddanmark",
        "municipality": "Vejle",
        "level": 3,
        "competences": ["strategisk planlægning"],
        "description": "Et halvt år hos os.",
        "status": "published",
    } | overrides
    return json.dumps(record)


def test_the_import_takes_offers_and_refuses_broken_terms_with_line_and_field(db):
    records = importing.parse_lines(
        [vacancy_line(kind="secondment", duration_months=6, start_month="2027-04", home_employer_pays=True)],
        VacancyRecord,
    )
    importing.import_vacancies(db, records)
    db.commit()
    offer = db.scalar(select(Vacancy))
    assert offer.kind == "secondment" and offer.duration_months == 6 and offer.start_month == date(2027, 4, 1)
    assert offer.home_employer_pays is True
    exported = json.loads(next(exporting.export_lines(db, "vacancies")))
    assert exported["kind"] == "secondment" and exported["start_month"] == "2027-04"
    assert VacancyRecord.model_validate_json(json.dumps(exported)).duration_months == 6  # the export re-imports
    with pytest.raises(importing.ImportRejected) as raised:
        importing.parse_lines(
            [
                vacancy_line(external_id="a", kind="rotation"),
                vacancy_line(external_id="b", duration_months=3),
                vacancy_line(external_id="c", kind="rotation", duration_months=9),
                vacancy_line(external_id="d", kind="rotation", duration_months=2, start_month="2027-13"),
            ],
            VacancyRecord,
        )
    errors = [line_message(error) for error in raised.value.errors]
    # The same field and words as the form and the API (one contract): the import names the field that is off.
    assert errors[0] == "linje 1, felt duration_months: Vælg, hvor mange måneder forløbet varer (1–6)."
    assert errors[1].startswith("linje 2, felt duration_months: Kun et forløb har en varighed.")
    assert "linje 3, felt duration_months" in errors[2]
    assert "linje 4, felt start_month" in errors[3]


def test_json_ld_calls_an_offer_temporary_and_says_what_it_is(make_vacancy):
    post = make_vacancy()
    offer = make_vacancy(kind="secondment", duration_months=4, start_month=date(2027, 2, 1), home_employer_pays=True)
    assert job_posting(post, "https://x/1")["employmentType"] == "FULL_TIME" and "jobStartDate" not in job_posting(
        post, "https://x/1"
    )
    data = job_posting(offer, "https://x/2")
    assert data["employmentType"] == "TEMPORARY" and data["jobStartDate"] == "2027-02"
    assert data["description"].startswith("Udstationering på 4 måneder. Lønnen betales fortsat af lederens egen")


def test_the_demo_offers_are_published_across_the_sectors_and_one_at_the_demo_employer(db, make_organisation):
    for name, sector in [
        ("Skattestyrelsen", "stat"),
        ("Digitaliseringsstyrelsen", "stat"),
        ("Region Midtjylland", "region"),
        ("Aarhus Kommune", "kommune"),
    ]:
        make_organisation(name, sector=sector)
    assert demo_rotations.seed_offers(db, "Digitaliseringsstyrelsen", today()) == len(demo_rotations.OFFERS)
    db.commit()
    offers = list(db.scalars(select(Vacancy)))
    assert all(v.is_offer and v.status == VacancyStatus.PUBLISHED for v in offers)
    assert {v.organisation.sector for v in offers} == {"stat", "region", "kommune"}
    assert {v.kind for v in offers} == {"rotation", "secondment", "shadowing"}
    assert any(v.organisation.name == "Digitaliseringsstyrelsen" for v in offers)
    assert all(v.start_month is None or v.start_month > THIS_MONTH for v in offers)


def test_recommendations_include_offers_and_narrow_to_a_kind(
    app, db, make_profile, make_vacancy, make_organisation, rebuild_index
):
    offers_and_posts(make_vacancy, make_organisation)
    profile = make_profile(sector="kommune", competences=["budgetlægning", "personaleledelse"])
    rebuild_index()
    directory = ranking.directory_for(app.instance_path)
    every = ranking.recommend_vacancies(db, directory, profile)
    assert {item.vacancy.title for item in every} == {"Afdelingschef", "Rotation", "Følordning"}
    offers = ranking.recommend_vacancies(db, directory, profile, kind="offer")
    assert [item.vacancy.title for item in offers] == [
        item.vacancy.title for item in every if item.vacancy.is_offer
    ]  # the same order and scores as among all
    assert {item.vacancy.id: item.ranked.score for item in offers} == {
        item.vacancy.id: item.ranked.score for item in every if item.vacancy.is_offer
    }
    assert [item.vacancy.title for item in ranking.recommend_vacancies(db, directory, profile, kind="post")] == [
        "Afdelingschef"
    ]
    assert len(ranking.recommend_vacancies(db, directory, profile, limit=1, kind="offer")) == 1
