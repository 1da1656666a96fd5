"""Employers' talent searches and the digest of new, anonymous candidates that match them.

An approved employer saves a few filters: a function (what ``roles.of_profile`` recognises as the leader's main
function, the same recognition the ranking uses), a leadership level, a region, and "only leaders from other
sectors than ours". ``flask send-alerts`` then mails them, daily or weekly as they chose, the leaders who match,
whose profiles are new or changed since the search was saved, and who were never mailed to this employer
before (``TalentDelivery``, unique per employer and leader). A leader appears only while visible to the
employer's organisation (``visibility.can_see``: hidden never, discreet not to their own organisation's
family), and anonymously: the digest says level and sector in general words, region, function and the
competences Sektorbro recognised, in the taxonomy's words; never a name, an address, an organisation or any
text the leader wrote. The deliveries are written and flushed before the mail is spooled, in the transaction
the caller commits, as for the leaders' alerts (``services/alerts.py``); ``webapp/mails/digests.py`` words the
mail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from matcher import geography
from models import (
    Delivery,
    Notification,
    NotificationKind,
    Profile,
    Role,
    TalentDelivery,
    TalentFrequency,
    TalentSearch,
    User,
    as_utc,
    utcnow,
)

from . import contracts, ranking, roles, saved_searches, unsubscribe_links, visibility
from .errors import (
    CandidateNotVisible,
    NoOrganisation,
    NotApprovedToSearch,
    TalentSearchNameTaken,
    TalentSearchNotFound,
    TooManyTalentSearches,
)
from .matcher_docs import seen_at_all

MAX_SEARCHES = 20  # per employer: each active search reads the candidate pool once per run
MAX_PER_DIGEST = 25  # the rest waits for the next digest (nothing is recorded for it)
TOP_COMPETENCES = 5
# A scheduler's run drifts by minutes: a digest is due a little before a whole day or week has passed.
DUE_AFTER = {TalentFrequency.DAILY: timedelta(hours=20), TalentFrequency.WEEKLY: timedelta(days=7, hours=-4)}


@dataclass(frozen=True)
class TalentFilters:
    """What a talent search asks for; None (or False) means any."""

    function: str | None = None
    level: int | None = None
    region: int | None = None
    other_sectors_only: bool = False


function_ids = contracts.function_ids  # what the form offers and the contract takes


def filters_of(search: TalentSearch) -> TalentFilters:
    """The filters a saved talent search stands for."""
    return TalentFilters(search.function, search.level, search.region, bool(search.other_sectors_only))


def check_employer(user: User) -> None:
    """Only an approved employer of an organisation may search for talent."""
    if user.role != Role.EMPLOYER or not user.is_approved_employer:
        raise NotApprovedToSearch()
    if user.organisation_id is None:
        raise NoOrganisation()


KIND = saved_searches.Kind(
    TalentSearch,
    mails_on="active",
    most=MAX_SEARCHES,
    too_many=TooManyTalentSearches,
    same_name=TalentSearchNameTaken,
    not_found=TalentSearchNotFound,
)
for_user, get_own, set_active, delete = KIND.for_user, KIND.get_own, KIND.switch, KIND.delete


def create(session: Session, user: User, wanted: contracts.TalentSearch) -> TalentSearch:
    """Save a talent search under its name (unique per employer); its digest starts at once. ``wanted`` was
    checked by its contract where it came in (the form's ``contract``, else ``contracts.checked``), as a profile
    is; who may search, the name's uniqueness and the number of searches are checked here."""
    check_employer(user)
    KIND.check_new_name(session, user, wanted.name)
    search = TalentSearch(
        user_id=user.id,
        name=wanted.name,
        function=wanted.function,
        level=wanted.level,
        region=wanted.region,
        other_sectors_only=wanted.other_sectors_only,
        frequency=wanted.frequency,
        active=True,
        unsubscribe_token=unsubscribe_links.new_token(),
        created_at=utcnow(),
    )
    session.add(search)
    session.flush()
    return search


def update(session: Session, user: User, search_id: int, wanted: contracts.TalentSearchChange) -> TalentSearch:
    """Rename a search and choose how often its digest comes (``wanted`` checked by its contract, as in
    ``create``)."""
    search = get_own(session, user, search_id)
    KIND.check_new_name(session, user, wanted.name, search.id)
    search.name, search.frequency = wanted.name, wanted.frequency
    session.flush()
    return search


# ---- matching ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A leader as a digest shows them: nothing they wrote, nothing that names them."""

    profile_id: int
    level: int
    sector: str
    region: str  # the region's name (where the leader lives)
    functions: tuple[str, ...]
    competences: tuple[roles.ConceptName, ...]
    seeking: str
    years_as_leader: int


def describe(profile: Profile) -> Candidate:
    """The anonymous summary of a leader (recognised function and competences, in the taxonomy's words)."""
    found = roles.recognised(roles._encoder(), ranking.profile_doc(profile))  # the pages' encoder: no index needed
    return Candidate(
        profile_id=profile.id,
        level=profile.level,
        sector=profile.sector,
        region=geography.region(geography.municipality(profile.municipality_code).region_code).name,
        functions=found.functions,
        competences=found.concepts[:TOP_COMPETENCES],
        seeking=profile.seeking,
        years_as_leader=profile.years_as_leader,
    )


def _pool(session: Session, search: TalentSearch, employer: User, since: datetime | None):
    """Candidates the database can filter: not hidden, active account (or imported), level, region, sector."""
    delivered = exists().where(TalentDelivery.user_id == employer.id, TalentDelivery.profile_id == Profile.id)
    stmt = (
        select(Profile)
        .outerjoin(User, User.id == Profile.user_id)
        .options(selectinload(Profile.experiences), joinedload(Profile.organisation))
        .where(seen_at_all(), or_(Profile.user_id.is_(None), User.active.is_(True)))
        .where(~delivered)
        .order_by(Profile.updated_at.desc(), Profile.id.desc())
    )
    if since is not None:
        stmt = stmt.where(Profile.updated_at > since)
    if search.level is not None:
        stmt = stmt.where(Profile.level == search.level)
    if search.region is not None:
        codes = [m.code for m in geography.municipalities_in_region(search.region)]
        stmt = stmt.where(Profile.municipality_code.in_(codes))
    if search.other_sectors_only and employer.organisation is not None:
        stmt = stmt.where(Profile.sector != employer.organisation.sector)
    return stmt


def matches(
    session: Session,
    search: TalentSearch,
    employer: User,
    *,
    new_only: bool = True,
    families: dict[int, tuple[int, ...]] | None = None,
    described: dict[int, Candidate] | None = None,
) -> list[Profile]:
    """Leaders who match the search, visible to the employer and never mailed to them, newest change first;
    ``new_only``: only profiles created or changed since the search was saved. ``described`` keeps each
    leader's ``describe`` (the analysis of their texts) by profile id, so several searches and the digest
    analyse a leader once."""
    families = families if families is not None else ranking.organisation_families(session)
    described = described if described is not None else {}
    since = as_utc(search.created_at) if new_only else None
    found = []
    for profile in session.scalars(_pool(session, search, employer, since)).unique():
        if not visibility.can_see(session, profile, employer.organisation_id, families):
            continue
        if search.function is not None:
            if profile.id not in described:
                described[profile.id] = describe(profile)
            if search.function not in described[profile.id].functions:
                continue
        found.append(profile)
    return found


def may_see(
    session: Session, employer: User, profile: Profile, families: dict[int, tuple[int, ...]] | None = None
) -> bool:
    """May this employer open the anonymous view of the leader now (the rule of the digest, read live)? Pass
    ``families`` (``ranking.organisation_families``) when asking for many leaders, to read them once."""
    if profile.user is not None and not profile.user.active:
        return False
    return visibility.can_see(session, profile, employer.organisation_id, families)


# ---- the digest -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TalentItem:
    """A candidate in a digest and the search that found them."""

    candidate: Candidate
    search: TalentSearch


@dataclass
class TalentDigest:
    """One employer's talent mail: the due searches and the new candidates they found."""

    user: User
    searches: list[TalentSearch]
    items: list[TalentItem] = field(default_factory=list)
    more: int = 0
    deliveries: dict[int, int] = field(default_factory=dict)  # profile id -> TalentDelivery id, once recorded


def is_due(search: TalentSearch, now: datetime) -> bool:
    """Is a digest due for this search (active, and a day or a week since the last one)?"""
    if not search.active:
        return False
    if search.last_digest_at is None:
        return (
            search.frequency == TalentFrequency.DAILY
            or now - as_utc(search.created_at) >= DUE_AFTER[TalentFrequency.WEEKLY]
        )
    return now - as_utc(search.last_digest_at) >= DUE_AFTER[TalentFrequency(search.frequency)]


def recipients(session: Session) -> list[int]:
    """Ids of active, approved employers with at least one active talent search."""
    stmt = (
        select(TalentSearch.user_id)
        .join(User, User.id == TalentSearch.user_id)
        .where(
            TalentSearch.active.is_(True),
            User.active.is_(True),
            User.role == Role.EMPLOYER,
            User.approved_at.is_not(None),
            User.organisation_id.is_not(None),
        )
        .distinct()
        .order_by(TalentSearch.user_id)
    )
    return list(session.scalars(stmt))


def build_digest(session: Session, user_id: int, now: datetime | None = None) -> TalentDigest | None:
    """The digest due for one employer, or None when no due search found anyone new."""
    now = now or utcnow()
    user = session.get(User, user_id)
    if user is None or not user.active or not user.is_approved_employer or user.organisation_id is None:
        return None
    searches = [search for search in for_user(session, user) if is_due(search, now)]
    if not searches:
        return None
    families = ranking.organisation_families(session)
    described: dict[int, Candidate] = {}
    found: dict[int, tuple[Profile, TalentSearch]] = {}
    for search in searches:
        for profile in matches(session, search, user, families=families, described=described):
            found.setdefault(profile.id, (profile, search))
    if not found:
        return None
    ordered = sorted(found.values(), key=lambda pair: (as_utc(pair[0].updated_at), pair[0].id), reverse=True)
    items = [
        TalentItem(described.get(profile.id) or describe(profile), search)
        for profile, search in ordered[:MAX_PER_DIGEST]
    ]
    return TalentDigest(user, searches, items, max(0, len(ordered) - MAX_PER_DIGEST))


def record(session: Session, digest: TalentDigest, now: datetime | None = None) -> None:
    """Write the deliveries and one inbox note per search; a clash with another run raises IntegrityError."""
    now = now or utcnow()
    rows = [
        TalentDelivery(
            user_id=digest.user.id, profile_id=item.candidate.profile_id, talent_search_id=item.search.id, sent_at=now
        )
        for item in digest.items
    ]
    session.add_all(rows)
    session.flush()
    digest.deliveries = {row.profile_id: row.id for row in rows}
    counts: dict[int, int] = {}
    for item in digest.items:
        counts[item.search.id] = counts.get(item.search.id, 0) + 1
    for search in digest.searches:
        if search.id in counts:
            search.last_digest_at = now
            # The digest is the mail; the inbox note only points to the candidates (never mailed itself).
            session.add(
                Notification(
                    user=digest.user,
                    kind=NotificationKind.TALENT_MATCHES,
                    delivery=Delivery.NEVER,
                    details={"talent_search_id": search.id, "name": search.name, "count": counts[search.id]},
                    created_at=now,
                )
            )
    session.flush()


# ---- what was sent ----------------------------------------------------------------------------------------


def delivered(session: Session, user: User, search: TalentSearch) -> list[TalentDelivery]:
    """The candidates a search has mailed to the employer, newest first."""
    stmt = (
        select(TalentDelivery)
        .options(joinedload(TalentDelivery.profile))
        .where(TalentDelivery.user_id == user.id, TalentDelivery.talent_search_id == search.id)
        .order_by(TalentDelivery.sent_at.desc(), TalentDelivery.id.desc())
    )
    return list(session.scalars(stmt))


def delivery_for(session: Session, user: User, delivery_id: int) -> TalentDelivery:
    """A candidate mailed to this employer, while the leader is still visible to them; else NotFound."""
    found = session.get(TalentDelivery, delivery_id)
    if found is None or found.user_id != user.id or not may_see(session, user, found.profile):
        raise CandidateNotVisible()
    return found
