"""``flask send-mail``: deliver the mail spool (the web processes' sender threads do the same on their own)."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from ..services import mail
from ..services.errors import MailServerMissing, MailsNotSent
from .refusals import worded_refusals


def deliver_spool() -> mail.Delivery:
    """Send every spooled mail now, retries included; ``MailServerMissing`` or ``MailSettingsUnsafe`` when nothing
    can be sent."""
    config = current_app.config
    root = mail.spool_dir(config)
    if not config.get("MAIL_SERVER"):
        raise MailServerMissing(waiting=len(mail.outbox_files(root)), outbox=root / "outbox")
    return mail.deliver_outbox(config, root)


@click.command("send-mail")
@with_appcontext
@worded_refusals()
def send_mail_command() -> None:
    """Send every spooled e-mail and delete it; one that fails stays in the outbox for the next run."""
    delivery = deliver_spool()
    click.echo(f"Sendt {delivery.sent} e-mails.")
    if delivery.failed:
        raise MailsNotSent(failed=delivery.failed, outbox=mail.spool_dir(current_app.config) / "outbox")
