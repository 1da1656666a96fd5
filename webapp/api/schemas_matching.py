"""Bodies about leaders: the leader's own profile, recommendations, and candidates as employers see them.

A candidate carries no name, e-mail, organisation, title or former employers until the leader has accepted
a contact request about the vacancy (``identity`` is null, experience titles and organisations are null), and
no text the leader wrote (``competences``, ``summary``, ``education`` and match phrases are null): it names the
concepts, functions and professions the matcher recognised instead.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..services import contracts
from ..services.fields import RegionCode
from .schemas import MAX_PER_PAGE, Output, PageMeta, Paging, Query, Timestamp, VacancyOut

Visibility = contracts.Visibility
Seeking = contracts.Seeking


class ProfileIn(contracts.Profile):
    """The leader's whole profile (the same contract as the profile form and the import). ``visibility`` left out
    keeps the current setting."""


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
    sector: contracts.SectorCode | None = None
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
