"""What every contract shares: strict types with whitespace trimmed, the vocabularies of ``models.enums``, lists
of phrases, and ``checked`` for a service that takes plain values."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator

from models import enums

from ..fields import DOMAIN_ERROR, Phrase
from ..text import clean_phrases

__all__ = [
    "SectorCode",
    "PublicSectorCode",
    "Visibility",
    "Seeking",
    "KindCode",
    "VacancyStatusCode",
    "MAX_PHRASES",
    "Contract",
    "Phrases",
    "OptionalPhrases",
    "checked",
]


def _one_of(members) -> Any:
    """A ``Literal`` of the members' values: the vocabularies of ``models.enums``, spelled out nowhere else."""
    return Literal[tuple(member.value for member in members)]


SectorCode = _one_of(enums.Sector)
PublicSectorCode = _one_of(enums.PUBLIC_SECTORS)
Visibility = _one_of(enums.Visibility)
Seeking = _one_of(enums.Seeking)
KindCode = _one_of(enums.VacancyKind)
VacancyStatusCode = _one_of(enums.VacancyStatus)

# A limit the forms state in their own validators too: competences (and a vacancy's nice-to-haves), one phrase
# per line.
MAX_PHRASES = 50


def _trim(value):
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return [item.strip() if isinstance(item, str) else item for item in value]
    return value


class Contract(BaseModel):
    """Strict types, no unknown fields, surrounding whitespace trimmed.

    The trimming comes after every rule was checked on the value as sent, because that is the value the OpenAPI
    document's rules describe (a title of spaces breaks its pattern, not a length it cannot see).
    """

    model_config = ConfigDict(extra="forbid", strict=True)

    _trimmed = field_validator("*", mode="after")(_trim)


Phrases = Annotated[list[Phrase], Field(min_length=1, max_length=MAX_PHRASES), AfterValidator(clean_phrases)]
OptionalPhrases = Annotated[list[Phrase], Field(max_length=MAX_PHRASES), AfterValidator(clean_phrases)]


def checked(model: type[Contract], **values) -> Contract:
    """``values`` validated as ``model`` for a caller holding plain values (no form or API schema checked them):
    the first typed refusal is raised as itself, so such a caller is refused exactly what the forms refuse through
    the same contract."""
    try:
        return model.model_validate(values)
    except ValidationError as error:
        for item in error.errors(include_url=False):
            if item["type"] == DOMAIN_ERROR:
                raise item["ctx"]["problem"] from None
        raise
