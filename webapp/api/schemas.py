"""The API's request and response bodies as pydantic models: they validate input and generate the OpenAPI
document, so the document describes exactly what the code accepts and returns.

Request bodies are parsed strictly from JSON (``"2"`` is not a level, ``3.5`` is not a whole number, though ``3.0``
is) and reject unknown fields. The field rules follow the web forms; their types, in ``fields.py``, state every rule
in the document. Query parameters are parsed leniently (they are always text).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from matcher.weights import COMPONENTS, Weights
from models import OFFER_KINDS

from ..services import contracts
from ..services.contracts import KIND_DESCRIPTION, Contract, KindCode
from ..services.fields import LINE_PATTERN, RegionCode

MAX_PAGE = 100_000
MAX_PER_PAGE = 100


class Body(Contract):
    """A request body: strict types, no unknown fields, surrounding whitespace trimmed (see ``Contract``)."""


class Query(BaseModel):
    """Query parameters: text coerced to numbers and booleans, no unknown parameters.

    Values are checked as sent (``" stat"`` is not a sector), like the document describes them.
    """

    model_config = ConfigDict(extra="forbid")


class Output(BaseModel):
    """A response body."""


def _as_utc(value: datetime) -> datetime:
    """Stored timestamps are UTC; SQLite returns them without a zone, so say so explicitly."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


Timestamp = Annotated[datetime, AfterValidator(_as_utc)]


# ---- problems and pages -------------------------------------------------------------------------------------


class FieldProblem(Output):
    """One invalid field: where it is and what is wrong (Danish ``detail``, English ``detail_en``)."""

    pointer: str | None = Field(None, description="JSON pointer into the request body, e.g. `/competences/0`.")
    parameter: str | None = Field(None, description="The query or path parameter, when it is not the body.")
    detail: str
    detail_en: str | None = None
    code: str = Field(
        description="Machine-readable error kind, e.g. `missing` or `string_too_long`; a service rule the body "
        "breaks has that rule's stable code, as a problem's `code` (e.g. `duration-missing`)."
    )


class Problem(Output):
    """An error (RFC 9457 problem details); ``type`` links to its explanation on the docs page."""

    type: str
    title: str = Field(description="Short Danish title of the problem kind.")
    title_en: str = Field(description="The same title in English.")
    status: int
    detail: str | None = None
    instance: str | None = None
    code: str | None = Field(
        None,
        description="The service rule the request broke, stable across releases (e.g. `deadline-passed`); absent "
        "for problems that are no service rule (a malformed request, a missing token).",
    )
    errors: list[FieldProblem] | None = Field(
        None,
        description="On 422: every invalid field. On 409, when the conflict is about one field (a deadline that has "
        "passed): that field.",
    )


class Links(Output):
    """Links to this page and its neighbours (absolute URLs keeping every filter)."""

    self: str
    first: str
    last: str
    prev: str | None
    next: str | None


class PageMeta(Output):
    """Page-based pagination: ``page`` from 1, ``per_page`` at most 100."""

    page: int
    per_page: int
    total: int
    pages: int
    links: Links


class Paging(Query):
    """Which page to return."""

    page: int = Field(1, ge=1, le=MAX_PAGE)
    per_page: int = Field(20, ge=1, le=MAX_PER_PAGE)


# ---- vacancies ----------------------------------------------------------------------------------------------


class VacancySearch(Paging):
    """The public list's filters (as on /stillinger: text, sector, region, level, type)."""

    q: Annotated[str, Field(max_length=200, pattern=LINE_PATTERN)] = Field(
        "", description="Every word must occur in the title, text, organisation or competences."
    )
    sector: contracts.PublicSectorCode | None = None
    region: RegionCode | None = Field(None, description="Region code; the vacancy's workplace lies in the region.")
    level: int | None = Field(None, ge=1, le=4)
    kind: Literal["post", "offer"] | None = Field(
        None, description="`post`: ordinary posts only; `offer`: rotation, secondment and job-shadowing offers only."
    )


class OrganisationOut(Output):
    """The employer behind a vacancy."""

    id: int
    name: str
    sector: str


class VacancyOut(Output):
    """A published vacancy."""

    id: int
    title: str
    sector: str
    organisation: OrganisationOut
    municipality_code: int
    municipality: str
    level: int
    kind: KindCode = Field(description=KIND_DESCRIPTION)
    duration_months: int | None = Field(description="An offer's length in whole months (1–6); null for a post.")
    start_month: str | None = Field(
        description="The month an offer starts (`2027-03`); null for a post, or when the start is agreed later."
    )
    home_employer_pays: bool = Field(
        description="True when the leader's own employer keeps paying the salary during the offer (common in "
        "secondments); always false for a post."
    )
    competences: list[str]
    nice_to_have: list[str]
    description: str
    deadline: date | None
    published_at: Timestamp | None
    url: str = Field(description="The vacancy's public page (found only while it is published).")


class VacancyPage(PageMeta):
    """A page of published vacancies, newest first."""

    items: list[VacancyOut]


class EmployerVacancyOut(VacancyOut):
    """One of the employer's own vacancies, in any status."""

    status: contracts.VacancyStatusCode
    created_at: Timestamp
    updated_at: Timestamp


class EmployerVacancyPage(PageMeta):
    """A page of the organisation's vacancies, newest first."""

    items: list[EmployerVacancyOut]


class EmployerVacancyQuery(Paging):
    """Narrow the organisation's vacancies by status."""

    status: contracts.VacancyStatusCode | None = None


def _offer_terms_schema(schema: dict) -> None:
    """State ``VacancyIn``'s rule in the document: a post (the default kind) has no offer terms, and an offer
    has a duration."""
    schema["anyOf"] = [
        {
            "properties": {
                "kind": {"const": "post"},
                "duration_months": {"type": "null"},
                "start_month": {"type": "null"},
                "home_employer_pays": {"const": False},
            }
        },
        {
            "required": ["kind", "duration_months"],
            "properties": {"kind": {"enum": list(OFFER_KINDS)}, "duration_months": {"type": "integer"}},
        },
    ]


class VacancyContent(contracts.VacancyFields):
    """A vacancy's fields, each with its own rules (what a PATCH is merged into; see ``VacancyIn``)."""


class VacancyIn(contracts.Vacancy):
    """A vacancy as the employer writes it (the same contract as the web form and the import); it starts as a
    draft.

    A post (`kind` left out, or `post`) has no `duration_months`, `start_month` or `home_employer_pays`; an offer
    has a `duration_months`.
    """

    model_config = ConfigDict(json_schema_extra=_offer_terms_schema)


# ---- weights ------------------------------------------------------------------------------------------------


def _some_weight_positive(schema: dict) -> None:
    """State ``WeightsIn``'s rule in the document: one weight is above 0 (or ``function`` keeps its default)."""
    schema["anyOf"] = [{"required": [name], "properties": {name: {"exclusiveMinimum": 0}}} for name in COMPONENTS] + (
        [{"not": {"required": ["function"]}}] if Weights().function > 0 else []
    )


class WeightsIn(contracts.WeightShares):
    """Each component's share of the score in percent, from 0 to 100, as on the admin pages; at least one above 0.

    Shares that add up to 100 are saved as sent. Other sums are scaled to 100 (each is divided by their sum, so
    only proportions matter: 2, 1 and 1 become 50, 25 and 25); the response shows the shares saved.
    ``function`` came after the first version of the API: left out, it is 22.
    """

    model_config = ConfigDict(json_schema_extra=_some_weight_positive)


class WeightSetIn(contracts.WeightChange):
    """New weights and why they change; saved as the next version and made active at once (and audited)."""

    weights: WeightsIn


class WeightSetOut(Output):
    """One version of the ranking weights."""

    id: int
    version: int
    weights: dict[str, float] = Field(
        description="Each component's share of the score in percent, to one decimal; together 100 (give or take "
        "rounding). The same numbers as the admin pages show."
    )
    dominant_component: str | None = Field(
        description="The component that takes more than half of the score, if any: the ranking is then mostly "
        "that one thing. Null when none does."
    )
    active: bool
    note: str
    created_at: Timestamp
    created_by: str | None = Field(description="E-mail of the admin who made it (null for the defaults).")


class WeightSetPage(PageMeta):
    """A page of weight-set versions, newest first."""

    items: list[WeightSetOut]
