"""The component matrix of (profile, vacancy) pairs: one function for both ranking directions.

Candidates for a vacancy pass many profile rows and one vacancy row; vacancies for a leader pass one profile
row and many vacancy rows. Either way every component of a pair is computed by the same arithmetic in the
same order, so a pair gets bit-identical components whichever way the ranking runs.

The three dot products (concepts, functions, text) slice the columns of the "many" side at the non-zero
terms of the "one" side, in ascending column order: that is an inverted index in effect (only columns the
query touches are read) and it sums the same products in the same order in both directions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp

from . import components as C
from .components import assemble
from .documents import VacancyDoc
from .encoded import VacancyVector
from .encoder import DocumentEncoder
from .geography import MUNICIPALITIES, distance_matrix_km

if TYPE_CHECKING:  # a Segment holds the profile rows; it imports this module, so only for the annotations
    from .segment import Segment

NICE_TO_HAVE_SHARE = 0.5  # a nice-to-have concept counts half as much as a required one
_MUNICIPALITY_CODES = [m.code for m in MUNICIPALITIES]
_MUNICIPALITY_ROW = {code: row for row, code in enumerate(_MUNICIPALITY_CODES)}
DISTANCES = distance_matrix_km(_MUNICIPALITY_CODES, _MUNICIPALITY_CODES).astype(np.float32)


def municipality_row(code: int) -> int:
    """Row of a kommunekode in the distance table (KeyError for unknown codes)."""
    return _MUNICIPALITY_ROW[code]


@dataclass(frozen=True)
class VacancyRows:
    """Encoded vacancies, aligned by row; sparse matrices are CSC (rows × concepts / functions / terms)."""

    keys: np.ndarray
    target: sp.csc_matrix  # required + share × nice-to-have, per concept (IDF-weighted)
    total: np.ndarray  # float32 sum of each target row
    functions: sp.csc_matrix
    text: sp.csc_matrix  # the pruned, L2-normalised text query
    level: np.ndarray
    municipality: np.ndarray
    sector: np.ndarray
    professions: np.ndarray  # required professions as a bit set (0 = none)

    @classmethod
    def encode(
        cls, encoder: DocumentEncoder, vacancies: Sequence[VacancyDoc], vectors: Sequence[VacancyVector] | None = None
    ) -> VacancyRows:
        """Encode vacancies (or use ``vectors`` already made for them by ``encoder.vacancy_vectors``)."""
        vectors = encoder.vacancy_vectors(encoder.transform(vacancies)) if vectors is None else list(vectors)
        targets = [_target(v) for v in vectors]
        width = encoder.block_widths_["text"]
        return cls(
            keys=np.array([v.key for v in vacancies], dtype=np.int64),
            target=_stack([_sparse_row(t) for t in targets], encoder.n_concepts_),
            total=np.array([t.sum(dtype=np.float32) for t in targets], dtype=np.float32),
            functions=_stack([_sparse_row(v.functions) for v in vectors], encoder.n_functions_),
            text=_stack([_sorted_query(v) for v in vectors], width),
            level=np.array([v.level for v in vacancies], dtype=np.int8),
            municipality=np.array([municipality_row(v.municipality_code) for v in vacancies], dtype=np.int16),
            sector=np.array([C.SECTOR_INDEX[v.sector] for v in vacancies], dtype=np.int8),
            professions=np.array([v.profession_mask for v in vectors], dtype=np.uint16),
        )

    def __len__(self) -> int:
        return len(self.keys)


def component_matrix(profiles: Segment, vacancies: VacancyRows) -> np.ndarray:
    """Components (pairs × ``COMPONENTS``) of one vacancy against many profiles, or one profile against many
    vacancies; the same pair gets the same values either way."""
    # Each dot product slices the "many" side's columns at the "one" side's terms. Distances gather the one
    # side's row (or column) of the table at the many side's kommuner: the same numbers as indexing the table
    # by both, without a two-dimensional gather over every pair.
    sides = [(profiles.concepts, vacancies.target), (profiles.functions, vacancies.functions)]
    sides.append((profiles.text, vacancies.text))
    if len(vacancies) == 1:
        rows = len(profiles)
        competence, function, text = (_dot(many, one) for many, one in sides)
        distances = DISTANCES[:, int(vacancies.municipality[0])].take(profiles.municipality)
    elif len(profiles) == 1:
        rows = len(vacancies)
        competence, function, text = (_dot(many, one) for one, many in sides)
        distances = DISTANCES[int(profiles.municipality[0])].take(vacancies.municipality)
    else:
        raise ValueError("one side of the component matrix must be a single row")
    if rows == 0:
        return assemble(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        competence = competence / vacancies.total  # 0/0 is NaN, which assemble turns into 0
    return assemble(
        rows,
        competence=competence,
        function=function,
        text=text,
        level=C.level_fit(profiles.level, vacancies.level),
        geography=C.geography_fit(distances, profiles.commute),
        willingness=C.willingness(profiles.seeking),
        cross_sector=(profiles.sector != vacancies.sector).astype(np.float32),
    )


def open_and_qualified(profiles: Segment, vacancies: VacancyRows) -> tuple[np.ndarray, np.ndarray]:
    """(open to the vacancy's sector, has a profession the vacancy requires) for every pair."""
    is_open = (profiles.open_bits & (np.uint8(1) << vacancies.sector.astype(np.uint8))) != 0
    return is_open, C.meets_profession(profiles.professions, vacancies.professions)


def _dot(many: sp.csc_matrix, one: sp.csc_matrix) -> np.ndarray:
    """Dot product of every row of ``many`` with the single row ``one`` (float32, ascending columns)."""
    row = one.tocsr()
    row.sort_indices()
    if row.nnz == 0:
        return np.zeros(many.shape[0], dtype=np.float32)
    weights = row.data.astype(np.float32, copy=False)
    return np.asarray(many[:, row.indices] @ weights, dtype=np.float32).ravel()


def _target(vector: VacancyVector) -> np.ndarray:
    return (vector.required + NICE_TO_HAVE_SHARE * vector.nice).astype(np.float32)


def _sparse_row(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    columns = np.flatnonzero(values).astype(np.int32)
    return columns, values[columns].astype(np.float32)


def _sorted_query(vector: VacancyVector) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(vector.query_terms, kind="stable")
    return vector.query_terms[order].astype(np.int32), vector.query_weights[order].astype(np.float32)


def _stack(rows: list[tuple[np.ndarray, np.ndarray]], width: int) -> sp.csc_matrix:
    """A CSC matrix from (columns, values) rows."""
    indptr = np.cumsum([0, *(len(columns) for columns, _ in rows)])
    columns = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, dtype=np.int32)
    values = np.concatenate([v for _, v in rows]) if rows else np.zeros(0, dtype=np.float32)
    matrix = sp.csr_matrix((values.astype(np.float32), columns, indptr), shape=(len(rows), width))
    return matrix.tocsc()
