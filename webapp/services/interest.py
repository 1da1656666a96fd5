"""A leader's "I am interested" in a vacancy: shown to the vacancy's employer on the candidate card.

Interest is only possible where the employer may see the leader at all (``visibility.can_see``): a hidden
leader, or a discreet leader looking at a vacancy in their own organisation family, is told why instead.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from models import Interest, Profile, User, Vacancy, Visibility

from . import notifications, profiles, vacancies, visibility
from .errors import HiddenProfileForInterest, NoProfileForInterest, VacancyHiddenFrom


class State(StrEnum):
    """What the vacancy page can offer a leader."""

    NO_PROFILE = "no_profile"
    HIDDEN = "hidden"  # the leader's profile is hidden from every employer
    FAMILY = "family"  # discreet, and the vacancy is in their own organisation family
    AVAILABLE = "available"
    INTERESTED = "interested"


def find(session: Session, profile: Profile, vacancy_id: int) -> Interest | None:
    """The profile's interest in a vacancy, if any."""
    return session.scalar(select(Interest).where(Interest.profile_id == profile.id, Interest.vacancy_id == vacancy_id))


def expressed(session: Session, user: User, vacancy_id: int) -> bool:
    """Whether the leader's interest in the vacancy is saved (the first click of a double click saved it)."""
    saved = select(Interest.id).join(Profile, Interest.profile_id == Profile.id)
    return session.scalar(saved.where(Profile.user_id == user.id, Interest.vacancy_id == vacancy_id)) is not None


def state(session: Session, user: User, vacancy: Vacancy) -> State:
    """Where the leader stands with this vacancy."""
    profile = profiles.get_for_user(session, user)
    if profile is None:
        return State.NO_PROFILE
    if find(session, profile, vacancy.id) is not None:
        return State.INTERESTED
    if profile.visibility == Visibility.HIDDEN:
        return State.HIDDEN
    if not visibility.can_see(session, profile, vacancy.organisation_id):
        return State.FAMILY
    return State.AVAILABLE


def express(session: Session, user: User, vacancy_id: int) -> Interest:
    """Say the leader is interested in a published vacancy; saying it twice changes nothing."""
    profile = profiles.get_for_user(session, user)
    if profile is None:
        raise NoProfileForInterest()
    vacancy = vacancies.get_published(session, vacancy_id)
    existing = find(session, profile, vacancy.id)
    if existing is not None:
        return existing
    if profile.visibility == Visibility.HIDDEN:
        raise HiddenProfileForInterest()
    if not visibility.can_see(session, profile, vacancy.organisation_id):
        raise VacancyHiddenFrom()
    interest = Interest(profile_id=profile.id, vacancy_id=vacancy.id)
    session.add(interest)
    session.flush()  # a double click racing this one fails here on the unique key (actions: double_click)
    notifications.interest_shown(session, interest)
    return interest


def withdraw(session: Session, user: User, vacancy_id: int) -> bool:
    """Take back the leader's interest; False when there was none."""
    profile = profiles.get_for_user(session, user)
    found = find(session, profile, vacancy_id) if profile is not None else None
    if found is None:
        return False
    session.delete(found)
    session.flush()
    return True


def for_profile(session: Session, profile: Profile) -> list[Interest]:
    """A leader's interests, newest first, with their vacancies and organisations."""
    stmt = (
        select(Interest)
        .options(joinedload(Interest.vacancy).joinedload(Vacancy.organisation))
        .where(Interest.profile_id == profile.id)
        .order_by(Interest.created_at.desc(), Interest.id.desc())
    )
    return list(session.scalars(stmt))
