"""The command-line contract: db, create-admin, seed-demo, import and export."""

import json

from sqlalchemy import func, select

from models import Organisation, Profile, Role, User, Vacancy
from tests.services.test_importing import profile_line, vacancy_line


def test_create_admin(runner, db):
    result = runner.invoke(args=["create-admin", "HR@example.dk", "--password", "et-langt-kodeord"])
    assert result.exit_code == 0, result.output
    assert db.scalar(select(User.role).where(User.email == "hr@example.dk")) == Role.ADMIN
    again = runner.invoke(args=["create-admin", "hr@example.dk", "--password", "et-langt-kodeord"])
    assert again.exit_code == 1 and "findes allerede" in again.output
    short = runner.invoke(args=["create-admin", "x@example.dk", "--password", "kort"])
    assert short.exit_code == 1 and "mindst" in short.output


def test_seed_demo_creates_demo_accounts_and_is_deterministic(runner, db):
    result = runner.invoke(args=["seed-demo", "--profiles", "40", "--vacancies", "12", "--seed", "7"])
    assert result.exit_code == 0, result.output
    assert "leder@example.dk" in result.output and "demo-sektorbro" in result.output
    assert db.scalar(select(func.count(Profile.id))) == 41
    leader = db.scalar(select(User).where(User.email == "leder@example.dk"))
    assert leader.profile is not None and len(leader.profile.experiences) >= 2
    employer = db.scalar(select(User).where(User.email == "arbejdsgiver@example.dk"))
    assert employer.is_approved_employer and employer.organisation.sector == "stat"
    assert employer.organisation.parent is not None
    published = db.scalar(
        select(func.count(Vacancy.id)).where(
            Vacancy.organisation_id == employer.organisation_id, Vacancy.status == "published"
        )
    )
    assert published >= 3
    sectors = set(db.scalars(select(Organisation.sector).join(Vacancy.organisation)))
    assert {"stat", "region", "kommune"} <= sectors
    titles = list(db.scalars(select(Profile.title).order_by(Profile.external_id)))
    skipped = runner.invoke(args=["seed-demo", "--if-empty"])
    assert skipped.exit_code == 0 and "springes over" in skipped.output
    rerun = runner.invoke(args=["seed-demo", "--profiles", "40", "--vacancies", "12", "--seed", "7"])
    assert rerun.exit_code == 0, rerun.output
    assert list(db.scalars(select(Profile.title).order_by(Profile.external_id))) == titles


def test_import_and_export_round_trip(runner, db, tmp_path):
    source = tmp_path / "profiles.jsonl"
    source.write_text(profile_line() + "\n" + profile_line(external_id="p-2", email="c@example.dk") + "\n")
    result = runner.invoke(args=["import", "profiles", str(source)])
    assert result.exit_code == 0, result.output
    assert "2 nye" in result.output
    target = tmp_path / "out.jsonl"
    assert runner.invoke(args=["export", "profiles", str(target)]).exit_code == 0
    rows = [json.loads(line) for line in target.read_text().splitlines()]
    assert [row["external_id"] for row in rows] == ["p-1", "p-2"]
    vacancies = tmp_path / "vacancies.jsonl"
    vacancies.write_text(vacancy_line() + "\n")
    assert runner.invoke(args=["import", "vacancies", str(vacancies)]).exit_code == 0
    assert db.scalar(select(func.count(Vacancy.id))) == 1


def test_import_with_one_bad_line_writes_nothing(runner, db, tmp_path):
    source = tmp_path / "profiles.jsonl"
    source.write_text(
        "\n".join([profile_line(), profile_line(external_id="p-2", sector="marsbase"), profile_line(external_id="p-3")])
        + "\n"
    )
    result = runner.invoke(args=["import", "profiles", str(source)])
    assert result.exit_code == 1
    assert "linje 2, felt sector" in result.output and "Intet er skrevet" in result.output
    assert db.scalar(select(func.count(Profile.id))) == 0
    assert db.scalar(select(func.count(Organisation.id))) == 0


def test_import_of_missing_or_binary_file_is_a_clear_error(runner, tmp_path):
    missing = runner.invoke(args=["import", "profiles", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code != 0 and "Kan ikke læse" in missing.output
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    result = runner.invoke(args=["import", "profiles", str(binary)])
    assert result.exit_code != 0 and "Kan ikke læse" in result.output


def test_reimporting_an_export_of_ui_profiles_updates_them_instead_of_copying(
    runner, db, make_user, make_profile, tmp_path
):
    profile = make_profile(user=make_user(), name="Fra Webben")
    target = tmp_path / "export.jsonl"
    assert runner.invoke(args=["export", "profiles", str(target)]).exit_code == 0
    row = json.loads(target.read_text().splitlines()[0])
    assert row["external_id"] == f"sektorbro-profile-{profile.id}"
    target.write_text(json.dumps(row | {"title": "Ny titel"}) + "\n")
    result = runner.invoke(args=["import", "profiles", str(target)])
    assert result.exit_code == 0 and "0 nye og 1 opdaterede" in result.output
    assert db.scalar(select(func.count(Profile.id))) == 1
    db.expire_all()
    assert db.get(Profile, profile.id).title == "Ny titel" and db.get(Profile, profile.id).user_id is not None
