"""Candidate review: a vacancy's ranked candidates a page at a time (anonymous until a contact request is
accepted, see ``candidate_cards``), and the employer's decisions on them: shortlist, reject with a reason,
private note, contact request.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.explain import explain_many
from matcher.geography import REGION_CODES
from matcher.index import RankFilters
from matcher.weights import Weights
from models import (
    LEVELS,
    CandidateDecision,
    ContactRequest,
    Decision,
    Interest,
    RejectReason,
    Role,
    Sector,
    Seeking,
    User,
    Vacancy,
    VacancyStatus,
)
from models.enums import admits

from . import candidate_cards, contacts, impressions, matcher_docs, ranking
from . import weights as weight_sets
from .candidate_cards import CandidateCard, CandidateProfile, ExperienceLine, Identity, OwnTexts
from .errors import (
    NotACandidate,
    NotApprovedToSeeCandidates,
    NoteTooLong,
    NotOwnVacancyToReview,
    RejectReasonNotAChoice,
    VacancyNotPublishedToContact,
)
from .pagination import Page

__all__ = [
    "CandidateCard",
    "CandidateProfile",
    "ExperienceLine",
    "Identity",
    "OwnTexts",
    "Review",
    "ReviewFilters",
    "candidate",
    "page_of",
    "reject",
    "request_contact",
    "review",
    "save_note",
    "shortlist",
    "undo_decision",
]

PER_PAGE = 10
POOL = 200  # the review ranks this many of the best candidates (after filters), then pages through them
MAX_NOTE = 2000


@dataclass(frozen=True)
class ReviewFilters:
    """What an employer can narrow the candidates by; the ranking order is kept."""

    sector: str | None = None
    region: int | None = None
    level: int | None = None
    seeking: str | None = None
    other_sectors_only: bool = False
    shortlisted_only: bool = False
    include_unqualified: bool = False  # also candidates without a profession the vacancy requires

    @classmethod
    def clean(
        cls,
        sector=None,
        region=None,
        level=None,
        seeking=None,
        other_sectors_only=False,
        shortlisted_only=False,
        include_unqualified=False,
    ):
        """Filters from request values; unknown values are dropped (a stale link still shows candidates)."""
        return cls(
            sector=sector if admits(Sector, sector) else None,
            region=region if region in REGION_CODES else None,
            level=level if level in LEVELS else None,
            seeking=seeking if admits(Seeking, seeking) else None,
            other_sectors_only=bool(other_sectors_only),
            shortlisted_only=bool(shortlisted_only),
            include_unqualified=bool(include_unqualified),
        )

    @property
    def active(self) -> bool:
        """True when any filter narrows the candidates."""
        return any(
            (
                self.sector,
                self.region,
                self.level,
                self.seeking,
                self.other_sectors_only,
                self.shortlisted_only,
                self.include_unqualified,
            )
        )

    def rank_filters(self, shortlisted: frozenset[int] = frozenset()) -> RankFilters | None:
        """The matcher's filters (``shortlisted``: ids on the vacancy's shortlist)."""
        if not self.active:
            return None
        return RankFilters(
            sectors=frozenset({self.sector}) if self.sector else frozenset(),
            levels=frozenset({self.level}) if self.level else frozenset(),
            seeking=frozenset({self.seeking}) if self.seeking else frozenset(),
            regions=frozenset({self.region}) if self.region else frozenset(),
            other_sectors_only=self.other_sectors_only,
            keys=shortlisted if self.shortlisted_only else None,
            include_unqualified=self.include_unqualified,
        )


@dataclass(frozen=True)
class Review:
    """One page of candidates and what the page says about the whole list."""

    page: Page
    filters: ReviewFilters
    pool_full: bool  # the list stops at POOL; there may be more candidates below it
    shortlisted: int

    @property
    def sector_values(self) -> list[tuple[str, str]]:
        """What each other sector on this page brings, once per sector, in the order the sectors first appear
        (the page says it once, not on every card of the same sector)."""
        found: dict[str, str] = {}
        for card in self.page.items:
            if card.sector_value:
                found.setdefault(card.about.sector, card.sector_value)
        return list(found.items())


def page_of(items: list, page: int, per_page: int = PER_PAGE) -> Page:
    """One page of an already ordered list; out-of-range page numbers are clamped."""
    pages = max(1, math.ceil(len(items) / per_page))
    page = min(max(1, page), pages)
    return Page(items=items[(page - 1) * per_page : page * per_page], page=page, per_page=per_page, total=len(items))


def review(
    session: Session, directory: Path, vacancy: Vacancy, filters: ReviewFilters, page: int, per_page: int = PER_PAGE
) -> Review:
    """The vacancy's best candidates passing ``filters``, in ranking order, one page of them explained.

    The cards on places 1–10 are recorded as shown (``impressions.record``: first appearance only); the caller
    commits, as for any write.
    """
    active = weight_sets.active_set(session)
    weights = Weights.from_dict(active.weights)
    shortlisted = frozenset(
        session.scalars(
            select(CandidateDecision.profile_id).where(
                CandidateDecision.vacancy_id == vacancy.id, CandidateDecision.decision == Decision.SHORTLISTED
            )
        )
    )
    found = ranking.rank_candidates(
        session,
        directory,
        vacancy,
        limit=POOL,
        weights=weights,
        explain_all=False,
        filters=filters.rank_filters(shortlisted),
    )
    shown = page_of(found, page, per_page)
    ids = [item.profile.id for item in shown.items]
    decisions = {
        d.profile_id: d
        for d in session.scalars(
            select(CandidateDecision).where(
                CandidateDecision.vacancy_id == vacancy.id, CandidateDecision.profile_id.in_(ids)
            )
        )
    }
    requests = {
        r.profile_id: r
        for r in session.scalars(
            select(ContactRequest).where(ContactRequest.vacancy_id == vacancy.id, ContactRequest.profile_id.in_(ids))
        )
    }
    interested = set(
        session.scalars(
            select(Interest.profile_id).where(Interest.vacancy_id == vacancy.id, Interest.profile_id.in_(ids))
        )
    )
    encoder = ranking.current_index(session, directory).encoder
    doc = ranking.vacancy_doc(vacancy)
    offset = (shown.page - 1) * shown.per_page
    matcher_docs.rankable(session, ids)  # the shown page's experiences and organisations, in one query each
    pairs = [(doc, ranking.profile_doc(item.profile), item.ranked) for item in shown.items]
    cards = []
    for position, (item, explanation) in enumerate(
        zip(shown.items, explain_many(encoder, pairs, weights), strict=True), start=offset + 1
    ):
        profile = item.profile
        cards.append(
            candidate_cards.card(
                encoder,
                profile,
                position,
                item.ranked,
                explanation,
                decisions.get(profile.id),
                requests.get(profile.id),
                profile.id in interested,
            )
        )
    impressions.record(session, vacancy.id, [(card.position, card.profile_id) for card in cards], active.id)
    return Review(
        replace(shown, items=cards),
        filters,
        len(found) >= POOL,
        _visible_count(session, directory, vacancy, shortlisted),
    )


def _visible_count(session: Session, directory: Path, vacancy: Vacancy, profile_ids: frozenset[int]) -> int:
    """How many of these candidates the employer may still see: one who turned hidden, or discreet towards this
    organisation, since being shortlisted must not show up as a smaller count (or a larger one)."""
    if not profile_ids:
        return 0
    filters = RankFilters(keys=profile_ids, include_unqualified=True)
    return len(
        ranking.rank_candidates(session, directory, vacancy, limit=len(profile_ids), explain_all=False, filters=filters)
    )


def _require_employer(user: User, vacancy: Vacancy) -> None:
    if user.role != Role.EMPLOYER or user.organisation_id != vacancy.organisation_id:
        raise NotOwnVacancyToReview()
    if not user.is_approved_employer:
        raise NotApprovedToSeeCandidates()


def candidate(session: Session, directory: Path, vacancy: Vacancy, profile_id: int) -> ranking.RankedProfile:
    """The candidate if the vacancy's ranking would show them (visible, open to the sector), else NotFound."""
    found = ranking.rank_candidates(
        session, directory, vacancy, limit=1, explain_all=False, filters=RankFilters(keys=frozenset({profile_id}))
    )
    if not found:
        raise NotACandidate()
    return found[0]


def _decision_row(session: Session, vacancy: Vacancy, profile_id: int) -> CandidateDecision:
    row = session.scalar(
        select(CandidateDecision).where(
            CandidateDecision.vacancy_id == vacancy.id, CandidateDecision.profile_id == profile_id
        )
    )
    if row is None:
        row = CandidateDecision(vacancy_id=vacancy.id, profile_id=profile_id, note="")
        session.add(row)
    return row


def _decide(
    session: Session, directory: Path, user: User, vacancy: Vacancy, profile_id: int, decision, reason
) -> CandidateDecision:
    _require_employer(user, vacancy)
    found = candidate(session, directory, vacancy, profile_id)
    row = _decision_row(session, vacancy, profile_id)
    row.decision = decision
    row.reason = reason
    # The components as they are now: what the employer saw when deciding, for learning weights later.
    row.components = dict(found.ranked.components) if decision else None
    row.decided_by_id = user.id
    session.flush()
    return row


def shortlist(session: Session, directory: Path, user: User, vacancy: Vacancy, profile_id: int) -> CandidateDecision:
    """Put a candidate on the vacancy's shortlist."""
    return _decide(session, directory, user, vacancy, profile_id, Decision.SHORTLISTED, None)


def reject(
    session: Session, directory: Path, user: User, vacancy: Vacancy, profile_id: int, reason: str | None = None
) -> CandidateDecision:
    """Reject a candidate for the vacancy, optionally with a reason from the fixed list."""
    if reason and not admits(RejectReason, reason):
        raise RejectReasonNotAChoice()
    return _decide(session, directory, user, vacancy, profile_id, Decision.REJECTED, reason or None)


def undo_decision(
    session: Session, directory: Path, user: User, vacancy: Vacancy, profile_id: int
) -> CandidateDecision:
    """Take a candidate off the shortlist or back from rejection; the note stays."""
    return _decide(session, directory, user, vacancy, profile_id, None, None)


def save_note(
    session: Session, directory: Path, user: User, vacancy: Vacancy, profile_id: int, note: str
) -> CandidateDecision:
    """Keep a private note on a candidate (seen only by the vacancy's organisation)."""
    _require_employer(user, vacancy)
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise NoteTooLong(limit=MAX_NOTE)
    candidate(session, directory, vacancy, profile_id)
    row = _decision_row(session, vacancy, profile_id)
    row.note = note
    session.flush()
    return row


def request_contact(
    session: Session, directory: Path, user: User, vacancy: Vacancy, profile_id: int, message: str
) -> ContactRequest:
    """Ask a candidate for contact about a published vacancy (once per vacancy and candidate)."""
    _require_employer(user, vacancy)  # approved employers only (NotApprovedToSeeCandidates)
    if vacancy.status != VacancyStatus.PUBLISHED:
        raise VacancyNotPublishedToContact()
    found = candidate(session, directory, vacancy, profile_id)
    return contacts.send(session, user, vacancy, found.profile, message)
