"""Plain inputs to the matcher: what it needs to know about a profile or a vacancy (no ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    # Organisations (ids) that must not see this leader; filled by the visibility rules of the web app.
    hidden_from: frozenset[int] = field(default_factory=frozenset)

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
        return "\n".join([parts["competences"], parts["competences"], parts["titles"], parts["narrative"], self.education])


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
