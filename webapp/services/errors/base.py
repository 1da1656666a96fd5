"""The status groups every domain error belongs to, and ``all_errors`` to list them.

The bases say the status: ``NotFound`` 404, ``Forbidden`` 403, ``Conflict`` 409, ``Unavailable`` 503; a plain
``ServiceError`` about a field is the API's 422 (else 409).
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = ["Conflict", "Forbidden", "NotFound", "ServiceError", "Unavailable", "all_errors"]


class ServiceError(Exception):
    """A rule of the service was broken; ``field`` is the domain attribute it is about (None: the whole action).

    Everything is given by keyword: ``field`` when the error names another attribute than its class's, and the
    values its message reads (``limit=80``), kept once in ``data`` (what the message is formatted with) and read
    as attributes too (``error.limit``).
    """

    field: ClassVar[str | None] = None

    def __init__(self, *, field: str | None = None, **data: Any):
        super().__init__()
        if field is not None:
            self.field = field  # type: ignore[misc]
        self.data = data

    def __getattr__(self, name: str) -> Any:
        """A value of ``data`` as an attribute (only called when no attribute of that name exists)."""
        try:
            return vars(self)["data"][name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no {name!r}") from None

    def __str__(self) -> str:
        """The field and data, for a log or a traceback (the words are the edge's)."""
        given = {"field": self.field} if "field" in vars(self) else {}
        return ", ".join(f"{key}={value!r}" for key, value in (given | self.data).items())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self})"


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
