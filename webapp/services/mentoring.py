"""Mentors: leaders who have crossed sectors offer conversations; a leader considering a move finds them, ranked
by the same ranker as candidates, and asks; the mentor accepts or declines, and only then do both see names and
e-mail addresses.

Who may offer is read from the profile, never typed: a move is two consecutive jobs in different sectors in the
leader's experience (oldest first, ending with today's job), or a hire the leader or an employer reported
(``models.outcome``) from one sector into another.

Matching with the ranker lives in ``mentor_matching``.

Privacy: only leaders ever reach this service's pages (the blueprint's gate). A mentor card shows what the
mentor chose (their text, their title if they allow it), the moves, the level and the concepts both share, never
the mentor's own words from the profile; a hidden leader is shown only with ``shown_while_hidden`` ticked, and
then, like a discreet one, never to leaders of their own organisation family (``shown_to``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, joinedload

from matcher import privacy
from matcher.privacy import Families
from models import (
    MentorOffer,
    MentorRequest,
    MentorRequestStatus,
    Notification,
    NotificationKind,
    Outcome,
    Profile,
    Sector,
    User,
    Visibility,
    utcnow,
)
from models.enums import admits
from models.mentoring import MAX_MENTEES

from . import answering, notifications, outcomes, profiles
from .errors import (
    AlreadyAsked,
    HiddenMentorNotConfirmed,
    MenteeCountOutOfRange,
    MentorAlreadyAccepted,
    MentorDeclined,
    MentorFull,
    MentorMessageMissing,
    MentorNotFound,
    MentorRequestNotFound,
    MessageTooLong,
    NoProfile,
    NoSectorMove,
    NotAMentor,
    OfferTextMissing,
    RequestAlreadyAnswered,
    RequestAlreadyClosed,
    TargetSectorNotAChoice,
    TooLong,
    TooManyOpenRequests,
)
from .matcher_docs import organisation_family

Status = MentorRequestStatus
MAX_TEXT = 1500
MAX_MESSAGE = 2000
MAX_OPEN_REQUESTS = 3  # unanswered requests one leader may have at a time: no mass mailing of mentors
PERIOD = timedelta(days=183)  # an accepted conversation counts against the mentor's number for half a year


# ---- who may offer -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Move:
    """One move between sectors that a profile shows; ``year`` when known."""

    from_sector: str
    to_sector: str
    year: int | None = None


def moves(session: Session, profile: Profile) -> list[Move]:
    """The leader's moves between sectors, oldest first, one per pair of sectors (the earliest)."""
    return moves_of(session, [profile])[profile.id]


def moves_of(session: Session, leaders: list[Profile]) -> dict[int, list[Move]]:
    """``moves`` for many leaders by profile id, their reported hires read in one query (load their
    experiences with the leaders, as ``open_offers`` and ``sent`` do)."""
    found: dict[int, list[Move]] = {profile.id: _job_moves(profile) for profile in leaders}
    if not found:
        return found
    hires = session.execute(
        select(Outcome.profile_id, Outcome.from_sector, Outcome.to_sector, Outcome.occurred_on).where(
            Outcome.profile_id.in_(list(found)), outcomes.moved_jobs()
        )
    )
    for profile_id, before, after, on in hires:
        if before and after and before != after:
            found[profile_id].append(Move(before, after, on.year))
    return {profile_id: _earliest_per_pair(held) for profile_id, held in found.items()}


def _job_moves(profile: Profile) -> list[Move]:
    """Moves between consecutive jobs in the leader's history, today's job last."""
    jobs = sorted(profile.experiences, key=lambda e: (e.start_year, e.end_year is None, e.id or 0))
    steps = [(e.sector, e.start_year) for e in jobs]
    if not steps or steps[-1][0] != profile.sector:
        steps.append((profile.sector, None))  # today's job, when the history does not end with it
    return [
        Move(before, after, year)
        for (before, _year), (after, year) in zip(steps, steps[1:], strict=False)
        if before != after
    ]


def _earliest_per_pair(found: list[Move]) -> list[Move]:
    """One move per pair of sectors, the earliest (a known year before an unknown one), oldest first."""
    first: dict[tuple[str, str], Move] = {}
    for move in found:
        key = (move.from_sector, move.to_sector)
        held = first.get(key)
        if held is None or (move.year is not None and (held.year is None or move.year < held.year)):
            first[key] = move
    return sorted(first.values(), key=lambda m: (m.year is None, m.year or 0, m.from_sector, m.to_sector))


def sectors_known(profile: Profile) -> set[str]:
    """Every sector the leader has worked in, today's included."""
    return {profile.sector, *(e.sector for e in profile.experiences)}


# ---- the offer -----------------------------------------------------------------------------------------------


def own_profile(session: Session, leader: User) -> Profile:
    """The leader's own profile, or Forbidden (mentoring starts from a profile)."""
    found = profiles.get_for_user(session, leader)
    if found is None:
        raise NoProfile()
    return found


def offer_of(session: Session, profile: Profile) -> MentorOffer | None:
    """The leader's offer (withdrawn ones too), if any."""
    return session.scalar(select(MentorOffer).where(MentorOffer.profile_id == profile.id))


def is_active(offer: MentorOffer | None) -> bool:
    """The offer stands (it may be paused)."""
    return offer is not None and offer.withdrawn_at is None


def save_offer(
    session: Session,
    leader: User,
    *,
    text: str,
    max_mentees: int | None,
    paused: bool,
    show_title: bool,
    shown_while_hidden: bool,
) -> MentorOffer:
    """Offer to be a mentor, or change the offer (a withdrawn offer stands again)."""
    profile = own_profile(session, leader)
    if not moves(session, profile):
        raise NoSectorMove()
    text = (text or "").strip()
    if not text:
        raise OfferTextMissing()
    if len(text) > MAX_TEXT:
        raise TooLong(field="text", limit=MAX_TEXT)
    if max_mentees is None or not 1 <= max_mentees <= MAX_MENTEES:
        raise MenteeCountOutOfRange(limit=MAX_MENTEES)
    if profile.visibility == Visibility.HIDDEN and not shown_while_hidden:
        raise HiddenMentorNotConfirmed()
    offer = offer_of(session, profile)
    if offer is None:
        offer = MentorOffer(profile=profile)
        session.add(offer)
    offer.text, offer.max_mentees, offer.paused = text, max_mentees, paused
    offer.show_title, offer.shown_while_hidden = show_title, shown_while_hidden
    offer.withdrawn_at = None
    session.flush()
    return offer


def withdraw(session: Session, leader: User) -> int:
    """Withdraw the offer at once; unanswered requests are closed and their senders told. Returns how many."""
    profile = own_profile(session, leader)
    offer = offer_of(session, profile)
    if not is_active(offer):
        raise NotAMentor()
    offer.withdrawn_at = utcnow()
    pending = list(
        session.scalars(
            select(MentorRequest).where(MentorRequest.offer_id == offer.id, MentorRequest.status == Status.PENDING)
        )
    )
    for request in pending:
        request.status, request.answered_at = Status.CLOSED, utcnow()
    session.flush()
    for request in pending:
        _tell_mentee(session, request)
    return len(pending)


def taken(session: Session, offer_ids: list[int]) -> dict[int, int]:
    """Per offer: unanswered requests and conversations accepted within ``PERIOD`` (what fills a mentor up)."""
    if not offer_ids:
        return {}
    since = utcnow() - PERIOD
    rows = session.execute(
        select(MentorRequest.offer_id, func.count())
        .where(
            MentorRequest.offer_id.in_(offer_ids),
            (MentorRequest.status == Status.PENDING)
            | ((MentorRequest.status == Status.ACCEPTED) & (MentorRequest.answered_at >= since)),
        )
        .group_by(MentorRequest.offer_id)
    )
    return {offer_id: count for offer_id, count in rows}


def shown_to(session: Session, offer: MentorOffer | None, mentee: Profile, families: Families | None = None) -> bool:
    """May this leader be shown the offer? It stands, is not their own, and ``matcher.privacy.may_see`` lets the
    mentee's organisation see the mentor: a hidden mentor who allowed being shown counts as discreet here, so no
    mentor ever reaches their own organisation family through this page. ``families``: the mentee
    organisation's (``matcher_docs.organisation_family``), when asking for many offers."""
    if offer is None or offer.withdrawn_at is not None or offer.profile_id == mentee.id:
        return False
    profile = offer.profile
    if profile.user is None or not profile.user.active:
        return False
    if families is None:
        families = organisation_family(session, mentee.organisation_id) if mentee.organisation_id else {}
    shown_as = Visibility.DISCREET if profile.visibility == Visibility.HIDDEN and offer.shown_while_hidden else None
    return privacy.may_see(shown_as or profile.visibility, profile.organisation_id, mentee.organisation_id, families)


def open_offers(session: Session, mentee: Profile) -> list[MentorOffer]:
    """Offers a leader can be shown now: standing, not paused, not full, not their own."""
    offers = list(
        session.scalars(
            select(MentorOffer)
            .options(
                joinedload(MentorOffer.profile).joinedload(Profile.user),
                joinedload(MentorOffer.profile).selectinload(Profile.experiences),
                joinedload(MentorOffer.profile).joinedload(Profile.organisation),
            )
            .where(
                MentorOffer.withdrawn_at.is_(None),
                MentorOffer.paused.is_(False),
                MentorOffer.profile_id != mentee.id,
            )
            .order_by(MentorOffer.id)
        ).unique()
    )
    counts = taken(session, [o.id for o in offers])
    families = organisation_family(session, mentee.organisation_id) if mentee.organisation_id else {}
    return [o for o in offers if shown_to(session, o, mentee, families) and counts.get(o.id, 0) < o.max_mentees]


def open_to_requests(session: Session, offer: MentorOffer) -> bool:
    """The mentor takes new requests now: not paused and not full."""
    return not offer.paused and taken(session, [offer.id]).get(offer.id, 0) < offer.max_mentees


# ---- requests ------------------------------------------------------------------------------------------------


def asked(session: Session, leader: User, offer_id: int) -> bool:
    """Whether the leader's request to this mentor is saved (the first click of a double click saved it)."""
    mentee = profiles.get_for_user(session, leader)
    return (
        mentee is not None
        and session.scalar(
            select(MentorRequest.id).where(MentorRequest.offer_id == offer_id, MentorRequest.mentee_id == mentee.id)
        )
        is not None
    )


def send_request(session: Session, leader: User, offer_id: int, target_sector: str, message: str) -> MentorRequest:
    """Ask a mentor for a conversation about a move into ``target_sector`` (once per mentor)."""
    mentee = own_profile(session, leader)
    offer = session.get(MentorOffer, offer_id)
    if not shown_to(session, offer, mentee):
        raise MentorNotFound()
    if not admits(Sector, target_sector):
        raise TargetSectorNotAChoice()
    message = (message or "").strip()
    if not message:
        raise MentorMessageMissing()
    if len(message) > MAX_MESSAGE:
        raise MessageTooLong(limit=MAX_MESSAGE)
    request = session.scalar(
        select(MentorRequest).where(MentorRequest.offer_id == offer.id, MentorRequest.mentee_id == mentee.id)
    )
    if request is not None and request.status == Status.PENDING:
        raise AlreadyAsked()
    if request is not None and request.status == Status.ACCEPTED:
        raise MentorAlreadyAccepted()
    if request is not None and request.status == Status.DECLINED:
        raise MentorDeclined()
    if not open_to_requests(session, offer):
        raise MentorFull()
    waiting = session.scalar(
        select(func.count())
        .select_from(MentorRequest)
        .where(MentorRequest.mentee_id == mentee.id, MentorRequest.status == Status.PENDING)
    )
    if waiting >= MAX_OPEN_REQUESTS:
        raise TooManyOpenRequests(waiting=waiting)
    if request is None:  # a cancelled or closed request is asked again in its own row
        request = MentorRequest(offer=offer, mentee=mentee)
        session.add(request)
    request.target_sector, request.message = target_sector, message
    request.status, request.created_at, request.answered_at = Status.PENDING, utcnow(), None
    session.flush()
    mentor = offer.profile.user
    notifications.notify(session, mentor, NotificationKind.MENTOR_REQUEST, mentor_request=request)
    return request


def answer(session: Session, leader: User, request_id: int, accept: bool) -> MentorRequest:
    """The mentor accepts (both then see names and e-mail addresses) or declines a request to them."""
    request = session.get(MentorRequest, request_id)
    if request is None or request.offer.profile.user_id != leader.id:
        raise MentorRequestNotFound()
    answering.answer(request, accept, Status, RequestAlreadyClosed)
    session.flush()
    _tell_mentee(session, request)
    return request


def cancel(session: Session, leader: User, request_id: int) -> MentorRequest:
    """The mentee takes back an unanswered request; the mentor's notice of it goes."""
    request = session.get(MentorRequest, request_id)
    if request is None or request.mentee.user_id != leader.id:
        raise MentorRequestNotFound()
    if request.status != Status.PENDING:
        raise RequestAlreadyAnswered()
    request.status, request.answered_at = Status.CANCELLED, utcnow()
    session.execute(
        delete(Notification).where(
            Notification.mentor_request_id == request.id, Notification.kind == NotificationKind.MENTOR_REQUEST
        )
    )
    session.flush()
    return request


def _tell_mentee(session: Session, request: MentorRequest) -> None:
    notifications.notify(
        session,
        request.mentee.user,
        NotificationKind.MENTOR_ANSWER,
        mentor_request=request,
        details={"status": str(request.status)},
    )


def received(session: Session, profile: Profile) -> list[MentorRequest]:
    """Requests to the leader as a mentor, newest first (cancelled ones left out)."""
    stmt = (
        select(MentorRequest)
        .join(MentorOffer)
        .options(joinedload(MentorRequest.mentee).joinedload(Profile.organisation))
        .where(MentorOffer.profile_id == profile.id, MentorRequest.status != Status.CANCELLED)
        .order_by(MentorRequest.created_at.desc(), MentorRequest.id.desc())
    )
    return list(session.scalars(stmt))


def sent(session: Session, profile: Profile) -> list[MentorRequest]:
    """The leader's own requests to mentors, newest first."""
    stmt = (
        select(MentorRequest)
        .options(
            joinedload(MentorRequest.offer).joinedload(MentorOffer.profile).selectinload(Profile.experiences),
        )
        .where(MentorRequest.mentee_id == profile.id)
        .order_by(MentorRequest.created_at.desc(), MentorRequest.id.desc())
    )
    return list(session.scalars(stmt).unique())


def revealed(request: MentorRequest | None) -> bool:
    """True when the mentor has accepted: both may see the other's name and e-mail address."""
    return request is not None and request.status == Status.ACCEPTED


def waiting_count(session: Session, profile: Profile) -> int:
    """Requests waiting for the leader's answer as a mentor."""
    return session.scalar(
        select(func.count())
        .select_from(MentorRequest)
        .join(MentorOffer)
        .where(MentorOffer.profile_id == profile.id, MentorRequest.status == Status.PENDING)
    )
