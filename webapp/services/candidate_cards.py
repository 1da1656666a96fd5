"""What an employer sees of one candidate: anonymous until the leader accepts a contact request.

Anonymity is decided here, not in templates, and by construction rather than by redaction: a free text can
name an employer, a place, a colleague or a title in ways no filter reliably finds ("Jeg er afdelingschef i
Gladsaxe Kommune"). So before the leader has accepted a contact request about the vacancy, a card carries no
text the leader wrote: not the competence lines, the summary, the education, job titles or employers, and no
match quotes the leader's words. It says what the matcher recognised instead, in the taxonomy's words (the
competence concepts, main functions and professions), with level, sector, home kommune, years as leader,
seeking status and each job as sector, level and years. Once the leader accepts, the card adds who they are and
their own texts. The leader's preview (``preview``) builds the same anonymous part, so what they see is what
employers see.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from matcher.encoder import DocumentEncoder
from matcher.explain import Explanation
from matcher.index import RankedCandidate
from matcher.taxonomy_data import load_sector_value
from models import CandidateDecision, ContactRequest, Profile

from . import contacts, ranking, roles
from .roles import Recognised


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
class OwnTexts:
    """What the leader wrote in their own words: shown only after they accept a contact request."""

    competences: tuple[str, ...]
    summary: str
    education: str


@dataclass(frozen=True)
class CandidateProfile:
    """The part of a card that does not depend on the vacancy; the leader's preview shows the anonymous one."""

    sector: str
    level: int
    municipality_code: int
    years_as_leader: int
    seeking: str
    recognised: Recognised
    experience: tuple[ExperienceLine, ...]
    own_texts: OwnTexts | None  # None until the leader has accepted contact


@dataclass(frozen=True)
class CandidateCard:
    """Everything the review page shows about one candidate, and nothing more."""

    profile_id: int
    position: int  # place in the (filtered) ranking, from 1
    ranked: RankedCandidate
    explanation: Explanation
    about: CandidateProfile
    sector_value: str | None  # what the candidate's sector brings, when it is not the vacancy's
    decision: str | None
    reason: str | None
    note: str
    contact_status: str | None
    contact_message: str
    interested: bool
    identity: Identity | None


def _anonymous(explanation: Explanation) -> Explanation:
    """The explanation without the candidate's own words: a match names the concept, not the line it was found in."""
    return replace(explanation, matches=[replace(m, candidate_phrase="") for m in explanation.matches])


def candidate_profile(encoder: DocumentEncoder, profile: Profile, revealed: bool) -> CandidateProfile:
    """The vacancy-independent part of a card; the leader's own texts and job titles only when ``revealed``."""
    return CandidateProfile(
        sector=profile.sector,
        level=profile.level,
        municipality_code=profile.municipality_code,
        years_as_leader=profile.years_as_leader,
        seeking=profile.seeking,
        recognised=roles.recognised(encoder, ranking.profile_doc(profile)),
        experience=tuple(
            ExperienceLine(
                e.level,
                e.sector,
                e.start_year,
                e.end_year,
                title=e.title if revealed else "",
                organisation=e.organisation if revealed else "",
            )
            for e in profile.experiences
        ),
        own_texts=OwnTexts(tuple(profile.competences), profile.summary, profile.education) if revealed else None,
    )


def preview(session: Session, directory: Path, profile: Profile) -> CandidateProfile:
    """What every employer sees of the leader before the leader accepts contact (the ranking's own encoder)."""
    return candidate_profile(ranking.current_index(session, directory).encoder, profile, revealed=False)


def card(
    encoder: DocumentEncoder,
    profile: Profile,
    position: int,
    ranked: RankedCandidate,
    explanation: Explanation,
    decision: CandidateDecision | None,
    request: ContactRequest | None,
    interested: bool,
) -> CandidateCard:
    """The card for one ranked candidate, with the employer's decision, contact request and the leader's interest.

    ``encoder`` is the one that ranked the candidate, so the card names the concepts the ranking used.
    """
    revealed = contacts.revealed(request)
    identity = None
    if revealed:
        current = next((e for e in profile.experiences if e.end_year is None), None)
        organisation = profile.organisation.name if profile.organisation else (current.organisation if current else "")
        identity = Identity(profile.name, profile.email, organisation, profile.title)
    return CandidateCard(
        profile_id=profile.id,
        position=position,
        ranked=ranked,
        explanation=explanation if revealed else _anonymous(explanation),
        about=candidate_profile(encoder, profile, revealed),
        sector_value=load_sector_value().get(profile.sector) if ranked.crosses_sector else None,
        decision=decision.decision if decision else None,
        reason=decision.reason if decision else None,
        note=decision.note if decision else "",
        contact_status=request.status if request else None,
        contact_message=request.message if request else "",
        interested=interested,
        identity=identity,
    )
