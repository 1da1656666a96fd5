"""The candidate review service: filters, pages, anonymous cards, decisions with their component snapshot,
contact requests and the vacancy text check's advice."""

import pytest
from sqlalchemy import select

from models import (
    CandidateDecision,
    ContactRequest,
    ContactStatus,
    Experience,
    Role,
    VacancyStatus,
    Visibility,
)
from webapp.services import candidate_cards, candidates, errors, ranking, vacancy_check
from webapp.services.candidates import ReviewFilters
from webapp.services.errors import Conflict, Forbidden, NotFound, ServiceError

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py


@pytest.fixture
def directory(app):
    return ranking.directory_for(app.instance_path)


@pytest.fixture
def employer(make_user, make_organisation):
    return make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen", sector="stat"))


@pytest.fixture
def vacancy(employer, make_vacancy):
    return make_vacancy(organisation=employer.organisation, competences=["budgetlægning", "forandringsledelse"])


@pytest.fixture
def leaders(make_profile):
    return [
        make_profile(sector="kommune", level=2, seeking="open", competences=["budgetlægning", "forandringsledelse"]),
        make_profile(sector="stat", level=1, seeking="active", municipality_code=101, competences=["budgetlægning"]),
        make_profile(sector="region", level=3, seeking="not_looking", competences=["forandringsledelse"]),
    ]


def ids(review) -> list[int]:
    return [card.profile_id for card in review.page.items]


# --- filters and pages ------------------------------------------------------------------------------------------


def test_clean_drops_unknown_values():
    assert ReviewFilters.clean(sector="mars", region=42, level=9, seeking="maybe") == ReviewFilters()
    chosen = ReviewFilters.clean(sector="stat", region=1084, level=2, seeking="open", other_sectors_only="y")
    assert chosen == ReviewFilters("stat", 1084, 2, "open", True, False) and chosen.active
    assert not ReviewFilters().active and ReviewFilters().rank_filters() is None


def test_rank_filters_carry_every_choice():
    made = ReviewFilters("stat", 1084, 2, "open", True, True).rank_filters(frozenset({7}))
    assert made.sectors == {"stat"} and made.regions == {1084} and made.levels == {2} and made.seeking == {"open"}
    assert made.other_sectors_only and made.keys == {7}
    assert ReviewFilters(sector="stat").rank_filters(frozenset({7})).keys is None


@pytest.mark.parametrize("page, expected", [(1, [0, 1, 2]), (2, [3, 4, 5]), (4, [9]), (99, [9]), (0, [0, 1, 2])])
def test_page_of_slices_and_clamps(page, expected):
    found = candidates.page_of(list(range(10)), page, per_page=3)
    assert found.items == expected and found.total == 10 and found.pages == 4


def test_page_of_an_empty_list_is_page_one():
    found = candidates.page_of([], 5)
    assert (found.items, found.page, found.pages) == ([], 1, 1)


def test_review_keeps_ranking_order_under_filters(db, directory, vacancy, leaders):
    full = candidates.review(db, directory, vacancy, ReviewFilters(), 1)
    assert sorted(ids(full)) == sorted(p.id for p in leaders)
    assert [card.position for card in full.page.items] == [1, 2, 3]
    others = candidates.review(db, directory, vacancy, ReviewFilters(other_sectors_only=True), 1)
    assert ids(others) == [pid for pid in ids(full) if pid != leaders[1].id]
    assert ids(candidates.review(db, directory, vacancy, ReviewFilters(level=3), 1)) == [leaders[2].id]
    assert ids(candidates.review(db, directory, vacancy, ReviewFilters(region=1084), 1)) == [leaders[1].id]


def test_review_pages_number_positions_across_pages(db, directory, vacancy, leaders):
    second = candidates.review(db, directory, vacancy, ReviewFilters(), 2, per_page=2)
    assert [card.position for card in second.page.items] == [3] and second.page.total == 3
    assert not second.pool_full


def test_shortlisted_only_shows_the_shortlist(db, directory, employer, vacancy, leaders):
    candidates.shortlist(db, directory, employer, vacancy, leaders[2].id)
    found = candidates.review(db, directory, vacancy, ReviewFilters(shortlisted_only=True), 1)
    assert ids(found) == [leaders[2].id] and found.shortlisted == 1


# --- cards ------------------------------------------------------------------------------------------------------


def test_cards_are_anonymous_until_the_leader_accepts(db, directory, vacancy, make_profile, make_organisation):
    leader = make_profile(
        name="Ingeborg Quist",
        sector="region",
        organisation=make_organisation("Kystdirektoratet Vest", sector="region"),
        competences=["budgetlægning"],
        experiences=0,
    )
    leader.experiences = [
        Experience(
            sector="region",
            organisation="Havnekontoret",
            title="Havnechef",
            level=2,
            start_year=2015,
            end_year=None,
            description="Forandringsledelse i Havnekontoret.",
        )
    ]
    db.commit()
    [card] = candidates.review(db, directory, vacancy, ReviewFilters(), 1).page.items
    assert card.identity is None
    assert [(e.title, e.organisation, e.level, e.start_year) for e in card.about.experience] == [("", "", 2, 2015)]
    phrases = {m.concept_id: m.candidate_phrase for m in card.explanation.matches}
    assert "budgeting" in phrases and set(phrases.values()) == {""}  # no match quotes the leader's words
    assert card.about.own_texts is None and "budgeting" in {c.id for c in card.about.recognised.concepts}
    assert card.sector_value and "regionerne" in card.sector_value
    db.add(ContactRequest(vacancy_id=vacancy.id, profile_id=leader.id, status=ContactStatus.ACCEPTED))
    db.commit()
    [card] = candidates.review(db, directory, vacancy, ReviewFilters(), 1).page.items
    assert card.identity.name == "Ingeborg Quist" and card.identity.organisation == "Kystdirektoratet Vest"
    assert card.about.experience[0].organisation == "Havnekontoret" and card.contact_status == "accepted"
    assert card.about.own_texts.competences == ("budgetlægning",)
    assert any("Havnekontoret" in m.candidate_phrase for m in card.explanation.matches)


def test_an_anonymous_card_holds_no_text_the_leader_wrote_and_is_what_the_preview_shows(
    db, directory, vacancy, make_profile
):
    leader = make_profile(
        sector="kommune",
        title="Afdelingschef i Gladsaxe Kommune",
        competences=["budgetlægning for Gladsaxe Kommune", "forandringsledelse med Karen Vestergaard"],
        summary="Jeg er afdelingschef i Gladsaxe Kommune og bor i Bagsværd.",
        education="Cand.polit., Gladsaxe Kommunes lederakademi",
    )
    [card] = candidates.review(db, directory, vacancy, ReviewFilters(), 1).page.items
    for written in ("Gladsaxe", "Vestergaard", "Bagsværd", "Aarhus Kommune", "Afdelingschef", "Cand.polit"):
        assert written not in repr(card), written  # by construction: nothing the leader wrote is on the card
    assert [c.name_da for c in card.about.recognised.concepts][:2] == ["Budgetlægning", "Forandringsledelse"]
    assert "finance" in card.about.recognised.functions
    assert candidate_cards.preview(db, directory, leader) == card.about


def test_a_same_sector_candidate_gets_no_sector_sentence(db, directory, vacancy, make_profile):
    make_profile(sector="stat", competences=["budgetlægning"])
    [card] = candidates.review(db, directory, vacancy, ReviewFilters(), 1).page.items
    assert not card.ranked.crosses_sector and card.sector_value is None


# --- decisions --------------------------------------------------------------------------------------------------


def test_a_decision_stores_the_components_the_employer_saw(db, directory, employer, vacancy, leaders):
    ranked = {r.profile.id: r.ranked for r in ranking.rank_candidates(db, directory, vacancy, limit=10)}
    row = candidates.shortlist(db, directory, employer, vacancy, leaders[0].id)
    assert row.decision == "shortlisted" and row.decided_by_id == employer.id
    assert row.components == ranked[leaders[0].id].components
    row = candidates.reject(db, directory, employer, vacancy, leaders[0].id, "geography")
    assert (row.decision, row.reason) == ("rejected", "geography") and row.components
    row = candidates.undo_decision(db, directory, employer, vacancy, leaders[0].id)
    assert (row.decision, row.reason, row.components) == (None, None, None)
    assert len(db.scalars(select(CandidateDecision)).all()) == 1


def test_unknown_reject_reasons_and_long_notes_are_refused(db, directory, employer, vacancy, leaders):
    with pytest.raises(ServiceError) as error:
        candidates.reject(db, directory, employer, vacancy, leaders[0].id, "alder")
    assert error.value.field == "reason"
    with pytest.raises(ServiceError) as error:
        candidates.save_note(db, directory, employer, vacancy, leaders[0].id, "x" * (candidates.MAX_NOTE + 1))
    assert error.value.field == "note"
    assert db.scalar(select(CandidateDecision)) is None


def test_a_note_keeps_the_decision(db, directory, employer, vacancy, leaders):
    candidates.shortlist(db, directory, employer, vacancy, leaders[0].id)
    row = candidates.save_note(db, directory, employer, vacancy, leaders[0].id, "  Ring tirsdag.  ")
    assert (row.note, row.decision) == ("Ring tirsdag.", "shortlisted")


def test_only_the_vacancys_employers_may_decide(db, directory, vacancy, leaders, make_user, make_organisation):
    outsider = make_user(Role.EMPLOYER, organisation=make_organisation("Anden Styrelse"))
    for user in (outsider, make_user(Role.LEADER)):
        with pytest.raises(Forbidden):
            candidates.shortlist(db, directory, user, vacancy, leaders[0].id)
        with pytest.raises(Forbidden):
            candidates.request_contact(db, directory, user, vacancy, leaders[0].id, "Hej")


@pytest.mark.parametrize(
    "fields",
    [{"visibility": Visibility.HIDDEN}, {"open_to_sectors": ["kommune"]}],
    ids=["hidden", "closed to the vacancy's sector"],
)
def test_decisions_need_a_candidate_the_ranking_shows(db, directory, employer, vacancy, make_profile, fields):
    leader = make_profile(**fields)
    with pytest.raises(NotFound):
        candidates.shortlist(db, directory, employer, vacancy, leader.id)
    with pytest.raises(NotFound):
        candidates.save_note(db, directory, employer, vacancy, leader.id, "x")
    with pytest.raises(NotFound):
        candidates.shortlist(db, directory, employer, vacancy, 424242)


def test_a_discreet_leader_is_not_found_by_their_own_organisation(
    db, directory, make_user, make_organisation, make_vacancy, make_profile
):
    ministry = make_organisation("Skatteministeriet", sector="stat")
    agency = make_organisation("Skattestyrelsen", sector="stat", parent=ministry)
    leader = make_profile(sector="stat", organisation=ministry, visibility=Visibility.DISCREET)
    user = make_user(Role.EMPLOYER, organisation=agency)
    own = make_vacancy(organisation=agency, competences=["budgetlægning"])
    assert candidates.review(db, directory, own, ReviewFilters(), 1).page.items == []
    with pytest.raises(NotFound):
        candidates.shortlist(db, directory, user, own, leader.id)


# --- contact requests -------------------------------------------------------------------------------------------


def test_a_contact_request_is_sent_once(db, directory, employer, vacancy, leaders):
    sent = candidates.request_contact(db, directory, employer, vacancy, leaders[0].id, " Hej ")
    assert (sent.status, sent.message, sent.sender_id) == ("pending", "Hej", employer.id)
    with pytest.raises(Conflict):
        candidates.request_contact(db, directory, employer, vacancy, leaders[0].id, "Igen")


def test_contact_needs_a_published_vacancy_and_an_approved_employer(
    db, directory, employer, make_vacancy, make_user, leaders
):
    draft = make_vacancy(organisation=employer.organisation, status=VacancyStatus.DRAFT)
    with pytest.raises(errors.VacancyNotPublishedToContact):
        candidates.request_contact(db, directory, employer, draft, leaders[0].id, "Hej")
    newcomer = make_user(Role.EMPLOYER, organisation=employer.organisation, approved=False)
    published = make_vacancy(organisation=employer.organisation)
    with pytest.raises(errors.NotApprovedToSeeCandidates):
        candidates.request_contact(db, directory, newcomer, published, leaders[0].id, "Hej")
    assert db.scalar(select(ContactRequest)) is None


# --- vacancy text check -----------------------------------------------------------------------------------------


def test_check_fields_reads_every_text_line_by_line_and_names_the_field():
    advice = vacancy_check.check_fields(
        {
            "title": "Kontorchef",
            "competences": ["kendskab til statslig budgetlægning", "personaleledelse"],
            "nice_to_have": ["gerne erfaring fra en kommune"],
            "description": (
                "Erfaring fra en politisk styret organisation. Igen: erfaring fra en politisk\nstyret organisation."
            ),
        }
    )
    assert [(a.field, a.phrase) for a in advice] == [
        ("competences", "kendskab til statslig budgetlægning"),
        ("nice_to_have", "gerne erfaring fra en kommune"),
        ("description", "erfaring fra en politisk styret organisation"),
    ]
    assert all(a.suggestion for a in advice)


def test_check_vacancy_reads_a_saved_vacancy(make_vacancy):
    vacancy = make_vacancy(description="Du har kendskab til  kommunal økonomi.")
    [advice] = vacancy_check.check_vacancy(vacancy)
    assert (advice.field, advice.text, advice.sector) == ("description", "kendskab til kommunal økonomi", "kommune")
