"""Migrations reach the models' schema from an empty database, and back down again."""

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from models import Base
from models.engine import make_engine
from models.migrations import alembic_config


def test_upgrade_from_empty_database_matches_models(database_url):
    engine = make_engine(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_downgrade_to_base_and_upgrade_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'roundtrip.sqlite3'}"
    command.upgrade(alembic_config(url), "head")
    command.downgrade(alembic_config(url), "base")
    engine = make_engine(url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    command.upgrade(alembic_config(url), "head")
    assert {"user_account", "organisation", "profile", "experience", "vacancy"} <= set(
        inspect(engine).get_table_names()
    )
    engine.dispose()


def test_a_rows_public_key_is_made_and_read_back_in_one_place():
    from models.base import exported_row_id, public_key

    assert public_key("profile", None, 42) == "sektorbro-profile-42"
    assert public_key("vacancy", "ext-7", 42) == "ext-7"
    assert exported_row_id("sektorbro-profile-42", "profile") == 42
    assert exported_row_id("sektorbro-profile-42", "vacancy") is None  # a profile's key never names a vacancy
    assert exported_row_id("sektorbro-profile-4200000000", "profile") is None  # more digits than an id has
    assert exported_row_id("x", "profile") is None
