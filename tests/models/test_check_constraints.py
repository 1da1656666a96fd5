"""The models' CHECK constraints are written from the enums and value tuples (``models.enums.check_in`` and
friends), say exactly what the migrations created, and let every value of their vocabulary through."""

import pytest
from sqlalchemy import CheckConstraint, inspect, text

from models import Base, Decision, RejectReason, Role, Seeking, VacancyKind, VacancyStatus, Visibility
from models.engine import make_engine
from models.enums import LEVELS, ContactStatus, Sector, TokenScope, check_between
from models.followup import FOLLOW_UP_MONTHS, WORKS_SCALE, FollowUpSide, FollowUpStatus
from models.impression import TOP
from models.mentoring import MAX_MENTEES, MentorRequestStatus
from models.notification import Delivery, NotificationKind
from models.outcome import OutcomeKind, OutcomeSource
from models.talent import TalentFrequency


def _model_checks() -> dict[tuple[str, str], str]:
    """(table, constraint name) → the SQL the models declare."""
    return {
        (table.name, constraint.name): str(constraint.sqltext)
        for table in Base.metadata.sorted_tables
        for constraint in table.constraints
        if isinstance(constraint, CheckConstraint)
    }


def test_the_models_checks_are_the_migrations_checks(database_url):
    """SQLite keeps each CHECK as written, so the text must match; PostgreSQL keeps its own normalised rewrite
    (``(sector)::text = ANY (ARRAY[...])``), so there every check must exist under its name, and what it lets
    through is the next test's."""
    engine = make_engine(database_url)
    try:
        found = inspect(engine)
        migrated = {
            (table, check["name"]): " ".join(check["sqltext"].split())
            for table in found.get_table_names()
            for check in found.get_check_constraints(table)
        }
        dialect = engine.dialect.name
    finally:
        engine.dispose()
    models = {key: " ".join(sql.split()) for key, sql in _model_checks().items()}
    assert set(models) <= set(migrated)
    if dialect == "sqlite":
        assert {key: sql.strip("()") for key, sql in models.items()} == {
            key: sql.strip("()") for key, sql in migrated.items() if key in models
        }


# Each constrained column with every value its vocabulary has, and one value it does not.
VOCABULARIES = [
    ("organisation", "sector", list(Sector), "offentlig"),
    ("user_account", "role", list(Role), "root"),
    ("profile", "sector", list(Sector), "offentlig"),
    ("profile", "seeking", list(Seeking), "maybe"),
    ("profile", "visibility", list(Visibility), "public"),
    ("profile", "level", list(LEVELS), 5),
    ("experience", "level", list(LEVELS), 0),
    ("vacancy", "status", list(VacancyStatus), "archived"),
    ("vacancy", "kind", list(VacancyKind), "internship"),
    ("vacancy", "level", list(LEVELS), 5),
    ("candidate_decision", "decision", [*Decision, None], "maybe"),
    ("candidate_decision", "reason", [*RejectReason, None], "mood"),
    ("contact_request", "status", list(ContactStatus), "ignored"),
    ("api_token", "scope", list(TokenScope), "admin"),
    ("notification", "kind", list(NotificationKind), "spam"),
    ("notification", "delivery", list(Delivery), "sometimes"),
    ("outcome", "kind", list(OutcomeKind), "fired"),
    ("outcome", "source", list(OutcomeSource), "rumour"),
    ("outcome", "from_sector", [*Sector, None], "offentlig"),
    ("outcome", "level_after", [*LEVELS, None], 5),
    ("mentor_offer", "max_mentees", list(range(1, MAX_MENTEES + 1)), MAX_MENTEES + 1),
    ("mentor_request", "status", list(MentorRequestStatus), "lost"),
    ("mentor_request", "target_sector", list(Sector), "offentlig"),
    ("impression", "position", list(range(1, TOP + 1)), TOP + 1),
    ("talent_search", "frequency", list(TalentFrequency), "hourly"),
    ("talent_search", "level", [*LEVELS, None], 0),
    ("follow_up", "side", list(FollowUpSide), "both"),
    ("follow_up", "status", list(FollowUpStatus), "lost"),
    ("follow_up", "months", list(FOLLOW_UP_MONTHS), 6),
    ("follow_up_answer", "works", list(WORKS_SCALE), 6),
]


def _passes(connection, table: str, column: str, value, outside) -> bool:
    sql = _model_checks()[(table, f"ck_{table}_{column}")]
    kind = "INTEGER" if isinstance(outside, int) else "VARCHAR(40)"  # typed, so PostgreSQL can compare a NULL too
    candidate = f"(SELECT CAST(:v AS {kind}) AS {column}) AS candidate"
    row = connection.execute(text(f"SELECT CASE WHEN {sql} THEN 1 ELSE 0 END FROM {candidate}"), {"v": value})
    return row.scalar() == 1


@pytest.mark.parametrize(("table", "column", "values", "outside"), VOCABULARIES, ids=lambda v: str(v)[:20])
def test_every_value_of_a_vocabulary_passes_its_check_and_one_outside_does_not(
    database_url, table, column, values, outside
):
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            assert all(_passes(connection, table, column, getattr(v, "value", v), outside) for v in values)
            assert not _passes(connection, table, column, outside, outside)
    finally:
        engine.dispose()


def test_a_range_with_gaps_is_not_written_as_between():
    with pytest.raises(ValueError):
        check_between("months", (3, 12))
