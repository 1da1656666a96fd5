"""The leader's visibility setting, enforced the same way in ranking, pages, contact and exports.

The rule itself is ``matcher.privacy.may_see``; here it is asked about a ``Profile``:

- *synlig* (visible): every employer may see the leader in rankings, anonymous until a contact request is
  accepted;
- *diskret* (discreet): hidden from their own organisation's family (see ``organisation_families``);
- *skjult* (hidden): never ranked, never shown.

A new profile is *diskret* unless its owner chooses otherwise (``DEFAULT_VISIBILITY``): the most private
choice that still lets other organisations find the leader, so nobody is shown to their own employer before
they have had the chance to say so. The model's column default stays *synlig* only because changing it
needs a migration; every path that creates a profile (the form, the API, imports) sets it from here.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from matcher.privacy import Families
from models import Profile, Visibility

from . import ranking
from .matcher_docs import organisation_family, visible_to

DEFAULT_VISIBILITY = Visibility.DISCREET


def can_see(session: Session, profile: Profile, organisation_id: int | None, families: Families | None = None) -> bool:
    """May employers of ``organisation_id`` see this leader at all (``matcher.privacy.may_see``)?

    Pass ``families`` (``ranking.organisation_families``) when checking many leaders, to read them once;
    without it only ``organisation_id``'s own family is read, and only for a discreet leader.
    """
    if families is None and profile.visibility == Visibility.DISCREET and organisation_id is not None:
        families = organisation_family(session, organisation_id)
    return visible_to(profile, organisation_id, families)


def discreet_limit(profile: Profile) -> str | None:
    """What *diskret* cannot hide for this leader, or None when it covers the whole family.

    ``no_organisation``: no current organisation, so discreet hides from no one; ``unplaced``: an admin has
    not placed the organisation yet, so only the organisation itself (and what is registered under it) is
    known; ``top_level``: the organisation has no parent, so there is nothing above it or beside it to hide from.
    """
    organisation = profile.organisation
    if organisation is None:
        return "no_organisation"
    if not organisation.placed:
        return "unplaced"
    if organisation.parent_id is None:
        return "top_level"
    return None


def set_visibility(session: Session, profile: Profile, visibility: Visibility) -> None:
    """Change who may see the leader; the index follows at once through the change log."""
    profile.visibility = Visibility(visibility)
    session.flush()
    ranking.record_changes(session, [profile.id])
