"""``flask send-alerts``: the daily digest of new vacancies for saved searches and of the notifications people
want once a day, the follow-up questions due after hires, and employers' talent digests (run by a scheduler).

The digests are spooled like every mail; with ``MAIL_SERVER`` set the command then delivers the spool itself,
so a scheduler needs no web process's sender to get them out.
"""

from __future__ import annotations

from datetime import date

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy.exc import IntegrityError

from ..db import get_session
from ..mails import digests
from ..services import alerts, followups, notifications, talent_searches
from ..services.errors import DigestsNotSent, MailsWaiting
from ..urls import absolute_url
from .mail import deliver_spool
from .refusals import worded_refusals


@click.command("send-alerts")
@with_appcontext
@worded_refusals()
def send_alerts() -> None:
    """Mail each person one digest: new vacancies matching a leader's saved searches (never the same vacancy
    twice) and the notifications they want once a day (never the same one twice)."""
    session = get_session()
    failed: list[str] = []
    asked = _ask_follow_ups(session, failed)  # first: a question chosen for the digest goes in today's
    sent = _deliver_each(
        session, alerts.digest_recipients(session), alerts.build_digest, digests.deliver_alerts, failed
    )
    mails, listed, told = len(sent), sum(len(d.items) for d in sent), sum(len(d.notifications) for d in sent)
    talent = _deliver_each(
        session, talent_searches.recipients(session), talent_searches.build_digest, digests.deliver_talent, failed
    )
    talent_mails, candidates = len(talent), sum(len(d.items) for d in talent)
    click.echo(f"Sendt {mails} e-mails med i alt {listed} nye stillinger.")
    click.echo(f"Beskeder med i e-mailene: {told}.")
    click.echo(f"Opfølgningsspørgsmål stillet: {asked}.")
    click.echo(f"Sendt {talent_mails} e-mails om talentsøgninger med i alt {candidates} nye kandidater.")
    for line in failed:
        click.echo(f"Ikke sendt: {line}", err=True)
    waiting = deliver_spool().failed if current_app.config.get("MAIL_SERVER") else 0
    if failed:
        raise DigestsNotSent(failed=len(failed))
    if waiting:
        raise MailsWaiting(waiting=waiting)


def _ask_follow_ups(session, failed: list[str]) -> int:
    """Ask the follow-up questions due today (each mailed as its person chose) and erase old comments."""
    try:
        asked = len(followups.ask_due(session, date.today()))
        followups.erase_old_comments(session, date.today())
        session.commit()  # the mails chosen "at once" are spooled when this commits
    except IntegrityError:
        session.rollback()  # another run asked them right now
        return 0
    except Exception as error:
        session.rollback()
        failed.append(f"opfølgning: {error}")
        return 0
    return asked


def _deliver_each(session, recipients, build, deliver, failed: list[str]) -> list:
    """Build and mail each recipient's digest, one transaction per person; the digests that went out.

    A failed mail records nothing, so it is retried by the next run; a clash with another run mailing the same
    person right now (its deliveries, or its notifications, ``AlreadyMailed``) leaves the person to that run;
    any other failure (one bad address, an SMTP hiccup) is noted in ``failed`` and does not stop the others.
    """
    sent = []
    for user_id in recipients:
        digest = None
        try:
            digest = build(session, user_id)
            if digest is None:
                continue
            deliver(session, current_app.config, digest, absolute_url)  # links at PUBLIC_URL
            session.commit()
        except (IntegrityError, notifications.AlreadyMailed):
            session.rollback()
        except Exception as error:
            session.rollback()
            failed.append(f"{digest.user.email if digest else user_id}: {error}")
        else:
            sent.append(digest)
    return sent
