"""The status groups every domain error belongs to, and ``all_errors`` to list them.

The bases say the status: ``NotFound`` 404, ``Forbidden`` 403, ``Conflict`` 409, ``Unavailable`` 503; a plain
``ServiceError`` about a field is the API's 422 (else 409).
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = ["Conflict", "Forbidden", "NotFound", "ServiceError", "Unavailable", "all_errors"]


class ServiceError(Exception):
    """A rule of the service was broken; ``field`` is the domain attribute it is about (None: the whole action)."""

    field: ClassVar[str | None] = None

    def __init__(self, field: str | None = None, **data: Any):
        super().__init__(type(self).__name__, *(f"{key}={value!r}" for key, value in data.items()))
        self.field = field if field is not None else type(self).field  # type: ignore[misc]
        self.data = data
        self.__dict__.update(data)


class NotFound(ServiceError):
    """The thing asked for does not exist (or is not visible to the asker)."""


class Forbidden(ServiceError):
    """The asker may not do this."""


class Conflict(ServiceError):
    """The change clashes with existing data or with the day (an e-mail already in use, a passed deadline)."""


class Unavailable(ServiceError):
    """The service cannot do this right now, through no fault of the asker (try again later)."""

    retry_after = 30  # seconds


def all_errors(base: type[ServiceError] = ServiceError) -> list[type[ServiceError]]:
    """Every error class below ``base``: what the message catalogue must word."""
    found = []
    for sub in base.__subclasses__():
        found += [sub, *all_errors(sub)]
    return found
