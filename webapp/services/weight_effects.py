"""What a change of weights would do, before it is saved.

``preview`` ranks one vacancy with the active and with proposed weights and says who moved up, down, into and
out of the top 10. ``aggregate`` ranks every published vacancy with one or more sets of weights and counts, per
vacancy sector, the share of top-10 candidates who come from another public sector, beside VIVE's measured
share of leaders hired from another public sector (2022), and, for every set after the first, how its top 10s
differ from the first set's (who moves up, down, into the top 10). It is array work only: one index,
``index.rank`` per vacancy and weight set, no explanations, one query for the candidates' sectors.

No mean score: a score is computed with the weights, so scores under two weight sets are not comparable (raising
the cross-sector weight raises the mean score of a top 10 full of cross-sector candidates without anyone fitting
better).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from matcher.sectors import SECTORS
from matcher.weights import Weights
from models import PUBLIC_SECTORS, Profile, Vacancy, VacancyStatus

from . import ranking
from . import weights as weight_sets

TOP = 10
CHUNK = 5000

# VIVE, "Ledermobilitet – Afdækning af motiver og barrierer" (2022): share of leaders hired into each sector
# who came from a leadership job in one of the other two public sectors.
VIVE_BASELINE = {"stat": 0.07, "kommune": 0.05, "region": 0.21}


@dataclass(frozen=True)
class Moved:
    """One candidate in either top 10: place and score with the active and with the proposed weights."""

    profile: Profile
    before: int | None
    after: int | None
    score_before: float | None
    score_after: float | None
    crosses_sector: bool

    @property
    def movement(self) -> str:
        """``up``, ``down``, ``same``, ``in`` (new in the top) or ``out`` (dropped out of it)."""
        if self.before is None:
            return "in"
        if self.after is None:
            return "out"
        if self.after < self.before:
            return "up"
        return "down" if self.after > self.before else "same"

    @property
    def steps(self) -> int:
        """How many places the candidate moved (0 for in, out and same)."""
        return abs(self.before - self.after) if self.before and self.after else 0


@dataclass(frozen=True)
class Preview:
    """A vacancy's top 10 today (``before``) and with the proposed weights (``after``).

    ``lifted`` counts candidates the proposed cross-sector weight places above a candidate who fits the
    vacancy better (scored on every other component with the same weights); ``passed_over`` counts those
    better-fitting candidates. Both are 0 when the cross-sector weight only breaks ties.
    """

    vacancy: Vacancy
    before: list[Moved]
    after: list[Moved]
    lifted: int = 0
    passed_over: int = 0

    @property
    def dropped(self) -> list[Moved]:
        """Today's top candidates who are not in the new top."""
        return [m for m in self.before if m.after is None]

    def count(self, movement: str) -> int:
        """How many candidates moved this way."""
        pool = self.before if movement == "out" else self.after
        return sum(1 for m in pool if m.movement == movement)


def published_vacancies(session: Session) -> list[Vacancy]:
    """Published vacancies, for choosing one to preview, newest first."""
    stmt = (
        select(Vacancy)
        .options(joinedload(Vacancy.organisation))
        .where(Vacancy.status == VacancyStatus.PUBLISHED)
        .order_by(Vacancy.published_at.desc(), Vacancy.id.desc())
    )
    return list(session.scalars(stmt))


def preview(
    session: Session, directory: Path, vacancy: Vacancy, proposed: Weights, active: Weights | None = None
) -> Preview:
    """Rank one vacancy with the active weights and with ``proposed``; who moved where."""
    active = active or weight_sets.active_weights(session)
    today = ranking.rank_candidates(session, directory, vacancy, TOP, active, explain_all=False)
    new = ranking.rank_candidates(session, directory, vacancy, TOP, proposed, explain_all=False)
    place_before = {r.profile.id: (i, r.ranked.score) for i, r in enumerate(today, start=1)}
    place_after = {r.profile.id: (i, r.ranked.score) for i, r in enumerate(new, start=1)}

    def moved(item) -> Moved:
        before = place_before.get(item.profile.id, (None, None))
        after = place_after.get(item.profile.id, (None, None))
        return Moved(item.profile, before[0], after[0], before[1], after[1], item.ranked.crosses_sector)

    lifted, passed_over = _lifts(session, directory, vacancy, proposed, new)
    return Preview(vacancy, [moved(r) for r in today], [moved(r) for r in new], lifted, passed_over)


# Candidates whose fits differ by less than this (2.5 points of 100) fit equally well; breaking such ties is
# what the default cross-sector weight (0.02 of the score) is for, and all it can do.
FIT_TOLERANCE = 0.025


def fit_without_cross_sector(components: dict[str, float], weights: Weights) -> float:
    """The score on every component but cross-sector, with the same weights (scaled to [0, 1])."""
    raw = {name: value for name, value in weights.as_dict().items() if name != "cross_sector"}
    total = sum(raw.values())
    return sum(raw[name] * components.get(name, 0.0) for name in raw) / total if total > 0 else 0.0


def _lifts(session: Session, directory: Path, vacancy: Vacancy, proposed: Weights, new: list) -> tuple[int, int]:
    """(candidates placed above a better fit, better fits passed over) by the proposed cross-sector weight."""
    if proposed.cross_sector <= 0:
        return 0, 0
    by_fit = ranking.rank_candidates(
        session, directory, vacancy, TOP, replace(proposed, cross_sector=0.0), explain_all=False
    )
    fits = {r.profile.id: fit_without_cross_sector(r.ranked.components, proposed) for r in [*new, *by_fit]}
    place = {r.profile.id: i for i, r in enumerate(new)}
    lifted, passed_over = set(), set()
    for above in new:
        for other, fit in fits.items():
            below = place.get(other, len(new)) > place[above.profile.id]
            if below and fit > fits[above.profile.id] + FIT_TOLERANCE:
                lifted.add(above.profile.id)
                passed_over.add(other)
    return len(lifted), len(passed_over)


@dataclass
class SectorEffect:
    """Top-10 places over the published vacancies of one sector (or all), with who fills them."""

    sector: str | None  # None: every vacancy in a public sector
    vacancies: int = 0
    places: int = 0
    other_public: int = 0  # from one of the other two public sectors (what VIVE counts)
    private: int = 0  # from the private sector, for vacancies in a public one

    @property
    def baseline(self) -> float | None:
        """VIVE's share for this sector (None for privat and for the total)."""
        return VIVE_BASELINE.get(self.sector) if self.sector else None

    @property
    def share(self) -> float | None:
        """Share of top-10 places held by candidates from another public sector."""
        return self.other_public / self.places if self.places else None

    @property
    def private_share(self) -> float | None:
        """Share of top-10 places held by candidates from the private sector."""
        return self.private / self.places if self.places else None


@dataclass
class SectorMoves:
    """How a weight set's top 10s differ from the first set's, over one sector's published vacancies (or all)."""

    sector: str | None  # None: every published vacancy, private ones included
    vacancies: int = 0
    changed: int = 0  # vacancies whose top 10 differs (who is in it, or in what order)
    places: int = 0  # top-10 places with this weight set
    up: int = 0  # candidates in both top 10s, higher now
    down: int = 0  # in both, lower now
    new: int = 0  # in this top 10 but not the first (as many have dropped out)

    def share(self, count: int) -> float | None:
        """``count`` as a share of the top-10 places."""
        return count / self.places if self.places else None


@dataclass(frozen=True)
class Moves:
    """Per vacancy sector and over all published vacancies."""

    sectors: list[SectorMoves]
    total: SectorMoves


@dataclass(frozen=True)
class Effect:
    """The aggregate effect of one set of weights: per vacancy sector, and over all vacancies.

    ``moves`` compares its top 10s with the first weight set's (None for the first itself).
    """

    weights: Weights
    sectors: list[SectorEffect]
    total: SectorEffect
    moves: Moves | None = None


def _count_moves(moves: SectorMoves, before: list[int], after: list[int]) -> None:
    """Add one vacancy's top 10 with the first weight set (``before``) and with this one (``after``)."""
    place_before = {key: place for place, key in enumerate(before)}
    moves.vacancies += 1
    moves.changed += before != after
    moves.places += len(after)
    for place, key in enumerate(after):
        was = place_before.get(key)
        if was is None:
            moves.new += 1
        elif place < was:
            moves.up += 1
        elif place > was:
            moves.down += 1


def aggregate(session: Session, directory: Path, weight_list: Sequence[Weights]) -> list[Effect]:
    """Rank every published vacancy with each set of weights and sum up the top 10s, one Effect per set."""
    index = ranking.current_index(session, directory)
    vacancies = published_vacancies(session)
    docs = [(v.sector, ranking.vacancy_doc(v)) for v in vacancies]
    results = [[(sector, index.rank(doc, w, limit=TOP)) for sector, doc in docs] for w in weight_list]
    keys = sorted({item.key for rankings in results for _sector, ranked in rankings for item in ranked})
    sector_of: dict[int, str] = {}
    for start in range(0, len(keys), CHUNK):  # bounded IN lists (SQLite limits bound parameters)
        chunk = keys[start : start + CHUNK]
        sector_of.update(session.execute(select(Profile.id, Profile.sector).where(Profile.id.in_(chunk))).all())
    # Candidates deleted since the index replayed hold no place.
    tops = [
        [[item.key for item in ranked if item.key in sector_of] for _sector, ranked in rankings] for rankings in results
    ]
    present = [s for s in SECTORS if s in {sector for sector, _doc in docs}]
    effects = []
    for n, (w, top) in enumerate(zip(weight_list, tops, strict=True)):
        by_sector = {s: SectorEffect(s) for s in present}
        total = SectorEffect(None)
        for (sector, _doc), keys in zip(docs, top, strict=True):
            for effect in (by_sector[sector], total) if sector in PUBLIC_SECTORS else (by_sector[sector],):
                effect.vacancies += 1
                effect.places += len(keys)
                if sector in PUBLIC_SECTORS:
                    candidates = [sector_of[key] for key in keys]
                    effect.other_public += sum(c in PUBLIC_SECTORS and c != sector for c in candidates)
                    effect.private += sum(c == "privat" for c in candidates)
        moves = None
        if n:
            moved = {s: SectorMoves(s) for s in present}
            moved_total = SectorMoves(None)
            for (sector, _doc), before, after in zip(docs, tops[0], top, strict=True):
                _count_moves(moved[sector], before, after)
                _count_moves(moved_total, before, after)
            moves = Moves(list(moved.values()), moved_total)
        effects.append(Effect(w, list(by_sector.values()), total, moves))
    return effects
