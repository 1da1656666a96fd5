"""Find a mentor, ask one, offer to be one, and answer or follow the requests."""

from flask import current_app, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from models import Visibility

from ..actions import DoubleClick, form_action, form_submit
from ..db import get_session
from ..error_messages import message_for
from ..forms import AnswerForm, BaseForm
from ..own_profile import page_without, with_own_profile
from ..services import mentor_matching, mentoring, ranking
from ..services.errors import NotFound, ServiceError
from . import bp
from .forms import FindForm, OfferForm, RequestForm


@bp.get("/")
@with_own_profile(page_without("mentoring/find.html"))
def find(profile):
    """Mentors for the move the leader considers, ranked by the same ranker as candidates."""
    session = get_session()
    form = FindForm(request.args)
    form.limit_sectors(profile.sector)
    if not form.sector.data:  # first visit: the first other sector the leader is open to
        others = [s for s in profile.open_to_sectors if s != profile.sector]
        form.sector.data = others[0] if others else form.sector.choices[0].value
    found, not_ready = [], None
    try:
        found = mentor_matching.find_mentors(
            session,
            ranking.directory_for(current_app.instance_path),
            profile,
            form.sector.data,
            form.function.data or None,
        )
    except ranking.IndexUnavailable as error:
        not_ready = message_for(error)
    except ServiceError as error:
        form.sector.errors = [message_for(error)]
    return render_template(
        "mentoring/find.html",
        profile=profile,
        form=form,
        found=found,
        not_ready=not_ready,
        target=form.sector.data,
        offer=mentoring.offer_of(session, profile),
    )


@bp.route("/<int:offer_id>", methods=["GET", "POST"])
@with_own_profile(lambda: redirect(url_for("mentoring.find")))
def ask(profile, offer_id: int):
    """One mentor's card and the form to ask for a conversation."""
    session = get_session()
    match = mentor_matching.match_for(  # MentorNotFound: the app's 404 page (errors.service_error)
        session, profile, offer_id, request.values.get("target_sector") or request.args.get("sektor")
    )
    form = RequestForm.from_request(data={"target_sector": request.args.get("sektor", "")})
    form.limit_sectors(profile.sector)

    answer = form_submit(
        form,
        lambda session: mentoring.send_request(
            session, current_user, offer_id, form.target_sector.data, form.message.data
        ),
        _("Din anmodning er sendt. Du får besked, når mentoren har svaret."),
        lambda sent: url_for("mentoring.requests", _anchor=f"sendt-{sent.id}"),
        refused=_gone_is_404,
        double_click=DoubleClick(  # the other request of a double click already asked
            url_for("mentoring.requests"), lambda session: mentoring.asked(session, current_user, offer_id)
        ),
    )
    if answer is not None:
        return answer
    return render_template(
        "mentoring/ask.html",
        profile=profile,
        match=match,
        form=form,
        taking=mentoring.open_to_requests(session, match.offer),
    )


def _gone_is_404(error: ServiceError) -> None:
    """A mentor no longer shown to this leader is the 404 page, as on the GET (``errors.service_error``)."""
    if isinstance(error, NotFound):
        raise error


@bp.route("/tilbyd", methods=["GET", "POST"])
@with_own_profile(page_without("mentoring/offer.html"))
def offer(profile):
    """Offer to be a mentor (leaders who have crossed), change the offer, or read why one cannot."""
    session = get_session()
    current = mentoring.offer_of(session, profile)
    active = mentoring.is_active(current)
    form = OfferForm.from_request(obj=current if active else None)
    moves = mentoring.moves(session, profile)
    answer = form_submit(
        form,
        lambda session: mentoring.save_offer(
            session,
            current_user,
            text=form.text.data,
            max_mentees=form.max_mentees.data,
            paused=form.paused.data,
            show_title=form.show_title.data,
            shown_while_hidden=form.shown_while_hidden.data,
        ),
        _("Dit mentortilbud er gemt.") if active else _("Tak. Du er nu mentor for andre ledere."),
        url_for("mentoring.offer"),
    )
    if answer is not None:
        return answer
    return render_template(
        "mentoring/offer.html",
        profile=profile,
        form=form,
        moves=moves,
        offer=current if active else None,
        hidden=profile.visibility == Visibility.HIDDEN,
        waiting=mentoring.waiting_count(session, profile) if active else 0,
    )


@bp.post("/tilbyd/traek-tilbage")
def withdraw():
    """Stop being a mentor at once; unanswered requests are closed and their senders told."""
    return form_action(
        lambda session: mentoring.withdraw(session, current_user),
        lambda closed: (
            _("Du er ikke længere mentor, og ingen kan finde dig som mentor.")
            + " "
            + _("Ubesvarede anmodninger er lukket, og afsenderne har fået besked: %(n)d.", n=closed)
        ),
        url_for("mentoring.offer"),
    )


@bp.get("/anmodninger")
@with_own_profile(page_without("mentoring/requests.html"))
def requests(profile):
    """Requests the leader received as a mentor and sent as a mentee; names and e-mails once accepted."""
    session = get_session()
    received = mentoring.received(session, profile)
    sent = mentoring.sent(session, profile)
    moved = mentoring.moves_of(session, [r.offer.profile for r in sent])
    return render_template(
        "mentoring/requests.html",
        profile=profile,
        received=received,
        sent=sent,
        moves_of={r.id: moved[r.offer.profile_id] for r in sent},
        action_form=BaseForm(),
    )


@bp.post("/anmodninger/<int:mentor_request_id>/svar")
def answer(mentor_request_id: int):
    """The mentor accepts (both then see names and e-mail addresses) or declines."""
    form = AnswerForm.from_request()
    return form_action(
        lambda session: mentoring.answer(session, current_user, mentor_request_id, form.accept),
        lambda _request: (
            _("Du har sagt ja. I kan nu se hinandens navn og e-mail, så I kan aftale en samtale.")
            if form.accept
            else _("Du har sagt nej tak. Lederen får besked uden begrundelse.")
        ),
        url_for("mentoring.requests", _anchor=f"modtaget-{mentor_request_id}"),
        form=form,
    )


@bp.post("/anmodninger/<int:mentor_request_id>/traek-tilbage")
def cancel(mentor_request_id: int):
    """The mentee takes back an unanswered request."""
    return form_action(
        lambda session: mentoring.cancel(session, current_user, mentor_request_id),
        _("Din anmodning er trukket tilbage."),
        url_for("mentoring.requests", _anchor=f"modtaget-{mentor_request_id}"),
    )
