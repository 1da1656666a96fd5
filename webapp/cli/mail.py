"""``flask send-mail``: deliver the mail spool (the web processes' sender threads do the same on their own)."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from ..services import mail


def deliver_spool() -> mail.Delivery:
    """Send every spooled mail now, retries included; a ClickException when nothing can be sent."""
    config = current_app.config
    root = mail.spool_dir(config)
    if not config.get("MAIL_SERVER"):
        waiting = len(mail.outbox_files(root))
        raise click.ClickException(f"MAIL_SERVER er ikke sat: {waiting} e-mails venter i {root / 'outbox'}.")
    try:
        return mail.deliver_outbox(config, root)
    except mail.MailConfigError as error:
        raise click.ClickException(f"Intet sendt: {error}.") from None


@click.command("send-mail")
@with_appcontext
def send_mail_command() -> None:
    """Send every spooled e-mail and delete it; one that fails stays in the outbox for the next run."""
    delivery = deliver_spool()
    click.echo(f"Sendt {delivery.sent} e-mails.")
    if delivery.failed:
        where = mail.spool_dir(current_app.config) / "outbox"
        raise click.ClickException(
            f"{delivery.failed} e-mails kunne ikke sendes (se loggen); de ligger i {where} og prøves igen."
        )
