"""The background mail sender: a daemon thread per web process that delivers the spool (``services/mail.py``).

It starts with the process's first request when ``MAIL_SERVER`` is set, so ``make run`` and gunicorn deliver
without a scheduler, while CLI commands (which exit when done and would strand a half-sent claim) never run it;
``flask send-mail`` is their way. It wakes every ``MAIL_SEND_INTERVAL`` seconds, or at once when this process
spools a mail, and no error stops it. ``MAIL_BACKGROUND_SENDER=False`` leaves delivery to ``send-mail`` alone.
Several processes may each run one: a sender claims a message before sending it.
"""

from __future__ import annotations

import logging
import threading

from flask import Flask

from .error_messages import message_for
from .services import mail
from .services.errors import MailSettingsUnsafe

log = logging.getLogger("sektorbro.mail")


class Sender:
    """One app's sender thread, started once."""

    def __init__(self, app: Flask):
        self.app = app
        self.thread: threading.Thread | None = None
        self.stopped = threading.Event()
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start the thread unless it runs (called before every request: the check is one attribute)."""
        if self.thread is not None:
            return
        with self._lock:
            if self.thread is None:
                self.thread = threading.Thread(target=self.run, name="sektorbro-mail-sender", daemon=True)
                self.thread.start()

    def stop(self, timeout: float | None = None) -> None:
        """Ask the thread to end after its current pass, and wait for it."""
        self.stopped.set()
        mail.wake.set()
        if self.thread is not None:
            self.thread.join(timeout)

    def run(self) -> None:
        """Deliver what is due, then sleep until woken or the interval is over; until stopped."""
        interval = float(self.app.config.get("MAIL_SEND_INTERVAL") or 5)
        while not self.stopped.is_set():
            try:
                with self.app.app_context():
                    mail.deliver_outbox(self.app.config, mail.spool_dir(self.app.config), due_only=True)
            except MailSettingsUnsafe as error:
                log.error("The mail sender stops: %s", message_for(error))
                return
            except Exception:  # a full disk or a bug: say so, and try again at the next wake-up
                log.exception("The mail sender's pass failed; it tries again in %s s", interval)
            mail.wake.wait(interval)
            mail.wake.clear()


def init_app(app: Flask) -> None:
    """With ``MAIL_SERVER`` set and safe settings, start the sender with the first request."""
    if not app.config.get("MAIL_SERVER") or not mail.flag(app.config.get("MAIL_BACKGROUND_SENDER", True)):
        return
    try:
        mail.check_config(app.config)
    except MailSettingsUnsafe as error:  # mails are still spooled, and leave once the settings are fixed
        log.error("No e-mail is sent: %s", message_for(error))
        return
    sender = app.extensions["mail_sender"] = Sender(app)
    app.before_request(sender.start)
