"""The base form (WTForms with session CSRF) and Danish validators used by every form.

Field names: a form's fields are English attributes in Python (``form.sector``, ``form.vacancy_id``), and what a
form posts is that name too. A search or filter form sent by GET gives its fields Danish ``name=`` (``sektor``,
``niveau``, ``type``, ``soeger``, ``placering``, ``rolle``, ``handling``, ``funktion``): those names stand in URLs a
visitor reads and bookmarks, and saved searches and feeds keep them, so they never change. The saved-search form
is posted but takes the public list's query names, since ``/stillinger?…`` fills it in.

Limits of a profile or a vacancy come from its input contract (``services.contracts``), which the API and the
import validate by as well: ``contract_limit`` reads one, and the forms validate their values through it.
"""

from __future__ import annotations

from datetime import timedelta

from flask import current_app, g, request, session
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from pydantic import BaseModel, ValidationError
from werkzeug.datastructures import MultiDict
from wtforms import Form, PasswordField, StringField, validators
from wtforms.csrf.session import SessionCSRF

from .contract_messages import error_message
from .services.fields import EMAIL_PATTERN
from .services.text import without_controls

# A failed CSRF check (made once per request, before the view: webapp/cycle.py) says this one thing.
EXPIRED = _l("Formularen er udløbet. Prøv igen.")
TOKEN_FIELD = "csrf_token"  # WTForms' name for the token; a form with a prefix sends "<prefix>-csrf_token"
_PUT_BACK = "sektorbro_put_back"  # g: what a refused POST had typed, for the form drawn in its place

# WTForms ships no Danish catalogue; these are the built-in messages our forms can show.
_DANISH = {
    "Not a valid integer value.": "Skriv et helt tal.",
    "Not a valid decimal value.": "Skriv et tal.",
    "Not a valid date value.": "Skriv en dato som åååå-mm-dd.",
    "Not a valid choice.": "Vælg en af mulighederne.",
    "'%(value)s' is not a valid choice for this field.": "Vælg en af mulighederne.",
    "'%(value)s' are not valid choices for this field.": "Vælg blandt mulighederne.",
    "This field is required.": "Feltet skal udfyldes.",
    "Invalid email address.": "Skriv en gyldig e-mailadresse.",
    "Invalid input.": "Ugyldigt input.",
}


class _Translations:
    """WTForms translations: Danish from the table above unless the visitor chose English."""

    def gettext(self, string: str) -> str:
        return string if str(get_locale()) == "en" else _DANISH.get(string, string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


class CheckedBeforeTheView(SessionCSRF):
    """WTForms' session CSRF token, made as ever; the request cycle checks it once, before any view runs
    (``token_is_valid`` from ``webapp/cycle.py``), so a form's own ``validate()`` does not check it again and no
    view can forget to."""

    def validate_csrf_token(self, form, field) -> None:
        """Nothing to do: a request with a missing, wrong or expired token never reaches a view."""


class BaseForm(Form):
    """Every state-changing form: a session CSRF token, Danish messages, bound to the request on POST."""

    class Meta:
        csrf = True
        csrf_class = CheckedBeforeTheView
        csrf_time_limit = timedelta(hours=8)

        @property
        def csrf_secret(self) -> bytes:
            return current_app.secret_key.encode()

        @property
        def csrf_context(self):
            return session

        def get_translations(self, form):
            return _Translations()

    @classmethod
    def from_request(cls, **kwargs):
        """Bind to the submitted form on POST; otherwise start from ``obj``/``data`` in kwargs.

        A POST refused for its CSRF token is answered as the GET of its URL, and its form is then bound to what
        was typed (``put_back``), passwords excepted, so nothing typed is lost. Control characters are dropped
        from every submitted value: nobody types them, and PostgreSQL cannot even store NUL.
        """
        formdata = None
        if request.method == "POST":
            formdata = _submitted()
        elif g.get(_PUT_BACK) is not None:
            formdata = g.get(_PUT_BACK)
        form = cls(formdata, **kwargs)
        if formdata is not None and formdata is g.get(_PUT_BACK):
            for field in form:
                if isinstance(field, PasswordField):
                    field.data = ""
        return form


class AnswerForm(BaseForm):
    """Yes or no to a request that waits for the person asked (an employer's contact request, a mentee's request
    to a mentor): the pressed button's ``answer``, accept or decline, checked before anything runs."""

    answer = StringField(
        validators=[validators.AnyOf(("accept", "decline"), message=_l("Vælg, om du vil acceptere eller afslå."))]
    )

    @property
    def accept(self) -> bool:
        """Whether the answer is yes (read once the form is valid)."""
        return self.answer.data == "accept"


class _TokenCheck(BaseForm):
    """Only the CSRF token, checked by WTForms' own ``SessionCSRF``: the one check of the whole app."""

    class Meta:
        csrf_class = SessionCSRF


def token_is_valid() -> bool:
    """Whether the submitted form carries a live CSRF token of this browser session (``csrf_token``, or
    ``<prefix>-csrf_token`` for a form with a prefix, such as a candidate card's)."""
    if "csrf" not in session:  # no token was ever made for this session (WTForms would raise a KeyError)
        return False
    sent = [value for key, value in request.form.items(multi=True) if _is_token(key)]
    return any(_TokenCheck(MultiDict({TOKEN_FIELD: value})).validate() for value in sent)


def put_back() -> None:
    """Keep what a refused POST typed (but its token) for the forms of the page answered in its place."""
    typed = MultiDict((key, value) for key, value in _submitted().items(multi=True) if not _is_token(key))
    g.setdefault(_PUT_BACK, typed)


def _is_token(key: str) -> bool:
    return key == TOKEN_FIELD or key.endswith("-" + TOKEN_FIELD)


def _submitted() -> MultiDict:
    return MultiDict((key, without_controls(value)) for key, values in request.form.lists() for value in values)


def required():
    """The field must be filled in."""
    return validators.InputRequired(message=_l("Feltet skal udfyldes."))


def optional():
    """The field may be left empty."""
    return validators.Optional()


def max_length(limit: int):
    """At most ``limit`` characters."""
    return validators.Length(max=limit, message=_l("Højst %(max)d tegn.", max=limit))


def number_between(low: int, high: int):
    """A whole number from ``low`` to ``high``."""
    return validators.NumberRange(low, high, message=_l("Skriv et tal fra %(low)d til %(high)d.", low=low, high=high))


def email_address():
    """A syntactically valid e-mail address (no DNS look-up)."""
    return validators.Email(message=_l("Skriv en gyldig e-mailadresse."), check_deliverability=False)


def contract_email():
    """An e-mail address by the input contracts' rule (``services.fields.EMAIL_PATTERN``), as the API and the
    import check it, so the profile form accepts exactly the addresses they accept."""
    return validators.Regexp(EMAIL_PATTERN, message=_l("Skriv en gyldig e-mailadresse."))


def contract_limit(model: type[BaseModel], name: str, limit: str):
    """One limit (``max_length``, ``ge``, ``le``, …) of a contract's field, so a form states the contract's rule
    instead of a number of its own."""
    for item in model.model_fields[name].metadata:
        if getattr(item, limit, None) is not None:
            return getattr(item, limit)
    raise LookupError(f"{model.__name__}.{name} has no {limit}")


def contract_range(model: type[BaseModel], name: str):
    """A whole number within a contract field's ``ge`` and ``le``."""
    return number_between(contract_limit(model, name, "ge"), contract_limit(model, name, "le"))


def through_contract(form: BaseForm, model: type[BaseModel], data: dict, field_at) -> bool:
    """Validate a form's ``data`` as its entity's contract: the result becomes ``form.contract``, and each error
    goes to the form field ``field_at(location)`` names, or to a (sub-)form's own errors when it names a form (a
    rule across a whole entry of a list, such as an experience's years).

    The form's own validators state the same limits first (``contract_limit``), so these are its safety net: a
    rule the form does not spell out is still the contract's, worded as the import words it (in the visitor's
    language: ``contract_messages``), and a typed domain error the contract raises as that error's message.
    """
    try:
        form.contract = model.model_validate(data)
    except ValidationError as error:
        for item in error.errors(include_url=False):
            at = field_at(tuple(item["loc"]))
            (at.form_errors if isinstance(at, Form) else at.errors).append(error_message(item))
        return False
    return True
