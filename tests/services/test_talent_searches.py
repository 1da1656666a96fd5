"""Talent searches and their digest: filters, visibility, anonymity, no repeats, pause and unsubscribe."""

from dataclasses import asdict
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from models import Notification, NotificationKind, Role, TalentDelivery, Visibility, utcnow
from webapp.mails import digests
from webapp.services import contracts, errors, roles, talent_searches
from webapp.services.errors import Conflict, Forbidden, NotFound, ServiceError
from webapp.services.talent_searches import TalentFilters

ECONOMY = {"title": "Økonomichef", "competences": ["budgetlægning", "regnskab", "økonomistyring"]}


@pytest.fixture
def mails(monkeypatch):
    """Every digest mail spooled, as (to, subject, body)."""
    sent = []
    monkeypatch.setattr(digests, "send_mail", lambda config, to, subject, body: sent.append((to, subject, body)))
    return sent


@pytest.fixture
def employer_org(make_organisation):
    return make_organisation(name="Styrelsen for Tal", sector="stat")


@pytest.fixture
def employer(make_user, employer_org):
    return make_user(Role.EMPLOYER, email="hr@styrelsen.example.dk", organisation=employer_org)


def wanted_talent(name: str, filters: TalentFilters | None = None, frequency: str = "daily") -> contracts.TalentSearch:
    """A talent search as a caller with plain values hands it to ``talent_searches.create``: checked by its
    contract, as the form checks it (a refusal is raised here, typed)."""
    values = asdict(filters or TalentFilters())
    return contracts.checked(contracts.TalentSearch, name=name, frequency=frequency, **values)


def wanted_change(name: str, frequency: str) -> contracts.TalentSearchChange:
    """A rename and frequency for ``talent_searches.update``, checked by its contract as the form checks it."""
    return contracts.checked(contracts.TalentSearchChange, name=name, frequency=frequency)


def saved(db, user, name="Økonomi", days_ago=1, frequency="daily", **filters):
    """A talent search saved ``days_ago`` days ago (so profiles can be older or newer than it)."""
    search = talent_searches.create(db, user, wanted_talent(name, TalentFilters(**filters), frequency))
    search.created_at = utcnow() - timedelta(days=days_ago)
    db.commit()
    return search


def leader(make_profile, hours_ago=1, **fields):
    """A leader profile last changed ``hours_ago`` hours ago (economy by default, Aarhus, kommune, level 2)."""
    profile = make_profile(**(ECONOMY | {"visibility": Visibility.VISIBLE} | fields))
    profile.updated_at = utcnow() - timedelta(hours=hours_ago)
    return profile


def digest_ids(db, user):
    found = talent_searches.build_digest(db, user.id)
    return [] if found is None else [item.candidate.profile_id for item in found.items]


def test_saving_checks_name_filters_frequency_and_limits(db, employer, make_user):
    wanted = wanted_talent("  Økonomi  fra  andre ", TalentFilters("finance", 2, 1082, True), "weekly")
    search = talent_searches.create(db, employer, wanted)
    assert (search.name, search.function, search.level, search.region) == ("Økonomi fra andre", "finance", 2, 1082)
    assert search.other_sectors_only and search.active and search.frequency == "weekly"
    assert len(search.unsubscribe_token) >= 40
    with pytest.raises(errors.TalentSearchNameTaken):
        talent_searches.create(db, employer, wanted_talent("økonomi FRA andre"))
    for bad, field in (
        (TalentFilters(function="astrology"), "function"),
        (TalentFilters(level=5), "level"),
        (TalentFilters(region=101), "region"),
    ):
        with pytest.raises(ServiceError) as error:
            talent_searches.create(db, employer, wanted_talent("Forkert", bad))
        assert error.value.field == field
    with pytest.raises(ServiceError) as error:
        talent_searches.create(db, employer, wanted_talent("Forkert", TalentFilters(), "hourly"))
    assert error.value.field == "frequency"
    with pytest.raises(errors.SearchNameMissing):
        talent_searches.create(db, employer, wanted_talent(" \x00 "))
    for number in range(talent_searches.MAX_SEARCHES - 1):
        talent_searches.create(db, employer, wanted_talent(f"Søgning {number}"))
    with pytest.raises(errors.TooManyTalentSearches):
        talent_searches.create(db, employer, wanted_talent("En for meget"))
    for refused in (make_user(Role.LEADER), make_user(Role.EMPLOYER, approved=False), make_user(Role.EMPLOYER)):
        with pytest.raises(Forbidden):
            talent_searches.create(db, refused, wanted_talent("Nej"))


def test_only_the_owner_renames_pauses_and_deletes(db, employer, make_user, employer_org):
    search = saved(db, employer)
    other = make_user(Role.EMPLOYER, organisation=employer_org)
    for action in (
        lambda: talent_searches.update(db, other, search.id, wanted_change("Ny", "daily")),
        lambda: talent_searches.set_active(db, other, search.id, False),
        lambda: talent_searches.delete(db, other, search.id),
    ):
        with pytest.raises(NotFound):
            action()
    saved(db, employer, name="Anden")
    with pytest.raises(Conflict):
        talent_searches.update(db, employer, search.id, wanted_change("anden", "daily"))
    renamed = talent_searches.update(db, employer, search.id, wanted_change("Økonomi, ugentlig", "weekly"))
    assert renamed.frequency == "weekly"
    assert talent_searches.set_active(db, employer, search.id, False).active is False
    talent_searches.delete(db, employer, search.id)
    assert [s.name for s in talent_searches.for_user(db, employer)] == ["Anden"]


def test_the_digest_finds_new_matching_leaders_by_function_level_region_and_other_sectors(db, employer, make_profile):
    saved(db, employer, function="finance", level=2, region=1082, other_sectors_only=True)
    match = leader(make_profile)  # Aarhus (Region Midtjylland), kommune, level 2, economy
    leader(make_profile, title="HR-chef", competences=["rekruttering", "arbejdsmiljø", "personalejura"])
    leader(make_profile, level=3)
    leader(make_profile, municipality_code=101)  # København: Region Hovedstaden
    leader(make_profile, sector="stat")  # the employer's own sector
    leader(make_profile, hours_ago=48)  # unchanged since before the search was saved
    assert digest_ids(db, employer) == [match.id]


def test_the_digest_analyses_each_leader_once_however_many_searches_find_them(db, employer, make_profile, monkeypatch):
    analysed = []
    analyse = roles.recognised  # what both the function filter and the digest's description run
    monkeypatch.setattr(roles, "recognised", lambda encoder, doc: analysed.append(doc.key) or analyse(encoder, doc))
    saved(db, employer, name="Økonomi", function="finance")
    saved(db, employer, name="Økonomi i kommunerne", function="finance", level=2)
    found = [leader(make_profile) for _ in range(3)]
    db.commit()
    assert sorted(digest_ids(db, employer)) == sorted(p.id for p in found)
    assert sorted(analysed) == sorted(p.id for p in found)


def test_visibility_hidden_never_discreet_not_to_the_own_family(
    db, employer, employer_org, make_profile, make_organisation, make_user
):
    sister = make_organisation(name="Søsterstyrelsen", sector="stat", parent=make_organisation(name="Ministeriet"))
    employer_org.parent = sister.parent
    db.commit()
    saved(db, employer, function="finance")
    visible = leader(make_profile, organisation=sister, sector="stat")
    discreet_family = leader(make_profile, organisation=sister, sector="stat", visibility=Visibility.DISCREET)
    discreet_elsewhere = leader(make_profile, visibility=Visibility.DISCREET, organisation=make_organisation())
    leader(make_profile, visibility=Visibility.HIDDEN)
    closed = leader(make_profile, user=make_user(Role.LEADER))
    closed.user.active = False
    db.commit()
    assert sorted(digest_ids(db, employer)) == sorted([visible.id, discreet_elsewhere.id])
    assert discreet_family.id not in digest_ids(db, employer)


def test_the_mail_is_anonymous_and_nothing_is_sent_twice(app, db, employer, make_profile, make_organisation, mails):
    organisation = make_organisation(name="Aarhus Kommune Økonomi", sector="kommune")
    profile = leader(
        make_profile,
        name="Mette Hemmelig",
        email="mette.hemmelig@example.dk",
        organisation=organisation,
        title="Økonomichef i Aarhus Kommune",
        summary="Jeg hedder Mette og leder økonomien.",
    )
    search = saved(db, employer, function="finance")
    with app.test_request_context():
        digest = talent_searches.build_digest(db, employer.id)
        digests.deliver_talent(db, app.config, digest, lambda endpoint, **values: f"http://x/{endpoint}/{values}")
    db.commit()
    ((to, subject, body),) = mails
    assert to == employer.email and "1 ny kandidat" in subject
    for secret in ("Mette", "Hemmelig", "mette.hemmelig", "Aarhus Kommune", "Jeg hedder", profile.title):
        assert secret not in body
    assert "Chef i en kommune" in body and "Økonomi og styring" in body and "Region Midtjylland" in body
    assert "Budgetlægning" in body and "talent_unsubscribe.confirm" in body and search.unsubscribe_token in body
    delivery = db.scalar(select(TalentDelivery))
    assert (delivery.user_id, delivery.profile_id, delivery.talent_search_id) == (employer.id, profile.id, search.id)
    note = db.scalar(select(Notification).where(Notification.kind == NotificationKind.TALENT_MATCHES))
    assert note.user_id == employer.id and note.details["count"] == 1 and note.delivery == "never"
    assert talent_searches.build_digest(db, employer.id) is None  # nothing new, and not due again today
    search.last_digest_at = utcnow() - timedelta(days=2)
    profile.summary = "Ændret"  # changed again, but already sent to this employer
    db.commit()
    assert talent_searches.build_digest(db, employer.id) is None
    saved(db, employer, name="Alle")  # another search of the same employer does not send the leader again
    assert digest_ids(db, employer) == []


def test_a_clash_with_another_run_raises_before_mailing(app, db, employer, make_profile, mails):
    leader(make_profile)
    saved(db, employer)
    first, second = talent_searches.build_digest(db, employer.id), talent_searches.build_digest(db, employer.id)
    talent_searches.record(db, first)
    db.commit()
    with pytest.raises(IntegrityError):
        talent_searches.record(db, second)
    db.rollback()
    assert db.scalar(select(func.count()).select_from(TalentDelivery)) == 1


def test_paused_unsubscribed_and_weekly_searches_wait(db, employer, make_profile, make_user):
    leader(make_profile)
    search = saved(db, employer)
    talent_searches.set_active(db, employer, search.id, False)
    db.commit()
    assert talent_searches.build_digest(db, employer.id) is None
    assert talent_searches.recipients(db) == []
    talent_searches.set_active(db, employer, search.id, True)
    assert talent_searches.KIND.by_token(db, search.unsubscribe_token) is search
    assert talent_searches.KIND.unsubscribe(db, search).active is False
    assert talent_searches.KIND.by_token(db, "ikke-et-token") is None
    search.active, search.frequency = True, "weekly"
    search.created_at = utcnow() - timedelta(days=3)
    db.commit()
    assert talent_searches.build_digest(db, employer.id) is None  # a weekly search waits for its week
    search.created_at = utcnow() - timedelta(days=7)
    db.commit()
    assert digest_ids(db, employer) != []
    employer.active = False
    db.commit()
    assert talent_searches.build_digest(db, employer.id) is None


def test_the_candidate_view_follows_visibility_and_belongs_to_the_employer(
    db, employer, employer_org, make_profile, make_user
):
    profile = leader(make_profile)
    search = saved(db, employer)
    talent_searches.record(db, talent_searches.build_digest(db, employer.id))
    db.commit()
    delivery = db.scalar(select(TalentDelivery))
    assert talent_searches.delivery_for(db, employer, delivery.id).profile_id == profile.id
    colleague = make_user(Role.EMPLOYER, organisation=employer_org)
    with pytest.raises(NotFound):
        talent_searches.delivery_for(db, colleague, delivery.id)
    profile.visibility = Visibility.HIDDEN
    db.commit()
    with pytest.raises(NotFound):
        talent_searches.delivery_for(db, employer, delivery.id)
    assert search.id == delivery.talent_search_id
