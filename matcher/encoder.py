"""Turn profiles and vacancies into the rows the ranker scores: neutralised text, concepts, roles.

The encoder is a scikit-learn transformer over documents (``ProfileDoc`` and ``VacancyDoc``): ``fit`` learns
from the population (vocabulary, IDF, compound parts, concept IDF) and ``transform`` encodes new or edited
documents with the same vocabulary, so an edit never needs a refit. Its output is one sparse matrix whose
columns come in blocks (``matcher.encoded``): text terms, concepts, nice-to-have concepts, functions and
professions. ``blocks`` and ``vacancy_vectors`` read that matrix for the index. Each text is analysed once
per transform: the same tokens feed the TF-IDF row and the concept matcher. Fitting uses at most
``fit_sample`` profiles (IDF settles long before a million), which bounds memory on large populations.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from numbers import Integral, Real

import numpy as np
import scipy.sparse as sp
from joblib import Parallel, delayed, effective_n_jobs
from sklearn.base import BaseEstimator, TransformerMixin, _fit_context
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.utils._param_validation import Interval, RealNotInt
from sklearn.utils.validation import check_is_fitted

from .concepts import ConceptMatcher
from .documents import ProfileDoc, VacancyDoc
from .encoded import BLOCKS, EncodedRows, Roles, VacancyVector, sparse_rows
from .functions import FunctionRecogniser
from .lexicon import Lexicon
from .text import DanishAnalyzer, identity

__all__ = ["DocumentEncoder", "EncodedRows", "Roles", "VacancyVector", "noisy_or"]

# How much a concept found in each part of a profile counts (the leader's own competence list most).
PROFILE_FIELDS = {"competences": 1.0, "titles": 0.7, "narrative": 0.6, "education": 0.3}
# Which parts of a vacancy say what it requires (the title names the policy domain).
VACANCY_FIELDS = {"competences": 1.0, "title": 0.8, "description": 0.5}
# How much each source says about a leader's function: the current title most, concepts in the leader's own
# competence list next, earlier titles and unit names less, concepts in free text least.
PROFILE_FUNCTION_SOURCES = {
    "title": 1.0,
    "experience_titles": 0.6,
    "organisations": 0.4,
    "competences": 0.6,
    "title_concepts": 0.5,
    "narrative": 0.3,
    "profession": 0.5,
}
VACANCY_FUNCTION_SOURCES = {"title": 1.0, "organisation": 0.4, "competences": 0.6, "description": 0.3}
# Below this many documents, encoding in worker processes costs more (start-up, pickling) than it saves.
PARALLEL_MINIMUM = 10_000

Document = ProfileDoc | VacancyDoc
Segments = list[list[str]]
# One document analysed: (TF-IDF tokens, concepts (a vacancy's required ones), a vacancy's nice-to-have
# concepts, function values, profession indices).
Analysed = tuple[list[str], dict[int, float], dict[int, float], np.ndarray, list[int]]
_DF_LIMIT = [Interval(Integral, 1, None, closed="left"), Interval(RealNotInt, 0, 1, closed="both")]


def noisy_or(weights: list[float]) -> float:
    """Combine evidence from several fields: more mentions raise confidence, never above one."""
    return 1.0 - math.prod(1.0 - w for w in weights)


def _flatten(segments: Segments) -> list[str]:
    return [token for segment in segments for token in segment]


def _token_share(corpus: list[list[str]]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for tokens in corpus:
        counts.update(set(tokens))
    return {token: count / len(corpus) for token, count in counts.items()}


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
    small_corpus : int
        Below this many documents, document frequencies are too few to judge a word by: ``max_df`` is not
        applied, no word is silenced for sector skew and no concept phrase counts as common.
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
        texts = [self._rewrite(p.full_text()) for p in sample] + [self._rewrite(v.full_text()) for v in vacancies]
        self.analyzer_ = DanishAnalyzer(
            extra_vocabulary=lexicon.vocabulary(),
            neutral_terms=lexicon.neutral_terms(),
            exact_terms=lexicon.exact_terms(self.organisation_names),
        ).fit(texts)
        profile_fields = [self._profile_segments(p) for p in sample]
        corpus = [self._profile_tokens(fields) for fields in profile_fields]
        corpus += [_flatten(self._vacancy_segments(v)[0]) for v in vacancies]
        small = len(corpus) < self.small_corpus
        try:
            if not corpus:
                raise ValueError("no texts yet")
            self.vectorizer_ = self._vectorizer(self.min_df, 1.0 if small else self.max_df).fit(corpus)
        except ValueError:  # none, or "no terms remain": no word is shared by min_df texts yet
            taxonomy = [self.analyzer_.analyse(phrase) for _index, phrase, _sector in lexicon.phrases()]
            self.vectorizer_ = self._vectorizer(1, 1.0).fit(taxonomy)
        self.silenced_terms_ = 0
        if not small and self.max_sector_skew is not None:
            self._silence_sector_terms(corpus[: len(sample)], [p.sector for p in sample])
        self.concept_ids_ = lexicon.concept_ids()
        self.n_concepts_ = len(self.concept_ids_)
        self.recogniser_ = FunctionRecogniser(lexicon.functions, lexicon.professions, self.concept_ids_)
        self.n_functions_ = len(lexicon.functions)
        self.block_widths_ = dict(
            zip(
                BLOCKS,
                (
                    len(self.vectorizer_.vocabulary_),
                    self.n_concepts_,
                    self.n_concepts_,
                    self.n_functions_,
                    len(lexicon.professions),
                ),
                strict=True,
            )
        )
        self.matcher_ = ConceptMatcher(
            lexicon.phrases(),
            self.analyzer_,
            None if small else _token_share(corpus),
            ambiguous=self.analyzer_.ambiguous_stems(),
        )
        analysed = [
            (corpus[i], *self._profile_analysis(profile, fields))
            for i, (profile, fields) in enumerate(zip(sample, profile_fields, strict=True))
        ]
        # The concept IDF is TF-IDF's smoothed IDF over the sample's concept sets: ln((1 + n) / (1 + df)) + 1.
        found = sparse_rows([dict.fromkeys(row[1], 1.0) for row in analysed], self.n_concepts_)
        self.concept_idf_ = (
            TfidfTransformer(smooth_idf=True).fit(found).idf_.astype(np.float32)
            if analysed
            else np.ones(self.n_concepts_, dtype=np.float32)  # no profiles yet: every concept counts alike
        )
        return analysed

    @staticmethod
    def _vectorizer(min_df, max_df) -> TfidfVectorizer:
        return TfidfVectorizer(analyzer=identity, min_df=min_df, max_df=max_df, sublinear_tf=True, dtype=np.float32)

    def _silence_sector_terms(self, corpus: list[list[str]], sectors: list[str]) -> None:
        """Give no weight to words that mostly say which sector a profile comes from.

        A word used far more in one sector's profiles than in the others' (its share of documents in that
        sector over its mean share across sectors above ``max_sector_skew``) tells the ranker the sector, not
        the competence; raw text similarity would then keep candidates inside their own sector. Such words
        get an IDF of 0, so neither profiles nor vacancies carry them.
        """
        names, sector_of = np.unique(np.array(sectors), return_inverse=True)
        # Which profiles use each word (the fitted vectoriser's rows, as 0/1), summed per sector.
        uses = (self.vectorizer_.transform(corpus) > 0).astype(np.float64)
        members = sp.csr_matrix((np.ones(len(corpus)), (sector_of, np.arange(len(corpus)))), (len(names), len(corpus)))
        counts = (members @ uses).toarray()
        sizes = np.bincount(sector_of, minlength=len(names)).astype(np.float64)
        shares = counts / np.maximum(sizes, 1)[:, None]
        mean = shares.mean(axis=0)
        skew = np.divide(shares.max(axis=0), mean, out=np.zeros_like(mean), where=mean > 0)
        idf = self.vectorizer_.idf_.copy()
        idf[skew > self.max_sector_skew] = 0.0
        self.vectorizer_.idf_ = idf
        self.silenced_terms_ = int((skew > self.max_sector_skew).sum())

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
        vectors = []
        for i in range(len(encoded)):
            text = encoded.text[i]
            order = np.argsort(-text.data, kind="stable")[: self.max_query_terms]
            weights = text.data[order].astype(np.float32)
            norm = float(np.linalg.norm(weights)) or 1.0
            functions, professions = encoded.roles(i)
            vectors.append(
                VacancyVector(
                    query_terms=text.indices[order].astype(np.int32),
                    query_weights=weights / norm,
                    required=encoded.concepts[i].toarray().ravel() * self.concept_idf_,
                    nice=encoded.nice[i].toarray().ravel() * self.concept_idf_,
                    functions=functions,
                    professions=np.array(professions, dtype=np.int32),
                )
            )
        return vectors

    def _encode(self, documents: Sequence[Document]) -> sp.csr_matrix:
        return self._matrix([self._analyse(document) for document in documents])

    def _analyse(self, document: Document) -> Analysed:
        if isinstance(document, ProfileDoc):
            fields = self._profile_segments(document)
            return (self._profile_tokens(fields), *self._profile_analysis(document, fields))
        return self._vacancy_analysis(document)

    def _matrix(self, analysed: list[Analysed]) -> sp.csr_matrix:
        widths = self.block_widths_
        text = (
            self.vectorizer_.transform([row[0] for row in analysed])
            if analysed
            else sp.csr_matrix((0, widths["text"]), dtype=np.float32)
        )
        functions = np.array([row[3] for row in analysed], dtype=np.float32).reshape(len(analysed), self.n_functions_)
        blocks = [
            text,
            sparse_rows([row[1] for row in analysed], self.n_concepts_),
            sparse_rows([row[2] for row in analysed], self.n_concepts_),
            sp.csr_matrix(functions),
            sparse_rows([dict.fromkeys(row[4], 1.0) for row in analysed], widths["professions"]),
        ]
        return sp.hstack(blocks, format="csr", dtype=np.float32)

    # -- profiles ----------------------------------------------------------------------------------------

    def _profile_segments(self, profile: ProfileDoc) -> dict[str, Segments]:
        return {
            name: self.analyzer_.analyse_segments(self._rewrite(text)) for name, text in profile.text_fields().items()
        }

    @staticmethod
    def _profile_tokens(fields: dict[str, Segments]) -> list[str]:
        """The profile's TF-IDF tokens; competences twice, as they are the leader's own summary."""
        competences = _flatten(fields["competences"])
        return (
            competences
            + competences
            + _flatten(fields["titles"])
            + _flatten(fields["narrative"])
            + _flatten(fields["education"])
        )

    def _profile_analysis(
        self, profile: ProfileDoc, fields: dict[str, Segments]
    ) -> tuple[dict[int, float], dict[int, float], np.ndarray, list[int]]:
        """Concept strengths, (no nice-to-haves), function affinity and professions, from one concept pass."""
        by_field = {name: self.matcher_.find_in_segments(segments) for name, segments in fields.items()}
        recogniser = self.recogniser_
        professions = sorted(
            set(recogniser.professions_in([profile.title, *(e.title for e in profile.experience), profile.education]))
            | set(recogniser.professions_stated([profile.summary, *(e.description for e in profile.experience)]))
        )
        organisations = [profile.organisation, *(e.organisation for e in profile.experience)]

        def strongest(texts: list[str]) -> np.ndarray:
            return np.max([recogniser.title_evidence(t) for t in ["", *texts]], axis=0)

        def concepts(name: str) -> np.ndarray:
            return recogniser.concept_evidence(dict.fromkeys(by_field.get(name, {}), 1.0))

        sources = PROFILE_FUNCTION_SOURCES
        evidence = recogniser.combine(
            [
                (recogniser.title_evidence(profile.title), sources["title"]),
                (strongest([e.title for e in profile.experience]), sources["experience_titles"]),
                (strongest([o for o in organisations if o]), sources["organisations"]),
                (concepts("competences"), sources["competences"]),
                (concepts("titles"), sources["title_concepts"]),
                (concepts("narrative"), sources["narrative"]),
                (recogniser.profession_evidence_functions(professions), sources["profession"]),
            ]
        )
        strengths: dict[int, list[float]] = {}
        for name, found in by_field.items():
            for index in found:
                strengths.setdefault(index, []).append(PROFILE_FIELDS[name])
        combined = {index: noisy_or(weights) for index, weights in strengths.items()}
        return combined, {}, recogniser.leader_affinity(evidence), professions

    # -- vacancies ---------------------------------------------------------------------------------------

    def _vacancy_analysis(self, vacancy: VacancyDoc) -> Analysed:
        """TF-IDF tokens, required and nice-to-have concepts, function focus and required professions."""
        segments, fields = self._vacancy_segments(vacancy)
        found = {name: self.matcher_.find_in_segments(field) for name, field in fields.items()}
        evidence: dict[int, list[float]] = {}
        for name, weight in VACANCY_FIELDS.items():
            for index in found[name]:
                evidence.setdefault(index, []).append(weight)
        required = {index: noisy_or(weights) for index, weights in evidence.items()}
        nice = {index: 1.0 for index in found["nice_to_have"] if index not in required}
        recogniser, sources = self.recogniser_, VACANCY_FUNCTION_SOURCES

        def concepts(name: str) -> np.ndarray:
            return recogniser.concept_evidence(dict.fromkeys(found[name], 1.0))

        focus = recogniser.combine(
            [
                (np.maximum(recogniser.title_evidence(vacancy.title), concepts("title")), sources["title"]),
                (recogniser.title_evidence(vacancy.organisation), sources["organisation"]),
                (concepts("competences"), sources["competences"]),
                (concepts("description"), sources["description"]),
            ]
        )
        professions = recogniser.required_professions(vacancy.title, [vacancy.description], vacancy.competences)
        return _flatten(segments), required, nice, recogniser.vacancy_focus(focus), professions

    def _vacancy_segments(self, vacancy: VacancyDoc) -> tuple[Segments, dict[str, Segments]]:
        """(all segments for TF-IDF, segments by field); required competences count twice in the text."""
        fields = {
            "title": self.analyzer_.analyse_segments(self._rewrite(vacancy.title)),
            "competences": self.analyzer_.analyse_segments(self._rewrite("\n".join(vacancy.competences))),
            "nice_to_have": self.analyzer_.analyse_segments(self._rewrite("\n".join(vacancy.nice_to_have))),
            "description": self.analyzer_.analyse_segments(self._rewrite(vacancy.description)),
        }
        text = fields["title"] + fields["competences"] + fields["competences"] + fields["nice_to_have"]
        return text + fields["description"], fields

    def _rewrite(self, text: str) -> str:
        return self.lexicon_.rewrite_boilerplate(text)
