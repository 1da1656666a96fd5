"""Turn profiles and vacancies into the vectors the ranker scores: neutralised text and concepts.

The encoder is fitted once on the population (vocabulary, IDF, compound parts, concept IDF) and then
transforms new or edited profiles with the same vocabulary, so an edit never needs a refit. Every text is
analysed once: the same tokens feed the TF-IDF row and the concept matcher. Fitting uses at most
``fit_sample`` profiles (IDF settles long before a million), which bounds memory on large populations.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from joblib import Parallel, delayed, effective_n_jobs
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from .concepts import ConceptMatcher
from .documents import ProfileDoc, VacancyDoc
from .functions import FunctionRecogniser
from .lexicon import Lexicon
from .text import DanishAnalyzer, identity

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
SMALL_CORPUS = 50
# Below this many profiles, encoding in worker processes costs more (start-up, pickling) than it saves.
PARALLEL_MINIMUM = 10_000

Segments = list[list[str]]
# (TF-IDF tokens, concept strengths, (function evidence, profession indices)) of one profile
Roles = tuple[np.ndarray, list[int]]
Analysed = tuple[list[str], dict[int, float], Roles]


@dataclass(frozen=True)
class VacancyVector:
    """A vacancy, encoded: pruned text query, required / nice-to-have concepts, functions and professions."""

    query_terms: np.ndarray  # int32 column indices of the text matrix
    query_weights: np.ndarray  # float32, L2-normalised over the kept terms
    required: np.ndarray  # float32 per concept, IDF-weighted
    nice: np.ndarray  # float32 per concept, IDF-weighted, zero where required already counts
    functions: np.ndarray  # float32 per function, shares summing to one (all zero when none is recognised)
    professions: np.ndarray  # int32 indices of required professions; a candidate needs one of them

    @property
    def profession_mask(self) -> int:
        """The required professions as a bit set (0 when the vacancy requires none)."""
        return int(sum(1 << int(p) for p in self.professions))


@dataclass(frozen=True)
class EncodedProfiles:
    """Rows for a batch of profiles: text, concepts, function evidence and profession bits."""

    text: sp.csr_matrix
    concepts: sp.csr_matrix
    functions: sp.csr_matrix  # evidence 0–1 per function
    professions: np.ndarray  # uint16 bit set per profile (bit p = has profession p)


def _ambiguous_stems(analyzer: DanishAnalyzer) -> frozenset[str]:
    """Stems that different words collapse into ("ledige", "ledelse" → "led"; "personale", "personaleret").

    Known words and the parts compounds split into are grouped by stem. A group is ambiguous when its stem
    is very short and several words share it, or when one word is another plus a whole word ("personale" +
    "ret"). Longer stems shared by inflections and derivations ("forebyggelse", "forebyggende") are not.
    """
    groups: dict[str, set[str]] = {}
    for word in analyzer.known_words_:
        for surface in {word, *analyzer._split(word)}:
            groups.setdefault(analyzer.stemmer_.stem(surface), set()).add(surface)
    ambiguous = set()
    for stem, surfaces in groups.items():
        if len(surfaces) > 1 and len(stem) <= 4:
            ambiguous.add(stem)
            continue
        base = min(surfaces, key=len)
        for surface in surfaces - {base}:
            ending = surface[len(base) :]
            if surface.startswith(base) and len(ending) >= 3 and analyzer._known(ending):
                ambiguous.add(stem)
                break
    return frozenset(ambiguous)


def _sparse_rows(rows: list[dict[int, float]], width: int) -> sp.csr_matrix:
    """A CSR matrix from one {column: value} dict per row."""
    indptr, indices, data = [0], [], []
    for row in rows:
        indices.extend(row)
        data.extend(row.values())
        indptr.append(len(indices))
    return sp.csr_matrix(
        (np.array(data, dtype=np.float32), np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int64)),
        shape=(len(rows), width),
    )


def noisy_or(weights: list[float]) -> float:
    """Combine evidence from several fields: more mentions raise confidence, never above one."""
    return 1.0 - math.prod(1.0 - w for w in weights)


def _concatenate(parts: Sequence[EncodedProfiles]) -> EncodedProfiles:
    """The rows of several encoded batches, in order."""
    return EncodedProfiles(
        sp.vstack([p.text for p in parts]).tocsr(),
        sp.vstack([p.concepts for p in parts]).tocsr(),
        sp.vstack([p.functions for p in parts]).tocsr(),
        np.concatenate([p.professions for p in parts]).astype(np.uint16),
    )


def _take(encoded: EncodedProfiles, rows: np.ndarray) -> EncodedProfiles:
    """The given rows of an encoded batch, in that order."""
    return EncodedProfiles(
        encoded.text[rows], encoded.concepts[rows], encoded.functions[rows], encoded.professions[rows]
    )


def _flatten(segments: Segments) -> list[str]:
    return [token for segment in segments for token in segment]


def _token_share(corpus: list[list[str]]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for tokens in corpus:
        counts.update(set(tokens))
    return {token: count / len(corpus) for token, count in counts.items()}


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
    fit_sample : int
        Fit on at most this many profiles (an even spread of them): vocabulary and IDF are stable long
        before, and the fit runs on one core while the rest of a population is encoded on all of them.
    """

    def __init__(self, lexicon=None, min_df=2, max_df=0.5, max_query_terms=40, fit_sample=20_000, max_sector_skew=1.5):
        self.lexicon = lexicon
        self.min_df = min_df
        self.max_df = max_df
        self.max_query_terms = max_query_terms
        self.fit_sample = fit_sample
        self.max_sector_skew = max_sector_skew

    # -- fitting ---------------------------------------------------------------------------------------

    def fit(self, profiles: Sequence[ProfileDoc], vacancies: Sequence[VacancyDoc] = (), organisation_names=()):
        """Learn vocabulary and concept IDF from the population; returns self."""
        self._fit(profiles, vacancies, organisation_names)
        return self

    def fit_transform_profiles(
        self, profiles: Sequence[ProfileDoc], vacancies: Sequence[VacancyDoc] = (), organisation_names=(), n_jobs=-1
    ) -> EncodedProfiles:
        """Fit, then encode ``profiles``, analysing each text only once.

        The fit sample's analysis is reused; the rest of a large population is encoded in ``n_jobs`` processes
        (all cores by default: this runs in an index build, never in a request). Rows keep ``profiles``' order.
        """
        analysed = self._fit(profiles, vacancies, organisation_names)
        step = self._sample_step(len(profiles))
        if step == 1:
            return self._matrices(analysed)
        rest = np.array([i for i in range(len(profiles)) if i % step], dtype=np.int64)
        encoded = _concatenate(
            [self._matrices(analysed), self.transform_profiles([profiles[i] for i in rest], n_jobs=n_jobs)]
        )
        order = np.concatenate([np.arange(0, len(profiles), step), rest])
        return _take(encoded, np.argsort(order, kind="stable"))

    def _sample_step(self, count: int) -> int:
        """Every ``step``-th profile is in the fit sample (an even spread of at most ``fit_sample``)."""
        return max(1, math.ceil(count / self.fit_sample))

    def _fit(self, profiles, vacancies, organisation_names) -> list[Analysed]:
        lexicon = self.lexicon_ = self.lexicon or Lexicon.default()
        sample = list(profiles[:: self._sample_step(len(profiles))])
        texts = [self._rewrite(p.full_text()) for p in sample] + [self._rewrite(v.full_text()) for v in vacancies]
        self.analyzer_ = DanishAnalyzer(
            extra_vocabulary=lexicon.vocabulary(),
            neutral_terms=lexicon.neutral_terms(),
            exact_terms=lexicon.exact_terms(organisation_names),
        ).fit(texts)
        profile_fields = [self._profile_segments(p) for p in sample]
        corpus = [self._profile_tokens(fields) for fields in profile_fields]
        corpus += [_flatten(self._vacancy_segments(v)[0]) for v in vacancies]
        small = len(corpus) < SMALL_CORPUS
        # min_df stays as given even on a small corpus: a word only one person wrote must never enter the
        # vocabulary, or deleting them would leave it in the saved index. A service too small to have any
        # shared word (or none at all) uses the taxonomy's own words as its vocabulary.
        try:
            if not corpus:
                raise ValueError("no texts yet")
            self.vectorizer_ = self._vectorizer(self.min_df, 1.0 if small else self.max_df).fit(corpus)
        except ValueError:  # none, or "no terms remain": no word is shared by min_df texts yet
            taxonomy = [self.analyzer_.analyse(phrase) for _index, phrase, _sector in lexicon.phrases()]
            self.vectorizer_ = self._vectorizer(1, 1.0).fit(taxonomy)
        if not small and self.max_sector_skew is not None:
            self._silence_sector_terms(corpus[: len(sample)], [p.sector for p in sample])
        self.concept_ids_ = lexicon.concept_ids()
        self.n_concepts_ = len(self.concept_ids_)
        self.recogniser_ = FunctionRecogniser(lexicon.functions, lexicon.professions, self.concept_ids_)
        self.n_functions_ = len(lexicon.functions)
        self.matcher_ = ConceptMatcher(
            lexicon.phrases(),
            self.analyzer_,
            None if small else _token_share(corpus),
            ambiguous=_ambiguous_stems(self.analyzer_),
        )
        analysed = [
            (corpus[i], *self._profile_analysis(profile, fields))
            for i, (profile, fields) in enumerate(zip(sample, profile_fields, strict=True))
        ]
        # The concept IDF is TF-IDF's smoothed IDF over the sample's concept sets: ln((1 + n) / (1 + df)) + 1.
        found = _sparse_rows([dict.fromkeys(concepts, 1.0) for _tokens, concepts, _roles in analysed], self.n_concepts_)
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
        vocabulary = self.vectorizer_.vocabulary_
        names = sorted(set(sectors))
        counts = np.zeros((len(names), len(vocabulary)), dtype=np.float64)
        sizes = np.zeros(len(names))
        for tokens, sector in zip(corpus, sectors, strict=True):
            row = names.index(sector)
            sizes[row] += 1
            columns = [vocabulary[t] for t in set(tokens) if t in vocabulary]
            counts[row, columns] += 1
        shares = counts / np.maximum(sizes, 1)[:, None]
        mean = shares.mean(axis=0)
        skew = np.divide(shares.max(axis=0), mean, out=np.zeros_like(mean), where=mean > 0)
        idf = self.vectorizer_.idf_.copy()
        idf[skew > self.max_sector_skew] = 0.0
        self.vectorizer_.idf_ = idf
        self.silenced_terms_ = int((skew > self.max_sector_skew).sum())

    # -- profiles ----------------------------------------------------------------------------------------

    def transform_profiles(self, profiles: Sequence[ProfileDoc], n_jobs=None) -> EncodedProfiles:
        """Text, concept, function and profession rows for these profiles, with the fitted vocabulary.

        With ``n_jobs`` other than 1 and more than ``PARALLEL_MINIMUM`` profiles, chunks are encoded in
        worker processes (joblib); the rows are the same either way.
        """
        check_is_fitted(self, "vectorizer_")
        jobs = effective_n_jobs(n_jobs)
        if jobs > 1 and len(profiles) > PARALLEL_MINIMUM:
            size = math.ceil(len(profiles) / (jobs * 4))
            chunks = [profiles[start : start + size] for start in range(0, len(profiles), size)]
            return _concatenate(Parallel(n_jobs=jobs)(delayed(self.transform_profiles)(chunk) for chunk in chunks))
        analysed = []
        for profile in profiles:
            fields = self._profile_segments(profile)
            analysed.append((self._profile_tokens(fields), *self._profile_analysis(profile, fields)))
        return self._matrices(analysed)

    def profile_roles(self, profile: ProfileDoc) -> Roles:
        """(function evidence per function, profession indices) for one profile."""
        check_is_fitted(self, "recogniser_")
        return self._profile_analysis(profile, self._profile_segments(profile))[1]

    def profile_concepts(self, profile: ProfileDoc) -> dict[int, float]:
        """Concept index → strength (0–1) for one profile, combining its fields."""
        check_is_fitted(self, "matcher_")
        return self._profile_concepts(self._profile_segments(profile))

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

    def _profile_concepts(self, fields: dict[str, Segments]) -> dict[int, float]:
        return self._combine_fields(self._concepts_by_field(fields))

    def _concepts_by_field(self, fields: dict[str, Segments]) -> dict[str, dict]:
        return {name: self.matcher_.find_in_segments(segments) for name, segments in fields.items()}

    @staticmethod
    def _combine_fields(by_field: dict[str, dict]) -> dict[int, float]:
        evidence: dict[int, list[float]] = {}
        for name, found in by_field.items():
            for index in found:
                evidence.setdefault(index, []).append(PROFILE_FIELDS[name])
        return {index: noisy_or(weights) for index, weights in evidence.items()}

    def _profile_analysis(self, profile: ProfileDoc, fields: dict[str, Segments]) -> tuple[dict[int, float], Roles]:
        """Concept strengths and (function evidence, professions) of one profile, from one concept pass."""
        by_field = self._concepts_by_field(fields)
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
        return self._combine_fields(by_field), (recogniser.leader_affinity(evidence), professions)

    def _matrices(self, analysed: list[Analysed]) -> EncodedProfiles:
        width = len(self.vectorizer_.vocabulary_)
        if not analysed:
            return EncodedProfiles(
                sp.csr_matrix((0, width), dtype=np.float32),
                sp.csr_matrix((0, self.n_concepts_), dtype=np.float32),
                sp.csr_matrix((0, self.n_functions_), dtype=np.float32),
                np.zeros(0, dtype=np.uint16),
            )
        text = self.vectorizer_.transform([tokens for tokens, _concepts, _roles in analysed]).astype(np.float32).tocsr()
        concepts = _sparse_rows([concepts for _tokens, concepts, _roles in analysed], self.n_concepts_)
        functions = sp.csr_matrix(
            np.array([roles[0] for _tokens, _concepts, roles in analysed], dtype=np.float32).reshape(
                len(analysed), self.n_functions_
            )
        )
        professions = np.array(
            [sum(1 << p for p in roles[1]) for _tokens, _concepts, roles in analysed], dtype=np.uint16
        )
        return EncodedProfiles(text, concepts, functions, professions)

    # -- vacancies ---------------------------------------------------------------------------------------

    def transform_vacancy(self, vacancy: VacancyDoc) -> VacancyVector:
        """Encode one vacancy for ranking candidates."""
        check_is_fitted(self, "vectorizer_")
        segments, fields = self._vacancy_segments(vacancy)
        row = self.vectorizer_.transform([_flatten(segments)]).tocsr()
        order = np.argsort(-row.data, kind="stable")[: self.max_query_terms]
        weights = row.data[order].astype(np.float32)
        norm = float(np.linalg.norm(weights)) or 1.0
        evidence: dict[int, list[float]] = {}
        for name, weight in VACANCY_FIELDS.items():
            for index in self.matcher_.find_in_segments(fields[name]):
                evidence.setdefault(index, []).append(weight)
        required = np.zeros(self.n_concepts_, dtype=np.float32)
        for index, weights_found in evidence.items():
            required[index] = noisy_or(weights_found)
        nice = np.zeros(self.n_concepts_, dtype=np.float32)
        for index in self.matcher_.find_in_segments(fields["nice_to_have"]):
            if required[index] == 0:
                nice[index] = 1.0
        functions, professions = self._vacancy_roles(vacancy, fields)
        return VacancyVector(
            query_terms=row.indices[order].astype(np.int32),
            query_weights=weights / norm,
            required=required * self.concept_idf_,
            nice=nice * self.concept_idf_,
            functions=functions,
            professions=np.array(professions, dtype=np.int32),
        )

    def vacancy_roles(self, vacancy: VacancyDoc) -> Roles:
        """(function shares, required profession indices) of one vacancy."""
        check_is_fitted(self, "recogniser_")
        return self._vacancy_roles(vacancy, self._vacancy_segments(vacancy)[1])

    def _vacancy_roles(self, vacancy: VacancyDoc, fields: dict[str, Segments]) -> Roles:
        recogniser, sources = self.recogniser_, VACANCY_FUNCTION_SOURCES

        def concepts(name: str) -> np.ndarray:
            return recogniser.concept_evidence(dict.fromkeys(self.matcher_.find_in_segments(fields[name]), 1.0))

        evidence = recogniser.combine(
            [
                (np.maximum(recogniser.title_evidence(vacancy.title), concepts("title")), sources["title"]),
                (recogniser.title_evidence(vacancy.organisation), sources["organisation"]),
                (concepts("competences"), sources["competences"]),
                (concepts("description"), sources["description"]),
            ]
        )
        professions = recogniser.required_professions(vacancy.title, [vacancy.description], vacancy.competences)
        return recogniser.vacancy_focus(evidence), professions

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
