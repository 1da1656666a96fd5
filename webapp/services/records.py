"""The JSON-lines record formats for profiles and vacancies, validated with pydantic.

Pydantic is made for validating untrusted JSON fast (100,000 lines in seconds) and gives every error a
location, which the import turns into "line N, field F" messages in Danish.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from matcher import geography

from . import contracts
from .fields import FILLED_LINE_PATTERN, pattern_message

ExternalId = Annotated[str, Field(min_length=1, max_length=100, pattern=FILLED_LINE_PATTERN)]


def _municipality_code(value: Any) -> int:
    """A kommune by name or kommunekode (a file names it either way) as its kommunekode."""
    found = geography.find_municipality(value) if isinstance(value, str | int) and not isinstance(value, bool) else None
    if found is None:
        raise ValueError(f"ukendt kommune: {value!r}")
    return found.code


# The file's ``municipality`` (a name or a kommunekode) is the contract's ``municipality_code``.
Municipality = Annotated[int, BeforeValidator(_municipality_code), Field(validation_alias="municipality")]


class ProfileRecord(contracts.Profile):
    """A leader profile as it is imported and exported: the profile contract, keyed by ``external_id``.

    Left out, ``years_as_leader`` is 0 and ``max_commute_km`` 50 (older files lack them), and ``visibility``
    makes a new profile discreet (visibility.DEFAULT_VISIBILITY, as in the form and the API) while an existing
    one keeps its setting (an old file never un-hides anyone).
    """

    external_id: ExternalId
    municipality_code: Municipality
    years_as_leader: contracts.YearsAsLeader = 0
    max_commute_km: contracts.CommuteKm = 50


class VacancyRecord(contracts.Vacancy):
    """A vacancy as it is imported and exported: the vacancy contract, keyed by ``external_id``, with its
    organisation (by name, made in ``sector`` if new) and its status."""

    external_id: ExternalId
    municipality_code: Municipality
    sector: contracts.PublicSectorCode
    organisation: contracts.ShortLine
    status: contracts.VacancyStatusCode = "draft"


# Danish wording for pydantic's error types; ``{...}`` are filled from the error's context.
ERROR_MESSAGES = {
    "missing": "skal udfyldes",
    "extra_forbidden": "er ikke et kendt felt",
    "string_type": "skal være tekst",
    "string_too_short": "må ikke være tom",
    "string_too_long": "er for lang (højst {max_length} tegn)",
    "int_type": "skal være et helt tal",
    "int_parsing": "skal være et helt tal",
    "greater_than_equal": "skal være mindst {ge}",
    "less_than_equal": "må højst være {le}",
    "literal_error": "skal være en af: {expected}",
    "list_type": "skal være en liste",
    "too_short": "skal have mindst {min_length} element(er)",
    "too_long": "må højst have {max_length} elementer",
    "date_from_datetime_parsing": "skal være en dato (åååå-mm-dd)",
    "date_parsing": "skal være en dato (åååå-mm-dd)",
    "date_type": "skal være en dato (åååå-mm-dd)",
    "model_type": "skal være et objekt",
    "value_error": "{error}",
    "bool_type": "skal være true eller false",
}


def describe_error(error: dict) -> tuple[str, str]:
    """(field path, Danish message) for one pydantic error, naming fields as the file does."""
    path = ""
    for part in error["loc"]:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    if error["type"] == "string_pattern_mismatch":
        return path, pattern_message(error.get("input"), (error.get("ctx") or {}).get("pattern", ""))[0]
    template = ERROR_MESSAGES.get(error["type"])
    context = {key: str(value).removeprefix("Value error, ") for key, value in (error.get("ctx") or {}).items()}
    if template is None:
        return path or "(linje)", error["msg"]
    try:
        message = template.format(**context)
    except KeyError:
        message = error["msg"]
    return path or "(linje)", message
