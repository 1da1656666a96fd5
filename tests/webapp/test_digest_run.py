"""``flask send-alerts`` mails each person in a transaction of their own: one failed mail is reported and retried
next run without stopping the others, and a person another run is mailing right now is left to that run."""

from types import SimpleNamespace

from sqlalchemy.exc import IntegrityError

from webapp.mails import digests
from webapp.services import alerts, talent_searches


def _digest(user_id: int):
    return SimpleNamespace(user=SimpleNamespace(email=f"{user_id}@example.dk"), items=["a", "b"], notifications=["n"])


def test_one_failed_digest_neither_stops_the_others_nor_hides(runner, db, monkeypatch):
    mailed = []

    def deliver(_session, _config, digest, _url):
        if digest.user.email.startswith("2@"):
            raise OSError("SMTP hiccup")
        if digest.user.email.startswith("3@"):
            raise IntegrityError("INSERT", {}, Exception("another run mailed them first"))
        mailed.append(digest.user.email)

    monkeypatch.setattr(alerts, "digest_recipients", lambda _session: [1, 2, 3, 4, 5])
    monkeypatch.setattr(alerts, "build_digest", lambda _session, user_id: None if user_id == 5 else _digest(user_id))
    monkeypatch.setattr(digests, "deliver_alerts", deliver)
    monkeypatch.setattr(talent_searches, "recipients", lambda _session: [6])
    monkeypatch.setattr(talent_searches, "build_digest", lambda _session, user_id: _digest(user_id))
    monkeypatch.setattr(digests, "deliver_talent", deliver)
    result = runner.invoke(args=["send-alerts"])
    assert mailed == ["1@example.dk", "4@example.dk", "6@example.dk"]
    assert "Sendt 2 e-mails med i alt 4 nye stillinger." in result.output
    assert "Beskeder med i e-mailene: 2." in result.output
    assert "Sendt 1 e-mails om talentsøgninger med i alt 2 nye kandidater." in result.output
    assert "Ikke sendt: 2@example.dk: SMTP hiccup" in result.output and "3@example.dk" not in result.output
    assert result.exit_code == 1 and "1 e-mails kunne ikke sendes" in result.output
