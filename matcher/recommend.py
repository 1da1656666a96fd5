"""The reverse direction: rank published vacancies for one leader, with the same component function."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .documents import ProfileDoc, VacancyDoc
from .encoded import VacancyVector
from .encoder import DocumentEncoder
from .index import RankedCandidate, ranked_item
from .pairs import VacancyRows, component_matrix, open_and_qualified
from .segment import Segment
from .weights import Weights


class VacancySet(VacancyRows):
    """Published vacancies encoded once with the candidate index's encoder."""

    @classmethod
    def build(
        cls, encoder: DocumentEncoder, vacancies: Sequence[VacancyDoc], vectors: Sequence[VacancyVector] | None = None
    ) -> VacancySet:
        """Encode vacancies (text rows are the pruned, L2-normalised queries; concept targets IDF-weighted), or
        stack ``vectors`` already analysed for them (``CandidateIndex.vacancy_vector``)."""
        return cls.encode(encoder, vacancies, vectors)

    def rank(
        self, encoder: DocumentEncoder, profile: ProfileDoc, weights: Weights | None = None, limit: int = 10
    ) -> list[RankedCandidate]:
        """Vacancies for a leader, best first; vacancies in sectors the leader is not open to are left out."""
        if len(self) == 0:
            return []
        leader = Segment.build(encoder, [profile])
        values = component_matrix(leader, self)
        # A vacancy in a sector the leader is closed to, or requiring a profession the leader lacks, is not
        # recommended.
        is_open, qualified = open_and_qualified(leader, self)
        eligible = is_open & qualified
        w = (weights or Weights()).vector()
        scores = np.where(eligible, values @ w, -np.inf)
        order = [i for i in np.argsort(-scores, kind="stable")[:limit] if np.isfinite(scores[i])]
        return [ranked_item(int(self.keys[i]), float(scores[i]), values[i]) for i in order]
