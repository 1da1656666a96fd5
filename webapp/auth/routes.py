"""Account views: thin wrappers around the accounts service."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user, login_required

from models import Role

from .. import limits
from ..actions import form_action, form_submit
from ..db import get_session
from ..error_messages import message_for
from ..labels import options
from ..login import end_session, start_session
from ..services import accounts, organisations, passwords, tokens
from ..services.errors import AwaitsConfirmation
from ..services.mail import after_commit, send_mail
from ..urls import absolute_url
from . import bp
from .forms import EmployerRegistrationForm, ForgotPasswordForm, LeaderRegistrationForm, LoginForm, ResetPasswordForm


def home_for(user) -> str:
    """Where a user lands after logging in."""
    if user.role == Role.LEADER:
        return url_for("leader.dashboard")
    if user.role == Role.EMPLOYER:
        return url_for("employer.vacancy_list")
    return url_for("admin.users")


def _safe_next(target: str | None) -> str | None:
    """Only follow ``next`` to a path on this site."""
    if not target:
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc and target.startswith("/") else None


@bp.get("/opret")
def register():
    """Choose the kind of account."""
    return render_template("auth/register_choice.html")


@bp.route("/opret/leder", methods=["GET", "POST"])
@limits.limiter.shared_limit(limits.register_limit, scope="register", methods=["POST"])
def register_leader():
    """Sign up as a leader, then go straight to the profile form."""
    form = LeaderRegistrationForm.from_request()
    answer = _registered(form, lambda session: _register(session, form, Role.LEADER))
    if answer is not None:
        return answer
    return render_template("auth/register_leader.html", form=form)


@bp.route("/opret/arbejdsgiver", methods=["GET", "POST"])
@limits.limiter.shared_limit(limits.register_limit, scope="register", methods=["POST"])
def register_employer():
    """Sign up as an employer at an existing or a new organisation."""
    session = get_session()
    form = EmployerRegistrationForm.from_request()
    org_choices = organisations.choices(session)
    form.organisation_id.choices = options(org_choices, blank=_("Vælg organisation"))
    form.organisation_parent_id.choices = options(org_choices, blank=_("Ingen"))

    def register(session) -> None:
        organisation_id = form.organisation_id.data
        if form.organisation_mode.data == "new":
            new = form.contract  # the organisation as its contract took it (``contracts.Organisation``)
            organisation_id = organisations.register_new(  # unplaced: an admin places it before approval
                session, new.name, new.sector, new.municipality_code, form.organisation_parent_id.data
            ).id
        _register(session, form, Role.EMPLOYER, organisation_id)

    answer = _registered(form, register, {"name": "organisation_name", "parent_id": "organisation_parent_id"})
    if answer is not None:
        return answer
    return render_template("auth/register_employer.html", form=form)


def _register(session, form, role: Role, organisation_id: int | None = None) -> None:
    """Create the account, waiting for its address to be confirmed, and mail the link; for a taken address mail
    its owner instead (or the link again, if they never confirmed).

    The caller answers the same either way, so the form never tells whether an address has an account. A new
    organisation stays in both cases, as its absence from the list would tell too (the request commits it). The
    mail is spooled once the request's commit has kept the account.
    """
    try:
        user = accounts.create_user(
            session, form.email.data, form.password.data, role, organisation_id, confirmed=False
        )
    except accounts.AddressTaken as taken:
        if not taken.user.active:
            return
        if accounts.awaits_confirmation(taken.user):
            _mail_confirmation(session, taken.user)
        else:
            _mail_address_owner(session, taken.user)
        return
    _mail_confirmation(session, user)


def _registered(form, register, fields: dict[str, str] | None = None):
    """The one answer to every registration, new address or not (so it does not repeat the address): check your
    mail, at the log-in page; a refusal stands at its field (the address, when it names none of the form)."""
    message = _(
        "Vi har sendt en mail til den adresse, du skrev. Følg linket i den for at bekræfte adressen og komme "
        "i gang. Linket virker i tre døgn."
    )
    return form_submit(form, register, message, url_for("auth.login"), fields, default="email", category="info")


def _mail_confirmation(session, user) -> None:
    """Mail the link that confirms the address and opens the account (once the request has committed)."""
    token = passwords.make_confirmation_token(current_app.secret_key, user.id, user.session_secret)
    _mail_after_commit(
        session,
        user.email,
        _("Bekræft din e-mailadresse til Sektorbro"),
        _(
            "Tak, fordi du har oprettet en konto på Sektorbro. Bekræft din e-mailadresse med dette link inden for "
            "tre døgn:\n\n%(link)s\n\nHar du ikke oprettet en konto, kan du se bort fra denne mail.",
            link=absolute_url("auth.confirm_account", token=token),
        ),
    )


CONFIRMATION_MAX_AGE = 3 * 24 * 3600


@bp.get("/bekraeft/<token>")
def confirm_account(token: str):
    """Open an account from the link mailed at registration, and log its owner in."""
    session = get_session()
    user = accounts.user_for_confirmation_token(session, current_app.secret_key, token, CONFIRMATION_MAX_AGE)
    if user is None:
        flash(_("Linket er udløbet eller allerede brugt. Opret kontoen igen, eller log ind."), "error")
        return redirect(url_for("auth.register"))
    accounts.confirm(session, user, str(get_locale() or ""))
    start_session(user)
    if user.role == Role.LEADER:
        flash(_("Din e-mailadresse er bekræftet. Udfyld nu din profil."), "success")
        return redirect(url_for("leader.edit_profile"))
    flash(
        _("Din e-mailadresse er bekræftet. En administrator godkender kontoen, før du kan offentliggøre stillinger."),
        "info",
    )
    return redirect(home_for(user))


def _mail_address_owner(session, user) -> None:
    """Tell an account's owner that someone tried to register with the address, and how to reset the password."""
    _mail_after_commit(
        session,
        user.email,
        _("Nogen har forsøgt at oprette en konto på Sektorbro med din e-mailadresse"),
        _(
            "Nogen har forsøgt at oprette en ny konto på Sektorbro med denne e-mailadresse. Der findes allerede "
            "en konto med adressen, så der er ikke oprettet en ny.\n\n"
            "Var det dig, kan du logge ind med din konto. Har du glemt adgangskoden, kan du vælge en ny her:"
            "\n\n%(link)s\n\n"
            "Var det ikke dig, kan du se bort fra denne mail. Din konto er ikke ændret.",
            link=absolute_url("auth.forgot_password"),
        ),
    )


@bp.route("/log-ind", methods=["GET", "POST"])
@limits.limiter.limit(limits.login_limit, methods=["POST"])
def login():
    """Log in with e-mail and password."""
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    form = LoginForm.from_request()
    if request.method == "POST" and form.validate():
        session = get_session()
        try:
            user = accounts.authenticate(session, form.email.data, form.password.data)
        except AwaitsConfirmation as waiting:
            form.email.errors.append(message_for(waiting))
        else:
            if user is None:  # the request still commits: the failed attempt's counters are kept
                form.password.errors.append(_("Forkert e-mail eller adgangskode."))
            else:
                start_session(user)
                return redirect(_safe_next(request.args.get("next")) or home_for(user))
    return render_template("auth/login.html", form=form)


@bp.post("/log-ud")
@login_required
def logout():
    """Log out (a button like any other: the CSRF check stands before it, so no link or forged form can log
    anyone out), ending every session of the account on every device."""
    user = current_user._get_current_object()
    return form_action(
        lambda _session: end_session(user), _("Du er logget ud."), url_for("public.index"), category="info"
    )


@bp.route("/glemt-adgangskode", methods=["GET", "POST"])
@limits.limiter.limit(limits.forgot_password_limit, methods=["POST"])
@limits.limiter.limit(limits.forgot_password_address_limit, methods=["POST"], key_func=limits.requested_address)
def forgot_password():
    """Mail a reset link; the answer is the same whether or not the address has an account."""
    form = ForgotPasswordForm.from_request()
    if request.method == "POST" and form.validate():
        session = get_session()
        user = accounts.find_by_email(session, form.email.data)
        if user is not None and user.active:
            token = passwords.make_reset_token(current_app.secret_key, user.id, user.password_hash)
            link = absolute_url("auth.reset_password", token=token)
            _mail_after_commit(
                session,
                user.email,
                _("Nulstil din adgangskode til Sektorbro"),
                _(
                    "Brug dette link inden for en time for at vælge en ny adgangskode:\n\n%(link)s\n\n"
                    "Har du ikke bedt om det, kan du se bort fra denne mail.",
                    link=link,
                ),
            )
        flash(_("Hvis adressen har en konto, har vi sendt et link til at nulstille adgangskoden."), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot_password.html", form=form)


@bp.route("/nulstil/<token>", methods=["GET", "POST"])
@limits.limiter.limit(limits.reset_password_limit, methods=["POST"])
def reset_password(token: str):
    """Choose a new password from a valid reset link."""
    session = get_session()
    user = accounts.user_for_reset_token(
        session, current_app.secret_key, token, current_app.config["PASSWORD_RESET_MAX_AGE"]
    )
    if user is None:
        flash(_("Linket er udløbet eller allerede brugt. Bed om et nyt."), "error")
        return redirect(url_for("auth.forgot_password"))
    form = ResetPasswordForm.from_request()
    if request.method == "POST" and form.validate():
        accounts.set_password(session, user, form.password.data)  # also ends every session of the account
        if accounts.awaits_confirmation(user):  # the reset link reached the mailbox: the address is proven
            accounts.confirm(session, user, str(get_locale() or ""))
        revoked = tokens.revoke_all(session, user) if form.revoke_tokens.data else 0
        end_session()
        flash(_("Din adgangskode er ændret. Log ind med den nye."), "success")
        if revoked:
            flash(_("%(n)d API-nøgle(r) er tilbagekaldt.", n=revoked), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset_password.html", form=form)


def _mail_after_commit(session, to: str, subject: str, body: str) -> None:
    """Spool a mail once the request's commit has kept what it is about (and never if the request fails)."""
    config = current_app.config
    after_commit(session, lambda: send_mail(config, to, subject, body))
