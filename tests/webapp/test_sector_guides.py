"""Sector guides (/sektorer/<sector>) and the barrier hint on a vacancy page for leaders from another sector."""

import json
import re

import pytest

from models import Role
from webapp.services import sector_guides

SLUGS = {"stat": "stat", "region": "regioner", "kommune": "kommuner", "privat": "privat"}


def _hint(html: str) -> str:
    """The barrier hint's section of a vacancy page ('' when there is none)."""
    found = re.search(r'<section class="mt-6 sb-barrier-hint".*?</section>', html, re.S)
    return found.group(0) if found else ""


# --- the data file ------------------------------------------------------------------------------------------------


def _texts(node, path="$"):
    """Every {"da": ..., "en": ...} text in the raw data file, with where it sits."""
    if isinstance(node, dict):
        if "da" in node or "en" in node:
            yield path, node
            return
        for key, value in node.items():
            yield from _texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _texts(value, f"{path}[{i}]")


def _facts(node, path="$"):
    """Every fact (an object with a text) in the raw data file."""
    if isinstance(node, dict):
        if "text" in node:
            yield path, node
        for key, value in node.items():
            yield from _facts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _facts(value, f"{path}[{i}]")


RAW = json.loads(sector_guides.DATA_FILE.read_text(encoding="utf-8"))


def test_every_text_in_the_data_file_has_danish_and_english():
    texts = list(_texts(RAW))
    assert len(texts) > 60
    for path, text in texts:
        assert set(text) == {"da", "en"}, path
        assert text["da"].strip() and text["en"].strip(), path
        assert text["da"] != text["en"] or len(text["da"]) < 20, f"{path}: English not translated"


def test_every_fact_has_a_source_with_a_name_and_an_https_address():
    facts = list(_facts(RAW))
    assert len(facts) > 40
    for path, fact in facts:
        assert fact.get("sources"), f"{path} has no source"
        for key in fact["sources"]:
            source = RAW["sources"][key]
            assert source["name"].strip(), key
            assert re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/\S*", source["url"]), source["url"]


def test_every_source_is_used_and_every_public_sector_has_a_fact_per_topic():
    used = {key for _, fact in _facts(RAW) for key in fact["sources"]}
    assert used == set(RAW["sources"])
    for sector in sector_guides.PUBLIC_SECTORS:
        assert set(RAW["hints"]["sectors"][sector]) == set(sector_guides.TOPICS)
    for pair in RAW["hints"]["pairs"]:
        assert pair["topic"] in sector_guides.TOPICS
        assert not set(pair["from"]) - set(sector_guides.GUIDE_SECTORS), pair["id"]
        assert not set(pair["to"]) - set(sector_guides.PUBLIC_SECTORS), pair["id"]


def test_a_fact_without_a_source_is_refused_when_loading(tmp_path, monkeypatch):
    broken = json.loads(json.dumps(RAW))
    broken["hints"]["sectors"]["stat"]["pension"]["sources"] = []
    path = tmp_path / "guides.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    monkeypatch.setattr(sector_guides, "DATA_FILE", path)
    sector_guides._load.cache_clear()
    try:
        with pytest.raises(ValueError, match="stat/pension: no source"):
            sector_guides._load()
    finally:
        monkeypatch.undo()
        sector_guides._load.cache_clear()


# --- the hint's content --------------------------------------------------------------------------------------------


def test_hint_is_specific_to_the_pair():
    into_state = sector_guides.barrier_hint("kommune", "stat")
    ids = {n.text.da for n in into_state.notes}
    assert any("lavere i staten" in t for t in ids)  # pension drop
    assert any("én minister" in t for t in ids)  # governance
    assert [r.topic for r in into_state.rows] == ["employment", "pension", "pay", "governance"]
    assert all(r.here is not None for r in into_state.rows)

    out_of_state = sector_guides.barrier_hint("stat", "region")
    texts = " ".join(n.text.da for n in out_of_state.notes)
    assert "højere end statens" in texts and "ikke skat" in texts and "lavere i staten" not in texts

    from_private = sector_guides.barrier_hint("privat", "kommune")
    assert all(r.here is None for r in from_private.rows)
    texts = " ".join(n.text.da for n in from_private.notes)
    assert "kollektive aftaler" in texts and "ansættelsesudvalg" in texts and "tjenestemand i dag" not in texts


def test_no_hint_for_same_sector_unknown_sector_or_a_private_target():
    assert sector_guides.barrier_hint("stat", "stat") is None
    assert sector_guides.barrier_hint(None, "stat") is None
    assert sector_guides.barrier_hint("rum", "stat") is None
    assert sector_guides.barrier_hint("stat", "privat") is None


def test_who_gets_what():
    assert sector_guides.hint_for_viewer(None, None, "stat") is None
    assert sector_guides.hint_for_viewer("employer", None, "stat") is None
    assert sector_guides.hint_for_viewer("admin", None, "stat") is None
    assert sector_guides.hint_for_viewer("leader", "stat", "stat") is None
    assert sector_guides.hint_for_viewer("leader", None, "stat") == "unknown"
    assert sector_guides.hint_for_viewer("leader", "region", "stat").from_sector == "region"


# --- the vacancy page ----------------------------------------------------------------------------------------------


@pytest.fixture
def state_vacancy(make_vacancy, make_organisation):
    return make_vacancy(title="Kontorchef i Skattestyrelsen", organisation=make_organisation("Skattestyrelsen"))


def test_anonymous_visitors_see_no_hint_but_a_guide_link(client, state_vacancy):
    html = client.get(f"/stillinger/{state_vacancy.id}").get_data(as_text=True)
    assert _hint(html) == "" and "Kommer du fra en anden sektor?" not in html
    assert 'href="/sektorer/stat"' in html


def test_a_municipal_leader_sees_what_differs_in_a_move_to_the_state(
    client, login, make_user, make_profile, state_vacancy
):
    make_profile(user=login(make_user()), sector="kommune")
    hint = _hint(client.get(f"/stillinger/{state_vacancy.id}").get_data(as_text=True))
    assert "Fra kommune til stat" in hint
    assert "Hos dig nu: Kommune" in hint and "I stillingen: Stat" in hint
    assert "17,1 %" in hint and "indbyggertal" in hint  # the state's pension beside the municipality's pay rule
    assert "lavere i staten" in hint and "én minister" in hint
    assert "https://dm.dk/din-loen/leder/loen-i-staten" in hint
    assert 'href="/sektorer/stat"' in hint


def test_a_private_leader_sees_the_move_into_public_service(
    client, login, make_user, make_profile, make_vacancy, make_organisation
):
    vacancy = make_vacancy(organisation=make_organisation("Aarhus Kommune", sector="kommune", municipality_code=751))
    make_profile(user=login(make_user()), sector="privat")
    hint = _hint(client.get(f"/stillinger/{vacancy.id}").get_data(as_text=True))
    assert "Fra privat til kommune" in hint
    assert "Hos dig nu" not in hint  # no column for the private side
    assert "ansættelsesudvalg" in hint and "KL og regeringen" in hint
    assert 'href="/sektorer/kommuner"' in hint


def test_the_hint_follows_the_language(client, login, make_user, make_profile, state_vacancy):
    make_profile(user=login(make_user()), sector="region")
    hint = _hint(client.get(f"/stillinger/{state_vacancy.id}?lang=en").get_data(as_text=True))
    assert "From region to central government" in hint
    assert "The pension contribution is lower in the state" in hint
    assert "Pensionsbidraget" not in hint


def test_a_leader_from_the_same_sector_sees_no_hint(client, login, make_user, make_profile, state_vacancy):
    make_profile(user=login(make_user()), sector="stat")
    html = client.get(f"/stillinger/{state_vacancy.id}").get_data(as_text=True)
    assert _hint(html) == "" and "Kommer du fra en anden sektor?" not in html


def test_a_leader_without_a_profile_is_pointed_to_the_guides(client, login, make_user, state_vacancy):
    login(make_user())
    html = client.get(f"/stillinger/{state_vacancy.id}").get_data(as_text=True)
    assert _hint(html) == ""
    assert "Kommer du fra en anden sektor?" in html and 'href="/sektorer"' in html


@pytest.mark.parametrize("role", [Role.EMPLOYER, Role.ADMIN])
def test_employers_and_admins_see_no_hint(client, login, make_user, make_organisation, state_vacancy, role):
    organisation = make_organisation("Region Midtjylland", sector="region") if role == Role.EMPLOYER else None
    login(make_user(role=role, organisation=organisation))
    html = client.get(f"/stillinger/{state_vacancy.id}").get_data(as_text=True)
    assert _hint(html) == "" and "Kommer du fra en anden sektor?" not in html


# --- the guide pages -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sector", list(SLUGS))
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_guide_renders_in_both_languages_with_its_sources(client, sector, lang):
    guide = sector_guides.guide_for_sector(sector)
    response = client.get(f"/sektorer/{SLUGS[sector]}?lang={lang}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f'<html lang="{lang}"' in html
    assert f"<h1>{guide.title.in_(lang)}</h1>" in html
    headings = re.findall(r"<h2[^>]*>(.*?)</h2>", html)
    expected = {"da": ["Ord du vil møde", "Kilder"], "en": ["Words you will meet", "Sources"]}[lang]
    assert all(h in headings for h in expected), headings
    for source in guide.sources:
        assert f'href="{source.url}"' in html
    other = {"da": "en", "en": "da"}[lang]
    assert guide.intro.in_(other) not in html


def test_a_public_sector_guide_explains_governance_pay_and_the_other_sectors_words(client):
    html = client.get("/sektorer/kommuner").get_data(as_text=True)
    for heading in ("Sådan styres sektoren", "Det måles lederne på", "Ansættelse, pension og løn", "Karriereveje"):
        assert f">{heading}</h2>" in html
    assert "økonomiudvalg" in html and "åremål" in html
    assert "<strong>udvalgsbetjening</strong>" in html and "ministerbetjening" in html  # taxonomy phrasings


def test_the_guide_list_links_every_guide(client):
    html = client.get("/sektorer").get_data(as_text=True)
    for slug in SLUGS.values():
        assert f'href="/sektorer/{slug}"' in html


def test_the_landing_page_links_the_guides(client):
    html = client.get("/").get_data(as_text=True)
    assert 'href="/sektorer/regioner"' in html and "Kend den anden sektor" in html


@pytest.mark.parametrize("slug", ["rum", "region", "kommune", "STAT", "privat-sektor"])
def test_an_unknown_sector_is_404(client, slug):
    assert client.get(f"/sektorer/{slug}").status_code == 404
