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

from flask import current_app, request, session
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from pydantic import BaseModel, ValidationError
from werkzeug.datastructures import MultiDict
from wtforms import Form, validators
from wtforms.csrf.session import SessionCSRF

from .services.fields import EMAIL_PATTERN
from .services.records import describe_error
from .services.text import without_controls

# A failed CSRF check, wherever it is found (a view's button or a form's own validation), says this one thing.
EXPIRED = _l("Formularen er udløbet. Prøv igen.")
_CSRF_FAILURES = frozenset({"Invalid CSRF Token.", "CSRF token expired.", "CSRF token missing.", "CSRF failed."})

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
        if string in _CSRF_FAILURES:
            return str(EXPIRED)
        return string if str(get_locale()) == "en" else _DANISH.get(string, string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


class BaseForm(Form):
    """Every state-changing form: session CSRF, Danish messages, bound to the request on POST."""

    class Meta:
        csrf = True
        csrf_class = SessionCSRF
        csrf_time_limit = timedelta(hours=8)

        @property
        def csrf_secret(self) -> bytes:
            return current_app.secret_key.encode()

        @property
        def csrf_context(self):
            return session

        def get_translations(self, form):
            return _Translations()

    def field_named(self, name: str | None, default):
        """The field with attribute or posted name ``name`` (a service may name either), else ``default``."""
        for attribute, field in self._fields.items():
            if name in (attribute, field.short_name):
                return field
        return default

    @classmethod
    def from_request(cls, **kwargs):
        """Bind to the submitted form on POST; otherwise start from ``obj``/``data`` in kwargs.

        Control characters are dropped from every submitted value: nobody types them, and PostgreSQL
        cannot even store NUL.
        """
        formdata = None
        if request.method == "POST":
            formdata = MultiDict(
                (key, without_controls(value)) for key, values in request.form.lists() for value in values
            )
        return cls(formdata, **kwargs)


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
    goes to the form field ``field_at(location)`` names.

    The form's own validators state the same limits first (``contract_limit``), so these are its safety net: a
    rule the form does not spell out is still the contract's, worded as the import words it.
    """
    try:
        form.contract = model.model_validate(data)
    except ValidationError as error:
        for item in error.errors(include_url=False):
            field_at(tuple(item["loc"])).errors.append(describe_error(item)[1])
        return False
    return True
