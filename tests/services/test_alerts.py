"""Saved searches and the daily alert digest: what is found, that nothing is mailed twice, and failures."""

import logging
from dataclasses import asdict
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from models import AlertDelivery, Role, SavedSearch, VacancyStatus, utcnow
from webapp.mails import digests
from webapp.services import alerts, contracts, errors
from webapp.services.errors import NotFound, ServiceError
from webapp.services.vacancies import VacancyFilters


@pytest.fixture
def mails(monkeypatch):
    """Every digest mail spooled, as (to, subject, body)."""
    sent = []
    monkeypatch.setattr(digests, "send_mail", lambda config, to, subject, body: sent.append((to, subject, body)))
    return sent


@pytest.fixture
def leader(make_user):
    return make_user(Role.LEADER, email="leder@example.dk")


def wanted_search(name: str, filters: VacancyFilters | None = None) -> contracts.SavedSearch:
    """A search as a caller with plain values hands it to ``alerts.create``: checked by its contract, as the
    form checks it (a refusal is raised here, typed)."""
    return contracts.checked(contracts.SavedSearch, name=name, **asdict(filters or VacancyFilters()))


def saved(db, user, name="Økonomi i staten", days_ago=1, **filters):
    """A saved search made ``days_ago`` days ago (so vacancies can be published before or after it)."""
    search = alerts.create(db, user, wanted_search(name, VacancyFilters(**filters)))
    search.created_at = utcnow() - timedelta(days=days_ago)
    db.commit()
    return search


def published(make_vacancy, make_organisation, hours_ago=1, organisation=None, **fields):
    """A published vacancy, published ``hours_ago`` hours ago."""
    vacancy = make_vacancy(organisation=organisation or make_organisation(), **fields)
    vacancy.published_at = utcnow() - timedelta(hours=hours_ago)
    return vacancy


def deliveries(db, user=None) -> int:
    stmt = select(func.count()).select_from(AlertDelivery)
    if user is not None:
        stmt = stmt.where(AlertDelivery.user_id == user.id)
    return db.scalar(stmt)


def test_saving_a_search_checks_name_filters_and_limits(db, leader):
    wanted = wanted_search("  Økonomi   i staten ", VacancyFilters(text=" budget  ", sector="stat", level=2))
    search = alerts.create(db, leader, wanted)
    assert search.name == "Økonomi i staten" and search.alerts is True
    assert search.filters == {"text": "budget", "sector": "stat", "region": None, "level": 2}
    assert len(search.unsubscribe_token) >= 40
    control = alerts.create(db, leader, wanted_search("Nul\x00tegn", VacancyFilters(text="a\x00b")))
    assert control.filters["text"] == "a b"
    with pytest.raises(errors.SearchNameTaken):
        alerts.create(db, leader, wanted_search("økonomi i STATEN"))
    with pytest.raises(errors.SearchNameMissing):
        alerts.create(db, leader, wanted_search("   "))
    for bad in (VacancyFilters(sector="privat"), VacancyFilters(region=9999), VacancyFilters(level=7)):
        with pytest.raises(ServiceError):
            alerts.create(db, leader, wanted_search("Forkert", bad))
    for number in range(alerts.MAX_SEARCHES - 2):
        alerts.create(db, leader, wanted_search(f"Søgning {number}"))
    with pytest.raises(errors.TooManySearches):
        alerts.create(db, leader, wanted_search("En for meget"))


def test_only_the_owner_changes_a_search_and_the_token_unsubscribes(db, leader, make_user):
    search = saved(db, leader)
    other = make_user()
    with pytest.raises(NotFound):
        alerts.set_alerts(db, other, search.id, False)
    with pytest.raises(NotFound):
        alerts.delete(db, other, search.id)
    assert alerts.KIND.by_token(db, search.unsubscribe_token) is search
    assert alerts.KIND.unsubscribe(db, search).alerts is False
    assert alerts.KIND.by_token(db, "ikke-et-token") is None
    assert alerts.KIND.by_token(db, "x" * 500) is None


def test_digest_holds_new_matching_vacancies_once_each(db, leader, make_vacancy, make_organisation):
    stat = make_organisation("Finansstyrelsen", sector="stat")
    kommune = make_organisation("Aarhus Kommune", sector="kommune")
    first = saved(db, leader, "Stat", sector="stat")
    saved(db, leader, "Revision", text="revision")
    new_stat = published(make_vacancy, make_organisation, organisation=stat, title="Chef for intern revision")
    published(make_vacancy, make_organisation, organisation=kommune, title="Skolechef")  # matches neither
    published(make_vacancy, make_organisation, organisation=stat, title="Gammel", hours_ago=24 * 5)  # before
    published(make_vacancy, make_organisation, organisation=stat, title="Udløbet", deadline=date.today() - timedelta(1))
    make_vacancy(organisation=stat, title="Kladde", status=VacancyStatus.DRAFT)
    db.commit()

    digest = alerts.build_digest(db, leader.id)
    assert [item.vacancy.id for item in digest.items] == [new_stat.id]  # found by both searches, listed once
    assert digest.items[0].search.id == first.id and digest.more == 0
    alerts.record(db, digest)
    db.commit()
    assert alerts.build_digest(db, leader.id) is None  # delivered: never again


def test_who_gets_alerts(db, leader, make_user, make_vacancy, make_organisation):
    off = saved(db, make_user(email="fra@example.dk"), "Alt")
    off.alerts = False
    saved(db, make_user(email="stop@example.dk", active=False), "Alt")
    saved(db, leader, "Alt")
    employer = make_user(Role.EMPLOYER, organisation=make_organisation())
    db.add(SavedSearch(user_id=employer.id, name="Alt", filters={}, unsubscribe_token="t" * 40, created_at=utcnow()))
    db.commit()
    assert alerts.users_with_alerts(db) == [leader.id]
    assert alerts.build_digest(db, employer.id) is None


def test_a_long_digest_leaves_the_rest_for_the_next_one(db, leader, make_vacancy, make_organisation, monkeypatch):
    monkeypatch.setattr(alerts, "MAX_PER_DIGEST", 2)
    saved(db, leader, "Alt")
    organisation = make_organisation()
    ids = [published(make_vacancy, make_organisation, organisation=organisation, hours_ago=h).id for h in (3, 2, 1)]
    db.commit()
    digest = alerts.build_digest(db, leader.id)
    assert [item.vacancy.id for item in digest.items] == [ids[2], ids[1]] and digest.more == 1
    alerts.record(db, digest)
    db.commit()
    assert [item.vacancy.id for item in alerts.build_digest(db, leader.id).items] == [ids[0]]


def test_two_runs_at_once_cannot_both_deliver(app, db, leader, make_vacancy, make_organisation):
    saved(db, leader, "Alt")
    published(make_vacancy, make_organisation)
    db.commit()
    digest = alerts.build_digest(db, leader.id)
    other_run = app.extensions["sqlalchemy_sessionmaker"]()
    alerts.record(other_run, alerts.build_digest(other_run, leader.id))
    other_run.commit()
    other_run.close()
    with pytest.raises(IntegrityError):
        alerts.record(db, digest)
    db.rollback()
    assert deliveries(db) == 1


def test_send_alerts_mails_one_digest_per_leader_and_nothing_the_second_time(
    app, runner, db, leader, make_user, make_vacancy, make_organisation, mails
):
    app.config["PUBLIC_URL"] = "https://sektorbro.example"
    search = saved(db, leader, "Stat", sector="stat")
    second = saved(db, leader, "Alt", days_ago=2)
    other = make_user(email="anden@example.dk")
    saved(db, other, "Region", sector="region")
    stat = make_organisation("Finansstyrelsen", sector="stat")
    vacancy = published(make_vacancy, make_organisation, organisation=stat, title="Kontorchef til økonomi")
    published(make_vacancy, make_organisation, organisation=stat, title="Vicedirektør")
    db.commit()

    result = runner.invoke(args=["send-alerts"])
    assert result.exit_code == 0, result.output
    assert "Sendt 1 e-mails med i alt 2 nye stillinger." in result.output
    [(to, subject, body)] = mails
    assert to == "leder@example.dk" and subject == "2 nye lederstillinger til dine søgninger på Sektorbro"
    assert "Kontorchef til økonomi" in body and "Finansstyrelsen" in body and "Vicedirektør" in body
    assert f"https://sektorbro.example/stillinger/{vacancy.id}" in body
    assert f"https://sektorbro.example/afmeld/{search.unsubscribe_token}" in body
    assert f"https://sektorbro.example/afmeld/{second.unsubscribe_token}" in body
    assert "https://sektorbro.example/leder/soegninger" in body
    assert deliveries(db, leader) == 2

    again = runner.invoke(args=["send-alerts"])
    assert again.exit_code == 0 and "Sendt 0 e-mails" in again.output
    assert len(mails) == 1 and deliveries(db) == 2

    published(make_vacancy, make_organisation, organisation=stat, title="Ny kontorchef", hours_ago=0)
    db.commit()
    runner.invoke(args=["send-alerts"])
    assert len(mails) == 2 and "Ny kontorchef" in mails[1][2] and "Vicedirektør" not in mails[1][2]


def test_a_failed_mail_records_nothing_and_is_sent_next_time(runner, db, leader, make_vacancy, make_organisation):
    saved(db, leader, "Alt")
    published(make_vacancy, make_organisation)
    db.commit()
    sent = []

    def flaky(config, to, subject, body):
        if not sent:
            sent.append(None)
            raise OSError("SMTP-serveren svarer ikke")
        sent.append(to)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(digests, "send_mail", flaky)
        failed = runner.invoke(args=["send-alerts"])
        assert failed.exit_code == 1 and "prøves igen" in failed.output and "leder@example.dk" in failed.output
        assert deliveries(db) == 0
        assert runner.invoke(args=["send-alerts"]).exit_code == 0
    assert sent == [None, "leder@example.dk"] and deliveries(db) == 1


def test_without_smtp_the_digest_waits_in_the_outbox(
    runner, db, leader, make_vacancy, make_organisation, outbox, caplog
):
    saved(db, leader, "Alt")
    published(make_vacancy, make_organisation, title="Afdelingschef for it")
    db.commit()
    with caplog.at_level(logging.WARNING, logger="sektorbro.mail"):
        assert runner.invoke(args=["send-alerts"]).exit_code == 0
    [mail] = outbox()
    assert mail["To"] == "leder@example.dk" and "Afdelingschef for it" in mail.get_content()
    assert "http://localhost/afmeld/" in mail.get_content()  # PUBLIC_URL, as the test app sets it
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "leder@example.dk" in logged and "/mail/outbox/" in logged  # where to read it, not what it says
    assert "Afdelingschef for it" not in logged and "/afmeld/" not in logged
