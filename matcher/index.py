"""The candidate index: a read-only base segment, tombstones over it and a small overlay, ranked in one pass.

The *base* is what a full fit encoded (in the web app: a memory-mapped snapshot). Edits since are an
*overlay*: a small delta segment of new or edited profiles, encoded with the base's encoder, and tombstones
for base rows that were deleted, hidden or replaced. Applying N changes costs O(N) (binary searches on the
base's sorted keys) and builds a new immutable ``IndexView``; the index then swaps one reference, so a
reader that took a view keeps ranking a consistent state while changes are applied (Lucene's
``SearcherManager`` shape). ``compact`` folds the overlay into a new base, which is what a snapshot saves.

Ranking one vacancy touches only array operations: a column slice of the text matrix for the vacancy's
terms (an inverted index in effect), column slices for concepts and functions, and table look-ups for
level, distance and willingness. No Python loop runs over candidates.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from .documents import ProfileDoc, VacancyDoc
from .encoded import VacancyVector
from .encoder import DocumentEncoder
from .memo import Memo
from .pairs import VacancyRows
from .segment import RankFilters, Segment
from .weights import COMPONENT_INDEX, COMPONENTS, Weights

VACANCY_CACHE_SIZE = 2048  # encoded vacancies one index remembers


def vacancy_digest(vacancy: VacancyDoc) -> str:
    """A stable name for a vacancy's content (every field): the same text and settings encode the same with
    one encoder, in any process; an edit gives another name, so a stored encoding is never served stale."""
    return hashlib.blake2b(repr(vacancy).encode(), digest_size=16).hexdigest()


__all__ = [
    "CandidateIndex",
    "IndexView",
    "RankFilters",
    "RankedCandidate",
    "Segment",
    "ranked_item",
]


@dataclass(frozen=True)
class RankedCandidate:
    """One candidate in a ranking."""

    key: int
    score: float
    components: dict[str, float]
    crosses_sector: bool
    qualified: bool = True  # has a profession the vacancy requires (or none is required)


def ranked_item(key: int, score: float, values: np.ndarray, qualified: bool = True) -> RankedCandidate:
    """One ranked row as the callers see it (either direction)."""
    return RankedCandidate(
        key=key,
        score=round(score, 6),
        components={name: round(float(v), 6) for name, v in zip(COMPONENTS, values, strict=True)},
        crosses_sector=bool(values[COMPONENT_INDEX["cross_sector"]] > 0.5),
        qualified=qualified,
    )


@dataclass(frozen=True)
class IndexView:
    """One immutable state of the index: base rows, tombstones (sorted dead base rows) and the delta.

    Nothing here is ever written after construction; ``apply`` returns a new view.
    """

    base: Segment
    dead: np.ndarray
    delta: Segment
    change_seq: int = 0
    generation: int = 0

    def __len__(self) -> int:
        return len(self.base) - len(self.dead) + len(self.delta)

    def __contains__(self, key: int) -> bool:
        keys = np.array([key], dtype=np.int64)
        if len(self.delta.rows_of(keys)):
            return True
        rows = self.base.rows_of(keys)
        return bool(len(rows)) and not _member(self.dead, rows[0])

    def apply(
        self, encoder: DocumentEncoder, upserts: Sequence[ProfileDoc], removals: Iterable[int], change_seq: int
    ) -> IndexView:
        """A new view with ``upserts`` added or replaced and ``removals`` gone; O(changes) plus the delta."""
        latest = {p.key: p for p in upserts}
        touched = np.unique(np.fromiter([*latest, *map(int, removals)], dtype=np.int64))
        dead = np.union1d(self.dead, self.base.rows_of(touched)).astype(np.int64)
        delta = self.delta
        if len(touched) and len(delta):
            delta = delta.take(np.flatnonzero(~np.isin(delta.keys, touched)))
        if latest:
            delta = Segment.concatenate([delta, Segment.build(encoder, list(latest.values()))])
        dead.flags.writeable = False
        return IndexView(self.base, dead, delta, change_seq, self.generation + 1)

    def compacted(self) -> Segment:
        """The live rows of base and delta as one segment (what a snapshot saves)."""
        if not len(self.dead) and not len(self.delta):
            return self.base
        alive = np.ones(len(self.base), dtype=bool)
        alive[self.dead] = False
        return Segment.concatenate([self.base.take(np.flatnonzero(alive)), self.delta])

    def rank(
        self,
        encoder: DocumentEncoder,
        vacancy: VacancyDoc,
        weights: Weights | None = None,
        limit: int = 10,
        filters: RankFilters | None = None,
        rows: VacancyRows | None = None,
    ) -> list[RankedCandidate]:
        """The best ``limit`` eligible candidates for a vacancy, best first (``rows``: the vacancy already
        encoded by ``encoder``)."""
        rows = rows if rows is not None else VacancyRows.encode(encoder, [vacancy])
        w = (weights or Weights()).vector()
        found: list[tuple[float, int, np.ndarray, bool]] = []
        for segment, dead in ((self.base, self.dead), (self.delta, None)):
            if not len(segment):
                continue
            eligible, values, qualified = segment.components(vacancy, rows, filters, dead)
            if not eligible.any():
                continue
            scores = np.where(eligible, values @ w, -np.inf)
            top = top_rows(scores, min(limit, int(np.count_nonzero(eligible))))
            found.extend(
                (float(scores[i]), int(segment.keys[i]), values[i], bool(qualified[i]))
                for i in top
                if np.isfinite(scores[i])
            )
        found.sort(key=lambda item: (-item[0], item[1]))
        return [ranked_item(key, score, values, qualified) for score, key, values, qualified in found[:limit]]

    def count(
        self,
        encoder: DocumentEncoder,
        vacancy: VacancyDoc,
        filters: RankFilters | None = None,
        rows: VacancyRows | None = None,
    ) -> int:
        """How many candidates ``rank`` could return for the vacancy: the eligible rows, no score computed."""
        rows = rows if rows is not None else VacancyRows.encode(encoder, [vacancy])
        return sum(
            int(np.count_nonzero(segment.eligible(vacancy, rows, filters, dead)[0]))
            for segment, dead in ((self.base, self.dead), (self.delta, None))
            if len(segment)
        )


def top_rows(scores: np.ndarray, count: int) -> np.ndarray:
    """Rows of the ``count`` highest scores (in no order; ties at the cut-off broken arbitrarily).

    A full selection over 100k scores costs about a millisecond; most of them cannot reach a top 10. The
    ``count``-th highest of an evenly spread sample is at most the ``count``-th highest of all, so every row of
    the top ``count`` scores at least that much: select among those few instead.
    """
    n = len(scores)
    if count <= 0:
        return np.zeros(0, dtype=np.int64)
    if count >= n:
        return np.arange(n)
    sample = scores[:: max(1, n // (64 * count))]
    if len(sample) > count:
        bound = np.partition(sample, len(sample) - count)[len(sample) - count]
        rows = np.flatnonzero(scores >= bound)
    else:
        rows = np.arange(n)
    if len(rows) <= count:
        return rows
    return rows[np.argpartition(scores[rows], len(rows) - count)[len(rows) - count :]]


def _member(sorted_array: np.ndarray, value: int) -> bool:
    at = np.searchsorted(sorted_array, value)
    return bool(at < len(sorted_array) and sorted_array[at] == value)


class CandidateIndex:
    """An encoder and the current ``IndexView``; readers take the view, writers swap in a new one."""

    def __init__(self, encoder: DocumentEncoder, base: Segment, version: str, change_seq: int = 0):
        self.encoder = encoder
        self.version = version
        empty = np.zeros(0, dtype=np.int64)
        self._view = IndexView(base, empty, Segment.empty(encoder), change_seq)
        self._writing = threading.Lock()  # writers queue; readers never wait
        self._vacancies = Memo(VACANCY_CACHE_SIZE)  # VacancyDoc → VacancyRows, shared by every pin: one encoder
        self._vectors: dict[str, VacancyVector] = {}  # by ``vacancy_digest``; a snapshot saves them

    @classmethod
    def build(
        cls,
        profiles: Sequence[ProfileDoc],
        vacancies: Sequence[VacancyDoc] = (),
        version: str = "0",
        organisation_names: Iterable[str] = (),
        encoder: DocumentEncoder | None = None,
    ) -> CandidateIndex:
        """Fit the encoder on the population, encode every profile and analyse every vacancy given.

        ``organisation_names`` become the encoder's parameter of that name; without an ``encoder``, a default one
        encodes on all cores (this runs in an index build, never in a request).
        """
        encoder = encoder if encoder is not None else DocumentEncoder(n_jobs=-1)
        names = tuple(organisation_names)
        if names:
            encoder.set_params(organisation_names=names)
        rows = encoder.fit_transform([*profiles, *vacancies])
        index = cls(encoder, Segment.build(encoder, profiles, encoder.blocks(rows[: len(profiles)])), version)
        vectors = encoder.vacancy_vectors(rows[len(profiles) :])
        index.remember_vectors({vacancy_digest(v): vector for v, vector in zip(vacancies, vectors, strict=True)})
        return index

    @property
    def view(self) -> IndexView:
        """The current immutable view (hold it to rank several times on one state)."""
        return self._view

    def pin(self) -> CandidateIndex:
        """A handle on today's view: later changes to this index do not reach it (and vice versa)."""
        pinned = object.__new__(CandidateIndex)
        pinned.encoder, pinned.version, pinned._view = self.encoder, self.version, self._view
        pinned._vacancies, pinned._vectors = self._vacancies, self._vectors
        pinned._writing = threading.Lock()
        return pinned

    @property
    def base(self) -> Segment:
        return self._view.base

    @property
    def delta(self) -> Segment:
        return self._view.delta

    @property
    def change_seq(self) -> int:
        """The last change-log entry this index contains."""
        return self._view.change_seq

    @change_seq.setter
    def change_seq(self, value: int) -> None:
        with self._writing:
            self._view = replace(self._view, change_seq=int(value))

    def __len__(self) -> int:
        return len(self._view)

    def __contains__(self, key: int) -> bool:
        return int(key) in self._view

    def apply(self, upserts: Sequence[ProfileDoc] = (), removals: Iterable[int] = (), change_seq: int | None = None):
        """Add or replace ``upserts`` and drop ``removals`` without refitting, as one new view."""
        with self._writing:
            view = self._view
            seq = view.change_seq if change_seq is None else int(change_seq)
            self._view = view.apply(self.encoder, upserts, removals, seq)

    def upsert(self, profiles: Sequence[ProfileDoc]) -> None:
        """Add or replace profiles without refitting (their old rows become tombstones; last version wins)."""
        if profiles:
            self.apply(upserts=profiles)

    def remove(self, keys: Iterable[int]) -> None:
        """Drop profiles (deleted, hidden or no longer rankable)."""
        self.apply(removals=list(keys))

    def compact(self) -> None:
        """Fold the overlay into a new base (same vocabulary; no refit)."""
        with self._writing:
            view = self._view
            empty = np.zeros(0, dtype=np.int64)
            self._view = IndexView(
                view.compacted(), empty, Segment.empty(self.encoder), view.change_seq, view.generation + 1
            )

    def rank(
        self,
        vacancy: VacancyDoc,
        weights: Weights | None = None,
        limit: int = 10,
        filters: RankFilters | None = None,
    ) -> list[RankedCandidate]:
        """The best ``limit`` eligible candidates for a vacancy, best first (only those passing ``filters``)."""
        return self._view.rank(self.encoder, vacancy, weights, limit, filters, self.encode_vacancy(vacancy))

    def count(self, vacancy: VacancyDoc, filters: RankFilters | None = None) -> int:
        """How many eligible candidates the vacancy has (what ``rank`` with no limit would return)."""
        return self._view.count(self.encoder, vacancy, filters, self.encode_vacancy(vacancy))

    def encode_vacancy(self, vacancy: VacancyDoc) -> VacancyRows:
        """The vacancy encoded by this index's encoder, remembered: a candidate page is viewed again and again,
        and analysing the ad's text costs more than the rest of a ranking at 100k profiles. Bounded (emptied
        when full); an edited vacancy is another document, so it is never served stale."""
        return self._vacancies.get_or_compute(
            vacancy, lambda doc: VacancyRows.encode(self.encoder, [doc], vectors=[self.vacancy_vector(doc)])
        )

    def vacancy_vector(self, vacancy: VacancyDoc) -> VacancyVector:
        """The vacancy's text analysed by this index's encoder, by content: the build analyses every published
        vacancy once and the snapshot keeps the result, so no worker or CLI run analyses them again."""
        digest = vacancy_digest(vacancy)
        vector = self._vectors.get(digest)
        if vector is None:
            (vector,) = self.encoder.vacancy_vectors(self.encoder.transform([vacancy]))
            self.remember_vectors({digest: vector})
        return vector

    def remember_vectors(self, vectors: Mapping[str, VacancyVector]) -> None:
        """Keep analysed vacancies by digest (from a snapshot, or just made); bounded like the row cache."""
        if len(self._vectors) + len(vectors) > VACANCY_CACHE_SIZE:
            self._vectors.clear()
        self._vectors.update(vectors)

    @property
    def vacancy_vectors(self) -> Mapping[str, VacancyVector]:
        """The analysed vacancies this index knows, by digest (what a snapshot writes)."""
        return self._vectors
