"""Field rules several areas share: a text too long, a choice that is none of the choices."""

from __future__ import annotations

from .base import ServiceError

__all__ = [
    "TooLong",
    "NameTooLong",
    "MessageTooLong",
    "RegionNotAChoice",
    "LevelNotAChoice",
    "TargetSectorNotAChoice",
]


class TooLong(ServiceError):
    """A text is longer than ``limit`` characters (the form words it at the field)."""


class NameTooLong(TooLong):
    """A name (of an API key or a saved search) is longer than ``limit`` characters."""

    field = "name"


class MessageTooLong(TooLong):
    """A message (to a candidate, to a mentor) is longer than ``limit`` characters."""

    field = "message"


class RegionNotAChoice(ServiceError):
    """The region is none of the country's regions."""

    field = "region"


class LevelNotAChoice(ServiceError):
    """The management level is none of the levels."""

    field = "level"


class TargetSectorNotAChoice(ServiceError):
    """The sector a leader considers moving to is none of the sectors."""

    field = "target_sector"
