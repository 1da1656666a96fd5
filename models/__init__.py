"""SQLAlchemy 2 models for Sektorbro; no Flask imports here."""

from .base import Base, utcnow
from .enums import LEVELS, PUBLIC_SECTORS, Role, Sector, Seeking, VacancyStatus
from .organisation import Organisation
from .profile import Experience, Profile
from .ranking import IndexChange, WeightSet
from .user import User
from .vacancy import Vacancy

__all__ = [
    "Base",
    "Experience",
    "IndexChange",
    "LEVELS",
    "Organisation",
    "PUBLIC_SECTORS",
    "Profile",
    "Role",
    "Sector",
    "Seeking",
    "User",
    "Vacancy",
    "VacancyStatus",
    "WeightSet",
    "utcnow",
]
