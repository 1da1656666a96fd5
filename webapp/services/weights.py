"""Versioned weight sets: the active one ranks; the default is created on first use."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from matcher.weights import Weights
from models import User, WeightSet


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
    """Save weights as the next version, optionally making it the active one."""
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
