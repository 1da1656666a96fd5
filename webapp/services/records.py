"""The JSON-lines record formats for profiles and vacancies, validated with pydantic.

Pydantic is made for validating untrusted JSON fast (100,000 lines in seconds) and gives every error a
location, which the import names as the file does (``field_path``) and hands with the error to whoever shows
it: the words are the edge's (``webapp/contract_messages.py``), so a line error says its rule, not a sentence.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from matcher import geography

from . import contracts
from .fields import FILLED_LINE_PATTERN, refused

ExternalId = Annotated[str, Field(min_length=1, max_length=100, pattern=FILLED_LINE_PATTERN)]


def _municipality_code(value: Any) -> int:
    """A kommune by name or kommunekode (a file names it either way) as its kommunekode."""
    found = geography.find_municipality(value) if isinstance(value, str | int) and not isinstance(value, bool) else None
    if found is None:
        raise refused("unknown_municipality", value=repr(value))
    return found.code


# The file's ``municipality`` (a name or a kommunekode) is the contract's ``municipality_code``.
Municipality = Annotated[int, BeforeValidator(_municipality_code), Field(validation_alias="municipality")]


class ProfileRecord(contracts.Profile):
    """A leader profile as it is imported and exported: the profile contract, keyed by ``external_id``.

    Left out, ``years_as_leader`` is 0, ``max_commute_km`` 50 and ``competences`` empty (older files lack them,
    and profiles imported before competences were required export none: what the export writes, the import
    reads), and ``visibility``
    makes a new profile discreet (visibility.DEFAULT_VISIBILITY, as in the form and the API) while an existing
    one keeps its setting (an old file never un-hides anyone).
    """

    external_id: ExternalId
    municipality_code: Municipality
    years_as_leader: contracts.YearsAsLeader = 0
    max_commute_km: contracts.CommuteKm = 50
    competences: contracts.OptionalPhrases = []


class VacancyRecord(contracts.Vacancy):
    """A vacancy as it is imported and exported: the vacancy contract, keyed by ``external_id``, with its
    organisation (by name, made in ``sector`` if new) and its status."""

    external_id: ExternalId
    municipality_code: Municipality
    sector: contracts.PublicSectorCode
    organisation: contracts.FilledOrganisationName
    status: contracts.VacancyStatusCode = "draft"


def field_path(location: tuple) -> str:
    """A pydantic error's location as the file names the field (``experience[1].start_year``); "" for the line."""
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path
