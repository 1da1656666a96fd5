"""DanishAnalyzer and DocumentEncoder follow scikit-learn's estimator contract; the encoder encodes as documented."""

import pickle

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.utils.estimator_checks import (
    check_get_params_invariance,
    check_no_attributes_set_in_init,
    check_parameters_default_constructible,
    check_set_params,
)

from matcher.encoder import PROFILE_FIELDS, DocumentEncoder, noisy_or
from matcher.lexicon import Lexicon
from matcher.text import DanishAnalyzer

ESTIMATORS = [DanishAnalyzer(), DocumentEncoder()]
CONTRACT_CHECKS = [
    check_no_attributes_set_in_init,
    check_get_params_invariance,
    check_set_params,
    check_parameters_default_constructible,
]


@pytest.mark.parametrize("check", CONTRACT_CHECKS, ids=lambda check: check.__name__)
@pytest.mark.parametrize("estimator", ESTIMATORS, ids=lambda estimator: type(estimator).__name__)
def test_estimator_passes_scikit_learns_constructor_checks(estimator, check):
    check(type(estimator).__name__, clone(estimator))


def test_analyzer_init_stores_arguments_unchanged():
    vocabulary, neutral, exact = ["budget", "opfølgning"], {"byrådet": "ntr:top"}, {"vejen": "ntr:place"}
    analyzer = DanishAnalyzer(
        split_compounds=False,
        min_part=4,
        min_count=3,
        extra_vocabulary=vocabulary,
        neutral_terms=neutral,
        exact_terms=exact,
    )
    params = analyzer.get_params()
    assert params == {
        "split_compounds": False,
        "min_part": 4,
        "min_count": 3,
        "extra_vocabulary": vocabulary,
        "neutral_terms": neutral,
        "exact_terms": exact,
    }
    assert params["extra_vocabulary"] is vocabulary and params["neutral_terms"] is neutral


def test_encoder_init_stores_arguments_unchanged(lexicon):
    encoder = DocumentEncoder(lexicon=lexicon, min_df=3, max_df=0.7, max_query_terms=12, fit_sample=500)
    assert encoder.get_params() == {
        "lexicon": lexicon,
        "min_df": 3,
        "max_df": 0.7,
        "max_query_terms": 12,
        "fit_sample": 500,
        "max_sector_skew": 1.5,
    }
    assert encoder.get_params()["lexicon"] is lexicon


def test_set_params_returns_the_estimator_and_changes_only_what_is_given():
    analyzer = DanishAnalyzer()
    assert analyzer.set_params(min_count=5) is analyzer
    assert analyzer.get_params()["min_count"] == 5
    assert analyzer.get_params()["min_part"] == 3


def test_clone_of_a_fitted_analyzer_is_unfitted_with_equal_params(analyzer):
    copy = clone(analyzer)
    assert copy.get_params().keys() == analyzer.get_params().keys()
    assert copy.min_count == analyzer.min_count
    assert not hasattr(copy, "known_words_")


def test_clone_of_a_fitted_encoder_is_unfitted(index):
    copy = clone(index.encoder)
    assert not hasattr(copy, "vectorizer_")
    with pytest.raises(NotFittedError):
        copy.transform_profiles([])


def test_analyzer_fit_returns_self_and_sets_trailing_underscore_attributes():
    analyzer = DanishAnalyzer()
    assert analyzer.fit(["budget og opfølgning"]) is analyzer
    for name in ("stemmer_", "known_words_", "known_stems_", "neutral_words_", "neutral_phrases_"):
        assert hasattr(analyzer, name), name


def test_analyzer_transform_leaves_the_fitted_state_as_it_was():
    analyzer = DanishAnalyzer(min_count=1).fit(["budget og opfølgning", "ledelse og forandring"])
    fitted = {name: value for name, value in vars(analyzer).items() if name.endswith("_")}
    before = pickle.dumps(fitted)
    analyzer.transform(["Budgetopfølgning, forandringsledelse og helt nye ord som kvantebureaukrati"])
    assert pickle.dumps({name: value for name, value in vars(analyzer).items() if name.endswith("_")}) == before


def test_encoder_fit_returns_self(pool, vacancy):
    encoder = DocumentEncoder()
    assert encoder.fit(list(pool.values()), [vacancy]) is encoder
    assert encoder.lexicon_ is Lexicon.default()


def test_analyzer_transform_before_fit_raises_not_fitted():
    with pytest.raises(NotFittedError):
        DanishAnalyzer().transform(["udvalgsbetjening"])


@pytest.mark.parametrize("method", ["transform_profiles", "transform_vacancy", "profile_concepts"])
def test_encoder_use_before_fit_raises_not_fitted(method, pool, vacancy):
    argument = {"transform_profiles": [pool["kommune_match"]], "transform_vacancy": vacancy}.get(
        method, pool["kommune_match"]
    )
    with pytest.raises(NotFittedError):
        getattr(DocumentEncoder(), method)(argument)


# -- what the encoder produces ------------------------------------------------------------------------------


def test_fit_transform_equals_fit_then_transform(pool, vacancy):
    profiles = list(pool.values())
    once = DocumentEncoder().fit_transform_profiles(profiles, [vacancy])
    again = DocumentEncoder().fit(profiles, [vacancy]).transform_profiles(profiles)
    np.testing.assert_allclose(once.text.toarray(), again.text.toarray(), rtol=1e-6)
    np.testing.assert_array_equal(once.concepts.toarray(), again.concepts.toarray())
    np.testing.assert_array_equal(once.functions.toarray(), again.functions.toarray())
    np.testing.assert_array_equal(once.professions, again.professions)


def test_a_sampled_fit_encoded_in_worker_processes_gives_the_rows_of_one_process(demo_population, monkeypatch):
    from matcher import encoder as encoder_module

    profiles, vacancies = demo_population
    monkeypatch.setattr(encoder_module, "PARALLEL_MINIMUM", 20)
    parallel = DocumentEncoder(fit_sample=50).fit_transform_profiles(profiles, vacancies, n_jobs=2)
    fitted = DocumentEncoder(fit_sample=50).fit(profiles, vacancies)
    serial = fitted.transform_profiles(profiles)

    assert parallel.text.shape == serial.text.shape == (len(profiles), len(fitted.vectorizer_.vocabulary_))
    np.testing.assert_allclose(parallel.text.toarray(), serial.text.toarray(), rtol=1e-6)
    np.testing.assert_array_equal(parallel.concepts.toarray(), serial.concepts.toarray())
    np.testing.assert_array_equal(parallel.functions.toarray(), serial.functions.toarray())
    np.testing.assert_array_equal(parallel.professions, serial.professions)


def test_encoding_is_deterministic(pool, vacancy):
    first = DocumentEncoder().fit(list(pool.values()), [vacancy])
    second = DocumentEncoder().fit(list(pool.values()), [vacancy])
    assert first.vectorizer_.vocabulary_ == second.vectorizer_.vocabulary_
    a, b = first.transform_vacancy(vacancy), second.transform_vacancy(vacancy)
    np.testing.assert_array_equal(a.query_terms, b.query_terms)
    np.testing.assert_array_equal(a.required, b.required)


def test_profile_matrices_have_one_row_per_profile_and_one_column_per_concept(index, pool):
    encoded = index.encoder.transform_profiles(list(pool.values()))
    assert encoded.text.shape == (len(pool), len(index.encoder.vectorizer_.vocabulary_))
    assert encoded.concepts.shape == (len(pool), index.encoder.n_concepts_)
    assert encoded.functions.shape == (len(pool), index.encoder.n_functions_)
    assert encoded.professions.shape == (len(pool),)
    assert encoded.text.dtype == encoded.concepts.dtype == encoded.functions.dtype == np.float32
    assert ((encoded.concepts.data > 0) & (encoded.concepts.data <= 1)).all()
    assert ((encoded.functions.data > 0) & (encoded.functions.data <= 1)).all()


def test_no_profiles_give_empty_matrices_of_the_right_width(index):
    encoded = index.encoder.transform_profiles([])
    assert encoded.text.shape == (0, len(index.encoder.vectorizer_.vocabulary_))
    assert encoded.concepts.shape == (0, index.encoder.n_concepts_)
    assert encoded.functions.shape == (0, index.encoder.n_functions_)


def test_noisy_or_combines_evidence_without_passing_one():
    assert noisy_or([]) == 0.0
    assert noisy_or([0.6]) == pytest.approx(0.6)
    assert noisy_or([0.5, 0.5]) == pytest.approx(0.75)
    assert noisy_or([1.0, 0.3]) == 1.0


def test_a_competence_line_counts_more_than_the_same_words_in_the_education(index, make_profile, concept_at):
    servicing = concept_at["political_servicing"]
    listed = index.encoder.profile_concepts(make_profile(1, competences=("udvalgsbetjening",), title=""))
    studied = index.encoder.profile_concepts(
        make_profile(2, competences=(), title="", education="Speciale om udvalgsbetjening")
    )
    assert listed[servicing] == PROFILE_FIELDS["competences"]
    assert studied[servicing] == pytest.approx(PROFILE_FIELDS["education"])


def test_evidence_in_several_fields_adds_up(index, make_profile, concept_at):
    servicing = concept_at["political_servicing"]
    profile = make_profile(1, competences=(), title="", summary="Jeg står for udvalgsbetjening.", education="")
    once = index.encoder.profile_concepts(profile)[servicing]
    twice = index.encoder.profile_concepts(
        make_profile(1, competences=(), title="Chef for udvalgsbetjening", summary=profile.summary, education="")
    )[servicing]
    assert once == pytest.approx(PROFILE_FIELDS["narrative"])
    assert twice == pytest.approx(noisy_or([PROFILE_FIELDS["narrative"], PROFILE_FIELDS["titles"]]))


def test_vacancy_query_is_pruned_and_unit_length(pool, make_vacancy):
    encoder = DocumentEncoder(max_query_terms=5).fit(list(pool.values()), [make_vacancy()])
    vector = encoder.transform_vacancy(make_vacancy())
    assert len(vector.query_terms) == len(vector.query_weights) == 5
    assert np.linalg.norm(vector.query_weights) == pytest.approx(1.0, abs=1e-6)
    assert (np.diff(vector.query_weights) <= 0).all()  # heaviest terms kept, heaviest first


def test_vacancy_concepts_are_required_or_nice_to_have_never_both(index, vacancy, concept_at):
    vector = index.encoder.transform_vacancy(vacancy)
    for concept in ("political_servicing", "financial_followup", "people_management"):
        assert vector.required[concept_at[concept]] > 0, concept
    assert vector.nice[concept_at["digital_transformation"]] > 0
    assert not ((vector.required > 0) & (vector.nice > 0)).any()


def test_a_nice_to_have_also_required_counts_only_as_required(index, make_vacancy, concept_at):
    vector = index.encoder.transform_vacancy(make_vacancy(nice_to_have=("udvalgsbetjening",)))
    assert vector.required[concept_at["political_servicing"]] > 0
    assert vector.nice[concept_at["political_servicing"]] == 0


def test_rarer_concepts_weigh_more(index, concept_at):
    idf = index.encoder.concept_idf_
    # Several leaders in the pool do political servicing; only the IT leader does cybersecurity.
    assert idf[concept_at["cybersecurity"]] > idf[concept_at["political_servicing"]]
    assert idf.min() >= 1.0


def test_sector_locking_boilerplate_is_encoded_as_the_competence_it_stands_for(pool, lexicon, make_vacancy, concept_at):
    vacancy = make_vacancy(
        title="Kontorchef",
        competences=("erfaring fra en politisk styret organisation",),
        nice_to_have=(),
        description="",
    )
    profiles = list(pool.values())
    rewritten = DocumentEncoder().fit(profiles, [vacancy]).transform_vacancy(vacancy)
    bare_lexicon = Lexicon(lexicon.concepts, lexicon.glossary, ())
    raw = DocumentEncoder(lexicon=bare_lexicon).fit(profiles, [vacancy]).transform_vacancy(vacancy)
    assert rewritten.required[concept_at["policy_implementation"]] > 0
    assert raw.required[concept_at["policy_implementation"]] == 0
