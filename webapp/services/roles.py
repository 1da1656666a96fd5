"""The function a vacancy or a leader belongs to, the professions a vacancy requires, and the competence
concepts found in a profile, for the pages.

The ranking reads these from its own fitted index; pages that only show them (a vacancy, a profile) must not
load or build the index, so they use an encoder fitted on the taxonomy alone, once per process. Both read the
same titles, unit names and requirement sentences, so what a page says is what the ranking uses. An anonymous
candidate card is the exception: it is built beside the ranking and names what the ranking's own encoder found.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from matcher.documents import ProfileDoc
from matcher.encoded import EncodedRows
from matcher.encoder import DocumentEncoder
from matcher.explain import MAIN_FUNCTION
from models import Profile, Vacancy

from .ranking import profile_doc, vacancy_doc


@dataclass(frozen=True)
class Roles:
    """Function ids (strongest first) and profession ids."""

    functions: tuple[str, ...]
    professions: tuple[str, ...]


@dataclass(frozen=True)
class ConceptName:
    """A competence concept of the taxonomy, by its id and names: our words, never a leader's."""

    id: str
    name_da: str
    name_en: str


@dataclass(frozen=True)
class Recognised(Roles):
    """What the matcher recognised in a profile, named only in the taxonomy's words."""

    concepts: tuple[ConceptName, ...] = ()  # strongest evidence first


@cache
def _encoder() -> DocumentEncoder:
    """An encoder that knows only the taxonomy (about a second to fit, once per process)."""
    return DocumentEncoder().fit([])


def _ordered(encoder: DocumentEncoder, values: np.ndarray, threshold: float) -> tuple[str, ...]:
    ids = encoder.recogniser_.function_ids
    return tuple(ids[j] for j in np.argsort(-values, kind="stable") if values[j] > threshold)


def of_vacancy(vacancy: Vacancy) -> Roles:
    """The vacancy's functions and the professions it requires (one of them suffices)."""
    encoder = _encoder()
    focus, professions = encoder.blocks(encoder.transform([vacancy_doc(vacancy)])).roles(0)
    return Roles(_ordered(encoder, focus, 0.0), tuple(encoder.recogniser_.professions[p].id for p in professions))


def _profile_roles(encoder: DocumentEncoder, encoded: EncodedRows) -> Roles:
    affinity, professions = encoded.roles(0)
    return Roles(
        _ordered(encoder, affinity, MAIN_FUNCTION - 1e-6),
        tuple(encoder.recogniser_.professions[p].id for p in professions),
    )


def of_profile(profile: Profile) -> Roles:
    """The leader's main functions and the professions their titles and education show."""
    encoder = _encoder()
    return _profile_roles(encoder, encoder.blocks(encoder.transform([profile_doc(profile)])))


def recognised(encoder: DocumentEncoder, doc: ProfileDoc) -> Recognised:
    """The concepts, main functions and professions ``encoder`` finds in a profile, named in our words.

    What an anonymous candidate card says instead of the leader's own texts, so it carries no name, place or
    employer the leader wrote.
    """
    concepts = encoder.lexicon_.concepts
    encoded = encoder.blocks(encoder.transform([doc]))
    strengths = encoded.concept_strengths(0)
    ordered = sorted(strengths, key=lambda i: (-strengths[i], concepts[i].name_da))
    found = _profile_roles(encoder, encoded)
    return Recognised(
        found.functions,
        found.professions,
        tuple(ConceptName(concepts[i].id, concepts[i].name_da, concepts[i].name_en) for i in ordered),
    )
