"""Saved searches and the daily e-mail digest of new vacancies that match them.

A scheduler runs ``flask send-alerts`` once a day. For every leader with alerting searches it collects the open
vacancies that match any of them, were published after the search was saved and were never mailed to that
leader before, and sends one digest. The same mail carries the person's notifications that wait for the daily
digest (``services/notifications.py``), so anyone (an employer too) gets at most one such mail a day. The
``AlertDelivery`` rows (unique per person and vacancy) and the notifications' ``mailed_at`` are written and
flushed *before* the mail is spooled, in the transaction the caller commits afterwards: a second run finds them
and sends nothing, and a run started at the same time blocks on the unique key (or finds the notifications
taken) instead of mailing twice. This module decides what a digest holds; ``webapp/mails/digests.py`` words it
in the person's language and spools it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from models import (
    AlertDelivery,
    Notification,
    NotificationSetting,
    Role,
    SavedSearch,
    User,
    Vacancy,
    as_utc,
    utcnow,
)

from . import contracts, notifications, saved_searches, unsubscribe_links, vacancies
from .errors import SearchNameTaken, SearchNotFound, TooManySearches

MAX_SEARCHES = 20  # per leader: each alerting search is one query per run
MAX_PER_DIGEST = 50  # the rest waits for the next digest (nothing is recorded for it)


def filters_of(search: SavedSearch) -> vacancies.VacancyFilters:
    """The public-search filters a saved search stands for."""
    stored = search.filters or {}
    return vacancies.VacancyFilters(
        text=stored.get("text") or "",
        sector=stored.get("sector") or None,
        region=stored.get("region") or None,
        level=stored.get("level") or None,
        kind=stored.get("kind") or None,
    )


def query_args(filters: vacancies.VacancyFilters) -> dict[str, str | int]:
    """The public list's query arguments (``/stillinger?q=…&sektor=…``) for these filters."""
    args = {"q": filters.text, "sektor": filters.sector, "region": filters.region, "niveau": filters.level}
    args["type"] = next((arg for arg, kind in vacancies.KIND_ARGS.items() if kind == filters.kind), None)
    return {key: value for key, value in args.items() if value}


def _stored(filters: vacancies.VacancyFilters) -> dict:
    """A search's filters as saved; the kind only when chosen (searches saved before it existed match all)."""
    stored = {"text": filters.text, "sector": filters.sector, "region": filters.region, "level": filters.level}
    return stored | ({"kind": filters.kind} if filters.kind else {})


KIND = saved_searches.Kind(
    SavedSearch,
    mails_on="alerts",
    most=MAX_SEARCHES,
    too_many=TooManySearches,
    same_name=SearchNameTaken,
    not_found=SearchNotFound,
)
for_user, get_own, set_alerts, delete = KIND.for_user, KIND.get_own, KIND.switch, KIND.delete


def create(session: Session, user: User, wanted: contracts.SavedSearch) -> SavedSearch:
    """Save a search under its name (unique per user), with alerts on. ``wanted`` was checked by its contract
    where it came in (the form's ``contract``, else ``contracts.checked``), as a profile is: the name and text on
    one line, only filters the public list offers; the name's uniqueness and the number of searches are checked
    here, as they need the database."""
    KIND.check_new_name(session, user, wanted.name)
    search = SavedSearch(
        user_id=user.id,
        name=wanted.name,
        filters=_stored(wanted.filters()),
        alerts=True,
        unsubscribe_token=unsubscribe_links.new_token(),
        created_at=utcnow(),
    )
    session.add(search)
    session.flush()
    return search


@dataclass(frozen=True)
class DigestItem:
    """A vacancy in a digest and the saved search that found it."""

    vacancy: Vacancy
    search: SavedSearch


@dataclass
class Digest:
    """One person's daily mail: a leader's new vacancies and the searches that sent them, and anyone's
    notifications that wait for the digest."""

    user: User
    searches: list[SavedSearch]
    items: list[DigestItem] = field(default_factory=list)
    more: int = 0  # matching vacancies left for the next digest
    notifications: list[Notification] = field(default_factory=list)
    setting: NotificationSetting | None = None


def users_with_alerts(session: Session) -> list[int]:
    """Ids of active leaders with at least one alerting search."""
    stmt = (
        select(SavedSearch.user_id)
        .join(User, User.id == SavedSearch.user_id)
        .where(SavedSearch.alerts.is_(True), User.active.is_(True), User.role == Role.LEADER)
        .distinct()
        .order_by(SavedSearch.user_id)
    )
    return list(session.scalars(stmt))


def digest_recipients(session: Session) -> list[int]:
    """Ids of everyone a digest may be due for: leaders with alerting searches, people with waiting notifications."""
    return sorted(set(users_with_alerts(session)) | set(notifications.users_with_digest(session)))


def build_digest(session: Session, user_id: int) -> Digest | None:
    """The digest due for one person, or None when nothing new matches and no notification waits."""
    user = session.get(User, user_id)
    if user is None or not user.active:
        return None
    searches = [search for search in for_user(session, user) if search.alerts] if user.role == Role.LEADER else []
    delivered = exists().where(AlertDelivery.user_id == user.id, AlertDelivery.vacancy_id == Vacancy.id)
    found: dict[int, DigestItem] = {}
    for search in searches:
        stmt = vacancies.public_search(filters_of(search)).where(Vacancy.published_at > search.created_at, ~delivered)
        for vacancy in session.scalars(stmt).unique():
            found.setdefault(vacancy.id, DigestItem(vacancy, search))
    waiting = notifications.pending_digest(session, user)
    if not found and not waiting:
        return None
    items = sorted(found.values(), key=lambda item: (as_utc(item.vacancy.published_at), item.vacancy.id), reverse=True)
    return Digest(
        user,
        searches,
        items[:MAX_PER_DIGEST],
        max(0, len(items) - MAX_PER_DIGEST),
        notifications=waiting,
        setting=notifications.digest_setting(session, user, waiting),
    )


def record(session: Session, digest: Digest) -> None:
    """Write the digest's deliveries; a clash with another run raises IntegrityError at the flush (or
    ``notifications.AlreadyMailed``)."""
    now = utcnow()
    session.add_all(
        AlertDelivery(user_id=digest.user.id, vacancy_id=item.vacancy.id, saved_search_id=item.search.id, sent_at=now)
        for item in digest.items
    )
    session.flush()
    notifications.mark_mailed(session, digest.notifications)
