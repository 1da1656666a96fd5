"""Mentors: leaders who have crossed sectors offer conversations; a leader considering a move finds them, ranked
by the same ranker as candidates, and asks; the mentor accepts or declines, and only then do both see names and
e-mail addresses.

Who may offer is read from the profile, never typed: a move is two consecutive jobs in different sectors in the
leader's experience (oldest first, ending with today's job), or a hire the leader or an employer reported
(``models.outcome``) from one sector into another.

Matching treats the mentee's considered move as a post: the target sector, the mentee's level, home and
competences (or the function they choose), and ranks the mentors' profiles for it with the ranking index's
encoder and ranker (``CandidateIndex.rank``), as if every mentor were open to every sector. Nothing is fitted in
a request: the mentors' rows are encoded with the saved encoder and kept per index version. Job-seeking status
carries no weight (it says nothing about mentoring, and a mentor's stays private); neither does the
cross-sector component, since moving into the target sector orders the list on its own: mentors who moved into
it come first, then mentors who have worked there, then other leaders who have crossed.

Privacy: only leaders ever reach this service's pages (the blueprint's gate). A mentor card shows what the
mentor chose (their text, their title if they allow it), the moves, the level and the concepts both share, never
the mentor's own words from the profile; a hidden leader is shown only with ``shown_while_hidden`` ticked.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, joinedload

from matcher.counterfactual import SECTORS
from matcher.documents import ProfileDoc, VacancyDoc
from matcher.explain import Explanation, explain_many
from matcher.index import CandidateIndex, RankedCandidate, RankFilters, Segment
from matcher.taxonomy_data import load_concepts, load_functions
from matcher.weights import Weights
from models import (
    MentorOffer,
    MentorRequest,
    MentorRequestStatus,
    Notification,
    NotificationKind,
    Outcome,
    OutcomeKind,
    Profile,
    Sector,
    User,
    Visibility,
    utcnow,
)
from models.mentoring import MAX_MENTEES

from . import index_store, notifications, profiles
from . import weights as weight_sets
from .errors import Conflict, Forbidden, NotFound, ServiceError
from .matcher_docs import profile_doc

Status = MentorRequestStatus
MAX_TEXT = 1500
MAX_MESSAGE = 2000
MAX_OPEN_REQUESTS = 3  # unanswered requests one leader may have at a time: no mass mailing of mentors
PERIOD = timedelta(days=183)  # an accepted conversation counts against the mentor's number for half a year
SHOWN = 10
CACHE_SIZE = 8  # encoded mentor sets kept per process


# ---- who may offer -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Move:
    """One move between sectors that a profile shows; ``year`` when known."""

    from_sector: str
    to_sector: str
    year: int | None = None


def moves(session: Session, profile: Profile) -> list[Move]:
    """The leader's moves between sectors, oldest first, one per pair of sectors (the earliest)."""
    found: list[Move] = []
    jobs = sorted(profile.experiences, key=lambda e: (e.start_year, e.end_year is None, e.id or 0))
    steps = [(e.sector, e.start_year) for e in jobs]
    if not steps or steps[-1][0] != profile.sector:
        steps.append((profile.sector, None))  # today's job, when the history does not end with it
    for (before, _year), (after, year) in zip(steps, steps[1:], strict=False):
        if before != after:
            found.append(Move(before, after, year))
    hires = session.execute(
        select(Outcome.from_sector, Outcome.to_sector, Outcome.occurred_on).where(
            Outcome.profile_id == profile.id, Outcome.kind == OutcomeKind.HIRED
        )
    )
    for before, after, on in hires:
        if before and after and before != after:
            found.append(Move(before, after, on.year))
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
        raise Forbidden(_("Udfyld din profil først."))
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
        raise Forbidden(_("Din profil viser ikke, at du har skiftet sektor, så du kan ikke tilbyde dig som mentor."))
    text = (text or "").strip()
    if not text:
        raise ServiceError(_("Skriv, hvad du kan hjælpe med."), field="text")
    if len(text) > MAX_TEXT:
        raise ServiceError(_("Højst %(n)d tegn.", n=MAX_TEXT), field="text")
    if max_mentees is None or not 1 <= max_mentees <= MAX_MENTEES:
        raise ServiceError(_("Vælg et tal fra 1 til %(n)d.", n=MAX_MENTEES), field="max_mentees")
    if profile.visibility == Visibility.HIDDEN and not shown_while_hidden:
        raise ServiceError(
            _("Din profil er skjult. Sæt kryds her, hvis andre ledere alligevel må se dig som mentor."),
            field="shown_while_hidden",
        )
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
        raise NotFound(_("Du er ikke mentor."))
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


def _shown(offer: MentorOffer) -> bool:
    """Other leaders may see the offer: it stands, and a hidden leader has allowed it."""
    profile = offer.profile
    active_user = profile.user is not None and profile.user.active
    hidden_ok = profile.visibility != Visibility.HIDDEN or offer.shown_while_hidden
    return offer.withdrawn_at is None and active_user and hidden_ok


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
    return [o for o in offers if _shown(o) and counts.get(o.id, 0) < o.max_mentees]


# ---- matching ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MentorMatch:
    """A mentor for a considered move, with the ranker's score and explanation."""

    offer: MentorOffer
    moves: tuple[Move, ...]
    into_target: bool  # moved into the target sector
    knows_target: bool  # has worked in the target sector
    ranked: RankedCandidate | None  # None on a single mentor's page, which is not a ranking
    explanation: Explanation | None
    request: MentorRequest | None  # the mentee's own request to this mentor


_MENTOR_SETS: dict[tuple, CandidateIndex] = {}
_LOCK = threading.Lock()


def mentor_weights(session: Session) -> Weights:
    """The active weights without job-seeking and cross-sector (see the module docstring)."""
    return replace(weight_sets.active_weights(session), willingness=0.0, cross_sector=0.0)


def move_doc(mentee: Profile, target_sector: str, function_id: str | None = None) -> VacancyDoc:
    """The considered move as the ranker reads a post: the target sector, the mentee's level and home, and the
    mentee's title and competences; with a chosen function, a post in that function: its name as the title, its
    core competences as required and the mentee's own as nice to have."""
    function = next((f for f in load_functions() if f.id == function_id), None)
    if function is None:
        title, required, wished = mentee.title, tuple(mentee.competences), ()
    else:
        names = {c.id: c.name_da for c in load_concepts()}
        cue = max(function.title_cues, key=lambda item: item[1])[0]
        title = f"{function.name_da}, {cue}"
        required = tuple(names[c] for c, weight in function.concepts if weight >= 1.0 and c in names)
        wished = tuple(mentee.competences)
    return VacancyDoc(
        key=mentee.id,
        sector=target_sector,
        level=mentee.level,
        municipality_code=mentee.municipality_code,
        title=title,
        competences=required,
        nice_to_have=wished,
        description=mentee.summary,
    )


def _mentor_doc(profile: Profile) -> ProfileDoc:
    """A mentor as a candidate for any move: open to every sector, hidden from no one."""
    return replace(profile_doc(profile), open_to_sectors=SECTORS, hidden_from=(), seeking="open")


def _mentor_index(index: CandidateIndex, directory: Path, docs: tuple[ProfileDoc, ...]) -> CandidateIndex:
    """The mentors encoded with the index's encoder (no fit), kept per index version and mentor documents."""
    key = (str(directory), index.version, docs)
    with _LOCK:
        found = _MENTOR_SETS.get(key)
    if found is None:
        found = CandidateIndex(index.encoder, Segment.build(index.encoder, list(docs)), index.version)
        with _LOCK:
            if len(_MENTOR_SETS) >= CACHE_SIZE:
                _MENTOR_SETS.clear()
            _MENTOR_SETS[key] = found
    return found


def forget() -> None:
    """Drop the kept mentor sets (tests)."""
    with _LOCK:
        _MENTOR_SETS.clear()


def check_target(mentee: Profile, target_sector: str | None) -> str:
    """The target sector, if it is another sector than the mentee's own."""
    if target_sector not in set(Sector):
        raise ServiceError(_("Vælg den sektor, du overvejer."), field="sector")
    if target_sector == mentee.sector:
        raise ServiceError(_("Vælg en anden sektor end den, du er i nu."), field="sector")
    return target_sector


def find_mentors(
    session: Session,
    directory: Path,
    mentee: Profile,
    target_sector: str,
    function_id: str | None = None,
    limit: int = SHOWN,
) -> list[MentorMatch]:
    """Mentors for a move into ``target_sector``, best first (raises ``IndexUnavailable`` without an index)."""
    target_sector = check_target(mentee, target_sector)
    index = index_store.current_index(session, directory)
    offers = open_offers(session, mentee)
    if not offers:
        return []
    by_key = {o.profile_id: o for o in offers}
    docs = tuple(_mentor_doc(o.profile) for o in offers)
    weights = mentor_weights(session)
    doc = move_doc(mentee, target_sector, function_id)
    ranked = _mentor_index(index, directory, docs).rank(
        doc, weights, limit=len(docs), filters=RankFilters(include_unqualified=True)
    )
    doc_of = {d.key: d for d in docs}
    moved = {o.profile_id: tuple(moves(session, o.profile)) for o in offers}
    into = {key: any(m.to_sector == target_sector for m in found) for key, found in moved.items()}
    knows = {o.profile_id: target_sector in sectors_known(o.profile) for o in offers}
    # Stable: within each group the ranker's order stays. Only the shown ones are explained.
    ranked = sorted(ranked, key=lambda item: (not into[item.key], not knows[item.key]))[:limit]
    explanations = explain_many(index.encoder, [(doc, doc_of[item.key], item) for item in ranked], weights)
    mine = {r.offer_id: r for r in sent(session, mentee)}
    return [
        MentorMatch(
            offer=by_key[item.key],
            moves=moved[item.key],
            into_target=into[item.key],
            knows_target=knows[item.key],
            ranked=item,
            explanation=explanation,
            request=mine.get(by_key[item.key].id),
        )
        for item, explanation in zip(ranked, explanations, strict=True)
    ]


def match_for(session: Session, mentee: Profile, offer_id: int, target_sector: str | None = None) -> MentorMatch | None:
    """One mentor as the mentee may see them (None: not shown to anyone, or the mentee's own offer)."""
    offer = session.get(MentorOffer, offer_id)
    if offer is None or offer.profile_id == mentee.id or not _shown(offer):
        return None
    shown = tuple(moves(session, offer.profile))
    request = session.scalar(
        select(MentorRequest).where(MentorRequest.offer_id == offer.id, MentorRequest.mentee_id == mentee.id)
    )
    return MentorMatch(
        offer=offer,
        moves=shown,
        into_target=any(m.to_sector == target_sector for m in shown),
        knows_target=target_sector in sectors_known(offer.profile),
        ranked=None,
        explanation=None,
        request=request,
    )


def open_to_requests(session: Session, offer: MentorOffer) -> bool:
    """The mentor takes new requests now: not paused and not full."""
    return not offer.paused and taken(session, [offer.id]).get(offer.id, 0) < offer.max_mentees


# ---- requests ------------------------------------------------------------------------------------------------


def send_request(session: Session, leader: User, offer_id: int, target_sector: str, message: str) -> MentorRequest:
    """Ask a mentor for a conversation about a move into ``target_sector`` (once per mentor)."""
    mentee = own_profile(session, leader)
    offer = session.get(MentorOffer, offer_id)
    if offer is None or offer.profile_id == mentee.id or not _shown(offer):
        raise NotFound(_("Mentoren findes ikke."))
    if target_sector not in set(Sector):
        raise ServiceError(_("Vælg den sektor, du overvejer."), field="target_sector")
    message = (message or "").strip()
    if not message:
        raise ServiceError(_("Skriv en besked til mentoren."), field="message")
    if len(message) > MAX_MESSAGE:
        raise ServiceError(_("Beskeden må højst have %(n)d tegn.", n=MAX_MESSAGE), field="message")
    request = session.scalar(
        select(MentorRequest).where(MentorRequest.offer_id == offer.id, MentorRequest.mentee_id == mentee.id)
    )
    if request is not None and request.status == Status.PENDING:
        raise Conflict(_("Du har allerede spurgt denne mentor. Vent på svar."))
    if request is not None and request.status == Status.ACCEPTED:
        raise Conflict(_("Mentoren har allerede sagt ja til at tale med dig."))
    if request is not None and request.status == Status.DECLINED:
        raise Conflict(_("Mentoren har sagt nej tak til din anmodning, så du kan ikke spørge igen."))
    if not open_to_requests(session, offer):
        raise Conflict(_("Mentoren tager ikke imod flere lige nu."))
    waiting = session.scalar(
        select(func.count())
        .select_from(MentorRequest)
        .where(MentorRequest.mentee_id == mentee.id, MentorRequest.status == Status.PENDING)
    )
    if waiting >= MAX_OPEN_REQUESTS:
        raise Conflict(
            _(
                "Du har allerede %(n)d anmodninger, der venter på svar. Vent på et svar, eller træk en tilbage, "
                "før du spørger flere.",
                n=waiting,
            )
        )
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
        raise NotFound(_("Anmodningen findes ikke."))
    if request.status != Status.PENDING:
        raise Conflict(_("Anmodningen er allerede afsluttet."))
    request.status = Status.ACCEPTED if accept else Status.DECLINED
    request.answered_at = utcnow()
    session.flush()
    _tell_mentee(session, request)
    return request


def cancel(session: Session, leader: User, request_id: int) -> MentorRequest:
    """The mentee takes back an unanswered request; the mentor's notice of it goes."""
    request = session.get(MentorRequest, request_id)
    if request is None or request.mentee.user_id != leader.id:
        raise NotFound(_("Anmodningen findes ikke."))
    if request.status != Status.PENDING:
        raise Conflict(_("Anmodningen er allerede besvaret."))
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


__all__ = [
    "MAX_MENTEES",
    "Move",
    "MentorMatch",
    "answer",
    "cancel",
    "find_mentors",
    "moves",
    "offer_of",
    "received",
    "save_offer",
    "send_request",
    "sent",
    "withdraw",
]


# ---- what the notifications say (``notifications.describe`` asks here for the two mentoring kinds) ------------

INTO_SECTOR = {
    "stat": _l("staten"),
    "region": _l("en region"),
    "kommune": _l("en kommune"),
    "privat": _l("en privat virksomhed"),
}


def said(notification: Notification, for_mail: bool = False) -> notifications.Said:
    """A mentoring notification in words. Mails name nobody; the inbox names the mentor once they accepted."""
    request = notification.mentor_request
    place = INTO_SECTOR.get(request.target_sector, "") if request is not None else ""
    if notification.kind == NotificationKind.MENTOR_REQUEST:
        return notifications.Said(
            _("En leder, der overvejer at skifte til %(place)s, vil gerne tale med dig som mentor.", place=place),
            "mentoring.requests",
            {"_anchor": f"modtaget-{notification.mentor_request_id}"},
            _("Læs anmodningen og svar"),
        )
    status = (notification.details or {}).get("status")
    if status == Status.ACCEPTED and not for_mail and revealed(request):
        text = _("%(name)s har sagt ja til at tale med dig som mentor.", name=request.offer.profile.name)
    elif status == Status.ACCEPTED:
        text = _("En mentor har sagt ja til at tale med dig, så I nu kan se hinandens navn og e-mail.")
    elif status == Status.CLOSED:
        text = _("En mentor har trukket sit tilbud tilbage, før der kom svar på din anmodning. Find gerne en anden.")
    else:
        text = _("En mentor har desværre sagt nej tak til din anmodning. Find gerne en anden.")
    return notifications.Said(
        text, "mentoring.requests", {"_anchor": f"sendt-{notification.mentor_request_id}"}, _("Se dine anmodninger")
    )


def subject(notification: Notification) -> str:
    """The subject of a mail about a mentoring notification."""
    if notification.kind == NotificationKind.MENTOR_REQUEST:
        return _("En leder vil gerne tale med dig som mentor")
    return _("Svar på din anmodning om en mentor")
