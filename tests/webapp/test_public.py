"""Landing page, public vacancy list (search, filters, pagination) and vacancy pages."""

import json
from datetime import date, timedelta

from models import VacancyStatus


def test_landing_page_is_danish_and_explains_the_service(client):
    page = client.get("/")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert '<html lang="da"' in html
    assert "7 %" in html and "21 %" in html  # the VIVE facts


def test_english_can_be_chosen_and_sticks(client):
    html = client.get("/?lang=en").get_data(as_text=True)
    assert '<html lang="en"' in html and ">Log in<" in html
    html = client.get("/konto/log-ind").get_data(as_text=True)
    assert '<html lang="en"' in html and "Log ind" not in html
    assert '<html lang="da"' in client.get("/?lang=da").get_data(as_text=True)


def test_form_errors_follow_the_language(client, csrf):
    client.get("/?lang=en")
    html = client.post("/konto/log-ind", data={"csrf_token": csrf(), "email": ""}).get_data(as_text=True)
    assert "This field is required." in html and "Feltet skal udfyldes." not in html


def test_list_shows_only_published_vacancies(client, make_vacancy):
    make_vacancy(title="Kontorchef for økonomi")
    make_vacancy(title="Hemmelig kladde", status=VacancyStatus.DRAFT)
    make_vacancy(title="Lukket stilling", status=VacancyStatus.CLOSED)
    html = client.get("/stillinger").get_data(as_text=True)
    assert "Kontorchef for økonomi" in html
    assert "Hemmelig kladde" not in html and "Lukket stilling" not in html


def test_list_hides_vacancies_whose_deadline_has_passed(client, make_vacancy):
    make_vacancy(title="Udløbet stilling", deadline=date.today() - timedelta(days=1))
    make_vacancy(title="Åben stilling", deadline=date.today())
    html = client.get("/stillinger").get_data(as_text=True)
    assert "Åben stilling" in html and "Udløbet stilling" not in html


def test_free_text_search_matches_every_word(client, make_vacancy, make_organisation):
    make_vacancy(title="Centerchef for Sundhed", description="Ældreområdet i en stor kommune")
    make_vacancy(title="Kontorchef", description="Bevillingsstyring", organisation=make_organisation("Skattestyrelsen"))
    html = client.get("/stillinger?q=centerchef+ældreområdet").get_data(as_text=True)
    assert "Centerchef for Sundhed" in html and "Kontorchef" not in html
    html = client.get("/stillinger?q=skattestyrelsen").get_data(as_text=True)
    assert "Kontorchef" in html and "Centerchef for Sundhed" not in html
    assert client.get("/stillinger?q=%25_%5C").status_code == 200


def test_filters_by_sector_region_and_level(client, make_vacancy, make_organisation):
    region = make_organisation("Region Nordjylland", sector="region", municipality_code=851)
    make_vacancy(title="Cheflæge i Aalborg", organisation=region, municipality_code=851, level=2)
    make_vacancy(title="Kontorchef i København", municipality_code=101, level=3)
    assert "Cheflæge i Aalborg" not in client.get("/stillinger?sektor=stat").get_data(as_text=True)
    html = client.get("/stillinger?region=1081").get_data(as_text=True)
    assert "Cheflæge i Aalborg" in html and "Kontorchef i København" not in html
    html = client.get("/stillinger?niveau=3").get_data(as_text=True)
    assert "Kontorchef i København" in html and "Cheflæge i Aalborg" not in html


def test_nonsense_filters_are_ignored_not_errors(client, make_vacancy):
    make_vacancy(title="Kontorchef")
    for query in ("sektor=rum", "region=9999", "niveau=abc", "side=-4", "side=99999"):
        response = client.get(f"/stillinger?{query}")
        assert response.status_code == 200, query
        assert "Kontorchef" in response.get_data(as_text=True)


def test_pagination_splits_the_list(client, make_vacancy, app):
    app.config["PAGE_SIZE"] = 2
    for number in range(5):
        make_vacancy(title=f"Stilling nummer {number}")
    first = client.get("/stillinger").get_data(as_text=True)
    third = client.get("/stillinger?side=3").get_data(as_text=True)
    assert first.count("Stilling nummer") == 2 and third.count("Stilling nummer") == 1
    assert "side=2" in first


def test_vacancy_page_and_404_for_drafts(client, make_vacancy):
    published = make_vacancy(title="Kontorchef", competences=["ministerbetjening"])
    draft = make_vacancy(status=VacancyStatus.DRAFT)
    html = client.get(f"/stillinger/{published.id}").get_data(as_text=True)
    assert "Kontorchef" in html and "ministerbetjening" in html
    missing = client.get(f"/stillinger/{draft.id}")
    assert missing.status_code == 404 and "Siden findes ikke" in missing.get_data(as_text=True)
    assert client.get("/stillinger/999999").status_code == 404


def test_vacancy_page_carries_job_posting_json_ld_safely(client, make_vacancy):
    vacancy = make_vacancy(title="Kontorchef </script><script>alert(1)</script>")
    html = client.get(f"/stillinger/{vacancy.id}").get_data(as_text=True)
    start = html.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    data = json.loads(html[start : html.index("</script>", start)])
    assert data["@type"] == "JobPosting" and data["title"] == vacancy.title
    assert data["url"].endswith(f"/stillinger/{vacancy.id}")
    assert "<script>alert(1)" not in html


def test_the_feed_is_offered_in_words_a_leader_understands(client, login, make_user):
    html = client.get("/stillinger?q=%C3%B8konomi&sektor=stat").get_data(as_text=True)
    assert "Atom-feed" not in html
    assert (
        '<a href="/stillinger/feed.atom?q=%C3%B8konomi&amp;sektor=stat" type="application/atom+xml">'
        "Abonnér på nye stillinger i denne søgning med en feedlæser</a>"
    ) in html
    assert "Hvad er en feedlæser?" in html and "samler nyt fra mange hjemmesider ét sted" in html
    assert "Vil du hellere have en e-mail?" in html  # anonymous: the e-mail alternative is a leader profile
    login(make_user())
    html = client.get("/stillinger?q=%C3%B8konomi").get_data(as_text=True)
    assert "Vil du hellere have en e-mail?" not in html
    assert "Gem søgningen, og få en e-mail, når der kommer nye stillinger" in html
    english = client.get("/stillinger?lang=en").get_data(as_text=True)
    assert "What is a feed reader?" in english and "Subscribe to new vacancies" in english
