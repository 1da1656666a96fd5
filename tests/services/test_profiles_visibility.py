"""Every way a profile is created gives it the same visibility when none is chosen: discreet (issue 11)."""

import pytest
from sqlalchemy import select

from models import Profile, Visibility
from tests.services.test_importing import profile_line, run
from webapp.services import contracts, profiles
from webapp.services.visibility import DEFAULT_VISIBILITY

FIELDS = contracts.Profile(
    **{
        "name": "Mette Holm",
        "email": "mette@example.dk",
        "sector": "kommune",
        "title": "Centerchef",
        "level": 2,
        "years_as_leader": 8,
        "municipality_code": 751,
        "max_commute_km": 60,
        "open_to_sectors": ["kommune", "stat"],
        "seeking": "open",
        "competences": ["budgetlægning"],
        "summary": "",
        "education": "",
    }
)


def test_the_default_is_the_most_private_choice_that_other_organisations_still_find():
    assert DEFAULT_VISIBILITY == Visibility.DISCREET


def test_the_profiles_service_creates_discreet_and_keeps_an_existing_choice(db, make_user):
    user = make_user()
    created = profiles.save_for_user(db, user, FIELDS)
    assert created.visibility == DEFAULT_VISIBILITY
    created.visibility = Visibility.VISIBLE
    again = profiles.save_for_user(db, user, FIELDS.model_copy(update={"title": "Direktør"}))
    assert again.id == created.id and again.visibility == Visibility.VISIBLE and again.title == "Direktør"
    changed = profiles.save_for_user(db, user, FIELDS.model_copy(update={"visibility": "hidden"}))
    assert changed.visibility == Visibility.HIDDEN


@pytest.mark.parametrize("chosen", ["visible", "discreet", "hidden"])
def test_a_chosen_visibility_is_kept_on_a_new_profile(db, make_user, chosen):
    chosen_fields = FIELDS.model_copy(update={"visibility": chosen})
    assert profiles.save_for_user(db, make_user(), chosen_fields).visibility == chosen


def test_an_import_without_visibility_gives_the_same_default_and_never_changes_an_existing_choice(db, make_user):
    run(db, [profile_line()])
    imported = db.scalar(select(Profile).where(Profile.external_id == "p-1"))
    assert imported.visibility == DEFAULT_VISIBILITY
    assert imported.visibility == profiles.save_for_user(db, make_user(), FIELDS).visibility
    imported.visibility = Visibility.HIDDEN
    db.commit()
    run(db, [profile_line(title="Lægefaglig direktør")])
    db.expire_all()
    assert db.scalar(select(Profile.visibility).where(Profile.external_id == "p-1")) == Visibility.HIDDEN
    run(db, [profile_line(external_id="p-2", email="b@example.dk", visibility="visible")])
    assert db.scalar(select(Profile.visibility).where(Profile.external_id == "p-2")) == Visibility.VISIBLE
