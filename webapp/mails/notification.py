"""A notification mailed at once: worded in the recipient's language as it is written, spooled at the commit.

``services/notifications.notify`` marks the notification mailed, queues it on the session and flushes; every
session the app makes runs ``mail_queued`` after each flush, so the mail is worded there and then, in the
request, command or test that made the notification. The spooling waits for the commit (``mail.after_commit``):
a transaction that rolls back mails nothing.
"""

from __future__ import annotations

from flask import Flask, current_app, render_template
from flask_babel import force_locale
from sqlalchemy import event
from sqlalchemy.orm import Session

from models import Notification, NotificationKind, NotificationSetting

from ..labels import NOTIFICATION_KIND_LABELS
from ..notifications import texts
from ..services import mail, notifications
from ..urls import absolute_url


def init_app(app: Flask) -> None:
    """Run ``mail_queued`` after every flush of the app's sessions (the queue is empty but for a ``notify``)."""
    event.listen(app.extensions["sqlalchemy_sessionmaker"], "after_flush_postexec", mail_queued)


def mail_queued(session: Session, _flush_context=None) -> None:
    """Word each notification queued for mail at once, and spool it once the session commits."""
    for notification in notifications.take_to_mail(session):
        setting = notifications.get_setting(session, notification.user)  # made by ``notify``
        with force_locale(setting.language):
            subject, body = compose(notification, setting)
        _spool_after_commit(session, notification.user.email, subject, body)


def compose(notification: Notification, setting: NotificationSetting) -> tuple[str, str]:
    """The subject and plain-text body of the mail about one notification, in the current language."""
    said = texts.describe(notification, for_mail=True)
    body = render_template(
        "notifications/mail/notification.txt",
        said=said,
        notification=notification,
        action_url=absolute_url(said.endpoint, **said.values) if said.endpoint else None,
        kind_label=NOTIFICATION_KIND_LABELS[NotificationKind(notification.kind)],
        settings_url=absolute_url("account.settings", _anchor="beskeder"),
        unsubscribe_url=unsubscribe_url(setting, notification.kind),
    )
    return texts.subject(notification), body


def unsubscribe_url(setting: NotificationSetting, kind: str) -> str:
    """The link in a mail that stops mails of one kind, without logging in."""
    return absolute_url("notification_unsubscribe.confirm", token=setting.unsubscribe_token, kind=kind)


def _spool_after_commit(session: Session, to: str, subject: str, body: str) -> None:
    """Spool a mail when the session commits; a transaction that does not commit mails nothing."""
    config = current_app.config
    settings = {
        "MAIL_SENDER": config["MAIL_SENDER"],
        "MAIL_SERVER": config.get("MAIL_SERVER"),
        "MAIL_SPOOL": str(mail.spool_dir(config)),  # resolved now: the commit may come outside the app context
    }
    mail.after_commit(session, lambda: mail.send_mail(settings, to, subject, body))
