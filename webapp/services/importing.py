"""All-or-nothing JSON-lines import of profiles and vacancies, upserting on ``external_id``.

Every line is validated before anything is written; one bad line means nothing is written and every
problem is reported with its line number, its field and its rule (``LineError``), which the edge that shows it
words (the CLI, through ``webapp/contract_messages.line_message``). Writes are bulk statements inside the caller's
transaction so 100,000 profiles go in within seconds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError
from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from models import Experience, Organisation, Profile, Vacancy, VacancyStatus, utcnow
from models.base import exported_row_id

from . import contracts, ranking
from .records import ProfileRecord, VacancyRecord, field_path
from .visibility import DEFAULT_VISIBILITY

CHUNK = 5000


@dataclass(frozen=True)
class LineError:
    """One problem in the input file: where (``field`` as the file names it, "" for the line as a whole) and
    which rule, as ``refusal``: pydantic's error (``type``, ``ctx``, ``input``, ``msg``; a contract's domain error
    has its ServiceError in ``ctx["problem"]``) or one of the import's own in the same shape (``type`` one of
    ``LINE_REFUSALS``)."""

    line: int
    field: str
    refusal: dict


# The import's own refusals, beside the contracts' (their values in ``ctx``).
LINE_REFUSALS = (
    "line_not_json",  # reason, position
    "line_too_deep",
    "line_not_object",
    "external_id_repeated",  # first_line
    "organisation_in_other_sector",  # name, sector
    "organisation_in_two_sectors",  # name
)


def _line_error(line: int, field: str, kind: str, **context) -> LineError:
    """A refusal of the import's own (``LINE_REFUSALS``)."""
    return LineError(line, field, {"type": kind, "ctx": context})


class ImportRejected(Exception):
    """The file had errors; nothing was written."""

    def __init__(self, errors: list[LineError]):
        super().__init__(f"{len(errors)} line errors")
        self.errors = errors


@dataclass
class ImportResult:
    """What an import did."""

    created: int = 0
    updated: int = 0
    organisations_created: int = 0
    external_ids: list[str] = field(default_factory=list)


def _unreadable(number: int, line: str) -> LineError | None:
    """Why a line is no JSON object at all (not JSON, nested too deep, not an object), as the import's own refusal;
    None when it is one. Read only for a line pydantic refused as a whole: Python's parser gives the refusal's
    ``reason`` and ``position`` as the import has always worded them, and tells a line nested too deep from broken
    JSON, which pydantic's ``json_invalid`` lumps together."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return _line_error(number, "", "line_not_json", reason=error.msg, position=error.pos + 1)
    except RecursionError:
        return _line_error(number, "", "line_too_deep")
    if not isinstance(data, dict):
        return _line_error(number, "", "line_not_object")
    return None


def parse_lines(lines: Iterable[str], model: type[BaseModel]) -> list[tuple[int, BaseModel]]:
    """Validate every non-blank line; raise ImportRejected listing all errors if any line is bad."""
    records: list[tuple[int, BaseModel]] = []
    errors: list[LineError] = []
    first_line_of: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            # As JSON, so a date is read from its text as the API reads it (the contracts are strict). One parse per
            # line: a good line is never read a second time by ``json.loads``.
            record = model.model_validate_json(line)
        except ValidationError as error:
            items = error.errors(include_url=False)
            # An error at the line as a whole (bad JSON, too deep, not an object) is worded as the import's own;
            # pydantic's stands when Python's parser takes the line (a lone surrogate pydantic cannot encode).
            unreadable = _unreadable(number, line) if any(not item["loc"] for item in items) else None
            if unreadable is not None:
                errors.append(unreadable)
            else:
                errors.extend(LineError(number, field_path(item["loc"]), item) for item in items)
            continue
        if record.external_id in first_line_of:
            first_line = first_line_of[record.external_id]
            errors.append(_line_error(number, "external_id", "external_id_repeated", first_line=first_line))
            continue
        first_line_of[record.external_id] = number
        records.append((number, record))
    if errors:
        raise ImportRejected(errors)
    return records


def _organisation_ids(
    session: Session, wanted: list[tuple[int, str, str, int]], result: ImportResult
) -> dict[str, int]:
    """Map lower-cased organisation names to ids, creating missing ones; sector clashes are errors."""
    existing = {
        name.lower(): (org_id, sector)
        for org_id, name, sector in session.execute(select(Organisation.id, Organisation.name, Organisation.sector))
    }
    errors, new_rows = [], {}
    for line, name, sector, municipality in wanted:
        key = name.lower()
        known = existing.get(key)
        if known is not None and known[1] != sector:
            errors.append(_line_error(line, "organisation", "organisation_in_other_sector", name=name, sector=known[1]))
        elif key in new_rows and new_rows[key]["sector"] != sector:
            errors.append(_line_error(line, "organisation", "organisation_in_two_sectors", name=name))
        elif known is None and key not in new_rows:
            found = contracts.Organisation(name=name, sector=sector, municipality_code=municipality)
            new_rows[key] = contracts.organisation_columns(found)
    if errors:
        raise ImportRejected(errors)
    if new_rows:
        session.execute(insert(Organisation), list(new_rows.values()))
        result.organisations_created = len(new_rows)
        names = [row["name"] for row in new_rows.values()]
        for start in range(0, len(names), CHUNK):
            rows = session.execute(
                select(Organisation.id, Organisation.name).where(Organisation.name.in_(names[start : start + CHUNK]))
            )
            existing.update({name.lower(): (org_id, None) for org_id, name in rows})
    return {key: value[0] for key, value in existing.items()}


def _existing_ids(session: Session, model, external_ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(external_ids), CHUNK):
        chunk = external_ids[start : start + CHUNK]
        found.update(session.execute(select(model.external_id, model.id).where(model.external_id.in_(chunk))).all())
    return found


def _exported_keys(session: Session, model, external_ids: list[str]) -> dict[str, int]:
    """Rows made in the web UI are exported as ``sektorbro-profile-<id>``: re-importing one updates it."""
    kind = "profile" if model is Profile else "vacancy"
    wanted = {row_id: key for key in external_ids if (row_id := exported_row_id(key, kind)) is not None}
    if not wanted:
        return {}
    rows = session.execute(select(model.id).where(model.id.in_(wanted), model.external_id.is_(None)))
    return {wanted[row_id]: row_id for (row_id,) in rows}


def _rename_id(row: dict) -> dict:
    out = dict(row)
    out["row_id"] = out.pop("id")
    return out


def _upsert(session: Session, model, rows: list[dict], result: ImportResult) -> dict[str, int]:
    """Insert new rows and update existing ones (matched on external_id); return external_id → id."""
    ids = _existing_ids(session, model, [row["external_id"] for row in rows])
    ids.update(_exported_keys(session, model, [row["external_id"] for row in rows if row["external_id"] not in ids]))
    now = utcnow()
    new = [row | {"created_at": now, "updated_at": now} for row in rows if row["external_id"] not in ids]
    changed = [row | {"id": ids[row["external_id"]], "updated_at": now} for row in rows if row["external_id"] in ids]
    table = model.__table__
    # Core executemany: the ORM's bulk path costs several times more per row for no benefit here.
    for start in range(0, len(new), CHUNK):
        session.execute(insert(table), new[start : start + CHUNK])
    by_id = update(table).where(table.c.id == bindparam("row_id"))
    for start in range(0, len(changed), CHUNK):
        session.execute(by_id, [_rename_id(row) for row in changed[start : start + CHUNK]])
    result.created += len(new)
    result.updated += len(changed)
    result.external_ids.extend(row["external_id"] for row in rows)
    ids.update(_existing_ids(session, model, [row["external_id"] for row in new]))
    return ids


def _current_visibility(session: Session, external_ids: list[str]) -> dict[str, str]:
    """The stored visibility of existing profiles, so a line without one keeps the leader's choice."""
    found: dict[str, str] = {}
    for start in range(0, len(external_ids), CHUNK):
        chunk = external_ids[start : start + CHUNK]
        found.update(
            session.execute(select(Profile.external_id, Profile.visibility).where(Profile.external_id.in_(chunk))).all()
        )
    return found


def import_profiles(session: Session, records: list[tuple[int, ProfileRecord]]) -> ImportResult:
    """Write validated profile records; the caller commits (or rolls back on error)."""
    result = ImportResult()
    org_ids = _organisation_ids(
        session, [(n, r.organisation, r.sector, r.municipality_code) for n, r in records if r.organisation], result
    )
    kept = _current_visibility(session, [record.external_id for _line, record in records if record.visibility is None])
    rows = []
    for _line, record in records:
        data = contracts.profile_columns(record) | {"external_id": record.external_id}
        data["organisation_id"] = org_ids[record.organisation.lower()] if record.organisation else None
        data["visibility"] = record.visibility or kept.get(record.external_id, DEFAULT_VISIBILITY)
        rows.append(data)
    ids = _upsert(session, Profile, rows, result)
    profile_ids = [ids[record.external_id] for _line, record in records]
    for start in range(0, len(profile_ids), CHUNK):
        session.execute(delete(Experience).where(Experience.profile_id.in_(profile_ids[start : start + CHUNK])))
    experiences = [
        contracts.experience_columns(entry) | {"profile_id": ids[record.external_id]}
        for _line, record in records
        for entry in record.experience
    ]
    for start in range(0, len(experiences), CHUNK):
        session.execute(insert(Experience.__table__), experiences[start : start + CHUNK])
    ranking.record_changes(session, profile_ids)
    session.flush()
    return result


def import_vacancies(session: Session, records: list[tuple[int, VacancyRecord]]) -> ImportResult:
    """Write validated vacancy records; publishing stamps ``published_at`` once."""
    result = ImportResult()
    org_ids = _organisation_ids(
        session, [(n, r.organisation, r.sector, r.municipality_code) for n, r in records], result
    )
    published = dict(
        session.execute(select(Vacancy.external_id, Vacancy.published_at).where(Vacancy.external_id.is_not(None))).all()
    )
    now = utcnow()
    rows = []
    for _line, record in records:
        data = contracts.vacancy_columns(record) | {"external_id": record.external_id, "status": record.status}
        data["organisation_id"] = org_ids[record.organisation.lower()]
        data["published_at"] = published.get(record.external_id) or (
            now if record.status == VacancyStatus.PUBLISHED else None
        )
        rows.append(data)
    _upsert(session, Vacancy, rows, result)
    session.flush()
    return result


def count(session: Session, model) -> int:
    """Rows in a table (for CLI summaries)."""
    return session.scalar(select(func.count()).select_from(model)) or 0
