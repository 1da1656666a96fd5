"""Candidate review: the ranked, filtered, anonymous candidate list and the actions on each candidate card.

Every action is a POST from the card, which redirects back to the list with its filters, page and card.
"""

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..db import get_session
from ..forms import BaseForm
from ..services import candidates as review_service
from ..services import ranking
from ..services.errors import Forbidden, NotFound, ServiceError
from . import bp
from .forms import CandidateFilterForm, ContactForm, NoteForm, RejectForm, card_prefix
from .routes import own_vacancy

# Query arguments of the review list that actions keep when they redirect back.
REVIEW_ARGS = ("sektor", "region", "niveau", "soeger", "andre_sektorer", "kortliste", "uden_krav", "side")


def _directory():
    return ranking.directory_for(current_app.instance_path)


def _review_args() -> dict[str, str]:
    return {name: request.args[name] for name in REVIEW_ARGS if request.args.get(name)}


@bp.get("/stillinger/<int:vacancy_id>/kandidater")
def candidates(vacancy_id: int):
    """The vacancy's candidates: ranked, filtered, paginated, explained, anonymous until contact is accepted."""
    vacancy = own_vacancy(vacancy_id, review=True)
    form = CandidateFilterForm(request.args)
    try:
        found = review_service.review(
            get_session(), _directory(), vacancy, form.filters(), request.args.get("side", 1, type=int)
        )
    except ranking.IndexUnavailable as error:
        found, not_ready = None, error.message  # the page without a ranking, saying why
    else:
        not_ready = None
    return render_template(
        "employer/candidates.html",
        vacancy=vacancy,
        form=form,
        review=found,
        not_ready=not_ready,
        review_args=_review_args(),
        button_form=BaseForm(),
        card_forms=_card_forms,
    )


def _card_forms(card) -> dict:
    """The forms on one candidate card, prefixed so that field ids stay unique on the page."""
    prefix = card_prefix(card.profile_id)
    return {
        "reject": RejectForm(prefix=prefix, data={"reason": card.reason or ""}),
        "note": NoteForm(prefix=prefix, data={"note": card.note}),
        "contact": ContactForm(prefix=prefix),
    }


@bp.post("/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/kortliste")
def shortlist(vacancy_id: int, profile_id: int):
    """Put a candidate on the shortlist."""
    return _act(
        vacancy_id,
        profile_id,
        BaseForm,
        lambda *args, form: review_service.shortlist(*args),
        _("Kandidaten er sat på kortlisten."),
    )


@bp.post("/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/fravaelg")
def reject(vacancy_id: int, profile_id: int):
    """Reject a candidate, optionally with a reason from the fixed list."""
    return _act(
        vacancy_id,
        profile_id,
        RejectForm,
        lambda *args, form: review_service.reject(*args, reason=form.reason.data or None),
        _("Kandidaten er fravalgt."),
    )


@bp.post("/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/fortryd")
def undo(vacancy_id: int, profile_id: int):
    """Take back a shortlisting or a rejection."""
    return _act(
        vacancy_id,
        profile_id,
        BaseForm,
        lambda *args, form: review_service.undo_decision(*args),
        _("Beslutningen er fortrudt."),
    )


@bp.post("/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/note")
def note(vacancy_id: int, profile_id: int):
    """Save the private note on a candidate."""
    return _act(
        vacancy_id,
        profile_id,
        NoteForm,
        lambda *args, form: review_service.save_note(*args, note=form.note.data or ""),
        _("Noten er gemt."),
    )


@bp.post("/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/kontakt")
def contact(vacancy_id: int, profile_id: int):
    """Send the candidate a contact request with a message."""
    return _act(
        vacancy_id,
        profile_id,
        ContactForm,
        lambda *args, form: review_service.request_contact(*args, message=form.message.data or ""),
        _("Kontaktanmodningen er sendt. Kandidatens navn og kontaktoplysninger vises her, hvis kandidaten siger ja."),
    )


def _act(vacancy_id: int, profile_id: int, form_class, action, success: str):
    """Validate the card's form, run the service action, commit, and go back to the card in the list.

    ``action(session, directory, user, vacancy, profile_id, form=form)`` calls the service.
    """
    vacancy = own_vacancy(vacancy_id, review=True)
    prefix = "" if form_class is BaseForm else card_prefix(profile_id)
    form = form_class.from_request(prefix=prefix)
    if not form.validate():
        errors = [message for messages in form.errors.values() for message in messages]
        flash(str(errors[0]) if errors else _("Formularen er udløbet. Prøv igen."), "error")
    else:
        session = get_session()
        try:
            action(session, _directory(), current_user, vacancy, profile_id, form=form)
        except NotFound:
            abort(404)
        except Forbidden:
            abort(403)
        except ServiceError as error:
            flash(error.message, "error")
        else:
            session.commit()
            flash(success, "success")
    target = url_for("employer.candidates", vacancy_id=vacancy.id, **_review_args(), _anchor=f"kandidat-{profile_id}")
    return redirect(target)
