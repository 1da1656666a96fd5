"""Domain exceptions that views turn into messages and status codes."""


class ServiceError(Exception):
    """A rule of the service was broken; ``message`` is shown to the user."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class NotFound(ServiceError):
    """The thing asked for does not exist (or is not visible to the asker)."""


class Forbidden(ServiceError):
    """The asker may not do this."""


class Conflict(ServiceError):
    """The change clashes with existing data (e.g. an e-mail already in use)."""


class AwaitsConfirmation(ServiceError):
    """The right password, but the address was never confirmed: the person may be told so (they proved who they
    are), which a wrong password never is."""


class Unavailable(ServiceError):
    """The service cannot do this right now, through no fault of the asker (try again later)."""

    retry_after = 30  # seconds
