"""Leader profiles: the one place that writes a profile and its experience entries."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Experience, Profile, User, Visibility

from . import organisations, ranking
from .visibility import DEFAULT_VISIBILITY

PROFILE_FIELDS = (
    "name",
    "email",
    "sector",
    "title",
    "level",
    "years_as_leader",
    "municipality_code",
    "max_commute_km",
    "open_to_sectors",
    "seeking",
    "competences",
    "summary",
    "education",
)
EXPERIENCE_FIELDS = ("sector", "organisation", "title", "level", "start_year", "end_year", "description")


def get_for_user(session: Session, user: User) -> Profile | None:
    """The user's own profile with its experience entries, if they made one."""
    return session.scalar(select(Profile).where(Profile.user_id == user.id).options(selectinload(Profile.experiences)))


def clean_phrases(phrases: list[str]) -> list[str]:
    """Trim, drop empties and case-insensitive duplicates, keep the order the leader chose."""
    seen: set[str] = set()
    out = []
    for phrase in phrases:
        phrase = " ".join(phrase.split())
        if phrase and phrase.lower() not in seen:
            seen.add(phrase.lower())
            out.append(phrase)
    return out


def save_for_user(
    session: Session,
    user: User,
    fields: dict[str, Any],
    organisation_name: str,
    experiences: list[dict],
    new_organisation: bool = True,
    visibility: Visibility | str | None = None,
) -> Profile:
    """Create or update the user's profile from plain values.

    The organisation is looked up by name (any case or spacing). A name we do not know becomes a new,
    unplaced organisation only with ``new_organisation``; the profile form passes the leader's "not on the
    list" box, so a slip is refused (``organisations.NotListed``) before anything changes. The default keeps
    the API's documented "created if new". An unplaced organisation the leader leaves behind is deleted when
    nothing else refers to it.

    ``visibility`` left out keeps an existing profile's setting and makes a new profile
    ``DEFAULT_VISIBILITY`` (*diskret*), so no new leader is found by their own organisation by default.
    """
    organisation = organisations.for_leader(
        session, organisation_name, fields["sector"], fields["municipality_code"], new=new_organisation
    )
    profile = get_for_user(session, user) or Profile(user_id=user.id)
    left = profile.organisation_id
    for name in PROFILE_FIELDS:
        setattr(profile, name, fields[name])
    profile.competences = clean_phrases(fields["competences"])
    profile.organisation = organisation
    profile.experiences = [Experience(**{key: entry[key] for key in EXPERIENCE_FIELDS}) for entry in experiences]
    if visibility is not None or profile.id is None:
        profile.visibility = Visibility(visibility or DEFAULT_VISIBILITY)
    session.add(profile)
    session.flush()
    if left is not None and left != profile.organisation_id:
        organisations.delete_if_unused(session, [left])
    ranking.record_changes(session, [profile.id])
    return profile
