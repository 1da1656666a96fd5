"""Read one profile or vacancy into what its encoded row holds: TF-IDF tokens, concepts, functions, professions.

``DocumentEncoder`` fits the parts (analyser, concept matcher, function recogniser); this module says what
each part of a document counts for. Each text is analysed once: the same segments feed the TF-IDF tokens and
the concept matcher, and the concepts found per field feed the function evidence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .concepts import ConceptMatcher
from .documents import ProfileDoc, VacancyDoc
from .encoded import Analysed
from .functions import FunctionRecogniser
from .lexicon import Lexicon
from .text import DanishAnalyzer

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

Document = ProfileDoc | VacancyDoc
Segments = list[list[str]]


def noisy_or(weights: list[float]) -> float:
    """Combine evidence from several fields: more mentions raise confidence, never above one.

    >>> noisy_or([0.5, 0.5])
    0.75
    """
    return 1.0 - math.prod(1.0 - w for w in weights)


def flatten(segments: Segments) -> list[str]:
    """The tokens of all segments, in order."""
    return [token for segment in segments for token in segment]


def profile_tokens(fields: dict[str, Segments]) -> list[str]:
    """The profile's TF-IDF tokens; competences twice, as they are the leader's own summary."""
    competences = flatten(fields["competences"])
    return competences + competences + flatten(fields["titles"] + fields["narrative"] + fields["education"])


@dataclass(frozen=True)
class Segmenter:
    """A document's texts, boilerplate rewritten, as the fitted analyser's segments per field."""

    lexicon: Lexicon
    analyzer: DanishAnalyzer

    def profile(self, profile: ProfileDoc) -> dict[str, Segments]:
        """Segments of each of the profile's text fields."""
        return {name: self._segments(text) for name, text in profile.text_fields().items()}

    def vacancy(self, vacancy: VacancyDoc) -> tuple[Segments, dict[str, Segments]]:
        """(all segments for TF-IDF, segments by field); required competences count twice in the text."""
        fields = {
            "title": self._segments(vacancy.title),
            "competences": self._segments("\n".join(vacancy.competences)),
            "nice_to_have": self._segments("\n".join(vacancy.nice_to_have)),
            "description": self._segments(vacancy.description, describing=True),
        }
        text = fields["title"] + fields["competences"] + fields["competences"] + fields["nice_to_have"]
        return text + fields["description"], fields

    def _segments(self, text: str, describing: bool = False) -> Segments:
        return self.analyzer.analyse_segments(self.lexicon.rewrite_boilerplate(text), describing)


@dataclass(frozen=True)
class DocumentReader:
    """Analyse documents with a fitted encoder's parts; reads them, never changes them."""

    segmenter: Segmenter
    matcher: ConceptMatcher
    recogniser: FunctionRecogniser

    def analyse(self, document: Document) -> Analysed:
        """One document, every block's worth of it."""
        if isinstance(document, ProfileDoc):
            fields = self.segmenter.profile(document)
            return self.profile(document, profile_tokens(fields), fields)
        return self.vacancy(document)

    def profile(self, profile: ProfileDoc, tokens: list[str], fields: dict[str, Segments]) -> Analysed:
        """Concept strengths, (no nice-to-haves), function affinity and professions, from one concept pass."""
        by_field = {name: self.matcher.find_in_segments(segments) for name, segments in fields.items()}
        recogniser = self.recogniser
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
        return Analysed(tokens, combined, {}, recogniser.leader_affinity(evidence), professions)

    def vacancy(self, vacancy: VacancyDoc) -> Analysed:
        """TF-IDF tokens, required and nice-to-have concepts, function focus and required professions."""
        segments, fields = self.segmenter.vacancy(vacancy)
        found = {name: self.matcher.find_in_segments(field) for name, field in fields.items()}
        evidence: dict[int, list[float]] = {}
        for name, weight in VACANCY_FIELDS.items():
            for index in found[name]:
                evidence.setdefault(index, []).append(weight)
        required = {index: noisy_or(weights) for index, weights in evidence.items()}
        nice = {index: 1.0 for index in found["nice_to_have"] if index not in required}
        recogniser, sources = self.recogniser, VACANCY_FUNCTION_SOURCES

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
        return Analysed(flatten(segments), required, nice, recogniser.vacancy_focus(focus), professions)
