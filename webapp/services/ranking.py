"""Ranking in the app: the per-process index cache, change replay, and rankings with explanations.

The index lives in ``instance/matcher/``. Every process (web worker, CLI) loads the saved artifact once and
then replays the ``index_change`` log past the artifact's mark before each ranking, so an edit made in one
worker is ranked correctly by all of them without a refit. ``flask index rebuild`` refits and saves.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, joinedload, selectinload

from matcher.documents import ExperienceDoc, ProfileDoc, VacancyDoc
from matcher.explain import Explanation, explain
from matcher.index import CandidateIndex, RankedCandidate, RankFilters
from matcher.persistence import Pointer, load_index, read_pointer, save_index
from matcher.recommend import VacancySet
from matcher.weights import Weights
from models import IndexChange, Organisation, Profile, Vacancy, VacancyStatus, Visibility

from . import weights as weight_sets

REBUILD_SHARE = 0.25  # replaying more changes than this share of the index refits instead
REBUILD_MINIMUM = 2000


def directory_for(instance_path: str) -> Path:
    """Where the index of an instance folder lives."""
    return Path(instance_path) / "matcher"


def organisation_families(session: Session) -> dict[int, tuple[int, ...]]:
    """For every organisation: itself, its parent, its parent's other children and its own children.

    A discreet leader is hidden from all of these: the ministry around a styrelse (and its sister
    agencies), the region around a hospital, the kommune around a forvaltning.
    """
    parent_of = {
        org_id: parent_id for org_id, parent_id in session.execute(select(Organisation.id, Organisation.parent_id))
    }
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


def profile_doc(profile: Profile, families: dict[int, tuple[int, ...]] | None = None) -> ProfileDoc:
    """What the matcher needs from a profile (``families`` from ``organisation_families``)."""
    hidden: tuple[int, ...] = ()
    if profile.visibility == Visibility.DISCREET and profile.organisation_id is not None:
        hidden = (families or {}).get(profile.organisation_id, (profile.organisation_id,))
    return ProfileDoc(
        key=profile.id,
        sector=profile.sector,
        level=profile.level,
        municipality_code=profile.municipality_code,
        max_commute_km=profile.max_commute_km,
        open_to_sectors=tuple(profile.open_to_sectors),
        seeking=profile.seeking,
        competences=tuple(profile.competences),
        title=profile.title,
        summary=profile.summary,
        experience=tuple(
            ExperienceDoc(e.sector, e.title, e.organisation, e.description, e.level) for e in profile.experiences
        ),
        education=profile.education,
        organisation=profile.organisation.name if profile.organisation else "",
        external_id=profile.external_id,
        hidden_from=hidden,
    )


def vacancy_doc(vacancy: Vacancy) -> VacancyDoc:
    """What the matcher needs from a vacancy."""
    return VacancyDoc(
        key=vacancy.id,
        sector=vacancy.organisation.sector,
        level=vacancy.level,
        municipality_code=vacancy.municipality_code,
        title=vacancy.title,
        competences=tuple(vacancy.competences),
        nice_to_have=tuple(vacancy.nice_to_have),
        description=vacancy.description,
        organisation=vacancy.organisation.name,
        organisation_id=vacancy.organisation_id,
        external_id=vacancy.external_id,
    )


def external_id(profile: Profile) -> str:
    """The key a profile has in files and in the rank CLI (same as the export's)."""
    return profile.external_id or f"sektorbro-profile-{profile.id}"


def vacancy_external_id(vacancy: Vacancy) -> str:
    """The key a vacancy has in files and in the rank CLI."""
    return vacancy.external_id or f"sektorbro-vacancy-{vacancy.id}"


def record_changes(session: Session, profile_ids: list[int]) -> None:
    """Announce that these profiles changed (or were deleted), so every index replays them."""
    if profile_ids:
        session.execute(insert(IndexChange.__table__), [{"profile_id": pid, "kind": "profile"} for pid in profile_ids])


def _rankable(session: Session, ids: list[int] | None = None) -> list[Profile]:
    """Profiles that may be ranked (all but hidden ones), with what the documents need."""
    stmt = (
        select(Profile)
        .options(selectinload(Profile.experiences), joinedload(Profile.organisation))
        .where(Profile.visibility != Visibility.HIDDEN)
    )
    if ids is not None:
        stmt = stmt.where(Profile.id.in_(ids))
    return list(session.scalars(stmt.order_by(Profile.id)).unique())


def _published(session: Session) -> list[Vacancy]:
    stmt = (
        select(Vacancy)
        .options(joinedload(Vacancy.organisation))
        .where(Vacancy.status == VacancyStatus.PUBLISHED)
        .order_by(Vacancy.id)
    )
    return list(session.scalars(stmt))


def _last_change(session: Session) -> int:
    return session.scalar(select(func.max(IndexChange.seq))) or 0


@dataclass
class _State:
    """One process's loaded index and what it was loaded from."""

    index: CandidateIndex
    stamp: tuple[str, int] | None
    vacancy_set: VacancySet | None = None
    vacancy_stamp: tuple | None = None
    lock: threading.RLock = field(default_factory=threading.RLock)


_STATES: dict[Path, _State] = {}
_STATES_LOCK = threading.Lock()


def build_index(session: Session, directory: Path) -> CandidateIndex:
    """Refit on every rankable profile and published vacancy, save, and make it this process's index."""
    mark = _last_change(session)
    # Placed organisations only: an unplaced name is what one leader or employer typed, not a shared term.
    top_names = session.scalars(select(Organisation.name).where(Organisation.parent_id.is_(None), Organisation.placed))
    families = organisation_families(session)
    index = CandidateIndex.build(
        [profile_doc(p, families) for p in _rankable(session)],
        [vacancy_doc(v) for v in _published(session)],
        version=uuid.uuid4().hex[:12],
        organisation_names=list(top_names),
    )
    index.change_seq = mark
    pointer = save_index(index, directory)
    with _STATES_LOCK:
        _STATES[directory] = _State(index, pointer.stamp)
    return index


def prune_changes(session: Session, mark: int) -> int:
    """Delete change-log rows a saved index already contains (every process reloads that index first)."""
    return session.execute(delete(IndexChange).where(IndexChange.seq <= mark)).rowcount or 0


def _replay(session: Session, state: _State, directory: Path) -> None:
    """Apply changes logged since the index's mark; refit instead when they are too many."""
    mark = state.index.change_seq
    changed = list(session.scalars(select(IndexChange.profile_id).where(IndexChange.seq > mark).distinct()))
    if not changed:
        return
    if len(changed) > max(REBUILD_MINIMUM, REBUILD_SHARE * len(state.index)):
        state.index = build_index(session, directory)
        return
    last = _last_change(session)
    found = _rankable(session, changed)
    families = organisation_families(session) if found else {}
    state.index.upsert([profile_doc(p, families) for p in found])
    state.index.remove(set(changed) - {p.id for p in found})
    state.index.change_seq = last


def current_index(session: Session, directory: Path) -> CandidateIndex:
    """This process's index: loaded or built on first use, reloaded when another process saved a newer one,
    and brought up to date with the change log."""
    pointer: Pointer | None = read_pointer(directory)
    with _STATES_LOCK:
        state = _STATES.get(directory)
    stale = state is None or (
        pointer is not None
        and pointer.stamp != state.stamp
        and (pointer.version != state.index.version or pointer.change_seq > state.index.change_seq)
    )
    if stale:
        loaded = load_index(directory)
        if loaded is None:
            build_index(session, directory)
        else:
            with _STATES_LOCK:
                _STATES[directory] = _State(loaded[0], loaded[1].stamp)
        with _STATES_LOCK:
            state = _STATES[directory]
    with state.lock:
        _replay(session, state, directory)
        return state.index


def save_current(session: Session, directory: Path) -> CandidateIndex:
    """Bring the index up to date and save it, so other processes load it instead of replaying (after imports)."""
    index = current_index(session, directory)
    pointer = save_index(index, directory)
    with _STATES_LOCK:
        _STATES[directory].stamp = pointer.stamp
    return index


def purge(session: Session, directory: Path) -> None:
    """Drop dead rows (deleted or hidden leaders) from the saved index, so no vector about them remains."""
    index = current_index(session, directory)
    with _STATES_LOCK:
        state = _STATES[directory]
    with state.lock:
        index.compact()
        state.stamp = save_index(index, directory).stamp


def forget(directory: Path) -> None:
    """Drop this process's cached index (tests; a deleted instance)."""
    with _STATES_LOCK:
        _STATES.pop(directory, None)


@dataclass(frozen=True)
class RankedProfile:
    """A ranked candidate with its profile and the explanation of its score."""

    profile: Profile
    ranked: RankedCandidate
    explanation: Explanation


def rank_candidates(
    session: Session,
    directory: Path,
    vacancy: Vacancy,
    limit: int = 10,
    weights: Weights | None = None,
    explain_all: bool = True,
    filters: RankFilters | None = None,
) -> list[RankedProfile]:
    """The best candidates for a vacancy, with explanations, using the active weights unless given others.

    ``filters`` narrow the candidates inside the ranking, so the ones left keep their order.
    """
    index = current_index(session, directory)
    weights = weights or weight_sets.active_weights(session)
    doc = vacancy_doc(vacancy)
    ranked = index.rank(doc, weights, limit=limit, filters=filters)
    profiles = {p.id: p for p in _rankable(session, [r.key for r in ranked])}
    families = organisation_families(session)
    out = []
    for item in ranked:
        profile = profiles.get(item.key)
        if profile is None or vacancy.organisation_id in profile_doc(profile, families).hidden_from:
            continue  # deleted or hidden since the index last replayed; never show them
        explanation = explain(index.encoder, doc, profile_doc(profile), item, weights) if explain_all else None
        out.append(RankedProfile(profile, item, explanation))
    return out


@dataclass(frozen=True)
class RecommendedVacancy:
    """A vacancy recommended to a leader, with the explanation."""

    vacancy: Vacancy
    ranked: RankedCandidate
    explanation: Explanation


def recommend_vacancies(
    session: Session, directory: Path, profile: Profile, limit: int = 10, weights: Weights | None = None
) -> list[RecommendedVacancy]:
    """Published vacancies for a leader, best first, explained."""
    index = current_index(session, directory)
    weights = weights or weight_sets.active_weights(session)
    vacancies = {v.id: v for v in _published(session)}
    stamp = (index.version, tuple(sorted((v.id, v.updated_at.isoformat()) for v in vacancies.values())))
    with _STATES_LOCK:
        state = _STATES[directory]
    with state.lock:
        if state.vacancy_stamp != stamp:
            state.vacancy_set = VacancySet.build(index.encoder, [vacancy_doc(v) for v in vacancies.values()])
            state.vacancy_stamp = stamp
        vacancy_set = state.vacancy_set
    doc = profile_doc(profile)
    out = []
    for item in vacancy_set.rank(index.encoder, doc, weights, limit=limit):
        vacancy = vacancies[item.key]
        out.append(RecommendedVacancy(vacancy, item, explain(index.encoder, vacancy_doc(vacancy), doc, item, weights)))
    return out
