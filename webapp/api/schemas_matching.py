"""Bodies about leaders: the leader's own profile, recommendations, and candidates as employers see them.

A candidate carries no name, e-mail, organisation, title or former employers until the leader has accepted
a contact request about the vacancy (``identity`` is null, experience titles and organisations are null), and
no text the leader wrote (``competences``, ``summary``, ``education`` and match phrases are null): it names the
concepts, functions and professions the matcher recognised instead.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, model_validator

from ..services import records
from .fields import (
    EARLIEST_YEAR,
    LINE_PATTERN,
    Email,
    Level,
    MunicipalityCode,
    Phrase,
    RegionCode,
    ShortLine,
    Year,
    free_text,
    whole,
)
from .schemas import MAX_PER_PAGE, Body, Output, PageMeta, Paging, Query, Timestamp, VacancyOut

Visibility = Literal["visible", "discreet", "hidden"]
Seeking = Literal["active", "open", "not_looking"]


def _years_in_order_stated(schema: dict) -> None:
    """State ``ExperienceIn._years_in_order`` in the document. JSON Schema cannot compare two fields, so it says
    it year by year: a start in year Y or later means an end in year Y or later."""
    schema["allOf"] = [
        {
            "if": {"properties": {"start_year": {"minimum": year}}, "required": ["start_year"]},
            "then": {"properties": {"end_year": {"minimum": year}}},
        }
        for year in range(EARLIEST_YEAR + 1, date.today().year + 1)
    ]


class ExperienceIn(Body):
    """One job in the leader's history, from `start_year` to `end_year` (not before it; null for the current
    job). Neither year lies in the future."""

    model_config = ConfigDict(json_schema_extra=_years_in_order_stated)

    sector: records.SectorCode
    organisation: ShortLine
    title: ShortLine
    level: Level
    start_year: Year
    end_year: Year | None = None
    description: free_text(2000) = ""

    @model_validator(mode="after")
    def _years_in_order(self):
        if self.end_year is not None and self.end_year < self.start_year:
            raise ValueError("end_year ligger før start_year")
        return self


class ProfileIn(Body):
    """The leader's whole profile (the web form's rules). ``visibility`` left out keeps the current setting."""

    name: ShortLine
    email: Email
    sector: records.SectorCode
    organisation: Annotated[str, Field(max_length=200, pattern=LINE_PATTERN)] | None = Field(
        None, description="Current organisation by name; created if new. Null or empty: none."
    )
    title: ShortLine
    level: Level
    years_as_leader: whole(ge=0, le=60)
    municipality_code: MunicipalityCode
    max_commute_km: whole(ge=0, le=500)
    open_to_sectors: Annotated[list[records.SectorCode], Field(min_length=1, max_length=4)]
    seeking: Seeking = "open"
    competences: Annotated[list[Phrase], Field(min_length=1, max_length=30)]
    summary: free_text(4000) = ""
    education: free_text(1000) = ""
    experience: Annotated[list[ExperienceIn], Field(max_length=30)] = []
    visibility: Visibility | None = Field(
        None,
        description="visible, discreet (hidden from your own organisation's family) or hidden. Left out: an "
        "existing profile keeps its setting, a new one is discreet (as in the profile form and imports).",
    )


class ExperienceOut(Output):
    """One job in the leader's own profile."""

    sector: str
    organisation: str
    title: str
    level: int
    start_year: int
    end_year: int | None
    description: str


class ProfileOut(Output):
    """The leader's own profile, as they wrote it."""

    id: int
    name: str
    email: str
    sector: str
    organisation: str | None
    title: str
    level: int
    years_as_leader: int
    municipality_code: int
    max_commute_km: int
    open_to_sectors: list[str]
    seeking: str
    competences: list[str]
    summary: str
    education: str
    experience: list[ExperienceOut]
    visibility: Visibility
    updated_at: Timestamp


class ComponentOut(Output):
    """One score component: its value in [0, 1], its normalised weight and what it adds to the score."""

    component: str
    value: float
    weight: float
    contribution: float


class ConceptMatchOut(Output):
    """A competence the vacancy asks for that the leader has; ``candidate_phrase`` (the leader's own words) is
    null until the leader accepts contact about the vacancy."""

    concept: str
    name_da: str
    name_en: str
    required: bool
    candidate_phrase: str | None
    vacancy_phrase: str


class ExplanationOut(Output):
    """Why the score is what it is."""

    parts: list[ComponentOut]
    matches: list[ConceptMatchOut]
    missing: list[str] = Field(description="Required competences (Danish names) without evidence.")
    level_step: int = Field(description="Vacancy level minus leader level: 1 is a step up for the leader.")
    distance_km: float | None
    vacancy_functions: list[str] = Field(
        default_factory=list, description="The vacancy's functions (e.g. `finance`, `health`), strongest first."
    )
    candidate_functions: list[str] = Field(default_factory=list, description="The leader's main functions.")
    required_professions: list[str] = Field(
        default_factory=list, description="Professions the vacancy requires (e.g. `doctor`); one suffices."
    )
    missing_professions: list[str] = Field(
        default_factory=list,
        description="The required professions when the leader has none of them (only with `include_unqualified`).",
    )


class RecommendationOut(Output):
    """A published vacancy recommended to the leader."""

    vacancy: VacancyOut
    score: float
    components: dict[str, float]
    crosses_sector: bool
    explanation: ExplanationOut


class RecommendationList(Output):
    """The best vacancies for the leader, best first."""

    items: list[RecommendationOut]


class RecommendationQuery(Query):
    """How many recommendations to return, and of which kind."""

    limit: int = Field(10, ge=1, le=50)
    kind: Literal["post", "offer"] | None = Field(
        None, description="`post`: ordinary posts only; `offer`: rotation, secondment and job-shadowing offers only."
    )


class Identity(Output):
    """Who the candidate is: only after they accepted a contact request about this vacancy."""

    name: str
    email: str
    organisation: str
    title: str


class CandidateExperience(Output):
    """A job in the candidate's history; title and organisation are null until identity is revealed."""

    sector: str
    level: int
    start_year: int
    end_year: int | None
    title: str | None
    organisation: str | None


class RecognisedConcept(Output):
    """A competence concept found in the candidate's profile, named by the taxonomy (not in the leader's words)."""

    id: str
    name_da: str
    name_en: str


class CandidateOut(Output):
    """A ranked candidate for the vacancy, anonymous until they accept contact."""

    profile_id: int
    position: int = Field(description="Place in the (filtered) ranking, from 1.")
    score: float
    components: dict[str, float]
    crosses_sector: bool
    sector: str
    level: int
    municipality_code: int
    years_as_leader: int
    seeking: str
    concepts: list[RecognisedConcept] = Field(
        description="Competence concepts recognised in the profile, strongest first (shown before and after contact)."
    )
    functions: list[str] = Field(description="The leader's main functions (e.g. `finance`), strongest first.")
    professions: list[str] = Field(description="Professions the leader's titles and education show (e.g. `doctor`).")
    competences: list[str] | None = Field(
        description="The leader's own competence lines; null until they accept contact about this vacancy."
    )
    summary: str | None = Field(description="The leader's own summary; null until they accept contact.")
    education: str | None = Field(description="The leader's own education text; null until they accept contact.")
    experience: list[CandidateExperience]
    explanation: ExplanationOut = Field(
        description="Why the score is what it is; match phrases of the candidate are null until they accept contact."
    )
    decision: Literal["shortlisted", "rejected"] | None
    reason: str | None
    note: str = Field(description="The organisation's private note (never shown to the candidate).")
    contact_status: Literal["pending", "accepted", "declined"] | None
    interested: bool = Field(description="The leader has said they are interested in the vacancy.")
    identity: Identity | None


class CandidatePage(PageMeta):
    """A page of the vacancy's candidates in ranking order (the best 200 are ranked)."""

    items: list[CandidateOut]
    pool_full: bool = Field(description="The ranking stopped at its limit; there may be more candidates.")


class CandidateSearch(Paging):
    """Narrow the candidates; the ranking order is kept."""

    per_page: int = Field(10, ge=1, le=MAX_PER_PAGE)
    sector: records.SectorCode | None = None
    region: RegionCode | None = Field(None, description="Region code of where the candidate lives.")
    level: int | None = Field(None, ge=1, le=4)
    seeking: Seeking | None = None
    other_sectors_only: bool = False
    shortlisted_only: bool = False
    include_unqualified: bool = Field(
        False, description="Also candidates without a profession the vacancy requires (marked in the explanation)."
    )


class Me(Output):
    """The account the token belongs to."""

    id: int
    email: str
    role: Literal["leader", "employer", "admin"]
    organisation: str | None
    has_profile: bool
    token_name: str
    token_scope: Literal["read", "full"] = Field(
        description="`read`: GET and HEAD only; `full`: whatever the role may."
    )
    token_expires_at: Timestamp | None = Field(description="When the token stops working (UTC); null: never.")
