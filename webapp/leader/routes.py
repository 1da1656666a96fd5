"""Leader views: see and edit one's own profile, choose who may see it, and report a new job."""

from datetime import date

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from models import PUBLIC_SECTORS

from ..actions import form_submit
from ..db import get_session
from ..error_messages import message_for
from ..labels import VISIBILITY_SHORT
from ..mobility.forms import NewJobForm
from ..mobility.labels import OUTCOME_LABELS
from ..own_profile import page_without, with_own_profile
from ..services import candidate_cards, organisations, outcomes, profiles, ranking, roles
from ..services.visibility import discreet_limit, set_visibility
from . import bp
from .forms import VISIBILITY_HELP, NewProfileForm, ProfileForm, VisibilityForm


@bp.get("/profil")
@with_own_profile(page_without("leader/profile.html"))
def profile(found):
    """The leader's profile as employers will see it (without one: a nudge to create it)."""
    return render_template(
        "leader/profile.html",
        profile=found,
        roles=roles.of_profile(found),
        discreet_limit=discreet_limit(found),
        outcomes=outcomes.for_profile(get_session(), found.id),
        outcome_labels=OUTCOME_LABELS,
    )


@bp.route("/profil/nyt-job", methods=["GET", "POST"])
@with_own_profile(lambda: _profile_first(_("Udfyld din profil, før du registrerer et nyt job."), "error"))
def new_job(found):
    """ "I have a new job": through an accepted contact on Sektorbro, or found elsewhere."""
    session = get_session()
    form = NewJobForm.from_request()
    form.contact_request_id.choices = [("", _("Nej, jeg fandt det et andet sted"))] + [
        (r.id, f"{r.vacancy.title}, {r.vacancy.organisation.name}") for r in outcomes.accepted_requests(session, found)
    ]
    answer = form_submit(
        form,
        lambda session: outcomes.record_new_job(
            session,
            current_user,
            today=date.today(),
            started_on=form.started_on.data,
            to_sector=form.to_sector.data or None,
            level_after=form.level_after.data,
            title=form.title.data or "",
            organisation_name=form.organisation_name.data or "",
            contact_request_id=form.contact_request_id.data,
        ),
        _("Tillykke med jobbet. Det er registreret og tæller uden dit navn i Sektorbros mobilitetstal."),
        url_for("leader.profile"),
    )
    if answer is not None:
        return answer
    return render_template("leader/new_job.html", form=form)


@bp.get("/profil/saadan-ser-arbejdsgivere-dig")
@with_own_profile(page_without("leader/preview.html"))
def preview(found):
    """The anonymous card every employer sees of the leader until the leader accepts their contact request."""
    session = get_session()
    directory = ranking.directory_for(current_app.instance_path)
    try:
        about, not_ready = candidate_cards.preview(session, directory, found), None
    except ranking.IndexUnavailable as error:
        about, not_ready = None, message_for(error)  # the card needs the index's encoder
    return render_template("leader/preview.html", profile=found, about=about, not_ready=not_ready)


@bp.route("/profil/rediger", methods=["GET", "POST"])
def edit_profile():
    """Create or edit the profile; 'add experience' re-renders without saving.

    Creating also asks who may find the leader (``NewProfileForm``), so the profile is never findable
    before that choice. A failed save says so once, in the error summary above the form (no flash as well).
    """
    existing = profiles.get_for_user(get_session(), current_user)
    form = (ProfileForm if existing else NewProfileForm).from_request(obj=existing, data=_initial(existing))
    if request.method == "POST" and "add_experience" in request.form:
        if len(form.experiences) < form.experiences.max_entries:
            form.experiences.append_entry()
        else:
            flash(_("Du kan højst have %(n)d erfaringer.", n=form.experiences.max_entries), "error")
        return _render(form)
    if request.method != "POST" and existing is None:
        form.experiences.append_entry()
    answer = form_submit(
        form,
        lambda session: profiles.save_for_user(
            session, current_user, form.contract, new_organisation=form.organisation_new.data
        ),
        lambda profile: _saved_message(profile, created=existing is None),
        url_for("leader.profile"),
        fields={"organisation": "organisation_name"},  # an organisation we do not know (NotListed), all input kept
    )
    return answer if answer is not None else _render(form)


@bp.route("/profil/synlighed", methods=["GET", "POST"])
@with_own_profile(lambda: _profile_first(_("Udfyld din profil, før du vælger, hvem der må se den."), "info"))
def visibility(found):
    """Choose synlig, diskret or skjult; the ranking follows at once through the index change log."""
    form = VisibilityForm.from_request(data={"visibility": found.visibility})
    answer = form_submit(
        form,
        lambda session: set_visibility(session, found, form.visibility.data),
        lambda _none: _("Din synlighed er gemt: %(choice)s.", choice=VISIBILITY_SHORT[found.visibility]),
        url_for("leader.profile"),
    )
    if answer is not None:
        return answer
    return render_template(
        "leader/visibility.html",
        form=form,
        profile=found,
        discreet_limit=discreet_limit(found),
        visibility_help=VISIBILITY_HELP,
    )


def _saved_message(saved, created: bool) -> str:
    """After the first save, say which visibility the leader chose and where to change it."""
    if not created:
        return _("Din profil er gemt.")
    return _(
        "Din profil er oprettet. Synlighed: %(choice)s. Du kan altid ændre den under »Hvem må se mig?«.",
        choice=VISIBILITY_SHORT[saved.visibility],
    )


def _initial(existing) -> dict:
    """Values the model cannot give the form by attribute name."""
    if existing is None:
        return {"email": current_user.email, "open_to_sectors": list(PUBLIC_SECTORS), "seeking": "open"}
    return {"organisation_name": existing.organisation.name if existing.organisation else ""}


def _render(form: ProfileForm):
    return render_template(
        "leader/edit_profile.html",
        form=form,
        organisation_names=[name for _id, name in organisations.choices(get_session())],
        visibility_help=VISIBILITY_HELP,
    )


def _profile_first(message: str, category: str):
    """Send a leader without a profile to create one, saying why: the page asked for needs the profile."""
    flash(message, category)
    return redirect(url_for("leader.edit_profile"))
