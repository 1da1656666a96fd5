"""Shared fixtures: an app on SQLite (default) or PostgreSQL (TEST_DATABASE_URL), factories, log-in helpers.

The schema is built once per test worker by running the real Alembic migrations; each test then starts
from empty tables. With pytest-xdist, every worker gets its own PostgreSQL database.
"""

from __future__ import annotations

import os
import re
import time
from datetime import date, timedelta
from itertools import count

import pytest
from alembic import command
from sqlalchemy import create_engine, delete, event, text
from sqlalchemy.engine import make_url

from models import Base, Experience, Organisation, Profile, Role, User, Vacancy, VacancyStatus, utcnow
from models.engine import make_engine, normalise_url
from models.migrations import alembic_config
from webapp import create_app
from webapp.services import passwords

PASSWORD = "korrekt-hest-batteri"
_serial = count(1)


def _worker_database(base_url: str, worker: str) -> str:
    """Create (fresh) a database of this worker's own on the PostgreSQL server in ``base_url``."""
    url = make_url(normalise_url(base_url))
    name = f"{url.database}_{worker}"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    """A migrated, empty database for this test worker."""
    base = os.environ.get("TEST_DATABASE_URL")
    if base:
        url = _worker_database(base, os.environ.get("PYTEST_XDIST_WORKER", "main"))
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"
    command.upgrade(alembic_config(url), "head")
    _empty(make_engine(url))  # the migrations seed a default weight set; every test starts from empty tables
    return url


def _empty(engine, dispose: bool = True) -> None:
    """Delete every row (identities restart on PostgreSQL)."""
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(delete(table))
    if dispose:
        engine.dispose()


@pytest.fixture(scope="session")
def engine(database_url):
    """An engine for arranging and inspecting data in tests."""
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture(autouse=True)
def _empty_tables(request):
    """Every test leaves empty tables behind (only tests that use the database pay for it)."""
    uses_database = "app" in request.fixturenames or "engine" in request.fixturenames
    engine = request.getfixturevalue("engine") if uses_database else None
    yield
    if engine is not None:
        _empty(engine, dispose=False)


@pytest.fixture
def app(database_url, tmp_path):
    """The app under test, with its instance folder in a temporary directory."""
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "SECRET_KEY": "test-secret",
            "SERVER_NAME": "localhost",
            "PUBLIC_URL": "http://localhost",  # the test client's host, so links lead back to the app under test
        }
    )
    app.instance_path = str(tmp_path)
    yield app
    app.extensions["sqlalchemy_engine"].dispose()


@pytest.fixture
def client(app):
    """A test client."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """A CLI runner."""
    return app.test_cli_runner()


@pytest.fixture
def db(app):
    """A session for arranging data; tests commit what the app should see."""
    session = app.extensions["sqlalchemy_sessionmaker"]()
    yield session
    session.close()


@pytest.fixture
def count_statements(app):
    """``count_statements(work)``: how many SQL statements ``work()`` sends to the database (for N+1 checks)."""
    engine = app.extensions["sqlalchemy_engine"]

    def count(work) -> int:
        statements = []

        def record(conn, cursor, statement, parameters, context, executemany):
            statements.append(statement)

        event.listen(engine, "before_cursor_execute", record)
        try:
            work()
        finally:
            event.remove(engine, "before_cursor_execute", record)
        return len(statements)

    return count


@pytest.fixture(scope="session")
def password_hash() -> str:
    """One Argon2 hash for every factory-made user (hashing is deliberately slow)."""
    return passwords.hash_password(PASSWORD)


@pytest.fixture
def make_organisation(db):
    """Factory: ``make_organisation(name=..., sector=..., parent=...)``."""

    def make(name: str | None = None, sector: str = "stat", municipality_code: int = 101, parent=None):
        organisation = Organisation(
            name=name or f"Organisation {next(_serial)}",
            sector=sector,
            municipality_code=municipality_code,
            parent=parent,
        )
        db.add(organisation)
        db.commit()
        return organisation

    return make


@pytest.fixture
def make_user(db, password_hash):
    """Factory: ``make_user(role=Role.LEADER, email=..., organisation=..., approved=True)``."""

    def make(role: Role = Role.LEADER, email: str | None = None, organisation=None, approved: bool = True, **fields):
        user = User(
            email=email or f"bruger{next(_serial)}@example.dk",
            password_hash=password_hash,
            role=role,
            organisation=organisation,
            approved_at=utcnow() if approved and role == Role.EMPLOYER else None,
            **fields,
        )
        db.add(user)
        db.commit()
        return user

    return make


@pytest.fixture
def make_profile(db):
    """Factory: a complete leader profile, optionally owned by ``user``."""

    def make(user=None, organisation=None, experiences: int = 1, **fields):
        values = {
            "name": "Mette Holm",
            "email": f"mette{next(_serial)}@example.dk",
            "sector": "kommune",
            "title": "Centerchef for Sundhed og Omsorg",
            "level": 2,
            "years_as_leader": 8,
            "municipality_code": 751,
            "max_commute_km": 60,
            "open_to_sectors": ["stat", "region", "kommune"],
            "seeking": "open",
            "competences": ["udvalgsbetjening", "budgetlægning", "forandringsledelse"],
            "summary": "Erfaren chef med ansvar for ældreområdet.",
            "education": "Master of Public Governance",
        } | fields
        profile = Profile(user=user, organisation=organisation, **values)
        profile.experiences = [
            Experience(
                sector=values["sector"],
                organisation="Aarhus Kommune",
                title=f"Leder {i}",
                level=1,
                start_year=2010 + i,
                end_year=None if i == 0 else 2011 + i,
                description="",
            )
            for i in range(experiences)
        ]
        db.add(profile)
        db.commit()
        return profile

    return make


@pytest.fixture
def make_vacancy(db, make_organisation):
    """Factory: a vacancy (published unless told otherwise)."""

    def make(organisation=None, status: str = VacancyStatus.PUBLISHED, **fields):
        values = {
            "title": "Kontorchef til økonomi",
            "municipality_code": 101,
            "level": 2,
            "competences": ["budgetlægning", "personaleledelse"],
            "nice_to_have": ["digitalisering"],
            "description": "Vi søger en kontorchef.",
            "deadline": date.today() + timedelta(days=30),
        } | fields
        vacancy = Vacancy(
            organisation=organisation or make_organisation(),
            status=status,
            published_at=utcnow() if status == VacancyStatus.PUBLISHED else None,
            **values,
        )
        db.add(vacancy)
        db.commit()
        return vacancy

    return make


@pytest.fixture
def login(client):
    """Log a user in by setting Flask-Login's session keys (the log-in form has its own tests)."""

    def do(user):
        with client.session_transaction() as session:
            session["_user_id"] = user.get_id()
            session["_fresh"] = True
            session["login_at"] = session["seen_at"] = int(time.time())
        return user

    return do


_TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


@pytest.fixture
def csrf(client):
    """Read a CSRF token from a page (default: one that always has a form)."""

    def token(url: str = "/konto/glemt-adgangskode") -> str:
        page = client.get(url).get_data(as_text=True)
        match = _TOKEN.search(page)
        assert match, f"no CSRF token on {url}"
        return match.group(1) or match.group(2)

    return token


@pytest.fixture
def make_token(db):
    """Factory: a personal API token for ``user``; returns the plain secret."""
    from webapp.services import tokens

    def make(user, name: str = "Testnøgle") -> str:
        _token, secret = tokens.create(db, user, name)
        db.commit()
        return secret

    return make


@pytest.fixture
def api_headers(make_token):
    """Factory: the ``Authorization`` header of a fresh API token for ``user``."""

    def headers(user) -> dict[str, str]:
        return {"Authorization": f"Bearer {make_token(user)}"}

    return headers


@pytest.fixture
def outbox(app):
    """The mails the app has spooled and not yet sent, oldest first: ``outbox()`` → [EmailMessage].

    Read ``message["To"]``, ``message["Subject"]`` and ``message.get_content()`` (the body).
    """
    from webapp.services import mail

    def read() -> list:
        with app.app_context():
            return [mail.read(path) for path in mail.outbox_files(mail.spool_dir(app.config))]

    return read


@pytest.fixture
def rebuild_index(app):
    """Build and publish the ranking index as `flask index rebuild` does (no request ever builds one).

    Call it after arranging the profiles and vacancies a test ranks; later edits reach the ranking through
    the change log, as in production.
    """
    from webapp.services import ranking

    def rebuild():
        session = app.extensions["sqlalchemy_sessionmaker"]()
        try:
            rebuilt = ranking.rebuild(session, ranking.directory_for(app.instance_path))
            session.commit()
        finally:
            session.close()
        return rebuilt.index

    return rebuild


@pytest.fixture
def build_index_on_first_use(monkeypatch):
    """Test shortcut for modules that arrange data and then rank: the first ranking of a test finds an index,
    built as `flask index rebuild` would have built it after the data was loaded (the app itself never
    builds one in a request; tests/webapp/test_index_store.py checks that)."""
    from sqlalchemy.orm import Session

    from matcher import snapshot_format
    from webapp.services import index_store, ranking

    original = index_store.current_index

    def current_index(session, directory):
        if snapshot_format.read_pointer(directory) is None:
            with Session(session.get_bind()) as own:  # as the CLI would: its own session, committed
                ranking.rebuild(own, directory, prune=False)  # no write: the request may hold SQLite's lock
                own.commit()
        return original(session, directory)

    monkeypatch.setattr(index_store, "current_index", current_index)
    monkeypatch.setattr(ranking, "current_index", current_index)
