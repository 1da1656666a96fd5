"""Follow-up views: the person's open questions, and the short page that answers one."""

from datetime import date

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..actions import form_submit
from ..db import get_session
from ..error_messages import message_for
from ..services import followups
from ..services.errors import Conflict, ServiceError
from . import bp
from .forms import FollowUpForm


@bp.get("/")
def open_questions():
    """The questions waiting for the person's answer."""
    return render_template("followups/list.html", questions=followups.open_for(get_session(), current_user))


@bp.route("/<int:follow_up_id>", methods=["GET", "POST"])
def answer(follow_up_id: int):
    """Two short questions about one hire; the answer is kept without the person's name or the hire."""
    question = followups.get_own(get_session(), current_user, follow_up_id)
    form = FollowUpForm.from_request()
    if question.status == "open":
        back = url_for("followups.open_questions")

        def save(session) -> None:
            followups.answer(
                session,
                current_user,
                follow_up_id,
                works=form.works.data,
                helped=form.helped.data or [],
                hindered=form.hindered.data or [],
                comment=form.comment.data or "",
                today=date.today(),
            )

        def answered_meanwhile(error: ServiceError):
            """A colleague answered for the organisation first: say so on the list, as news, not as a fault."""
            if isinstance(error, Conflict):
                flash(message_for(error), "info")
                return redirect(back)
            return None

        thanks = _("Tak for dit svar. Det tæller uden dit navn i Sektorbros mobilitetstal.")
        answer = form_submit(form, save, thanks, back, default="works", refused=answered_meanwhile)
        if answer is not None:
            return answer
    return render_template("followups/answer.html", question=question, form=form)
