"""Leader profiles: the one place that writes a profile and its experience entries."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Experience, Profile, User, Visibility

from . import contracts, organisations, ranking
from .visibility import DEFAULT_VISIBILITY


def get_for_user(session: Session, user: User) -> Profile | None:
    """The user's own profile with its experience entries, if they made one."""
    return session.scalar(select(Profile).where(Profile.user_id == user.id).options(selectinload(Profile.experiences)))


def save_for_user(session: Session, user: User, contract: contracts.Profile, new_organisation: bool = True) -> Profile:
    """Create or update the user's profile from its contract (whichever door it came in by).

    The organisation is looked up by name (any case or spacing). A name we do not know becomes a new,
    unplaced organisation only with ``new_organisation``; the profile form passes the leader's "not on the
    list" box, so a slip is refused (``organisations.NotListed``) before anything changes. The default keeps
    the API's documented "created if new". An unplaced organisation the leader leaves behind is deleted when
    nothing else refers to it.

    ``contract.visibility`` left out keeps an existing profile's setting and makes a new profile
    ``DEFAULT_VISIBILITY`` (*diskret*), so no new leader is found by their own organisation by default.
    """
    organisation = organisations.for_leader(
        session, contract.organisation or "", contract.sector, contract.municipality_code, new=new_organisation
    )
    profile = get_for_user(session, user) or Profile(user_id=user.id)
    left = profile.organisation_id
    for name, value in contracts.profile_columns(contract).items():
        setattr(profile, name, value)
    profile.organisation = organisation
    profile.experiences = [Experience(**contracts.experience_columns(entry)) for entry in contract.experience]
    if contract.visibility is not None or profile.id is None:
        profile.visibility = Visibility(contract.visibility or DEFAULT_VISIBILITY)
    session.add(profile)
    session.flush()
    if left is not None and left != profile.organisation_id:
        organisations.delete_if_unused(session, [left])
    ranking.record_changes(session, [profile.id])
    return profile
