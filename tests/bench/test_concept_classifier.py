"""The learned peer of concept recognition: it learns from examples, and never from the test part."""

from __future__ import annotations

from bench.concept_classifier import ConceptClassifier, taxonomy_examples


def test_the_taxonomy_gives_one_example_per_phrasing_and_concept():
    texts, labels = taxonomy_examples()
    assert len(texts) == len(labels) > 500
    assert ("udvalgsbetjening", {"political_servicing"}) in zip(texts, labels, strict=True)


def test_the_classifier_names_concepts_it_was_shown_in_other_words():
    texts = [
        "budgetopfølgning og økonomistyring",
        "økonomi i balance",
        "styring af budgettet",
        "personaleledelse af medarbejdere",
        "ledelse af medarbejdere og trivsel",
        "personaleansvar for teamet",
    ]
    labels = [{"financial_management"}] * 3 + [{"people_management"}] * 3
    model = ConceptClassifier(["financial_management", "people_management", "procurement"]).fit(texts, labels)
    budget, staff = model.predict(["stram styring af budgetterne", "ledelse af vores medarbejdere"])
    assert budget == {"financial_management"} and staff == {"people_management"}
