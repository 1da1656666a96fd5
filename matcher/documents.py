"""Plain inputs to the matcher: what it needs to know about a profile or a vacancy (no ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass

from .geography import find_municipality


@dataclass(frozen=True, slots=True)
class ExperienceDoc:
    """One job in a leader's history."""

    sector: str
    title: str
    organisation: str = ""
    description: str = ""
    level: int | None = None


@dataclass(frozen=True, slots=True)
class ProfileDoc:
    """A leader as the ranker sees them."""

    key: int
    sector: str
    level: int
    municipality_code: int
    max_commute_km: int
    open_to_sectors: tuple[str, ...]
    seeking: str
    competences: tuple[str, ...] = ()
    title: str = ""
    summary: str = ""
    experience: tuple[ExperienceDoc, ...] = ()
    education: str = ""
    organisation: str = ""
    external_id: str | None = None
    # Organisations (ids) whose vacancies must never rank this leader: ``privacy.hidden_from`` (a leader nobody
    # may see never becomes a document). ``Segment`` stores these as (row, organisation) pairs.
    hidden_from: tuple[int, ...] = ()

    def seen_by(self, organisation_id: int | None) -> bool:
        """May this leader rank for ``organisation_id``'s vacancies (``privacy.may_see`` for a ranked leader)?"""
        return organisation_id not in self.hidden_from

    def text_fields(self) -> dict[str, str]:
        """Texts by field, for concept extraction with field weights."""
        return {
            "competences": "\n".join(self.competences),
            "titles": "\n".join([self.title, *(e.title for e in self.experience)]),
            "narrative": "\n".join([self.summary, *(e.description for e in self.experience)]),
            "education": self.education,
        }

    def full_text(self) -> str:
        """All the profile's words, competences twice since they are the leader's own summary."""
        parts = self.text_fields()
        return "\n".join(
            [parts["competences"], parts["competences"], parts["titles"], parts["narrative"], self.education]
        )


@dataclass(frozen=True, slots=True)
class VacancyDoc:
    """A vacancy as the ranker sees it."""

    key: int
    sector: str
    level: int
    municipality_code: int
    title: str = ""
    competences: tuple[str, ...] = ()
    nice_to_have: tuple[str, ...] = ()
    description: str = ""
    organisation: str = ""
    organisation_id: int | None = None
    external_id: str | None = None

    def full_text(self) -> str:
        """All the vacancy's words, its required competences twice."""
        competences = "\n".join(self.competences)
        return "\n".join([self.title, competences, competences, "\n".join(self.nice_to_have), self.description])


def _code(municipality: str | int) -> int:
    found = find_municipality(municipality)
    if found is None:
        raise ValueError(f"unknown municipality {municipality!r}")
    return found.code


def profile_from_record(record: dict, key: int) -> ProfileDoc:
    """A profile document from an import-format record (see ``webapp.services.records``)."""
    return ProfileDoc(
        key=key,
        sector=record["sector"],
        level=int(record["level"]),
        municipality_code=_code(record["municipality"]),
        max_commute_km=int(record.get("max_commute_km", 50)),
        open_to_sectors=tuple(record["open_to_sectors"]),
        seeking=record.get("seeking", "open"),
        competences=tuple(record.get("competences", ())),
        title=record.get("title", ""),
        summary=record.get("summary", ""),
        experience=tuple(
            ExperienceDoc(e["sector"], e["title"], e.get("organisation", ""), e.get("description", ""), e.get("level"))
            for e in record.get("experience", ())
        ),
        education=record.get("education", ""),
        organisation=record.get("organisation") or "",
        external_id=record.get("external_id"),
    )


def vacancy_from_record(record: dict, key: int) -> VacancyDoc:
    """A vacancy document from an import-format record."""
    return VacancyDoc(
        key=key,
        sector=record["sector"],
        level=int(record["level"]),
        municipality_code=_code(record["municipality"]),
        title=record.get("title", ""),
        competences=tuple(record.get("competences", ())),
        nice_to_have=tuple(record.get("nice_to_have", ())),
        description=record.get("description", ""),
        organisation=record.get("organisation", ""),
        external_id=record.get("external_id"),
    )
