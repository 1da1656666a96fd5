"""Who may see whom: the one privacy rule, for the matcher, the models and the web.

A leader chooses a ``Visibility``:

- *synlig* (``VISIBLE``): every organisation may see them (anonymous until they accept contact);
- *diskret* (``DISCREET``): hidden from their own organisation's family (``families``): the organisation, its
  parent, the parent's other children and its own children; a leader without an organisation hides from no one;
- *skjult* (``HIDDEN``): seen by no one.

``may_see`` is the predicate every page, mail, API answer, count and export asks. Its two halves exist apart
only because the ranking index stores them apart: ``seen_at_all`` decides which leaders enter the index at
all, ``hidden_from`` is the list of organisations stored with each indexed leader (``ProfileDoc.hidden_from``),
which the index turns into a mask per vacancy. ``may_see`` is defined from those two halves, so every
representation of the rule is the same rule.

Families are organisation ids mapped to the ids of their family (``family_map`` builds them from each
organisation's parent). Being in each other's family is symmetric, so "is ``viewer`` in the leader's family" is
also "is the leader's organisation in the viewer's family"; ``hiding_from`` lists, for one viewer, the
organisations whose leaders it may not see, for a database query.

The matcher is the lowest layer (no Flask, no SQLAlchemy), so the vocabulary lives here and ``models.enums``
re-exports it.

>>> families = family_map({1: None, 2: 1, 3: 1, 4: None})
>>> may_see(Visibility.DISCREET, 2, 3, families), may_see(Visibility.DISCREET, 2, 4, families)
(False, True)
>>> may_see(Visibility.HIDDEN, None, 4, families), may_see(Visibility.VISIBLE, 2, 2, families)
(False, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

Families = Mapping[int, tuple[int, ...]]


class Visibility(StrEnum):
    """Who may see a leader: everyone (anonymous until accepted), not their own organisation family, or nobody."""

    VISIBLE = "visible"  # synlig
    DISCREET = "discreet"  # diskret
    HIDDEN = "hidden"  # skjult


def family_map(parent_of: Mapping[int, int | None]) -> dict[int, tuple[int, ...]]:
    """For every organisation: itself, its parent, its parent's other children and its own children.

    A discreet leader is hidden from all of these: the ministry around a styrelse (and its sister agencies), the
    region around a hospital, the kommune around a forvaltning.
    """
    children: dict[int, list[int]] = {}
    for org_id, parent_id in parent_of.items():
        if parent_id is not None:
            children.setdefault(parent_id, []).append(org_id)
    families = {}
    for org_id, parent_id in parent_of.items():
        family = {org_id, *children.get(org_id, ())}
        if parent_id is not None:
            family |= {parent_id, *children.get(parent_id, ())}
        families[org_id] = tuple(sorted(family))
    return families


def seen_at_all(visibility: str) -> bool:
    """May anyone see the leader (everyone but *skjult*)? The index holds only these leaders."""
    return visibility != Visibility.HIDDEN


def hidden_from(visibility: str, organisation_id: int | None, families: Families) -> tuple[int, ...]:
    """Organisations a leader whom anyone may see is hidden from: a discreet leader's organisation family.

    An organisation missing from ``families`` (not placed yet, or a family read for another viewer) counts as a
    family of its own.
    """
    if visibility == Visibility.DISCREET and organisation_id is not None:
        return tuple(families.get(organisation_id, (organisation_id,)))
    return ()


def may_see(visibility: str, organisation_id: int | None, viewer_id: int | None, families: Families) -> bool:
    """May people of organisation ``viewer_id`` (None: of no organisation) see a leader with this visibility
    who works at ``organisation_id``?"""
    return seen_at_all(visibility) and viewer_id not in hidden_from(visibility, organisation_id, families)


def hiding_from(visibility: str, viewer_id: int, organisations: Iterable[int], families: Families) -> list[int]:
    """Of ``organisations``, those whose leaders with this visibility ``viewer_id`` may not see (for a query's
    ``NOT IN``; a leader without an organisation is seen by ``viewer_id`` when anyone may see them)."""
    return sorted(org for org in organisations if not may_see(visibility, org, viewer_id, families))
