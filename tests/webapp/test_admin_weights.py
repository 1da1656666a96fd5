"""HR admins tune the ranking weights: preview, save with a note, history with diffs, rollback, learn from feedback.

Only admins: every other role gets 403 on every weights page and changes nothing by posting.
"""

import re

import numpy as np
import pytest
from sqlalchemy import func, select

from matcher import learning
from matcher.weights import COMPONENTS, Weights
from models import AuditEntry, CandidateDecision, Role, WeightSet
from webapp.services import ranking, weights

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

KOBENHAVN, AALBORG = 101, 851
GET_URLS = ("/admin/vaegte", "/admin/vaegte/historik", "/admin/vaegte/laering", "/admin/revisionslog")


@pytest.fixture
def directory(app):
    path = ranking.directory_for(app.instance_path)
    yield path
    ranking.forget(path)


@pytest.fixture
def admin(login, make_user):
    return login(make_user(Role.ADMIN, email="hr@example.dk"))


@pytest.fixture
def vacancy(make_profile, make_organisation, make_vacancy):
    """A state vacancy and 12 leaders: near ones without its competences, far ones with them."""
    for i in range(12):
        near = i % 2 == 0
        make_profile(
            external_id=f"p-{i}",
            municipality_code=KOBENHAVN if near else AALBORG,
            max_commute_km=30,
            competences=["rengøring"] if near else ["budgetlægning", "personaleledelse"],
        )
    return make_vacancy(organisation=make_organisation("Finansstyrelsen", sector="stat"), external_id="v-1")


def form_data(token, **weights_and_fields):
    values = Weights().as_dict() | {"csrf_token": token}
    return {name: str(value) for name, value in (values | weights_and_fields).items()}


def ranking_of(db, directory, vacancy):
    db.expire_all()
    return [(ranking.external_id(r.profile), r.ranked.score) for r in ranking.rank_candidates(db, directory, vacancy)]


def count(db, model):
    db.expire_all()
    return db.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("role", [Role.LEADER, Role.EMPLOYER])
def test_only_admins_see_or_change_weights(client, login, make_user, make_organisation, csrf, db, role):
    for url in GET_URLS:
        assert client.get(url).status_code == 302  # anonymous: to the log-in page
    version = weights.create(db, Weights(competence=1), note="gammel", created_by=None, activate=False)
    active = weights.active_set(db).id
    db.commit()
    versions = count(db, WeightSet)
    login(make_user(role, organisation=make_organisation() if role == Role.EMPLOYER else None))
    for url in GET_URLS:
        assert client.get(url).status_code == 403
    token = csrf()
    posts = {
        "/admin/vaegte": form_data(token, competence="99", note="hack", save="1"),
        f"/admin/vaegte/{version.id}/rul-tilbage": {"csrf_token": token},
        "/admin/vaegte/laering": {"csrf_token": token, "note": "hack"},
    }
    for url, data in posts.items():
        assert client.post(url, data=data).status_code == 403
    assert count(db, WeightSet) == versions and count(db, AuditEntry) == 0
    assert weights.active_set(db).id == active


def test_weights_page_explains_every_component_and_draws_the_vive_chart(client, admin, vacancy):
    html = client.get("/admin/vaegte").get_data(as_text=True)
    for name in COMPONENTS:
        assert f'name="{name}"' in html
    assert "Hvor mange af stillingens kompetencer kandidaten har" in html  # COMPONENT_HELP
    assert 'role="img"' in html and "<title id=" in html and "<desc id=" in html
    assert "VIVE 2022" in html and "21 %" in html and "7 %" in html
    assert "Anden offentlig sektor" in html  # the data table: the chart's text alternative
    assert "Kontorchef til økonomi" in html  # the vacancy can be chosen for a preview
    assert 'style="' not in html and "<script>" not in html


def test_preview_shows_both_top_10s_and_saves_nothing(client, admin, csrf, db, vacancy):
    weights.active_set(db)
    db.commit()
    data = form_data(csrf(), competence="0", text="0", level="0", geography="1", willingness="0", cross_sector="0")
    response = client.post("/admin/vaegte", data=data | {"stilling": str(vacancy.id), "preview": "1"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Top 10 i dag" in html and "Top 10 med de nye vægte" in html and "Nye vægte" in html
    assert re.search(r"\d+ rykker op, \d+ rykker ned", html)
    assert count(db, WeightSet) == 1 and count(db, AuditEntry) == 0


def test_preview_warns_when_the_cross_sector_weight_lifts_weaker_candidates(client, admin, csrf, db, vacancy):
    make_state_leader(db)  # fits the state vacancy best; the other candidates are kommune leaders
    data = form_data(csrf())
    html = client.post("/admin/vaegte", data=data | {"stilling": str(vacancy.id), "preview": "1"}).get_data(True)
    assert "løfter ingen kandidat forbi en, der passer bedre" in html
    data = form_data(csrf(), cross_sector="50")
    html = client.post("/admin/vaegte", data=data | {"stilling": str(vacancy.id), "preview": "1"}).get_data(True)
    assert "Svagere kandidater løftes forbi stærkere" in html


def make_state_leader(db):
    from models import Profile

    profile = Profile(
        name="Stine Statslig",
        email="stine@example.dk",
        sector="stat",
        title="Kontorchef for økonomi",
        level=2,
        years_as_leader=5,
        municipality_code=KOBENHAVN,
        max_commute_km=30,
        open_to_sectors=["stat", "region", "kommune"],
        seeking="active",
        competences=["budgetlægning", "personaleledelse", "økonomistyring"],
        summary="",
        education="Cand.polit.",
    )
    db.add(profile)
    db.commit()
    return profile


def test_saving_needs_a_note_then_makes_a_new_active_version(client, admin, csrf, db, directory, vacancy):
    token = csrf()
    response = client.post("/admin/vaegte", data=form_data(token, competence="0,5", save="1"))
    assert "Skriv en note om, hvorfor vægtene ændres." in response.get_data(as_text=True)
    assert count(db, WeightSet) <= 1
    response = client.post(
        "/admin/vaegte", data=form_data(token, competence="0,5", note="Mere vægt på kompetencer", save="1")
    )
    assert response.status_code == 302 and response.headers["Location"].endswith("/admin/vaegte/historik")
    db.expire_all()
    active = weights.active_set(db)
    assert active.version == 2 and active.weights["competence"] == 0.5 and active.created_by.email == "hr@example.dk"
    html = client.get("/admin/vaegte/historik").get_data(as_text=True)
    assert "Mere vægt på kompetencer" in html and "hr@example.dk" in html
    assert "Kompetencer: 0,34 → 0,5" in html
    assert "Rul tilbage til denne version" in html


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"competence": "-1"}, "Skriv et tal fra 0 til 100."),
        ({"competence": "101"}, "Skriv et tal fra 0 til 100."),
        ({"competence": "mange"}, "Skriv et tal, fx 0,45."),
        ({"competence": "nan"}, "Skriv et tal, fx 0,45."),
        ({"competence": ""}, "Feltet skal udfyldes."),
        ({name: "0" for name in COMPONENTS}, "Mindst én vægt skal være større end 0."),
        ({"stilling": "999999", "preview": "1"}, "Vælg en offentliggjort stilling fra listen."),
        ({"stilling": "abc", "preview": "1"}, "Vælg en offentliggjort stilling fra listen."),
    ],
)
def test_bad_weights_are_explained_in_danish_and_nothing_is_saved(client, admin, csrf, db, fields, message):
    data = form_data(csrf(), note="prøve", save="1") | fields
    response = client.post("/admin/vaegte", data=data)
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert count(db, AuditEntry) == 0 and count(db, WeightSet) <= 1


def test_saving_the_active_weights_again_is_refused(client, admin, csrf, db):
    response = client.post("/admin/vaegte", data=form_data(csrf(), note="igen", save="1"))
    assert "Vægtene er de samme som i den aktive version 1." in response.get_data(as_text=True)
    assert count(db, WeightSet) <= 1 and count(db, AuditEntry) == 0


def test_rollback_restores_the_exact_ranking(client, admin, csrf, db, directory, vacancy):
    v1 = weights.active_set(db)
    db.commit()
    before = ranking_of(db, directory, vacancy)
    token = csrf()
    changed = form_data(token, competence="0", geography="5", text="0,333", note="Geografi først", save="1")
    client.post("/admin/vaegte", data=changed)
    assert ranking_of(db, directory, vacancy) != before

    response = client.post(f"/admin/vaegte/{v1.id}/rul-tilbage", data={"csrf_token": token}, follow_redirects=True)
    assert "Vægtene fra version 1 er aktive igen som version 3." in response.get_data(as_text=True)
    assert ranking_of(db, directory, vacancy) == before
    active = weights.active_set(db)
    assert active.version == 3 and active.note == "Rulles tilbage til version 1" and active.weights == v1.weights
    assert [w.active for w in db.scalars(select(WeightSet).order_by(WeightSet.version))] == [False, False, True]


def test_bad_rollbacks_are_reported_not_crashing(client, admin, csrf, db):
    v1 = weights.active_set(db)
    db.commit()
    token = csrf()
    for url, data, message in (
        ("/admin/vaegte/999999/rul-tilbage", {"csrf_token": token}, "Versionen findes ikke."),
        (f"/admin/vaegte/{v1.id}/rul-tilbage", {"csrf_token": token}, "Vægtene i version 1 er allerede de aktive."),
        (f"/admin/vaegte/{v1.id}/rul-tilbage", {}, "Handlingen blev ikke udført"),
    ):
        response = client.post(url, data=data, follow_redirects=True)
        assert response.status_code == 200 and message in response.get_data(as_text=True)
    assert count(db, WeightSet) == 1 and count(db, AuditEntry) == 0


def decide(db, vacancies, profiles, X, y):
    """Store employers' decisions with their component snapshots, one per (vacancy, profile) pair."""
    pairs = [(v, p) for v in vacancies for p in profiles]
    for (vacancy, profile), values, label in zip(pairs, X, y, strict=False):
        db.add(
            CandidateDecision(
                vacancy_id=vacancy.id,
                profile_id=profile.id,
                decision="shortlisted" if label else "rejected",
                components={name: float(v) for name, v in zip(COMPONENTS, values, strict=True)},
            )
        )
    db.commit()


@pytest.fixture
def people(make_profile, make_vacancy):
    return [make_vacancy() for _ in range(8)], [make_profile() for _ in range(10)]


def test_too_little_feedback_is_said_instead_of_fitting(client, admin, csrf, db, people, monkeypatch):
    monkeypatch.setattr(learning.LogisticRegression, "fit", lambda *a, **k: pytest.fail("fitted"))
    rng = np.random.default_rng(1)
    decide(db, *people, rng.random((12, len(COMPONENTS))), [1, 0] * 6)
    db.add(CandidateDecision(vacancy_id=people[0][7].id, profile_id=people[1][0].id, decision=None))
    db.commit()
    html = client.get("/admin/vaegte/laering").get_data(as_text=True)
    assert "For lidt feedback" in html
    assert "Der er 12 beslutninger (6 på kortlisten, 6 fravalgt). Der kræves mindst 30" in html
    assert "Anvend som ny version" not in html
    response = client.post("/admin/vaegte/laering", data={"csrf_token": csrf(), "note": "prøv alligevel"})
    assert "Der er ikke noget forslag at anvende." in response.get_data(as_text=True)
    assert count(db, AuditEntry) == 0


def test_learned_weights_favour_competence_and_can_be_adopted(client, admin, csrf, db, people):
    rng = np.random.default_rng(3)
    X = rng.random((80, len(COMPONENTS)))
    y = (X[:, 0] + rng.normal(0, 0.1, 80) > 0.5).astype(int)
    decide(db, *people, X, y)
    html = client.get("/admin/vaegte/laering").get_data(as_text=True)
    assert "Foreslåede vægte" in html and "AUC" in html and "Andel rigtige" in html
    assert "Lært af 80 beslutninger fra arbejdsgivere" in html  # the prefilled note
    proposal = weights.proposal(db)
    db.commit()  # the default version it created on first use (SQLite: one writer at a time)
    assert proposal.proposed.auc > 0.7
    assert max(proposal.weights.as_dict(), key=proposal.weights.as_dict().get) == "competence"

    token = csrf()
    response = client.post("/admin/vaegte/laering", data={"csrf_token": token, "note": " "})
    assert "Skriv en note om, hvorfor vægtene ændres." in response.get_data(as_text=True)
    assert count(db, AuditEntry) == 0
    response = client.post("/admin/vaegte/laering", data={"csrf_token": token, "note": "Lært af feedback"})
    assert response.status_code == 302
    db.expire_all()
    active = weights.active_set(db)
    assert Weights.from_dict(active.weights) == proposal.weights and active.note == "Lært af feedback"
    entry = db.scalar(select(AuditEntry))
    assert entry.action == "weights.adopt" and entry.details["decisions"] == 80 and entry.details["auc"] > 0.7


def test_proposed_weights_can_be_previewed_before_adopting(client, admin, csrf, db, people):
    rng = np.random.default_rng(3)
    X = rng.random((80, len(COMPONENTS)))
    decide(db, *people, X, (X[:, 0] > 0.5).astype(int))
    html = client.get("/admin/vaegte/laering").get_data(as_text=True)
    hidden = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]+)">', html))
    assert set(COMPONENTS) <= set(hidden)
    response = client.post("/admin/vaegte", data=hidden | {"csrf_token": csrf(), "preview": "1"})
    assert response.status_code == 200 and "Nye vægte" in response.get_data(as_text=True)
    assert count(db, WeightSet) <= 1 and count(db, AuditEntry) == 0
