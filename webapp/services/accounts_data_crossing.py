"""The parts of "mine data" from mobility: top-10 appearances, mentoring, talent digests and follow-up questions.

Kept apart from ``accounts_data`` so that module stays the account's core. What is here is personal data about
the leader even where someone else wrote it: the requests a mentor received, and which organisations' talent
searches were sent the leader's anonymous card. Follow-up *answers* are not here, because they are kept without
any link to who gave them; the questions the leader was asked are.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    FollowUp,
    Impression,
    MentorRequest,
    Organisation,
    Profile,
    TalentDelivery,
    User,
    Vacancy,
)

from . import mentoring


def _when(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _request(r: MentorRequest) -> dict[str, Any]:
    return {
        "target_sector": r.target_sector,
        "message": r.message,
        "status": r.status,
        "created_at": _when(r.created_at),
        "answered_at": _when(r.answered_at),
    }


def profile_data(session: Session, profile: Profile) -> dict[str, Any]:
    """Mentor offer, mentor requests both ways, and the talent digests the leader's anonymous card went to."""
    offer = mentoring.offer_of(session, profile)
    received = (
        session.scalars(select(MentorRequest).where(MentorRequest.offer_id == offer.id).order_by(MentorRequest.id))
        if offer
        else []
    )
    sent = session.scalars(
        select(MentorRequest).where(MentorRequest.mentee_id == profile.id).order_by(MentorRequest.id)
    )
    deliveries = session.execute(
        select(TalentDelivery.sent_at, Organisation.name)
        .join(User, User.id == TalentDelivery.user_id)
        .outerjoin(Organisation, Organisation.id == User.organisation_id)
        .where(TalentDelivery.profile_id == profile.id)
        .order_by(TalentDelivery.sent_at, TalentDelivery.id)
    )
    shown = session.execute(
        select(Impression.position, Impression.shown_at, Vacancy.title, Organisation.name)
        .join(Vacancy, Vacancy.id == Impression.vacancy_id)
        .join(Organisation, Organisation.id == Vacancy.organisation_id)
        .where(Impression.profile_id == profile.id)
        .order_by(Impression.shown_at, Impression.id)
    )
    return {
        # The first time an employer's ranked list showed the leader among a vacancy's first ten.
        "top_10_appearances": [
            {"vacancy": title, "organisation": name, "place": position, "shown_at": _when(shown_at)}
            for position, shown_at, title, name in shown
        ],
        "mentor_offer": None
        if offer is None
        else {
            "text": offer.text,
            "max_mentees": offer.max_mentees,
            "paused": offer.paused,
            "show_title": offer.show_title,
            "shown_while_hidden": offer.shown_while_hidden,
            "withdrawn_at": _when(offer.withdrawn_at),
            "created_at": _when(offer.created_at),
        },
        "mentor_requests_received": [_request(r) for r in received],
        "mentor_requests_sent": [_request(r) for r in sent],
        "talent_digests": [{"organisation": name, "sent_at": _when(sent_at)} for sent_at, name in deliveries],
    }


def account_data(session: Session, user: User) -> dict[str, Any]:
    """The follow-up questions the user was asked after a hire (not the answers: those carry no identity)."""
    asked = session.scalars(select(FollowUp).where(FollowUp.user_id == user.id).order_by(FollowUp.asked_at))
    return {
        "follow_up_questions": [
            {"months_after_hire": f.months, "side": f.side, "status": f.status, "asked_at": _when(f.asked_at)}
            for f in asked
        ]
    }
