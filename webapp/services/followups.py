"""Follow-ups of hires: three and twelve months after a hire, both sides are asked two short questions.

Who is asked, one predicate each:

* the leader who was hired, through their account (an imported profile without one is not asked);
* on the employer's side, only for a hire into a vacancy on Sektorbro: the employer who recorded the hire while
  still an approved employer of the vacancy's organisation, else the vacancy's employers
  (``notifications.vacancy_employers``). The first of them to answer answers for the organisation; the
  colleagues' questions close. A new job a leader reports alone (found elsewhere) asks only the leader;
* each question is asked once (``FollowUp`` is unique per hire, person and month) and only in its window: the
  3-month question until the 12-month one is due, the 12-month question for six months, so a hire recorded
  years late does not ask how the first months went.

Nothing is scheduled ahead: ``flask send-alerts`` asks whatever is due today (``ask_due``), from the hires as
they stand, so a corrected date or a hire turned into "ikke ansat" is followed as it is now.

The answers are kept as aggregate data (``FollowUpAnswer``): the sector pair, 3 or 12 months, the side, the
scale and the chosen factors, and the month. No user, no hire, no question id, no time of day. The optional
comment can name people and places however it is worded, so it is shown only to admins, never on the public
page or in a CSV, and erased six months after it was given (``erase_old_comments``, run by ``send-alerts``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session, joinedload

from matcher.sectors import SECTORS
from models import (
    FOLLOW_UP_MONTHS,
    FollowUp,
    FollowUpAnswer,
    FollowUpSide,
    FollowUpStatus,
    NotificationKind,
    Outcome,
    Profile,
    Role,
    Sector,
    User,
    Vacancy,
)
from models.enums import admits

from . import notifications, outcomes
from .errors import (
    ColleagueAnswered,
    FactorNotAChoice,
    FollowUpAlreadyAnswered,
    FollowUpNotFound,
    FollowUpOutdated,
    HelpedAndHindered,
    TooLong,
    WorksNotAChoice,
)
from .mobility import MIN_CELL, Key, suppress

# What may have helped or stood in the way (the same list for both questions).
FACTORS = (
    "introduction",  # introduktion til sektoren
    "mentor",
    "network",
    "manager_support",  # opbakning fra nærmeste chef
    "political_governance",  # politisk styring
    "pay_terms",  # overenskomst, løn og ansættelsesform
    "culture",
    "professional_difference",  # faglig forskel
    "workload",  # arbejdsmængde og tempo
)
SCALE = (1, 2, 3, 4, 5)  # 1 slet ikke .. 5 rigtig godt
MAX_COMMENT = 500
COMMENT_KEPT_MONTHS = 6
# How long after the hire each question may be asked (from, until) in months.
WINDOWS = {3: (3, 12), 12: (12, 18)}


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def period_of(day: date) -> str:
    """``YYYY-MM``."""
    return f"{day.year:04d}-{day.month:02d}"


# ---- who is asked, and when -------------------------------------------------------------------------------


def recipients(session: Session, hires: list[Outcome]) -> dict[int, list[tuple[User, str]]]:
    """Who answers for each hire, by outcome id: the leader, and on the employer's side the one who recorded it
    or else the vacancy's employers. The vacancies' employers are read together (load the hires with their
    profile's user, recorder and vacancy, as ``due`` does)."""
    employers = notifications.vacancy_employers_of(session, [h.vacancy for h in hires if h.vacancy is not None])
    found: dict[int, list[tuple[User, str]]] = {}
    for outcome in hires:
        asked = found[outcome.id] = []
        leader = outcome.profile.user if outcome.profile is not None else None
        if leader is not None and leader.active and leader.role == Role.LEADER:
            asked.append((leader, FollowUpSide.LEADER))
        vacancy, recorder = outcome.vacancy, outcome.recorded_by
        if vacancy is None:
            continue
        if (
            recorder is not None
            and recorder.active
            and recorder.is_approved_employer
            and recorder.organisation_id == vacancy.organisation_id
        ):
            asked.append((recorder, FollowUpSide.EMPLOYER))
        else:
            asked += [(employer, FollowUpSide.EMPLOYER) for employer in employers[vacancy.id]]
    return found


def due_months(hired_on: date, today: date) -> list[int]:
    """The follow-ups (3, 12) whose window is open today for a hire on ``hired_on``."""
    return [
        months
        for months in FOLLOW_UP_MONTHS
        if add_months(hired_on, WINDOWS[months][0]) <= today < add_months(hired_on, WINDOWS[months][1])
    ]


def due(session: Session, today: date) -> list[tuple[Outcome, int, User, str]]:
    """Every question due today and never asked: (hire, months, person, side)."""
    earliest = add_months(today, -WINDOWS[12][1])
    hires = session.scalars(
        select(Outcome)
        .options(
            joinedload(Outcome.profile).joinedload(Profile.user),
            joinedload(Outcome.recorded_by),
            joinedload(Outcome.vacancy),
        )
        .where(
            outcomes.moved_jobs(),
            Outcome.occurred_on > earliest,
            Outcome.occurred_on <= add_months(today, -WINDOWS[3][0]),
            Outcome.from_sector.is_not(None),
            Outcome.to_sector.is_not(None),
        )
        .order_by(Outcome.occurred_on, Outcome.id)
    ).unique()
    hires = list(hires)
    asking = recipients(session, hires)
    asked = {
        (outcome_id, user_id, months)
        for outcome_id, user_id, months in session.execute(
            select(FollowUp.outcome_id, FollowUp.user_id, FollowUp.months)
        )
    }
    found = []
    for outcome in hires:
        for months in due_months(outcome.occurred_on, today):
            for user, side in asking[outcome.id]:
                if (outcome.id, user.id, months) not in asked:
                    found.append((outcome, months, user, side))
    return found


def ask_due(session: Session, today: date) -> list[FollowUp]:
    """Ask every question due today: a ``FollowUp`` row and a notification (mailed as the person chose)."""
    asked = []
    for outcome, months, user, side in due(session, today):
        question = FollowUp(outcome=outcome, user=user, side=side, months=months, status=FollowUpStatus.OPEN)
        session.add(question)
        session.flush()  # a clash with another run raises IntegrityError here, before anything is mailed
        notifications.notify(
            session,
            user,
            NotificationKind.FOLLOW_UP,
            vacancy=outcome.vacancy,
            details={"follow_up_id": question.id, "months": months, "side": str(side)},
        )
        asked.append(question)
    return asked


# ---- answering --------------------------------------------------------------------------------------------


def open_for(session: Session, user: User) -> list[FollowUp]:
    """The person's questions waiting for an answer, oldest first."""
    stmt = (
        select(FollowUp)
        .options(joinedload(FollowUp.outcome).joinedload(Outcome.vacancy).joinedload(Vacancy.organisation))
        .where(FollowUp.user_id == user.id, FollowUp.status == FollowUpStatus.OPEN)
        .order_by(FollowUp.asked_at, FollowUp.id)
    )
    return list(session.scalars(stmt).unique())


def get_own(session: Session, user: User, follow_up_id: int) -> FollowUp:
    """One of the person's own questions, or NotFound."""
    found = session.get(FollowUp, follow_up_id)
    if found is None or found.user_id != user.id:
        raise FollowUpNotFound()
    return found


def _choices(values: Iterable[str], field: str) -> list[str]:
    chosen = list(dict.fromkeys(values or []))
    if any(value not in FACTORS for value in chosen):
        raise FactorNotAChoice(field=field)
    return [factor for factor in FACTORS if factor in chosen]


def answer(
    session: Session,
    user: User,
    follow_up_id: int,
    *,
    works: int | None,
    helped: Iterable[str],
    hindered: Iterable[str],
    comment: str,
    today: date,
) -> FollowUpAnswer:
    """Keep the answer as aggregate data and mark the question answered (a colleague's question closes)."""
    question = get_own(session, user, follow_up_id)
    if question.status == FollowUpStatus.ANSWERED:
        raise FollowUpAlreadyAnswered()
    if question.status == FollowUpStatus.CLOSED:
        raise ColleagueAnswered()
    if works not in SCALE:
        raise WorksNotAChoice()
    helped, hindered = _choices(helped, "helped"), _choices(hindered, "hindered")
    if set(helped) & set(hindered):
        raise HelpedAndHindered()
    comment = " ".join((comment or "").split())
    if len(comment) > MAX_COMMENT:
        raise TooLong(field="comment", limit=MAX_COMMENT)
    outcome = question.outcome
    if not admits(Sector, outcome.from_sector) or not admits(Sector, outcome.to_sector):
        raise FollowUpOutdated()
    kept = FollowUpAnswer(
        from_sector=outcome.from_sector,
        to_sector=outcome.to_sector,
        months=question.months,
        side=question.side,
        works=works,
        helped=helped,
        hindered=hindered,
        comment=comment,
        period=period_of(today),
    )
    session.add(kept)
    question.status = FollowUpStatus.ANSWERED
    if question.side == FollowUpSide.EMPLOYER:
        session.execute(
            update(FollowUp)
            .where(
                FollowUp.outcome_id == question.outcome_id,
                FollowUp.months == question.months,
                FollowUp.side == FollowUpSide.EMPLOYER,
                FollowUp.status == FollowUpStatus.OPEN,
                FollowUp.id != question.id,
            )
            .values(status=FollowUpStatus.CLOSED)
            .execution_options(synchronize_session=False)
        )
    session.flush()
    return kept


def erase_old_comments(session: Session, today: date) -> int:
    """Erase comments given more than ``COMMENT_KEPT_MONTHS`` months ago; return how many."""
    cutoff = period_of(add_months(today, -COMMENT_KEPT_MONTHS))
    result = session.execute(
        update(FollowUpAnswer)
        .where(FollowUpAnswer.period < cutoff, FollowUpAnswer.comment != "")
        .values(comment="")
        .execution_options(synchronize_session=False)
    )
    session.flush()
    return result.rowcount or 0


# ---- the aggregate on the mobility dashboard --------------------------------------------------------------

COLUMNS: tuple[tuple[int, str], ...] = tuple(
    (months, str(side)) for months in FOLLOW_UP_MONTHS for side in (FollowUpSide.LEADER, FollowUpSide.EMPLOYER)
)


@dataclass(frozen=True)
class Comment:
    """A comment as the admin page lists it: with its group (sector pair, months, side) only where the group has
    at least ``MIN_CELL`` answers, since a group of one would tie the words to one hire an admin can look up."""

    from_sector: str | None
    to_sector: str | None
    months: int | None
    side: str | None
    text: str


@dataclass(frozen=True)
class FollowUpBoard:
    """The follow-up answers counted by sector pair, month and side; figures of fewer than 5 hidden in public."""

    public: bool
    pairs: list[tuple[str, str]]
    values: dict[Key, int]
    hidden: frozenset[Key]
    comments: list[Comment]

    def get(self, *key) -> int | None:
        """The figure, or None where it is hidden."""
        return None if key in self.hidden else self.values.get(key, 0)

    def mean(self, *key) -> float | None:
        """The mean of »Fungerer det?« (1–5) for the answers a ``n`` key counts; None when hidden or none."""
        count = self.get("n", *key)
        return None if not count else self.values.get(("score", *key), 0) / count

    def share(self, kind: str, factor: str, months: int) -> float | None:
        """The share of the month's answers that chose ``factor`` as helping or hindering; None when hidden."""
        count, total = self.get(kind, factor, months), self.get("n_months", months)
        return None if count is None or not total else count / total

    def total_mean(self, months: int, side: str) -> float | None:
        """The mean of »Fungerer det?« over every sector pair for one column; None when hidden or none."""
        count = self.get("n_all", months, side)
        return None if not count else self.values.get(("score", "all", "all", months, side), 0) / count

    @property
    def answers(self) -> int:
        """Every answer kept (shown only as "any at all")."""
        return sum(self.values.get(("n_all", months, side), 0) for months, side in COLUMNS)


def board_lines(pairs: list[tuple[str, str]]) -> list[list[Key]]:
    """Figures linked by one sum: a column's pairs and its total; a month's two sides and the month's total."""
    found: list[list[Key]] = [[("n", f, t, m, s) for f, t in pairs] + [("n_all", m, s)] for m, s in COLUMNS]
    found += [[("n", f, t, m, s) for m, s in COLUMNS] + [("n_pair", f, t)] for f, t in pairs]
    found += [
        [("n_all", m, s) for s in (FollowUpSide.LEADER, FollowUpSide.EMPLOYER)] + [("n_months", m)]
        for m in FOLLOW_UP_MONTHS
    ]
    return found


def board(session: Session, public: bool) -> FollowUpBoard:
    """Count the answers; on the public page every figure under 5 and its complements (``mobility.suppress``)."""
    values: dict[Key, int] = defaultdict(int)
    pairs: set[tuple[str, str]] = set()
    comments = []
    for row in session.scalars(select(FollowUpAnswer).order_by(FollowUpAnswer.period.desc(), FollowUpAnswer.id)):
        pair, months, side = (row.from_sector, row.to_sector), row.months, row.side
        pairs.add(pair)
        for key in (("n", *pair, months, side), ("n_all", months, side), ("n_pair", *pair), ("n_months", months)):
            values[key] += 1
        values[("score", *pair, months, side)] += row.works
        values[("score", "all", "all", months, side)] += row.works
        for factor in row.helped or []:
            values[("helped", factor, months)] += 1
        for factor in row.hindered or []:
            values[("hindered", factor, months)] += 1
        if row.comment and not public:
            comments.append(Comment(row.from_sector, row.to_sector, months, side, row.comment))
    ordered = sorted(pairs, key=lambda p: (SECTORS.index(p[0]), SECTORS.index(p[1])))
    lines = board_lines(ordered)
    for line in lines:
        for key in line:
            values.setdefault(key, 0)
    for kind in ("helped", "hindered"):
        for factor in FACTORS:
            for months in FOLLOW_UP_MONTHS:
                values.setdefault((kind, factor, months), 0)
    values = dict(values)
    comments = sorted(
        (
            c
            if values.get(("n", c.from_sector, c.to_sector, c.months, c.side), 0) >= MIN_CELL
            else Comment(None, None, None, None, c.text)
            for c in comments
        ),
        key=lambda c: (c.from_sector is None, c.text),  # by text, not by when: the order says nothing either
    )
    # Factor counts are not parts of one sum (an answer may choose several), so each stands alone.
    hidden = suppress({k: v for k, v in values.items() if k[0] != "score"}, lines, MIN_CELL) if public else frozenset()
    return FollowUpBoard(public, ordered, values, hidden, comments)
