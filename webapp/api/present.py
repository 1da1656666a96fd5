"""Domain objects as response bodies. Anonymity is not decided here: candidate cards arrive from
``services.candidates`` already stripped of who the leader is and of every text they wrote until contact is
accepted, and these functions only copy what a card carries."""

from __future__ import annotations

import math

from matcher.explain import Explanation
from matcher.weights import Weights
from models import Profile, Vacancy, WeightSet

from ..labels import municipality_name
from ..services import contracts
from ..services import weights as weight_sets
from ..services.candidates import CandidateCard
from ..services.ranking import RecommendedVacancy
from ..urls import absolute_url
from .schemas import EmployerVacancyOut, OrganisationOut, VacancyOut, WeightSetOut
from .schemas_matching import (
    CandidateExperience,
    CandidateOut,
    ComponentOut,
    ConceptMatchOut,
    ExplanationOut,
    Identity,
    ProfileOut,
    RecognisedConcept,
    RecommendationOut,
)


def _finite(value: float | None, digits: int = 4) -> float | None:
    """A float JSON can carry (no NaN or infinity), rounded for reading."""
    return round(float(value), digits) if value is not None and math.isfinite(value) else None


def _vacancy_fields(vacancy: Vacancy) -> dict:
    organisation = vacancy.organisation
    return contracts.vacancy_values(vacancy) | {
        "id": vacancy.id,
        "sector": organisation.sector,
        "organisation": OrganisationOut(id=organisation.id, name=organisation.name, sector=organisation.sector),
        "municipality": municipality_name(vacancy.municipality_code),
        "published_at": vacancy.published_at,
        "url": absolute_url("public.vacancy_detail", vacancy_id=vacancy.id),
    }


def vacancy(found: Vacancy) -> VacancyOut:
    """A published vacancy."""
    return VacancyOut(**_vacancy_fields(found))


def employer_vacancy(found: Vacancy) -> EmployerVacancyOut:
    """One of the employer's own vacancies, with its status."""
    return EmployerVacancyOut(
        **_vacancy_fields(found), status=found.status, created_at=found.created_at, updated_at=found.updated_at
    )


def explanation(found: Explanation, candidate_phrases: bool = True) -> ExplanationOut:
    """The score explained; an anonymised explanation has empty candidate phrases, which become null."""
    return ExplanationOut(
        parts=[
            ComponentOut(
                component=p.name,
                value=_finite(p.value) or 0.0,
                weight=_finite(p.weight) or 0.0,
                contribution=_finite(p.contribution) or 0.0,
            )
            for p in found.parts
        ],
        matches=[
            ConceptMatchOut(
                concept=m.concept_id,
                name_da=m.name_da,
                name_en=m.name_en,
                required=m.required,
                candidate_phrase=(m.candidate_phrase or None) if candidate_phrases else None,
                vacancy_phrase=m.vacancy_phrase,
            )
            for m in found.matches
        ],
        missing=[concept.name_da for concept in found.missing],
        level_step=int(found.level_step),
        distance_km=_finite(found.distance_km, 1),
        vacancy_functions=list(found.vacancy_functions),
        candidate_functions=list(found.candidate_functions),
        required_professions=list(found.required_professions),
        missing_professions=list(found.missing_professions),
    )


def components(values: dict[str, float]) -> dict[str, float]:
    """Score components, finite and rounded."""
    return {name: _finite(value) or 0.0 for name, value in values.items()}


def candidate(card: CandidateCard) -> CandidateOut:
    """A candidate card as the API shows it; ``identity`` and the leader's own texts stay null until the leader
    accepted contact."""
    identity, about, own = card.identity, card.about, card.about.own_texts
    return CandidateOut(
        profile_id=card.profile_id,
        position=card.position,
        score=_finite(card.ranked.score) or 0.0,
        components=components(card.ranked.components),
        crosses_sector=card.ranked.crosses_sector,
        sector=about.sector,
        level=about.level,
        municipality_code=about.municipality_code,
        years_as_leader=about.years_as_leader,
        seeking=about.seeking,
        concepts=[RecognisedConcept(id=c.id, name_da=c.name_da, name_en=c.name_en) for c in about.recognised.concepts],
        functions=list(about.recognised.functions),
        professions=list(about.recognised.professions),
        competences=list(own.competences) if own else None,
        summary=own.summary if own else None,
        education=own.education if own else None,
        experience=[
            CandidateExperience(
                sector=e.sector,
                level=e.level,
                start_year=e.start_year,
                end_year=e.end_year,
                title=e.title if identity else None,
                organisation=e.organisation if identity else None,
            )
            for e in about.experience
        ],
        explanation=explanation(card.explanation),
        decision=card.decision,
        reason=card.reason,
        note=card.note,
        contact_status=card.contact_status,
        interested=card.interested,
        identity=Identity(
            name=identity.name, email=identity.email, organisation=identity.organisation, title=identity.title
        )
        if identity
        else None,
    )


def recommendation(found: RecommendedVacancy) -> RecommendationOut:
    """A vacancy recommended to the leader."""
    return RecommendationOut(
        vacancy=vacancy(found.vacancy),
        score=_finite(found.ranked.score) or 0.0,
        components=components(found.ranked.components),
        crosses_sector=found.ranked.crosses_sector,
        explanation=explanation(found.explanation),
    )


def profile(found: Profile) -> ProfileOut:
    """The leader's own profile."""
    return ProfileOut(id=found.id, **contracts.profile_values(found), updated_at=found.updated_at)


def weight_set(found: WeightSet) -> WeightSetOut:
    """One weight-set version, its weights as shares of the score in percent."""
    weights = Weights.from_dict(found.weights)
    return WeightSetOut(
        id=found.id,
        version=found.version,
        weights=weight_sets.shares(weights),
        dominant_component=dominant.component if (dominant := weight_sets.dominance(weights)) else None,
        active=found.active,
        note=found.note,
        created_at=found.created_at,
        created_by=found.created_by.email if found.created_by else None,
    )
