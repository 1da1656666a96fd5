"""The mobility dashboard's numbers, computed by hand for a small fixture: flows, shares, funnel, months,
small numbers hidden on the public page (and not recoverable by subtraction), and the CSV."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import numpy as np
import pytest
from sqlalchemy import func, select

from models import CandidateDecision, ContactRequest, Impression, Outcome, Role, utcnow
from webapp.services import mobility, outcomes

MONTH = date(2026, 3, 10)

# from-sector -> to-sector -> hires (by hand: row totals 8, 5, 18, 5; column totals 14, 10, 12; all 36)
FLOWS = {
    "stat": {"stat": 6, "region": 0, "kommune": 2},
    "region": {"stat": 0, "region": 5, "kommune": 0},
    "kommune": {"stat": 3, "region": 5, "kommune": 10},
    "privat": {"stat": 5, "region": 0, "kommune": 0},
}


def _hires(db, flows=FLOWS, on=MONTH):
    for from_sector, row in flows.items():
        for to_sector, count in row.items():
            for _ in range(count):
                db.add(
                    Outcome(
                        source="leader",
                        kind="hired",
                        occurred_on=on,
                        from_sector=from_sector,
                        to_sector=to_sector,
                        level_before=2,
                        level_after=2,
                        history=[],
                    )
                )
    db.commit()


def test_flows_and_shares_by_hand(app, db):
    _hires(db)
    board = mobility.dashboard(db, public=False)
    assert board.get("flow", "kommune", "stat") == 3
    assert [board.get("from", f) for f in mobility.FROM_SECTORS] == [8, 5, 18, 5]
    assert [board.get("to", t) for t in mobility.TO_SECTORS] == [14, 10, 12]
    assert board.get("all") == 36
    # from another public subsector: into stat region+kommune = 0+3; into region stat+kommune = 0+5; into
    # kommune stat+region = 2+0 (privat and the same sector count only in the denominator, as VIVE counts)
    assert board.share("stat") == pytest.approx(3 / 14)
    assert board.share("region") == pytest.approx(5 / 10)
    assert board.share("kommune") == pytest.approx(2 / 12)
    assert board.months == ["2026-03"]
    assert board.get("month", "2026-03", "kommune") == 12
    assert board.get("month_cross", "2026-03", "stat") == 3
    assert board.hidden == frozenset()  # the admin page hides nothing


def test_the_public_page_hides_small_numbers_and_nothing_gives_them_back(app, db):
    _hires(db)
    board = mobility.dashboard(db, public=True)
    for key in [("flow", "kommune", "stat"), ("flow", "stat", "kommune"), ("cross", "stat"), ("cross", "kommune")]:
        assert board.get(*key) is None, key  # 3, 2, 3 and 2 people
    assert board.get("all") == 36 and board.get("to", "stat") == 14  # large figures are shown
    assert board.get("flow", "region", "stat") == 0  # zero is shown
    # The subtraction attack: row stat is 6 + 0 + 2 = 8; with only the 2 hidden, 8 - 6 - 0 gives it back.
    # So a second figure of that row is hidden too (the smallest non-zero one: the 6).
    assert board.get("flow", "stat", "stat") is None
    assert board.get("flow", "kommune", "kommune") is None  # column kommune: 2 + 0 + 10 + 0 = 12
    for line in mobility.lines(board.months):
        assert sum(key in board.hidden for key in line) != 1, line
    # Kommune -> region (5) is hidden as well: row kommune had 3 hidden; then the 5 into region from another
    # public sector would give it back (0 + 5 = 5), and so on. Shares are shown only from shown figures.
    assert board.get("flow", "kommune", "region") is None and board.get("cross", "region") is None
    assert board.share("stat") is None and board.share("kommune") is None and board.share("region") is None


def test_suppress_adds_the_smallest_nonzero_complement():
    values = {"a": 2, "b": 0, "c": 7, "d": 9, "total": 18}
    assert mobility.suppress(values, [["a", "b", "c", "d", "total"]]) == {"a", "c"}
    # nothing small: nothing hidden
    assert mobility.suppress({"a": 5, "b": 0, "t": 5}, [["a", "b", "t"]]) == frozenset()


def _funnel_world(db, make_organisation, make_vacancy, make_profile, make_user):
    stat = make_organisation(sector="stat")
    employer = make_user(Role.EMPLOYER, organisation=stat)
    vacancy = make_vacancy(organisation=stat)
    kommune = [make_profile(user=make_user(), sector="kommune") for _ in range(4)]
    same = make_profile(user=make_user(), sector="stat")
    p1, p2, p3, p4 = kommune
    # Shown in a top 10: p1 and p4 (p4 went no further); p2, p3 and the stat leader were not recorded as shown.
    for place, profile in enumerate((p1, p4), start=1):
        db.add(Impression(vacancy_id=vacancy.id, profile_id=profile.id, position=place))
    for profile in (p1, p3, same):
        db.add(CandidateDecision(vacancy_id=vacancy.id, profile_id=profile.id, decision="shortlisted", note=""))
    now = utcnow()
    requests = {
        p1: ContactRequest(vacancy=vacancy, profile=p1, status="accepted", answered_at=now, message="m"),
        p2: ContactRequest(vacancy=vacancy, profile=p2, status="declined", answered_at=now, message="m"),
        same: ContactRequest(vacancy=vacancy, profile=same, status="accepted", answered_at=now, message="m"),
    }
    db.add_all(requests.values())
    db.commit()
    return employer, vacancy, p1


def test_funnel_by_hand(app, db, make_organisation, make_vacancy, make_profile, make_user):
    employer, vacancy, hired = _funnel_world(db, make_organisation, make_vacancy, make_profile, make_user)
    with app.test_request_context():
        outcomes.record_for_contact(db, employer, vacancy, hired.id, "hired", date.today(), date.today())
    db.commit()
    board = mobility.dashboard(db, public=False)
    # kommune -> stat: p1 (every stage), p2 (contacted, so shortlisted and shown too; declined), p3 (shortlisted,
    # so shown), p4 (shown only)
    assert mobility.STAGES[0] == "shown"
    assert [board.get("funnel", "kommune", "stat", s) for s in mobility.STAGES] == [4, 3, 2, 1, 1]
    assert [board.get("funnel", "stat", "stat", s) for s in mobility.STAGES] == [1, 1, 1, 1, 0]
    assert [board.get("stage", s) for s in mobility.STAGES] == [5, 4, 3, 2, 1]
    month = f"{date.today():%Y-%m}"
    assert [board.get("funnel_month", month, s) for s in mobility.STAGES] == [5, 4, 3, 2, 1]
    assert board.get("flow", "kommune", "stat") == 1  # the hire is in the flows as well
    public = mobility.dashboard(db, public=True)
    assert public.get("stage", "shown") == 5  # five people: shown; their sector pairs (4 and 1) are not
    assert public.get("funnel", "kommune", "stat", "shown") is None
    assert all(public.get("stage", s) is None for s in mobility.STAGES[1:])  # every later stage under five


def test_the_top_10_stage_is_suppressed_like_the_others(app, db, make_organisation, make_vacancy, make_profile):
    vacancy = make_vacancy(organisation=make_organisation(sector="stat"))
    kommune = [make_profile(sector="kommune") for _ in range(7)]
    region = [make_profile(sector="region") for _ in range(3)]
    for place, profile in enumerate(kommune + region, start=1):
        db.add(Impression(vacancy_id=vacancy.id, profile_id=profile.id, position=place))
    for profile in kommune[:2]:
        db.add(CandidateDecision(vacancy_id=vacancy.id, profile_id=profile.id, decision="shortlisted", note=""))
    db.commit()
    admin = mobility.dashboard(db, public=False)
    assert admin.get("funnel", "kommune", "stat", "shown") == 7 and admin.get("funnel", "region", "stat", "shown") == 3
    assert admin.get("stage", "shown") == 10 and admin.get("stage", "shortlisted") == 2
    public = mobility.dashboard(db, public=True)
    # region -> stat (3) is under five; with it alone hidden, 10 - 7 gives it back, so the 7 goes too
    assert public.get("funnel", "region", "stat", "shown") is None
    assert public.get("funnel", "kommune", "stat", "shown") is None
    assert public.get("stage", "shown") == 10
    assert public.get("stage", "shortlisted") is None  # 2 people
    rows = {tuple(row[:4]): row[5] for row in csv.reader(io.StringIO(mobility.to_csv(public)))}
    assert rows[("funnel", "all", "all", "shown")] == "10" and rows[("funnel", "region", "stat", "shown")] == "hidden"


def test_csv_has_every_figure_and_marks_the_hidden(app, db, client, make_user, login):
    _hires(db)
    public = list(csv.reader(io.StringIO(client.get("/mobilitet/data.csv").get_data(as_text=True))))
    assert public[0] == list(mobility.CSV_HEADER)
    rows = {tuple(row[:5]): row[5] for row in public[1:]}
    assert rows[("hires", "kommune", "stat", "", "")] == "hidden"
    assert rows[("hires", "region", "stat", "", "")] == "0"
    assert rows[("hires", "all", "all", "", "")] == "36"
    assert rows[("hires_by_month", "all", "region", "", "2026-03")] == "10"
    login(make_user(Role.ADMIN))
    response = client.get("/admin/mobilitet/data.csv")
    assert response.mimetype == "text/csv"
    every = {tuple(row[:5]): row[5] for row in csv.reader(io.StringIO(response.get_data(as_text=True)))}
    assert every[("hires", "kommune", "stat", "", "")] == "3"
    assert "hidden" not in response.get_data(as_text=True)


def test_pages(app, db, client, make_user, login):
    _hires(db, on=date.today() - timedelta(days=40))
    page = client.get("/mobilitet/").get_data(as_text=True)
    assert "VIVE 2022" in page and "<svg" in page and "Hvorfra og hvortil" in page
    login(make_user(Role.LEADER))
    assert client.get("/admin/mobilitet/").status_code == 403
    login(make_user(Role.ADMIN))
    admin = client.get("/admin/mobilitet/").get_data(as_text=True)
    assert "<sup>*</sup>" in admin  # what the public page hides is marked


def test_a_short_offer_is_no_move_between_jobs(app, db, make_organisation, make_vacancy, make_profile):
    """A rotation taken is recorded like a hire, but the leader goes home afterwards: not in the numbers."""
    agency = make_organisation("Digitaliseringsstyrelsen", sector="stat")
    rotation = make_vacancy(organisation=agency, kind="rotation", duration_months=3)
    post = make_vacancy(organisation=agency)
    leader = make_profile(sector="kommune")
    db.add(Impression(vacancy_id=rotation.id, profile_id=leader.id, position=1))
    db.add(CandidateDecision(vacancy_id=rotation.id, profile_id=leader.id, decision="shortlisted"))
    for vacancy in (rotation, post):
        db.add(
            Outcome(
                profile_id=leader.id,
                vacancy_id=vacancy.id,
                source="employer",
                kind="hired",
                occurred_on=MONTH,
                from_sector="kommune",
                to_sector="stat",
                via_sektorbro=True,
                history=[],
            )
        )
    db.commit()
    board = mobility.dashboard(db, public=False)
    assert board.get("flow", "kommune", "stat") == 1  # the post, not the rotation
    assert [board.get("funnel", "kommune", "stat", s) for s in mobility.STAGES] == [1, 1, 1, 1, 1]
    assert db.scalar(select(func.count()).select_from(Outcome).where(outcomes.moved_jobs())) == 1


def test_no_sum_of_shown_figures_gives_a_hidden_one_back(app, db):
    """The leak a reviewer found: a column total less its same-sector cell less 'from another public sector'
    is the private cell. Every hidden cell must stay unknown whichever shown figures one adds or subtracts."""
    flows = {
        "stat": {"stat": 51, "region": 6, "kommune": 8},
        "region": {"stat": 3, "region": 28, "kommune": 4},
        "kommune": {"stat": 4, "region": 6, "kommune": 90},
        "privat": {"stat": 4, "region": 2, "kommune": 6},
    }
    _hires(db, flows)
    public = mobility.dashboard(db, public=True)
    for t in mobility.TO_SECTORS:
        private = public.get("flow", "privat", t)
        if private is None:  # hidden: then the difference that would give it back must not be computable
            shown = [public.get("to", t), public.get("flow", t, t), public.get("cross", t)]
            assert None in shown, f"privat → {t} = {shown[0]} − {shown[1]} − {shown[2]}"
    # And for every hidden cell, independently of the service's own audit: the shown flows and totals written as
    # linear equations over the twelve flows must leave the cell free (adding "this cell = its value" as one more
    # equation raises the rank).
    hidden = sorted(key for key in public.hidden if key[0] == "flow")
    assert hidden, "the fixture has small cells"
    keys = [("flow", f, t) for f in mobility.FROM_SECTORS for t in mobility.TO_SECTORS]
    index = {k: i for i, k in enumerate(keys)}
    rows = []
    for f in mobility.FROM_SECTORS:  # row totals, where shown
        if public.get("from", f) is not None:
            row = np.zeros(len(keys))
            row[[index[("flow", f, t)] for t in mobility.TO_SECTORS]] = 1
            rows.append(row)
    for t in mobility.TO_SECTORS:  # column totals and "from another public sector", where shown
        if public.get("to", t) is not None:
            row = np.zeros(len(keys))
            row[[index[("flow", f, t)] for f in mobility.FROM_SECTORS]] = 1
            rows.append(row)
        if public.get("cross", t) is not None:
            row = np.zeros(len(keys))
            row[[index[("flow", f, t)] for f in mobility.TO_SECTORS if f != t]] = 1
            rows.append(row)
    for key in keys:  # shown cells are known
        if key not in public.hidden:
            row = np.zeros(len(keys))
            row[index[key]] = 1
            rows.append(row)
    matrix = np.array(rows)
    for key in hidden:  # the cell is determined iff adding "this cell = anything" does not raise the rank
        probe = np.zeros(len(keys))
        probe[index[key]] = 1
        assert np.linalg.matrix_rank(np.vstack([matrix, probe])) > np.linalg.matrix_rank(matrix), key
