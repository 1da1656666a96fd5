"""A vacancy as an employer writes it: an ordinary post, or an offer of a stay of whole months."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, Field, ValidationInfo, field_validator

from models import OFFER_MONTHS

from ..fields import DOMAIN_ERROR, Level, MunicipalityCode, ShortLine, free_text, refused, whole
from ..vacancies import KIND_FIELDS, VACANCY_FIELDS, offer_terms_problem
from .base import Contract, KindCode, OptionalPhrases, Phrases

if TYPE_CHECKING:
    import models

__all__ = [
    "OfferMonths",
    "MONTH_PATTERN",
    "StartMonth",
    "KIND_DESCRIPTION",
    "VacancyFields",
    "Vacancy",
    "vacancy_columns",
    "vacancy_values",
]

OfferMonths = whole(ge=OFFER_MONTHS[0], le=OFFER_MONTHS[-1])
MONTH_PATTERN = r"^20[0-9]{2}-(0[1-9]|1[0-2])$"


def _first_of_month(value: str) -> date:
    year, month = value.split("-")
    return date(int(year), int(month), 1)


StartMonth = Annotated[str, Field(pattern=MONTH_PATTERN, examples=["2027-03"]), AfterValidator(_first_of_month)]
KIND_DESCRIPTION = (
    "`post`: an ordinary leadership post. `rotation` (rotationsforløb), `secondment` (udstationering) and "
    "`shadowing` (følordning, job shadowing): a stay of 1–6 whole months in the organisation, after which the "
    "leader returns to their own workplace."
)


class VacancyFields(Contract):
    """A vacancy's fields, each with its own rules (what an API PATCH is merged into; see ``Vacancy``)."""

    title: ShortLine
    municipality_code: MunicipalityCode
    level: Level
    competences: Phrases
    nice_to_have: OptionalPhrases = []
    description: free_text(20000, filled=True)
    deadline: date | None = Field(
        None,
        description="Today or later: a day before today is a 409 naming `/deadline`. A published or closed "
        "vacancy may keep a deadline that has passed; a draft may not.",
    )
    kind: KindCode = Field("post", description=KIND_DESCRIPTION)
    duration_months: OfferMonths | None = Field(
        None,
        validate_default=True,
        description="Required for an offer: its length in whole months, 1–6. Null (or left out) for a post.",
    )
    start_month: StartMonth | None = Field(
        None,
        validate_default=True,
        description="An offer's start month (`2027-03`), this month or later (an earlier one is a 409 naming "
        "`/start_month`); left out, the start is agreed later. Only for offers.",
    )
    home_employer_pays: bool = Field(
        False,
        validate_default=True,
        description="True when the leader's own employer keeps paying the salary. Only for offers.",
    )


class Vacancy(VacancyFields):
    """A vacancy as the employer writes it.

    A post (`kind` left out, or `post`) has no `duration_months`, `start_month` or `home_employer_pays`; an offer
    has a `duration_months`.
    """

    @field_validator("duration_months", "start_month", "home_employer_pays", mode="after")
    @classmethod
    def _offer_terms(cls, value, info: ValidationInfo):
        if "kind" not in info.data:
            return value  # the kind itself is wrong, and its own error says so
        problem = offer_terms_problem({"kind": info.data["kind"], info.field_name: value})
        if problem is not None and problem.field == info.field_name:
            # The typed error itself travels in the pydantic error, at its field; each door words it.
            raise refused(DOMAIN_ERROR, problem=problem)
        return value


def vacancy_columns(vacancy: VacancyFields) -> dict[str, Any]:
    """The vacancy's own columns in the shape the vacancies service writes (not its organisation or status)."""
    return {name: getattr(vacancy, name) for name in VACANCY_FIELDS + KIND_FIELDS}


def vacancy_values(vacancy: models.Vacancy) -> dict[str, Any]:
    """A saved vacancy's fields as the contract's values in their JSON form (a day as ``2027-03-31``, a month as
    ``2027-03``): what the API shows and a PATCH is merged into, and what the export writes."""
    return {
        "title": vacancy.title,
        "municipality_code": vacancy.municipality_code,
        "level": vacancy.level,
        "competences": list(vacancy.competences),
        "nice_to_have": list(vacancy.nice_to_have),
        "description": vacancy.description,
        "deadline": vacancy.deadline.isoformat() if vacancy.deadline else None,
        "kind": vacancy.kind,
        "duration_months": vacancy.duration_months,
        "start_month": vacancy.start_month.strftime("%Y-%m") if vacancy.start_month else None,
        "home_employer_pays": vacancy.home_employer_pays,
    }
