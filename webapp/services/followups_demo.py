"""Demo follow-up answers, so that ``make run`` shows the follow-up section of the mobility dashboard.

The demo hires are new jobs leaders reported themselves (``demo_seed._demo_hires``), so only leaders answer,
as in the service: about two in three of the hires at least three months old, the same answers every time.
A move into another sector is a little harder in the answers, and sector knowledge weighs more, as VIVE's
interviews describe it.
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import FollowUpAnswer, FollowUpSide, Outcome, OutcomeKind

from .followups import FACTORS, add_months, due_months, period_of

SHARE_ANSWERING = 0.65
# Chance that a factor is named as helping / hindering, for a move within the sector and across sectors.
HELPED = {"introduction": (0.3, 0.5), "mentor": (0.15, 0.35), "network": (0.4, 0.3), "manager_support": (0.5, 0.45)}
HINDERED = {
    "political_governance": (0.1, 0.35),
    "pay_terms": (0.1, 0.25),
    "culture": (0.1, 0.3),
    "professional_difference": (0.05, 0.25),
    "workload": (0.2, 0.2),
}


def seed_answers(session: Session, today: date) -> int:
    """Add leaders' answers for about two in three of the demo hires old enough to be asked; the caller commits."""
    rng = random.Random(2023)
    hires = session.scalars(
        select(Outcome)
        .where(Outcome.kind == OutcomeKind.HIRED, Outcome.occurred_on <= add_months(today, -3))
        .order_by(Outcome.id)
    )
    made = 0
    for hire in hires:
        if hire.from_sector is None or hire.to_sector is None or rng.random() > SHARE_ANSWERING:
            continue
        crossing = int(hire.from_sector != hire.to_sector)
        for months in due_months(hire.occurred_on, today) or [3]:
            works = max(1, min(5, round(rng.gauss(4.1 - 0.4 * crossing, 0.8))))
            helped = [f for f, odds in HELPED.items() if rng.random() < odds[crossing]]
            hindered = [
                f for f, odds in HINDERED.items() if rng.random() < odds[crossing] + (0.15 if works <= 2 else 0)
            ]
            session.add(
                FollowUpAnswer(
                    from_sector=hire.from_sector,
                    to_sector=hire.to_sector,
                    months=months,
                    side=FollowUpSide.LEADER,
                    works=works,
                    helped=[f for f in FACTORS if f in helped],
                    hindered=[f for f in FACTORS if f in hindered and f not in helped],
                    comment="",
                    period=period_of(add_months(hire.occurred_on, months)),
                )
            )
            made += 1
    session.flush()
    return made
