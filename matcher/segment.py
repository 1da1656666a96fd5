"""Segments: encoded profiles as aligned arrays, and the filters that narrow a ranking over them.

A segment is never changed once built: the index replaces segments (and its tombstones) instead, so a reader
holding one ranks a consistent set of rows. A snapshot's segment is memory-mapped read-only from disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

import numpy as np
import scipy.sparse as sp

from . import components as C
from .documents import ProfileDoc, VacancyDoc
from .encoded import EncodedRows
from .encoder import DocumentEncoder
from .geography import municipalities_in_region
from .pairs import VacancyRows, component_matrix, municipality_row, open_and_qualified

SPARSE = ("text", "concepts", "functions")


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


@dataclass(frozen=True)
class Segment:
    """Rows of encoded profiles, aligned by row and sorted by key (each key once); sparse matrices are CSC."""

    keys: np.ndarray
    text: sp.csc_matrix
    concepts: sp.csc_matrix
    functions: sp.csc_matrix
    professions: np.ndarray
    level: np.ndarray
    municipality: np.ndarray
    commute: np.ndarray
    open_bits: np.ndarray
    seeking: np.ndarray
    sector: np.ndarray
    # (row, organisation id) pairs: rows that vacancies of that organisation must not rank.
    hidden_row: np.ndarray
    hidden_org: np.ndarray

    @classmethod
    def build(
        cls, encoder: DocumentEncoder, profiles: Sequence[ProfileDoc], encoded: EncodedRows | None = None
    ) -> Segment:
        """Encode profiles into a new segment (or use rows already ``encoded`` for them); the last of two
        profiles with one key wins."""
        encoded = encoded if encoded is not None else encoder.blocks(encoder.transform(profiles))
        keys = np.array([p.key for p in profiles], dtype=np.int64)
        segment = cls(
            keys=keys,
            text=encoded.text.tocsc(),
            concepts=sp.csc_matrix(encoded.concepts),
            functions=sp.csc_matrix(encoded.functions),
            professions=np.asarray(encoded.professions),
            level=np.array([p.level for p in profiles], dtype=np.int8),
            municipality=np.array([municipality_row(p.municipality_code) for p in profiles], dtype=np.int16),
            commute=np.array([p.max_commute_km for p in profiles], dtype=np.float32),
            open_bits=np.array([C.open_bits(p.open_to_sectors) for p in profiles], dtype=np.uint8),
            seeking=np.array([C.SEEKING_INDEX[p.seeking] for p in profiles], dtype=np.int8),
            sector=np.array([C.SECTOR_INDEX[p.sector] for p in profiles], dtype=np.int8),
            hidden_row=np.array([row for row, p in enumerate(profiles) for _ in p.hidden_from], dtype=np.int64),
            hidden_org=np.array([org for p in profiles for org in p.hidden_from], dtype=np.int64),
        )
        # Last version of a key wins; rows sorted by key so look-ups are binary searches.
        _, last_from_end = np.unique(keys[::-1], return_index=True)
        rows = len(keys) - 1 - last_from_end
        return segment if np.array_equal(rows, np.arange(len(keys))) else segment.take(rows)

    @classmethod
    def concatenate(cls, segments: Sequence[Segment]) -> Segment:
        """One segment holding the rows of several (keys must not repeat across them), sorted by key."""
        offsets = np.cumsum([0, *(len(s) for s in segments)])
        joined = cls(
            **{
                name: (
                    sp.vstack([getattr(s, name).tocsr() for s in segments]).tocsc()
                    if name in SPARSE
                    else np.concatenate([getattr(s, name) for s in segments])
                )
                for name in FIELDS
                if name != "hidden_row"
            },
            hidden_row=np.concatenate([s.hidden_row + o for s, o in zip(segments, offsets, strict=False)]).astype(
                np.int64
            ),
        )
        order = np.argsort(joined.keys, kind="stable")
        return joined if np.array_equal(order, np.arange(len(order))) else joined.take(order)

    def take(self, rows: np.ndarray) -> Segment:
        """A new segment of the given rows, in that order (hidden pairs follow their rows)."""
        rows = np.asarray(rows, dtype=np.int64)
        new_row = np.full(len(self), -1, dtype=np.int64)
        new_row[rows] = np.arange(len(rows))
        kept = new_row[self.hidden_row] >= 0 if len(self.hidden_row) else np.zeros(0, dtype=bool)
        values = {}
        for name in FIELDS:
            if name in ("hidden_row", "hidden_org"):
                continue
            value = getattr(self, name)
            values[name] = value.tocsr()[rows].tocsc() if name in SPARSE else np.asarray(value)[rows]
        return Segment(
            **values,
            hidden_row=new_row[self.hidden_row[kept]].astype(np.int64),
            hidden_org=np.asarray(self.hidden_org)[kept].astype(np.int64),
        )

    @classmethod
    def empty(cls, encoder: DocumentEncoder) -> Segment:
        """A segment without rows."""
        return cls.build(encoder, [])

    def __len__(self) -> int:
        return len(self.keys)

    def rows_of(self, keys: np.ndarray) -> np.ndarray:
        """Rows holding the given keys (keys not here are skipped); a binary search per key."""
        keys = np.asarray(keys, dtype=np.int64)
        found = np.searchsorted(self.keys, keys)
        inside = found < len(self.keys)
        found, keys = found[inside], keys[inside]
        return found[self.keys[found] == keys]

    def components(
        self, vacancy: VacancyDoc, rows: VacancyRows, filters: RankFilters | None = None, dead: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(eligible mask, component matrix rows × components, meets-profession mask) for every row.

        ``rows`` is the vacancy encoded (``VacancyRows.encode``); ``dead`` rows (tombstones) are never
        eligible; ``filters`` narrow the mask; a candidate without a profession the vacancy requires is not
        eligible unless the filters include the unqualified.
        """
        eligible, qualified = self.eligible(vacancy, rows, filters, dead)
        return eligible, component_matrix(self, rows), qualified

    def eligible(
        self, vacancy: VacancyDoc, rows: VacancyRows, filters: RankFilters | None = None, dead: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(eligible mask, meets-profession mask) for every row, without computing any score (see ``components``)."""
        eligible, qualified = open_and_qualified(self, rows)
        if dead is not None and len(dead):
            eligible[dead] = False
        if vacancy.organisation_id is not None and len(self.hidden_org):
            eligible[self.hidden_row[self.hidden_org == vacancy.organisation_id]] = False
        if filters is None or not filters.include_unqualified:
            eligible &= qualified
        if filters is not None:
            eligible &= filters.mask(self, vacancy.sector)
        return eligible, qualified


FIELDS = [f.name for f in fields(Segment)]
