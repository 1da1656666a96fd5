"""``flask send-alerts``: the daily digest of new vacancies for saved searches and of the notifications people
want once a day (run by a scheduler).

The digests are spooled like every mail; with ``MAIL_SERVER`` set the command then delivers the spool itself,
so a scheduler needs no web process's sender to get them out.
"""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy.exc import IntegrityError

from ..db import get_session
from ..services import alerts, notifications
from ..urls import absolute_url
from .mail import deliver_spool


@click.command("send-alerts")
@with_appcontext
def send_alerts() -> None:
    """Mail each person one digest: new vacancies matching a leader's saved searches (never the same vacancy
    twice) and the notifications they want once a day (never the same one twice)."""
    session = get_session()
    mails = listed = told = 0
    failed: list[str] = []
    for user_id in alerts.digest_recipients(session):
        digest = None
        try:
            digest = alerts.build_digest(session, user_id)
            if digest is None:
                continue
            alerts.deliver(session, current_app.config, digest, absolute_url)  # links at PUBLIC_URL
            session.commit()  # one transaction per person: a failed mail records nothing, so it is retried
        except (IntegrityError, notifications.AlreadyMailed):
            session.rollback()  # another run is mailing this person right now; its deliveries win
        except Exception as error:  # one bad address or SMTP hiccup must not stop the others
            session.rollback()
            failed.append(f"{digest.user.email if digest else user_id}: {error}")
        else:
            mails += 1
            listed += len(digest.items)
            told += len(digest.notifications)
    click.echo(f"Sendt {mails} e-mails med i alt {listed} nye stillinger.")
    click.echo(f"Beskeder med i e-mailene: {told}.")
    for line in failed:
        click.echo(f"Ikke sendt: {line}", err=True)
    waiting = deliver_spool().failed if current_app.config.get("MAIL_SERVER") else 0
    if failed:
        raise click.ClickException(f"{len(failed)} e-mails kunne ikke sendes; de prøves igen ved næste kørsel.")
    if waiting:
        raise click.ClickException(f"{waiting} e-mails venter i udbakken (se loggen); de prøves igen.")
