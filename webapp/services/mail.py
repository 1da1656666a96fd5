"""Outgoing e-mail through a spool of files: a request only writes the mail, a sender delivers it later.

``send_mail`` writes each message atomically (a temporary name, then a rename) as
``<instance>/mail/outbox/<UTC time>-<random>.eml``, readable by the app's user alone. Delivery never runs in a
request, where a slow SMTP server (20 s timeout) would hold a worker: each web process runs a sender thread when
``MAIL_SERVER`` is set (``webapp/mailer.py``), and ``flask send-mail`` delivers from a scheduler or by hand.

A sender claims a message by renaming it into ``mail/sending/`` under a name carrying the claim time; only one
rename of a file can succeed, so two senders never send one message. A sent message is deleted. A failed one
goes back to the outbox, due again after ``MAIL_RETRY_SECONDS`` (its modification time says when), and once
it is older than ``MAIL_GIVE_UP_SECONDS`` into ``mail/failed/``. A claim older than ``STALE_CLAIM`` (its
sender died mid-way) is put back. The log names a mail's file, recipient and subject, never its body: a
password-reset link in it is a secret.

With credentials (``MAIL_USERNAME``) a mail only ever leaves over TLS with the certificate verified: STARTTLS
(``MAIL_USE_TLS``) or implicit TLS (``MAIL_USE_SSL``, usually port 465). Without ``MAIL_SERVER`` (development)
nothing is sent: the mails wait in the outbox for the developer to read.
"""

from __future__ import annotations

import logging
import os
import secrets
import smtplib
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formatdate, make_msgid, parseaddr
from pathlib import Path

from flask import current_app
from sqlalchemy import event

from .errors import CredentialsWithoutTls, TlsAndSslBoth

log = logging.getLogger("sektorbro.mail")

TIMEOUT = 20  # seconds an SMTP server may take to answer: spent by a sender, never by a request
STALE_CLAIM = 15 * 60  # a claim this old belongs to a sender that died; far above a send's worst case
RETRY_SECONDS = 5 * 60
GIVE_UP_SECONDS = 3 * 24 * 3600
_STAMP = "%Y%m%dT%H%M%S%fZ"

# Set when this process spools a mail, so its sender thread delivers at once instead of at its next wake-up.
wake = threading.Event()


@dataclass
class Delivery:
    """What one pass over the outbox did."""

    sent: int = 0
    failed: int = 0


def flag(value) -> bool:
    """A boolean setting, also when it comes from the environment as text (``true``, ``1``, ``yes``, ``on``)."""
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return bool(value)


def spool_dir(config: Mapping | None = None) -> Path:
    """The spool's root: ``MAIL_SPOOL``, else ``mail/`` in the app's instance folder (``config``: the app's)."""
    config = current_app.config if config is None else config
    return Path(config.get("MAIL_SPOOL") or Path(current_app.instance_path) / "mail")


def send_mail(config: Mapping, to: str, subject: str, body: str) -> Path:
    """Queue a plain-text mail for the sender (no SMTP here, so it is safe in a request); return its file."""
    message = EmailMessage()
    message["From"] = config["MAIL_SENDER"]
    message["To"] = to  # a line break in a header raises here: no header injection
    message["Subject"] = subject
    message["Date"] = formatdate(usegmt=True)
    domain = parseaddr(config["MAIL_SENDER"])[1].rpartition("@")[2] or "sektorbro.invalid"
    message["Message-ID"] = make_msgid(domain=domain)  # given, since looking up the host's name may be slow
    message.set_content(body, cte="8bit")  # readable in the file; re-encoded for a server without 8BITMIME
    path = _spool(spool_dir(config) / "outbox", message.as_bytes())
    if config.get("MAIL_SERVER"):
        log.info("E-mail to %s (%s) queued as %s", to, subject, path.name)
        wake.set()
    else:
        log.warning("E-mail to %s (%s) not sent: no MAIL_SERVER is configured. Read it in %s", to, subject, path)
    return path


def _spool(outbox: Path, data: bytes) -> Path:
    """Write one message under a unique name, 0600, complete before it appears under its ``.eml`` name."""
    outbox.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    outbox.mkdir(mode=0o700, exist_ok=True)
    name = f"{datetime.now(UTC).strftime(_STAMP)}-{secrets.token_hex(8)}.eml"
    temporary = outbox / f".{name}.tmp"  # senders only look at *.eml
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.rename(temporary, outbox / name)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return outbox / name


def after_commit(session, callback: Callable[[], object]) -> None:
    """Run ``callback`` once ``session`` commits; forget it if the transaction ends otherwise (rollback, close).

    For what must only happen to a change that was kept: spooling a mail about it, or removing a deleted
    person's waiting mails. Callbacks are plain file work (the session cannot run SQL at that point).
    """
    if _CALLBACKS not in session.info:
        session.info[_CALLBACKS] = []
        event.listen(session, "after_commit", _run_callbacks)
        event.listen(session, "after_transaction_end", _drop_callbacks)
    session.info[_CALLBACKS].append(callback)


_CALLBACKS = "sektorbro.after_commit"


def _run_callbacks(session) -> None:
    callbacks, session.info[_CALLBACKS] = session.info.get(_CALLBACKS, []), []
    for callback in callbacks:
        callback()


def _drop_callbacks(session, transaction) -> None:
    if transaction.parent is None:  # the root transaction ended; after a commit the list is already empty
        session.info[_CALLBACKS] = []


def discard_addressed_to(root: Path, address: str) -> int:
    """Delete the waiting mails (outbox and given up) addressed to ``address``; return how many.

    When an account is deleted, nothing more is sent to it, and no file keeps its address. A mail a sender has
    already claimed is on its way and cannot be stopped.
    """
    gone = 0
    for folder in (root / "outbox", root / "failed"):
        for path in sorted(folder.glob("*.eml")) if folder.is_dir() else []:
            try:
                to = parseaddr(str(read(path)["To"] or ""))[1]
            except FileNotFoundError:
                continue  # claimed by a sender meanwhile
            if to.lower() == address.lower():
                path.unlink(missing_ok=True)
                gone += 1
    return gone


def read(path: Path) -> EmailMessage:
    """A spooled message, parsed (``message.get_content()`` is the body)."""
    with path.open("rb") as handle:
        return BytesParser(policy=policy.default).parse(handle)


def outbox_files(root: Path) -> list[Path]:
    """The messages waiting in the outbox, oldest first."""
    outbox = root / "outbox"
    return sorted(outbox.glob("*.eml")) if outbox.is_dir() else []


def check_config(config: Mapping) -> None:
    """Refuse settings that would send a password in clear text, or that name both kinds of TLS."""
    starttls, implicit = flag(config.get("MAIL_USE_TLS")), flag(config.get("MAIL_USE_SSL"))
    if starttls and implicit:
        raise TlsAndSslBoth()
    if config.get("MAIL_USERNAME") and not (starttls or implicit):
        raise CredentialsWithoutTls()


def connect(config: Mapping) -> smtplib.SMTP:
    """An SMTP connection, over TLS with a verified certificate when asked for, logged in when configured."""
    check_config(config)
    host, port = config["MAIL_SERVER"], int(config.get("MAIL_PORT") or 25)
    context = ssl.create_default_context()  # verifies the certificate and the host name
    if flag(config.get("MAIL_USE_SSL")):
        smtp = smtplib.SMTP_SSL(host, port, timeout=TIMEOUT, context=context)
    else:
        smtp = smtplib.SMTP(host, port, timeout=TIMEOUT)
    try:
        if flag(config.get("MAIL_USE_TLS")):
            smtp.starttls(context=context)  # raises if the server offers no STARTTLS: never falls back to plain
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config.get("MAIL_PASSWORD") or "")
    except BaseException:
        smtp.close()
        raise
    return smtp


def _transmit(smtp: smtplib.SMTP, message: EmailMessage) -> None:
    """Send one message, 8-bit where the server says it takes it, else re-encoded to 7 bits."""
    smtp.ehlo_or_helo_if_needed()
    if smtp.has_extn("8bitmime"):
        smtp.send_message(message, mail_options=["BODY=8BITMIME"])
    else:
        message.set_content(message.get_content())  # quoted-printable or base64, as the body needs
        smtp.send_message(message)


def deliver_outbox(config: Mapping, root: Path, *, due_only: bool = False) -> Delivery:
    """Send the spooled mails (only those due for a retry when ``due_only``); the caller checked MAIL_SERVER."""
    check_config(config)
    result = Delivery()
    _put_back_stale_claims(root)
    smtp = None
    try:
        for path in outbox_files(root):
            if due_only and _due_at(path) > time.time():
                continue
            claimed = _claim(root, path)
            if claimed is None:
                continue  # another sender has it
            message = read(claimed)
            if smtp is None:
                try:
                    smtp = connect(config)
                except Exception as error:  # unreachable, refused TLS or log-in: the rest wait for the next pass
                    result.failed += 1
                    _put_back(root, claimed, path.name, message, error, config)
                    break
            try:
                _transmit(smtp, message)
            except Exception as error:  # kept for a retry, whatever went wrong
                result.failed += 1
                _put_back(root, claimed, path.name, message, error, config)
                smtp = _close(smtp)  # a fresh connection for the next message
            else:
                claimed.unlink()
                result.sent += 1
                log.info("E-mail %s to %s (%s) sent", path.name, message["To"], message["Subject"])
    finally:
        _close(smtp, polite=True)
    return result


def _due_at(path: Path) -> float:
    """When a waiting message may be tried (again): its modification time."""
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return float("inf")  # claimed by another sender meanwhile


def _claim(root: Path, path: Path) -> Path | None:
    """Rename a message into ``sending/``; ``None`` when another sender renamed it first."""
    sending = root / "sending"
    sending.mkdir(mode=0o700, exist_ok=True)
    claimed = sending / f"{path.name}.{int(time.time())}"
    try:
        os.rename(path, claimed)
    except FileNotFoundError:
        return None
    return claimed


def _put_back(root: Path, claimed: Path, name: str, message: EmailMessage, error: Exception, config: Mapping) -> None:
    """Return a failed message to the outbox, due after the retry delay, or give up on it when it is too old."""
    now = time.time()
    try:
        age = now - datetime.strptime(name.split("-", 1)[0], _STAMP).replace(tzinfo=UTC).timestamp()
    except ValueError:
        age = 0.0  # not a name we gave (a file put there by hand): retried, never given up
    if age > float(config.get("MAIL_GIVE_UP_SECONDS") or GIVE_UP_SECONDS):
        failed = root / "failed"
        failed.mkdir(mode=0o700, exist_ok=True)
        os.rename(claimed, failed / name)
        log.error(
            "E-mail %s to %s (%s) not sent for %d days, given up (kept in %s): %s",
            name,
            message["To"],
            message["Subject"],
            age // 86400,
            failed,
            error,
        )
        return
    retry = float(config.get("MAIL_RETRY_SECONDS") or RETRY_SECONDS)
    os.utime(claimed, (now, now + retry))  # before the rename, so no sender sees it due at once
    os.rename(claimed, root / "outbox" / name)
    log.warning(
        "E-mail %s to %s (%s) not sent, kept in the outbox for a retry: %s: %s",
        name,
        message["To"],
        message["Subject"],
        type(error).__name__,
        error,
    )


def _put_back_stale_claims(root: Path) -> None:
    """Return messages whose sender died mid-way, and drop half-written files of crashed requests."""
    now = time.time()
    for claimed in (root / "sending").glob("*.eml.*") if (root / "sending").is_dir() else []:
        name, _dot, claimed_at = claimed.name.rpartition(".")
        if claimed_at.isdigit() and now - int(claimed_at) > STALE_CLAIM:
            try:
                os.rename(claimed, root / "outbox" / name)
            except FileNotFoundError:
                pass  # another sender put it back first
    for temporary in (root / "outbox").glob(".*.tmp") if (root / "outbox").is_dir() else []:
        try:
            if now - temporary.stat().st_mtime > STALE_CLAIM:
                temporary.unlink()
        except FileNotFoundError:
            pass


def _close(smtp: smtplib.SMTP | None, polite: bool = False) -> None:
    """Close a connection (with QUIT when ``polite``); errors on the way out do not matter."""
    if smtp is None:
        return None
    try:
        if polite:
            smtp.quit()
        else:
            smtp.close()
    except (OSError, smtplib.SMTPException):
        smtp.close()
    return None
