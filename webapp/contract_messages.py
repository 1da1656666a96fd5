"""The words for a refused input contract, at each door that shows one: form, API and import.

A contract (``services/contracts``) refuses a value with pydantic's own error types (``string_too_long``, …),
with rules of its own (``services.fields.refused``: ``unknown_municipality_code``, …) and with a typed domain
error (``domain_error``: its ``ctx["problem"]`` is a ServiceError, worded by ``error_messages.message_for``). The
import adds the refusals of a broken line (``services.importing.LINE_REFUSALS``) in the same shape. Services make
no words, so every one of them is worded here, lazily, in the language of whoever reads it: a form in the
visitor's language, the API's ``detail`` in Danish with ``detail_en`` beside it, the CLI's import in Danish.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask_babel import force_locale
from flask_babel import lazy_gettext as _l

from .error_messages import message_for
from .services.fields import DOMAIN_ERROR, EMAIL_PATTERN

if TYPE_CHECKING:
    from .services.importing import LineError

# Pydantic's error types, as a field's contract refuses them (``%(…)s`` from the error's context).
PYDANTIC_MESSAGES = {
    "missing": _l("skal udfyldes"),
    "extra_forbidden": _l("er ikke et kendt felt"),
    "string_type": _l("skal være tekst"),
    "string_too_short": _l("må ikke være tom"),
    "string_too_long": _l("er for lang (højst %(max_length)s tegn)"),
    "int_type": _l("skal være et helt tal"),
    "int_parsing": _l("skal være et helt tal"),
    "int_from_float": _l("skal være et helt tal"),
    "greater_than_equal": _l("skal være mindst %(ge)s"),
    "less_than_equal": _l("må højst være %(le)s"),
    "literal_error": _l("skal være en af: %(expected)s"),
    "enum": _l("skal være en af: %(expected)s"),
    "list_type": _l("skal være en liste"),
    "too_short": _l("skal have mindst %(min_length)s element(er)"),
    "too_long": _l("må højst have %(max_length)s elementer"),
    "date_from_datetime_parsing": _l("skal være en dato (åååå-mm-dd)"),
    "date_parsing": _l("skal være en dato (åååå-mm-dd)"),
    "date_type": _l("skal være en dato (åååå-mm-dd)"),
    "model_type": _l("skal være et objekt"),
    "dict_type": _l("skal være et objekt"),
    "bool_type": _l("skal være true eller false"),
    "bool_parsing": _l("skal være true eller false"),
    "float_type": _l("skal være et tal"),
    "float_parsing": _l("skal være et tal"),
    "finite_number": _l("skal være et endeligt tal"),
    "json_invalid": _l("er ikke gyldig JSON"),
    "json_type": _l("er ikke gyldig JSON"),
    "multiple_values": _l("må kun angives én gang"),  # the API's: a query parameter given twice
}

# The contracts' own rules (``services.fields.refused``) and the import's refusals of a line.
OWN_MESSAGES = {
    "unknown_municipality_code": _l("er ikke en kendt kommunekode"),
    "unknown_region_code": _l("er ikke en kendt regionskode"),
    "unknown_municipality": _l("ukendt kommune: %(value)s"),
    "year_in_future": _l("må ikke ligge i fremtiden"),
    "end_before_start": _l("end_year ligger før start_year"),
    "line_not_json": _l("ugyldig JSON (%(reason)s, tegn %(position)s)"),
    "line_too_deep": _l("JSON er indlejret for dybt"),
    "line_not_object": _l("skal være et JSON-objekt"),
    "external_id_repeated": _l("findes også på linje %(first_line)s"),
    "organisation_in_other_sector": _l("'%(name)s' findes allerede i sektoren '%(sector)s'"),
    "organisation_in_two_sectors": _l("'%(name)s' står med to forskellige sektorer i filen"),
}

# A broken pattern names only the pattern: an e-mail address, else a blank text or a character not allowed.
INVALID_EMAIL = _l("er ikke en gyldig e-mailadresse")
BLANK = _l("må ikke være tom")
CHARACTER_NOT_ALLOWED = _l("indeholder tegn, der ikke er tilladt (fx linjeskift eller kontroltegn)")

# Refusals pydantic has no English words for (its ``msg`` is our kind, or Danish from a ValueError of ours).
WORDED_HERE_ONLY = {DOMAIN_ERROR, "string_pattern_mismatch", *OWN_MESSAGES}


def error_message(error: dict) -> str:
    """One refusal (a pydantic error, or an import's in its shape) in the current language; pydantic's own
    English for a type no contract of ours produces."""
    kind, context = error["type"], error.get("ctx") or {}
    if kind == DOMAIN_ERROR:
        return message_for(context["problem"])
    if kind == "string_pattern_mismatch":
        if context.get("pattern") == EMAIL_PATTERN:
            return str(INVALID_EMAIL)
        value = error.get("input")
        return str(BLANK if isinstance(value, str) and not value.strip() else CHARACTER_NOT_ALLOWED)
    words = PYDANTIC_MESSAGES.get(kind) or OWN_MESSAGES.get(kind)
    if words is None:
        return error.get("msg") or kind
    try:
        return words % {key: str(value) for key, value in context.items()}
    except (KeyError, TypeError, ValueError):
        return error.get("msg") or str(words)


def danish_and_english(error: dict) -> tuple[str, str]:
    """(Danish, English) for the API: English from pydantic where it words the type itself, else from here."""
    with force_locale("da"):
        danish = error_message(error)
    if error["type"] not in WORDED_HERE_ONLY and error.get("msg"):
        return danish, error["msg"]
    with force_locale("en"):
        return danish, error_message(error)


def line_message(error: LineError) -> str:
    """One import line's refusal as the CLI prints it: ``linje 2, felt level: må højst være 4``."""
    return _l("linje %(line)d, felt %(field)s: %(message)s") % {
        "line": error.line,
        "field": error.field or _l("(linje)"),
        "message": error_message(error.refusal),
    }
