"""Finding 5: after a leader deletes their account, no file under the instance folder — the SQLite database,
its write-ahead log, the saved index, the mail spool — holds their name, e-mail, external id or a word only they
wrote; and no notification about them is left in anyone's inbox."""

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from models import Notification, Role, User
from models.migrations import alembic_config
from webapp import create_app
from webapp.services import ranking

NAME = "Kirsten Vindelev"
EMAIL = "kirsten.vindelev@example.dk"
EXTERNAL_ID = "ext-vindelev-77"
OWN_WORD = "zorblaxmetoden"  # a word no one else wrote


@pytest.fixture
def own_app(tmp_path):
    """An app whose SQLite database lives in its own instance folder, as in `make run`."""
    instance = tmp_path / "instance"
    instance.mkdir()
    url = f"sqlite:///{instance / 'sektorbro.sqlite3'}"
    command.upgrade(alembic_config(url), "head")
    app = create_app(
        {"TESTING": True, "DATABASE_URL": url, "SECRET_KEY": "test-secret", "PUBLIC_URL": "http://localhost"}
    )
    app.instance_path = str(instance)
    yield app
    app.extensions["sqlalchemy_engine"].dispose()


def traces(folder: Path) -> list[tuple[str, str]]:
    """(file, string) for every identifying string still found in any file of the folder."""
    needles = [NAME, EMAIL, EXTERNAL_ID, OWN_WORD, "Vindelev", "vindelev"]
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [(path.name, needle) for needle in needles if needle.encode() in data]
    return found


def test_no_file_in_the_instance_folder_remembers_a_deleted_leader(own_app, password_hash):
    from models import Experience, Organisation, Profile, Vacancy, VacancyStatus, utcnow
    from webapp.services import contacts, interest

    session = own_app.extensions["sqlalchemy_sessionmaker"]()
    organisation = Organisation(name="Finansstyrelsen", sector="stat", municipality_code=101)
    leader = User(email=EMAIL, password_hash=password_hash, role=Role.LEADER)
    others = [
        Profile(
            name=f"Anden Leder {i}",
            email=f"anden{i}@example.dk",
            sector="kommune",
            title="Økonomichef",
            level=2,
            municipality_code=751,
            open_to_sectors=["stat", "kommune"],
            competences=["budgetlægning", "økonomistyring"],
            summary="Jeg leder økonomifunktionen og budgetlægningen.",
        )
        for i in range(3)
    ]
    profile = Profile(
        user=leader,
        external_id=EXTERNAL_ID,
        name=NAME,
        email=EMAIL,
        sector="stat",
        title="Kontorchef",
        level=2,
        municipality_code=101,
        open_to_sectors=["stat", "kommune"],
        competences=["budgetlægning", f"{OWN_WORD} i praksis"],
        summary=f"Jeg indførte {OWN_WORD} og {OWN_WORD} i hele kontoret, siger {NAME}.",
        experiences=[
            Experience(sector="stat", organisation="Vindelev Rådgivning", title="Chef", level=2, start_year=2015)
        ],
    )
    employer = User(email="hr@fst.example.dk", password_hash=password_hash, role=Role.EMPLOYER, approved_at=utcnow())
    employer.organisation = organisation
    vacancy = Vacancy(
        created_by=employer,
        organisation=organisation,
        title="Kontorchef til økonomi",
        municipality_code=101,
        level=2,
        competences=["budgetlægning"],
        status=VacancyStatus.PUBLISHED,
        published_at=utcnow(),
    )
    session.add_all([organisation, leader, employer, profile, vacancy, *others])
    session.commit()
    with own_app.test_request_context():  # the employer asks, the leader accepts and shows interest: everyone is told
        request = contacts.send(session, employer, vacancy, profile, "Må vi ringe til dig om stillingen?")
        session.commit()
        contacts.answer(session, leader, request.id, accept=True)
        interest.express(session, leader, vacancy.id)
        session.commit()
    assert {n.user_id for n in session.scalars(select(Notification))} == {leader.id, employer.id}
    assert len(list((Path(own_app.instance_path) / "mail" / "outbox").glob("*.eml"))) == 2  # to each of them
    directory = ranking.directory_for(own_app.instance_path)
    ranking.rebuild(session, directory)  # as `flask index rebuild` does
    session.commit()
    ranking.rank_candidates(session, directory, vacancy, limit=10)
    ranking.rebuild(session, directory)  # a second snapshot: the previous one is kept beside it
    session.commit()
    assert traces(Path(own_app.instance_path))  # the test can see the leader before the deletion

    client = own_app.test_client()
    with client.session_transaction() as cookie:
        import time

        cookie["_user_id"] = leader.get_id()
        cookie["login_at"] = cookie["seen_at"] = int(time.time())
    page = client.get("/leder/mine-data/slet").get_data(as_text=True)
    import re

    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    response = client.post("/leder/mine-data/slet", data={"csrf_token": token, "confirm_email": EMAIL})
    assert response.status_code == 302
    session.close()
    check = own_app.extensions["sqlalchemy_sessionmaker"]()
    assert check.scalar(select(User).where(User.email == EMAIL)) is None
    assert check.scalar(select(Notification)) is None  # the employer's notifications about the leader went too
    check.close()
    assert len(list((Path(own_app.instance_path) / "mail" / "outbox").glob("*.eml"))) == 1  # the employer's
    # The deletion is a tombstone at once; the background job rebuilds without the leader and keeps no older
    # snapshot, so the vectors leave the disk.
    result = own_app.test_cli_runner().invoke(args=["index", "watch", "--once"])
    assert "profil er slettet" in result.output, result.output
    ranking.forget(directory)
    own_app.extensions["sqlalchemy_engine"].dispose()
    assert traces(Path(own_app.instance_path)) == []
