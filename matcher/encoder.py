"""Turn profiles and vacancies into the rows the ranker scores: neutralised text, concepts, roles.

The encoder is a scikit-learn transformer over documents (``ProfileDoc`` and ``VacancyDoc``): ``fit`` learns
from the population (the analyser's compound parts; vocabulary, IDF and concept IDF in ``matcher.vocabulary``)
and ``transform`` encodes new or edited documents with the same vocabulary, so an edit never needs a refit. Its
output is one sparse matrix whose columns come in blocks (``matcher.encoded``): text terms, concepts,
nice-to-have concepts, functions and professions. ``blocks`` and ``vacancy_vectors`` read that matrix for the
index. Each text is analysed once per transform (``matcher.analysis``): the same tokens feed the TF-IDF row and
the concept matcher. Fitting uses at most ``fit_sample`` profiles (IDF settles long before a million), which
bounds memory on large populations.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from numbers import Integral, Real

import numpy as np
import scipy.sparse as sp
from joblib import Parallel, delayed, effective_n_jobs
from sklearn.base import BaseEstimator, TransformerMixin, _fit_context
from sklearn.utils._param_validation import Interval, RealNotInt
from sklearn.utils.validation import check_is_fitted

from .analysis import Document, DocumentReader, Segmenter, flatten, profile_tokens
from .concepts import ConceptMatcher
from .describing import describable
from .documents import ProfileDoc, VacancyDoc
from .encoded import BLOCKS, Analysed, EncodedRows, VacancyVector, stack_blocks
from .functions import FunctionRecogniser
from .lexicon import Lexicon
from .text import DanishAnalyzer
from .vocabulary import concept_idf, fit_vocabulary, silence_sector_terms, token_share

# Below this many documents, encoding in worker processes costs more (start-up, pickling) than it saves.
PARALLEL_MINIMUM = 10_000

_DF_LIMIT = [Interval(Integral, 1, None, closed="left"), Interval(RealNotInt, 0, 1, closed="both")]


def _documents(X: Iterable[Document]) -> list[Document]:
    """``X`` as a list, refusing anything but profile and vacancy documents (a string is no sequence of them)."""
    documents = [X] if isinstance(X, str) else list(X)
    for document in documents:
        if not isinstance(document, ProfileDoc | VacancyDoc):
            raise TypeError(f"DocumentEncoder encodes ProfileDoc and VacancyDoc, not {type(document).__name__}")
    return documents


class DocumentEncoder(TransformerMixin, BaseEstimator):
    """Fit the analyser, the TF-IDF vocabulary and the concept matcher; encode profiles and vacancies.

    Parameters
    ----------
    lexicon : Lexicon or None
        Concepts, neutral terms and boilerplate (default: the project's taxonomy and glossary).
    min_df, max_df : int or float
        TF-IDF document-frequency limits, as ``TfidfVectorizer``'s: an int is a number of documents, a
        float a share of them. ``max_df`` applies from ``small_corpus`` documents on (see there); ``min_df``
        always applies, so a word only one person wrote never enters the vocabulary (deleting them would
        leave it in a saved index). When no word passes ``min_df`` (a new service), the taxonomy's own words
        are the vocabulary.
    max_query_terms : int
        Keep only this many of a vacancy's heaviest terms; the rest add cost, not signal.
    fit_sample : int
        Fit on at most this many profiles (an even spread of them): vocabulary and IDF are stable long
        before, and the fit runs on one core while the rest of a population is encoded on all of them.
    max_sector_skew : float or None
        Silence words used this many times more in one sector's profiles than on average (None: keep all).
    concept_sector_damping : float
        Divide each competence concept's IDF by its sector skew to this power (0: no damping; policy areas
        are never damped); see ``vocabulary.concept_idf``. Chosen on the main and held-out wordings and the
        demo data, not on the independent wording: at 1, nDCG@10, exposure and function mismatch were all
        better than undamped; 2 gave more exposure but lower nDCG@10 and more demo candidates from outside
        the vacancy's function.
    small_corpus : int
        Below this many documents, document frequencies are too few to judge a word by: ``max_df`` is not
        applied, no word is silenced and no concept damped for sector skew, and no concept phrase counts as
        common.
    organisation_names : sequence of str
        Names of organisations, read as one shared token (like place names), so that no employer's name
        says which sector a text comes from.
    n_jobs : int or None
        Processes for encoding more than ``PARALLEL_MINIMUM`` documents (joblib; None means one). The rows
        are the same either way.

    >>> from matcher.documents import VacancyDoc
    >>> post = VacancyDoc(1, "kommune", 2, 101, title="Chef for udvalgsbetjening")
    >>> encoder = DocumentEncoder().fit([post])
    >>> rows = encoder.transform([post])
    >>> rows.shape == (1, sum(encoder.block_widths_.values()))
    True
    """

    _parameter_constraints: dict = {
        "lexicon": [Lexicon, None],
        "min_df": _DF_LIMIT,
        "max_df": _DF_LIMIT,
        "max_query_terms": [Interval(Integral, 1, None, closed="left")],
        "fit_sample": [Interval(Integral, 1, None, closed="left")],
        "max_sector_skew": [Interval(Real, 0, None, closed="neither"), None],
        "concept_sector_damping": [Interval(Real, 0, None, closed="left")],
        "small_corpus": [Interval(Integral, 0, None, closed="left")],
        "organisation_names": ["array-like"],
        "n_jobs": [Integral, None],
    }

    def __init__(
        self,
        lexicon=None,
        min_df=2,
        max_df=0.5,
        max_query_terms=40,
        fit_sample=20_000,
        max_sector_skew=1.5,
        concept_sector_damping=1.0,
        small_corpus=50,
        organisation_names=(),
        n_jobs=None,
    ):
        self.lexicon = lexicon
        self.min_df = min_df
        self.max_df = max_df
        self.max_query_terms = max_query_terms
        self.fit_sample = fit_sample
        self.max_sector_skew = max_sector_skew
        self.concept_sector_damping = concept_sector_damping
        self.small_corpus = small_corpus
        self.organisation_names = organisation_names
        self.n_jobs = n_jobs

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True  # documents of text, like TfidfVectorizer's input
        tags.transformer_tags.preserves_dtype = []
        return tags

    # -- fitting ---------------------------------------------------------------------------------------

    @_fit_context(prefer_skip_nested_validation=True)
    def fit(self, X: Iterable[Document], y=None):
        """Learn vocabulary and concept IDF from profiles and vacancies; returns self."""
        documents = _documents(X)
        self._fit(
            [d for d in documents if isinstance(d, ProfileDoc)], [d for d in documents if isinstance(d, VacancyDoc)]
        )
        return self

    @_fit_context(prefer_skip_nested_validation=True)
    def fit_transform(self, X: Iterable[Document], y=None) -> sp.csr_matrix:
        """Fit, then encode ``X``, analysing the fit sample's texts only once.

        The rest of a large population is encoded in ``n_jobs`` processes. Rows keep ``X``'s order.
        """
        documents = _documents(X)
        at = [i for i, d in enumerate(documents) if isinstance(d, ProfileDoc)]
        analysed = self._fit([documents[i] for i in at], [d for d in documents if isinstance(d, VacancyDoc)])
        sample = at[:: self._sample_step(len(at))]
        in_sample = set(sample)
        rest = [i for i in range(len(documents)) if i not in in_sample]
        rows = sp.vstack([self._matrix(analysed), self.transform([documents[i] for i in rest])], format="csr")
        return rows[np.argsort(np.array(sample + rest, dtype=np.int64), kind="stable")]

    def _sample_step(self, count: int) -> int:
        """Every ``step``-th profile is in the fit sample (an even spread of at most ``fit_sample``)."""
        return max(1, math.ceil(count / self.fit_sample))

    def _fit(self, profiles: Sequence[ProfileDoc], vacancies: Sequence[VacancyDoc]) -> list[Analysed]:
        """Fit every part; returns the fit sample's profiles analysed (``fit_transform`` reuses them)."""
        lexicon = self.lexicon_ = self.lexicon or Lexicon.default()
        sample = list(profiles[:: self._sample_step(len(profiles))])
        texts = [lexicon.rewrite_boilerplate(d.full_text()) for d in [*sample, *vacancies]]
        self.analyzer_ = DanishAnalyzer(
            extra_vocabulary=lexicon.vocabulary(),
            neutral_terms=lexicon.neutral_terms(),
            exact_terms=lexicon.exact_terms(self.organisation_names),
        ).fit(texts)
        segmenter = Segmenter(lexicon, self.analyzer_)
        profile_fields = [segmenter.profile(p) for p in sample]
        corpus = [profile_tokens(fields) for fields in profile_fields]
        corpus += [flatten(segmenter.vacancy(v)[0]) for v in vacancies]
        small = len(corpus) < self.small_corpus
        self.vectorizer_ = fit_vocabulary(corpus, self.min_df, 1.0 if small else self.max_df, self.analyzer_, lexicon)
        self.silenced_terms_ = 0
        if not small and self.max_sector_skew is not None:
            self.silenced_terms_ = silence_sector_terms(
                self.vectorizer_, corpus[: len(sample)], [p.sector for p in sample], self.max_sector_skew
            )
        self.concept_ids_ = lexicon.concept_ids()
        self.n_concepts_ = len(self.concept_ids_)
        self.recogniser_ = FunctionRecogniser(lexicon.functions, lexicon.professions, self.concept_ids_)
        self.n_functions_ = len(lexicon.functions)
        widths = (len(self.vectorizer_.vocabulary_), self.n_concepts_, self.n_concepts_, self.n_functions_)
        self.block_widths_ = dict(zip(BLOCKS, (*widths, len(lexicon.professions)), strict=True))
        self.matcher_ = ConceptMatcher(
            lexicon.phrases(),
            self.analyzer_,
            None if small else token_share(corpus),
            ambiguous=self.analyzer_.ambiguous_stems(),
            describable=describable(lexicon.concepts),
        )
        reader = self._reader()
        analysed = [
            reader.profile(profile, corpus[i], fields)
            for i, (profile, fields) in enumerate(zip(sample, profile_fields, strict=True))
        ]
        self.concept_idf_ = concept_idf(
            [row.concepts for row in analysed],
            self.n_concepts_,
            [p.sector for p in sample],
            0.0 if small else self.concept_sector_damping,
            damped=np.array([not concept.is_policy_area for concept in lexicon.concepts]),
        )
        return analysed

    def _reader(self) -> DocumentReader:
        """The fitted parts that analyse a document (a view of them: building it changes nothing)."""
        return DocumentReader(Segmenter(self.lexicon_, self.analyzer_), self.matcher_, self.recogniser_)

    # -- encoding ----------------------------------------------------------------------------------------

    def transform(self, X: Iterable[Document]) -> sp.csr_matrix:
        """One float32 row per document, its columns the blocks of ``block_widths_`` side by side.

        With ``n_jobs`` other than 1 and more than ``PARALLEL_MINIMUM`` documents, chunks are encoded in
        worker processes (joblib); the rows are the same either way.
        """
        check_is_fitted(self, "vectorizer_")
        documents = _documents(X)
        jobs = effective_n_jobs(self.n_jobs)
        if jobs > 1 and len(documents) > PARALLEL_MINIMUM:
            size = math.ceil(len(documents) / (jobs * 4))
            chunks = [documents[start : start + size] for start in range(0, len(documents), size)]
            return sp.vstack(Parallel(n_jobs=jobs)(delayed(self._encode)(chunk) for chunk in chunks), format="csr")
        return self._encode(documents)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """Column names: ``text:<term>``, ``concept:<id>``, ``nice:<id>``, ``function:<id>``, ``profession:<id>``."""
        check_is_fitted(self, "block_widths_")
        recogniser = self.recogniser_
        return np.array(
            [f"text:{term}" for term in self.vectorizer_.get_feature_names_out()]
            + [f"concept:{concept}" for concept in self.concept_ids_]
            + [f"nice:{concept}" for concept in self.concept_ids_]
            + [f"function:{function}" for function in recogniser.function_ids]
            + [f"profession:{profession.id}" for profession in recogniser.professions],
            dtype=object,
        )

    def blocks(self, rows: sp.spmatrix) -> EncodedRows:
        """The blocks of rows this encoder's ``transform`` made (text, concepts, functions, …)."""
        check_is_fitted(self, "block_widths_")
        return EncodedRows.split(rows, self.block_widths_)

    def vacancy_vectors(self, rows: sp.spmatrix) -> list[VacancyVector]:
        """Vacancies' rows from ``transform`` shaped for ranking: the ``max_query_terms`` heaviest terms as a
        unit-length query (heaviest first), concepts weighted by the concept IDF."""
        encoded = self.blocks(rows)
        return [
            VacancyVector.from_row(encoded, i, self.concept_idf_, self.max_query_terms) for i in range(len(encoded))
        ]

    def _encode(self, documents: Sequence[Document]) -> sp.csr_matrix:
        reader = self._reader()
        return self._matrix([reader.analyse(document) for document in documents])

    def _matrix(self, analysed: list[Analysed]) -> sp.csr_matrix:
        text = (
            self.vectorizer_.transform([row.tokens for row in analysed])
            if analysed
            else sp.csr_matrix((0, self.block_widths_["text"]), dtype=np.float32)
        )
        return stack_blocks(text, analysed, self.block_widths_)
