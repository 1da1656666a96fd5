"""Leader views: see and edit one's own profile."""

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..db import get_session
from ..services import organisations, profiles, ranking
from . import bp
from .forms import ProfileForm


@bp.get("/profil")
def profile():
    """The leader's profile as employers will see it (or a nudge to create it)."""
    found = profiles.get_for_user(get_session(), current_user)
    return render_template("leader/profile.html", profile=found)


@bp.get("/anbefalinger")
def recommendations():
    """Published vacancies that fit the leader's profile, explained."""
    session = get_session()
    found = profiles.get_for_user(session, current_user)
    if found is None:
        return render_template("leader/recommendations.html", profile=None, recommended=[])
    directory = ranking.directory_for(current_app.instance_path)
    recommended = ranking.recommend_vacancies(session, directory, found, limit=10)
    return render_template("leader/recommendations.html", profile=found, recommended=recommended)


@bp.route("/profil/rediger", methods=["GET", "POST"])
def edit_profile():
    """Create or edit the profile; 'add experience' re-renders without saving."""
    session = get_session()
    existing = profiles.get_for_user(session, current_user)
    form = ProfileForm.from_request(obj=existing, data=_initial(existing))
    if request.method == "POST":
        if "add_experience" in request.form:
            form.experiences.append_entry()
            return _render(form)
        if form.validate():
            profiles.save_for_user(
                session, current_user, form.profile_fields(), form.organisation_name.data or "", form.experience_rows()
            )
            session.commit()
            flash(_("Din profil er gemt."), "success")
            return redirect(url_for("leader.profile"))
        flash(_("Profilen er ikke gemt. Ret de markerede felter."), "error")
    elif existing is None:
        form.experiences.append_entry()
    return _render(form)


def _initial(existing) -> dict:
    """Values the model cannot give the form by attribute name."""
    if existing is None:
        return {"email": current_user.email, "open_to_sectors": ["stat", "region", "kommune"], "seeking": "open"}
    return {"organisation_name": existing.organisation.name if existing.organisation else ""}


def _render(form: ProfileForm):
    return render_template(
        "leader/edit_profile.html",
        form=form,
        organisation_names=[name for _id, name in organisations.choices(get_session())],
    )
