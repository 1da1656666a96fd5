"""Explanations: why a candidate ranks where they do, in words both sectors recognise."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from .documents import ProfileDoc, VacancyDoc
from .encoder import DocumentEncoder
from .geography import distance_km
from .index import RankedCandidate
from .weights import Weights


@dataclass(frozen=True)
class ComponentPart:
    """One component: its value, its (normalised) weight and what it adds to the score."""

    name: str
    value: float
    weight: float
    contribution: float


@dataclass(frozen=True)
class ConceptMatch:
    """A required or nice-to-have concept the candidate has, and how each side words it."""

    concept_id: str
    name_da: str
    name_en: str
    required: bool
    candidate_phrase: str  # the candidate's own words (a competence line or sentence)
    vacancy_phrase: str  # the vacancy's own words
    candidate_sector_term: str | None  # how the candidate's sector usually says it
    vacancy_sector_term: str | None  # how the vacancy's sector usually says it

    @property
    def candidate_term_note(self) -> str | None:
        """The candidate's sector's usual term, when saying so tells the reader something (see ``_news``)."""
        return _news(self.candidate_sector_term, self.candidate_phrase, self)

    @property
    def vacancy_term_note(self) -> str | None:
        """The vacancy's sector's usual term, when saying so tells the reader something (see ``_news``)."""
        return _news(self.vacancy_sector_term, self.vacancy_phrase, self)


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _news(term: str | None, phrase: str, match: ConceptMatch) -> str | None:
    """``term`` unless it repeats what the reader already sees: both sectors share the word (nothing to translate),
    the quoted phrase already says it ("»udvalgsbetjening« · hedder typisk »udvalgsbetjening«"), or it is the
    concept's own name."""
    if not term or match.candidate_sector_term == match.vacancy_sector_term:
        return None
    folded = _folded(term)
    if folded in _folded(phrase) or folded == _folded(match.name_da):
        return None
    return term


class MissingConcept(NamedTuple):
    """A required concept the candidate shows no evidence of, named in both languages (the page picks one)."""

    concept_id: str
    name_da: str
    name_en: str


@dataclass(frozen=True)
class Explanation:
    """Everything shown beside a ranked candidate or recommended vacancy."""

    score: float
    parts: list[ComponentPart]
    matches: list[ConceptMatch]
    missing: list[MissingConcept]  # required concepts the candidate shows no evidence of
    level_step: int  # vacancy level minus candidate level: 1 = a step up for the candidate
    distance_km: float
    crosses_sector: bool
    vacancy_functions: tuple[str, ...] = ()  # the vacancy's function ids, strongest first
    candidate_functions: tuple[str, ...] = ()  # the candidate's main function ids, strongest first
    required_professions: tuple[str, ...] = ()  # profession ids the vacancy requires (one of them suffices)
    missing_professions: tuple[str, ...] = ()  # the required ones, when the candidate has none of them


def _hits(encoder: DocumentEncoder, texts: list[str], describing: str = "") -> dict[int, tuple[str, str | None]]:
    """Concept index → (matched text, phrase sector) over several texts, first text winning; ``describing`` is the
    one that may describe the workplace (a vacancy's description), read as the encoder reads it."""
    found: dict[int, tuple[str, str | None]] = {}
    for text, describes in [*((text, False) for text in texts), (describing, True)]:
        for hit in encoder.matcher_.hits(encoder.lexicon_.rewrite_boilerplate(text), describing=describes):
            found.setdefault(hit.concept, (hit.matched_text, hit.sector))
    return found


@dataclass(frozen=True)
class _Side:
    """What one document contributes to every explanation it is part of (computed once per document)."""

    hits: dict[int, tuple[str, str | None]]  # concept → (matched text, phrase sector); required ones for vacancies
    nice: dict[int, tuple[str, str | None]]  # a vacancy's nice-to-have concepts (empty for a profile)
    functions: np.ndarray  # a vacancy's function focus, or a leader's function affinity
    professions: list[int]  # required (vacancy) or held (profile) professions


def _sides(encoder: DocumentEncoder, documents: list[VacancyDoc | ProfileDoc]) -> list[_Side]:
    """Each document's side, its roles read from one ``transform`` of them all."""
    encoded = encoder.blocks(encoder.transform(documents))
    sides = []
    for row, document in enumerate(documents):
        if isinstance(document, VacancyDoc):
            required = _hits(encoder, ["\n".join(document.competences), document.title], document.description)
            nice = _hits(encoder, ["\n".join(document.nice_to_have)])
        else:
            fields = document.text_fields()
            required = _hits(
                encoder, [fields["competences"], fields["titles"], fields["narrative"], fields["education"]]
            )
            nice = {}
        sides.append(_Side(required, nice, *encoded.roles(row)))
    return sides


def explain(
    encoder: DocumentEncoder,
    vacancy: VacancyDoc,
    profile: ProfileDoc,
    ranked: RankedCandidate,
    weights: Weights | None = None,
) -> Explanation:
    """Explain one (vacancy, profile) pair using the encoder that ranked it."""
    return explain_many(encoder, [(vacancy, profile, ranked)], weights)[0]


def explain_many(
    encoder: DocumentEncoder,
    pairs: Sequence[tuple[VacancyDoc, ProfileDoc, RankedCandidate]],
    weights: Weights | None = None,
) -> list[Explanation]:
    """Explain many pairs, analysing each distinct vacancy and profile once (a page of candidates shares its
    vacancy; a leader's recommendations share the leader)."""
    normalised = (weights or Weights()).normalised()
    distinct = {id(document): document for vacancy, profile, _ranked in pairs for document in (vacancy, profile)}
    sides = dict(zip(distinct, _sides(encoder, list(distinct.values())), strict=True))
    return [
        _explain(encoder, vacancy, sides[id(vacancy)], profile, sides[id(profile)], ranked, normalised)
        for vacancy, profile, ranked in pairs
    ]


def _explain(
    encoder: DocumentEncoder,
    vacancy: VacancyDoc,
    wanted: _Side,
    profile: ProfileDoc,
    has: _Side,
    ranked: RankedCandidate,
    normalised: dict[str, float],
) -> Explanation:
    parts = [
        ComponentPart(name, value, normalised[name], round(value * normalised[name], 6))
        for name, value in ranked.components.items()
    ]
    lexicon = encoder.lexicon_
    candidate, required = has.hits, wanted.hits
    matches = []
    for found, is_required in ((required, True), (wanted.nice, False)):
        for index, (vacancy_text, _sector) in found.items():
            if index not in candidate or (not is_required and index in required):
                continue
            concept = lexicon.concepts[index]
            matches.append(
                ConceptMatch(
                    concept_id=concept.id,
                    name_da=concept.name_da,
                    name_en=concept.name_en,
                    required=is_required,
                    candidate_phrase=candidate[index][0],
                    vacancy_phrase=vacancy_text,
                    candidate_sector_term=lexicon.sector_phrasing(index, profile.sector),
                    vacancy_sector_term=lexicon.sector_phrasing(index, vacancy.sector),
                )
            )
    missing = [
        MissingConcept(lexicon.concepts[i].id, lexicon.concepts[i].name_da, lexicon.concepts[i].name_en)
        for i in required
        if i not in candidate
    ]
    return Explanation(
        score=ranked.score,
        parts=parts,
        matches=matches,
        missing=missing,
        level_step=vacancy.level - profile.level,
        distance_km=round(distance_km(profile.municipality_code, vacancy.municipality_code), 1),
        crosses_sector=ranked.crosses_sector,
        **_roles(encoder, wanted, has),
    )


MAIN_FUNCTION = 0.5  # a leader's functions worth naming: affinity at least this (their main one is near 1)


def _roles(encoder: DocumentEncoder, vacancy: _Side, profile: _Side) -> dict[str, tuple[str, ...]]:
    """Functions and professions of both sides, by id, for the page to name."""
    recogniser = encoder.recogniser_
    focus, required, affinity, has = vacancy.functions, vacancy.professions, profile.functions, profile.professions
    ids, professions = recogniser.function_ids, recogniser.professions
    required_ids = tuple(professions[p].id for p in required)
    return {
        "vacancy_functions": tuple(ids[j] for j in np.argsort(-focus, kind="stable") if focus[j] > 0),
        "candidate_functions": tuple(
            ids[j] for j in np.argsort(-affinity, kind="stable") if affinity[j] >= MAIN_FUNCTION
        ),
        "required_professions": required_ids,
        "missing_professions": required_ids if required and not set(required) & set(has) else (),
    }
