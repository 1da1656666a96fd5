"""The JSON-lines record formats for profiles and vacancies, validated with pydantic.

Pydantic is made for validating untrusted JSON fast (100,000 lines in seconds) and gives every error a
location, which the import turns into "line N, field F" messages in Danish.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    field_validator,
    model_validator,
)

from matcher import geography
from models import OFFER_KINDS, OFFER_MONTHS

from .text import has_controls

SectorCode = Literal["stat", "region", "kommune", "privat"]
PublicSectorCode = Literal["stat", "region", "kommune"]
Level = Annotated[StrictInt, Field(ge=1, le=4)]
ShortText = Annotated[str, Field(min_length=1, max_length=200)]
Phrase = Annotated[str, Field(min_length=1, max_length=120)]
Year = Annotated[StrictInt, Field(ge=1950, le=2100)]
# A syntax check that keeps 100,000-line imports fast (full RFC parsing took most of the import's time).
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s.]{2,}$")


def _email(value: str) -> str:
    if not _EMAIL.match(value):
        raise ValueError("er ikke en gyldig e-mailadresse")
    return value.lower()


Email = Annotated[str, Field(max_length=254), AfterValidator(_email)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value):
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(text, str) and has_controls(text) for text in texts):
            raise ValueError("indeholder kontroltegn")
        return value


def _municipality_code(value: str | int) -> int:
    found = geography.find_municipality(value)
    if found is None:
        raise ValueError(f"ukendt kommune: {value!r}")
    return found.code


class ExperienceRecord(_Record):
    """One job in a leader's history."""

    sector: SectorCode
    organisation: ShortText
    title: ShortText
    level: Level
    start_year: Year
    end_year: Year | None = None
    description: Annotated[str, Field(max_length=4000)] = ""

    @model_validator(mode="after")
    def _years_in_order(self):
        if self.end_year is not None and self.end_year < self.start_year:
            raise ValueError("end_year ligger før start_year")
        return self


class ProfileRecord(_Record):
    """A leader profile as it is imported and exported."""

    external_id: Annotated[str, Field(min_length=1, max_length=100)]
    name: ShortText
    email: Email
    sector: SectorCode
    organisation: Annotated[str, Field(max_length=200)] | None = None
    title: ShortText
    level: Level
    years_as_leader: Annotated[StrictInt, Field(ge=0, le=60)] = 0
    municipality: int
    max_commute_km: Annotated[StrictInt, Field(ge=0, le=500)] = 50
    open_to_sectors: Annotated[list[SectorCode], Field(min_length=1)]
    seeking: Literal["active", "open", "not_looking"] = "open"
    competences: Annotated[list[Phrase], Field(max_length=50)] = []
    summary: Annotated[str, Field(max_length=8000)] = ""
    experience: Annotated[list[ExperienceRecord], Field(max_length=50)] = []
    education: Annotated[str, Field(max_length=2000)] = ""
    # Left out: a new profile is discreet (visibility.DEFAULT_VISIBILITY, as in the form and the API) and an
    # existing one keeps its setting (an old file never un-hides anyone).
    visibility: Literal["visible", "discreet", "hidden"] | None = None

    _municipality = field_validator("municipality", mode="before")(_municipality_code)


class VacancyRecord(_Record):
    """A vacancy as it is imported and exported; the sector is its organisation's."""

    external_id: Annotated[str, Field(min_length=1, max_length=100)]
    title: ShortText
    sector: PublicSectorCode
    organisation: ShortText
    municipality: int
    level: Level
    competences: Annotated[list[Phrase], Field(min_length=1, max_length=50)]
    nice_to_have: Annotated[list[Phrase], Field(max_length=50)] = []
    description: Annotated[str, Field(min_length=1, max_length=20000)]
    deadline: date | None = None
    status: Literal["draft", "published", "closed"] = "draft"
    # A post (the default), or a 1–6 month offer: rotation, secondment (udstationering), job shadowing (følordning).
    kind: Literal["post", "rotation", "secondment", "shadowing"] = "post"
    duration_months: Annotated[StrictInt, Field(ge=OFFER_MONTHS[0], le=OFFER_MONTHS[-1])] | None = None
    start_month: Annotated[str, Field(pattern=r"^(19|20)\d{2}-(0[1-9]|1[0-2])$")] | None = None  # "2027-03"
    home_employer_pays: StrictBool = False

    _municipality = field_validator("municipality", mode="before")(_municipality_code)

    @model_validator(mode="after")
    def _offer_terms(self):
        """An offer has a duration; a post has no offer terms (as the form, the API and the database say)."""
        if self.kind in OFFER_KINDS:
            if self.duration_months is None:
                raise ValueError("duration_months skal udfyldes for et forløb (1–6 måneder)")
        elif self.duration_months is not None or self.start_month is not None or self.home_employer_pays:
            raise ValueError("duration_months, start_month og home_employer_pays gælder kun for forløb")
        return self

    @property
    def start_date(self) -> date | None:
        """The start month as the first day of that month (how the vacancy stores it)."""
        return date.fromisoformat(self.start_month + "-01") if self.start_month else None


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
}


def describe_error(error: dict) -> tuple[str, str]:
    """(field path, Danish message) for one pydantic error."""
    path = ""
    for part in error["loc"]:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    template = ERROR_MESSAGES.get(error["type"])
    context = {key: str(value).removeprefix("Value error, ") for key, value in (error.get("ctx") or {}).items()}
    if template is None:
        return path or "(linje)", error["msg"]
    try:
        message = template.format(**context)
    except KeyError:
        message = error["msg"]
    return path or "(linje)", message
