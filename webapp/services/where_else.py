"""Where else a leader fits ("Hvor passer du også"): the kinds of other sectors' vacancies whose top 10 the
leader would reach today, and the competences that would lift them (``matcher.counterfactual``).

Reads the index (``current_index``), never fits. Each vacancy's bar (its 10th best other candidate) is the same
for every leader, so the bars are kept per process for one index snapshot, weights and set of published
vacancies, and refreshed when other profiles changed and the bars are older than ``BAR_TTL``: at 100k
profiles a bar costs a ranking, a leader's own scores cost one pass over the vacancies. The leader's own
scores are never stale: they come from the profile as it is now. A leader's answer is kept per (bars, profile
document), so reloading the dashboard costs nothing.
"""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from matcher import counterfactual, privacy
from matcher.counterfactual import Bar, Kind
from matcher.weights import Weights
from models import Profile, Vacancy, Visibility

from . import weights as weight_sets
from .errors import ProfileHidden
from .index_store import current_index
from .matcher_docs import organisation_families, profile_doc, published, vacancy_doc

BAR_TTL = 300.0  # seconds the bars may lag behind other leaders' edits
CACHE_SIZE = 512  # leaders' answers kept per process
SHOWN = 4  # kinds shown on the dashboard: the best few, one line each, keep it short
EXAMPLES = 3  # vacancies linked per kind


@dataclass(frozen=True)
class KindOfVacancy:
    """One kind (function × sector) as the dashboard shows it: the matcher's answer and the vacancies behind it."""

    kind: Kind
    top: list[Vacancy]  # vacancies of the kind whose top 10 the leader is in today (some of them)
    others: list[Vacancy]  # the kind's other vacancies (some of them), for the lifted cases

    @property
    def function(self) -> str | None:
        return self.kind.function

    @property
    def sector(self) -> str:
        return self.kind.sector


@dataclass
class _Bars:
    bars: dict[int, Bar]
    change_seq: int
    made: float
    serial: int  # names these bars in the answers kept for them


_BARS: dict[tuple, _Bars] = {}
_ANSWERS: dict[tuple, list[Kind]] = {}
_LOCK = threading.Lock()
_SERIAL = itertools.count()


def where_else(
    session: Session, directory: Path, profile: Profile, weights: Weights | None = None, shown: int = SHOWN
) -> list[KindOfVacancy]:
    """The kinds of vacancies in other sectors where the leader would be in the top 10, or get there with one
    competence, best first (raises ``IndexUnavailable`` without an index, ``ProfileHidden`` for a hidden one)."""
    if not privacy.seen_at_all(profile.visibility):
        raise ProfileHidden()
    index = current_index(session, directory)
    weights = weights or weight_sets.active_weights(session)
    # Every published vacancy, not only other sectors': the bars are shared by leaders of every sector.
    vacancies = {v.id: v for v in published(session)}
    docs = tuple(vacancy_doc(v) for v in vacancies.values())
    families = organisation_families(session) if profile.visibility == Visibility.DISCREET else None
    leader = profile_doc(profile, families)
    key = (str(directory), index.version, weights, docs)
    with _LOCK:
        held = _BARS.get(key)
    stale = held is None or (held.change_seq != index.change_seq and time.monotonic() - held.made > BAR_TTL)
    if stale:
        held = _Bars(counterfactual.bars(index, docs, weights), index.change_seq, time.monotonic(), next(_SERIAL))
        with _LOCK:
            for old in [k for k in _BARS if k[0] == key[0]]:
                _BARS.pop(old, None)  # one set of bars per index directory: the newest
            _BARS[key] = held
    answer_key = (held.serial, leader)
    with _LOCK:
        kinds = _ANSWERS.get(answer_key)
    if kinds is None:
        kinds = counterfactual.where_else(index, leader, docs, held.bars, weights)
        with _LOCK:
            if len(_ANSWERS) >= CACHE_SIZE:
                _ANSWERS.clear()
            _ANSWERS[answer_key] = kinds
    return [
        KindOfVacancy(
            kind,
            [vacancies[k] for k in kind.in_top[:EXAMPLES]],
            [vacancies[k] for k in kind.vacancies if k not in kind.in_top][:EXAMPLES],
        )
        for kind in kinds[:shown]
    ]


def forget() -> None:
    """Drop the kept bars and answers (tests; a rebuilt index is another version anyway)."""
    with _LOCK:
        _BARS.clear()
        _ANSWERS.clear()
