"""The function a vacancy or a leader belongs to, and the professions a vacancy requires, for the pages.

The ranking reads these from its own fitted index; pages that only show them (a vacancy, a profile) must not
load or build the index, so they use an encoder fitted on the taxonomy alone, once per process. Both read the
same titles, unit names and requirement sentences, so what a page says is what the ranking uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from matcher.encoder import DocumentEncoder
from matcher.explain import MAIN_FUNCTION
from models import Profile, Vacancy

from .ranking import profile_doc, vacancy_doc


@dataclass(frozen=True)
class Roles:
    """Function ids (strongest first) and profession ids."""

    functions: tuple[str, ...]
    professions: tuple[str, ...]


@cache
def _encoder() -> DocumentEncoder:
    """An encoder that knows only the taxonomy (about a second to fit, once per process)."""
    return DocumentEncoder().fit([], [])


def _ordered(encoder: DocumentEncoder, values: np.ndarray, threshold: float) -> tuple[str, ...]:
    ids = encoder.recogniser_.function_ids
    return tuple(ids[j] for j in np.argsort(-values, kind="stable") if values[j] > threshold)


def of_vacancy(vacancy: Vacancy) -> Roles:
    """The vacancy's functions and the professions it requires (one of them suffices)."""
    encoder = _encoder()
    focus, professions = encoder.vacancy_roles(vacancy_doc(vacancy))
    return Roles(_ordered(encoder, focus, 0.0), tuple(encoder.recogniser_.professions[p].id for p in professions))


def of_profile(profile: Profile) -> Roles:
    """The leader's main functions and the professions their titles and education show."""
    encoder = _encoder()
    affinity, professions = encoder.profile_roles(profile_doc(profile))
    return Roles(
        _ordered(encoder, affinity, MAIN_FUNCTION - 1e-6),
        tuple(encoder.recogniser_.professions[p].id for p in professions),
    )
