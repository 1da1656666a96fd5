"""JSON-lines export in exactly the format the import reads."""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from matcher import geography
from models import Profile, Vacancy

from . import contracts


def _spliced(values: dict, at: dict[str, dict]) -> dict:
    """``values`` with each key named in ``at`` replaced, in its place, by the items ``at`` gives for it: the
    file keeps the key order it has always had while its values come from the contract's one mapping."""
    record = {}
    for name, value in values.items():
        record |= at.get(name, {name: value})
    return record


def profile_record(profile: Profile) -> dict:
    """A profile as an import record; profiles made in the UI get a stable ``sektorbro-profile-<id>`` key."""
    values = contracts.profile_values(profile)
    municipality = {"municipality": geography.municipality_name(profile.municipality_code)}
    return {"external_id": profile.public_key} | _spliced(values, {"municipality_code": municipality})


def vacancy_record(vacancy: Vacancy) -> dict:
    """A vacancy as an import record: its organisation by name (and sector) and its status besides its fields."""
    organisation = vacancy.organisation
    where = {
        "sector": organisation.sector,
        "organisation": organisation.name,
        "municipality": geography.municipality_name(vacancy.municipality_code),
    }
    values = contracts.vacancy_values(vacancy)
    status_and_kind = {"status": vacancy.status, "kind": values["kind"]}
    return {"external_id": vacancy.public_key} | _spliced(values, {"municipality_code": where, "kind": status_and_kind})


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
