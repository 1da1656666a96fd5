"""A leader's profile and the jobs in their history."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, ConfigDict, Field, model_validator

from ..fields import EARLIEST_YEAR, Email, Level, MunicipalityCode, ShortLine, Year, free_text, refused, whole
from .base import Contract, Phrases, SectorCode, Seeking, Visibility
from .organisations import OrganisationName

if TYPE_CHECKING:
    import models

__all__ = [
    "MAX_EXPERIENCES",
    "Sectors",
    "YearsAsLeader",
    "CommuteKm",
    "Experience",
    "Profile",
    "PROFILE_COLUMNS",
    "profile_columns",
    "experience_columns",
    "profile_values",
]

MAX_EXPERIENCES = 50  # a limit the profile form states in its own validators too
Sectors = Annotated[
    list[SectorCode], Field(min_length=1, max_length=4), AfterValidator(lambda codes: list(dict.fromkeys(codes)))
]
YearsAsLeader = whole(ge=0, le=60)
CommuteKm = whole(ge=0, le=500)


def _years_in_order_stated(schema: dict) -> None:
    """State ``Experience._years_in_order`` in the document. JSON Schema cannot compare two fields, so it says
    it year by year: a start in year Y or later means an end in year Y or later."""
    schema["allOf"] = [
        {
            "if": {"properties": {"start_year": {"minimum": year}}, "required": ["start_year"]},
            "then": {"properties": {"end_year": {"minimum": year}}},
        }
        for year in range(EARLIEST_YEAR + 1, date.today().year + 1)
    ]


class Experience(Contract):
    """One job in the leader's history, from `start_year` to `end_year` (not before it; null for the current
    job). Neither year lies in the future."""

    model_config = ConfigDict(json_schema_extra=_years_in_order_stated)

    sector: SectorCode
    organisation: ShortLine
    title: ShortLine
    level: Level
    start_year: Year
    end_year: Year | None = None
    description: free_text(4000) = ""

    @model_validator(mode="after")
    def _years_in_order(self):
        if self.end_year is not None and self.end_year < self.start_year:
            raise refused("end_before_start")
        return self


class Profile(Contract):
    """The leader's whole profile. ``visibility`` left out keeps the current setting."""

    name: ShortLine
    email: Email
    sector: SectorCode
    organisation: OrganisationName | None = Field(
        None, description="Current organisation by name; created if new. Null or empty: none."
    )
    title: ShortLine
    level: Level
    years_as_leader: YearsAsLeader
    municipality_code: MunicipalityCode
    max_commute_km: CommuteKm
    open_to_sectors: Sectors
    seeking: Seeking = "open"
    competences: Phrases
    summary: free_text(8000) = ""
    education: free_text(2000) = ""
    experience: Annotated[list[Experience], Field(max_length=MAX_EXPERIENCES)] = []
    visibility: Visibility | None = Field(
        None,
        description="visible, discreet (hidden from your own organisation's family) or hidden. Left out: an "
        "existing profile keeps its setting, a new one is discreet (as in the profile form and imports).",
    )


PROFILE_COLUMNS = (
    "name",
    "email",
    "sector",
    "title",
    "level",
    "years_as_leader",
    "municipality_code",
    "max_commute_km",
    "open_to_sectors",
    "seeking",
    "competences",
    "summary",
    "education",
)


def profile_columns(profile: Profile) -> dict[str, Any]:
    """The profile's own columns (not its organisation, experience or visibility, which are looked up or kept)."""
    return {name: getattr(profile, name) for name in PROFILE_COLUMNS}


def experience_columns(entry: Experience) -> dict[str, Any]:
    """One experience entry's columns."""
    return entry.model_dump()


def profile_values(profile: models.Profile) -> dict[str, Any]:
    """A saved profile as the contract's values: what the API shows and a PATCH is merged into, and what the
    export writes (in the file's key order, which is why ``experience`` comes before ``education``)."""
    return {
        "name": profile.name,
        "email": profile.email,
        "sector": profile.sector,
        "organisation": profile.organisation.name if profile.organisation else None,
        "title": profile.title,
        "level": profile.level,
        "years_as_leader": profile.years_as_leader,
        "municipality_code": profile.municipality_code,
        "max_commute_km": profile.max_commute_km,
        "open_to_sectors": list(profile.open_to_sectors),
        "seeking": profile.seeking,
        "competences": list(profile.competences),
        "summary": profile.summary,
        "experience": [
            {name: getattr(entry, name) for name in Experience.model_fields} for entry in profile.experiences
        ],
        "education": profile.education,
        "visibility": profile.visibility,
    }
