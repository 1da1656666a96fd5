"""The candidate index: every visible profile as vectors and arrays, ranked for a vacancy in one pass.

Rows live in segments: a large *base* segment built by a full fit, and a small *delta* segment that takes
profiles created or edited since. An edit marks the old row dead and appends the new one to the delta, so
it is reflected at once without refitting; ``compact`` folds the delta back into the base.

Ranking one vacancy touches only array operations: a column slice of the text matrix for the vacancy's
terms (an inverted index in effect), one sparse product for concepts, and table look-ups for level,
distance and willingness. No Python loop runs over candidates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from . import components as C
from .components import assemble
from .documents import ProfileDoc, VacancyDoc
from .encoder import DocumentEncoder, EncodedProfiles, VacancyVector
from .geography import MUNICIPALITIES, distance_matrix_km, municipalities_in_region
from .weights import COMPONENT_INDEX, COMPONENTS, Weights

NICE_TO_HAVE_SHARE = 0.5  # a nice-to-have concept counts half as much as a required one
_MUNICIPALITY_CODES = [m.code for m in MUNICIPALITIES]
_MUNICIPALITY_ROW = {code: row for row, code in enumerate(_MUNICIPALITY_CODES)}
_DISTANCES = distance_matrix_km(_MUNICIPALITY_CODES, _MUNICIPALITY_CODES).astype(np.float32)


def municipality_row(code: int) -> int:
    """Row of a kommunekode in the distance table (KeyError for unknown codes)."""
    return _MUNICIPALITY_ROW[code]


def distances_from(code: int) -> np.ndarray:
    """Distances (km) from one kommune to every kommune, indexed by distance-table row."""
    return _DISTANCES[municipality_row(code)]


@dataclass(frozen=True)
class RankFilters:
    """Narrow a ranking to some candidates without changing their order; an empty field narrows nothing.

    Every field is a set of allowed values: ``sectors`` and ``levels`` of the candidate's current job,
    ``seeking`` statuses, ``regions`` (2007 or 2027 region codes) of the home kommune, and ``keys`` of
    profiles. ``other_sectors_only`` keeps candidates whose sector differs from the vacancy's.
    ``include_unqualified`` lets in candidates who lack a profession the vacancy requires (they are left
    out by default, so they never reach a top 10 unless an employer asks to see them).
    """

    sectors: frozenset[str] = frozenset()
    levels: frozenset[int] = frozenset()
    seeking: frozenset[str] = frozenset()
    regions: frozenset[int] = frozenset()
    other_sectors_only: bool = False
    keys: frozenset[int] | None = None
    include_unqualified: bool = False

    def __post_init__(self) -> None:
        # Unknown codes are a caller's error: silently matching nobody would look like an empty pool.
        if not set(self.sectors) <= set(C.SECTOR_INDEX) or not set(self.seeking) <= set(C.SEEKING_INDEX):
            raise ValueError(f"unknown sector or seeking status in {self!r}")
        for code in self.regions:
            municipalities_in_region(code)  # KeyError for an unknown region

    def mask(self, segment: Segment, vacancy_sector: str) -> np.ndarray:
        """True for the segment's rows that pass every filter (array operations only)."""
        keep = np.ones(len(segment), dtype=bool)
        if self.sectors:
            keep &= np.isin(segment.sector, [C.SECTOR_INDEX[s] for s in self.sectors])
        if self.other_sectors_only:
            keep &= segment.sector != C.SECTOR_INDEX[vacancy_sector]
        if self.levels:
            keep &= np.isin(segment.level, list(self.levels))
        if self.seeking:
            keep &= np.isin(segment.seeking, [C.SEEKING_INDEX[s] for s in self.seeking])
        if self.regions:
            rows = [municipality_row(m.code) for code in self.regions for m in municipalities_in_region(code)]
            keep &= np.isin(segment.municipality, rows)
        if self.keys is not None:
            keep &= np.isin(segment.keys, np.fromiter(self.keys, dtype=np.int64, count=len(self.keys)))
        return keep


@dataclass
class Segment:
    """Rows of encoded profiles; arrays are aligned by row."""

    keys: np.ndarray
    text: sp.csc_matrix
    concepts: sp.csr_matrix
    functions: sp.csr_matrix
    professions: np.ndarray
    level: np.ndarray
    municipality: np.ndarray
    commute: np.ndarray
    open_bits: np.ndarray
    seeking: np.ndarray
    sector: np.ndarray
    alive: np.ndarray
    # (row, organisation id) pairs: rows that vacancies of that organisation must not rank.
    hidden_row: np.ndarray
    hidden_org: np.ndarray

    @classmethod
    def build(
        cls, encoder: DocumentEncoder, profiles: Sequence[ProfileDoc], encoded: EncodedProfiles | None = None
    ) -> Segment:
        """Encode profiles into a new segment (or use rows already ``encoded`` for them)."""
        encoded = encoded if encoded is not None else encoder.transform_profiles(profiles)
        return cls(
            keys=np.array([p.key for p in profiles], dtype=np.int64),
            text=encoded.text.tocsc(),
            concepts=encoded.concepts,
            functions=encoded.functions,
            professions=encoded.professions,
            level=np.array([p.level for p in profiles], dtype=np.int8),
            municipality=np.array([municipality_row(p.municipality_code) for p in profiles], dtype=np.int16),
            commute=np.array([p.max_commute_km for p in profiles], dtype=np.float32),
            open_bits=np.array([C.open_bits(p.open_to_sectors) for p in profiles], dtype=np.uint8),
            seeking=np.array([C.SEEKING_INDEX[p.seeking] for p in profiles], dtype=np.int8),
            sector=np.array([C.SECTOR_INDEX[p.sector] for p in profiles], dtype=np.int8),
            alive=np.ones(len(profiles), dtype=bool),
            hidden_row=np.array([row for row, p in enumerate(profiles) for _ in p.hidden_from], dtype=np.int64),
            hidden_org=np.array([org for p in profiles for org in p.hidden_from], dtype=np.int64),
        )

    @classmethod
    def concatenate(cls, segments: Sequence[Segment]) -> Segment:
        """One segment holding the live rows of several."""
        keep = [s.alive for s in segments]
        return cls(
            keys=np.concatenate([s.keys[k] for s, k in zip(segments, keep, strict=True)]),
            text=sp.vstack([s.text.tocsr()[k] for s, k in zip(segments, keep, strict=True)]).tocsc(),
            concepts=sp.vstack([s.concepts[k] for s, k in zip(segments, keep, strict=True)]).tocsr(),
            functions=sp.vstack([s.functions[k] for s, k in zip(segments, keep, strict=True)]).tocsr(),
            professions=np.concatenate([s.professions[k] for s, k in zip(segments, keep, strict=True)]),
            level=np.concatenate([s.level[k] for s, k in zip(segments, keep, strict=True)]),
            municipality=np.concatenate([s.municipality[k] for s, k in zip(segments, keep, strict=True)]),
            commute=np.concatenate([s.commute[k] for s, k in zip(segments, keep, strict=True)]),
            open_bits=np.concatenate([s.open_bits[k] for s, k in zip(segments, keep, strict=True)]),
            seeking=np.concatenate([s.seeking[k] for s, k in zip(segments, keep, strict=True)]),
            sector=np.concatenate([s.sector[k] for s, k in zip(segments, keep, strict=True)]),
            alive=np.ones(int(sum(k.sum() for k in keep)), dtype=bool),
            **_concatenate_hidden(segments, keep),
        )

    def __len__(self) -> int:
        return len(self.keys)

    def components(
        self, vacancy: VacancyDoc, vector: VacancyVector, filters: RankFilters | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(eligible mask, component matrix rows × components, meets-profession mask) for every row.

        ``filters`` narrow the mask; a candidate without a profession the vacancy requires is not eligible
        unless the filters include the unqualified.
        """
        n = len(self)
        if n == 0:
            return np.zeros(0, dtype=bool), assemble(0), np.zeros(0, dtype=bool)
        eligible = self.alive & C.sector_mask(self.open_bits, vacancy.sector)
        if vacancy.organisation_id is not None and len(self.hidden_org):
            eligible[self.hidden_row[self.hidden_org == vacancy.organisation_id]] = False
        qualified = C.meets_profession(self.professions, vector.profession_mask)
        if filters is None or not filters.include_unqualified:
            eligible &= qualified
        if filters is not None:
            eligible &= filters.mask(self, vacancy.sector)
        target = vector.required + NICE_TO_HAVE_SHARE * vector.nice
        total = float(target.sum())
        distances = distances_from(vacancy.municipality_code)[self.municipality]
        values = assemble(
            n,
            competence=(self.concepts @ target) / total if total > 0 else 0.0,
            function=self.functions @ vector.functions if vector.functions.any() else 0.0,
            text=self.text[:, vector.query_terms] @ vector.query_weights if len(vector.query_terms) else 0.0,
            level=C.level_fit(self.level, vacancy.level),
            geography=C.geography_fit(distances, self.commute),
            willingness=C.willingness(self.seeking),
            cross_sector=C.cross_sector(self.sector, vacancy.sector),
        )
        return eligible, values, qualified


def _concatenate_hidden(segments: Sequence[Segment], keep: list[np.ndarray]) -> dict[str, np.ndarray]:
    """Hidden pairs of the kept rows, renumbered to the rows of the concatenated segment."""
    rows, orgs, offset = [], [], 0
    for segment, kept in zip(segments, keep, strict=True):
        new_row = np.cumsum(kept) - 1 + offset
        alive_pairs = kept[segment.hidden_row] if len(segment.hidden_row) else np.zeros(0, dtype=bool)
        rows.append(new_row[segment.hidden_row[alive_pairs]])
        orgs.append(segment.hidden_org[alive_pairs])
        offset += int(kept.sum())
    return {
        "hidden_row": np.concatenate(rows).astype(np.int64) if rows else np.zeros(0, dtype=np.int64),
        "hidden_org": np.concatenate(orgs).astype(np.int64) if orgs else np.zeros(0, dtype=np.int64),
    }


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


class CandidateIndex:
    """Encoded profiles in a base and a delta segment, ranked per vacancy."""

    def __init__(self, encoder: DocumentEncoder, base: Segment, version: str):
        self.encoder = encoder
        self.base = base
        self.delta = Segment.build(encoder, [])
        self.version = version
        self.change_seq = 0
        self._where: dict[int, tuple[Segment, int]] = {}
        self._reindex()

    @classmethod
    def build(
        cls,
        profiles: Sequence[ProfileDoc],
        vacancies: Sequence[VacancyDoc] = (),
        version: str = "0",
        organisation_names: Iterable[str] = (),
        encoder: DocumentEncoder | None = None,
    ) -> CandidateIndex:
        """Fit the encoder on the population and encode every profile."""
        encoder = encoder or DocumentEncoder()
        encoded = encoder.fit_transform_profiles(profiles, vacancies, organisation_names=list(organisation_names))
        return cls(encoder, Segment.build(encoder, profiles, encoded), version)

    def _reindex(self) -> None:
        self._where = {}
        for segment in (self.base, self.delta):
            for row in np.flatnonzero(segment.alive):
                self._where[int(segment.keys[row])] = (segment, int(row))

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, key: int) -> bool:
        return key in self._where

    def upsert(self, profiles: Sequence[ProfileDoc]) -> None:
        """Add or replace profiles without refitting (their old rows are marked dead; last version wins)."""
        if not profiles:
            return
        profiles = list({p.key: p for p in profiles}.values())
        self.remove([p.key for p in profiles])
        self.delta = Segment.concatenate([self.delta, Segment.build(self.encoder, profiles)])
        self._reindex()

    def remove(self, keys: Iterable[int]) -> None:
        """Drop profiles (deleted, hidden or no longer rankable)."""
        for key in keys:
            found = self._where.pop(int(key), None)
            if found is not None:
                found[0].alive[found[1]] = False

    def compact(self) -> None:
        """Fold the delta into the base (same vocabulary; no refit)."""
        self.base = Segment.concatenate([self.base, self.delta])
        self.delta = Segment.build(self.encoder, [])
        self._reindex()

    def rank(
        self,
        vacancy: VacancyDoc,
        weights: Weights | None = None,
        limit: int = 10,
        keep: np.ndarray | None = None,
        filters: RankFilters | None = None,
    ) -> list[RankedCandidate]:
        """The best ``limit`` eligible candidates for a vacancy, best first (only those passing ``filters``)."""
        vector = self.encoder.transform_vacancy(vacancy)
        w = (weights or Weights()).vector()
        found: list[tuple[float, int, np.ndarray, bool]] = []
        for segment in (self.base, self.delta):
            eligible, values, qualified = segment.components(vacancy, vector, filters)
            if not eligible.any():
                continue
            scores = np.where(eligible, values @ w, -np.inf)
            count = min(limit, int(eligible.sum()))
            top = np.argpartition(-scores, count - 1)[:count] if count < len(scores) else np.arange(len(scores))
            found.extend(
                (float(scores[i]), int(segment.keys[i]), values[i], bool(qualified[i]))
                for i in top
                if np.isfinite(scores[i])
            )
        found.sort(key=lambda item: (-item[0], item[1]))
        return [ranked_item(key, score, values, qualified) for score, key, values, qualified in found[:limit]]
