"""Demo talent searches: the demo employer has saved two, and last week's digest of the first has gone out, so
`make run` shows the talent search pages with searches and the anonymous candidates they found.

No mail is sent: the deliveries are recorded as the digest records them, a few days back.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import TalentDelivery, TalentSearch, User

from . import contracts, talent_searches
from .talent_searches import TalentFilters

SEARCHES = (
    ("Økonomi og styring fra andre sektorer", TalentFilters(function="finance", other_sectors_only=True), "weekly"),
    ("Digitalisering på chefniveau", TalentFilters(function="digital", level=2), "daily"),
)
SENT = 6  # candidates in last week's digest of the first search
SENT_DAYS_AGO = 3
SAVED_DAYS_AGO = 24  # the searches were saved some weeks before the last digest


def seed(session: Session, employer: User, now: datetime) -> int:
    """Save the demo employer's searches and record the first one's last digest; returns the candidates sent
    (none when the employer has searches already: seeding again changes nothing)."""
    if session.scalar(select(TalentSearch.id).where(TalentSearch.user_id == employer.id).limit(1)) is not None:
        return 0
    made = [
        talent_searches.create(
            session,
            employer,
            contracts.checked(contracts.TalentSearch, name=name, frequency=frequency, **asdict(filters)),
        )
        for name, filters, frequency in SEARCHES
    ]
    for search in made:
        search.created_at = now - timedelta(days=SAVED_DAYS_AGO)
    first, sent_at = made[0], now - timedelta(days=SENT_DAYS_AGO)
    found = talent_searches.matches(session, first, employer, new_only=False)[:SENT]
    session.add_all(
        TalentDelivery(user_id=employer.id, profile_id=p.id, talent_search_id=first.id, sent_at=sent_at) for p in found
    )
    first.last_digest_at = sent_at
    session.flush()
    return len(found)
