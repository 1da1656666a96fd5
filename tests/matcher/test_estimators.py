"""DanishAnalyzer and DocumentEncoder follow scikit-learn's estimator contract; the encoder encodes as documented."""

import pickle
import warnings

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.pipeline import make_pipeline
from sklearn.utils._param_validation import InvalidParameterError
from sklearn.utils.estimator_checks import (
    check_do_not_raise_errors_in_init_or_set_params,
    check_estimator_repr,
    check_estimator_tags_renamed,
    check_estimators_unfitted,
    check_get_params_invariance,
    check_mixin_order,
    check_no_attributes_set_in_init,
    check_param_validation,
    check_parameters_default_constructible,
    check_set_params,
    check_valid_tag_types,
    parametrize_with_checks,
)

from matcher.analysis import PROFILE_FIELDS, noisy_or
from matcher.documents import ProfileDoc, VacancyDoc
from matcher.encoder import DocumentEncoder
from matcher.lexicon import Lexicon
from matcher.text import DanishAnalyzer
from matcher.vocabulary import concept_idf, sector_skew

ESTIMATORS = [DanishAnalyzer(), DocumentEncoder()]
# Both take texts, not numbers (their tags say so, as TfidfVectorizer's do), so scikit-learn runs none of its
# numeric-data checks on them; these are the API checks that need no data, run explicitly.
CONTRACT_CHECKS = [
    check_estimator_tags_renamed,
    check_valid_tag_types,
    check_estimator_repr,
    check_no_attributes_set_in_init,
    check_get_params_invariance,
    check_set_params,
    check_parameters_default_constructible,
    check_do_not_raise_errors_in_init_or_set_params,
    check_mixin_order,
    check_param_validation,
    check_estimators_unfitted,
]

with warnings.catch_warnings():  # "Can't test estimator … which requires input of type string", as for TfidfVectorizer
    warnings.simplefilter("ignore")
    _SCIKIT_LEARN_CHECKS = parametrize_with_checks(ESTIMATORS)


@_SCIKIT_LEARN_CHECKS
def test_estimator_passes_parametrize_with_checks(estimator, check):
    check(estimator)


def test_both_estimators_declare_text_input_like_tfidf_vectorizer():
    for estimator in ESTIMATORS:
        tags = estimator.__sklearn_tags__()
        assert tags.input_tags.string and not tags.input_tags.two_d_array


@pytest.mark.parametrize("check", CONTRACT_CHECKS, ids=lambda check: check.__name__)
@pytest.mark.parametrize("estimator", ESTIMATORS, ids=lambda estimator: type(estimator).__name__)
def test_estimator_passes_scikit_learns_api_checks(estimator, check):
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
        "n_features": 2**20,
    }
    assert params["extra_vocabulary"] is vocabulary and params["neutral_terms"] is neutral


def test_encoder_init_stores_arguments_unchanged(lexicon):
    names = ("Vejen Kommune",)
    encoder = DocumentEncoder(
        lexicon=lexicon, min_df=3, max_df=0.7, max_query_terms=12, fit_sample=500, organisation_names=names
    )
    assert encoder.get_params() == {
        "lexicon": lexicon,
        "min_df": 3,
        "max_df": 0.7,
        "max_query_terms": 12,
        "fit_sample": 500,
        "max_sector_skew": 1.5,
        "concept_sector_damping": 1.0,
        "small_corpus": 50,
        "organisation_names": names,
        "n_jobs": None,
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
        copy.transform([])


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


def test_analyzer_transform_returns_token_counts_as_a_sparse_matrix():
    analyzer = DanishAnalyzer(min_count=1, n_features=2**10).fit(["budget og opfølgning"])
    counts = analyzer.transform(["budgetopfølgning", "budget og budget", ""])
    assert sp.issparse(counts) and counts.shape == (3, 2**10)
    # the whole word and its two parts; "budget" twice (the stop word "og" counts nothing); no words at all
    assert counts.sum(axis=1).ravel().tolist() == [[3.0, 2.0, 0.0]]
    assert counts[1].max() == 2.0


def test_analyzer_and_tfidf_transformer_make_a_danish_tfidf_pipeline():
    texts = ["budgetopfølgning og økonomi", "opfølgning på budgettet", "rengøring og kantine"]
    rows = make_pipeline(DanishAnalyzer(min_count=1), TfidfTransformer()).fit_transform(texts).toarray()
    assert rows[0] @ rows[1] > 0  # the compound shares its parts with the two words
    assert rows[0] @ rows[2] == 0


@pytest.mark.parametrize("estimator", ESTIMATORS, ids=lambda estimator: type(estimator).__name__)
def test_one_string_is_refused_as_a_sequence_of_texts(estimator):
    with pytest.raises((ValueError, TypeError)):
        clone(estimator).fit("budget og opfølgning")


def test_analyzer_names_stems_that_different_words_collapse_into():
    analyzer = DanishAnalyzer(min_count=1).fit(["ledelse og at lede", "forebyggelse og forebyggende"])
    ambiguous = analyzer.ambiguous_stems()
    assert analyzer.stemmer_.stem("ledelse") in ambiguous  # a short stem several words share
    assert analyzer.stemmer_.stem("forebyggelse") not in ambiguous  # a long one inflections share


def test_encoder_fit_returns_self(pool, vacancy):
    encoder = DocumentEncoder()
    assert encoder.fit([*pool.values(), vacancy]) is encoder
    assert encoder.lexicon_ is Lexicon.default()


def test_analyzer_transform_before_fit_raises_not_fitted():
    with pytest.raises(NotFittedError):
        DanishAnalyzer().transform(["udvalgsbetjening"])


@pytest.mark.parametrize("method", ["transform", "blocks", "vacancy_vectors", "get_feature_names_out"])
def test_encoder_use_before_fit_raises_not_fitted(method):
    argument = {"transform": [], "blocks": sp.csr_matrix((0, 1)), "vacancy_vectors": sp.csr_matrix((0, 1))}
    with pytest.raises(NotFittedError):
        getattr(DocumentEncoder(), method)(*([argument[method]] if method in argument else []))


@pytest.mark.parametrize(
    "params",
    [{"min_df": 0}, {"max_df": 1.5}, {"fit_sample": 0}, {"max_sector_skew": -1}, {"concept_sector_damping": -1}],
)
def test_invalid_parameters_are_refused_when_fitting(params, pool):
    with pytest.raises(InvalidParameterError):
        DocumentEncoder(**params).fit(list(pool.values()))


def test_documents_of_another_kind_are_refused(pool):
    with pytest.raises(TypeError, match="ProfileDoc and VacancyDoc"):
        DocumentEncoder().fit([*pool.values(), {"title": "Kontorchef"}])


# -- what the encoder produces ------------------------------------------------------------------------------


def _blocks_equal(first, second):
    for name in ("text", "concepts", "nice", "functions"):
        np.testing.assert_allclose(getattr(first, name).toarray(), getattr(second, name).toarray(), rtol=1e-6)
    np.testing.assert_array_equal(first.professions, second.professions)


def test_fit_transform_equals_fit_then_transform(pool, vacancy):
    documents = [*pool.values(), vacancy]
    encoder = DocumentEncoder()
    once = encoder.blocks(encoder.fit_transform(documents))
    again = DocumentEncoder().fit(documents)
    _blocks_equal(once, again.blocks(again.transform(documents)))


def test_a_sampled_fit_encoded_in_worker_processes_gives_the_rows_of_one_process(demo_population, monkeypatch):
    from matcher import encoder as encoder_module

    profiles, vacancies = demo_population
    documents = [*profiles, *vacancies]
    monkeypatch.setattr(encoder_module, "PARALLEL_MINIMUM", 20)
    encoder = DocumentEncoder(fit_sample=50, n_jobs=2)
    parallel = encoder.blocks(encoder.fit_transform(documents))
    fitted = DocumentEncoder(fit_sample=50).fit(documents)
    serial = fitted.blocks(fitted.transform(documents))

    assert parallel.text.shape == serial.text.shape == (len(documents), fitted.block_widths_["text"])
    _blocks_equal(parallel, serial)


def test_rows_keep_the_order_of_mixed_documents(pool, vacancy):
    profiles = list(pool.values())
    documents = [profiles[0], vacancy, *profiles[1:]]
    encoder = DocumentEncoder(fit_sample=2)
    mixed = encoder.fit_transform(documents)
    one_by_one = sp.vstack([encoder.transform([document]) for document in documents])
    np.testing.assert_allclose(mixed.toarray(), one_by_one.toarray(), rtol=1e-6)


def test_transform_leaves_the_fitted_state_as_it_was(index, pool, vacancy):
    encoder = index.encoder
    fitted = {name: value for name, value in vars(encoder).items() if name.endswith("_")}
    before = pickle.dumps(fitted)
    encoder.transform([*pool.values(), vacancy])
    assert pickle.dumps({name: value for name, value in vars(encoder).items() if name.endswith("_")}) == before


def test_encoding_is_deterministic(pool, vacancy):
    first = DocumentEncoder().fit([*pool.values(), vacancy])
    second = DocumentEncoder().fit([*pool.values(), vacancy])
    assert first.vectorizer_.vocabulary_ == second.vectorizer_.vocabulary_
    (a,) = first.vacancy_vectors(first.transform([vacancy]))
    (b,) = second.vacancy_vectors(second.transform([vacancy]))
    np.testing.assert_array_equal(a.query_terms, b.query_terms)
    np.testing.assert_array_equal(a.required, b.required)


def test_rows_have_one_column_per_named_feature_in_blocks(index, pool):
    encoder = index.encoder
    rows = encoder.transform(list(pool.values()))
    names = encoder.get_feature_names_out()
    assert rows.shape == (len(pool), len(names)) and rows.dtype == np.float32
    widths = encoder.block_widths_
    assert widths["concepts"] == widths["nice"] == encoder.n_concepts_
    assert widths["functions"] == encoder.n_functions_
    assert names[widths["text"]] == f"concept:{encoder.concept_ids_[0]}"
    assert names[-1].startswith("profession:")


def test_profile_blocks_have_one_row_per_profile_and_one_column_per_concept(index, pool):
    encoded = index.encoder.blocks(index.encoder.transform(list(pool.values())))
    assert encoded.text.shape == (len(pool), index.encoder.block_widths_["text"])
    assert encoded.concepts.shape == (len(pool), index.encoder.n_concepts_)
    assert encoded.functions.shape == (len(pool), index.encoder.n_functions_)
    assert encoded.professions.shape == (len(pool),)
    assert encoded.text.dtype == encoded.concepts.dtype == encoded.functions.dtype == np.float32
    assert ((encoded.concepts.data > 0) & (encoded.concepts.data <= 1)).all()
    assert ((encoded.functions.data > 0) & (encoded.functions.data <= 1)).all()
    assert encoded.nice.nnz == 0  # a profile names nothing as nice to have


def test_no_documents_give_empty_blocks_of_the_right_width(index):
    encoded = index.encoder.blocks(index.encoder.transform([]))
    assert encoded.text.shape == (0, index.encoder.block_widths_["text"])
    assert encoded.concepts.shape == (0, index.encoder.n_concepts_)
    assert encoded.functions.shape == (0, index.encoder.n_functions_)
    assert index.encoder.vacancy_vectors(index.encoder.transform([])) == []


def test_a_profile_row_holds_the_professions_and_functions_the_explanations_read(index, make_profile):
    encoder = index.encoder
    doctor = make_profile(1, title="Overlæge", education="Cand.med.", competences=("patientsikkerhed",))
    affinity, professions = encoder.blocks(encoder.transform([doctor])).roles(0)
    ids = encoder.recogniser_.professions
    assert [ids[p].id for p in professions] == ["doctor"]
    assert affinity.shape == (encoder.n_functions_,) and affinity.max() == pytest.approx(1.0)


def test_noisy_or_combines_evidence_without_passing_one():
    assert noisy_or([]) == 0.0
    assert noisy_or([0.6]) == pytest.approx(0.6)
    assert noisy_or([0.5, 0.5]) == pytest.approx(0.75)
    assert noisy_or([1.0, 0.3]) == 1.0


def _strengths(encoder, profile):
    return encoder.blocks(encoder.transform([profile])).concept_strengths(0)


def test_a_competence_line_counts_more_than_the_same_words_in_the_education(index, make_profile, concept_at):
    servicing = concept_at["political_servicing"]
    listed = _strengths(index.encoder, make_profile(1, competences=("udvalgsbetjening",), title=""))
    studied = _strengths(
        index.encoder, make_profile(2, competences=(), title="", education="Speciale om udvalgsbetjening")
    )
    assert listed[servicing] == PROFILE_FIELDS["competences"]
    assert studied[servicing] == pytest.approx(PROFILE_FIELDS["education"])


def test_evidence_in_several_fields_adds_up(index, make_profile, concept_at):
    servicing = concept_at["political_servicing"]
    profile = make_profile(1, competences=(), title="", summary="Jeg står for udvalgsbetjening.", education="")
    once = _strengths(index.encoder, profile)[servicing]
    twice = _strengths(
        index.encoder,
        make_profile(1, competences=(), title="Chef for udvalgsbetjening", summary=profile.summary, education=""),
    )[servicing]
    assert once == pytest.approx(PROFILE_FIELDS["narrative"])
    assert twice == pytest.approx(noisy_or([PROFILE_FIELDS["narrative"], PROFILE_FIELDS["titles"]]))


def _vector(encoder, vacancy):
    (vector,) = encoder.vacancy_vectors(encoder.transform([vacancy]))
    return vector


def test_vacancy_query_is_pruned_and_unit_length(pool, make_vacancy):
    encoder = DocumentEncoder(max_query_terms=5).fit([*pool.values(), make_vacancy()])
    vector = _vector(encoder, make_vacancy())
    assert len(vector.query_terms) == len(vector.query_weights) == 5
    assert np.linalg.norm(vector.query_weights) == pytest.approx(1.0, abs=1e-6)
    assert (np.diff(vector.query_weights) <= 0).all()  # heaviest terms kept, heaviest first


def test_vacancy_concepts_are_required_or_nice_to_have_never_both(index, vacancy, concept_at):
    vector = _vector(index.encoder, vacancy)
    for concept in ("political_servicing", "financial_followup", "people_management"):
        assert vector.required[concept_at[concept]] > 0, concept
    assert vector.nice[concept_at["digital_transformation"]] > 0
    assert not ((vector.required > 0) & (vector.nice > 0)).any()


def test_a_nice_to_have_also_required_counts_only_as_required(index, make_vacancy, concept_at):
    vector = _vector(index.encoder, make_vacancy(nice_to_have=("udvalgsbetjening",)))
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
    documents = [*pool.values(), vacancy]
    rewritten = _vector(DocumentEncoder().fit(documents), vacancy)
    bare_lexicon = Lexicon(lexicon.concepts, lexicon.glossary, ())
    raw = _vector(DocumentEncoder(lexicon=bare_lexicon).fit(documents), vacancy)
    assert rewritten.required[concept_at["policy_implementation"]] > 0
    assert raw.required[concept_at["policy_implementation"]] == 0


# -- document frequencies on a small corpus: explicit, not silent ------------------------------------------


def _small_corpus(make_profile) -> list[ProfileDoc]:
    # "budgetopfølgning" in every profile, "rekruttering" in two of six, "rengøring" in four
    return [
        make_profile(key, competences=("budgetopfølgning", "rekruttering" if key < 2 else "rengøring"), title="")
        for key in range(6)
    ]


def test_below_small_corpus_documents_max_df_is_not_applied(make_profile):
    encoder = DocumentEncoder(max_df=0.5).fit(_small_corpus(make_profile))
    assert encoder.vectorizer_.max_df == 1.0
    assert encoder.analyzer_.analyse("budgetopfølgning")[0] in encoder.vectorizer_.vocabulary_


def test_with_small_corpus_zero_max_df_applies_to_any_corpus(make_profile):
    encoder = DocumentEncoder(max_df=0.5, small_corpus=0, max_sector_skew=None).fit(_small_corpus(make_profile))
    vocabulary = encoder.vectorizer_.vocabulary_
    assert encoder.analyzer_.analyse("budgetopfølgning")[0] not in vocabulary  # in every profile: dropped
    assert encoder.analyzer_.analyse("rekruttering")[0] in vocabulary


def test_min_df_as_a_share_counts_like_tfidf_vectorizers(make_profile):
    encoder = DocumentEncoder(min_df=0.5, small_corpus=0, max_df=1.0, max_sector_skew=None)
    vocabulary = encoder.fit(_small_corpus(make_profile)).vectorizer_.vocabulary_
    assert encoder.analyzer_.analyse("rengøring")[0] in vocabulary  # four of six
    assert encoder.analyzer_.analyse("rekruttering")[0] not in vocabulary  # two of six


def test_organisation_names_given_as_a_parameter_become_one_shared_token(pool):
    names = ("Styrelsen for Dataforsyning",)
    profiles = list(pool.values())
    plain = DocumentEncoder().fit(profiles)
    named = DocumentEncoder(organisation_names=names).fit(profiles)
    assert plain.analyzer_.analyse("Styrelsen for Dataforsyning") != named.analyzer_.analyse(
        "Styrelsen for Dataforsyning"
    )
    assert len(set(named.analyzer_.analyse("Styrelsen for Dataforsyning"))) == 1


def test_a_concept_one_sector_names_weighs_less_than_one_every_sector_names_as_often():
    # Concept 0 in two of four profiles, one per sector; concept 1 in two of four, both in the state.
    concept_sets = [{0, 1}, {1}, {0}, set()]
    sectors = ["stat", "stat", "kommune", "kommune"]
    plain = concept_idf(concept_sets, 2)
    damped = concept_idf(concept_sets, 2, sectors, damping=2.0)
    assert plain[0] == plain[1]  # the same document frequency
    assert damped[0] == plain[0]  # used alike by both sectors: untouched
    assert damped[1] == pytest.approx(plain[1] / 2.0**2)  # skew 2 (only the state), squared
    np.testing.assert_array_equal(concept_idf(concept_sets, 2, sectors, damping=0.0), plain)


def test_only_the_concepts_marked_damped_are_damped():
    concept_sets = [{0, 1}, {0, 1}, set(), set()]  # both concepts only in the state
    sectors = ["stat", "stat", "kommune", "kommune"]
    idf = concept_idf(concept_sets, 2, sectors, damping=1.0, damped=np.array([True, False]))
    assert idf[0] == pytest.approx(concept_idf(concept_sets, 2)[0] / 2.0)
    assert idf[1] == concept_idf(concept_sets, 2)[1]


def test_policy_areas_are_never_damped(pool):
    profiles = list(pool.values())
    damped = DocumentEncoder(small_corpus=0).fit(profiles)
    undamped = DocumentEncoder(small_corpus=0, concept_sector_damping=0.0).fit(profiles)
    areas = np.array([concept.is_policy_area for concept in damped.lexicon_.concepts])
    assert areas.any() and not areas.all()
    np.testing.assert_array_equal(damped.concept_idf_[areas], undamped.concept_idf_[areas])


def test_sector_skew_compares_shares_not_counts():
    # Three state profiles and one municipal one: a word in every profile is not skewed by the count.
    skew = sector_skew(sp.csr_matrix([[1], [1], [1], [1]]), ["stat", "stat", "stat", "kommune"])
    assert skew.tolist() == [1.0]


def test_concept_damping_changes_only_the_concept_weights(pool):
    profiles = list(pool.values())
    damped = DocumentEncoder(small_corpus=0).fit(profiles)
    undamped = DocumentEncoder(small_corpus=0, concept_sector_damping=0.0).fit(profiles)
    assert (damped.concept_idf_ <= undamped.concept_idf_).all()
    assert (damped.concept_idf_ < undamped.concept_idf_).any()  # the pool's leaders come from several sectors
    assert damped.vectorizer_.vocabulary_ == undamped.vectorizer_.vocabulary_


def test_below_small_corpus_documents_no_concept_is_damped(pool):
    profiles = list(pool.values())
    np.testing.assert_array_equal(
        DocumentEncoder().fit(profiles).concept_idf_,
        DocumentEncoder(concept_sector_damping=0.0).fit(profiles).concept_idf_,
    )


def test_vacancies_join_the_fit_but_not_the_concept_idf(pool, make_vacancy):
    profiles = list(pool.values())
    vacancies = [make_vacancy(key=k, competences=("cybersikkerhed",)) for k in range(1, 4)]
    alone = DocumentEncoder().fit(profiles)
    together = DocumentEncoder().fit([*vacancies, *profiles])
    np.testing.assert_array_equal(alone.concept_idf_, together.concept_idf_)
    assert all(isinstance(v, VacancyDoc) for v in vacancies)
