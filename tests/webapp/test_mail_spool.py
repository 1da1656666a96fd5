"""Mail is spooled by the request and sent by a sender (``flask send-mail`` or the background thread), over TLS
whenever credentials are set, and no log line carries a mail's body or its reset link."""

from __future__ import annotations

import os
import smtplib
import ssl
import stat
import threading
import time
from dataclasses import dataclass, field

import pytest

from webapp import create_app
from webapp.services import mail

RESET_LINK = "/konto/nulstil/"


@pytest.fixture
def app(database_url, tmp_path, request):
    """The app with an SMTP server configured (extra config via indirect parametrisation); no sender thread."""
    config = {
        "TESTING": True,
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test-secret",
        "SERVER_NAME": "localhost",
        "PUBLIC_URL": "http://localhost",
        "MAIL_SERVER": "smtp.example.dk",
        "MAIL_PORT": 587,
        "MAIL_BACKGROUND_SENDER": False,
    }
    app = create_app(config | getattr(request, "param", {}))
    app.instance_path = str(tmp_path)
    yield app
    if "mail_sender" in app.extensions:
        app.extensions["mail_sender"].stop(timeout=5)
    app.extensions["sqlalchemy_engine"].dispose()


@dataclass
class FakeServer:
    """What the fake SMTP connections saw: connections, the steps on each, the messages sent."""

    extensions: set[str] = field(default_factory=lambda: {"8bitmime", "starttls"})
    fail: Exception | None = None
    connections: list[FakeSMTP] = field(default_factory=list)
    sent: list = field(default_factory=list)  # (message, mail_options, thread name)


class FakeSMTP:
    """Stands in for ``smtplib.SMTP`` and ``smtplib.SMTP_SSL``: records what a sender does, sends nothing."""

    server: FakeServer
    implicit_tls = False

    def __init__(self, host, port, timeout=None, context=None):
        self.host, self.port, self.timeout, self.context = host, port, timeout, context
        self.steps: list = []
        self.server.connections.append(self)

    def ehlo_or_helo_if_needed(self):
        self.steps.append("ehlo")

    def has_extn(self, name):
        return name.lower() in self.server.extensions

    def starttls(self, context=None):
        self.steps.append(("starttls", context))

    def login(self, user, password):
        self.steps.append(("login", user))

    def send_message(self, message, mail_options=()):
        if self.server.fail is not None:
            raise self.server.fail
        self.server.sent.append((message, list(mail_options), threading.current_thread().name))

    def quit(self):
        self.steps.append("quit")

    def close(self):
        pass


@pytest.fixture
def smtp(monkeypatch):
    """A fake SMTP server behind ``smtplib.SMTP`` and ``smtplib.SMTP_SSL``."""
    server = FakeServer()
    plain = type("FakePlainSMTP", (FakeSMTP,), {"server": server})
    implicit = type("FakeSSLSMTP", (FakeSMTP,), {"server": server, "implicit_tls": True})
    monkeypatch.setattr(smtplib, "SMTP", plain)
    monkeypatch.setattr(smtplib, "SMTP_SSL", implicit)
    return server


def ask_for_reset(client, csrf, email="glemsom@example.dk"):
    """POST the forgot-password form."""
    return client.post("/konto/glemt-adgangskode", data={"email": email, "csrf_token": csrf()})


def spooled(app) -> list:
    """The files in the outbox."""
    with app.app_context():
        return mail.outbox_files(mail.spool_dir(app.config))


def test_the_reset_request_writes_the_mail_and_never_waits_for_smtp(app, client, csrf, make_user, monkeypatch):
    make_user(email="glemsom@example.dk")
    calls = []

    def hanging_server(*args, **kwargs):
        calls.append(args)
        time.sleep(6)  # a server that never answers holds whoever calls it
        raise TimeoutError

    monkeypatch.setattr(smtplib, "SMTP", hanging_server)
    monkeypatch.setattr(smtplib, "SMTP_SSL", hanging_server)
    started = time.monotonic()
    response = ask_for_reset(client, csrf)
    assert response.status_code == 302 and time.monotonic() - started < 5
    assert calls == []
    [path] = spooled(app)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.name.endswith(".eml") and not [p for p in path.parent.iterdir() if p.name.startswith(".")]
    message = mail.read(path)
    assert message["To"] == "glemsom@example.dk" and RESET_LINK in message.get_content()


def test_send_mail_delivers_the_spool_and_deletes_what_it_sent(app, client, csrf, make_user, runner, smtp, outbox):
    make_user(email="glemsom@example.dk")
    make_user(email="anden@example.dk")
    ask_for_reset(client, csrf)
    ask_for_reset(client, csrf, "anden@example.dk")
    assert len(outbox()) == 2
    result = runner.invoke(args=["send-mail"])
    assert result.exit_code == 0 and "Sendt 2 e-mails." in result.output
    assert sorted(message["To"] for message, _options, _thread in smtp.sent) == [
        "anden@example.dk",
        "glemsom@example.dk",
    ]
    message, options, _thread = smtp.sent[0]
    assert options == ["BODY=8BITMIME"] and RESET_LINK in message.get_content()
    assert len(smtp.connections) == 1 and smtp.connections[0].host == "smtp.example.dk"
    assert outbox() == [] and not any((spooled_root(app) / "sending").iterdir())
    assert runner.invoke(args=["send-mail"]).output.startswith("Sendt 0 e-mails.")


def spooled_root(app):
    with app.app_context():
        return mail.spool_dir(app.config)


def test_a_server_without_8bitmime_gets_a_7_bit_mail(app, client, csrf, make_user, runner, smtp):
    make_user(email="glemsom@example.dk")
    ask_for_reset(client, csrf)
    smtp.extensions = {"starttls"}
    assert runner.invoke(args=["send-mail"]).exit_code == 0
    [(message, options, _thread)] = smtp.sent
    assert options == [] and message["Content-Transfer-Encoding"] in {"quoted-printable", "base64"}
    assert RESET_LINK in message.get_content()


@pytest.mark.parametrize("app", [{"MAIL_USERNAME": "sektorbro", "MAIL_PASSWORD": "hemmelig"}], indirect=True)
def test_credentials_without_tls_are_refused(app, client, csrf, make_user, runner, smtp, outbox):
    make_user(email="glemsom@example.dk")
    ask_for_reset(client, csrf)
    result = runner.invoke(args=["send-mail"])
    assert result.exit_code == 1 and "MAIL_USE_TLS" in result.output
    assert smtp.connections == [] and len(outbox()) == 1  # nothing sent, nothing lost


@pytest.mark.parametrize(
    "app",
    [{"MAIL_USERNAME": "sektorbro", "MAIL_PASSWORD": "hemmelig", "MAIL_USE_TLS": "true"}],
    indirect=True,
)
def test_starttls_with_a_verified_certificate_comes_before_the_log_in(app, client, csrf, make_user, runner, smtp):
    make_user(email="glemsom@example.dk")
    ask_for_reset(client, csrf)
    assert runner.invoke(args=["send-mail"]).exit_code == 0
    [connection] = smtp.connections
    assert not connection.implicit_tls
    (starttls, context), login = connection.steps[0], connection.steps[1]
    assert starttls == "starttls" and login == ("login", "sektorbro")
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert len(smtp.sent) == 1


@pytest.mark.parametrize(
    "app",
    [{"MAIL_USERNAME": "sektorbro", "MAIL_PASSWORD": "hemmelig", "MAIL_USE_SSL": True, "MAIL_PORT": 465}],
    indirect=True,
)
def test_implicit_tls_verifies_the_certificate(app, client, csrf, make_user, runner, smtp):
    make_user(email="glemsom@example.dk")
    ask_for_reset(client, csrf)
    assert runner.invoke(args=["send-mail"]).exit_code == 0
    [connection] = smtp.connections
    assert connection.implicit_tls and connection.port == 465
    assert connection.context.verify_mode == ssl.CERT_REQUIRED and connection.context.check_hostname
    assert connection.steps[0] == ("login", "sektorbro") and len(smtp.sent) == 1


def test_a_failed_mail_stays_for_a_retry_and_no_log_line_holds_the_body(
    app, client, csrf, make_user, runner, smtp, outbox, caplog
):
    make_user(email="glemsom@example.dk")
    caplog.set_level("DEBUG")
    ask_for_reset(client, csrf)
    [waiting] = outbox()
    body = waiting.get_content()
    smtp.fail = smtplib.SMTPDataError(451, b"try again later")
    failed = runner.invoke(args=["send-mail"])
    assert failed.exit_code == 1 and "prøves igen" in failed.output
    [path] = spooled(app)
    assert path.stat().st_mtime > time.time() + 60  # due again only after the retry delay
    with app.app_context():
        assert mail.deliver_outbox(app.config, mail.spool_dir(app.config), due_only=True).sent == 0
    assert "kept in the outbox for a retry" in caplog.text and "glemsom@example.dk" in caplog.text
    smtp.fail = None
    assert runner.invoke(args=["send-mail"]).exit_code == 0  # by hand: retries included
    assert outbox() == [] and len(smtp.sent) == 1
    link = body[body.index("http://") :].split()[0]
    assert RESET_LINK in link and link not in caplog.text and RESET_LINK not in caplog.text
    assert not any(line and line in caplog.text for line in body.splitlines() if len(line) > 20)


@pytest.mark.parametrize("app", [{"MAIL_SERVER": None}], indirect=True)
def test_in_development_the_log_says_where_the_mail_is_and_nothing_of_it(
    app, client, csrf, make_user, runner, outbox, caplog
):
    make_user(email="glemsom@example.dk")
    caplog.set_level("DEBUG")
    ask_for_reset(client, csrf)
    [message] = outbox()
    [path] = spooled(app)
    assert str(path) in caplog.text and "glemsom@example.dk" in caplog.text and message["Subject"] in caplog.text
    assert RESET_LINK not in caplog.text and "inden for en time" not in caplog.text
    result = runner.invoke(args=["send-mail"])
    assert result.exit_code == 1 and "MAIL_SERVER" in result.output and len(outbox()) == 1


def test_two_senders_at_once_send_each_mail_once(app, smtp):
    with app.app_context():
        for number in range(30):
            mail.send_mail(app.config, f"modtager{number}@example.dk", "Emne", "Brødtekst")
        root = mail.spool_dir(app.config)
    results = []

    def sender():
        with app.app_context():
            results.append(mail.deliver_outbox(app.config, root))

    threads = [threading.Thread(target=sender) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    recipients = [message["To"] for message, _options, _thread in smtp.sent]
    assert sorted(recipients) == sorted(f"modtager{number}@example.dk" for number in range(30))
    assert sum(result.sent for result in results) == 30 and mail.outbox_files(root) == []


def test_a_claim_left_by_a_dead_sender_is_sent_later(app, smtp):
    with app.app_context():
        path = mail.send_mail(app.config, "modtager@example.dk", "Emne", "Brødtekst")
        root = mail.spool_dir(app.config)
        (root / "sending").mkdir()
        os.rename(path, root / "sending" / f"{path.name}.{int(time.time()) - mail.STALE_CLAIM - 1}")
        assert mail.deliver_outbox(app.config, root).sent == 1
    assert [message["To"] for message, _options, _thread in smtp.sent] == ["modtager@example.dk"]


@pytest.mark.parametrize("app", [{"MAIL_BACKGROUND_SENDER": True, "MAIL_SEND_INTERVAL": 0.2}], indirect=True)
def test_the_web_process_sends_in_the_background(app, client, csrf, make_user, smtp, outbox):
    make_user(email="glemsom@example.dk")
    assert ask_for_reset(client, csrf).status_code == 302
    deadline = time.monotonic() + 10
    while not smtp.sent and time.monotonic() < deadline:
        time.sleep(0.05)
    app.extensions["mail_sender"].stop(timeout=5)
    [(message, _options, thread)] = smtp.sent
    assert message["To"] == "glemsom@example.dk" and thread == "sektorbro-mail-sender"
    assert outbox() == []
