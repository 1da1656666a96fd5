"""SQLAlchemy 2 models for Sektorbro; no Flask imports here."""

from .alerts import AlertDelivery, SavedSearch
from .audit import AuditEntry
from .base import MAX_ID, Base, as_utc, utcnow
from .enums import (
    LEVELS,
    OFFER_KINDS,
    OFFER_MONTHS,
    PUBLIC_SECTORS,
    ContactStatus,
    Decision,
    RejectReason,
    Role,
    Sector,
    Seeking,
    TokenScope,
    VacancyKind,
    VacancyStatus,
    Visibility,
)
from .fairness import WeightFairness
from .followup import FOLLOW_UP_MONTHS, FollowUp, FollowUpAnswer, FollowUpSide, FollowUpStatus
from .impression import Impression
from .matching import CandidateDecision, ContactRequest, Interest
from .mentoring import MentorOffer, MentorRequest, MentorRequestStatus
from .notification import Delivery, Notification, NotificationKind, NotificationSetting
from .organisation import Organisation
from .outcome import Outcome, OutcomeKind, OutcomeSource
from .profile import Experience, Profile
from .ranking import IndexChange, WeightSet
from .talent import TalentDelivery, TalentFrequency, TalentSearch
from .token import ApiToken
from .user import User
from .vacancy import Vacancy

# Ids are never reused: a deleted account's id (or a vacancy's, a token's) must not name a new row that an
# old cookie, link or token still points at. PostgreSQL's identity sequences never go back; SQLite needs
# AUTOINCREMENT, which only table creation can give (migration 0006 recreates the tables with it).
for _table in Base.metadata.tables.values():
    _table.dialect_options["sqlite"]["autoincrement"] = True

__all__ = [
    "AlertDelivery",
    "ApiToken",
    "AuditEntry",
    "CandidateDecision",
    "ContactRequest",
    "ContactStatus",
    "Decision",
    "Delivery",
    "Impression",
    "Interest",
    "MentorOffer",
    "MentorRequest",
    "MentorRequestStatus",
    "Notification",
    "NotificationKind",
    "NotificationSetting",
    "RejectReason",
    "SavedSearch",
    "Visibility",
    "MAX_ID",
    "Base",
    "Experience",
    "IndexChange",
    "LEVELS",
    "OFFER_KINDS",
    "OFFER_MONTHS",
    "Organisation",
    "Outcome",
    "OutcomeKind",
    "OutcomeSource",
    "PUBLIC_SECTORS",
    "Profile",
    "Role",
    "Sector",
    "Seeking",
    "TokenScope",
    "User",
    "Vacancy",
    "VacancyKind",
    "VacancyStatus",
    "WeightFairness",
    "WeightSet",
    "FOLLOW_UP_MONTHS",
    "FollowUp",
    "FollowUpAnswer",
    "FollowUpSide",
    "FollowUpStatus",
    "TalentDelivery",
    "TalentFrequency",
    "TalentSearch",
    "as_utc",
    "utcnow",
]
