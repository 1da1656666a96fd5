"""A command a service refuses says the refusal in the web's words (``error_messages``) and exits 1."""

from __future__ import annotations

import smtplib
import sys

import pytest

from models import Role
from webapp.services import mail


def test_fairness_without_the_evaluation_sets_generator_says_what_it_needs(runner, monkeypatch):
    monkeypatch.setitem(sys.modules, "bench.metrics", None)  # as outside a source checkout: bench/ not importable
    result = runner.invoke(args=["weights", "fairness", "--all"])
    assert result.exit_code == 1
    assert "Error: Evalueringssættet kræver mappen bench/ fra kildekoden på Python-stien." in result.output


@pytest.mark.parametrize("option, said", [("--profile", "Ukendt profil: nope"), ("--vacancy", "Ukendt stilling: nope")])
def test_rank_names_a_key_it_does_not_know(runner, option, said):
    result = runner.invoke(args=["rank", option, "nope"])
    assert result.exit_code == 1 and f"Error: {said}" in result.output


def test_create_admin_says_why_the_address_is_refused(runner, make_user):
    make_user(Role.LEADER, email="taken@example.dk")
    result = runner.invoke(args=["create-admin", "taken@example.dk", "--password", "a-long-password-1"])
    assert result.exit_code == 1
    assert "Error: Der findes allerede en konto med denne e-mailadresse." in result.output


def test_send_mail_refuses_both_kinds_of_tls_and_sends_nothing(app, runner, monkeypatch, outbox):
    with app.app_context():
        mail.send_mail(app.config, "leder@example.dk", "Venter", "Sendes ikke.")  # spooled before a server is set
    opened = []
    for name in ("SMTP", "SMTP_SSL"):
        monkeypatch.setattr(smtplib, name, lambda *args, name=name, **kwargs: opened.append(name))
    for key, value in {"MAIL_SERVER": "smtp.example.dk", "MAIL_USE_TLS": True, "MAIL_USE_SSL": True}.items():
        monkeypatch.setitem(app.config, key, value)
    result = runner.invoke(args=["send-mail"])
    assert result.exit_code == 1
    assert "Error: MAIL_USE_TLS og MAIL_USE_SSL er begge sat: vælg STARTTLS eller implicit TLS." in result.output
    assert opened == []  # no connection of either kind was tried
    assert [message["Subject"] for message in outbox()] == ["Venter"]  # the mail waits, unclaimed and untouched


@pytest.mark.parametrize(
    "args, service, name",
    [
        (["seed-demo", "--profiles", "5", "--vacancies", "2"], "webapp.services.demo_seed", "seed"),
        (["index", "rebuild"], "webapp.services.ranking", "rebuild"),
        (["export", "profiles", "out.jsonl"], "webapp.services.exporting", "export_lines"),
    ],
)
def test_every_command_that_calls_services_says_their_refusals(runner, monkeypatch, tmp_path, args, service, name):
    from webapp.services import errors

    def refuse(*_args, **_kwargs):
        raise errors.AddressTaken()

    monkeypatch.setattr(f"{service}.{name}", refuse)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(args=args)
    assert result.exit_code == 1
    assert "Error: Der findes allerede en konto med denne e-mailadresse." in result.output
    assert "Traceback" not in result.output
