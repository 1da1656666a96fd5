"""Who a ranking showed: an employer's candidate list (page or API) records each candidate's first appearance on
places 1–10, in one statement per view, never twice, and nothing else records; the rows go with the leader."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from models import Impression, Role, WeightSet
from webapp.services import candidates, impressions, ranking
from webapp.services.candidates import ReviewFilters

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

VACANCY = {"competences": ["budgetlægning", "forandringsledelse"], "title": "Kontorchef til økonomi"}


@pytest.fixture
def world(db, make_user, make_organisation, make_vacancy, make_profile):
    """An approved employer at a state agency, its published vacancy and 13 leaders who all fit it."""
    employer = make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen", sector="stat"))
    vacancy = make_vacancy(organisation=employer.organisation, **VACANCY)
    leaders = [
        make_profile(user=make_user(), sector=("kommune", "region", "privat")[i % 3], years_as_leader=3 + i)
        for i in range(13)
    ]
    return employer, vacancy, leaders


def rows(db) -> dict[int, tuple[int, int | None]]:
    db.expire_all()
    return {r.profile_id: (r.position, r.weight_set_id) for r in db.scalars(select(Impression))}


def test_the_first_page_records_places_one_to_ten_with_the_weight_version(app, db, world):
    _employer, vacancy, _leaders = world
    directory = ranking.directory_for(app.instance_path)
    with app.test_request_context():
        review = candidates.review(db, directory, vacancy, ReviewFilters(), 1)
        db.commit()
    shown = {card.profile_id: card.position for card in review.page.items}
    assert len(shown) == 10 and review.page.total == 13
    active = db.scalar(select(WeightSet.id).where(WeightSet.active.is_(True)))
    assert rows(db) == {pid: (place, active) for pid, place in shown.items()}
    with app.test_request_context():
        candidates.review(db, directory, vacancy, ReviewFilters(), 2)  # places 11–13: not a top 10
        db.commit()
    assert len(rows(db)) == 10


def test_smaller_pages_record_up_to_place_ten_only(app, db, world):
    _employer, vacancy, _leaders = world
    directory = ranking.directory_for(app.instance_path)
    with app.test_request_context():
        for page in (2, 3):
            candidates.review(db, directory, vacancy, ReviewFilters(), page, per_page=4)  # places 5–8, 9–12
        db.commit()
    assert sorted(place for place, _ws in rows(db).values()) == [5, 6, 7, 8, 9, 10]


def test_a_second_view_keeps_the_first_appearance(app, db, world):
    _employer, vacancy, leaders = world
    directory = ranking.directory_for(app.instance_path)
    with app.test_request_context():
        candidates.review(db, directory, vacancy, ReviewFilters(), 1)
        db.commit()
        first = rows(db)
        when = dict(db.execute(select(Impression.profile_id, Impression.shown_at)).all())
        # Another list (only private leaders) puts some of them on other places: nothing already there changes.
        candidates.review(db, directory, vacancy, ReviewFilters(sector="privat"), 1)
        db.commit()
    after = rows(db)
    assert {pid: after[pid] for pid in first} == first
    assert (
        dict(db.execute(select(Impression.profile_id, Impression.shown_at)).all())[next(iter(first))]
        == (when[next(iter(first))])
    )
    privat = {p.id for p in leaders if p.sector == "privat"}
    assert set(after) == set(first) | privat  # the private leaders below place 10 before are in now, once each
    assert db.scalar(select(func.count()).select_from(Impression)) == len(after)


def test_one_statement_per_view(app, db, world, engine):
    _employer, vacancy, _leaders = world
    directory = ranking.directory_for(app.instance_path)
    with app.test_request_context():
        candidates.review(db, directory, vacancy, ReviewFilters(), 1)  # the index is built before counting
        db.rollback()
        seen: list[str] = []
        bind = db.get_bind()

        def count(_conn, _cursor, statement, *_args):
            if "impression" in statement.lower():
                seen.append(statement)

        event.listen(bind, "before_cursor_execute", count)
        try:
            candidates.review(db, directory, vacancy, ReviewFilters(), 1)
            db.commit()
        finally:
            event.remove(bind, "before_cursor_execute", count)
    assert len(seen) == 1 and seen[0].lstrip().upper().startswith("INSERT")
    assert len(rows(db)) == 10


def test_record_ignores_places_beyond_ten(app, db, world):
    _employer, vacancy, leaders = world
    impressions.record(db, vacancy.id, [(11, leaders[0].id), (0, leaders[1].id)], None)
    impressions.record(db, vacancy.id, [], None)
    db.commit()
    assert rows(db) == {}


def test_the_employer_page_and_the_api_record_and_commit(app, db, client, login, api_headers, world):
    employer, vacancy, _leaders = world
    login(employer)
    assert client.get(f"/arbejdsgiver/stillinger/{vacancy.id}/kandidater").status_code == 200
    assert len(rows(db)) == 10
    db.execute(Impression.__table__.delete())
    db.commit()
    response = client.get(
        f"/api/v1/employer/vacancies/{vacancy.id}/candidates?per_page=3", headers=api_headers(employer)
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    assert sorted(place for place, _ws in rows(db).values()) == [1, 2, 3]


def test_nothing_is_recorded_for_others(app, db, client, login, make_user, make_organisation, world):
    employer, vacancy, leaders = world
    url = f"/arbejdsgiver/stillinger/{vacancy.id}/kandidater"
    assert client.get(url).status_code in (302, 401)  # anonymous: sent to log in
    other = make_user(Role.EMPLOYER, organisation=make_organisation("Region Syd", sector="region"))
    login(other)
    assert client.get(url).status_code in (403, 404)
    unapproved = make_user(Role.EMPLOYER, organisation=employer.organisation, approved=False)
    login(unapproved)
    client.get(url)
    login(make_user(Role.ADMIN))
    client.get("/admin/vaegte")
    client.post("/admin/vaegte", data={"vacancy_id": vacancy.id})  # the preview ranks it, without recording
    login(leaders[0].user)
    client.get("/leder/")
    client.get(f"/stillinger/{vacancy.id}")
    assert rows(db) == {}


def test_erasure_removes_the_leaders_rows(app, db, client, login, world):
    employer, vacancy, leaders = world
    login(employer)
    client.get(f"/arbejdsgiver/stillinger/{vacancy.id}/kandidater")
    shown = rows(db)
    leader = next(p for p in leaders if p.id in shown)
    leader_id, user, email = leader.id, leader.user, leader.user.email
    login(user)
    page = client.get("/leder/mine-data/slet").get_data(as_text=True)
    token = page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    response = client.post("/leder/mine-data/slet", data={"csrf_token": token, "confirm_email": email})
    assert response.status_code in (302, 303)
    left = rows(db)
    assert leader_id not in left and len(left) == len(shown) - 1
