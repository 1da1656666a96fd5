"""HR admins tune the ranking weights: preview, save with a note, history with diffs, rollback, learn from feedback.

Only admins: every other role gets 403 on every weights page and changes nothing by posting.
"""

import re
from datetime import date

import numpy as np
import pytest
from sqlalchemy import func, select

from matcher import learning
from matcher.weights import COMPONENTS, Weights
from models import AuditEntry, CandidateDecision, Outcome, Role, WeightSet
from webapp.services import errors, ranking, weights

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


DEFAULT_SHARES = {"competence": 34, "function": 22, "text": 8, "level": 16, "geography": 10, "willingness": 8}
DEFAULT_SHARES["cross_sector"] = 2


def form_data(token, **weights_and_fields):
    """The form as the page fills it in (the default weights' shares), with some fields changed."""
    values = DEFAULT_SHARES | {"csrf_token": token}
    return {name: str(value) for name, value in (values | weights_and_fields).items()}


def shares(weight_set) -> dict[str, float]:
    """A stored version's shares of the score in percent, computed here from the raw stored numbers."""
    total = sum(weight_set.weights[name] for name in COMPONENTS)
    return {name: weight_set.weights[name] / total * 100 for name in COMPONENTS}


def text_of(html: str) -> str:
    """The page's text with tags removed and white space collapsed, to find sentences across markup."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def ranking_of(db, directory, vacancy):
    db.expire_all()
    return [(r.profile.public_key, r.ranked.score) for r in ranking.rank_candidates(db, directory, vacancy)]


def count(db, model):
    db.expire_all()
    return db.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("role", [Role.LEADER, Role.EMPLOYER])
def test_only_admins_see_or_change_weights(client, login, make_user, make_organisation, csrf, db, role):
    for url in GET_URLS:
        assert client.get(url).status_code == 302  # anonymous: to the log-in page
    version = weights.create(db, Weights(competence=1), note="gammel", created_by=None, activate=False)
    active = weights.saved_active_set(db).id
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
    weights.saved_active_set(db)
    db.commit()
    data = form_data(csrf(), competence="40", function="30", text="0", level="10", geography="20", willingness="0")
    response = client.post(
        "/admin/vaegte", data=data | {"cross_sector": "0", "vacancy_id": str(vacancy.id), "preview": "1"}
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Top 10 med de aktive vægte" in html and "Top 10 med de nye vægte" in html and "Nye vægte" in html
    assert re.search(r"\d+ rykker op, \d+ rykker ned", html)
    assert "Hvem flytter sig i top 10 med de nye vægte?" in html and 'id="chart-moves-title"' in html
    assert 'value="40"' in html and 'value="30"' in html  # what the admin typed stays in the form
    assert count(db, WeightSet) == 1 and count(db, AuditEntry) == 0


def test_preview_warns_when_the_cross_sector_weight_lifts_weaker_candidates(client, admin, csrf, db, vacancy):
    make_state_leader(db)  # fits the state vacancy best; the other candidates are kommune leaders
    data = form_data(csrf())
    html = client.post("/admin/vaegte", data=data | {"vacancy_id": str(vacancy.id), "preview": "1"}).get_data(True)
    assert "løfter ingen kandidat forbi en, der passer bedre" in html
    data = form_data(csrf(), competence="20", function="10", cross_sector="28")
    html = client.post("/admin/vaegte", data=data | {"vacancy_id": str(vacancy.id), "preview": "1"}).get_data(True)
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


TYPED = {"competence": 40, "function": 30, "text": 5, "level": 10, "geography": 10, "willingness": 5, "cross_sector": 0}


def test_the_form_takes_each_components_share_of_the_score_in_percent(client, admin, csrf, db, vacancy):
    html = client.get("/admin/vaegte").get_data(as_text=True)
    for name, share in DEFAULT_SHARES.items():  # the active weights, on the scale the page asks for
        assert re.search(rf'name="{name}"[^>]*value="{share}"|value="{share}"[^>]*name="{name}"', html), name
    assert "De syv tal skal tilsammen give 100." in html

    token = csrf()
    response = client.post("/admin/vaegte", data=form_data(token, **TYPED, save="1"))
    assert "Skriv en note om, hvorfor vægtene ændres." in response.get_data(as_text=True)
    assert "Vægtene er ikke gemt" in response.get_data(as_text=True)
    assert count(db, WeightSet) <= 1
    response = client.post("/admin/vaegte", data=form_data(token, **TYPED, note="Mere vægt på kompetencer", save="1"))
    assert response.status_code == 302 and response.headers["Location"].endswith("/admin/vaegte/historik")
    db.expire_all()
    active = weights.active_set(db)
    assert active.version == 2 and active.created_by.email == "hr@example.dk"
    assert shares(active) == pytest.approx(TYPED)  # 40 typed is 40 % of every score, not 96 %
    assert Weights.from_dict(active.weights).normalised()["competence"] == pytest.approx(0.40)

    html = client.get("/admin/vaegte/historik").get_data(as_text=True)
    assert "Mere vægt på kompetencer" in html and "hr@example.dk" in html
    assert "Kompetencer: 34 % → 40 %" in html and "Funktion: 22 % → 30 %" in html
    assert "Anden sektor: 2 % → 0 %" in html
    assert "Rul tilbage til denne version" in html
    html = client.get("/admin/vaegte").get_data(as_text=True)
    assert "Aktiv version: 40 %" in html and 'value="40"' in html


def test_a_version_stored_before_the_percent_scale_shows_the_shares_it_ranks_with(client, admin, db):
    weights.saved_active_set(db)  # version 1: the defaults, as the migrations store them
    raw = Weights().as_dict() | {"competence": 40.0}  # the old form's trap: 40 among fractions
    legacy = weights.create(db, Weights.from_dict(raw), note="gammel skala", created_by=None, activate=True)
    db.commit()
    expected = shares(legacy)
    assert expected["competence"] == pytest.approx(98.4, abs=0.05)
    html = text_of(client.get("/admin/vaegte").get_data(as_text=True))
    assert "Aktiv version: 98,4 %" in html and "Aktiv version: 0,5 %" in html  # funktion: 0.22 of 40.66
    assert "I de aktive vægte udgør »Kompetencer« 98,4 % af scoren, mere end halvdelen." in html
    page = client.get("/admin/vaegte").get_data(as_text=True)
    typed = [int(v) for v in re.findall(r'class="form-input input-width-xs"[^>]*value="(\d+)"', page)]
    assert len(typed) == 7 and sum(typed) == 100 and typed[0] == 98  # whole percent, adding up to 100
    history = text_of(client.get("/admin/vaegte/historik").get_data(as_text=True))
    assert "Kompetencer: 34 % → 98,4 %" in history and "Over halvdelen" in history


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"competence": "-1", "function": "57"}, "Skriv et tal fra 0 til 100."),
        ({"competence": "101"}, "Skriv et tal fra 0 til 100."),
        ({"competence": "mange"}, "Skriv et helt tal fra 0 til 100, fx 35."),
        ({"competence": "nan"}, "Skriv et helt tal fra 0 til 100, fx 35."),
        ({"competence": "0,45"}, "Skriv et helt tal uden decimaler, fx 35."),
        ({"competence": "34.5"}, "Skriv et helt tal uden decimaler, fx 35."),
        ({"competence": ""}, "Feltet skal udfyldes."),
        ({name: "0" for name in COMPONENTS}, "Alle vægtene er 0. Fordel de 100 procent mellem delene af scoren."),
        ({"competence": "40"}, "Vægtene giver 106 tilsammen, 6 for meget. De skal give 100."),
        ({"competence": "30"}, "Vægtene giver 96 tilsammen, der mangler 4. De skal give 100."),
        ({"vacancy_id": "999999", "preview": "1"}, "Vælg en offentliggjort stilling fra listen."),
        ({"vacancy_id": "abc", "preview": "1"}, "Vælg en offentliggjort stilling fra listen."),
    ],
)
def test_bad_weights_are_explained_at_the_field_and_kept_and_nothing_is_saved(client, admin, csrf, db, fields, message):
    data = form_data(csrf(), note="prøve", save="1") | fields
    response = client.post("/admin/vaegte", data=data)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    # in the error summary and at the field (or the fieldset of shares); with no vacancies there is no list
    assert html.count(message) == (1 if "vacancy_id" in fields else 2)
    assert "Vægtene er ikke gemt" in html
    for name, value in fields.items():
        if name in COMPONENTS:  # the admin's input, as typed
            assert re.search(
                rf'name="{name}"[^>]*value="{re.escape(value)}"|value="{re.escape(value)}"[^>]*name="{name}"', html
            )
    assert count(db, AuditEntry) == 0 and count(db, WeightSet) <= 1


def test_a_wrong_sum_is_shown_at_the_shares_and_linked_from_the_summary(client, admin, csrf):
    html = client.post("/admin/vaegte", data=form_data(csrf(), competence="40", preview="1")).get_data(as_text=True)
    assert '<a href="#competence" class="function-link">Summen af vægtene: Vægtene giver 106 tilsammen' in html
    assert 'id="shares-error"' in html and 'aria-describedby="shares-hint shares-error"' in html
    assert "Nye vægte" not in html  # no effect of weights that are not valid


WARNING = "Rangeringen afgøres så mest af »{name}«, og de andre dele betyder tilsammen mindre end den."


@pytest.mark.parametrize(
    "share, warned",
    [(50, False), (51, True)],  # exactly half is not more than half
)
def test_a_component_above_half_the_score_is_warned_about_before_saving(
    client, admin, csrf, db, vacancy, share, warned
):
    token = csrf()
    data = form_data(token, competence=str(share), function=str(22 - (share - 34)))  # still 100 in all
    html = text_of(client.post("/admin/vaegte", data=data | {"preview": "1"}).get_data(as_text=True))
    assert (WARNING.format(name="Kompetencer") in html) is warned
    assert ("Med disse vægte udgør »Kompetencer« 51 % af scoren, mere end halvdelen." in html) is warned
    assert ("Gem alligevel" in html) is warned

    response = client.post("/admin/vaegte", data=data | {"note": "Kompetencer først", "save": "1"})
    if not warned:
        assert response.status_code == 302
        return
    html = text_of(response.get_data(as_text=True))  # saving needs the tick
    assert response.status_code == 200 and count(db, WeightSet) <= 1
    assert "Sæt kryds, hvis én del skal udgøre mere end halvdelen af scoren. Ellers ret vægtene." in html
    assert WARNING.format(name="Kompetencer") in html
    response = client.post(
        "/admin/vaegte", data=data | {"note": "Kompetencer først", "save": "1", "accept_dominant": "y"}
    )
    assert response.status_code == 302 and count(db, WeightSet) == 2
    after = text_of(client.get(response.headers["Location"]).get_data(as_text=True))  # the history, with the flash
    assert "I de aktive vægte udgør »Kompetencer« 51 % af scoren, mere end halvdelen." in after
    assert after.index("Vægtene er gemt som version 2") < after.index("I de aktive vægte udgør")  # saved, then why
    assert "Over halvdelen »Kompetencer« udgør 51 % af scoren." in after
    page = text_of(client.get("/admin/vaegte").get_data(as_text=True))
    assert "De aktive vægte: én del afgør mere end halvdelen" in page and WARNING.format(name="Kompetencer") in page


def test_the_warning_names_whichever_component_dominates(client, admin, csrf):
    data = form_data(csrf(), competence="10", cross_sector="26", geography="10", function="22")  # 26 + 10 ≠ half
    html = text_of(client.post("/admin/vaegte", data=data | {"preview": "1"}).get_data(as_text=True))
    assert "mere end halvdelen" not in html
    data = form_data(csrf(), competence="0", function="0", text="0", level="10", geography="10", willingness="10")
    html = text_of(client.post("/admin/vaegte", data=data | {"cross_sector": "70", "preview": "1"}).get_data(True))
    assert "Med disse vægte udgør »Anden sektor« 70 % af scoren" in html and WARNING.format(name="Anden sektor") in html


def test_saving_the_active_weights_again_is_refused(client, admin, csrf, db):
    response = client.post("/admin/vaegte", data=form_data(csrf(), note="igen", save="1"))
    assert "Vægtene er de samme som i den aktive version 1." in response.get_data(as_text=True)
    assert count(db, WeightSet) <= 1 and count(db, AuditEntry) == 0


@pytest.mark.parametrize(
    "refusal, at, said",
    [
        (errors.NoPositiveWeight, "shares-error", "Mindst én vægt skal være større end 0."),
        (errors.WeightNoteMissing, "note-error", "Skriv en note om, hvorfor vægtene ændres."),
    ],
)
def test_a_refusal_of_the_saving_service_stands_at_its_field(client, admin, csrf, db, monkeypatch, refusal, at, said):
    """A refusal about a field is drawn at that field (the shares' fieldset, the note), not only flashed."""

    def refuse(session, *args, **kwargs):
        weights.saved_active_set(session).note = "ændret"  # flushed before the refusal: must not be kept
        session.flush()
        raise refusal()

    monkeypatch.setattr(weights, "save_version", refuse)
    response = client.post("/admin/vaegte", data=form_data(csrf(), competence="30", text="12", note="ny", save="1"))
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "Vægtene er ikke gemt" in html
    assert re.search(rf'<span class="form-error-message" id="{at}">.*{re.escape(said)}</span>', html)
    assert 'class="sb-flashes"' not in html  # at the field, not flashed above the page
    assert 'value="30"' in html  # what was typed stays
    assert count(db, AuditEntry) == 0 and weights.active_set(db).note != "ændret"


def test_rollback_restores_the_exact_ranking(client, admin, csrf, db, directory, vacancy):
    v1 = weights.saved_active_set(db)
    db.commit()
    before = ranking_of(db, directory, vacancy)
    token = csrf()
    changed = form_data(token, competence="10", geography="34", note="Geografi først", save="1")
    client.post("/admin/vaegte", data=changed)
    assert ranking_of(db, directory, vacancy) != before

    response = client.post(f"/admin/vaegte/{v1.id}/rul-tilbage", data={"csrf_token": token}, follow_redirects=True)
    assert "Vægtene fra version 1 er aktive igen som version 3." in response.get_data(as_text=True)
    assert ranking_of(db, directory, vacancy) == before
    active = weights.active_set(db)
    assert active.version == 3 and active.note == "Rullet tilbage til version 1" and active.weights == v1.weights
    assert "Rullet tilbage til version 1" in client.get("/admin/vaegte/historik").get_data(as_text=True)
    assert [w.active for w in db.scalars(select(WeightSet).order_by(WeightSet.version))] == [False, False, True]


def test_bad_rollbacks_are_reported_not_crashing(client, admin, csrf, db):
    v1 = weights.saved_active_set(db)
    db.commit()
    token = csrf()
    for url, data, message in (
        ("/admin/vaegte/999999/rul-tilbage", {"csrf_token": token}, "Versionen findes ikke."),
        (f"/admin/vaegte/{v1.id}/rul-tilbage", {"csrf_token": token}, "Vægtene i version 1 er allerede de aktive."),
        (f"/admin/vaegte/{v1.id}/rul-tilbage", {}, "Formularen er udløbet. Prøv igen."),
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
    assert "vejer 3 gange så meget" in html  # the page says how hires count
    assert "Lært af 80 beslutninger fra arbejdsgivere" in html  # the prefilled note
    proposal = weights.proposal(db)
    db.commit()  # the default version it created on first use (SQLite: one writer at a time)
    assert proposal.proposed.auc > 0.7
    assert max(proposal.weights.as_dict(), key=proposal.weights.as_dict().get) == "competence"

    token = csrf()
    response = client.post("/admin/vaegte/laering", data={"csrf_token": token, "note": " "})
    html = response.get_data(as_text=True)  # the service's refusal stands at the note, not in a flash
    assert response.status_code == 200 and 'class="sb-flashes"' not in html
    assert re.search(r'<span class="form-error-message" id="note-error">.*Skriv en note om, hvorfor vægtene', html)
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
    assert all(hidden[name].isdigit() for name in COMPONENTS) and sum(int(hidden[n]) for n in COMPONENTS) == 100
    response = client.post("/admin/vaegte", data=hidden | {"csrf_token": csrf(), "preview": "1"})
    assert response.status_code == 200 and "Nye vægte" in response.get_data(as_text=True)
    assert count(db, WeightSet) <= 1 and count(db, AuditEntry) == 0
    # what was previewed is what would be adopted: the proposal, in whole percent
    proposal = weights.proposal(db)
    assert weights.shares(proposal.weights) == {name: float(hidden[name]) for name in COMPONENTS}
    db.rollback()


def test_the_moves_chart_and_its_table_say_who_moves(client, admin, csrf, db, vacancy):
    """Competence alone ranks the 6 far leaders first, then 4 of the 6 near ones; geography alone ranks the 6 near
    ones first, then 4 far ones. So 2 near leaders are new in the top 10, the 4 near ones who were 7th to 10th
    move up, and the 4 far ones who stay move down: of 10 places, 40 % up, 40 % down, 20 % new."""
    only = dict.fromkeys(COMPONENTS, "0")
    weights.create(db, Weights(**dict.fromkeys(COMPONENTS, 0) | {"competence": 1}), "k", None, activate=True)
    db.commit()
    html = client.post("/admin/vaegte", data=only | {"geography": "100", "csrf_token": csrf(), "preview": "1"})
    html = html.get_data(as_text=True)
    row = re.search(r'<th scope="row">Stat</th>\s*(.*?)</tr>', html.split('id="chart-moves-title"')[1], re.S)
    cells = [text_of(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)]
    assert cells == ["1", "1", "4 (40 %)", "4 (40 %)", "2 (20 %)", "10"]
    assert "I 1 af 1 stillinger ændrer top 10 sig." in text_of(html)
    chart = html.split('id="chart-moves-title"')[1].split("</svg>")[0]
    stat = chart.split('font-weight="600">Stat</text>')[1].split("</g>")[0]
    assert re.findall(r">(\d+ %)</text>", stat) == ["40 %", "40 %", "20 %"]  # the bars: up, down, new
    assert "Gns. score" not in html and "Gennemsnitlig score i top 10" not in html


def test_a_hire_counts_as_a_positive_decision_three_times(db, people):
    vacancies, profiles = people
    rng = np.random.default_rng(2)
    decide(db, vacancies[:1], profiles[:3], rng.random((3, len(COMPONENTS))), [1, 0, 0])
    # The first candidate was shortlisted and hired; the second rejected at first, then hired after all.
    for profile in profiles[:2]:
        db.add(
            Outcome(
                profile_id=profile.id,
                vacancy_id=vacancies[0].id,
                source="employer",
                kind="hired",
                occurred_on=date(2026, 11, 1),
                from_sector="kommune",
                to_sector="stat",
                history=[],
            )
        )
    # A hire for another vacancy says nothing about this decision.
    db.add(
        Outcome(
            profile_id=profiles[2].id,
            vacancy_id=vacancies[1].id,
            source="employer",
            kind="hired",
            occurred_on=date(2026, 11, 1),
            history=[],
        )
    )
    db.commit()
    X, y, weight = weights.feedback(db)
    assert sorted(zip(y.tolist(), weight.tolist(), strict=True)) == [(0, 1.0), (1, 3.0), (1, 3.0)]
