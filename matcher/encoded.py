"""The block layout of what ``DocumentEncoder.transform`` produces: the rows the ranker and the pages use.

The encoder's output is one sparse matrix per batch of documents (scikit-learn's contract), its columns in
blocks: text terms, concepts, nice-to-have concepts, functions and professions. ``stack_blocks`` lays analysed
documents out in those blocks; ``EncodedRows`` reads them back by name; ``VacancyVector`` is a vacancy's row
shaped for ranking (a pruned query, IDF-weighted concepts).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp

# The column blocks of an encoded row, in order.
BLOCKS = ("text", "concepts", "nice", "functions", "professions")
Roles = tuple[np.ndarray, list[int]]  # (function values, profession indices)


class Analysed(NamedTuple):
    """One document analysed, a block's worth each, before its tokens are TF-IDF weighted."""

    tokens: list[str]  # the TF-IDF tokens
    concepts: dict[int, float]  # a profile's concept strengths, a vacancy's required concepts
    nice: dict[int, float]  # a vacancy's nice-to-have concepts (none for a profile)
    functions: np.ndarray  # function values (a leader's affinity, a vacancy's focus)
    professions: list[int]  # profession indices (held, or required)


def stack_blocks(text: sp.csr_matrix, analysed: Sequence[Analysed], widths: dict[str, int]) -> sp.csr_matrix:
    """One float32 row per analysed document: ``text`` (its weighted tokens) and the other blocks side by side."""
    functions = np.array([row.functions for row in analysed], dtype=np.float32).reshape(
        len(analysed), widths["functions"]
    )
    blocks = [
        text,
        sparse_rows([row.concepts for row in analysed], widths["concepts"]),
        sparse_rows([row.nice for row in analysed], widths["nice"]),
        sp.csr_matrix(functions),
        sparse_rows([dict.fromkeys(row.professions, 1.0) for row in analysed], widths["professions"]),
    ]
    return sp.hstack(blocks, format="csr", dtype=np.float32)


@dataclass(frozen=True)
class VacancyVector:
    """A vacancy, encoded: pruned text query, required / nice-to-have concepts, functions and professions."""

    query_terms: np.ndarray  # int32 column indices of the text matrix
    query_weights: np.ndarray  # float32, L2-normalised over the kept terms
    required: np.ndarray  # float32 per concept, IDF-weighted
    nice: np.ndarray  # float32 per concept, IDF-weighted, zero where required already counts
    functions: np.ndarray  # float32 per function, shares summing to one (all zero when none is recognised)
    professions: np.ndarray  # int32 indices of required professions; a candidate needs one of them

    @classmethod
    def from_row(cls, encoded: EncodedRows, row: int, concept_idf: np.ndarray, query_terms: int) -> VacancyVector:
        """One vacancy's encoded row: its ``query_terms`` heaviest terms as a unit-length query (heaviest
        first), its concepts weighted by ``concept_idf``."""
        text = encoded.text[row]
        order = np.argsort(-text.data, kind="stable")[:query_terms]
        weights = text.data[order].astype(np.float32)
        norm = float(np.linalg.norm(weights)) or 1.0
        functions, professions = encoded.roles(row)
        return cls(
            query_terms=text.indices[order].astype(np.int32),
            query_weights=weights / norm,
            required=encoded.concepts[row].toarray().ravel() * concept_idf,
            nice=encoded.nice[row].toarray().ravel() * concept_idf,
            functions=functions,
            professions=np.array(professions, dtype=np.int32),
        )

    @property
    def profession_mask(self) -> int:
        """The required professions as a bit set (0 when the vacancy requires none)."""
        return int(sum(1 << int(p) for p in self.professions))


@dataclass(frozen=True)
class EncodedRows:
    """The blocks of encoded rows (profiles or vacancies), one row per document.

    For a profile, ``concepts`` are the concepts it shows (strength 0–1), ``functions`` the leader's affinity
    and ``professions`` the professions held; for a vacancy, the required concepts (before IDF), the concepts
    it names as nice to have, its function focus and the professions it requires. A profile names nothing as
    nice to have, so its ``nice`` row is empty.
    """

    text: sp.csr_matrix
    concepts: sp.csr_matrix
    nice: sp.csr_matrix
    functions: sp.csr_matrix
    professions: np.ndarray  # uint16 bit set per row (bit p = profession p)

    @classmethod
    def split(cls, matrix: sp.spmatrix, widths: dict[str, int]) -> EncodedRows:
        """The blocks of ``matrix``, whose columns are ``widths`` (block → columns) side by side."""
        matrix = sp.csr_matrix(matrix)
        edges = np.cumsum([0, *(widths[name] for name in BLOCKS)])
        parts = {name: matrix[:, int(a) : int(b)] for name, a, b in zip(BLOCKS, edges[:-1], edges[1:], strict=True)}
        flags = parts.pop("professions").toarray() > 0
        bits = flags.astype(np.uint16) @ (np.uint16(1) << np.arange(flags.shape[1], dtype=np.uint16))
        return cls(**parts, professions=np.asarray(bits, dtype=np.uint16).reshape(matrix.shape[0]))

    def __len__(self) -> int:
        return self.text.shape[0]

    def roles(self, row: int) -> Roles:
        """(function values, profession indices) of one row."""
        bits = int(self.professions[row])
        return self.functions[row].toarray().ravel(), [p for p in range(bits.bit_length()) if bits >> p & 1]

    def concept_strengths(self, row: int) -> dict[int, float]:
        """Concept index → strength of one row (a profile's evidence, a vacancy's requirement)."""
        found = self.concepts[row]
        return dict(zip(found.indices.tolist(), found.data.tolist(), strict=True))


def sparse_rows(rows: list[dict[int, float]], width: int) -> sp.csr_matrix:
    """A float32 CSR matrix from one {column: value} dict per row."""
    indptr, indices, data = [0], [], []
    for row in rows:
        indices.extend(row)
        data.extend(row.values())
        indptr.append(len(indices))
    return sp.csr_matrix(
        (np.array(data, dtype=np.float32), np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int64)),
        shape=(len(rows), width),
    )
