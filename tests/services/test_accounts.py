"""Accounts: registration rules, log-in, password reset tokens and admin changes."""

import pytest

from models import Role
from webapp.services import accounts, passwords
from webapp.services.errors import Conflict, ServiceError


def test_create_user_normalises_email_and_refuses_duplicates(db):
    user = accounts.create_user(db, "  Mette@Example.DK ", "langt-nok-kodeord", Role.LEADER)
    assert user.email == "mette@example.dk"
    with pytest.raises(Conflict):
        accounts.create_user(db, "mette@example.dk", "langt-nok-kodeord", Role.LEADER)


def test_short_password_is_refused(db):
    with pytest.raises(ServiceError) as error:
        accounts.create_user(db, "a@example.dk", "kort", Role.LEADER)
    assert error.value.field == "password"


def test_authenticate_checks_password_and_active_flag(db):
    user = accounts.create_user(db, "a@example.dk", "langt-nok-kodeord", Role.LEADER)
    assert accounts.authenticate(db, "A@example.dk", "langt-nok-kodeord") is user
    assert accounts.authenticate(db, "a@example.dk", "forkert-kodeord") is None
    user.active = False
    assert accounts.authenticate(db, "a@example.dk", "langt-nok-kodeord") is None


def test_reset_token_works_once_and_not_for_others(db):
    user = accounts.create_user(db, "a@example.dk", "langt-nok-kodeord", Role.LEADER)
    token = passwords.make_reset_token("secret", user.id, user.password_hash)
    assert accounts.user_for_reset_token(db, "secret", token, 3600) is user
    assert accounts.user_for_reset_token(db, "other-secret", token, 3600) is None
    assert accounts.user_for_reset_token(db, "secret", token + "x", 3600) is None
    accounts.set_password(db, user, "et-helt-nyt-kodeord")
    assert accounts.user_for_reset_token(db, "secret", token, 3600) is None


def test_admin_cannot_demote_or_deactivate_themselves(db, make_user):
    admin = make_user(Role.ADMIN)
    with pytest.raises(ServiceError):
        accounts.change_role(db, admin, admin, Role.LEADER)
    with pytest.raises(ServiceError):
        accounts.set_active(db, admin, admin, False)


def test_approving_is_only_for_employers(app, db, make_user, make_organisation):
    admin = make_user(Role.ADMIN)
    employer = make_user(Role.EMPLOYER, organisation=make_organisation(), approved=False)
    with app.test_request_context():  # the approval is mailed: templates and links need the app
        accounts.approve_employer(db, admin, employer)
    assert employer.is_approved_employer
    with pytest.raises(ServiceError):
        accounts.approve_employer(db, admin, make_user(Role.LEADER))


def test_the_right_password_on_an_unconfirmed_address_is_told_to_confirm_a_wrong_one_is_not(db):
    from webapp.services.errors import AwaitsConfirmation

    accounts.create_user(db, "ny@example.dk", "langt-nok-kodeord", Role.LEADER, confirmed=False)
    with pytest.raises(AwaitsConfirmation):
        accounts.authenticate(db, "ny@example.dk", "langt-nok-kodeord")
    assert accounts.authenticate(db, "ny@example.dk", "forkert-kodeord") is None
