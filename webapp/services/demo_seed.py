"""Load generated demo data into the database, with the three demo accounts."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher import geography
from models import Organisation, Outcome, OutcomeKind, OutcomeSource, Profile, Role, User, utcnow

from ..demo import DemoData
from . import (
    accounts,
    demo_funnel,
    demo_mentors,
    demo_rotations,
    demo_talent,
    followups_demo,
    importing,
    organisations,
)
from .records import ProfileRecord, VacancyRecord

DEMO_PASSWORD = "demo-sektorbro"
DEMO_LEADER = "leder@example.dk"
DEMO_EMPLOYER = "arbejdsgiver@example.dk"
DEMO_ADMIN = "admin@example.dk"
# The generator writes deadlines relative to this date; seeding moves them to "now".
GENERATOR_BASE_DATE = date(2026, 12, 1)
# Demo hires over the last year, so the mobility dashboard has something to show. Where hires go roughly
# follows where public leaders work (kommuner employ most); the share from another public subsector is set
# somewhat above what VIVE measured in 2022 (7 % into the state, 5 % into kommuner, 21 % into regioner), as a
# service for mobility would hope to move it; a few come from the private sector.
DEMO_HIRES = 200
HIRES_INTO = {"kommune": 0.5, "stat": 0.3, "region": 0.2}
FROM_OTHER_PUBLIC = {"stat": 0.12, "kommune": 0.09, "region": 0.28}
FROM_PRIVATE = 0.06


@dataclass(frozen=True)
class SeedResult:
    """What was seeded, for the CLI summary."""

    organisations: int
    profiles: int
    vacancies: int


def _rebase_deadline(record: dict, today: date) -> dict:
    if not record.get("deadline"):
        return record
    offset = date.fromisoformat(record["deadline"]) - GENERATOR_BASE_DATE
    return record | {"deadline": (today + offset + timedelta(days=2)).isoformat()}


def _chosen_visibility(record: dict) -> dict:
    """Demo leaders have made their choice: visible, so every demo employer sees a full candidate list.

    Left out, an import makes a new profile discreet (``visibility.DEFAULT_VISIBILITY``); the demo says so
    explicitly rather than hiding leaders from the demo employer's own organisation family.
    """
    return {"visibility": "visible"} | record


def _create_organisations(session: Session, data: DemoData) -> int:
    created = 0
    for row in data.organisations:
        if organisations.find_by_name(session, row["name"]) is not None:
            continue
        parent = organisations.find_by_name(session, row["parent"]) if row["parent"] else None
        municipality = geography.find_municipality(row["municipality"])
        organisations.create(
            session,
            row["name"],
            row["sector"],
            municipality.code if municipality else None,
            parent.id if parent else None,
        )
        created += 1
    return created


def _user(session: Session, email: str, role: Role, organisation_id: int | None = None) -> User:
    user = accounts.find_by_email(session, email) or accounts.create_user(
        session, email, DEMO_PASSWORD, role, organisation_id
    )
    if role == Role.EMPLOYER:
        user.organisation_id = organisation_id
        user.approved_at = user.approved_at or utcnow()
    return user


def _counted(records: Iterable[dict], progress: Callable[[int], object] | None) -> Iterator[dict]:
    for record in records:
        yield record
        if progress:
            progress(1)


def seed(
    session: Session, data: DemoData, today: date | None = None, progress: Callable[[int], object] | None = None
) -> SeedResult:
    """Write organisations, profiles, vacancies and the demo accounts; the caller commits.

    ``progress(n)`` is called as records are validated, for a progress bar.
    """
    today = today or date.today()
    created = _create_organisations(session, data)
    profile_records = importing.parse_lines(
        (json.dumps(_chosen_visibility(r)) for r in _counted([*data.profiles, data.demo_leader], progress)),
        ProfileRecord,
    )
    importing.import_profiles(session, profile_records)
    vacancy_records = importing.parse_lines(
        (json.dumps(_rebase_deadline(r, today)) for r in _counted(data.vacancies, progress)),
        VacancyRecord,
    )
    importing.import_vacancies(session, vacancy_records)
    demo_rotations.seed_offers(session, data.demo_employer_organisation, today)  # rotation, secondment, shadowing

    leader = _user(session, DEMO_LEADER, Role.LEADER)
    profile = session.scalar(select(Profile).where(Profile.external_id == data.demo_leader["external_id"]))
    profile.user_id = leader.id
    profile.email = DEMO_LEADER
    employer_org = session.scalar(select(Organisation).where(Organisation.name == data.demo_employer_organisation))
    employer = _user(session, DEMO_EMPLOYER, Role.EMPLOYER, employer_org.id)
    _user(session, DEMO_ADMIN, Role.ADMIN)
    _demo_hires(session, today, exclude=profile.id)
    followups_demo.seed_answers(session, today)
    demo_mentors.seed(session, profile.id, DEMO_PASSWORD)  # leaders who crossed offer conversations
    demo_funnel.seed(session, today, employer_org.id, profile.id)  # employers' use of the service: the funnel
    session.flush()
    demo_talent.seed(session, employer, utcnow())  # the demo employer's talent searches and their last digest
    session.flush()
    return SeedResult(created, len(profile_records), len(vacancy_records))


def _demo_hires(session: Session, today: date, exclude: int) -> int:
    """New jobs demo leaders have reported over the last year (each leader at most once; the same data every
    time). They are the leaders' reports, not contacts through Sektorbro, so the funnel stays empty until
    employers use the demo."""
    rng = random.Random(2022)
    waiting: dict[str, list[Profile]] = {}
    for found in session.scalars(select(Profile).where(Profile.id != exclude).order_by(Profile.id)):
        waiting.setdefault(found.sector, []).append(found)
    for group in waiting.values():
        rng.shuffle(group)
    # Exact proportions (the numbers are small: drawn at random they would wander far from the intended shares).
    plan = []
    for to_sector, weight in HIRES_INTO.items():
        count = round(DEMO_HIRES * weight)
        other = [sector for sector in HIRES_INTO if sector != to_sector]
        crossing = round(count * FROM_OTHER_PUBLIC[to_sector])
        private = round(count * FROM_PRIVATE)
        plan += [(other[i % 2], to_sector) for i in range(crossing)] + [("privat", to_sector)] * private
        plan += [(to_sector, to_sector)] * (count - crossing - private)
    made = 0
    for from_sector, to_sector in plan:
        if not waiting.get(from_sector):
            continue  # this sector's demo leaders have all moved once already
        leader = waiting[from_sector].pop()
        step_up = leader.level < 4 and rng.random() < 0.3  # a promotion (level 4 is top management)
        session.add(
            Outcome(
                profile_id=leader.id,
                source=OutcomeSource.LEADER,
                kind=OutcomeKind.HIRED,
                occurred_on=today - timedelta(days=rng.randint(5, 360)),
                from_sector=leader.sector,
                to_sector=to_sector,
                level_before=leader.level,
                level_after=leader.level + 1 if step_up else leader.level,
                via_sektorbro=False,  # reports without a contact: the funnel counts only what it saw
                history=[],
            )
        )
        made += 1
    return made
