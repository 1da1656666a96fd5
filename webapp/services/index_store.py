"""The index store in the app: snapshots built by the CLI or ``index watch``, read by every process.

Building (a fit) happens only in ``rebuild``, which the CLI (``index rebuild``, ``seed-demo``, ``import``)
and the background job (``index watch``) call under a lock that spans processes. A web worker only reads:
it maps the snapshot the pointer names and applies the change log past the snapshot's mark as an overlay
(O(changes), no refit), so an edit or a deletion made in one worker is ranked correctly by all of them at
once. With no usable snapshot it raises ``IndexUnavailable`` and the page says the ranking is not ready.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from matcher import publishing, snapshot, snapshot_format
from matcher.index import CandidateIndex
from matcher.recommend import VacancySet
from matcher.text import load_lemmas
from models import IndexChange, Organisation, Profile

from .errors import IndexUnavailable
from .matcher_docs import last_change, organisation_families, profile_doc, published, rankable, vacancy_doc

log = logging.getLogger(__name__)

REBUILD_SHARE = 0.25  # more pending changes than this share of the snapshot's rows: the job rebuilds
REBUILD_MINIMUM = 2000
_PREFIX = {"missing": "", "stale": "genopbygning nødvendig: ", "corrupt": "indekset er beskadiget: "}


@dataclass(frozen=True)
class SnapshotStatus:
    """What ``/readyz`` and ``index status`` report about the saved index (read from the manifest only)."""

    usable: bool
    reason: str | None = None
    version: str | None = None
    change_seq: int | None = None
    rows: int | None = None
    built_at: str | None = None


def reason_for(error: snapshot_format.SnapshotUnusable) -> str:
    """The operator's reason for an unusable snapshot, in Danish."""
    return error.detail if error.kind == "missing" else _PREFIX.get(error.kind, "") + error.detail


@dataclass
class _State:
    """One process's index: the snapshot it maps, the overlay on top, and what the pointer last named."""

    index: CandidateIndex
    name: str
    tried: str  # the last snapshot name this process tried (a refused one is not retried every request)
    vacancy_set: VacancySet | None = None
    vacancy_stamp: tuple | None = None
    lock: threading.RLock = field(default_factory=threading.RLock)


_STATES: dict[Path, _State] = {}
_REFUSED: dict[Path, tuple[str, str]] = {}  # directory -> (snapshot name, reason) this process refused
_LOAD_LOCK = threading.Lock()
_STATUS_CACHE: dict[Path, tuple[tuple, SnapshotStatus]] = {}


def snapshot_status(directory: Path) -> SnapshotStatus:
    """Whether the saved index can be served: pointer, manifest, stamp and file sizes, no arrays read.

    Cached per process until the pointer file changes (inode, mtime, size).
    """
    try:
        info = os.stat(directory / snapshot_format.POINTER)
        key: tuple = (info.st_ino, info.st_mtime_ns, info.st_size, _REFUSED.get(directory))
    except OSError:
        key = (None, _REFUSED.get(directory))
    cached = _STATUS_CACHE.get(directory)
    if cached is not None and cached[0] == key:
        return cached[1]
    pointer, manifest, problem = snapshot.inspect(directory)
    refused = _REFUSED.get(directory)
    if problem is None and pointer is not None and refused and refused[0] == pointer.snapshot:
        problem = snapshot_format.SnapshotUnusable("corrupt", refused[1])
    about = {}
    if manifest is not None:
        about = {
            "version": manifest.version,
            "change_seq": manifest.change_seq,
            "rows": manifest.rows,
            "built_at": manifest.created_at,
        }
    status = SnapshotStatus(problem is None, reason_for(problem) if problem else None, **about)
    _STATUS_CACHE[directory] = (key, status)
    return status


def current_index(session: Session, directory: Path) -> CandidateIndex:
    """This process's index, brought up to date with the change log, as a view no later change reaches.

    Never fits: with no usable snapshot (and none loaded before) it raises ``IndexUnavailable``.
    """
    pointer = snapshot_format.read_pointer(directory)
    state = _STATES.get(directory)
    if state is None or (pointer is not None and pointer.snapshot != state.tried):
        state = _load(directory, pointer)
    with state.lock:
        _replay(session, state)
        return state.index.pin()


def state_of(directory: Path) -> _State | None:
    """This process's loaded state (after ``current_index``), for caches that live beside the index."""
    return _STATES.get(directory)


def _load(directory: Path, pointer: snapshot_format.Pointer | None) -> _State:
    """Map the pointer's snapshot; keep what this process had if it is refused."""
    with _LOAD_LOCK:
        state = _STATES.get(directory)
        if state is not None and (pointer is None or pointer.snapshot == state.tried):
            return state  # another thread loaded it meanwhile
        try:
            loaded = snapshot.load_current(directory)
        except snapshot_format.SnapshotUnusable as error:
            reason = reason_for(error)
            if pointer is not None and error.kind == "corrupt":
                _REFUSED[directory] = (pointer.snapshot, reason)
            if state is None:
                raise IndexUnavailable(reason=reason) from None
            log.error("Index snapshot refused, keeping %s: %s", state.name, reason)
            state.tried = pointer.snapshot if pointer else state.tried
            return state
        tried = pointer.snapshot if pointer else loaded.name
        if loaded.refused is not None:
            _REFUSED[directory] = (tried, reason_for(loaded.refused))
            log.error("Index snapshot %s refused (%s)", tried, reason_for(loaded.refused))
            if state is not None:  # keep serving what this process had
                state.tried = tried
                return state
            log.warning("Serving the previous snapshot %s until the index is rebuilt", loaded.name)
        else:
            _REFUSED.pop(directory, None)
        state = _State(loaded.index, loaded.name, tried)
        _STATES[directory] = state
        return state


def _replay(session: Session, state: _State) -> None:
    """Apply changes logged since the index's mark as one new overlay view (O(changes); never a refit)."""
    rows = session.execute(
        select(IndexChange.seq, IndexChange.profile_id).where(IndexChange.seq > state.index.change_seq)
    ).all()
    if not rows:
        return
    changed = sorted({profile_id for _seq, profile_id in rows})
    found = rankable(session, changed)
    families = organisation_families(session) if found else {}
    state.index.apply(
        upserts=[profile_doc(p, families) for p in found],
        removals=set(changed) - {p.id for p in found},
        change_seq=max(seq for seq, _profile_id in rows),
    )


def warm(session: Session, directory: Path) -> None:
    """Load what every worker needs once, before a server forks them: the lemma dictionary and, if one is
    published, the index (its encoder; the arrays are mapped and shared anyway). Workers then share those
    pages copy-on-write instead of each building their own, and a worker reloads only a newer snapshot."""
    load_lemmas()
    try:
        current_index(session, directory)
    except IndexUnavailable as error:
        log.warning("No index to load before forking: %s", error.reason)


def forget(directory: Path) -> None:
    """Drop this process's loaded index (tests; a deleted instance)."""
    with _LOAD_LOCK:
        _STATES.pop(directory, None)
        _REFUSED.pop(directory, None)
        _STATUS_CACHE.pop(directory, None)


@dataclass(frozen=True)
class Rebuilt:
    """The outcome of a rebuild: the new index and how many change-log rows were pruned."""

    index: CandidateIndex
    pruned: int


def rebuild(
    session: Session, directory: Path, blocking: bool = True, keep_previous: bool = True, prune: bool = True
) -> Rebuilt | None:
    """Fit on every rankable profile and published vacancy, publish a snapshot, prune the change log.

    Runs under the cross-process build lock; returns None without waiting when ``blocking`` is false and
    another process is building. Without ``keep_previous`` (after an erasure) no older snapshot is kept.
    The caller commits (the pruning).
    """
    with publishing.build_lock(directory, blocking) as held:
        if not held:
            return None
        previous = snapshot_format.read_pointer(directory)
        mark = last_change(session)
        # Placed organisations only: an unplaced name is what one leader or employer typed, not a shared term.
        names = session.scalars(select(Organisation.name).where(Organisation.parent_id.is_(None), Organisation.placed))
        families = organisation_families(session)
        index = CandidateIndex.build(
            [profile_doc(p, families) for p in rankable(session)],
            [vacancy_doc(v) for v in published(session)],
            version=uuid.uuid4().hex[:12],
            organisation_names=list(names),
        )
        index.change_seq = mark
        pointer = publishing.publish(index, directory, keep_previous=keep_previous)
        kept = {pointer.snapshot} | ({previous.snapshot} if keep_previous and previous else set())
        publishing.clean(directory, kept, temporary=True)  # we hold the lock: any temporary dir is a dead build's
    # Keep the change log back to the previous snapshot, so a worker falling back to it still replays all;
    # keep the newest row too, so SQLite never hands out a sequence number at or below a snapshot's mark.
    floor = previous.change_seq if keep_previous and previous is not None else mark
    bound = min(floor, mark)
    pruned = 0
    if prune and session.scalar(
        select(exists().where(IndexChange.seq < bound))
    ):  # no write (and no SQLite lock) if none
        pruned = session.execute(delete(IndexChange).where(IndexChange.seq < bound)).rowcount or 0
    session.flush()
    forget(directory)
    return Rebuilt(index, pruned)


def pending_changes(session: Session, mark: int) -> int:
    """How many profiles changed since a snapshot's mark."""
    return session.scalar(select(func.count(func.distinct(IndexChange.profile_id))).where(IndexChange.seq > mark)) or 0


def erased_since(session: Session, mark: int) -> bool:
    """Whether a profile was deleted since the mark (its vectors must leave the disk: rebuild)."""
    gone = ~exists().where(Profile.id == IndexChange.profile_id)
    return bool(session.scalar(select(exists().where(IndexChange.seq > mark, gone))))


_VERIFIED: dict[tuple[Path, str], str | None] = {}


@dataclass(frozen=True)
class Trigger:
    """Why the index should be rebuilt now; ``erasure`` when a deleted profile is still in a snapshot."""

    reason: str
    erasure: bool = False


def rebuild_trigger(session: Session, directory: Path) -> Trigger | None:
    """Why the background job should rebuild now (None: the snapshot is fine).

    No usable snapshot (checksums verified once per snapshot and process), a deletion since it, or more
    pending changes than max(REBUILD_MINIMUM, REBUILD_SHARE × rows).
    """
    status = snapshot_status(directory)
    if not status.usable:
        return Trigger(status.reason or "intet indeks")
    pointer = snapshot_format.read_pointer(directory)
    if pointer is not None and (directory, pointer.snapshot) not in _VERIFIED:
        try:
            snapshot.verify(directory, pointer.snapshot)
            _VERIFIED[(directory, pointer.snapshot)] = None
        except snapshot_format.SnapshotUnusable as error:
            _VERIFIED[(directory, pointer.snapshot)] = reason_for(error)
    problem = _VERIFIED.get((directory, pointer.snapshot)) if pointer else None
    if problem:
        return Trigger(problem)
    mark = status.change_seq or 0
    if erased_since(session, mark):
        return Trigger("en profil er slettet, siden indekset blev bygget", erasure=True)
    pending = pending_changes(session, mark)
    if pending > max(REBUILD_MINIMUM, REBUILD_SHARE * (status.rows or 0)):
        return Trigger(f"{pending} ændrede profiler venter")
    return None


def rebuild_if_needed(
    session: Session, directory: Path, blocking: bool = False
) -> tuple[Trigger | None, Rebuilt | None]:
    """One check of the background job: rebuild when ``rebuild_trigger`` says so and no one else is building.

    After an erasure no older snapshot is kept, so the deleted leader's vectors leave the disk.
    """
    trigger = rebuild_trigger(session, directory)
    if trigger is None:
        return None, None
    return trigger, rebuild(session, directory, blocking=blocking, keep_previous=not trigger.erasure)


def save_current(session: Session, directory: Path) -> CandidateIndex:
    """After a CLI import: rebuild when ``rebuild_trigger`` says so, else publish the index with the change log
    folded in (no refit), so other processes map it instead of replaying. CLI only: it may fit."""
    _trigger, rebuilt = rebuild_if_needed(session, directory, blocking=True)
    if rebuilt is not None:
        return rebuilt.index
    with publishing.build_lock(directory):
        index = current_index(session, directory)
        publishing.publish(index, directory)
    return index
