"""Score components, each in [0, 1] and computed for all candidates at once (no Python loop over people).

Every function takes arrays over candidates and returns a float32 array of the same length.

>>> [round(float(x), 2) for x in level_fit(np.array([2, 1, 3, 4]), vacancy_level=2)]
[1.0, 0.8, 0.55, 0.15]
"""

from __future__ import annotations

import numpy as np

from .sectors import SECTORS
from .weights import COMPONENT_INDEX, COMPONENTS

SECTOR_INDEX = {sector: index for index, sector in enumerate(SECTORS)}
SEEKING = ("active", "open", "not_looking")
SEEKING_INDEX = {value: index for index, value in enumerate(SEEKING)}

# Indexed by vacancy level minus candidate level, shifted by 3 (so index 3 is "same level").
# Same level is best; one step up is a normal career move; one step down is acceptable; more is poor.
_LEVEL_TABLE = np.array([0.0, 0.15, 0.55, 1.0, 0.8, 0.2, 0.0], dtype=np.float32)
# How much a leader's seeking status says about willingness to move.
_SEEKING_TABLE = np.array([1.0, 0.75, 0.3], dtype=np.float32)
GEOGRAPHY_AT_LIMIT = 0.8  # score at exactly the leader's max commute
GEOGRAPHY_DECAY_KM = 25.0  # beyond the limit, the score falls by 1/e every 25 km


def level_fit(candidate_levels: np.ndarray, vacancy_level: int) -> np.ndarray:
    """Fit of each candidate's level to the vacancy's (1–4 scale)."""
    delta = np.clip(vacancy_level - candidate_levels.astype(np.int16), -3, 3) + 3
    return _LEVEL_TABLE[delta]


def geography_fit(distances_km: np.ndarray, max_commute_km: np.ndarray) -> np.ndarray:
    """1 at home, falling to 0.8 at the leader's max commute, then decaying quickly beyond it.

    >>> [round(float(x), 2) for x in geography_fit(np.array([0.0, 50.0, 100.0]), np.array([50, 50, 50]))]
    [1.0, 0.8, 0.11]
    """
    distance = np.asarray(distances_km, dtype=np.float32)
    limit = np.broadcast_to(np.maximum(np.asarray(max_commute_km, dtype=np.float32), 1.0), distance.shape)
    fit = np.minimum(distance / limit, 1.0)  # inside the limit: falls linearly to GEOGRAPHY_AT_LIMIT
    fit *= -(1.0 - GEOGRAPHY_AT_LIMIT)
    fit += 1.0
    beyond = np.flatnonzero(distance > limit)  # only these pay for the exponential
    if len(beyond):
        excess = distance[beyond] - limit[beyond]
        fit[beyond] = GEOGRAPHY_AT_LIMIT * np.exp(-excess / GEOGRAPHY_DECAY_KM)
    return fit


def sector_mask(open_bits: np.ndarray, vacancy_sector: str) -> np.ndarray:
    """True for candidates open to the vacancy's sector (everyone else is excluded, not just scored low)."""
    return (open_bits & (1 << SECTOR_INDEX[vacancy_sector])) != 0


def open_bits(sectors: list[str]) -> int:
    """Pack a list of sectors into the bit set ``sector_mask`` reads."""
    return sum(1 << SECTOR_INDEX[sector] for sector in set(sectors) if sector in SECTOR_INDEX)


def willingness(seeking_codes: np.ndarray) -> np.ndarray:
    """How ready each candidate is to move: actively seeking, open, or not looking."""
    return _SEEKING_TABLE[seeking_codes]


def cross_sector(candidate_sectors: np.ndarray, vacancy_sector: str) -> np.ndarray:
    """1 for candidates whose current sector differs from the vacancy's."""
    return (candidate_sectors != SECTOR_INDEX[vacancy_sector]).astype(np.float32)


def assemble(rows: int, **columns: np.ndarray | float) -> np.ndarray:
    """The component matrix (rows × ``COMPONENTS``) from named columns, clipped to [0, 1].

    Both ranking directions (candidates for a vacancy, vacancies for a leader) build their scores here, so
    a component means the same thing whichever way the ranking runs. A component not given is zero.
    """
    unknown = set(columns) - set(COMPONENTS)
    if unknown:
        raise ValueError(f"unknown components {sorted(unknown)}")
    # Filled component by component into contiguous rows and handed out transposed (rows × components, column
    # order): every write and clip then runs over contiguous memory, several times faster than strided columns.
    values = np.zeros((len(COMPONENTS), rows), dtype=np.float32)
    for name, column in columns.items():
        row = values[COMPONENT_INDEX[name]]
        np.fmax(column, 0.0, out=row)  # NaN (a 0/0) and anything below 0 become 0, in one pass
        np.minimum(row, 1.0, out=row)
    return values.T


def meets_profession(professions: np.ndarray | int, required: np.ndarray | int) -> np.ndarray:
    """True where the leader has one of the required professions, or none is required (bit sets, broadcast).

    Either side may be an array: candidates for one vacancy's requirement, or vacancies for one leader.
    """
    professions = np.asarray(professions, dtype=np.uint16)
    required = np.asarray(required, dtype=np.uint16)
    return (required == 0) | ((professions & required) != 0)
