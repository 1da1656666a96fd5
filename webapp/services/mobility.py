"""The mobility dashboard's numbers: hires between sectors, the share from another public subsector beside
VIVE's, the funnel from shortlist to hire, and the same by month.

What is counted:

* a *hire* is an outcome of kind "hired" into a public sector (stat, region, kommune): recorded by the employer
  after an accepted contact, or reported by the leader (also a job found outside Sektorbro). Its from-sector
  and level are the leader's when the hire was recorded; its month is the month of the first day of work;
* the *share from another public subsector* per receiving sector is hires from the other two public sectors
  divided by all hires into the sector (from privat and from the same sector included), as VIVE (2022) counts;
* the *funnel* follows one candidate for one vacancy through the stages the service records: in a top 10
  (the first time an employer's candidate list, page or API, showed the candidate on places 1–10:
  ``impressions``), shortlisted (the employer's decision), contact requested, contact accepted, hired (through
  that contact). A candidate counts at every stage up to the furthest one reached (one contacted without a
  shortlisting counts as shortlisted too; one shortlisted from place 14, or before top 10s were recorded,
  counts as in a top 10 too), so the stages never grow. The candidate's sector is the one stored with the
  hire, else the profile's sector now;
* by month: hires by the month of the first day of work; funnel stages by the month of the stage's event (a
  stage only implied by a later one takes that one's month).

Small numbers: outside the admin page every figure of 1–4 people is hidden, and so are as many other figures
as it takes that no sum shown (a row or column total, the share, a month's total) gives a hidden one back by
subtraction: every line of figures linked by one sum has no hidden figure or at least two. The extra ones are
the smallest non-zero figures of the line (``suppress``).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

import numpy as np
from scipy.linalg import null_space
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from matcher.sectors import SECTORS
from models import (
    PUBLIC_SECTORS,
    CandidateDecision,
    ContactRequest,
    ContactStatus,
    Decision,
    Impression,
    Organisation,
    Outcome,
    Profile,
    Vacancy,
    VacancyKind,
)

from . import outcomes
from .weight_effects import VIVE_BASELINE

MIN_CELL = 5  # figures of fewer people are hidden outside the admin page
FROM_SECTORS: tuple[str, ...] = SECTORS  # every sector, in the order of every table (matcher.sectors)
TO_SECTORS: tuple[str, ...] = tuple(s.value for s in PUBLIC_SECTORS)
STAGES = ("shown", "shortlisted", "contacted", "accepted", "hired")

Key = tuple[Hashable, ...]


def suppress(values: dict[Key, int], lines: Iterable[Sequence[Key]], minimum: int = MIN_CELL) -> frozenset[Key]:
    """The keys to hide: figures of 1 to ``minimum - 1``, and complements until no hidden figure can be worked out.

    A *line* is a set of figures linked by one sum, its total last (the cells of a row and the row's total, ...).
    Hiding is not enough while one line has a single hidden figure (subtract), nor while sums of lines pin one
    down: a column's total less its same-sector cell less the "from another public sector" total is the private
    cell. So after the quick rule (no line with exactly one hidden figure) an audit asks linear algebra which
    hidden figures the shown ones determine, and hides one more figure beside each until none is. A complement is
    the smallest non-zero figure near the exposed one (``_complement``); zeros are never hidden.

    What the audit does not weigh is that a hidden figure is at least 1 (zeros are shown): where the hidden figures
    of one line must add up to exactly as many as there are of them, each is 1. Figures this small are rare on a
    page whose smallest shown number is 5, and the admin page shows them anyway.
    """
    lines = [list(line) for line in lines]
    hidden = {key for key, value in values.items() if 0 < value < minimum}
    while True:
        _one_per_line(values, lines, hidden)
        exposed = _determined(lines, hidden)
        if not exposed:
            return frozenset(hidden)
        chosen = _complement(values, lines, hidden, min(exposed, key=repr))
        if chosen is None:  # every non-zero figure is hidden already: nothing more to hide
            return frozenset(hidden)
        hidden.add(chosen)


def _complement(values: dict[Key, int], lines: list[list[Key]], hidden: set[Key], exposed: Key) -> Key | None:
    """The figure to hide so that ``exposed`` can move: the smallest shown non-zero figure of a line it is in, else
    of a line linked to those through hidden figures, else anywhere. Zeros are never hidden: a hidden zero among
    figures whose shown total is zero is known all the same, and would only make the audit believe in a freedom
    the figures do not have."""
    reach, seen = {exposed}, set()
    while reach - seen:
        seen |= reach
        near = [line for line in lines if reach & set(line)]
        shown = [k for line in near for k in line if k not in hidden and values.get(k, 0) > 0]
        if shown:
            return min(shown, key=lambda k: (values.get(k, 0), repr(k)))
        reach = reach | {k for line in near for k in line if k in hidden}
    anywhere = [k for line in lines for k in line if k not in hidden and values.get(k, 0) > 0]
    return min(anywhere, key=lambda k: (values.get(k, 0), repr(k))) if anywhere else None


def _one_per_line(values: dict[Key, int], lines: list[list[Key]], hidden: set[Key]) -> None:
    """Hide complements until no line has exactly one hidden figure (the quick, common case)."""
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(key in hidden for key in line) != 1:
                continue
            nonzero = [key for key in line if key not in hidden and values.get(key, 0) > 0]
            if not nonzero:  # the rest are zeros, which stay shown (see _complement)
                continue
            hidden.add(min(nonzero, key=lambda key: (values.get(key, 0), repr(key))))
            changed = True


def _determined(lines: list[list[Key]], hidden: set[Key]) -> set[Key]:
    """Hidden figures the lines pin down given every shown figure: those on which every solution of the lines
    (restricted to the hidden figures) agrees, i.e. with no weight in the null space of their columns."""
    order = sorted(hidden, key=repr)
    if not order:
        return set()
    column = {key: i for i, key in enumerate(order)}
    rows = []
    for line in lines:
        row = np.zeros(len(order))
        for key in line[:-1]:
            if key in column:
                row[column[key]] += 1.0
        if line[-1] in column:
            row[column[line[-1]]] -= 1.0
        if row.any():
            rows.append(row)
    if not rows:
        return set()
    free = null_space(np.array(rows))  # the ways the hidden figures can move together, the shown ones fixed
    movable = np.abs(free).max(axis=1) if free.size else np.zeros(len(order))
    return {key for key in order if movable[column[key]] < 1e-9}


def _month(value: date | datetime) -> str:
    return f"{value.year:04d}-{value.month:02d}"


def _months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@dataclass
class _Pair:
    """One candidate for one vacancy on its way through the funnel."""

    from_sector: str
    to_sector: str
    dates: dict[str, date | datetime] = field(default_factory=dict)  # stage -> when


def _between_sectors(stage, *columns) -> Select:
    """A funnel stage's (vacancy, candidate) rows with ``columns``, then the sector the candidate would move from
    (the profile's) and to (the vacancy's organisation's); posts only, for short offers are no move between jobs.

    ``stage`` is a model with ``vacancy_id`` and ``profile_id`` (impressions, decisions, contact requests).
    """
    return (
        select(stage.vacancy_id, stage.profile_id, *columns)
        .add_columns(Profile.sector, Organisation.sector)
        .join(Profile, Profile.id == stage.profile_id)
        .join(Vacancy, Vacancy.id == stage.vacancy_id)
        .join(Organisation, Organisation.id == Vacancy.organisation_id)
        .where(Vacancy.kind == VacancyKind.POST)
    )


def _funnel_pairs(session: Session) -> list[_Pair]:
    """Every (vacancy, candidate) that reached a stage, with the date of each stage it recorded."""
    pairs: dict[Hashable, _Pair] = {}

    def pair(key, from_sector, to_sector) -> _Pair:
        return pairs.setdefault(key, _Pair(from_sector, to_sector))

    shown = session.execute(_between_sectors(Impression, Impression.shown_at))
    for vacancy_id, profile_id, when, from_sector, to_sector in shown:
        pair((vacancy_id, profile_id), from_sector, to_sector).dates["shown"] = when
    decided = session.execute(
        _between_sectors(CandidateDecision, CandidateDecision.updated_at).where(
            CandidateDecision.decision == Decision.SHORTLISTED
        )
    )
    for vacancy_id, profile_id, when, from_sector, to_sector in decided:
        pair((vacancy_id, profile_id), from_sector, to_sector).dates["shortlisted"] = when
    contacted = session.execute(
        _between_sectors(ContactRequest, ContactRequest.created_at, ContactRequest.status, ContactRequest.answered_at)
    )
    for vacancy_id, profile_id, created, status, answered, from_sector, to_sector in contacted:
        found = pair((vacancy_id, profile_id), from_sector, to_sector)
        found.dates["contacted"] = created
        if status == ContactStatus.ACCEPTED:
            found.dates["accepted"] = answered or created
    hires = session.execute(
        select(Outcome.id, Outcome.vacancy_id, Outcome.profile_id, Outcome.occurred_on)
        .add_columns(Outcome.from_sector, Outcome.to_sector)
        .where(outcomes.moved_jobs(), Outcome.via_sektorbro.is_(True))
    )
    for outcome_id, vacancy_id, profile_id, on, from_sector, to_sector in hires:
        # An erased leader's hire has no vacancy or profile left: it stands alone, having passed every stage.
        key = (vacancy_id, profile_id) if vacancy_id and profile_id else ("outcome", outcome_id)
        found = pair(key, from_sector, to_sector)
        found.from_sector = from_sector or found.from_sector  # the sector stored with the hire wins
        found.dates["hired"] = on
    return [p for p in pairs.values() if p.to_sector in TO_SECTORS and p.from_sector in FROM_SECTORS]


def _reached(found: _Pair) -> dict[str, str]:
    """The month of every stage the pair reached: an implied stage takes the month of the next recorded one."""
    months, later = {}, None
    for stage in reversed(STAGES):
        when = found.dates.get(stage)
        later = _month(when) if when is not None else later
        if later is not None:
            months[stage] = later
    return months


@dataclass(frozen=True)
class Dashboard:
    """Every figure of the dashboard by key, and which are hidden (none on the admin page)."""

    public: bool
    months: list[str]
    values: dict[Key, int]
    hidden: frozenset[Key]

    def get(self, *key: Hashable) -> int | None:
        """The figure, or None where it is hidden."""
        return None if key in self.hidden else self.values.get(key, 0)

    def is_hidden(self, *key: Hashable) -> bool:
        """True when the figure is hidden on this page."""
        return key in self.hidden

    def would_hide(self, *key: Hashable) -> bool:
        """True when the public page hides this figure (the admin page marks it)."""
        return key in self.public_hidden

    @cached_property
    def public_hidden(self) -> frozenset[Key]:
        """What the public page hides (the admin page shows everything but marks these); worked out once per
        dashboard, as the admin page asks for every figure."""
        return suppress(self.values, lines(self.months)) if not self.public else self.hidden

    def share(self, to_sector: str) -> float | None:
        """Hires from another public subsector as a share of all hires into the sector (None: hidden or none)."""
        cross, total = self.get("cross", to_sector), self.get("to", to_sector)
        return None if cross is None or not total else cross / total

    def month_share(self, month: str, to_sector: str) -> float | None:
        """The same share within one month."""
        cross, total = self.get("month_cross", month, to_sector), self.get("month", month, to_sector)
        return None if cross is None or not total else cross / total

    @staticmethod
    def baseline(to_sector: str) -> float:
        """VIVE's share (2022) for the receiving sector."""
        return VIVE_BASELINE[to_sector]

    @property
    def hires(self) -> int | None:
        """All hires into the public sectors."""
        return self.get("all")


def lines(months: Sequence[str]) -> list[list[Key]]:
    """Every set of figures the dashboard shows that one sum links (see ``suppress``)."""
    found: list[list[Key]] = []
    found += [[("flow", f, t) for t in TO_SECTORS] + [("from", f)] for f in FROM_SECTORS]
    found += [[("flow", f, t) for f in FROM_SECTORS] + [("to", t)] for t in TO_SECTORS]
    found.append([("from", f) for f in FROM_SECTORS] + [("all",)])
    found.append([("to", t) for t in TO_SECTORS] + [("all",)])
    found += [[("flow", f, t) for f in TO_SECTORS if f != t] + [("cross", t)] for t in TO_SECTORS]
    found += [[("month", m, t) for t in TO_SECTORS] + [("month_all", m)] for m in months]
    found += [[("month", m, t) for m in months] + [("to", t)] for t in TO_SECTORS]
    found += [[("month_cross", m, t) for m in months] + [("cross", t)] for t in TO_SECTORS]
    found.append([("month_all", m) for m in months] + [("all",)])
    pairs = [(f, t) for f in FROM_SECTORS for t in TO_SECTORS]
    found += [[("funnel", f, t, s) for f, t in pairs] + [("stage", s)] for s in STAGES]
    found += [[("funnel_month", m, s) for m in months] + [("stage", s)] for s in STAGES]
    return found


def figures(session: Session) -> tuple[list[str], dict[Key, int]]:
    """Count every figure (nothing hidden yet): the months covered, and the values by key."""
    values: dict[Key, int] = defaultdict(int)
    hires = session.execute(
        select(Outcome.from_sector, Outcome.to_sector, Outcome.occurred_on).where(
            outcomes.moved_jobs(),
            Outcome.to_sector.in_(TO_SECTORS),
            Outcome.from_sector.in_(FROM_SECTORS),
        )
    ).all()
    pairs = _funnel_pairs(session)
    reached = [(p, _reached(p)) for p in pairs]
    seen = {_month(on) for _f, _t, on in hires} | {m for _p, r in reached for m in r.values()}
    months = _months_between(min(seen), max(seen)) if seen else []
    for from_sector, to_sector, on in hires:
        month, cross = _month(on), from_sector in TO_SECTORS and from_sector != to_sector
        for key in (
            ("flow", from_sector, to_sector),
            ("from", from_sector),
            ("to", to_sector),
            ("all",),
            ("month", month, to_sector),
            ("month_all", month),
        ):
            values[key] += 1
        if cross:
            values[("cross", to_sector)] += 1
            values[("month_cross", month, to_sector)] += 1
    for found, months_reached in reached:
        for stage, month in months_reached.items():
            values[("funnel", found.from_sector, found.to_sector, stage)] += 1
            values[("stage", stage)] += 1
            values[("funnel_month", month, stage)] += 1
    for line in lines(months):  # every figure shown has a value, zero included
        for key in line:
            values.setdefault(key, 0)
    return months, dict(values)


def dashboard(session: Session, public: bool) -> Dashboard:
    """The dashboard's figures; on the public page with small numbers (and their complements) hidden."""
    months, values = figures(session)
    hidden = suppress(values, lines(months)) if public else frozenset()
    return Dashboard(public=public, months=months, values=values, hidden=hidden)


CSV_HEADER = ("table", "from_sector", "to_sector", "stage", "month", "value")
HIDDEN_MARK = "hidden"  # fewer than MIN_CELL people, or hidden so that no small figure can be derived


def csv_rows(board: Dashboard) -> list[tuple[str, ...]]:
    """The dashboard as rows of (table, from, to, stage, month, value); hidden figures say ``hidden``."""
    rows: list[tuple[str, ...]] = []

    def add(table: str, key: Key, from_sector="", to_sector="", stage="", month="") -> None:
        value = board.get(*key)
        rows.append((table, from_sector, to_sector, stage, month, HIDDEN_MARK if value is None else str(value)))

    for f in FROM_SECTORS:
        for t in TO_SECTORS:
            add("hires", ("flow", f, t), f, t)
        add("hires", ("from", f), f, "all")
    for t in TO_SECTORS:
        add("hires", ("to", t), "all", t)
    add("hires", ("all",), "all", "all")
    for t in TO_SECTORS:
        add("hires_from_other_public_sector", ("cross", t), "other_public", t)
    for m in board.months:
        for t in TO_SECTORS:
            add("hires_by_month", ("month", m, t), "all", t, month=m)
            add("hires_from_other_public_sector_by_month", ("month_cross", m, t), "other_public", t, month=m)
        add("hires_by_month", ("month_all", m), "all", "all", month=m)
    for f in FROM_SECTORS:
        for t in TO_SECTORS:
            for s in STAGES:
                add("funnel", ("funnel", f, t, s), f, t, s)
    for s in STAGES:
        add("funnel", ("stage", s), "all", "all", s)
    for m in board.months:
        for s in STAGES:
            add("funnel_by_month", ("funnel_month", m, s), "all", "all", s, m)
    return rows


def to_csv(board: Dashboard) -> str:
    """The dashboard as CSV text (comma-separated, one header line)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(csv_rows(board))
    return out.getvalue()
