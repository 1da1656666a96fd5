"""Versioned weight sets: the active one ranks; the default is created on first use.

History is append-only. Saving, adopting learned weights and rolling back all create a *new* version and make
it the active one; a rollback copies an old version's weights exactly (note "Rulles tilbage til version N").
So the active version is always the newest, the history reads forward in time, every change has its own
who, when and why, and an old version's ranking comes back exactly because its weights do. Each of the three
writes an audit entry in the same transaction.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
from flask_babel import gettext as _
from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session, joinedload

from matcher.learning import Proposal, propose_weights
from matcher.weights import COMPONENTS, Weights
from models import CandidateDecision, Decision, User, WeightSet

from . import audit
from .errors import NotFound, ServiceError

ROLLBACK_NOTE = "Rulles tilbage til version {version}"


def active_set(session: Session) -> WeightSet:
    """The active weight set, creating version 1 with the default weights if there is none."""
    found = session.scalar(select(WeightSet).where(WeightSet.active.is_(True)).order_by(WeightSet.version.desc()))
    if found is None:
        found = create(session, Weights(), note="Standardvægte", created_by=None, activate=True)
    return found


def active_weights(session: Session) -> Weights:
    """The weights the ranking uses now."""
    return Weights.from_dict(active_set(session).weights)


def create(session: Session, weights: Weights, note: str, created_by: User | None, activate: bool) -> WeightSet:
    """Save weights as the next version, optionally making it the active one (not audited: see save_version)."""
    version = (session.scalar(select(func.max(WeightSet.version))) or 0) + 1
    weight_set = WeightSet(version=version, weights=weights.as_dict(), note=note, created_by=created_by, active=False)
    session.add(weight_set)
    session.flush()
    if activate:
        activate_set(session, weight_set)
    return weight_set


def activate_set(session: Session, weight_set: WeightSet) -> None:
    """Make one weight set the active one (all others inactive)."""
    session.execute(update(WeightSet).where(WeightSet.id != weight_set.id).values(active=False))
    weight_set.active = True
    session.flush()


@dataclass(frozen=True)
class Change:
    """One component's weight before and after a version."""

    component: str
    before: float
    after: float


def diff(before: dict[str, float] | None, after: dict[str, float]) -> list[Change]:
    """The components whose weight differs between two versions (all of them against nothing)."""
    before = before or {}
    return [
        Change(name, float(before.get(name, 0.0)), float(after.get(name, 0.0)))
        for name in COMPONENTS
        if before.get(name) != after.get(name)
    ]


def get_set(session: Session, weight_set_id: int) -> WeightSet:
    """The weight set with this id, or NotFound."""
    found = session.get(WeightSet, weight_set_id)
    if found is None:
        raise NotFound(_("Versionen findes ikke."))
    return found


def history() -> Select:
    """A select() of every version, newest first, with its author."""
    return select(WeightSet).options(joinedload(WeightSet.created_by)).order_by(WeightSet.version.desc())


@dataclass(frozen=True)
class Version:
    """A version in the history, with its changes against the version before it (None for the first)."""

    weight_set: WeightSet
    previous: int | None
    changes: list[Change]


def with_changes(session: Session, sets: list[WeightSet]) -> list[Version]:
    """Pair each version (newest first, e.g. a page of ``history()``) with its diff against the one before."""
    if not sets:
        return []
    lowest = min(s.version for s in sets)
    older = session.scalar(
        select(WeightSet).where(WeightSet.version < lowest).order_by(WeightSet.version.desc()).limit(1)
    )
    chain = sorted(sets, key=lambda s: s.version) if older is None else [older, *sorted(sets, key=lambda s: s.version)]
    previous = {chain[i].id: chain[i - 1] for i in range(1, len(chain))}
    return [
        Version(s, previous[s.id].version, diff(previous[s.id].weights, s.weights))
        if s.id in previous
        else Version(s, None, [])
        for s in sets
    ]


def save_version(
    session: Session,
    actor: User,
    weights: Weights,
    note: str,
    action: str = audit.WEIGHTS_CREATE,
    details: dict | None = None,
) -> WeightSet:
    """Save weights as a new, active version with a required note, and audit it."""
    note = (note or "").strip()
    if not note:
        raise ServiceError(_("Skriv en note om, hvorfor vægtene ændres."), field="note")
    previous = active_set(session)
    if Weights.from_dict(previous.weights) == weights:
        raise ServiceError(_("Vægtene er de samme som i den aktive version %(n)d.", n=previous.version))
    weight_set = create(session, weights, note=note, created_by=actor, activate=True)
    audit.record(
        session,
        actor,
        action,
        f"weight_set:{weight_set.id}",
        {
            "version": weight_set.version,
            "previous_version": previous.version,
            "note": note,
            "changes": [asdict(c) for c in diff(previous.weights, weight_set.weights)],
            **(details or {}),
        },
    )
    return weight_set


def rollback(session: Session, actor: User, weight_set_id: int) -> WeightSet:
    """Make an old version's weights active again, as a new version that copies them exactly."""
    old = get_set(session, weight_set_id)
    if Weights.from_dict(old.weights) == active_weights(session):
        raise ServiceError(_("Vægtene i version %(n)d er allerede de aktive.", n=old.version))
    return save_version(
        session,
        actor,
        Weights.from_dict(old.weights),
        ROLLBACK_NOTE.format(version=old.version),
        action=audit.WEIGHTS_ROLLBACK,
        details={"restored_version": old.version},
    )


def feedback(session: Session) -> tuple[np.ndarray, np.ndarray]:
    """Employers' decisions with their component snapshots: (component matrix, 1 shortlisted / 0 rejected)."""
    rows = session.execute(
        select(CandidateDecision.decision, CandidateDecision.components).where(
            CandidateDecision.decision.in_([Decision.SHORTLISTED, Decision.REJECTED])
        )
    )
    X, y = [], []
    for decision, components in rows:
        # Snapshots written before a component existed, or null ones, cannot be used.
        if not isinstance(components, dict) or not all(
            isinstance(components.get(name), int | float) for name in COMPONENTS
        ):
            continue
        X.append([float(components[name]) for name in COMPONENTS])
        y.append(1 if decision == Decision.SHORTLISTED else 0)
    return np.array(X, dtype=np.float64).reshape(-1, len(COMPONENTS)), np.array(y, dtype=np.int64)


def proposal(session: Session) -> Proposal:
    """Weights proposed from employers' feedback (or why there are none), beside the active ones."""
    X, y = feedback(session)
    return propose_weights(X, y, active_weights(session))


def adopt_proposal(session: Session, actor: User, note: str) -> WeightSet:
    """Save the weights learned from feedback as a new, active version (computed again: what was shown)."""
    found = proposal(session)
    if not found.enough or found.weights is None:
        raise ServiceError(_("Der er ikke noget forslag at anvende."))
    return save_version(
        session,
        actor,
        found.weights,
        note,
        action=audit.WEIGHTS_ADOPT,
        details={
            "decisions": found.n,
            "auc": round(found.proposed.auc, 4),
            "accuracy": round(found.proposed.accuracy, 4),
        },
    )
