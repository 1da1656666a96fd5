"""Candidate review: the ranked, filtered, anonymous candidate list and the actions on each candidate card.

Every action is a POST from the card, which redirects back to the list with its filters, page and card; a card
form with an error at a field instead draws the list again with that form open (see ``_act``).
"""

from dataclasses import dataclass
from datetime import date

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..actions import form_action
from ..db import get_session
from ..error_messages import message_for, show_at_field
from ..errors import PAGE_ERRORS
from ..forms import BaseForm
from ..mobility.forms import OutcomeForm
from ..mobility.labels import OUTCOME_LABELS
from ..services import candidates as review_service
from ..services import outcomes, ranking
from ..services.errors import ServiceError
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
    return _page(own_vacancy(vacancy_id, review=True))


@dataclass(frozen=True)
class FailedForm:
    """A card form that did not validate: the page is drawn again with it open, its text kept, errors at the field."""

    profile_id: int
    kind: str  # "reject", "note", "contact" or "outcome": its key in _card_forms
    form: BaseForm


def _page(vacancy, failed: FailedForm | None = None):
    """The candidate list; after a failed card form (a POST) it is drawn at that form's address, so its links
    (filters, pages) lead back to the list itself."""
    form = CandidateFilterForm(request.args)
    try:
        found = review_service.review(
            get_session(), _directory(), vacancy, form.filters(), request.args.get("side", 1, type=int)
        )
    except ranking.IndexUnavailable as error:
        found, not_ready = None, message_for(error)  # the page without a ranking, saying why
    else:
        not_ready = None
    args = _review_args()
    if failed and not (found and any(card.profile_id == failed.profile_id for card in found.page.items)):
        # The card left this page meanwhile (a filter, a change of visibility): say it where it can be read.
        flash(next(str(m) for messages in failed.form.errors.values() for m in messages), "error")
        return redirect(url_for("employer.candidates", vacancy_id=vacancy.id, **args))
    return render_template(
        "employer/candidates.html",
        vacancy=vacancy,
        form=form,
        review=found,
        not_ready=not_ready,
        review_args=args,
        button_form=BaseForm(),
        card_forms=lambda card: _card_forms(card, failed),
        failed=failed,
        outcomes=outcomes.for_vacancy(get_session(), vacancy.id),
        outcome_labels=OUTCOME_LABELS,
        page_url=lambda number: url_for("employer.candidates", vacancy_id=vacancy.id, **(args | {"side": number})),
        language_url=lambda code: url_for("employer.candidates", vacancy_id=vacancy.id, **(args | {"lang": code})),
    )


def _card_forms(card, failed: FailedForm | None = None) -> dict:
    """The forms on one candidate card, prefixed so that field ids stay unique on the page (the failed one as
    submitted)."""
    prefix = card_prefix(card.profile_id)
    forms = {
        "reject": RejectForm(prefix=prefix, data={"reason": card.reason or ""}),
        "note": NoteForm(prefix=prefix, data={"note": card.note}),
        "contact": ContactForm(prefix=prefix),
        "outcome": OutcomeForm(prefix=prefix),
    }
    if failed and failed.profile_id == card.profile_id:
        forms[failed.kind] = failed.form
    return forms


@bp.post("/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/kortliste")
def shortlist(vacancy_id: int, profile_id: int):
    """Put a candidate on the shortlist."""
    return _act(
        vacancy_id,
        profile_id,
        None,
        lambda *args, form: review_service.shortlist(*args),
        _("Kandidaten er sat på kortlisten."),
    )


@bp.post("/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/fravaelg")
def reject(vacancy_id: int, profile_id: int):
    """Reject a candidate, optionally with a reason from the fixed list."""
    return _act(
        vacancy_id,
        profile_id,
        "reject",
        lambda *args, form: review_service.reject(*args, reason=form.reason.data or None),
        _("Kandidaten er fravalgt."),
    )


@bp.post("/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/fortryd")
def undo(vacancy_id: int, profile_id: int):
    """Take back a shortlisting or a rejection."""
    return _act(
        vacancy_id,
        profile_id,
        None,
        lambda *args, form: review_service.undo_decision(*args),
        _("Beslutningen er fortrudt."),
    )


@bp.post("/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/note")
def note(vacancy_id: int, profile_id: int):
    """Save the private note on a candidate."""
    return _act(
        vacancy_id,
        profile_id,
        "note",
        lambda *args, form: review_service.save_note(*args, note=form.note.data or ""),
        _("Noten er gemt."),
    )


@bp.post("/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/kontakt")
def contact(vacancy_id: int, profile_id: int):
    """Send the candidate a contact request with a message."""
    return _act(
        vacancy_id,
        profile_id,
        "contact",
        lambda *args, form: review_service.request_contact(*args, message=form.message.data or ""),
        _("Kontaktanmodningen er sendt. Kandidatens navn og kontaktoplysninger vises her, hvis kandidaten siger ja."),
    )


@bp.post("/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/udfald")
def outcome(vacancy_id: int, profile_id: int):
    """Record what came of an accepted contact (a later outcome replaces the earlier one)."""
    return _act(
        vacancy_id,
        profile_id,
        "outcome",
        lambda session, _directory, user, vacancy, profile_id, form: outcomes.record_for_contact(
            session, user, vacancy, profile_id, form.kind.data, form.occurred_on.data, date.today()
        ),
        _("Udfaldet er registreret."),
    )


FORMS = {None: BaseForm, "reject": RejectForm, "note": NoteForm, "contact": ContactForm, "outcome": OutcomeForm}


def _act(vacancy_id: int, profile_id: int, kind: str | None, action, success: str):
    """Validate the card's form, run the service action and go back to the card in the list (``form_action``).

    ``kind`` names the card's form (None: a bare button). A form with a field error is not redirected away: the
    list is drawn again with that form open, the text kept and the error at the field (no flash besides).
    ``action(session, directory, user, vacancy, profile_id, form=form)`` calls the service.
    """
    vacancy = own_vacancy(vacancy_id, review=True)
    form = FORMS[kind].from_request(prefix="" if kind is None else card_prefix(profile_id))
    if not form.validate():
        return _page(vacancy, FailedForm(profile_id, kind, form))

    def answer(error: ServiceError):
        if isinstance(error, PAGE_ERRORS):
            raise error  # errors.service_error: 404 / 403 (form_action flashes a Forbidden's words otherwise)
        if kind is None or not show_at_field(form, error):
            return None  # flashed, back to the card
        return _page(vacancy, FailedForm(profile_id, kind, form))

    target = url_for("employer.candidates", vacancy_id=vacancy.id, **_review_args(), _anchor=f"kandidat-{profile_id}")
    return form_action(
        lambda session: action(session, _directory(), current_user, vacancy, profile_id, form=form),
        success,
        target,
        refused=answer,
    )
