"""Versioned weight sets: the active one ranks; the defaults are version 1 (stored by the migrations).

History is append-only. Saving, adopting learned weights and rolling back all create a *new* version and make
it the active one; a rollback copies an old version's weights exactly (note "Rullet tilbage til version N").
So the active version is always the newest, the history reads forward in time, every change has its own
who, when and why, and an old version's ranking comes back exactly because its weights do. Each of the three
writes an audit entry in the same transaction.

People see one scale everywhere: each component's *share* of the score in percent, the seven adding up to
100 (``shares``). The database keeps the raw weights, which ``Weights`` normalises, so every stored version,
also one saved before this scale, shows as the shares that ranked; new versions are stored as shares / 100.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace

import numpy as np
from sqlalchemy import Select, exists, func, select, update
from sqlalchemy.orm import Session, joinedload

from matcher.learning import Proposal, propose_weights
from matcher.weights import COMPONENTS, Weights
from models import CandidateDecision, Decision, Outcome, OutcomeKind, User, WeightSet, utcnow

from . import audit
from .errors import (
    NoPositiveWeight,
    NoSuggestion,
    WeightNoteMissing,
    WeightsAlreadyActive,
    WeightSetNotFound,
    WeightsUnchanged,
)

ROLLBACK_NOTE = "Rullet tilbage til version {version}"
SHARE_TOTAL = 100  # the shares people type and read add up to this
DOMINANT = 0.5  # a component above this share of the score decides the ranking mostly on its own
_SAME = 1e-9  # float noise: shares closer than this are the same


def shares(weights: Weights) -> dict[str, float]:
    """Each component's share of the score in percent, to one decimal (what the pages and the API show)."""
    return {name: round(value * SHARE_TOTAL, 1) for name, value in weights.normalised().items()}


def whole_shares(weights: Weights) -> dict[str, int]:
    """The shares in whole percent, adding up to exactly 100 (largest remainder), to fill in the form."""
    exact = {name: value * SHARE_TOTAL for name, value in weights.normalised().items()}
    whole = {name: int(value) for name, value in exact.items()}
    by_remainder = sorted(COMPONENTS, key=lambda name: (-(exact[name] - whole[name]), COMPONENTS.index(name)))
    for name in by_remainder[: SHARE_TOTAL - sum(whole.values())]:
        whole[name] += 1
    return whole


def from_shares(values: Mapping[str, float]) -> Weights:
    """Weights from shares in percent, each divided by their sum (shares adding up to 100 are kept exactly)."""
    total = sum(float(values[name]) for name in COMPONENTS)
    if total <= 0:
        raise NoPositiveWeight()
    return Weights(**{name: float(values[name]) / total for name in COMPONENTS})


def same_ranking(a: Weights, b: Weights) -> bool:
    """Whether two weight sets give every candidate the same score (only their proportions count)."""
    first, second = a.normalised(), b.normalised()
    return all(abs(first[name] - second[name]) < _SAME for name in COMPONENTS)


@dataclass(frozen=True)
class Dominance:
    """A component that takes more than half of the score: the ranking is then mostly that one thing."""

    component: str
    share: float  # percent, to one decimal


def dominance(weights: Weights) -> Dominance | None:
    """The component whose share of the score is above one half, if any (exactly one half is not)."""
    for name, value in weights.normalised().items():
        if value > DOMINANT + _SAME:
            return Dominance(name, round(value * SHARE_TOTAL, 1))
    return None


DEFAULT_NOTE = "Standardvægte"  # version 1, written by migration 0002 (and by ``saved_active_set`` if missing)


def active_set(session: Session) -> WeightSet:
    """The active weight set; a read, never a write.

    Migration 0002 stores the defaults as version 1, so there always is one, except in a database whose rows
    were all deleted (the tests empty every table): there the defaults answer as an unsaved version 1, which the
    first write then stores (``saved_active_set``).
    """
    found = _stored_active(session)
    if found is None:
        return WeightSet(version=1, weights=Weights().as_dict(), note=DEFAULT_NOTE, active=True, created_at=utcnow())
    return found


def saved_active_set(session: Session) -> WeightSet:
    """The active weight set, storing the defaults as version 1 first if none is stored: for writers only."""
    found = _stored_active(session)
    if found is None:
        found = create(session, Weights(), note=DEFAULT_NOTE, created_by=None, activate=True)
    return found


def _stored_active(session: Session) -> WeightSet | None:
    return session.scalar(select(WeightSet).where(WeightSet.active.is_(True)).order_by(WeightSet.version.desc()))


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
    """One component's share of the score (percent) before and after a version."""

    component: str
    before: float
    after: float


def diff(before: dict[str, float] | None, after: dict[str, float]) -> list[Change]:
    """The components whose share of the score differs between two stored versions (all of them against nothing).

    Shares, not the raw stored numbers: raising one raw weight lowers every other component's share, and the
    shares are what rank.
    """
    old = shares(Weights.from_dict(before)) if before else dict.fromkeys(COMPONENTS, 0.0)
    new = shares(Weights.from_dict(after))
    return [Change(name, old[name], new[name]) for name in COMPONENTS if old[name] != new[name]]


def get_set(session: Session, weight_set_id: int) -> WeightSet:
    """The weight set with this id, or NotFound."""
    found = session.get(WeightSet, weight_set_id)
    if found is None:
        raise WeightSetNotFound()
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
        raise WeightNoteMissing()
    previous = saved_active_set(session)  # the defaults stay version 1 when the first change is saved
    if same_ranking(Weights.from_dict(previous.weights), weights):
        raise WeightsUnchanged(version=previous.version)
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
            "scale": "percent",  # changes are shares of the score in percent (older entries: raw weights)
            **(details or {}),
        },
    )
    return weight_set


def rollback(session: Session, actor: User, weight_set_id: int) -> WeightSet:
    """Make an old version's weights active again, as a new version that copies them exactly."""
    old = get_set(session, weight_set_id)
    if same_ranking(Weights.from_dict(old.weights), active_weights(session)):
        raise WeightsAlreadyActive(version=old.version)
    return save_version(
        session,
        actor,
        Weights.from_dict(old.weights),
        ROLLBACK_NOTE.format(version=old.version),
        action=audit.WEIGHTS_ROLLBACK,
        details={"restored_version": old.version},
    )


HIRE_WEIGHT = 3.0  # a decision whose candidate was then hired counts this many times in the fit


def feedback(session: Session) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Employers' decisions with their component snapshots: (component matrix, 1 shortlisted / 0 rejected,
    weight). A candidate the employer then hired for that vacancy is a positive however the decision read,
    counted ``HIRE_WEIGHT`` times: the strongest signal the service gets."""
    hired = exists().where(
        Outcome.vacancy_id == CandidateDecision.vacancy_id,
        Outcome.profile_id == CandidateDecision.profile_id,
        Outcome.kind == OutcomeKind.HIRED,
    )
    rows = session.execute(
        select(CandidateDecision.decision, CandidateDecision.components, hired).where(
            CandidateDecision.decision.in_([Decision.SHORTLISTED, Decision.REJECTED])
        )
    )
    X, y, weight = [], [], []
    for decision, components, was_hired in rows:
        # Snapshots written before a component existed, or null ones, cannot be used.
        if not isinstance(components, dict) or not all(
            isinstance(components.get(name), int | float) for name in COMPONENTS
        ):
            continue
        X.append([float(components[name]) for name in COMPONENTS])
        y.append(1 if was_hired or decision == Decision.SHORTLISTED else 0)
        weight.append(HIRE_WEIGHT if was_hired else 1.0)
    return (
        np.array(X, dtype=np.float64).reshape(-1, len(COMPONENTS)),
        np.array(y, dtype=np.int64),
        np.array(weight, dtype=np.float64),
    )


def proposal(session: Session) -> Proposal:
    """Weights proposed from employers' feedback (or why there are none), beside the active ones.

    The proposal is rounded to whole percent, the scale the form takes, so the weights an admin previews from
    the learning page are exactly those adopted. (Its AUC and accuracy are the regression's own; rounding moves
    each share by less than half a point.)
    """
    X, y, weight = feedback(session)
    found = propose_weights(X, y, active_weights(session), sample_weight=weight)
    if found.weights is None:
        return found
    return replace(found, weights=from_shares(whole_shares(found.weights)))


def adopt_proposal(session: Session, actor: User, note: str) -> WeightSet:
    """Save the weights learned from feedback as a new, active version (computed again: what was shown)."""
    found = proposal(session)
    if not found.enough or found.weights is None:
        raise NoSuggestion()
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
