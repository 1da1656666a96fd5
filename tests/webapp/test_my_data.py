"""A leader's own data: the JSON download, deleting the account (nothing about them is left, nothing ranks
them), and visibility surviving the operators' export and import."""

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from matcher.snapshot import load_current
from matcher.snapshot_format import SNAPSHOTS
from models import (
    AlertDelivery,
    ApiToken,
    AuditEntry,
    CandidateDecision,
    ContactRequest,
    Experience,
    FollowUp,
    Impression,
    Interest,
    MentorOffer,
    MentorRequest,
    Outcome,
    Profile,
    Role,
    SavedSearch,
    TalentDelivery,
    User,
    Visibility,
)
from tests.services.test_alerts import wanted_search
from tests.services.test_importing import profile_line
from webapp.services import accounts, alerts, ranking
from webapp.services.vacancies import VacancyFilters


@pytest.fixture
def leader_with_everything(db, make_user, make_profile, make_organisation, make_vacancy):
    """A leader with a profile and one of every row that can name them, plus an employer and another leader."""
    organisation = make_organisation("Finansstyrelsen")
    employer = make_user(Role.EMPLOYER, email="hr@fst.example.dk", organisation=organisation)
    vacancy = make_vacancy(organisation=organisation, title="Kontorchef til økonomi")
    user = make_user(email="mette@example.dk")
    profile = make_profile(user=user, name="Mette Holm", competences=["budgetlægning", "udvalgsbetjening"])
    other = make_profile(name="Anden Leder")
    search = alerts.create(db, user, wanted_search("Stat", VacancyFilters(sector="stat")))
    db.add_all(
        [
            CandidateDecision(
                vacancy=vacancy, profile=profile, decision="shortlisted", note="Stærk på økonomi", decided_by=employer
            ),
            ContactRequest(vacancy=vacancy, profile=profile, sender=employer, message="Må vi ringe til dig?"),
            Interest(vacancy=vacancy, profile=profile),
            AlertDelivery(user_id=user.id, vacancy_id=vacancy.id, saved_search_id=search.id),
            ApiToken(user_id=user.id, name="Min robot", token_hash="h" * 64, prefix="sb_abc"),
        ]
    )
    admin = make_user(Role.ADMIN, email="admin@example.dk")
    accounts.set_active(db, admin, user, False)  # an audited change that names the leader
    accounts.set_active(db, admin, user, True)
    db.commit()
    return user, profile, other, vacancy


def count(db, model) -> int:
    return db.scalar(select(func.count()).select_from(model))


def test_only_leaders_reach_their_data(client, login, make_user, make_organisation):
    assert client.get("/leder/mine-data/hent").status_code == 302
    login(make_user(Role.EMPLOYER, organisation=make_organisation()))
    assert client.get("/leder/mine-data/hent").status_code == 403
    assert client.post("/leder/mine-data/slet").status_code == 403


def test_download_holds_everything_about_the_leader(client, login, leader_with_everything):
    user, profile, _other, vacancy = leader_with_everything
    login(user)
    assert "Hent alle dine data" in client.get("/leder/mine-data").get_data(as_text=True)
    response = client.get("/leder/mine-data/hent")
    assert response.mimetype == "application/json"
    assert response.headers["Content-Disposition"] == 'attachment; filename="sektorbro-mine-data.json"'
    assert response.headers["Cache-Control"] == "no-store"
    data = json.loads(response.get_data(as_text=True))
    assert data["account"]["email"] == "mette@example.dk" and data["account"]["role"] == "leader"
    assert data["profile"]["name"] == "Mette Holm" and data["profile"]["visibility"] == "visible"
    assert data["profile"]["competences"] == ["budgetlægning", "udvalgsbetjening"]
    assert [e["title"] for e in data["experiences"]] == ["Leder 0"]
    assert data["saved_searches"][0]["name"] == "Stat" and "unsubscribe_token" not in data["saved_searches"][0]
    assert data["alert_deliveries"][0]["vacancy"]["title"] == "Kontorchef til økonomi"
    assert data["contact_requests"][0]["message"] == "Må vi ringe til dig?"
    assert data["contact_requests"][0]["sender"] == "hr@fst.example.dk"
    assert data["interests"][0]["vacancy"]["id"] == vacancy.id
    assert data["employer_decisions"][0]["note"] == "Stærk på økonomi"
    assert data["api_tokens"][0]["name"] == "Min robot" and "token_hash" not in data["api_tokens"][0]
    assert [change["action"] for change in data["account_changes"]] == ["user.deactivate", "user.activate"]
    assert "Anden Leder" not in response.get_data(as_text=True)


def test_download_holds_mentoring_talent_digests_follow_up_questions_and_top_10_appearances(
    client, login, db, make_user, make_profile, make_organisation, make_vacancy
):
    user = make_user(email="mentor@example.dk")
    profile = make_profile(user=user, name="Mette Mentor")
    mentee, mentor = make_profile(name="Mads Mentee"), make_profile(name="Anne Anden")
    offer = MentorOffer(profile_id=profile.id, text="Jeg skiftede fra kommune til stat", max_mentees=2)
    theirs = MentorOffer(profile_id=mentor.id, text="Region til kommune")
    db.add_all([offer, theirs])
    db.flush()
    agency = make_organisation("Finansstyrelsen")
    employer = make_user(Role.EMPLOYER, email="hr@fst.example.dk", organisation=agency)
    hire = Outcome(profile_id=profile.id, source="leader", kind="hired", occurred_on=date(2026, 1, 5))
    db.add_all(
        [
            MentorRequest(offer_id=offer.id, mentee_id=mentee.id, target_sector="stat", message="Må jeg spørge dig?"),
            MentorRequest(offer_id=theirs.id, mentee_id=profile.id, target_sector="kommune", message="Hej Anne"),
            TalentDelivery(user_id=employer.id, profile_id=profile.id),
            hire,
        ]
    )
    db.flush()
    db.add(FollowUp(outcome_id=hire.id, user_id=user.id, side="leader", months=3))
    post = make_vacancy(organisation=agency, title="Kontorchef")
    db.add(Impression(vacancy_id=post.id, profile_id=profile.id, position=4))
    db.commit()
    login(user)
    data = client.get("/leder/mine-data/hent").get_json()
    assert data["mentor_offer"]["text"] == "Jeg skiftede fra kommune til stat"
    assert [r["message"] for r in data["mentor_requests_received"]] == ["Må jeg spørge dig?"]
    assert [(r["message"], r["target_sector"]) for r in data["mentor_requests_sent"]] == [("Hej Anne", "kommune")]
    assert [d["organisation"] for d in data["talent_digests"]] == ["Finansstyrelsen"]
    assert [(a["vacancy"], a["organisation"], a["place"]) for a in data["top_10_appearances"]] == [
        ("Kontorchef", "Finansstyrelsen", 4)
    ]
    assert [(q["months_after_hire"], q["side"], q["status"]) for q in data["follow_up_questions"]] == [
        (3, "leader", "open")
    ]


def test_download_without_profile(client, login, make_user):
    login(make_user(email="ny@example.dk"))
    data = client.get("/leder/mine-data/hent").get_json()
    assert data["account"]["email"] == "ny@example.dk" and data["profile"] is None and data["experiences"] == []


def test_wrong_confirmation_deletes_nothing(client, login, csrf, db, leader_with_everything):
    user, *_ = leader_with_everything
    login(user)
    token = csrf("/leder/mine-data/slet")
    html = client.post(
        "/leder/mine-data/slet", data={"csrf_token": token, "confirm_email": "en.anden@example.dk"}
    ).get_data(as_text=True)
    assert "Skriv den e-mailadresse, du logger ind med." in html
    html = client.post("/leder/mine-data/slet", data={"confirm_email": "mette@example.dk"}).get_data(as_text=True)
    assert "Formularen er udløbet" in html
    assert count(db, User) == 3 and count(db, Profile) == 2


def test_deleting_the_account_leaves_nothing_to_find_or_rank(
    app, client, runner, login, csrf, db, leader_with_everything, rebuild_index
):
    user, profile, other, vacancy = leader_with_everything
    user_id, profile_id, profile_key = user.id, profile.id, profile.public_key
    directory = ranking.directory_for(app.instance_path)
    rebuild_index()
    assert profile.id in {r.profile.id for r in ranking.rank_candidates(db, directory, vacancy, limit=50)}
    db.commit()
    login(user)
    token = csrf("/leder/mine-data/slet")
    response = client.post("/leder/mine-data/slet", data={"csrf_token": token, "confirm_email": " Mette@Example.dk "})
    assert response.status_code == 302 and response.location.endswith("/")
    assert "Din konto og alle data om dig er slettet." in client.get("/").get_data(as_text=True)
    assert client.get("/leder/").status_code == 302  # logged out

    db.expire_all()
    assert db.scalar(select(User).where(User.email == "mette@example.dk")) is None
    assert db.get(Profile, profile_id) is None
    for model in (Experience, CandidateDecision, ContactRequest, Interest):
        assert db.scalar(select(func.count()).where(model.profile_id == profile_id)) == 0, model
    for model in (SavedSearch, AlertDelivery, ApiToken):
        assert db.scalar(select(func.count()).where(model.user_id == user_id)) == 0, model
    assert db.get(Profile, other.id) is not None
    assert count(db, User) == 2  # the employer and the admin stay
    entries = db.scalars(select(AuditEntry).where(AuditEntry.target == f"user:{user_id}")).all()
    assert len(entries) == 2 and all("email" not in entry.details for entry in entries)  # the action stays

    ranked = ranking.rank_candidates(db, directory, vacancy, limit=50)
    assert [r.profile.id for r in ranked] == [other.id]
    assert profile_id not in ranking.current_index(db, directory)
    ranking.forget(directory)  # another worker: maps the snapshot, then replays the deletion as a tombstone
    assert profile_id not in ranking.current_index(db, directory)
    # The deletion triggers the background rebuild; after it not even a dead row remains in any snapshot.
    assert "profil er slettet" in runner.invoke(args=["index", "watch", "--once"]).output
    saved = load_current(directory).index
    assert profile_id not in set(saved.base.keys.tolist()) and len(saved.delta) == 0
    assert len(list((directory / SNAPSHOTS).iterdir())) == 1
    result = runner.invoke(args=["rank", "--vacancy", vacancy.public_key, "--json"])
    assert [item["external_id"] for item in json.loads(result.output)] == [other.public_key]
    assert profile_key not in runner.invoke(args=["rank", "--all"]).output


def test_visibility_survives_export_and_import(runner, db, tmp_path, make_profile):
    hidden = make_profile(external_id="p-hidden", visibility=Visibility.HIDDEN)
    make_profile(external_id="p-discreet", visibility=Visibility.DISCREET)
    target = tmp_path / "profiles.jsonl"
    assert runner.invoke(args=["export", "profiles", str(target)]).exit_code == 0
    rows = {row["external_id"]: row for row in map(json.loads, target.read_text().splitlines())}
    assert rows["p-hidden"]["visibility"] == "hidden" and rows["p-discreet"]["visibility"] == "discreet"

    db.delete(hidden)
    db.commit()
    assert runner.invoke(args=["import", "profiles", str(target)]).exit_code == 0
    assert db.scalar(select(Profile.visibility).where(Profile.external_id == "p-hidden")) == "hidden"

    older = tmp_path / "old.jsonl"  # a file from before the field existed never un-hides anyone
    older.write_text(profile_line(external_id="p-hidden") + "\n" + profile_line(external_id="p-new", email="n@x.dk"))
    assert runner.invoke(args=["import", "profiles", str(older)]).exit_code == 0
    db.expire_all()
    assert db.scalar(select(Profile.visibility).where(Profile.external_id == "p-hidden")) == "hidden"
    assert db.scalar(select(Profile.visibility).where(Profile.external_id == "p-new")) == "discreet"  # the default
    bad = tmp_path / "bad.jsonl"
    bad.write_text(profile_line(visibility="usynlig"))
    result = runner.invoke(args=["import", "profiles", str(bad)])
    assert result.exit_code == 1 and "felt visibility" in result.output
