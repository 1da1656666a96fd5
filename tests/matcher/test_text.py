"""Danish text analysis: normalisation, stop words, stemming, compound splitting and neutral sector terms."""

import pickle

import pytest

from matcher.lexicon import ORGANISATION_TOKEN, PLACE_TOKEN
from matcher.text import STOP_WORDS, DanishAnalyzer, DanishStemmer, identity, normalise, sentences, words

POLITICAL_TOP = "ntr:political_top"


def test_normalise_lower_cases_and_unfolds_compatibility_characters():
    assert normalise("ÅRHUS") == "århus"
    assert normalise("Økonomistyring") == "økonomistyring"
    assert normalise("ﬁnanslov") == "finanslov"  # the "fi" ligature


def test_words_splits_on_hyphens_slashes_and_punctuation():
    assert words("Sundheds-udvalg/HMU, 2024: Budget!") == ["sundheds", "udvalg", "hmu", "2024", "budget"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Du bliver leder for ca. 32 pædagoger. Du får", ["Du bliver leder for ca. 32 pædagoger", " Du får"]),
        ("et budget på 490 mio. kr. til drift", ["et budget på 490 mio. kr. til drift"]),
        ("110.000 operationer om året", ["110.000 operationer om året"]),
        ("bl.a. jura og cand.jur. eller cand.scient.pol. Vi", ["bl.a. jura og cand.jur. eller cand.scient.pol", " Vi"]),
        ("Ledelse!  Budget? Ja.", ["Ledelse", "  Budget", " Ja", ""]),
        ("Opgaver: budget; drift\n• strategi", ["Opgaver", " budget", " drift", " strategi"]),
    ],
)
def test_sentences_end_at_a_full_stop_before_a_new_sentence_not_inside_abbreviations_or_numbers(text, expected):
    assert sentences(text) == expected


def test_an_abbreviation_does_not_cut_a_phrase_in_two(analyzer):
    assert len(analyzer.analyse_segments("leder for i alt ca. 32 pædagoger")) == 1


def test_a_hyphen_joining_a_stop_word_or_short_word_makes_one_word():
    assert words("MED-udvalg og IT-projekter, hoved-MED") == ["medudvalg", "og", "itprojekter", "hovedmed"]


@pytest.mark.parametrize(
    ("text", "completed"),
    [
        ("Skole- og dagtilbudsområdet", "skoleområdet og dagtilbudsområdet"),
        ("bygge- og anlægsprojekter", "byggeprojekter og anlægsprojekter"),
        ("vedligeholdelses- eller driftsopgaver", "vedligeholdelsesopgaver eller driftsopgaver"),
        ("social-, sundheds- og ældreområdet", "socialområdet, sundhedsområdet og ældreområdet"),
    ],
)
def test_a_word_cut_short_by_a_hyphen_shares_the_head_of_the_compound_after_it(text, completed):
    vocabulary = "skole dagtilbud området bygge anlæg projekter vedligeholdelse drift opgaver social sundheds ældre"
    analyzer = DanishAnalyzer(min_count=1).fit([vocabulary])
    assert analyzer._complete(text) == completed
    assert analyzer.analyse(text) == analyzer.analyse(completed)


@pytest.mark.parametrize(
    "text", ["IT-projekter og e-mail", "et 2- eller 3-årigt forløb", "om- og udbygning", "drift - og"]
)
def test_a_hyphen_that_cuts_no_compound_short_leaves_the_text_as_it_was(text):
    analyzer = DanishAnalyzer(min_count=1).fit(["projekter mail forløb udbygning drift"])
    assert analyzer._complete(text) in (text, normalise(text))


def test_stop_words_include_snowball_words_and_job_ad_filler():
    assert {"og", "i", "at", "på", "med", "også"} <= STOP_WORDS
    assert {"gode", "stort", "særligt", "fx"} <= STOP_WORDS


def test_a_text_of_only_stop_words_has_no_tokens(analyzer):
    assert analyzer.analyse("Jeg har det og er også god til at være med") == []


def test_inflections_of_one_word_share_a_stem(analyzer):
    assert analyzer.analyse("ledelse") == analyzer.analyse("ledelsen")
    assert analyzer.analyse("budgettet") == analyzer.analyse("budgetter")


def test_stemmer_survives_pickling_without_saving_the_words_it_has_seen():
    stemmer = DanishStemmer()
    assert stemmer.stem("forandringerne") == stemmer.stem("forandringer")
    assert "forandringerne" in stemmer._stems
    restored = pickle.loads(pickle.dumps(stemmer))
    assert restored._stems == {}  # a deleted leader's words must not live on in a saved index
    assert restored.stem("kommunikationen") == stemmer.stem("kommunikationen")


def test_a_pickled_analyser_keeps_no_word_cache_and_no_word_only_one_text_used():
    analyzer = DanishAnalyzer(min_count=2).fit(["Kirsten Vindelev leder Vindelev-afdelingen", "budget", "budget"])
    assert "budget" in analyzer.known_words_ and "vindelev" not in analyzer.known_words_
    analyzer.analyse("Kirsten Vindelev")
    assert "vindelev" in analyzer._words
    assert b"vindelev" not in pickle.dumps(analyzer)


def test_docstring_example_splits_compounds_into_parts_learned_from_the_corpus():
    analyzer = DanishAnalyzer(min_count=1).fit(["budget og opfølgning", "ledelse og forandring"])
    assert analyzer.analyse("Budgetopfølgning og forandringsledelse") == [
        "budgetopfølg",
        "budg",
        "opfølg",
        "forandringsled",
        "forandr",
        "led",
    ]


def test_compound_is_emitted_as_whole_stem_then_its_parts(analyzer):
    assert analyzer.analyse("udvalgsbetjening") == ["udvalgsbetj", "udvalg", "betj"]


def test_leaves_drop_the_whole_word_of_a_split_compound(analyzer):
    assert analyzer.analyse_leaves("udvalgsbetjening") == ["udvalg", "betj"]
    assert analyzer.analyse_leaves("budgetopfølgning") == ["budg", "opfølg"]


def test_budget_follow_up_compound_and_phrase_share_tokens(analyzer):
    compound = set(analyzer.analyse("budgetopfølgning"))
    phrase = set(analyzer.analyse("opfølgning på budgettet"))
    assert {"budg", "opfølg"} <= compound & phrase


def test_compounds_are_not_split_when_splitting_is_off():
    analyzer = DanishAnalyzer(min_count=1, split_compounds=False).fit(["budget og opfølgning"])
    assert analyzer.analyse("budgetopfølgning") == ["budgetopfølg"]


def test_compounds_are_only_split_into_known_parts():
    analyzer = DanishAnalyzer(min_count=1).fit(["ledelse og forandring"])
    assert analyzer.analyse("budgetopfølgning") == ["budgetopfølg"]


def test_a_word_seen_fewer_than_min_count_times_is_not_a_known_part():
    corpus = ["budget", "opfølgning", "opfølgning"]
    assert DanishAnalyzer(min_count=2).fit(corpus).analyse("budgetopfølgning") == ["budgetopfølg"]
    assert len(DanishAnalyzer(min_count=1).fit(corpus).analyse("budgetopfølgning")) == 3


def test_extra_vocabulary_makes_words_known_parts_without_corpus_evidence():
    analyzer = DanishAnalyzer(extra_vocabulary=["budget", "opfølgning"]).fit([])
    assert analyzer.analyse_leaves("budgetopfølgning") == ["budg", "opfølg"]


def test_users_in_every_sector_become_one_token(analyzer):
    tokens = {tuple(analyzer.analyse(word)) for word in ("borgere", "borgerne", "kunder", "virksomhederne")}
    assert tokens == {("ntr:users",)}


@pytest.mark.parametrize("word", ["patienter", "elever", "forældrene", "skolen", "plejecentret", "jobcentret"])
def test_words_that_name_a_domain_are_not_neutralised(analyzer, word):
    # A patient, a pupil and a jobcentre say which policy area someone works in, not only which sector.
    assert not any(token.startswith("ntr:") for token in analyzer.analyse(word))


@pytest.mark.parametrize(
    "word", ["ministerbetjening", "byrådsbetjening", "regionsrådsbetjening", "bestyrelsesbetjening"]
)
def test_political_servicing_compounds_reduce_to_political_top_and_servicing(analyzer, word):
    assert analyzer.analyse(word) == [POLITICAL_TOP, "betj"]
    assert analyzer.analyse_leaves(word) == [POLITICAL_TOP, "betj"]


def test_sector_specific_whole_word_never_reaches_the_tokens(analyzer):
    assert analyzer.stemmer_.stem("ministerbetjening") not in analyzer.analyse("ministerbetjening")


def test_political_top_words_of_all_sectors_are_one_token(analyzer):
    texts = ["ministeren", "byrådet", "regionsrådet", "kommunalbestyrelsen", "bestyrelsen"]
    assert {tuple(analyzer.analyse(text)) for text in texts} == {(POLITICAL_TOP,)}


def test_multi_word_terms_become_one_token(analyzer):
    assert analyzer.analyse("Danske Regioner") == ["ntr:interest_org"]
    assert analyzer.analyse("Kommunernes Landsforening") == ["ntr:interest_org"]
    assert analyzer.analyse("samarbejde med Danske Regioner") == ["samarbejd", "ntr:interest_org"]


def test_first_word_of_a_multi_word_term_alone_is_an_ordinary_word(analyzer):
    assert analyzer.analyse("danske") == ["dansk"]


def test_longest_multi_word_term_wins():
    analyzer = DanishAnalyzer(
        min_count=1, neutral_terms={"danske regioner": "ntr:short", "danske regioner syd": "ntr:long"}
    ).fit([])
    assert analyzer.analyse("danske regioner syd") == ["ntr:long"]
    assert analyzer.analyse("danske regioner nord") == ["ntr:short", "nord"]


def test_places_and_given_organisation_names_become_shared_tokens(analyzer):
    assert analyzer.analyse("Aarhus") == [PLACE_TOKEN]
    assert analyzer.analyse("København") == [PLACE_TOKEN]
    assert analyzer.analyse("Novo Nordisk") == [ORGANISATION_TOKEN]


def test_analyse_segments_splits_on_lines_and_sentences(analyzer):
    segments = analyzer.analyse_segments("Udvalgsbetjening. Budgetopfølgning\nPersonaleledelse; digitalisering!")
    assert len(segments) == 4
    assert segments[0] == ["udvalgsbetj", "udvalg", "betj"]
    assert segments[0].heads == {2}  # "betjening" is the compound's head


def test_stemming_joins_verbs_and_nouns_but_keeps_homographs_apart():
    stemmer = DanishStemmer()
    for verb, noun in [("betjener", "betjening"), ("implementere", "implementering"), ("håndtere", "håndtering")]:
        assert stemmer.stem(verb) == stemmer.stem(noun)
    assert stemmer.stem("sundhedsvæsnet") == stemmer.stem("sundhedsvæsenet")
    assert stemmer.stem("ledig") != stemmer.stem("ledelse")
    assert stemmer.stem("leder") != stemmer.stem("lede")
    assert stemmer.stem("naturligt") != stemmer.stem("natur")
    # "budgetansvarlig" / "personaleansvarlig" say what "budgetansvar" / "personaleansvar" say
    assert stemmer.stem("ansvarlig") == stemmer.stem("ansvarlige") == stemmer.stem("ansvar")


def test_som_led_i_is_not_leadership(analyzer):
    assert analyzer.analyse("som led i arbejdet") == analyzer.analyse("arbejdet")


def test_analyse_segments_drops_empty_segments(analyzer):
    assert analyzer.analyse_segments("...\n\n  ;;  og i at.") == []


def test_analyse_segments_holds_the_same_tokens_as_analyse(analyzer):
    text = "Jeg har ansvar for udvalgsbetjening. Budgetopfølgning og personaleledelse\ner en del af jobbet"
    flat = [token for segment in analyzer.analyse_segments(text) for token in segment]
    assert flat == analyzer.analyse(text)


def test_transform_counts_the_tokens_analyse_gives_each_text(analyzer):
    assert [analyzer.analyse(text) for text in ("borgere", "byrådet")] == [["ntr:users"], [POLITICAL_TOP]]
    rows = analyzer.transform(["borgere", "byrådet", "borgere og borgerne"])
    assert rows[0].nnz == rows[1].nnz == 1 and rows[0].indices[0] != rows[1].indices[0]
    assert (rows[2] != 2 * rows[0]).nnz == 0  # one shared token, counted twice


def test_pickled_analyser_analyses_exactly_as_before(analyzer):
    texts = [
        "Ministerbetjening og budgetopfølgning i Aarhus",
        "Forandringsledelse og helt nye ord som kvantedatalogiprojekter",  # unseen words exercise the stemmer
        "Samarbejde med Danske Regioner",
    ]
    restored = pickle.loads(pickle.dumps(analyzer))
    assert [restored.analyse(text) for text in texts] == [analyzer.analyse(text) for text in texts]
    assert restored.analyse_segments(texts[0]) == analyzer.analyse_segments(texts[0])


def test_identity_passes_tokens_through_unchanged():
    tokens = ["a", "b"]
    assert identity(tokens) is tokens
