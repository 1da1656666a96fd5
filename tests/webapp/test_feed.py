"""The Atom feed of newly published vacancies, filtered like /stillinger."""

from datetime import date, timedelta
from xml.etree import ElementTree as ET

from models import VacancyStatus, utcnow

ATOM = "{http://www.w3.org/2005/Atom}"


def feed(client, query: str = "") -> ET.Element:
    response = client.get(f"/stillinger/feed.atom{query}")
    assert response.status_code == 200
    assert response.content_type == "application/atom+xml; charset=utf-8"
    return ET.fromstring(response.data)


def titles(root: ET.Element) -> list[str]:
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


def test_feed_lists_published_vacancies_newest_first_with_absolute_links(client, make_vacancy, db):
    older = make_vacancy(title="Ældre stilling")
    older.published_at = utcnow() - timedelta(days=2)
    db.commit()
    newer = make_vacancy(title="Ny stilling", description="Vi søger en chef & leder <straks>.")
    make_vacancy(title="Kladde", status=VacancyStatus.DRAFT)
    make_vacancy(title="Udløbet", deadline=date.today() - timedelta(days=1))
    root = feed(client)
    assert root.tag == f"{ATOM}feed" and root.findtext(f"{ATOM}title")
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == "http://localhost/stillinger/feed.atom"
    assert titles(root) == ["Ny stilling", "Ældre stilling"]
    entry = root.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}id") == f"http://localhost/stillinger/{newer.id}"
    assert entry.find(f"{ATOM}link").get("href") == f"http://localhost/stillinger/{newer.id}"
    assert entry.findtext(f"{ATOM}content") == "Vi søger en chef & leder <straks>."
    assert entry.findtext(f"{ATOM}published").endswith("Z")
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == newer.organisation.name
    assert root.findtext(f"{ATOM}updated") == entry.findtext(f"{ATOM}published")


def test_feed_filters_with_the_lists_arguments(client, make_vacancy, make_organisation):
    region = make_organisation("Region Nordjylland", sector="region", municipality_code=851)
    make_vacancy(title="Cheflæge i Aalborg", organisation=region, municipality_code=851, level=2)
    make_vacancy(title="Kontorchef i København", municipality_code=101, level=3)
    assert titles(feed(client, "?sektor=region")) == ["Cheflæge i Aalborg"]
    assert titles(feed(client, "?region=1084")) == ["Kontorchef i København"]
    assert titles(feed(client, "?niveau=3&q=kontorchef")) == ["Kontorchef i København"]
    root = feed(client, "?sektor=region&ukendt=1")
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == "http://localhost/stillinger/feed.atom?sektor=region"
    assert "sektor=region" in root.find(f"{ATOM}link[@rel='alternate']").get("href")


def test_feed_survives_odd_input_and_text(client, make_vacancy):
    make_vacancy(title="Chef\x0bmed kontroltegn", description="Tekst\x01her")
    root = feed(client)
    assert titles(root) == ["Chefmed kontroltegn"]
    assert feed(client, "?q=%00&sektor=xx&region=abc&niveau=99") is not None


def test_the_list_page_links_to_its_feed(client):
    html = client.get("/stillinger?sektor=stat&q=chef").get_data(as_text=True)
    assert 'href="/stillinger/feed.atom?q=chef&amp;sektor=stat"' in html


def test_the_feed_is_danish_throughout_whatever_language_the_visitor_chose(client, make_vacancy, make_organisation):
    make_vacancy(title="Kontorchef", organisation=make_organisation("Skattestyrelsen", sector="stat"))
    client.get("/?lang=en")  # the visitor reads the site in English
    root = feed(client, "?lang=en")
    entry = root.find(f"{ATOM}entry")
    labels = [category.get("label") for category in entry.iter(f"{ATOM}category")]
    assert "Staten" in labels or "Stat" in labels, labels
    assert "Central government" not in labels and root.findtext(f"{ATOM}title").startswith("Sektorbro – ledige")
