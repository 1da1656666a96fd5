"""``flask backup FILE`` and ``flask restore FILE``: restored into an empty database, every row is there.

Runs on the test database of the run: SQLite by default, PostgreSQL with TEST_DATABASE_URL (pg_dump and
pg_restore on PATH). The rows of every table in the models' metadata, and the migration stamp, are compared
one by one between the original and the restored database.
"""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import MetaData, Table, create_engine, select, text
from sqlalchemy.engine import make_url

from models import Base, Interest, Role, SavedSearch, WeightSet
from models.engine import make_engine, normalise_url
from tests.conftest import _worker_database
from webapp import create_app

pytestmark = pytest.mark.ops


@pytest.fixture
def empty_url(database_url, tmp_path):
    """A database on the same server as the test database, with nothing in it: not even tables."""
    if make_url(database_url).get_backend_name() == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    url = _worker_database(os.environ["TEST_DATABASE_URL"], f"{worker}_restore")
    yield url
    admin = create_engine(make_url(normalise_url(url)).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def _fill(db, make_user, make_organisation, make_profile, make_vacancy, make_token) -> None:
    """Rows in most tables: users of every role, organisations, profiles, vacancies and what links them."""
    organisation = make_organisation(name="Region Syddanmark", sector="region", municipality_code=461)
    leader = make_user(role=Role.LEADER, email="anne.leder@example.dk")
    employer = make_user(role=Role.EMPLOYER, email="bo.arbejdsgiver@example.dk", organisation=organisation)
    admin = make_user(role=Role.ADMIN, email="carl.admin@example.dk")
    profile = make_profile(user=leader, name="Anne Ærø Østergård", experiences=3)
    for number in range(5):
        make_profile(name=f"Leder {number}", email=f"leder{number}@example.dk", experiences=2)
    vacancy = make_vacancy(organisation=organisation, title="Direktør for Sundhed og Omsorg")
    make_vacancy(organisation=organisation, title="Kontorchef, kladde", status="draft")
    db.add(Interest(vacancy=vacancy, profile=profile))
    db.add(SavedSearch(user=leader, name="Økonomi", filters={"text": "økonomi"}, unsubscribe_token="afmeld-1"))
    db.add(WeightSet(version=2, weights={"competence": 1.0}, note="Gendannet?", created_by=admin))
    db.commit()
    make_token(employer)


def _contents(url: str) -> dict[str, list[tuple]]:
    """Every row of every table of ours, and the migration stamp, in primary-key order."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            found = {
                table.name: [tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key))]
                for table in Base.metadata.sorted_tables
            }
            stamp = Table("alembic_version", MetaData(), autoload_with=connection)
            found["alembic_version"] = [tuple(row) for row in connection.execute(select(stamp))]
    finally:
        engine.dispose()
    return found


def _app(url: str, instance):
    app = create_app({"TESTING": True, "DATABASE_URL": url, "SECRET_KEY": "test-secret"})
    app.instance_path = str(instance)
    return app


def test_a_backup_restored_into_an_empty_database_has_every_row(
    app,
    runner,
    db,
    database_url,
    empty_url,
    tmp_path,
    make_user,
    make_organisation,
    make_profile,
    make_vacancy,
    make_token,
):
    _fill(db, make_user, make_organisation, make_profile, make_vacancy, make_token)
    original = _contents(database_url)
    assert all(original[name] for name in ("user_account", "organisation", "profile", "experience", "vacancy"))

    path = tmp_path / "sektorbro.backup"
    made = runner.invoke(args=["backup", str(path)])
    assert made.exit_code == 0, made.output
    assert "Backup gemt" in made.output
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # personal data: the owner's eyes only

    target = _app(empty_url, tmp_path / "restored")
    try:
        restored = target.test_cli_runner().invoke(args=["restore", str(path)])
        assert restored.exit_code == 0, restored.output
        assert "index rebuild" in restored.output
    finally:
        target.extensions["sqlalchemy_engine"].dispose()
    copy = _contents(empty_url)
    assert {name: len(rows) for name, rows in copy.items()} == {name: len(rows) for name, rows in original.items()}
    assert copy == original
    assert any("Anne Ærø Østergård" in row for row in copy["profile"])  # a few values, by eye as well
    assert any("bo.arbejdsgiver@example.dk" in row for row in copy["user_account"])
    assert any("Direktør for Sundhed og Omsorg" in row for row in copy["vacancy"])


def test_restore_refuses_a_database_with_data_unless_forced(
    runner, db, database_url, empty_url, tmp_path, make_user, make_organisation, make_profile, make_vacancy, make_token
):
    _fill(db, make_user, make_organisation, make_profile, make_vacancy, make_token)
    path = tmp_path / "sektorbro.backup"
    assert runner.invoke(args=["backup", str(path)]).exit_code == 0

    target = _app(empty_url, tmp_path / "restored")
    try:
        cli = target.test_cli_runner()
        assert cli.invoke(args=["restore", str(path)]).exit_code == 0
        refused = cli.invoke(args=["restore", str(path)])
        assert refused.exit_code == 1
        assert "indeholder allerede data" in refused.output and "--force" in refused.output
        forced = cli.invoke(args=["restore", "--force", str(path)])
        assert forced.exit_code == 0, forced.output
    finally:
        target.extensions["sqlalchemy_engine"].dispose()
    assert _contents(empty_url) == _contents(database_url)


def test_restore_refuses_a_file_that_is_no_backup(runner, tmp_path):
    path = tmp_path / "not-a-backup"
    path.write_text("hello")
    refused = runner.invoke(args=["restore", str(path)])
    assert refused.exit_code == 1
    assert "er ikke en" in refused.output


def test_a_missing_pg_dump_is_a_typed_refusal_that_leaves_no_file(monkeypatch, tmp_path):
    from webapp.services import backup, errors

    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH
    with pytest.raises(errors.ClientProgramMissing) as refused:
        backup.backup("postgresql://sektorbro@127.0.0.1/sektorbro", tmp_path / "b.dump")
    assert refused.value.program == "pg_dump"
    assert not list(tmp_path.iterdir())  # no half-written file left behind


@pytest.mark.parametrize(
    "url, said",
    [
        ("postgresql://sektorbro@127.0.0.1/sektorbro", "pg_dump findes ikke på PATH. Installer PostgreSQL's"),
        ("mysql://sektorbro@127.0.0.1/sektorbro", "Backup understøtter kun SQLite og PostgreSQL, ikke mysql."),
    ],
)
def test_the_backup_command_says_why_it_refuses_and_exits_1(app, runner, monkeypatch, tmp_path, url, said):
    monkeypatch.setitem(app.config, "DATABASE_URL", url)
    monkeypatch.setenv("PATH", str(tmp_path))
    refused = runner.invoke(args=["backup", str(tmp_path / "b.dump")])
    assert refused.exit_code == 1
    assert f"Error: {said}" in refused.output and "Traceback" not in refused.output
    assert "apt-get install postgresql-client" in refused.output or "mysql" in said


def test_the_backup_command_says_it_cannot_write_where_the_folder_is_missing(runner, tmp_path):
    target = tmp_path / "no-such-folder" / "b.sqlite"
    refused = runner.invoke(args=["backup", str(target)])
    assert refused.exit_code == 1
    assert f"Error: Kan ikke skrive {target}: " in refused.output and "Traceback" not in refused.output
    assert not (tmp_path / "no-such-folder").exists()
