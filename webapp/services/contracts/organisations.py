"""A new organisation, and an organisation's name as any contract takes it."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, Field

from ..fields import LINE_MAX, LINE_PATTERN, MunicipalityCode, ShortLine
from ..organisations import normalise
from .base import Contract, SectorCode

__all__ = ["OrganisationName", "FilledOrganisationName", "Organisation", "organisation_columns"]


# An organisation's name, which a profile may leave empty (no organisation) and a new organisation may not; runs of
# whitespace become one space, as names are stored and compared, so "Region  Nord" by one door is "Region Nord"
# by another.
OrganisationName = Annotated[str, Field(max_length=LINE_MAX, pattern=LINE_PATTERN), AfterValidator(normalise)]
FilledOrganisationName = Annotated[ShortLine, AfterValidator(normalise)]


class Organisation(Contract):
    """A new organisation as a door names it: an employer registering one, a leader's "not on the list", an
    import's line. Its place in the hierarchy is the admin's (``organisations.place``), not the door's."""

    name: FilledOrganisationName
    sector: SectorCode
    municipality_code: MunicipalityCode | None = None


def organisation_columns(organisation: Organisation) -> dict[str, Any]:
    """The organisation's columns in the shape ``models.Organisation`` takes."""
    return organisation.model_dump()
