"""The database keeps a vacancy's kind and an offer's terms consistent, whoever writes the row."""

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from models import Vacancy, VacancyKind


def vacancy(organisation, **fields) -> Vacancy:
    return Vacancy(
        organisation=organisation,
        title="Forløb",
        municipality_code=101,
        level=2,
        competences=["budgetlægning"],
        description="Tekst",
        **fields,
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "rotation", "duration_months": 1},
        {"kind": "secondment", "duration_months": 6, "start_month": date(2027, 3, 1), "home_employer_pays": True},
        {"kind": "shadowing", "duration_months": 2},
    ],
)
def test_an_offer_with_a_duration_of_1_to_6_months_is_stored(db, make_organisation, fields):
    row = vacancy(make_organisation(), **fields)
    db.add(row)
    db.commit()
    assert row.is_offer and row.duration_months == fields["duration_months"]


def test_an_existing_style_row_is_a_post_without_offer_terms(db, make_organisation):
    row = vacancy(make_organisation())
    db.add(row)
    db.commit()
    db.expire_all()
    assert row.kind == VacancyKind.POST and not row.is_offer
    assert row.duration_months is None and row.start_month is None and row.home_employer_pays is False


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "rotation"},  # an offer needs a duration
        {"kind": "rotation", "duration_months": 0},
        {"kind": "secondment", "duration_months": 7},
        {"kind": "post", "duration_months": 3},  # a post has no offer terms
        {"kind": "post", "start_month": date(2027, 3, 1)},
        {"kind": "post", "home_employer_pays": True},
        {"kind": "internship", "duration_months": 3},  # not a kind
    ],
)
def test_the_database_refuses_inconsistent_offer_terms(db, make_organisation, fields):
    organisation = make_organisation()
    db.add(vacancy(organisation, **fields))
    with pytest.raises(IntegrityError):
        db.commit()
    db.rollback()
