"""Fairness per weight version: numbers on the evaluation set computed by the CLI and stored per version (and
shown, or "not computed yet" said honestly); the live top-10 composition and the shortlist rates with the
four-fifths flag, computed by hand for a small fixture; the page is for HR admins only."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from matcher.weights import Weights
from models import CandidateDecision, Role, WeightFairness, WeightSet, utcnow
from webapp.services import composition, fairness, ranking
from webapp.services import weights as weight_sets

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

SMALL = fairness.Evaluation(profiles=300, vacancies=12)
PAGE = "/admin/mobilitet/retfaerdighed"


@pytest.fixture(autouse=True)
def small_evaluation(monkeypatch):
    """A smaller evaluation set, so a test computes in about a second (the real one is the same code)."""
    monkeypatch.setattr(fairness, "EVALUATION", SMALL)
    composition.forget()
    yield
    composition.forget()


# --- the evaluation set, per version ---------------------------------------------------------------------------


def test_the_cli_computes_each_version_once_and_stores_it(app, db, runner, make_user):
    result = runner.invoke(args=["weights", "fairness"])
    assert result.exit_code == 0, result.output
    assert "Version 1: nDCG@10" in result.output
    first = db.scalars(select(WeightFairness)).all()
    assert len(first) == 1 and first[0].evaluation == SMALL.name
    assert 0 < first[0].ndcg <= 1 and 0 < first[0].recall <= 1 and first[0].exposure > 0
    assert set(first[0].details["sectors"]) <= {"stat", "region", "kommune", "privat"}
    again = runner.invoke(args=["weights", "fairness"])
    assert "Alle vægtversioner har tal" in again.output
    admin = make_user(Role.ADMIN)
    weight_sets.save_version(db, admin, Weights(cross_sector=0.0), "Uden tværsektoriel vægt")
    db.commit()
    third = runner.invoke(args=["weights", "fairness"])
    assert "Version 2:" in third.output and "Version 1:" not in third.output
    rows = {r.weight_set_id: r for r in db.scalars(select(WeightFairness))}
    assert len(rows) == 2
    one, two = (rows[s.id] for s in db.scalars(select(WeightSet).order_by(WeightSet.version)))
    assert two.exposure < one.exposure  # the cross-sector weight at 0 exposes other sectors less, as make evaluate says
    assert "Version 1:" in runner.invoke(args=["weights", "fairness", "--all"]).output


def test_the_measure_agrees_with_the_bench_metrics(app):
    from bench.metrics import summarise, vacancy_metrics

    evaluation_set = fairness.EvaluationSet(SMALL)
    found = evaluation_set.measure(Weights())
    population = evaluation_set.population
    rows = []
    for doc, record in zip(evaluation_set.vacancy_docs, population.vacancies, strict=True):
        ranked = [evaluation_set.ids[c.key] for c in evaluation_set.index.rank(doc, Weights(), limit=50)]
        rows.append(
            vacancy_metrics(
                ranked, population.relevance.get(record["external_id"], {}), evaluation_set.sector_of, record["sector"]
            )
        )
    summary = summarise(rows)
    assert found["ndcg"] == pytest.approx(summary["ndcg@10"]) and found["exposure"] == pytest.approx(
        summary["exposure_pooled"]
    )
    assert sum(s["vacancies"] for s in found["sectors"].values()) == SMALL.vacancies


def test_missing_and_outdated_numbers_are_said_on_the_page(app, db, client, login, make_user):
    weight_sets.saved_active_set(db)  # version 1, as the migrations store it
    db.commit()
    login(make_user(Role.ADMIN))
    page = client.get(PAGE).get_data(as_text=True)
    assert "Ikke beregnet endnu." in page and "flask --app webapp weights fairness" in page
    version = weight_sets.active_set(db)
    db.add(
        WeightFairness(
            weight_set_id=version.id, evaluation="an-older-set", ndcg=0.5, recall=0.5, exposure=0.9, details={}
        )
    )
    db.commit()
    assert "Beregnet på et ældre evalueringssæt." in client.get(PAGE).get_data(as_text=True)
    db.execute(WeightFairness.__table__.delete())
    db.add(
        WeightFairness(
            weight_set_id=version.id,
            evaluation=SMALL.name,
            ndcg=0.4321,
            recall=0.5,
            exposure=0.777,
            details={"sectors": {"region": {"exposure": 1.234, "ndcg": 0.4, "vacancies": 3}}},
        )
    )
    db.commit()
    page = client.get(PAGE).get_data(as_text=True)
    row = page.split('id="version-1"')[1].split("</tr>")[0]
    assert "0,43" in row and "0,78" in row and "1,23" in row and "Ikke beregnet" not in row
    assert "<svg" in page


# --- live top-10 composition ----------------------------------------------------------------------------------


@pytest.fixture
def small_world(db, make_organisation, make_vacancy, make_profile):
    """One stat vacancy in Københavns Kommune (region Hovedstaden) at level 2 and 12 leaders, one of them hidden:
    by hand, the 10 places go to the 11 visible ones but the least fitting."""
    vacancy = make_vacancy(
        organisation=make_organisation(sector="stat"),
        municipality_code=101,
        level=2,
        competences=["budgetlægning", "forandringsledelse"],
    )
    made = []
    for i in range(12):
        made.append(
            make_profile(
                sector=("kommune", "stat", "region", "privat")[i % 4],
                level=2 if i < 8 else 3,
                municipality_code=101 if i < 6 else 751,  # Hovedstaden / Midtjylland
                competences=["budgetlægning", "forandringsledelse"] if i < 10 else ["sagsbehandling"],
                visibility="hidden" if i == 11 else "visible",
            )
        )
    return vacancy, made


def test_composition_by_hand(app, db, small_world):
    vacancy, made = small_world
    directory = ranking.directory_for(app.instance_path)
    found = composition.composition(db, directory, weight_sets.active_weights(db))
    top = [r.profile.id for r in ranking.rank_candidates(db, directory, vacancy, 10, explain_all=False)]
    by_id = {p.id: p for p in made}
    assert len(top) == 10 and made[11].id not in top  # hidden leaders hold no place
    expected = {s: sum(by_id[i].sector == s for i in top) for s in composition.SECTORS}
    assert {s: found.by_sector(s) for s in composition.SECTORS} == expected
    assert found.total == 10 and found.vacancies == {"stat": 1}
    assert found.other_sector("stat") == 10 - expected["stat"]
    assert found.same_region == sum(by_id[i].municipality_code == 101 for i in top)
    assert found.regions[1084] + found.regions[1082] == 10
    assert found.same_level == sum(by_id[i].level == 2 for i in top) and found.levels[3] == 10 - found.same_level
    # the pool: the 11 visible leaders (3 kommune, 3 stat, 3 region, 2 privat; 8 at level 2; 6 in Hovedstaden)
    assert dict(found.pool_sectors) == {"kommune": 3, "stat": 3, "region": 3, "privat": 2}
    assert found.pool_levels[2] == 8 and found.pool_regions[1084] == 6 and found.pool == 11


def test_composition_is_kept_per_snapshot_and_weights(app, db, small_world, monkeypatch):
    directory = ranking.directory_for(app.instance_path)
    weights = weight_sets.active_weights(db)
    first = composition.composition(db, directory, weights)
    monkeypatch.setattr(composition, "count", lambda *args: pytest.fail("counted again"))
    assert composition.composition(db, directory, weights) is first


# --- shortlist rates and the four-fifths ratio ----------------------------------------------------------------


def _decide(db, vacancy, profiles, shortlisted: int, when=None):
    for i, profile in enumerate(profiles):
        row = CandidateDecision(
            vacancy_id=vacancy.id,
            profile_id=profile.id,
            decision="shortlisted" if i < shortlisted else "rejected",
            note="",
        )
        if when is not None:
            row.created_at = row.updated_at = when
        db.add(row)
    db.commit()


def test_shortlist_rates_and_four_fifths_by_hand(app, db, make_vacancy, make_profile):
    vacancy = make_vacancy()
    # stat 6 of 10 (0.6, the highest); kommune 5 of 10 (0.5: 0.83, not flagged); region 4 of 10 (0.4: 0.67,
    # flagged); privat 1 of 3 (0.33: 0.56, but too few decisions to judge)
    for sector, n, kept in (("stat", 10, 6), ("kommune", 10, 5), ("region", 10, 4), ("privat", 3, 1)):
        _decide(db, vacancy, [make_profile(sector=sector) for _ in range(n)], kept)
    db.add(CandidateDecision(vacancy_id=vacancy.id, profile_id=make_profile(sector="stat").id, decision=None, note="x"))
    db.commit()  # a note without a decision is not a decision
    rates = {r.sector: r for r in fairness.shortlist_rates(db)}
    assert (rates["stat"].reviewed, rates["stat"].shortlisted, rates["stat"].ratio) == (10, 6, 1.0)
    assert rates["kommune"].ratio == pytest.approx(0.5 / 0.6) and not rates["kommune"].flagged
    assert rates["region"].ratio == pytest.approx(0.4 / 0.6) and rates["region"].flagged
    assert rates["privat"].ratio == pytest.approx((1 / 3) / 0.6) and rates["privat"].few and not rates["privat"].flagged


def test_shortlist_rates_per_version_follow_the_time_each_was_in_force(app, db, make_vacancy, make_profile, make_user):
    vacancy = make_vacancy()
    first = weight_sets.saved_active_set(db)
    now = utcnow()
    first.created_at = now - timedelta(days=30)
    db.commit()
    _decide(db, vacancy, [make_profile(sector="kommune") for _ in range(4)], 1, when=now - timedelta(days=40))
    _decide(db, vacancy, [make_profile(sector="kommune") for _ in range(4)], 3, when=now - timedelta(days=20))
    second = weight_sets.save_version(db, make_user(Role.ADMIN), Weights(cross_sector=0.1), "Mere tværsektorielt")
    second.created_at = now - timedelta(days=10)
    db.commit()
    _decide(db, vacancy, [make_profile(sector="kommune") for _ in range(5)], 5, when=now - timedelta(days=1))
    by = {s.version: {r.sector: r for r in fairness.shortlist_rates(db, s)} for s in (first, second)}
    # version 1: its own 4 (3 kept) and the 4 from before anyone saved a version (1 kept); version 2: the last 5
    assert (by[1]["kommune"].reviewed, by[1]["kommune"].shortlisted) == (8, 4)
    assert (by[2]["kommune"].reviewed, by[2]["kommune"].shortlisted) == (5, 5)
    assert fairness.shortlist_rates(db)[2].reviewed == 13


# --- the page ------------------------------------------------------------------------------------------------


def test_the_page_shows_one_version_and_says_a_wrong_one_at_the_field(app, db, client, login, make_user, small_world):
    vacancy, made = small_world
    admin = login(make_user(Role.ADMIN))
    _decide(db, vacancy, made[:10:2], 2)
    page = client.get(PAGE).get_data(as_text=True)
    assert "Hvem står i top 10 nu" in page and 'badge-warning">Under fire femtedele' not in page
    assert (
        page.count('aria-labelledby="chart-fairness-') == 5
    )  # evaluation, sectors, regions, levels, shortlist rates: each beside its table
    weight_sets.save_version(db, admin, Weights(cross_sector=0.2), "Mere tværsektorielt")
    db.commit()
    older = client.get(PAGE + "?version=1").get_data(as_text=True)
    assert "som om den var aktiv" in older
    wrong = client.get(PAGE + "?version=99")
    assert wrong.status_code == 200 and "Vælg en version fra listen." in wrong.get_data(as_text=True)
    assert client.get(PAGE + "?version=abc").status_code == 200


def test_only_admins_reach_the_page_and_it_is_linked(app, db, client, login, make_user, make_organisation):
    assert client.get(PAGE).status_code in (302, 401)
    for role in (Role.LEADER, Role.EMPLOYER):
        login(make_user(role, organisation=make_organisation() if role == Role.EMPLOYER else None))
        assert client.get(PAGE).status_code == 403
    login(make_user(Role.ADMIN))
    assert PAGE in client.get("/admin/mobilitet/").get_data(as_text=True)
    weight_sets.saved_active_set(db)
    db.commit()
    history = client.get("/admin/vaegte/historik").get_data(as_text=True)
    assert re.search(re.escape(PAGE) + r"\?version=1", history)
