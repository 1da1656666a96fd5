"""The reverse direction: rank published vacancies for one leader, with the same components."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from . import components as C
from .components import assemble
from .documents import ProfileDoc, VacancyDoc
from .encoder import DocumentEncoder
from .index import NICE_TO_HAVE_SHARE, RankedCandidate, distances_from, municipality_row, ranked_item
from .weights import Weights


@dataclass
class VacancySet:
    """Published vacancies encoded once with the candidate index's encoder."""

    keys: np.ndarray
    text: sp.csr_matrix
    target: sp.csr_matrix  # required + share × nice-to-have, per concept
    target_total: np.ndarray
    level: np.ndarray
    municipality: np.ndarray
    sector: np.ndarray
    functions: np.ndarray  # function shares per vacancy (rows × functions)
    professions: np.ndarray  # required professions per vacancy as a bit set (0 = none)

    @classmethod
    def build(cls, encoder: DocumentEncoder, vacancies: Sequence[VacancyDoc]) -> VacancySet:
        """Encode vacancies (text rows L2-normalised; concept targets IDF-weighted)."""
        vectors = [encoder.transform_vacancy(v) for v in vacancies]
        width = len(encoder.vectorizer_.vocabulary_)
        text = sp.csr_matrix((len(vacancies), width), dtype=np.float32)
        if vacancies:
            rows = [
                sp.csr_matrix((v.query_weights, v.query_terms, [0, len(v.query_terms)]), shape=(1, width))
                for v in vectors
            ]
            text = sp.vstack(rows).tocsr().astype(np.float32)
        target = np.array([v.required + NICE_TO_HAVE_SHARE * v.nice for v in vectors], dtype=np.float32).reshape(
            len(vacancies), encoder.n_concepts_
        )
        return cls(
            keys=np.array([v.key for v in vacancies], dtype=np.int64),
            text=text,
            target=sp.csr_matrix(target),
            target_total=target.sum(axis=1).astype(np.float32),
            level=np.array([v.level for v in vacancies], dtype=np.int8),
            municipality=np.array([municipality_row(v.municipality_code) for v in vacancies], dtype=np.int16),
            sector=np.array([C.SECTOR_INDEX[v.sector] for v in vacancies], dtype=np.int8),
            functions=np.array([v.functions for v in vectors], dtype=np.float32).reshape(
                len(vacancies), encoder.n_functions_
            ),
            professions=np.array([v.profession_mask for v in vectors], dtype=np.uint16),
        )

    def rank(
        self, encoder: DocumentEncoder, profile: ProfileDoc, weights: Weights | None = None, limit: int = 10
    ) -> list[RankedCandidate]:
        """Vacancies for a leader, best first; vacancies in sectors the leader is not open to are left out."""
        n = len(self.keys)
        if n == 0:
            return []
        encoded = encoder.transform_profiles([profile])
        with np.errstate(divide="ignore", invalid="ignore"):
            competence = np.asarray(self.target @ encoded.concepts.T.toarray()).ravel() / self.target_total
        distances = distances_from(profile.municipality_code)[self.municipality]
        values = assemble(
            n,
            competence=competence,
            function=self.functions @ encoded.functions.toarray().ravel(),
            text=np.asarray(self.text @ encoded.text.T.toarray()).ravel(),
            level=C.level_fit(np.full(n, profile.level), self.level.astype(np.int16)),
            geography=C.geography_fit(distances, np.full(n, profile.max_commute_km)),
            willingness=C.willingness(np.array([C.SEEKING_INDEX[profile.seeking]]))[0],
            cross_sector=self.sector != C.SECTOR_INDEX[profile.sector],
        )
        # A vacancy that requires a profession the leader lacks is not recommended.
        qualified = C.meets_profession(int(encoded.professions[0]), self.professions)
        eligible = (C.open_bits(profile.open_to_sectors) & (1 << self.sector.astype(np.uint8))) != 0
        eligible &= qualified
        w = (weights or Weights()).vector()
        scores = np.where(eligible, values @ w, -np.inf)
        order = [i for i in np.argsort(-scores, kind="stable")[:limit] if np.isfinite(scores[i])]
        return [ranked_item(int(self.keys[i]), float(scores[i]), values[i]) for i in order]
