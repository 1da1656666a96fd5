"""What an employer sees of one candidate: anonymous until the leader accepts a contact request.

Anonymity is decided here, not in templates: a ``CandidateCard`` carries a leader's name, e-mail,
organisation, titles and the employers they worked for only once the leader has accepted a contact request
about the vacancy. Before that it holds level, sector, home kommune, years as leader, competences, summary,
education and each job as sector, level and years.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from matcher.explain import Explanation
from matcher.index import RankedCandidate
from matcher.taxonomy_data import load_sector_value
from matcher.text import SEGMENT_BREAK
from models import CandidateDecision, ContactRequest, Profile

from . import contacts


@dataclass(frozen=True)
class ExperienceLine:
    """One job; ``title`` and ``organisation`` stay empty until the leader has accepted contact."""

    level: int
    sector: str
    start_year: int
    end_year: int | None
    title: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class Identity:
    """Who the leader is: shown only after they accept a contact request."""

    name: str
    email: str
    organisation: str
    title: str


@dataclass(frozen=True)
class CandidateCard:
    """Everything the review page shows about one candidate, and nothing more."""

    profile_id: int
    position: int  # place in the (filtered) ranking, from 1
    ranked: RankedCandidate
    explanation: Explanation
    sector: str
    level: int
    municipality_code: int
    years_as_leader: int
    seeking: str
    competences: tuple[str, ...]
    summary: str
    education: str
    experience: tuple[ExperienceLine, ...]
    sector_value: str | None  # what the candidate's sector brings, when it is not the vacancy's
    decision: str | None
    reason: str | None
    note: str
    contact_status: str | None
    contact_message: str
    interested: bool
    identity: Identity | None


def _visible_segments(profile: Profile) -> set[str]:
    """The sentences and lines of what an anonymous card shows (competences, summary, education)."""
    texts = [*profile.competences, profile.summary, profile.education]
    return {" ".join(part.split()) for text in texts for part in SEGMENT_BREAK.split(text or "") if part.strip()}


def _anonymous(explanation: Explanation, profile: Profile) -> Explanation:
    """Drop the candidate's own words from matches found in parts of the profile an anonymous card hides.

    A match quotes the whole line it was found in; a title or a job description can name an employer.
    """
    visible = _visible_segments(profile)
    matches = [m if m.candidate_phrase in visible else replace(m, candidate_phrase="") for m in explanation.matches]
    return replace(explanation, matches=matches)


def card(
    profile: Profile,
    position: int,
    ranked: RankedCandidate,
    explanation: Explanation,
    decision: CandidateDecision | None,
    request: ContactRequest | None,
    interested: bool,
) -> CandidateCard:
    """The card for one ranked candidate, with the employer's decision, contact request and the leader's interest."""
    revealed = contacts.revealed(request)
    identity = None
    if revealed:
        current = next((e for e in profile.experiences if e.end_year is None), None)
        organisation = profile.organisation.name if profile.organisation else (current.organisation if current else "")
        identity = Identity(profile.name, profile.email, organisation, profile.title)
    experience = tuple(
        ExperienceLine(
            e.level,
            e.sector,
            e.start_year,
            e.end_year,
            title=e.title if revealed else "",
            organisation=e.organisation if revealed else "",
        )
        for e in profile.experiences
    )
    return CandidateCard(
        profile_id=profile.id,
        position=position,
        ranked=ranked,
        explanation=explanation if revealed else _anonymous(explanation, profile),
        sector=profile.sector,
        level=profile.level,
        municipality_code=profile.municipality_code,
        years_as_leader=profile.years_as_leader,
        seeking=profile.seeking,
        competences=tuple(profile.competences),
        summary=profile.summary,
        education=profile.education,
        experience=experience,
        sector_value=load_sector_value().get(profile.sector) if ranked.crosses_sector else None,
        decision=decision.decision if decision else None,
        reason=decision.reason if decision else None,
        note=decision.note if decision else "",
        contact_status=request.status if request else None,
        contact_message=request.message if request else "",
        interested=interested,
        identity=identity,
    )
