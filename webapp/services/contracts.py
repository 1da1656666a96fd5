"""One input contract per entity: what a profile and a vacancy may hold, whichever way they come in.

A profile or a vacancy arrives by three doors: the web form, the API and the JSON-lines import. Each door reads
its own shape (form fields, a JSON body, a file line) but validates it as the one pydantic model here, so a value
one door accepts the others accept, and a value one refuses the others refuse by the same rule. The API's
schemas extend these models with API-only documentation, the import's records with the file's own fields
(``external_id``, ``status``, an organisation's sector), the forms state the same limits through
``webapp.forms.contract_rules`` and validate their values through the model before saving. The limits are the
largest the database allows that a demanding user needs (the columns are ``Text``, ``String(200)``, JSON lists).

One function per entity maps the contract to the model's columns (``profile_columns``, ``vacancy_columns``,
``organisation_columns``).

The other entities a person types keep theirs here too: a new organisation (``Organisation``: the registration,
the profile's "not on the list" and the import), the ranking weights (``WeightShares``, ``WeightChange``) and a
saved search (``SavedSearch``, ``TalentSearch``, ``TalentSearchChange``), whose services take plain values and
check them by the contract (``checked``), keeping only the rules that need the database.

A contract refuses without words, like every service: pydantic's own error types, rules of ours by kind
(``fields.refused``) and a service's typed error (``vacancies.offer_terms_problem``) carried whole as a
``domain_error`` at its field. Each door words them (``webapp/contract_messages.py``): the form in the visitor's
language, the API with the error's stable ``code``, the import at the edge that shows its line errors.
"""

from __future__ import annotations

from collections.abc import Container
from datetime import date
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from matcher import geography
from matcher.functions import FunctionRecogniser
from matcher.weights import COMPONENTS, Weights
from models import LEVELS, OFFER_MONTHS, PUBLIC_SECTORS, TalentFrequency, enums

from . import organisations, vacancies
from .errors import (
    FrequencyNotAChoice,
    FunctionNotAChoice,
    LevelNotAChoice,
    NameTooLong,
    NoPositiveWeight,
    RegionNotAChoice,
    SearchNameMissing,
    SearchTextTooLong,
    SectorNotAChoice,
    ServiceError,
    VacancyKindNotAChoice,
)
from .fields import (
    DOMAIN_ERROR,
    EARLIEST_YEAR,
    LINE_MAX,
    LINE_PATTERN,
    Email,
    Level,
    MunicipalityCode,
    Phrase,
    ShortLine,
    Weight,
    Year,
    free_text,
    refused,
    whole,
)
from .text import clean_phrases, one_line


def _one_of(members) -> Any:
    """A ``Literal`` of the members' values: the vocabularies of ``models.enums``, spelled out nowhere else."""
    return Literal[tuple(member.value for member in members)]


SectorCode = _one_of(enums.Sector)
PublicSectorCode = _one_of(enums.PUBLIC_SECTORS)
Visibility = _one_of(enums.Visibility)
Seeking = _one_of(enums.Seeking)
KindCode = _one_of(enums.VacancyKind)
VacancyStatusCode = _one_of(enums.VacancyStatus)

# The limits a form states in its own validators (forms read them from the fields below; these name them).
MAX_PHRASES = 50  # competences (and a vacancy's nice-to-haves): one phrase per line
MAX_EXPERIENCES = 50


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
Sectors = Annotated[
    list[SectorCode], Field(min_length=1, max_length=4), AfterValidator(lambda codes: list(dict.fromkeys(codes)))
]


# An organisation's name, which a profile may leave empty (no organisation) and a new organisation may not; runs of
# whitespace become one space, as names are stored and compared, so "Region  Nord" by one door is "Region Nord"
# by another.
OrganisationName = Annotated[
    str, Field(max_length=LINE_MAX, pattern=LINE_PATTERN), AfterValidator(organisations.normalise)
]
FilledOrganisationName = Annotated[ShortLine, AfterValidator(organisations.normalise)]


class Organisation(Contract):
    """A new organisation as a door names it: an employer registering one, a leader's "not on the list", an
    import's line. Its place in the hierarchy is the admin's (``organisations.place``), not the door's."""

    name: FilledOrganisationName
    sector: SectorCode
    municipality_code: MunicipalityCode | None = None


def organisation_columns(organisation: Organisation) -> dict[str, Any]:
    """The organisation's columns in the shape ``models.Organisation`` takes."""
    return organisation.model_dump()


YearsAsLeader = whole(ge=0, le=60)
CommuteKm = whole(ge=0, le=500)


def _years_in_order_stated(schema: dict) -> None:
    """State ``Experience._years_in_order`` in the document. JSON Schema cannot compare two fields, so it says
    it year by year: a start in year Y or later means an end in year Y or later."""
    schema["allOf"] = [
        {
            "if": {"properties": {"start_year": {"minimum": year}}, "required": ["start_year"]},
            "then": {"properties": {"end_year": {"minimum": year}}},
        }
        for year in range(EARLIEST_YEAR + 1, date.today().year + 1)
    ]


class Experience(Contract):
    """One job in the leader's history, from `start_year` to `end_year` (not before it; null for the current
    job). Neither year lies in the future."""

    model_config = ConfigDict(json_schema_extra=_years_in_order_stated)

    sector: SectorCode
    organisation: ShortLine
    title: ShortLine
    level: Level
    start_year: Year
    end_year: Year | None = None
    description: free_text(4000) = ""

    @model_validator(mode="after")
    def _years_in_order(self):
        if self.end_year is not None and self.end_year < self.start_year:
            raise refused("end_before_start")
        return self


class Profile(Contract):
    """The leader's whole profile. ``visibility`` left out keeps the current setting."""

    name: ShortLine
    email: Email
    sector: SectorCode
    organisation: OrganisationName | None = Field(
        None, description="Current organisation by name; created if new. Null or empty: none."
    )
    title: ShortLine
    level: Level
    years_as_leader: YearsAsLeader
    municipality_code: MunicipalityCode
    max_commute_km: CommuteKm
    open_to_sectors: Sectors
    seeking: Seeking = "open"
    competences: Phrases
    summary: free_text(8000) = ""
    education: free_text(2000) = ""
    experience: Annotated[list[Experience], Field(max_length=MAX_EXPERIENCES)] = []
    visibility: Visibility | None = Field(
        None,
        description="visible, discreet (hidden from your own organisation's family) or hidden. Left out: an "
        "existing profile keeps its setting, a new one is discreet (as in the profile form and imports).",
    )


PROFILE_COLUMNS = (
    "name",
    "email",
    "sector",
    "title",
    "level",
    "years_as_leader",
    "municipality_code",
    "max_commute_km",
    "open_to_sectors",
    "seeking",
    "competences",
    "summary",
    "education",
)


def profile_columns(profile: Profile) -> dict[str, Any]:
    """The profile's own columns (not its organisation, experience or visibility, which are looked up or kept)."""
    return {name: getattr(profile, name) for name in PROFILE_COLUMNS}


def experience_columns(entry: Experience) -> dict[str, Any]:
    """One experience entry's columns."""
    return entry.model_dump()


# ---- vacancies ----------------------------------------------------------------------------------------------

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
        problem = vacancies.offer_terms_problem({"kind": info.data["kind"], info.field_name: value})
        if problem is not None and problem.field == info.field_name:
            # The typed error itself travels in the pydantic error, at its field; each door words it.
            raise refused(DOMAIN_ERROR, problem=problem)
        return value


def vacancy_columns(vacancy: VacancyFields) -> dict[str, Any]:
    """The vacancy's own columns in the shape the vacancies service writes (not its organisation or status)."""
    return {name: getattr(vacancy, name) for name in vacancies.VACANCY_FIELDS + vacancies.KIND_FIELDS}


# ---- ranking weights ----------------------------------------------------------------------------------------

WEIGHT_NOTE_MAX = 2000


class WeightShares(Contract):
    """Each component's share of the score in percent, 0–100; at least one above 0. Only the proportions count
    (``weights.from_shares`` divides by the sum); ``function``, newer than the first weights, defaults to its share
    in the default weights."""

    competence: Weight
    function: Weight = Field(default=Weights().function)
    text: Weight
    level: Weight
    geography: Weight
    willingness: Weight
    cross_sector: Weight

    @model_validator(mode="after")
    def _some_positive(self):
        if sum(getattr(self, name) for name in COMPONENTS) <= 0:
            raise refused(DOMAIN_ERROR, problem=NoPositiveWeight())
        return self


class WeightChange(Contract):
    """New weights and why they change (the note the history and the audit log show)."""

    weights: WeightShares
    note: free_text(WEIGHT_NOTE_MAX, filled=True)


# ---- saved searches (a leader's vacancy searches, an employer's talent searches) ---------------------------

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
KIND_GROUPS = frozenset(vacancies.KindGroup)
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

    def filters(self) -> vacancies.VacancyFilters:
        """The filters in the shape the public search takes."""
        return vacancies.VacancyFilters(self.text, self.sector, self.region, self.level, self.kind)


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


def checked(model: type[Contract], **values) -> Contract:
    """``values`` validated as ``model`` for a service that takes plain values: the first typed refusal is raised
    as itself, so a service refuses exactly what the forms refuse through the same contract."""
    try:
        return model.model_validate(values)
    except ValidationError as error:
        for item in error.errors(include_url=False):
            if item["type"] == DOMAIN_ERROR:
                raise item["ctx"]["problem"] from None
        raise
