"""Employers review a vacancy's candidates: ranked, filtered, paginated, anonymous until contact is accepted,
and they shortlist, reject, keep notes and ask for contact; the vacancy text check advises but never blocks."""

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from matcher.taxonomy_data import load_sector_value
from models import (
    CandidateDecision,
    ContactRequest,
    ContactStatus,
    Experience,
    Interest,
    Role,
    Vacancy,
    VacancyStatus,
    Visibility,
)
from webapp.services import ranking

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

BUDGET_VACANCY = {
    "title": "Kontorchef til økonomi",
    "competences": ["budgetlægning", "personaleledelse", "forandringsledelse"],
    "nice_to_have": ["digitalisering"],
    "description": "Vi søger en kontorchef, der kan lede økonomiarbejdet.",
}


OTHER_SECTOR_BADGE = '<span class="badge badge-success">Anden sektor</span>'


def base(vacancy_id: int) -> str:
    return f"/arbejdsgiver/stillinger/{vacancy_id}/kandidater"


OPEN_DETAILS = '<details class="details sb-rank-details" open>'


def card_html(html: str, profile_id: int) -> str:
    """One candidate's list item, from its anchor to the next card (or the end of the list)."""
    rest = html.split(f'id="kandidat-{profile_id}"')[1]
    return re.split(r'id="kandidat-\d+"|</ol>', rest)[0]


def order(html: str) -> list[int]:
    """Profile ids of the candidate cards, top to bottom."""
    return [int(found) for found in re.findall(r'id="kandidat-(\d+)"', html)]


@pytest.fixture
def employer(make_user, make_organisation, login):
    """A logged-in, approved employer at a state agency."""
    return login(make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen", sector="stat")))


@pytest.fixture
def vacancy(employer, make_vacancy):
    """A published state vacancy of the employer's organisation."""
    return make_vacancy(organisation=employer.organisation, **BUDGET_VACANCY)


@pytest.fixture
def pool(make_profile):
    """Six candidates in three sectors, three regions, levels 1–3 and every seeking status."""
    specs = [
        ("kommune", 2, "open", 751, ["budgetlægning", "personaleledelse", "forandringsledelse"]),
        ("stat", 2, "active", 101, ["bevillingsstyring", "personaleledelse", "forandringsledelse"]),
        ("region", 3, "open", 461, ["budgetlægning", "personaleledelse"]),
        ("kommune", 1, "not_looking", 851, ["budgetlægning"]),
        ("stat", 1, "open", 751, ["personaleledelse", "digitalisering"]),
        ("region", 2, "active", 101, ["budgetlægning", "forandringsledelse", "digitalisering"]),
    ]
    return [
        make_profile(sector=sector, level=level, seeking=seeking, municipality_code=code, competences=competences)
        for sector, level, seeking, code, competences in specs
    ]


def post(client, url: str, token: str, profile_id: int | None = None, **fields):
    """POST a card form: its fields (and token) carry the card's prefix when it has fields."""
    prefix = f"k{profile_id}-" if fields else ""
    data = {f"{prefix}csrf_token": token} | {f"{prefix}{name}": value for name, value in fields.items()}
    return client.post(url, data=data)


# --- the list -------------------------------------------------------------------------------------------------


def test_candidates_are_ranked_with_bars_and_words_from_both_sectors(client, vacancy, pool):
    html = client.get(base(vacancy.id)).get_data(as_text=True)
    assert len(order(html)) == len(pool)
    assert "Kandidat 1" in html and 'class="sb-meter"' in html and "<meter" in html
    assert "Fælles kompetencer" in html and "Budgetlægning".lower() in html.lower()
    assert OTHER_SECTOR_BADGE in html  # kommune and region leaders for a state vacancy
    assert "ved, hvordan lovgivning lander lokalt" in html  # what the kommune sector brings
    assert "style=" not in html and "<script>" not in html


def test_the_list_follows_the_ranking(client, app, db, vacancy, pool):
    html = client.get(base(vacancy.id)).get_data(as_text=True)
    directory = ranking.directory_for(app.instance_path)
    expected = [r.profile.id for r in ranking.rank_candidates(db, directory, vacancy, limit=50)]
    db.commit()
    assert order(html) == expected
    assert order(client.get(base(vacancy.id)).get_data(as_text=True)) == expected


@pytest.mark.parametrize(
    "query, keep",
    [
        ("sektor=stat", lambda p: p.sector == "stat"),
        ("region=1084", lambda p: p.municipality_code == 101),  # Region Hovedstaden: København
        ("niveau=1", lambda p: p.level == 1),
        ("soeger=active", lambda p: p.seeking == "active"),
        ("andre_sektorer=y", lambda p: p.sector != "stat"),
        ("sektor=region&niveau=2", lambda p: p.sector == "region" and p.level == 2),
    ],
)
def test_filters_narrow_the_list_but_keep_the_ranking_order(client, vacancy, pool, query, keep):
    full = order(client.get(base(vacancy.id)).get_data(as_text=True))
    by_id = {p.id: p for p in pool}
    filtered = order(client.get(f"{base(vacancy.id)}?{query}").get_data(as_text=True))
    assert filtered == [pid for pid in full if keep(by_id[pid])]
    assert filtered  # every filter here leaves someone


def test_unknown_filter_values_are_ignored(client, vacancy, pool):
    response = client.get(f"{base(vacancy.id)}?sektor=mars&region=9999&niveau=x&soeger=%3Cb%3E&side=abc")
    assert response.status_code == 200
    assert len(order(response.get_data(as_text=True))) == len(pool)


def test_an_empty_filter_result_says_so(client, vacancy, pool):
    html = client.get(f"{base(vacancy.id)}?sektor=privat").get_data(as_text=True)
    assert order(html) == [] and "Ingen kandidater passer til filtrene" in html


def test_pages_of_ten_continue_the_numbering(client, vacancy, make_profile):
    for _ in range(12):
        make_profile(competences=["budgetlægning", "personaleledelse"])
    first = client.get(base(vacancy.id)).get_data(as_text=True)
    second = client.get(f"{base(vacancy.id)}?side=2").get_data(as_text=True)
    assert len(order(first)) == 10 and len(order(second)) == 2
    assert not set(order(first)) & set(order(second))
    assert "Kandidat 11" in second and 'start="11"' in second
    assert "side=2" in first and "12 kandidater" in first
    assert order(client.get(f"{base(vacancy.id)}?side=99").get_data(as_text=True)) == order(second)


def test_other_sector_candidates_carry_the_mark_and_same_sector_ones_do_not(client, vacancy, make_profile):
    same = make_profile(sector="stat", competences=["budgetlægning"])
    html = client.get(base(vacancy.id)).get_data(as_text=True)
    card = html.split(f'id="kandidat-{same.id}"')[1].split("</li>")[0]
    assert OTHER_SECTOR_BADGE not in card and "sb-sector-value" not in card


def test_what_another_sector_brings_is_said_once_per_page_per_sector(client, vacancy, pool):
    html = client.get(base(vacancy.id)).get_data(as_text=True)
    brings = load_sector_value()
    assert sum(p.sector == "kommune" for p in pool) == 2 and sum(p.sector == "region" for p in pool) == 2
    assert html.count(brings["kommune"]) == 1 and html.count(brings["region"]) == 1
    assert brings["stat"] not in html  # the vacancy's own sector is no other sector
    assert html.index(brings["kommune"]) < html.index('id="kandidat-')  # said above the list, not on a card
    assert html.count(OTHER_SECTOR_BADGE) == 4  # each card still carries the mark


SAYS_TYPICALLY = re.compile(r"»([^«]*)«\s*· hedder typisk »([^«]*)«")


def test_an_explanation_never_says_a_term_is_called_what_it_is_already_called(
    client, db, employer, make_vacancy, make_profile
):
    # Each side writes its own sector's usual word: the kommune leader "udvalgsbetjening", the state vacancy
    # "ministerbetjening". Saying that each "hedder typisk" what it already says would be noise.
    vacancy = make_vacancy(organisation=employer.organisation, competences=["ministerbetjening", "personaleledelse"])
    leader = make_profile(sector="kommune", competences=["udvalgsbetjening", "personaleledelse"])
    anonymous = client.get(base(vacancy.id)).get_data(as_text=True)
    # Before contact the leader's words are hidden: the kommune's usual word is news to the employer.
    assert "genkendt i profilen · hedder typisk »udvalgsbetjening«" in anonymous
    db.add(ContactRequest(vacancy_id=vacancy.id, profile_id=leader.id, message="Hej", status=ContactStatus.ACCEPTED))
    db.commit()
    html = client.get(base(vacancy.id)).get_data(as_text=True)
    assert "»udvalgsbetjening«" in html and "»ministerbetjening«" in html
    for page in (anonymous, html):
        for quoted, term in SAYS_TYPICALLY.findall(page):
            assert term.casefold() not in quoted.casefold(), (quoted, term)
    assert "hedder typisk »udvalgsbetjening«" not in html and "hedder typisk »ministerbetjening«" not in html


def test_employers_keep_the_weights_table_in_the_details(client, vacancy, pool):
    html = client.get(base(vacancy.id)).get_data(as_text=True)
    card = card_html(html, order(html)[0])
    summary, details = card.split('<details class="details sb-rank-details">')
    assert "<meter" in summary and "Fælles kompetencer:" in summary and "Sæt på kortlisten" in summary
    assert "Funktion:" in summary and ("ledelsesniveau" in summary or "trin" in summary)
    for part in ("Del af scoren", "Vægt", "Bidrag", "Profil", "Fravælg", "Private noter", "Send kontaktanmodning"):
        assert part in details, part


def test_interest_shows_on_the_card(client, db, vacancy, pool):
    db.add(Interest(vacancy_id=vacancy.id, profile_id=pool[2].id))
    db.commit()
    html = client.get(base(vacancy.id)).get_data(as_text=True)
    card = html.split(f'id="kandidat-{pool[2].id}"')[1].split("</li>")[0]
    assert "Har vist interesse for stillingen" in card
    assert html.count("Har vist interesse for stillingen") == 1


# --- anonymity ------------------------------------------------------------------------------------------------

SECRETS = (
    "Ingeborg Quist",
    "ingeborg.quist@example.dk",
    "Kystdirektoratet Vest",
    "Havnekontoret Esbjerg",
    "Vicedirektør for Trafikstyring",
    "Sektionsleder for Havne",
)


@pytest.fixture
def identifiable(db, make_profile, make_organisation):
    """A leader whose name, e-mail, employers and titles must not show before they accept contact."""
    profile = make_profile(
        name="Ingeborg Quist",
        email="ingeborg.quist@example.dk",
        sector="region",
        organisation=make_organisation("Kystdirektoratet Vest", sector="region"),
        title="Vicedirektør for Trafikstyring",
        competences=["budgetlægning", "personaleledelse"],
        experiences=0,
    )
    profile.experiences = [
        Experience(
            sector="region",
            organisation="Havnekontoret Esbjerg",
            title="Sektionsleder for Havne",
            level=1,
            start_year=2012,
            end_year=2018,
            # Matches a concept of the vacancy only here, and names an employer: its words must stay hidden.
            description="Forandringsledelse i Havnekontoret Esbjerg.",
        )
    ]
    db.commit()
    return profile


def assert_anonymous(html: str) -> None:
    for secret in SECRETS:
        assert secret.lower() not in html.lower(), secret
    assert "ingeborg" not in html.lower() and "quist" not in html.lower()


def test_candidates_are_anonymous_before_contact_is_accepted(client, db, vacancy, identifiable):
    html = client.get(base(vacancy.id)).get_data(as_text=True)
    assert identifiable.id in order(html)
    assert_anonymous(html)
    assert "Chef i en region" in html and "Leder i en region, 2012–2018" in html
    assert "genkendt i profilen" in html  # a match names the concept, never the leader's own words
    for status in (ContactStatus.PENDING, ContactStatus.DECLINED):
        request = db.scalar(select(ContactRequest)) or ContactRequest(
            vacancy_id=vacancy.id, profile_id=identifiable.id, message="Hej"
        )
        request.status = status
        db.add(request)
        db.commit()
        html = client.get(base(vacancy.id)).get_data(as_text=True)
        assert_anonymous(html)
        assert ("Afventer svar" if status == ContactStatus.PENDING else "Afslået") in html


def test_name_and_contact_appear_once_the_leader_accepts(client, db, vacancy, identifiable):
    db.add(
        ContactRequest(vacancy_id=vacancy.id, profile_id=identifiable.id, message="Hej", status=ContactStatus.ACCEPTED)
    )
    db.commit()
    html = client.get(base(vacancy.id)).get_data(as_text=True)
    for secret in SECRETS:
        assert secret in html, secret
    assert 'href="mailto:ingeborg.quist@example.dk"' in html


def test_accepting_for_one_vacancy_reveals_nothing_on_another(client, db, vacancy, identifiable, make_vacancy):
    other = make_vacancy(organisation=vacancy.organisation, **BUDGET_VACANCY)
    db.add(ContactRequest(vacancy_id=other.id, profile_id=identifiable.id, status=ContactStatus.ACCEPTED))
    db.commit()
    assert_anonymous(client.get(base(vacancy.id)).get_data(as_text=True))
    assert "Ingeborg Quist" in client.get(base(other.id)).get_data(as_text=True)


def test_a_discreet_leader_never_appears_for_their_own_organisation_family(
    client, db, login, make_user, make_organisation, make_vacancy, make_profile, csrf
):
    ministry = make_organisation("Skatteministeriet", sector="stat")
    agency = make_organisation("Skattestyrelsen", sector="stat", parent=ministry)
    sister = make_organisation("Gældsstyrelsen", sector="stat", parent=ministry)
    stranger = make_organisation("Vejdirektoratet", sector="stat")
    discreet = make_profile(
        sector="stat", organisation=sister, visibility=Visibility.DISCREET, competences=["budgetlægning"]
    )
    visible = make_profile(sector="stat", competences=["budgetlægning"])
    for organisation in (ministry, agency, sister):
        login(make_user(Role.EMPLOYER, organisation=organisation))
        own = make_vacancy(organisation=organisation, **BUDGET_VACANCY)
        html = client.get(base(own.id)).get_data(as_text=True)
        assert discreet.id not in order(html) and visible.id in order(html)
        url = f"{base(own.id)}/{discreet.id}/kortliste"
        assert client.post(url, data={"csrf_token": csrf()}).status_code == 404
    login(make_user(Role.EMPLOYER, organisation=stranger))
    theirs = make_vacancy(organisation=stranger, **BUDGET_VACANCY)
    assert discreet.id in order(client.get(base(theirs.id)).get_data(as_text=True))
    assert db.scalar(select(CandidateDecision)) is None


def test_a_hidden_leader_never_appears(client, csrf, vacancy, make_profile):
    hidden = make_profile(visibility=Visibility.HIDDEN)
    assert hidden.id not in order(client.get(base(vacancy.id)).get_data(as_text=True))
    assert client.post(f"{base(vacancy.id)}/{hidden.id}/kortliste", data={"csrf_token": csrf()}).status_code == 404


# --- decisions, notes, contact --------------------------------------------------------------------------------


def test_shortlist_stores_the_components_and_keeps_filters_and_page(client, app, db, csrf, vacancy, pool):
    target = pool[0]
    response = client.post(
        f"{base(vacancy.id)}/{target.id}/kortliste?sektor=kommune&side=1&evil=x", data={"csrf_token": csrf()}
    )
    assert response.status_code == 302
    assert "sektor=kommune" in response.location and "side=1" in response.location
    assert "evil" not in response.location and response.location.endswith(f"#kandidat-{target.id}")
    decision = db.scalar(select(CandidateDecision))
    ranked = ranking.rank_candidates(db, ranking.directory_for(app.instance_path), vacancy, limit=50)
    db.commit()  # release SQLite's lock (the ranking may create the default weight set)
    expected = next(r.ranked.components for r in ranked if r.profile.id == target.id)
    assert decision.decision == "shortlisted" and decision.profile_id == target.id
    assert decision.components == pytest.approx(expected) and set(decision.components) == set(expected)
    html = client.get(response.location).get_data(as_text=True)
    assert "Kandidaten er sat på kortlisten." in html and "På kortlisten" in html
    assert order(client.get(f"{base(vacancy.id)}?kortliste=y").get_data(as_text=True)) == [target.id]


def test_reject_with_a_reason_then_undo(client, db, csrf, vacancy, pool):
    target = pool[1]
    post(client, f"{base(vacancy.id)}/{target.id}/fravaelg", csrf(), target.id, reason="level")
    decision = db.scalar(select(CandidateDecision))
    assert (decision.decision, decision.reason) == ("rejected", "level") and decision.components
    html = client.get(base(vacancy.id)).get_data(as_text=True)
    assert "Fravalgt" in html and "Ledelsesniveauet passer ikke" in html
    client.post(f"{base(vacancy.id)}/{target.id}/fortryd", data={"csrf_token": csrf()})
    db.expire_all()
    decision = db.scalar(select(CandidateDecision))
    assert (decision.decision, decision.reason, decision.components) == (None, None, None)


def test_reject_without_a_reason_is_fine(client, db, csrf, vacancy, pool):
    post(client, f"{base(vacancy.id)}/{pool[0].id}/fravaelg", csrf(), pool[0].id, reason="")
    assert db.scalar(select(CandidateDecision)).reason is None


def test_an_unknown_reject_reason_is_refused_at_the_field(client, db, csrf, vacancy, pool):
    response = post(client, f"{base(vacancy.id)}/{pool[0].id}/fravaelg", csrf(), pool[0].id, reason="alder")
    assert response.status_code == 200  # the list again, with the form open and the error at the field
    html = response.get_data(as_text=True)
    card = card_html(html, pool[0].id)
    assert OPEN_DETAILS in card and f'id="k{pool[0].id}-reason-error"' in card
    assert "Vælg en grund fra listen." in card and "sb-flashes" not in html
    assert db.scalar(select(CandidateDecision)) is None


def test_notes_are_saved_and_shown_and_too_long_ones_refused(client, db, csrf, vacancy, pool):
    url = f"{base(vacancy.id)}/{pool[0].id}/note"
    post(client, url, csrf(), pool[0].id, note="  Stærk på økonomi – ring i uge 12.  ")
    assert db.scalar(select(CandidateDecision)).note == "Stærk på økonomi – ring i uge 12."
    assert "Stærk på økonomi – ring i uge 12." in client.get(base(vacancy.id)).get_data(as_text=True)
    response = post(client, url, csrf(), pool[0].id, note="y" * 2001)
    card = card_html(response.get_data(as_text=True), pool[0].id)
    assert response.status_code == 200 and OPEN_DETAILS in card
    assert "Højst 2000 tegn." in card and "y" * 2001 in card  # the text is kept
    db.expire_all()
    assert db.scalar(select(CandidateDecision)).note == "Stærk på økonomi – ring i uge 12."


def test_a_missing_or_stale_csrf_token_changes_nothing(client, db, vacancy, pool):
    response = client.post(f"{base(vacancy.id)}/{pool[0].id}/kortliste", data={})
    assert "Formularen er udløbet" in client.get(response.location).get_data(as_text=True)
    assert db.scalar(select(CandidateDecision)) is None


def test_a_contact_request_is_sent_once_per_vacancy_and_candidate(client, db, csrf, vacancy, pool):
    url = f"{base(vacancy.id)}/{pool[0].id}/kontakt"
    response = post(client, url, csrf(), pool[0].id, message="Vil du høre mere om stillingen?")
    assert "Kontaktanmodningen er sendt." in client.get(response.location).get_data(as_text=True)
    request = db.scalar(select(ContactRequest))
    assert request.status == ContactStatus.PENDING and request.message == "Vil du høre mere om stillingen?"
    response = post(client, url, csrf(), pool[0].id, message="Igen?")
    assert "Du har allerede sendt en kontaktanmodning" in client.get(response.location).get_data(as_text=True)
    assert len(db.scalars(select(ContactRequest)).all()) == 1
    html = client.get(base(vacancy.id)).get_data(as_text=True)
    assert "Kandidaten har ikke svaret endnu." in html and "Vil du høre mere om stillingen?" in html


@pytest.mark.parametrize(
    "message, error",
    [("", "Feltet skal udfyldes."), ("   ", "Skriv en besked til kandidaten."), ("x" * 4001, "Højst 4000 tegn.")],
)
def test_a_contact_request_needs_a_short_message(client, db, csrf, vacancy, pool, message, error):
    target = pool[0].id
    response = post(client, f"{base(vacancy.id)}/{target}/kontakt", csrf(), target, message=message)
    assert response.status_code == 200  # no redirect: the form stays open with the text and the error at the field
    html = response.get_data(as_text=True)
    card = card_html(html, target)
    assert OPEN_DETAILS in card
    assert f'<span class="form-error-message" id="k{target}-message-error">' in card
    assert f'aria-describedby="k{target}-message-hint k{target}-message-error"' in card
    assert 'aria-invalid="true"' in card and f'href="#k{target}-message"' in card  # summary links to the field
    assert 'data-module="error-summary"' in card  # DKFDS moves focus to the summary, here at the form
    assert html.count(error) == 2 and "sb-flashes" not in html  # summary and field; no flash repeating them
    assert html.count(OPEN_DETAILS) == 1  # only the card whose form failed
    if message.strip():
        assert message in card
    assert db.scalar(select(ContactRequest)) is None


def test_a_failed_form_leaves_the_lists_links_on_the_list(client, csrf, vacancy, make_profile):
    """The failed form is drawn at the POST address; pages and filters must still lead to the list itself."""
    profiles = [make_profile(competences=["budgetlægning", "personaleledelse"]) for _ in range(12)]
    listed = order(client.get(f"{base(vacancy.id)}?side=2").get_data(as_text=True))
    target = next(p.id for p in profiles if p.id in listed)
    url = f"{base(vacancy.id)}/{target}/kontakt?side=2"
    html = post(client, url, csrf(), target, message="").get_data(as_text=True)
    assert order(html) == listed  # still page 2
    assert f'href="{base(vacancy.id)}?side=1"' in html
    assert f'href="{base(vacancy.id)}/{target}/kontakt?side=1"' not in html
    assert f'action="{base(vacancy.id)}/{target}/kontakt?side=2"' in html  # the card's forms keep the page
    # The language links lead to the list in the other language, never to the POST-only address (a 405).
    assert f'href="{base(vacancy.id)}?side=2&amp;lang=en"' in html
    assert "kontakt?side=2&amp;lang=" not in html
    assert client.get(f"{base(vacancy.id)}?side=2&lang=en").status_code == 200


def test_a_failed_form_for_a_card_no_longer_on_the_page_is_said_in_a_flash(client, csrf, vacancy, make_profile):
    for _ in range(12):
        make_profile(competences=["budgetlægning", "personaleledelse"])
    target = order(client.get(base(vacancy.id)).get_data(as_text=True))[0]  # on page 1, not on page 2
    response = post(client, f"{base(vacancy.id)}/{target}/kontakt?side=2", csrf(), target, message="")
    assert response.status_code == 302 and response.location.endswith(f"{base(vacancy.id)}?side=2")
    assert "Feltet skal udfyldes." in client.get(response.location).get_data(as_text=True)


def test_no_contact_requests_for_a_draft_vacancy(client, db, csrf, employer, make_vacancy, pool):
    draft = make_vacancy(organisation=employer.organisation, status=VacancyStatus.DRAFT, **BUDGET_VACANCY)
    html = client.get(base(draft.id)).get_data(as_text=True)
    assert "når stillingen er offentliggjort" in html and "Send kontaktanmodning" not in html
    response = post(client, f"{base(draft.id)}/{pool[0].id}/kontakt", csrf(), pool[0].id, message="Hej")
    assert "Offentliggør stillingen" in client.get(response.location).get_data(as_text=True)
    assert db.scalar(select(ContactRequest)) is None


def test_actions_on_an_unknown_candidate_are_not_found(client, csrf, vacancy, pool):
    for action in ("kortliste", "fortryd"):
        assert client.post(f"{base(vacancy.id)}/424242/{action}", data={"csrf_token": csrf()}).status_code == 404
    assert post(client, f"{base(vacancy.id)}/424242/note", csrf(), 424242, note="x").status_code == 404


def test_a_candidate_closed_to_the_vacancys_sector_cannot_be_acted_on(client, db, csrf, vacancy, make_profile):
    closed = make_profile(open_to_sectors=["kommune"])
    assert closed.id not in order(client.get(base(vacancy.id)).get_data(as_text=True))
    response = post(client, f"{base(vacancy.id)}/{closed.id}/kontakt", csrf(), closed.id, message="Hej")
    assert response.status_code == 404
    assert db.scalar(select(ContactRequest)) is None


# --- who may -------------------------------------------------------------------------------------------------


def test_only_the_vacancys_organisation_may_review_or_act(
    client, db, login, csrf, make_user, make_organisation, make_vacancy, pool
):
    foreign = make_vacancy(organisation=make_organisation("Anden Styrelse"), **BUDGET_VACANCY)
    assert client.get(base(foreign.id)).status_code == 302  # not logged in: to the log-in page
    login(make_user(Role.LEADER))
    assert client.get(base(foreign.id)).status_code == 403
    login(make_user(Role.EMPLOYER, organisation=make_organisation("Tredje Styrelse")))
    token = csrf()
    assert client.get(base(foreign.id)).status_code == 403
    assert client.post(f"{base(foreign.id)}/{pool[0].id}/kortliste", data={"csrf_token": token}).status_code == 403
    assert post(client, f"{base(foreign.id)}/{pool[0].id}/kontakt", token, pool[0].id, message="Hej").status_code == 403
    assert client.get(base(424242)).status_code == 404
    assert client.post(f"{base(424242)}/{pool[0].id}/kortliste", data={"csrf_token": token}).status_code == 404
    assert db.scalar(select(CandidateDecision)) is None and db.scalar(select(ContactRequest)) is None


def test_actions_are_post_only(client, vacancy, pool):
    assert client.get(f"{base(vacancy.id)}/{pool[0].id}/kortliste").status_code == 405


# --- vacancy text check ---------------------------------------------------------------------------------------

LOCKED = {
    "title": "Kontorchef til økonomi",
    "municipality_code": "101",
    "level": "2",
    "competences": "kendskab til statslig budgetlægning\npersonaleledelse",
    "nice_to_have": "",
    "description": "Du har erfaring fra en politisk  styret kommunal organisation.",
    "deadline": (date.today() + timedelta(days=20)).isoformat(),
}


def test_saving_a_vacancy_with_sector_locked_phrases_works_and_the_advice_follows(client, db, csrf, employer):
    response = client.post("/arbejdsgiver/stillinger/ny", data=LOCKED | {"csrf_token": csrf()})
    assert response.status_code == 302
    vacancy = db.scalar(select(Vacancy))
    assert vacancy.description == LOCKED["description"]
    html = client.get(response.location).get_data(as_text=True)
    assert "Teksten har 2 formuleringer" in html
    assert "kendskab til statslig budgetlægning" in html
    assert "erfaring med budgetlægning og økonomistyring inden for faste rammer" in html
    assert "erfaring fra en politisk styret kommunal organisation" in html
    assert "erfaring med at rådgive politikere og omsætte politiske beslutninger til drift tæt på brugerne" in html
    edit = client.get(f"/arbejdsgiver/stillinger/{vacancy.id}/rediger").get_data(as_text=True)
    assert "2 formuleringer kan holde ledere fra andre sektorer ude" in edit


def test_the_check_button_shows_advice_without_saving(client, db, csrf, employer):
    data = LOCKED | {"csrf_token": csrf(), "tjek": "1", "level": ""}
    html = client.post("/arbejdsgiver/stillinger/ny", data=data).get_data(as_text=True)
    assert "2 formuleringer kan holde ledere fra andre sektorer ude" in html
    assert "låser til staten" in html and "låser til kommunerne" in html
    assert "Vælg ledelsesniveau." not in html  # a check is not a save: no validation errors yet
    assert db.scalar(select(Vacancy)) is None


def test_an_invalid_save_shows_errors_and_advice(client, db, csrf, employer):
    html = client.post("/arbejdsgiver/stillinger/ny", data=LOCKED | {"csrf_token": csrf(), "title": ""}).get_data(
        as_text=True
    )
    assert "Feltet skal udfyldes." in html and "kendskab til statslig budgetlægning" in html
    assert db.scalar(select(Vacancy)) is None


def test_a_clean_text_gets_no_warning(client, db, csrf, employer):
    clean = LOCKED | {"competences": "budgetlægning", "description": "Du leder 20 medarbejdere."}
    response = client.post("/arbejdsgiver/stillinger/ny", data=clean | {"csrf_token": csrf()})
    html = client.get(response.location).get_data(as_text=True)
    assert "formuleringer kan holde" not in html and "Teksten har" not in html
    vacancy = db.scalar(select(Vacancy))
    edit = client.get(f"/arbejdsgiver/stillinger/{vacancy.id}/rediger").get_data(as_text=True)
    assert "Vi fandt ingen formuleringer" in edit


def test_editing_keeps_saving_with_flagged_phrases(client, db, csrf, vacancy):
    url = f"/arbejdsgiver/stillinger/{vacancy.id}/rediger"
    response = client.post(url, data=LOCKED | {"csrf_token": csrf(), "description": "Gerne erfaring fra en region."})
    assert response.status_code == 302
    db.expire_all()
    assert db.get(Vacancy, vacancy.id).description == "Gerne erfaring fra en region."
    html = client.get(response.location).get_data(as_text=True)
    assert "Gerne erfaring fra en region" in html and "låser til regionerne" in html
