"""Who a ranking showed: each candidate's first appearance in a vacancy's top 10 (the funnel's first stage).

``record`` is called by the candidate review (``candidates.review``), which serves both the employer's page and
the API: the cards of the page on places 1–10 are written in one ``INSERT … ON CONFLICT DO NOTHING`` statement,
so a view costs one statement however many cards it shows and a pair seen again writes nothing; the first
place and the weight version in force stay as they were. Any list counts, filtered or not: it is what the
employer saw. Nothing else records: not the admin's previews, not the leader's pages, not the CLI.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models import Impression, utcnow
from models.impression import TOP


def record(session: Session, vacancy_id: int, shown: Sequence[tuple[int, int]], weight_set_id: int | None) -> None:
    """Record the first appearance of every (place, profile id) with a place of 1–10; nothing if none is."""
    now = utcnow()
    rows = [
        {
            "vacancy_id": vacancy_id,
            "profile_id": profile_id,
            "position": position,
            "weight_set_id": weight_set_id,
            "shown_at": now,
        }
        for position, profile_id in shown
        if 1 <= position <= TOP
    ]
    if not rows:
        return
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(Impression).values(rows).on_conflict_do_nothing(index_elements=["vacancy_id", "profile_id"])
    )
    session.execute(statement)
