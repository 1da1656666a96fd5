"""Admin views: list and change users, approve or reject employers (every change of role or access, every
approval and rejection is audited)."""

from flask import render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from models import Role

from ..actions import form_action
from ..cycle import referrer_or
from ..db import get_session
from ..forms import BaseForm
from ..paging import requested_page
from ..services import accounts
from ..widgets import chosen, search_text
from . import bp
from .forms import RoleForm
from .user_forms import RejectForm, UserFilterForm


@bp.get("/brugere")
def users():
    """Users, searchable by e-mail and role; or the employers awaiting approval, oldest first."""
    form = UserFilterForm(request.args)
    role = chosen(form.role)
    session = get_session()
    page = requested_page(
        session, accounts.search_users(session, search_text(form.q.data), role, awaiting=form.awaiting())
    )
    return render_template(
        "admin/users.html",
        form=form,
        page=page,
        awaiting=accounts.count_awaiting_approval(session),
        role_form=RoleForm(),
        reject_form=RejectForm(),
        action_form=BaseForm(),
    )


def _user_action(user_id: int, form_class, action, success: str):
    """Validate a POSTed admin form, apply ``action`` to the user and go back to the page the admin came from."""
    form = form_class.from_request()

    def act(session):
        user = accounts.get_user(session, user_id)
        action(session, user, form)
        return user

    return form_action(
        act,
        lambda user: success % {"email": user.email},
        referrer_or(url_for("admin.users")),
        flash_missing=True,  # removed meanwhile: said in the list, as UserNotFound words it
        form=form,  # a role to choose, a reason to give: said before anything runs
    )


@bp.post("/brugere/<int:user_id>/rolle")
def change_role(user_id: int):
    """Change a user's role."""
    return _user_action(
        user_id,
        RoleForm,
        lambda session, user, form: accounts.change_role(session, current_user, user, Role(form.role.data)),
        _("Rollen for %(email)s er ændret."),
    )


@bp.post("/brugere/<int:user_id>/deaktiver")
def deactivate(user_id: int):
    """Deactivate an account."""
    return _user_action(
        user_id,
        BaseForm,
        lambda session, user, _form: accounts.set_active(session, current_user, user, False),
        _("%(email)s er deaktiveret."),
    )


@bp.post("/brugere/<int:user_id>/aktiver")
def activate(user_id: int):
    """Reactivate an account."""
    return _user_action(
        user_id,
        BaseForm,
        lambda session, user, _form: accounts.set_active(session, current_user, user, True),
        _("%(email)s er aktiveret igen."),
    )


@bp.post("/brugere/<int:user_id>/godkend")
def approve(user_id: int):
    """Approve an employer so they can publish."""
    return _user_action(
        user_id,
        BaseForm,
        lambda session, user, _form: accounts.approve_employer(session, current_user, user),
        _("%(email)s er godkendt som arbejdsgiver. Vi har givet besked."),
    )


@bp.post("/brugere/<int:user_id>/afvis")
def reject(user_id: int):
    """Reject an employer awaiting approval: the account closes and the reason is sent to them."""
    return _user_action(
        user_id,
        RejectForm,
        lambda session, user, form: accounts.reject_employer(session, current_user, user, form.reason.data),
        _("%(email)s er afvist, og kontoen er lukket. Vi har sendt begrundelsen."),
    )
