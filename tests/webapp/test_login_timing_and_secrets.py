"""Findings 9 and 12: a log-in reveals nothing about which addresses have accounts, reset tokens carry no part
of the password hash, and the SQLite database is readable by its owner only."""

import base64
import json
import os

from sqlalchemy import select

from models import Role, User
from models.engine import make_engine
from webapp.services import accounts, passwords


def test_an_unknown_address_costs_one_password_verification_like_a_known_one(db, make_user, monkeypatch):
    make_user(Role.LEADER, email="kendt@example.dk")
    calls = []
    original = passwords.verify_password
    monkeypatch.setattr(passwords, "verify_password", lambda h, p: calls.append(h) or original(h, p))
    assert accounts.authenticate(db, "kendt@example.dk", "forkert-kodeord") is None
    assert accounts.authenticate(db, "ukendt@example.dk", "forkert-kodeord") is None
    assert len(calls) == 2  # the unknown address was verified against a dummy hash


def test_a_reset_token_carries_no_part_of_the_password_hash(app, db, make_user):
    user = make_user(Role.LEADER)
    token = passwords.make_reset_token(app.secret_key, user.id, user.password_hash)
    payload = token.split(".")[0]
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert data["user"] == user.id
    assert data["h"] not in user.password_hash and user.password_hash[-16:] not in token
    assert accounts.user_for_reset_token(db, app.secret_key, token, 3600) == user


def test_a_reset_token_dies_when_the_password_changes(app, db, make_user):
    user = make_user(Role.LEADER)
    token = passwords.make_reset_token(app.secret_key, user.id, user.password_hash)
    accounts.set_password(db, user, "et-helt-nyt-kodeord")
    db.commit()
    assert accounts.user_for_reset_token(db, app.secret_key, token, 3600) is None
    assert db.scalar(select(User).where(User.id == user.id)) is not None


def test_the_sqlite_database_file_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "ny.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (a INTEGER)")
    engine.dispose()
    for name in os.listdir(tmp_path):
        assert os.stat(tmp_path / name).st_mode & 0o777 == 0o600, name
