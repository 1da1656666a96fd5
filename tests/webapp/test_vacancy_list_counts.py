""" "Vores stillinger" counts each vacancy's candidates, interested leaders, shortlist and contact requests:
right under the privacy rules, and in the same few queries however many vacancies the page shows."""

import re

import pytest
from sqlalchemy import select

from models import (
    CandidateDecision,
    ContactRequest,
    ContactStatus,
    Decision,
    Interest,
    Profile,
    Role,
    VacancyStatus,
    Visibility,
)
from webapp.services import ranking, vacancy_counts, visibility
from webapp.services.vacancy_counts import VacancyCounts

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py


@pytest.fixture
def tree(make_organisation):
    """A ministry with our agency and a sister agency under it, and an unrelated region."""
    ministry = make_organisation("Skatteministeriet", sector="stat")
    return {
        "ministry": ministry,
        "ours": make_organisation("Skattestyrelsen", sector="stat", parent=ministry),
        "sister": make_organisation("Toldstyrelsen", sector="stat", parent=ministry),
        "region": make_organisation("Region Midtjylland", sector="region"),
    }


@pytest.fixture
def employer(make_user, tree):
    return make_user(Role.EMPLOYER, organisation=tree["ours"])


@pytest.fixture
def leaders(make_profile, tree):
    """Six leaders; the employer may see A, B and C (C is discreet, but towards another family)."""
    stat_match = {"competences": ["budgetlægning", "personaleledelse"], "open_to_sectors": ["stat", "region"]}
    return {
        "A": make_profile(name="A", organisation=tree["region"], **stat_match),
        "B": make_profile(name="B", **stat_match),
        "C": make_profile(name="C", organisation=tree["region"], visibility=Visibility.DISCREET, **stat_match),
        # discreet, and the sister agency is in our family: hidden from us
        "D": make_profile(name="D", organisation=tree["sister"], visibility=Visibility.DISCREET, **stat_match),
        "H": make_profile(name="H", visibility=Visibility.HIDDEN, **stat_match),
        # visible, but not open to the state's vacancies: never among their candidates
        "X": make_profile(name="X", competences=["budgetlægning"], open_to_sectors=["region"]),
    }


def add_events(db, vacancy, leaders, interested="", shortlisted="", rejected="", contacts=None):
    """Interest, decisions and contact requests as rows (as if made before the leaders changed visibility)."""
    for name in interested:
        db.add(Interest(vacancy_id=vacancy.id, profile_id=leaders[name].id))
    for names, decision in ((shortlisted, Decision.SHORTLISTED), (rejected, Decision.REJECTED)):
        for name in names:
            db.add(CandidateDecision(vacancy_id=vacancy.id, profile_id=leaders[name].id, decision=decision, note=""))
    for name, status in (contacts or {}).items():
        db.add(ContactRequest(vacancy_id=vacancy.id, profile_id=leaders[name].id, message="Hej", status=status))
    db.commit()


@pytest.fixture
def known(db, employer, leaders, make_vacancy, tree):
    """Three of our vacancies and one of another organisation, with known events."""
    first = make_vacancy(organisation=employer.organisation, title="Første stilling")
    second = make_vacancy(organisation=employer.organisation, title="Anden stilling")
    draft = make_vacancy(organisation=employer.organisation, title="Kladden", status=VacancyStatus.DRAFT)
    theirs = make_vacancy(organisation=tree["region"], title="Deres stilling")
    add_events(
        db,
        first,
        leaders,
        interested="ACDHX",
        shortlisted="ABD",
        rejected="C",
        contacts={
            "A": ContactStatus.ACCEPTED,
            "B": ContactStatus.PENDING,
            "C": ContactStatus.DECLINED,
            "D": ContactStatus.ACCEPTED,
            "H": ContactStatus.PENDING,
        },
    )
    add_events(db, second, leaders, interested="B", contacts={"H": ContactStatus.ACCEPTED})
    add_events(db, theirs, leaders, interested="AB", shortlisted="AB", contacts={"A": ContactStatus.ACCEPTED})
    return first, second, draft


def test_the_counts_are_right_under_the_privacy_rules(app, db, employer, known):
    first, second, draft = known
    directory = ranking.directory_for(app.instance_path)
    counts = vacancy_counts.for_vacancies(db, directory, employer.organisation, [first, second, draft])
    # Interest: A and C (D is discreet towards our family, H hidden, X not open to the state).
    # Shortlist: A and B (not D). Contacted: A, B and C (not D or H); accepted: A (not D).
    assert counts[first.id] == VacancyCounts(candidates=3, interested=2, shortlisted=2, contacted=3, accepted=1)
    assert counts[second.id] == VacancyCounts(candidates=3, interested=1, shortlisted=0, contacted=0, accepted=0)
    assert counts[draft.id] == VacancyCounts(candidates=3)
    assert counts.candidates_ready


def test_the_candidate_count_is_what_the_candidate_page_ranks(app, db, employer, known):
    first = known[0]
    directory = ranking.directory_for(app.instance_path)
    ranked = ranking.rank_candidates(db, directory, first, limit=100, explain_all=False)
    counts = vacancy_counts.for_vacancies(db, directory, employer.organisation, [first])
    assert counts[first.id].candidates == len(ranked) == 3
    assert {r.profile.name for r in ranked} == {"A", "B", "C"}


def test_a_leader_turning_hidden_leaves_every_count(app, db, employer, leaders, known):
    first = known[0]
    visibility.set_visibility(db, db.get(Profile, leaders["A"].id), Visibility.HIDDEN)
    db.commit()
    directory = ranking.directory_for(app.instance_path)
    counts = vacancy_counts.for_vacancies(db, directory, employer.organisation, [first])
    assert counts[first.id] == VacancyCounts(candidates=2, interested=1, shortlisted=1, contacted=2, accepted=0)


def test_the_sql_rule_is_visibility_can_see(db, make_profile, tree):
    """``seen_by`` is ``visibility.can_see`` as SQL (for leaders open to every sector), for every organisation."""
    profiles = [
        make_profile(organisation=organisation, visibility=choice, open_to_sectors=["stat", "region", "kommune"])
        for organisation in [None, *tree.values()]
        for choice in Visibility
    ]
    for organisation in tree.values():
        seen = set(db.scalars(select(Profile.id).where(vacancy_counts.seen_by(db, organisation))))
        expected = {p.id for p in profiles if visibility.can_see(db, p, organisation.id)}
        assert seen == expected, organisation.name


def test_without_an_index_the_list_still_shows_the_other_counts(app, client, login, employer, known, monkeypatch):
    def unavailable(session, directory):
        raise ranking.IndexUnavailable(reason="missing")

    monkeypatch.setattr(ranking, "current_index", unavailable)
    login(employer)
    html = client.get("/arbejdsgiver/stillinger").get_data(as_text=True)
    assert "Antallet af kandidater vises, når rangeringen er klar." in html
    assert row_numbers(html, "Første stilling") == ["–", "2", "2", "3", "1"]


def row_numbers(html: str, title: str) -> list[str]:
    """The count cells of the list's row for a vacancy, as shown (links and screen-reader text removed)."""
    row = re.search(rf"<tr>\s*<th scope=\"row\"><a [^>]*>{title}</a></th>(.*?)</tr>", html, re.S).group(1)
    cells = re.findall(r'<td class="align-text-right">(.*?)</td>', row, re.S)
    return [re.sub(r"<[^>]+>", "", re.sub(r'<span class="sr-only">.*?</span>', "", cell)).strip() for cell in cells]


def test_the_list_page_shows_the_counts_and_links_to_the_candidates(client, login, employer, known):
    first, _second, draft = known
    login(employer)
    html = client.get("/arbejdsgiver/stillinger").get_data(as_text=True)
    assert row_numbers(html, "Første stilling") == ["3", "2", "2", "3", "1"]
    assert row_numbers(html, "Kladden") == ["3", "0", "0", "0", "0"]
    assert f"/arbejdsgiver/stillinger/{first.id}/kandidater?kortliste=y" in html
    assert "Deres stilling" not in html


def test_an_unapproved_employer_sees_no_counts(client, login, make_user, employer, known):
    newcomer = login(make_user(Role.EMPLOYER, organisation=employer.organisation, approved=False))
    assert newcomer.organisation_id == employer.organisation_id
    html = client.get("/arbejdsgiver/stillinger").get_data(as_text=True)
    assert "Din konto venter på godkendelse" in html and "Kandidater</th>" not in html


def test_the_list_page_takes_the_same_few_queries_for_one_vacancy_or_a_full_page(
    client, db, login, employer, leaders, make_vacancy, count_statements
):
    login(employer)
    first = make_vacancy(organisation=employer.organisation, title="Stilling 0")
    add_events(db, first, leaders, interested="AB", shortlisted="A", contacts={"A": ContactStatus.ACCEPTED})

    def page():
        answer = client.get("/arbejdsgiver/stillinger")
        assert answer.status_code == 200
        return answer

    page()  # the first request maps the index; that is not what is measured
    one = count_statements(page)
    for n in range(1, 20):  # a full page (PAGE_SIZE)
        vacancy = make_vacancy(organisation=employer.organisation, title=f"Stilling {n}")
        add_events(db, vacancy, leaders, interested="AB", shortlisted="A", contacts={"A": ContactStatus.ACCEPTED})
    page()
    full = count_statements(page)
    assert full == one and one <= 12, (one, full)
    html = page().get_data(as_text=True)
    assert all(row_numbers(html, f"Stilling {n}") == ["3", "2", "1", "1", "1"] for n in range(20))
