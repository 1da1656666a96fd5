"""What new weights would do: one vacancy's top 10 before and after, and the effect over all published vacancies."""

from dataclasses import replace

import pytest

from matcher.weights import Weights
from models import VacancyStatus
from webapp.services import ranking, weight_effects, weights

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

KOBENHAVN, AALBORG = 101, 851
ONLY_COMPETENCE = Weights(competence=1, function=0, text=0, level=0, geography=0, willingness=0, cross_sector=0)
ONLY_GEOGRAPHY = Weights(competence=0, function=0, text=0, level=0, geography=1, willingness=0, cross_sector=0)


@pytest.fixture
def directory(app):
    """The test app's index folder, forgotten afterwards (the cache is per process)."""
    path = ranking.directory_for(app.instance_path)
    yield path
    ranking.forget(path)


@pytest.fixture
def pool(make_profile, make_organisation, make_vacancy):
    """14 leaders: 7 near København with other competences, 7 in Aalborg with the vacancy's competences."""
    near = [
        make_profile(municipality_code=KOBENHAVN, max_commute_km=30, competences=["rengøring", "kantinedrift"])
        for _ in range(7)
    ]
    far = [
        make_profile(
            municipality_code=AALBORG,
            max_commute_km=30,
            competences=["budgetlægning", "personaleledelse", "digitalisering"],
        )
        for _ in range(7)
    ]
    vacancy = make_vacancy(organisation=make_organisation("Finansstyrelsen", sector="stat"))
    return near, far, vacancy


def test_preview_shows_who_moves_up_down_in_and_out(db, directory, pool):
    near, far, vacancy = pool
    weights.create(db, ONLY_COMPETENCE, note="kompetencer", created_by=None, activate=True)
    db.commit()
    preview = weight_effects.preview(db, directory, vacancy, ONLY_GEOGRAPHY)

    before = [m.profile.id for m in preview.before]
    after = [m.profile.id for m in preview.after]
    assert len(before) == len(after) == 10
    assert set(before[:7]) == {p.id for p in far}  # competence first today
    assert set(after[:7]) == {p.id for p in near}  # geography first with the new weights
    assert preview.count("in") == 4 and preview.count("out") == 4
    assert {m.profile.id for m in preview.dropped} == set(before) - set(after)
    for moved in preview.after:
        assert moved.after == after.index(moved.profile.id) + 1
        if moved.before is not None:
            assert moved.before == before.index(moved.profile.id) + 1
            assert moved.movement == ("up" if moved.after < moved.before else "down")
            assert moved.steps == abs(moved.after - moved.before)
    assert all(m.movement == "out" and m.score_after is None for m in preview.dropped)


def test_preview_with_the_active_weights_moves_nobody(db, directory, pool):
    _near, _far, vacancy = pool
    preview = weight_effects.preview(db, directory, vacancy, weights.active_weights(db))
    assert [m.movement for m in preview.after] == ["same"] * 10
    assert [m.score_before for m in preview.after] == [m.score_after for m in preview.after]


def test_preview_says_when_the_cross_sector_weight_lifts_weaker_candidates_over_stronger(
    db, directory, make_profile, make_organisation, make_vacancy
):
    strong = [make_profile(sector="stat", competences=["budgetlægning", "personaleledelse"]) for _ in range(3)]
    weak = [make_profile(sector="kommune", competences=["personaleledelse"]) for _ in range(3)]
    vacancy = make_vacancy(organisation=make_organisation("Finansstyrelsen", sector="stat"))
    tie_breaker = weight_effects.preview(db, directory, vacancy, Weights())
    assert tie_breaker.lifted == tie_breaker.passed_over == 0
    assert [m.profile.id for m in tie_breaker.after][:3] == sorted(p.id for p in strong)
    pushed = weight_effects.preview(db, directory, vacancy, Weights(cross_sector=5.0))
    assert [m.profile.id for m in pushed.after][:3] == sorted(p.id for p in weak)
    assert pushed.lifted == 3 and pushed.passed_over == 3


def test_aggregate_counts_other_public_sector_candidates_per_vacancy_sector(
    db, directory, make_profile, make_organisation, make_vacancy
):
    for sector in ("stat", "kommune", "region", "privat"):
        for _ in range(4):
            make_profile(sector=sector, open_to_sectors=["stat", "region", "kommune"])
    for sector in ("stat", "kommune", "region"):
        make_vacancy(organisation=make_organisation(sector=sector))
    make_vacancy(status=VacancyStatus.DRAFT)  # not published: not counted

    active, effect = weight_effects.aggregate(db, directory, [weights.active_weights(db), ONLY_COMPETENCE])
    for result, used in ((active, weights.active_weights(db)), (effect, ONLY_COMPETENCE)):
        assert [s.sector for s in result.sectors] == ["stat", "region", "kommune"]  # SECTORS, as on every page
        for sector_effect in result.sectors:
            vacancy = next(v for v in weight_effects.published_vacancies(db) if v.sector == sector_effect.sector)
            top = ranking.rank_candidates(db, directory, vacancy, 10, used, explain_all=False)
            other = [r for r in top if r.profile.sector not in (vacancy.sector, "privat")]
            private = [r for r in top if r.profile.sector == "privat"]
            assert sector_effect.vacancies == 1 and sector_effect.places == len(top) == 10
            assert sector_effect.share == pytest.approx(len(other) / 10)
            assert sector_effect.private_share == pytest.approx(len(private) / 10)
        assert result.total.vacancies == 3 and result.total.places == 30
        assert result.total.other_public == sum(s.other_public for s in result.sectors)
    assert {s.sector: s.baseline for s in active.sectors} == {"stat": 0.07, "kommune": 0.05, "region": 0.21}

    # Who moved: counted here from each vacancy's two top 10s, ranked one by one
    assert active.moves is None
    for moved in [*effect.moves.sectors, effect.moves.total]:
        vacancies = [v for v in weight_effects.published_vacancies(db) if moved.sector in (None, v.sector)]
        up = down = new = changed = 0
        for vacancy in vacancies:
            before = [
                r.profile.id
                for r in ranking.rank_candidates(
                    db, directory, vacancy, 10, weights.active_weights(db), explain_all=False
                )
            ]
            after = [
                r.profile.id
                for r in ranking.rank_candidates(db, directory, vacancy, 10, ONLY_COMPETENCE, explain_all=False)
            ]
            changed += before != after
            new += len(set(after) - set(before))
            up += sum(1 for i, p in enumerate(after) if p in before and i < before.index(p))
            down += sum(1 for i, p in enumerate(after) if p in before and i > before.index(p))
        assert (moved.vacancies, moved.places) == (len(vacancies), 10 * len(vacancies))
        assert (moved.changed, moved.up, moved.down, moved.new) == (changed, up, down, new), moved.sector
    assert effect.moves.total.new > 0  # competence alone does change who is in the top 10


def test_moves_count_who_goes_up_down_and_into_the_top_10(db, directory, pool):
    """Competence first puts the 7 far leaders on top; geography first puts the 7 near ones there. So with
    geography 4 near leaders are new in the top 10 (and 4 far ones drop out), the 3 near leaders who were 8th to
    10th move up into the first 7, and the 3 far leaders who stay fall from the first 7 to 8th to 10th."""
    _near, _far, _vacancy = pool
    first, second = weight_effects.aggregate(db, directory, [ONLY_COMPETENCE, ONLY_GEOGRAPHY])
    (moved,) = second.moves.sectors
    assert moved.sector == "stat" and second.moves.total == replace(moved, sector=None)
    assert (moved.vacancies, moved.changed, moved.places) == (1, 1, 10)
    assert (moved.new, moved.up, moved.down) == (4, 3, 3)
    assert moved.share(moved.new) == pytest.approx(0.4)
    (same,) = weight_effects.aggregate(db, directory, [ONLY_COMPETENCE, ONLY_COMPETENCE])[1].moves.sectors
    assert (same.changed, same.new, same.up, same.down) == (0, 0, 0, 0)


def test_aggregate_uses_one_index_and_no_explanations(db, directory, pool, monkeypatch):
    calls = []
    original = ranking.current_index
    monkeypatch.setattr(ranking, "current_index", lambda *args: calls.append(1) or original(*args))
    monkeypatch.setattr(ranking, "explain_many", lambda *args: pytest.fail("explained"))
    weight_effects.aggregate(db, directory, [ONLY_COMPETENCE, ONLY_GEOGRAPHY])
    assert len(calls) == 1


def test_aggregate_without_published_vacancies_is_empty(db, directory, make_profile):
    make_profile()
    (effect,) = weight_effects.aggregate(db, directory, [Weights()])
    assert effect.sectors == [] and effect.total.places == 0 and effect.total.share is None


def test_the_default_cross_sector_weight_can_only_break_ties():
    share = Weights().normalised()["cross_sector"]
    assert share / (1 - share) < weight_effects.FIT_TOLERANCE  # the most it can lift a candidate's fit by
