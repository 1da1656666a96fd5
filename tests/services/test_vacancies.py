"""The vacancies service's rules about publishing and deadlines."""

from datetime import timedelta

import pytest

from models import Role, VacancyStatus, utcnow
from webapp.services import errors, vacancies
from webapp.services.errors import Conflict
from webapp.services.vacancies import PublishBlock


def today():
    """Read when a test runs, not when the module is collected: a run may pass midnight."""
    return utcnow().date()


PAST = today() - timedelta(days=5)


@pytest.fixture
def employer(make_user, make_organisation):
    return make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen"))


def test_an_employer_awaiting_approval_cannot_publish(db, make_user, make_organisation, make_vacancy):
    waiting = make_user(Role.EMPLOYER, organisation=make_organisation(), approved=False)
    draft = make_vacancy(organisation=waiting.organisation, status=VacancyStatus.DRAFT, created_by_id=waiting.id)
    assert vacancies.publish_block(waiting, draft) == PublishBlock.NOT_APPROVED
    with pytest.raises(errors.NotApprovedToPublish):
        vacancies.publish_by(db, waiting, draft)
    assert draft.status == VacancyStatus.DRAFT and draft.published_at is None


def test_approval_is_checked_before_the_deadline(db, make_user, make_organisation, make_vacancy):
    waiting = make_user(Role.EMPLOYER, organisation=make_organisation(), approved=False)
    late = make_vacancy(organisation=waiting.organisation, status=VacancyStatus.DRAFT, deadline=PAST)
    assert vacancies.publish_block(waiting, late) == PublishBlock.NOT_APPROVED


def test_a_passed_deadline_blocks_publishing_as_a_conflict_on_the_field(db, employer, make_vacancy):
    late = make_vacancy(organisation=employer.organisation, status=VacancyStatus.DRAFT, deadline=PAST)
    assert vacancies.publish_block(employer, late) == PublishBlock.DEADLINE_PASSED
    with pytest.raises(Conflict) as raised:
        vacancies.publish_by(db, employer, late)
    assert raised.value.field == "deadline" and late.status == VacancyStatus.DRAFT


def test_an_approved_employer_publishes_a_vacancy_with_todays_deadline(db, employer, make_vacancy):
    draft = make_vacancy(organisation=employer.organisation, status=VacancyStatus.DRAFT, deadline=today())
    assert vacancies.publish_block(employer, draft) is None
    vacancies.publish_by(db, employer, draft)
    assert draft.status == VacancyStatus.PUBLISHED and draft.published_at is not None


@pytest.mark.parametrize(
    "status, saved, new, refused",
    [
        (None, None, PAST, True),  # a new vacancy
        (None, None, today(), False),
        (None, None, None, False),
        (VacancyStatus.DRAFT, today(), PAST, True),
        (VacancyStatus.DRAFT, PAST, PAST, True),  # an old draft: it could never be published with it
        (VacancyStatus.DRAFT, PAST, None, False),
        (VacancyStatus.PUBLISHED, today(), PAST, True),
        (VacancyStatus.PUBLISHED, PAST, PAST, False),  # it ran until then
        (VacancyStatus.CLOSED, PAST, PAST, False),
        (VacancyStatus.CLOSED, today(), PAST, True),
        (VacancyStatus.CLOSED, PAST, today() + timedelta(days=1), False),
    ],
)
def test_which_deadlines_can_be_saved(db, employer, make_vacancy, status, saved, new, refused):
    vacancy = (
        None if status is None else make_vacancy(organisation=employer.organisation, status=status, deadline=saved)
    )
    assert (vacancies.deadline_problem(new, vacancy) is not None) == refused


def test_create_and_update_refuse_a_past_deadline_naming_the_field(db, employer, make_vacancy):
    fields = {
        "title": "Kontorchef",
        "municipality_code": 101,
        "level": 2,
        "competences": ["budgetlægning"],
        "nice_to_have": [],
        "description": "Tekst.",
        "deadline": PAST,
    }
    with pytest.raises(Conflict) as raised:  # the day decides, not the input alone: the API's 409
        vacancies.create(db, employer, fields)
    assert raised.value.field == "deadline"
    draft = make_vacancy(organisation=employer.organisation, status=VacancyStatus.DRAFT, title="Før")
    with pytest.raises(Conflict) as raised:
        vacancies.update(db, draft, fields)
    assert raised.value.field == "deadline" and draft.title == "Før"
