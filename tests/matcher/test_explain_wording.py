"""An explanation names a sector's usual term only when it is news to the reader."""

import pytest

from matcher.explain import ConceptMatch


def match(candidate_phrase="", vacancy_phrase="", candidate_term=None, vacancy_term=None, name="Politisk betjening"):
    return ConceptMatch(
        concept_id="political_servicing",
        name_da=name,
        name_en="Political servicing",
        required=True,
        candidate_phrase=candidate_phrase,
        vacancy_phrase=vacancy_phrase,
        candidate_sector_term=candidate_term,
        vacancy_sector_term=vacancy_term,
    )


def test_each_sides_usual_term_is_given_when_the_sides_word_it_differently():
    found = match("betjening af byrådet", "rådgivning af ministeren", "udvalgsbetjening", "ministerbetjening")
    assert (found.candidate_term_note, found.vacancy_term_note) == ("udvalgsbetjening", "ministerbetjening")


@pytest.mark.parametrize(
    "phrase",
    ["udvalgsbetjening", "Udvalgsbetjening ", "erfaring med  udvalgsbetjening og sekretariat"],
)
def test_a_term_the_quoted_words_already_say_is_not_repeated(phrase):
    found = match(phrase, "rådgivning af ministeren", "udvalgsbetjening", "ministerbetjening")
    assert found.candidate_term_note is None and found.vacancy_term_note == "ministerbetjening"


def test_the_concepts_own_name_is_not_given_as_the_usual_term():
    found = match("", "økonomistyring", "Økonomistyring", "økonomistyring i staten", name="Økonomistyring")
    assert found.candidate_term_note is None  # an anonymous card: no phrase, and the term is the name shown


def test_one_word_in_both_sectors_is_nothing_to_translate():
    found = match("budgetlægning", "budgetarbejde", "budgetlægning", "budgetlægning")
    assert found.candidate_term_note is None and found.vacancy_term_note is None


def test_the_raw_terms_stay_for_other_readers():
    found = match("udvalgsbetjening", "ministerbetjening", "udvalgsbetjening", "ministerbetjening")
    assert (found.candidate_sector_term, found.vacancy_sector_term) == ("udvalgsbetjening", "ministerbetjening")
    assert found.candidate_term_note is None and found.vacancy_term_note is None
