"""JSON-lines export in exactly the format the import reads."""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from matcher import geography
from models import Profile, Vacancy


def _municipality(code: int) -> str:
    found = geography.find_municipality(code)
    return found.name if found else str(code)


def profile_record(profile: Profile) -> dict:
    """A profile as an import record; profiles made in the UI get a stable ``sektorbro-profile-<id>`` key."""
    return {
        "external_id": profile.public_key,
        "name": profile.name,
        "email": profile.email,
        "sector": profile.sector,
        "organisation": profile.organisation.name if profile.organisation else None,
        "title": profile.title,
        "level": profile.level,
        "years_as_leader": profile.years_as_leader,
        "municipality": _municipality(profile.municipality_code),
        "max_commute_km": profile.max_commute_km,
        "open_to_sectors": list(profile.open_to_sectors),
        "seeking": profile.seeking,
        "competences": list(profile.competences),
        "summary": profile.summary,
        "experience": [
            {
                "sector": e.sector,
                "organisation": e.organisation,
                "title": e.title,
                "level": e.level,
                "start_year": e.start_year,
                "end_year": e.end_year,
                "description": e.description,
            }
            for e in profile.experiences
        ],
        "education": profile.education,
        "visibility": profile.visibility,
    }


def vacancy_record(vacancy: Vacancy) -> dict:
    """A vacancy as an import record."""
    return {
        "external_id": vacancy.public_key,
        "title": vacancy.title,
        "sector": vacancy.organisation.sector,
        "organisation": vacancy.organisation.name,
        "municipality": _municipality(vacancy.municipality_code),
        "level": vacancy.level,
        "competences": list(vacancy.competences),
        "nice_to_have": list(vacancy.nice_to_have),
        "description": vacancy.description,
        "deadline": vacancy.deadline.isoformat() if vacancy.deadline else None,
        "status": vacancy.status,
        "kind": vacancy.kind,
        "duration_months": vacancy.duration_months,
        "start_month": vacancy.start_month.strftime("%Y-%m") if vacancy.start_month else None,
        "home_employer_pays": vacancy.home_employer_pays,
    }


def export_lines(session: Session, kind: str) -> Iterator[str]:
    """Yield one JSON line per profile or vacancy, streaming in id order."""
    if kind == "profiles":
        stmt = select(Profile).options(joinedload(Profile.organisation), selectinload(Profile.experiences))
        to_record, model = profile_record, Profile
    else:
        stmt = select(Vacancy).options(joinedload(Vacancy.organisation))
        to_record, model = vacancy_record, Vacancy
    for item in session.scalars(stmt.order_by(model.id).execution_options(yield_per=2000)):
        yield json.dumps(to_record(item), ensure_ascii=False) + "\n"
