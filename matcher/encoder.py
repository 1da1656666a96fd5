"""Turn profiles and vacancies into the vectors the ranker scores: neutralised text and concepts.

The encoder is fitted once on the whole population (vocabulary, IDF, compound parts) and then transforms
new or edited profiles incrementally with the same vocabulary, so an edit never needs a refit.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from .concepts import ConceptMatcher
from .documents import ProfileDoc, VacancyDoc
from .lexicon import Lexicon
from .text import DanishAnalyzer, identity

# How much a concept found in each part of a profile counts (the leader's own competence list most).
PROFILE_FIELDS = {"competences": 1.0, "titles": 0.7, "narrative": 0.6, "education": 0.3}
# Which parts of a vacancy say what it requires (the title names the policy domain).
VACANCY_FIELDS = {"competences": 1.0, "title": 0.8, "description": 0.5}
SMALL_CORPUS = 50


@dataclass(frozen=True)
class VacancyVector:
    """A vacancy, encoded: pruned text query and required / nice-to-have concept weights."""

    query_terms: np.ndarray  # int32 column indices of the text matrix
    query_weights: np.ndarray  # float32, L2-normalised over the kept terms
    required: np.ndarray  # float32 per concept, IDF-weighted
    nice: np.ndarray  # float32 per concept, IDF-weighted, zero where required already counts


def _token_share(corpus: list[list[str]]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for tokens in corpus:
        counts.update(set(tokens))
    return {token: count / len(corpus) for token, count in counts.items()}


def noisy_or(weights: list[float]) -> float:
    """Combine evidence from several fields: more mentions raise confidence, never above one."""
    return 1.0 - math.prod(1.0 - w for w in weights)


class DocumentEncoder(BaseEstimator):
    """Fit the analyser, the TF-IDF vocabulary and the concept matcher; encode profiles and vacancies.

    Parameters
    ----------
    lexicon : Lexicon or None
        Concepts, neutral terms and boilerplate (default: the project's taxonomy and glossary).
    min_df, max_df : int, float
        TF-IDF document-frequency limits (relaxed automatically on tiny corpora).
    max_query_terms : int
        Keep only this many of a vacancy's heaviest terms; the rest add cost, not signal.
    """

    def __init__(self, lexicon=None, min_df=2, max_df=0.5, max_query_terms=40):
        self.lexicon = lexicon
        self.min_df = min_df
        self.max_df = max_df
        self.max_query_terms = max_query_terms

    def fit(self, profiles: Sequence[ProfileDoc], vacancies: Sequence[VacancyDoc] = (), organisation_names=()):
        """Learn vocabulary and concept IDF from the population; returns self."""
        lexicon = self.lexicon_ = self.lexicon or Lexicon.default()
        texts = [self._text(p) for p in profiles] + [self._text(v) for v in vacancies]
        neutral = lexicon.neutral_terms(organisation_names)
        self.analyzer_ = DanishAnalyzer(extra_vocabulary=lexicon.vocabulary(), neutral_terms=neutral).fit(texts)
        small = len(texts) < SMALL_CORPUS
        corpus = [self.analyzer_.analyse(t) for t in texts]
        if not corpus:  # an empty service still needs a vocabulary: use the taxonomy's own words
            corpus = [self.analyzer_.analyse(phrase) for _index, phrase, _sector in lexicon.phrases()]
        self.vectorizer_ = TfidfVectorizer(
            analyzer=identity,
            min_df=1 if small else self.min_df,
            max_df=1.0 if small else self.max_df,
            sublinear_tf=True,
            dtype=np.float32,
        ).fit(corpus)
        self.concept_ids_ = lexicon.concept_ids()
        self.matcher_ = ConceptMatcher(lexicon.phrases(), self.analyzer_, None if small else _token_share(corpus))
        concepts = self._concept_matrix(profiles)
        df = np.bincount(concepts.indices, minlength=len(self.concept_ids_)).astype(np.float32)
        self.concept_idf_ = (np.log((1.0 + len(profiles)) / (1.0 + df)) + 1.0).astype(np.float32)
        self.n_concepts_ = len(self.concept_ids_)
        return self

    def transform_profiles(self, profiles: Sequence[ProfileDoc]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        """(text matrix, concept matrix) rows for these profiles, with the fitted vocabulary."""
        check_is_fitted(self, "vectorizer_")
        if not profiles:
            return sp.csr_matrix((0, len(self.vectorizer_.vocabulary_)), dtype=np.float32), self._concept_matrix(())
        text = self.vectorizer_.transform([self.analyzer_.analyse(self._text(p)) for p in profiles])
        return text.astype(np.float32).tocsr(), self._concept_matrix(profiles)

    def transform_vacancy(self, vacancy: VacancyDoc) -> VacancyVector:
        """Encode one vacancy for ranking candidates."""
        check_is_fitted(self, "vectorizer_")
        row = self.vectorizer_.transform([self.analyzer_.analyse(self._text(vacancy))]).tocsr()
        order = np.argsort(-row.data)[: self.max_query_terms]
        weights = row.data[order].astype(np.float32)
        norm = float(np.linalg.norm(weights)) or 1.0
        required = np.zeros(self.n_concepts_, dtype=np.float32)
        for index, weight in self._vacancy_required(vacancy).items():
            required[index] = weight
        nice = np.zeros(self.n_concepts_, dtype=np.float32)
        for index in self.matcher_.find(self.lexicon_.rewrite_boilerplate("\n".join(vacancy.nice_to_have))):
            if required[index] == 0:
                nice[index] = 1.0
        return VacancyVector(
            query_terms=row.indices[order].astype(np.int32),
            query_weights=weights / norm,
            required=required * self.concept_idf_,
            nice=nice * self.concept_idf_,
        )

    def profile_concepts(self, profile: ProfileDoc) -> dict[int, float]:
        """Concept index → strength (0–1) for one profile, combining its fields."""
        evidence: dict[int, list[float]] = {}
        for name, text in profile.text_fields().items():
            for index in self.matcher_.find(self.lexicon_.rewrite_boilerplate(text)):
                evidence.setdefault(index, []).append(PROFILE_FIELDS[name])
        return {index: noisy_or(weights) for index, weights in evidence.items()}

    def _vacancy_required(self, vacancy: VacancyDoc) -> dict[int, float]:
        fields = {
            "competences": "\n".join(vacancy.competences),
            "title": vacancy.title,
            "description": vacancy.description,
        }
        evidence: dict[int, list[float]] = {}
        for name, text in fields.items():
            for index in self.matcher_.find(self.lexicon_.rewrite_boilerplate(text)):
                evidence.setdefault(index, []).append(VACANCY_FIELDS[name])
        return {index: noisy_or(weights) for index, weights in evidence.items()}

    def _text(self, doc: ProfileDoc | VacancyDoc) -> str:
        return self.lexicon_.rewrite_boilerplate(doc.full_text())

    def _concept_matrix(self, profiles: Sequence[ProfileDoc]) -> sp.csr_matrix:
        indptr, indices, data = [0], [], []
        for profile in profiles:
            found = self.profile_concepts(profile)
            indices.extend(found)
            data.extend(found.values())
            indptr.append(len(indices))
        return sp.csr_matrix(
            (np.array(data, dtype=np.float32), np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int64)),
            shape=(len(profiles), len(self.concept_ids_)),
        )
