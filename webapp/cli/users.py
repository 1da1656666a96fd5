"""``flask create-admin EMAIL``."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from models import Role

from ..db import get_session
from ..services import accounts
from .refusals import worded_refusals


@click.command("create-admin")
@click.argument("email")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True, help="The admin's password.")
@with_appcontext
@worded_refusals()
def create_admin(email: str, password: str) -> None:
    """Create an HR admin account."""
    session = get_session()
    user = accounts.create_user(session, email, password, Role.ADMIN)
    session.commit()
    click.echo(f"Administrator oprettet: {user.email}")
