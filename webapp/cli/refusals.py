"""A service's refusal ends a command the way click ends one: its message on stderr, exit code 1.

Services raise typed errors without words (``services/errors``); a command says them as the web does, through
``error_messages.message_for`` (in Danish: a command has no request to choose a language).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from ..error_messages import message_for
from ..services.errors import ServiceError


@contextmanager
def worded_refusals() -> Iterator[None]:
    """Turn a ``ServiceError`` raised inside into a ``click.ClickException`` with its message (also a decorator,
    placed below ``with_appcontext`` so the message is worded with the app's catalogue)."""
    try:
        yield
    except ServiceError as error:
        raise click.ClickException(message_for(error)) from error
