"""Follow-up views: the person's open questions, and the short page that answers one."""

from datetime import date

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..db import get_session
from ..error_messages import message_for, show_at_field
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
    session = get_session()
    question = followups.get_own(session, current_user, follow_up_id)
    form = FollowUpForm.from_request()
    if request.method == "POST" and question.status == "open" and form.validate():
        try:
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
        except Conflict as error:
            session.rollback()
            flash(message_for(error), "info")
            return redirect(url_for("followups.open_questions"))
        except ServiceError as error:
            session.rollback()
            show_at_field(form, error, default="works")
        else:
            flash(_("Tak for dit svar. Det tæller uden dit navn i Sektorbros mobilitetstal."), "success")
            return redirect(url_for("followups.open_questions"))
    return render_template("followups/answer.html", question=question, form=form)
