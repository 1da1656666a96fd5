"""Who holds the live top 10s: the candidates the ranking puts first for every published vacancy, counted by
their sector (against the vacancy's), their home region and their leadership level, beside the same shares
among every candidate the ranking may show (the pool).

Each vacancy's top 10 is the one its employer's candidate page opens with (no filters: leaders who are hidden,
or discreet towards the vacancy's organisation, are left out, as on the page). Ranking reads the index and never
fits; the counts are kept per process for one index snapshot, set of weights and set of published vacancies,
and refreshed when profiles changed and they are older than ``TTL`` (as ``where_else`` keeps its bars): an
admin page must not rank every vacancy on every view.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcher.geography import REGIONS, municipality
from matcher.sectors import SECTORS as SECTORS  # every sector, in table order (re-exported for the pages)
from matcher.weights import Weights
from models import Profile, Visibility

from . import ranking
from .matcher_docs import published, vacancy_doc

TOP = 10
MARGIN = 10  # ranked beyond the 10, so that leaders left out (hidden since, discreet) leave no hole
TTL = 300.0  # seconds the counts may lag behind profile edits
REGION_CODES: tuple[int, ...] = tuple(r.code for r in REGIONS)


def region_of(municipality_code: int | None) -> int | None:
    """The (2007) region of a kommunekode, or None."""
    try:
        return municipality(municipality_code).region_code if municipality_code else None
    except KeyError:
        return None


@dataclass
class Composition:
    """Top-10 places over the published vacancies, and the pool, counted three ways."""

    vacancies: Counter = field(default_factory=Counter)  # vacancy sector -> published vacancies
    places: Counter = field(default_factory=Counter)  # (candidate sector, vacancy sector) -> places
    regions: Counter = field(default_factory=Counter)  # candidate region code (None: unknown) -> places
    same_region: int = 0  # places held by a candidate from the vacancy's own region
    levels: Counter = field(default_factory=Counter)  # candidate level -> places
    same_level: int = 0  # places held by a candidate at the vacancy's level
    pool_sectors: Counter = field(default_factory=Counter)  # every candidate the ranking may show
    pool_regions: Counter = field(default_factory=Counter)
    pool_levels: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        """Every top-10 place filled."""
        return sum(self.places.values())

    @property
    def pool(self) -> int:
        return sum(self.pool_sectors.values())

    def by_sector(self, candidate_sector: str) -> int:
        """Places held by candidates of one sector, over every vacancy."""
        return sum(n for (c, _v), n in self.places.items() if c == candidate_sector)

    def in_vacancy_sector(self, vacancy_sector: str) -> int:
        """Places in the top 10s of one sector's vacancies."""
        return sum(n for (_c, v), n in self.places.items() if v == vacancy_sector)

    def other_sector(self, vacancy_sector: str | None = None) -> int:
        """Places held by a candidate from another sector than the vacancy's (of one vacancy sector, or all)."""
        return sum(n for (c, v), n in self.places.items() if c != v and vacancy_sector in (None, v))

    @staticmethod
    def share(part: int, whole: int) -> float | None:
        return part / whole if whole else None


def count(session: Session, directory: Path, weights: Weights) -> Composition:
    """Rank every published vacancy (its page's first 10) and count who holds the places."""
    found = Composition()
    for vacancy in published(session):
        ranked = ranking.rank_candidates(session, directory, vacancy, TOP + MARGIN, weights, explain_all=False)
        found.vacancies[vacancy.sector] += 1
        vacancy_region = region_of(vacancy.municipality_code)
        for item in ranked[:TOP]:
            profile = item.profile
            found.places[(profile.sector, vacancy.sector)] += 1
            region = region_of(profile.municipality_code)
            found.regions[region] += 1
            found.same_region += region is not None and region == vacancy_region
            found.levels[profile.level] += 1
            found.same_level += profile.level == vacancy.level
    pool = session.execute(
        select(Profile.sector, Profile.level, Profile.municipality_code, func.count())
        .where(Profile.visibility != Visibility.HIDDEN)
        .group_by(Profile.sector, Profile.level, Profile.municipality_code)
    )
    for sector, level, code, n in pool:
        found.pool_sectors[sector] += n
        found.pool_levels[level] += n
        found.pool_regions[region_of(code)] += n
    return found


@dataclass
class _Kept:
    composition: Composition
    change_seq: int
    made: float


_KEPT: dict[tuple, _Kept] = {}
_LOCK = threading.Lock()


def composition(session: Session, directory: Path, weights: Weights) -> Composition:
    """The counts for these weights, kept per index snapshot and published vacancies (raises
    ``IndexUnavailable`` without an index)."""
    index = ranking.current_index(session, directory)
    docs = tuple(vacancy_doc(v) for v in published(session))
    key = (str(directory), index.version, weights, docs)
    with _LOCK:
        held = _KEPT.get(key)
    if held is None or (held.change_seq != index.change_seq and time.monotonic() - held.made > TTL):
        held = _Kept(count(session, directory, weights), index.change_seq, time.monotonic())
        with _LOCK:
            if len(_KEPT) > 16:  # a few weight versions per index; older snapshots are dropped
                _KEPT.clear()
            _KEPT[key] = held
    return held.composition


def forget() -> None:
    """Drop the kept counts (tests)."""
    with _LOCK:
        _KEPT.clear()
