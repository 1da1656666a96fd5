"""Ranking in the app: the rank CLI contract, index freshness across processes, weights, pages."""

import json

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select

from matcher.weights import COMPONENTS, Weights
from models import IndexChange, Profile, Role, WeightSet
from models.migrations import alembic_config
from tests.services.test_importing import profile_line, vacancy_line
from webapp.services import ranking, weights

STAT_VACANCY = dict(
    external_id="v-stat",
    title="Kontorchef til økonomi",
    organisation="Finansstyrelsen",
    municipality="København",
    level=2,
    competences=["bevillingsstyring", "ministerbetjening", "ledelse af ledere"],
    description="Du skal lede kontoret og rådgive om økonomi.",
)


def leader_line(external_id, **fields):
    values = {
        "email": f"{external_id}@example.dk",
        "sector": "kommune",
        "organisation": "Gentofte Kommune",
        "municipality": "Gentofte",
        "level": 2,
        "open_to_sectors": ["stat", "kommune", "region"],
        "experience": [],
    }
    return profile_line(external_id=external_id, **(values | fields))


@pytest.fixture
def imported(runner, tmp_path):
    """Three leaders and one state vacancy, imported through the CLI."""
    profiles = tmp_path / "profiles.jsonl"
    profiles.write_text(
        "\n".join(
            [
                leader_line("p-budget", competences=["budgetlægning", "udvalgsbetjening", "ledelse af ledere"]),
                leader_line("p-far", municipality="Aalborg", competences=["budgetlægning", "udvalgsbetjening"]),
                leader_line("p-other", competences=["rengøring", "kantinedrift"]),
            ]
        )
    )
    vacancies = tmp_path / "vacancies.jsonl"
    vacancies.write_text(vacancy_line(**STAT_VACANCY))
    for kind, path in (("profiles", profiles), ("vacancies", vacancies)):
        result = runner.invoke(args=["import", kind, str(path)])
        assert result.exit_code == 0, result.output
    return tmp_path


def rank_json(runner, *args):
    result = runner.invoke(args=["rank", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_rank_cli_json_contract_right_after_import(runner, imported):
    items = rank_json(runner, "--vacancy", "v-stat", "--limit", "2")
    assert len(items) == 2
    for item in items:
        assert set(item) == {"external_id", "score", "components", "crosses_sector"}
        assert set(item["components"]) == set(COMPONENTS)
        assert all(0.0 <= value <= 1.0 for value in item["components"].values())
        assert item["crosses_sector"] is True
    assert items[0]["external_id"] == "p-budget"
    assert items[0]["score"] >= items[1]["score"]


def test_rank_all_and_profile(runner, imported):
    result = runner.invoke(args=["rank", "--all", "--limit", "3"])
    assert result.exit_code == 0, result.output
    everything = json.loads(result.output)
    assert list(everything) == ["v-stat"] and everything["v-stat"][0]["external_id"] == "p-budget"
    recommended = rank_json(runner, "--profile", "p-budget")
    assert [item["external_id"] for item in recommended] == ["v-stat"]


def test_rank_cli_bad_input(runner, imported):
    unknown = runner.invoke(args=["rank", "--vacancy", "findes-ikke"])
    assert unknown.exit_code == 1 and "Ukendt stilling: findes-ikke" in unknown.output
    both = runner.invoke(args=["rank", "--vacancy", "v-stat", "--profile", "p-budget"])
    assert both.exit_code == 2 and "præcis én" in both.output


def test_reimport_is_reflected_and_closed_sectors_are_never_ranked(runner, imported, app):
    assert "p-budget" in [i["external_id"] for i in rank_json(runner, "--vacancy", "v-stat")]
    update = imported / "update.jsonl"
    update.write_text(leader_line("p-budget", open_to_sectors=["kommune"], competences=["budgetlægning"]))
    assert runner.invoke(args=["import", "profiles", str(update)]).exit_code == 0
    ranking.forget(ranking.directory_for(app.instance_path))  # as a freshly started process would
    assert "p-budget" not in [i["external_id"] for i in rank_json(runner, "--vacancy", "v-stat")]


def test_an_edit_in_one_process_is_seen_by_another_without_refit(app, db, imported):
    directory = ranking.directory_for(app.instance_path)
    vacancy = db.scalar(select(ranking.Vacancy).where(ranking.Vacancy.external_id == "v-stat"))
    first = ranking.current_index(db, directory)
    version = first.version
    profile = db.scalar(select(Profile).where(Profile.external_id == "p-other"))
    profile.competences = ["bevillingsstyring", "ministerbetjening", "ledelse af ledere"]
    ranking.record_changes(db, [profile.id])  # what the profile service does on save
    db.commit()
    ranking.forget(directory)  # "another worker": loads the saved artifact, then replays the change log
    top = ranking.rank_candidates(db, directory, vacancy, limit=1)
    assert top[0].profile.external_id == "p-other"
    assert ranking.current_index(db, directory).version == version  # no refit happened


def test_weights_in_the_database_change_the_order(app, db, imported, make_user):
    directory = ranking.directory_for(app.instance_path)
    vacancy = db.scalar(select(ranking.Vacancy).where(ranking.Vacancy.external_id == "v-stat"))
    weights.create(
        db,
        Weights(competence=1, text=0, level=0, geography=0, willingness=0, cross_sector=0),
        note="kun kompetencer",
        created_by=None,
        activate=True,
    )
    db.commit()
    by_competence = [r.profile.external_id for r in ranking.rank_candidates(db, directory, vacancy)]
    admin = make_user(Role.ADMIN)
    weights.create(
        db,
        Weights(competence=0, text=0, level=0, geography=1, willingness=0, cross_sector=0),
        note="kun geografi",
        created_by=admin,
        activate=True,
    )
    db.commit()
    by_geography = [r.profile.external_id for r in ranking.rank_candidates(db, directory, vacancy)]
    assert by_competence.index("p-far") < by_competence.index("p-other")
    assert by_geography.index("p-far") == 2  # Aalborg is far from København
    assert db.scalar(select(WeightSet).where(WeightSet.active.is_(True))).note == "kun geografi"


def test_default_weight_set_comes_with_the_migration(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    command.upgrade(alembic_config(url), "head")
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(select(WeightSet.version, WeightSet.active, WeightSet.weights)).all()
    engine.dispose()
    active = [row for row in rows if row.active]
    assert len(active) == 1 and active[0].version == max(row.version for row in rows)
    assert Weights.from_dict(active[0].weights) == Weights()
    assert "function" in active[0].weights  # the function component's migration made the new defaults explicit


def test_default_weights_are_created_on_first_use(db):
    assert weights.active_weights(db) == Weights()
    assert weights.active_set(db).version == 1


def test_index_rebuild_cli_refits_and_prunes_the_change_log(runner, imported, db):
    # The import left a current index behind and pruned what it folded in; two leaders edit meanwhile.
    assert db.scalar(select(func.count(IndexChange.seq))) == 1
    ranking.record_changes(db, list(db.scalars(select(Profile.id).limit(2))))
    db.commit()
    assert db.scalar(select(func.count(IndexChange.seq))) == 3
    # Rows the previous snapshot may still need stay one build longer (a worker may fall back to it).
    result = runner.invoke(args=["index", "rebuild"])
    assert result.exit_code == 0 and "3 profiler" in result.output and "0 ændringer" in result.output
    result = runner.invoke(args=["index", "rebuild"])
    assert result.exit_code == 0 and "3 profiler" in result.output and "2 ændringer" in result.output
    # The newest row stays, so SQLite never hands out a sequence number at or below the snapshot's mark.
    assert db.scalar(select(func.count(IndexChange.seq))) == 1
    assert rank_json(runner, "--vacancy", "v-stat")[0]["external_id"] == "p-budget"


def test_employer_sees_explained_candidates(client, login, make_user, db, imported):
    vacancy = db.scalar(select(ranking.Vacancy).where(ranking.Vacancy.external_id == "v-stat"))
    login(make_user(Role.EMPLOYER, organisation=vacancy.organisation))
    html = client.get(f"/arbejdsgiver/stillinger/{vacancy.id}/kandidater").get_data(as_text=True)
    assert "Kandidat 1" in html and "Anden sektor" in html
    assert "udvalgsbetjening" in html and "ministerbetjening" in html  # both sectors' words
    assert "Lars Nielsen" not in html  # candidates are shown without their name


def test_candidate_page_is_only_for_the_owning_employer(client, login, make_user, make_organisation, db, imported):
    vacancy = db.scalar(select(ranking.Vacancy).where(ranking.Vacancy.external_id == "v-stat"))
    login(make_user(Role.EMPLOYER, organisation=make_organisation("Anden Styrelse")))
    assert client.get(f"/arbejdsgiver/stillinger/{vacancy.id}/kandidater").status_code == 403


def test_leader_sees_recommended_vacancies(client, login, make_user, db, imported):
    user = login(make_user())
    html = client.get("/leder/anbefalinger").get_data(as_text=True)
    assert "Udfyld din profil" in html
    profile = db.scalar(select(Profile).where(Profile.external_id == "p-budget"))
    profile.user_id = user.id
    db.commit()
    html = client.get("/leder/anbefalinger").get_data(as_text=True)
    assert "Kontorchef til økonomi" in html and "Anden sektor" in html


def test_rank_cli_with_an_id_beyond_the_database_is_a_clear_error(runner, imported):
    result = runner.invoke(args=["rank", "--vacancy", "sektorbro-vacancy-99999999999999999999"])
    assert result.exit_code == 1 and "Ukendt stilling" in result.output
