"""Fit what the encoder weighs words and concepts by: the TF-IDF vocabulary, sector-skew silencing, concept IDF.

Each function learns from the fit sample's analysed tokens (``DocumentEncoder._fit`` calls them in order) and
uses scikit-learn's own TF-IDF code, so a term and a concept are weighted by the same, documented rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer

from .encoded import sparse_rows
from .lexicon import Lexicon
from .text import DanishAnalyzer, identity


def tfidf(min_df: int | float, max_df: int | float) -> TfidfVectorizer:
    """A TF-IDF vectoriser over already analysed tokens (sublinear term frequency, float32 rows)."""
    return TfidfVectorizer(analyzer=identity, min_df=min_df, max_df=max_df, sublinear_tf=True, dtype=np.float32)


def fit_vocabulary(
    corpus: list[list[str]], min_df: int | float, max_df: int | float, analyzer: DanishAnalyzer, lexicon: Lexicon
) -> TfidfVectorizer:
    """The TF-IDF vocabulary of ``corpus``; the taxonomy's own words when no word passes ``min_df`` yet.

    A new service has too few texts for any word to be shared by ``min_df`` of them: ranking then still works
    on the words the taxonomy's phrases are made of.
    """
    try:
        if not corpus:
            raise ValueError("no texts yet")
        return tfidf(min_df, max_df).fit(corpus)
    except ValueError:  # none, or "no terms remain": no word is shared by min_df texts yet
        taxonomy = [analyzer.analyse(phrase) for _index, phrase, _sector in lexicon.phrases()]
        return tfidf(1, 1.0).fit(taxonomy)


def silence_sector_terms(
    vectorizer: TfidfVectorizer, corpus: list[list[str]], sectors: list[str], max_skew: float
) -> int:
    """Give no weight to words that mostly say which sector a profile comes from; returns how many.

    A word used far more in one sector's profiles than in the others' (its share of documents in that
    sector over its mean share across sectors above ``max_skew``) tells the ranker the sector, not the
    competence; raw text similarity would then keep candidates inside their own sector. Such words get an
    IDF of 0 in the fitted ``vectorizer``, so neither profiles nor vacancies carry them.
    """
    skew = sector_skew(vectorizer.transform(corpus), sectors)
    idf = vectorizer.idf_.copy()
    idf[skew > max_skew] = 0.0
    vectorizer.idf_ = idf
    return int((skew > max_skew).sum())


def sector_skew(uses: sp.spmatrix, sectors: list[str]) -> np.ndarray:
    """Per column of ``uses`` (a row per profile, non-zero where it uses the word or concept): its share of
    profiles in the sector that uses it most, over its mean share across the sectors.

    1.0: every sector uses it alike; with four sectors, 4.0: only one does; 0: nobody does. Shares, not
    counts, so that a sector with more profiles does not look skewed.

    >>> sector_skew(sp.csr_matrix([[1, 1], [1, 0], [1, 0], [1, 0]]), ["stat", "stat", "kommune", "kommune"]).tolist()
    [1.0, 2.0]
    """
    names, sector_of = np.unique(np.array(sectors), return_inverse=True)
    present = (sp.csr_matrix(uses) > 0).astype(np.float64)
    members = sp.csr_matrix((np.ones(len(sectors)), (sector_of, np.arange(len(sectors)))), (len(names), len(sectors)))
    counts = (members @ present).toarray()
    sizes = np.bincount(sector_of, minlength=len(names)).astype(np.float64)
    shares = counts / np.maximum(sizes, 1)[:, None]
    mean = shares.mean(axis=0)
    return np.divide(shares.max(axis=0), mean, out=np.zeros_like(mean), where=mean > 0)


def token_share(corpus: list[list[str]]) -> dict[str, float]:
    """Each token's share of the documents that use it (the concept matcher's measure of a common phrase).

    >>> sorted(token_share([["borger", "borger", "service"], ["borger"]]).items())
    [('borger', 1.0), ('service', 0.5)]
    """
    counts: Counter[str] = Counter()
    for tokens in corpus:
        counts.update(set(tokens))
    return {token: count / len(corpus) for token, count in counts.items()}


def concept_idf(
    concept_sets: list[Iterable[int]],
    n_concepts: int,
    sectors: list[str] | None = None,
    damping: float = 0.0,
    damped: np.ndarray | None = None,
) -> np.ndarray:
    """TF-IDF's smoothed IDF over the profiles' concept sets, ln((1 + n) / (1 + df)) + 1; the concepts marked in
    ``damped`` (default: all) are divided by their ``sector_skew`` to the power ``damping``, given the
    profiles' ``sectors``.

    A competence that one sector's profiles name far more often than the others' is often that sector's way
    of wording something the others word differently, or that the taxonomy misses in their words; counted at
    full weight, it keeps candidates inside the vacancy's sector. Damped by its skew, it still counts, less the
    more it says the sector. Unlike words (silenced above a threshold), concepts are few and each names a
    competence, so they are weighed down smoothly rather than dropped. Policy areas are left undamped by the
    encoder: hospitals are mostly regional and schools municipal, and what a post is about must keep leading.
    With no profiles yet every concept counts alike (all ones).
    """
    if not concept_sets:
        return np.ones(n_concepts, dtype=np.float32)
    found = sparse_rows([dict.fromkeys(concepts, 1.0) for concepts in concept_sets], n_concepts)
    idf = TfidfTransformer(smooth_idf=True).fit(found).idf_
    if sectors is not None and damping > 0:
        factor = np.maximum(sector_skew(found, sectors), 1.0) ** damping
        idf = idf / (factor if damped is None else np.where(damped, factor, 1.0))
    return idf.astype(np.float32)
