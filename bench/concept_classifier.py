"""A learned peer for concept recognition: a scikit-learn classifier over character n-grams (``make evaluate``).

Issue 8 asks whether a classifier trained on the taxonomy's phrasings recognises concepts on real ad language
better than the hand-written rules. This module answers it on the real-ad phrases, beside the rules:

- *classifier (taxonomy)*: one-vs-rest logistic regression over stemmed character 3–5-grams and stems, trained
  on every concept's name, synonyms and sector labels only; measured on both parts.
- *classifier (taxonomy + dev)*: the same, also trained on the dev part's annotated phrases; measured on the
  test part only (on dev it would be measured on its own training data).
- *rules ∪ classifier*: a concept is found when the rules or the classifier find it (the classifier at 0.5).

The service keeps the rules while no row reaches both concept targets; the table shows the trade.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.preprocessing import FunctionTransformer, MultiLabelBinarizer

from bench.realdata import Ad, gold_concepts
from matcher.encoder import DocumentEncoder
from matcher.taxonomy_data import load_concepts
from matcher.text import DanishStemmer, words

THRESHOLD = 0.5  # probability at which the classifier names a concept
_STEMMER = DanishStemmer()


def _stemmed(texts: Sequence[str]) -> list[str]:
    return [" ".join(_STEMMER.stem(w) for w in words(text)) for text in texts]


def taxonomy_examples() -> tuple[list[str], list[set[str]]]:
    """(phrase, {concept id}) for every name, synonym and sector label in the taxonomy."""
    texts, labels = [], []
    for concept in load_concepts():
        for phrase in (concept.name_da, *(p for p, _sector in concept.phrases(include_english=False))):
            texts.append(phrase)
            labels.append({concept.id})
    return texts, labels


def phrase_examples(ads: Sequence[Ad], known: set[str]) -> tuple[list[str], list[set[str]]]:
    """(phrase, gold concept ids) for every annotated phrase of these pages."""
    pairs = [(phrase.text, gold_concepts(phrase, known)) for ad in ads for phrase in ad.phrases]
    return [text for text, _ in pairs], [gold for _, gold in pairs]


class ConceptClassifier:
    """Multi-label concept classifier; ``predict`` returns a set of concept ids per text."""

    def __init__(self, concept_ids: Sequence[str]):
        self.binarizer = MultiLabelBinarizer(classes=sorted(concept_ids))
        features = FeatureUnion(
            [
                ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)),
                ("stems", TfidfVectorizer(token_pattern=r"\S+")),
            ]
        )
        self.model = make_pipeline(
            FunctionTransformer(_stemmed),
            features,
            OneVsRestClassifier(LogisticRegression(C=10, max_iter=2000, class_weight="balanced")),
        )

    def fit(self, texts: Sequence[str], labels: Sequence[set[str]]) -> ConceptClassifier:
        targets = self.binarizer.fit_transform(labels)
        self.columns_ = np.flatnonzero(targets.sum(axis=0) > 0)  # concepts with at least one example
        self.model.fit(list(texts), targets[:, self.columns_])
        return self

    def predict(self, texts: Sequence[str]) -> list[set[str]]:
        names = np.asarray(self.binarizer.classes_)[self.columns_]
        probabilities = self.model.predict_proba(list(texts))
        return [set(names[row >= THRESHOLD]) for row in probabilities]


def compare(encoder: DocumentEncoder, dev: Sequence[Ad], test: Sequence[Ad], rules) -> list[tuple[str, str, tuple]]:
    """Rows (part, recogniser, (precision, recall)) for the rules, the classifiers and their union.

    ``rules(encoder, text)`` is the service's own recogniser for one phrase.
    """
    from bench.realeval import Counts  # the same micro counts as the concept table

    known = set(encoder.concept_ids_)
    tax_texts, tax_labels = taxonomy_examples()
    dev_texts, dev_labels = phrase_examples(dev, known)
    only_taxonomy = ConceptClassifier(known).fit(tax_texts, tax_labels)
    with_dev = ConceptClassifier(known).fit(tax_texts + dev_texts, tax_labels + dev_labels)
    rows = []
    for part, ads in (("dev", dev), ("test", test)):
        texts, gold = phrase_examples(ads, known)
        found_by_rules = [rules(encoder, text) for text in texts]
        candidates = {"rules (the service)": found_by_rules}
        learned = {"classifier (taxonomy)": only_taxonomy.predict(texts)}
        if part == "test":
            learned["classifier (taxonomy + dev)"] = with_dev.predict(texts)
        for name, predicted in learned.items():
            candidates[name] = predicted
            candidates[f"rules ∪ {name}"] = [a | b for a, b in zip(found_by_rules, predicted, strict=True)]
        for name, predicted in candidates.items():
            counts = Counts()
            for p, g in zip(predicted, gold, strict=True):
                counts.add(p, g)
            rows.append((part, name, (counts.precision, counts.recall, counts.f1)))
    return rows
