"""Saved searches: a leader's vacancy searches and an employer's talent searches."""

from __future__ import annotations

from collections.abc import Container
from functools import cache
from typing import Annotated

from pydantic import AfterValidator

from matcher import geography
from matcher.functions import FunctionRecogniser
from models import LEVELS, PUBLIC_SECTORS, TalentFrequency

from ..errors import (
    FrequencyNotAChoice,
    FunctionNotAChoice,
    LevelNotAChoice,
    NameTooLong,
    RegionNotAChoice,
    SearchNameMissing,
    SearchTextTooLong,
    SectorNotAChoice,
    ServiceError,
    VacancyKindNotAChoice,
)
from ..fields import DOMAIN_ERROR, refused
from ..text import one_line
from ..vacancies import KindGroup, VacancyFilters
from .base import Contract

__all__ = [
    "SEARCH_NAME_MAX",
    "SEARCH_TEXT_MAX",
    "function_ids",
    "KIND_GROUPS",
    "TALENT_FREQUENCIES",
    "SearchName",
    "SearchLevel",
    "SearchRegion",
    "SavedSearch",
    "TalentSearchChange",
    "TalentSearch",
]

SEARCH_NAME_MAX = 200
SEARCH_TEXT_MAX = 200


def _search_name(value: str) -> str:
    name = one_line(value)
    if not name:
        raise refused(DOMAIN_ERROR, problem=SearchNameMissing())
    if len(name) > SEARCH_NAME_MAX:
        raise refused(DOMAIN_ERROR, problem=NameTooLong(limit=SEARCH_NAME_MAX))
    return name


def _search_text(value: str) -> str:
    text = one_line(value)
    if len(text) > SEARCH_TEXT_MAX:
        raise refused(DOMAIN_ERROR, problem=SearchTextTooLong(limit=SEARCH_TEXT_MAX))
    return text


def _choice(choices: Container, problem: type[ServiceError]):
    """A value in ``choices``, or None for "any"; else the typed ``problem``."""

    def check(value):
        if value is not None and value not in choices:
            raise refused(DOMAIN_ERROR, problem=problem())
        return value

    return AfterValidator(check)


@cache
def function_ids() -> tuple[str, ...]:
    """The functions the matcher recognises, in its own order (what a talent search may narrow to); read once, when
    first asked, so importing the contracts builds no recogniser."""
    return tuple(FunctionRecogniser.default().function_ids)


class _FunctionIds:
    """``function_ids()`` as the container ``_choice`` checks, read at the first check rather than on import."""

    def __contains__(self, value: object) -> bool:
        return value in function_ids()


# Each fixed choice a search may narrow to, built once. A StrEnum's members equal their values, so "post" is in
# KIND_GROUPS (the enum itself refuses a plain string: ``"post" in KindGroup`` is a TypeError before Python 3.12).
KIND_GROUPS = frozenset(KindGroup)
TALENT_FREQUENCIES = frozenset(TalentFrequency)

# The name on one line (control characters and runs of space become one space), not empty, at most 200 characters.
SearchName = Annotated[str, AfterValidator(_search_name)]
SearchLevel = Annotated[int | None, _choice(LEVELS, LevelNotAChoice)]
SearchRegion = Annotated[int | None, _choice(geography.REGION_CODES, RegionNotAChoice)]


class SavedSearch(Contract):
    """A leader's saved search: its name and the public vacancy list's filters (None: any), as the list offers
    them. Uniqueness of the name and the number of searches need the database: ``saved_searches.Kind``."""

    name: SearchName
    text: Annotated[str, AfterValidator(_search_text)] = ""
    sector: Annotated[str | None, _choice(PUBLIC_SECTORS, SectorNotAChoice)] = None
    region: SearchRegion = None
    level: SearchLevel = None
    kind: Annotated[str | None, _choice(KIND_GROUPS, VacancyKindNotAChoice)] = None

    def filters(self) -> VacancyFilters:
        """The filters in the shape the public search takes."""
        return VacancyFilters(self.text, self.sector, self.region, self.level, self.kind)


class TalentSearchChange(Contract):
    """What an employer may change of a talent search: its name and how often its digest comes."""

    name: SearchName
    frequency: Annotated[str, _choice(TALENT_FREQUENCIES, FrequencyNotAChoice)]


class TalentSearch(TalentSearchChange):
    """An employer's talent search: name, frequency and filters (None, or False, means any)."""

    function: Annotated[str | None, _choice(_FunctionIds(), FunctionNotAChoice)] = None
    level: SearchLevel = None
    region: SearchRegion = None
    other_sectors_only: bool = False
