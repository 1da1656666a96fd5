"""Vacancies: employers' writes and the public search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.sql.functions import GenericFunction

from matcher import geography
from models import OFFER_KINDS, OFFER_MONTHS, Organisation, Role, User, Vacancy, VacancyKind, VacancyStatus, utcnow
from models.enums import admits

from .errors import (
    Conflict,
    DeadlineInPast,
    DeadlinePassed,
    DraftDeadlinePassed,
    DurationMissing,
    DurationOutOfRange,
    DurationWithoutOffer,
    HomePaysWithoutOffer,
    NoOrganisation,
    NotApprovedToPublish,
    NotApprovedToSeeCandidates,
    OfferKindNotAChoice,
    OnlyOwnVacanciesUntilApproved,
    OtherOrganisation,
    PublishedDeadlineInPast,
    StartMonthNotAMonth,
    StartMonthPassed,
    StartMonthTooFar,
    StartMonthWithoutOffer,
    VacancyNotFound,
    VacancyNotPublished,
)
from .text import clean_phrases

VACANCY_FIELDS = ("title", "municipality_code", "level", "competences", "nice_to_have", "description", "deadline")
# What only a short offer (rotation, secondment, job shadowing) has; left out of ``fields``, a vacancy is a post.
OFFER_FIELDS = ("duration_months", "start_month", "home_employer_pays")
KIND_FIELDS = ("kind", *OFFER_FIELDS)
_NO_OFFER = {"kind": VacancyKind.POST, "duration_months": None, "start_month": None, "home_employer_pays": False}


class KindGroup(StrEnum):
    """What the public list, the feed, saved searches and recommendations can be narrowed to."""

    POSTS = "post"  # ordinary posts
    OFFERS = "offer"  # rotation, secondment and job-shadowing offers


# The public list's, the feed's and saved searches' query argument ``type``: its values and the group each means.
KIND_ARGS = {"stilling": KindGroup.POSTS, "forloeb": KindGroup.OFFERS}


@dataclass(frozen=True)
class VacancyFilters:
    """What a visitor can narrow the public list by."""

    text: str = ""
    sector: str | None = None
    region: int | None = None
    level: int | None = None
    kind: str | None = None  # a KindGroup value; None: both


def offer_terms_problem(fields: dict[str, Any]) -> Conflict | None:
    """The error (naming its field) for the first broken rule about a vacancy's kind and an offer's terms, or None.

    An offer (rotation, secondment, job shadowing) lasts 1–6 whole months and may name its start month and
    whether the home employer keeps paying; a post has none of these (the database's ``ck_vacancy_offer_terms``).
    Form, API and import all keep to these rules; the service asks here before it writes.
    """
    terms = _NO_OFFER | {name: fields[name] for name in KIND_FIELDS if name in fields}
    kind, months = terms["kind"], terms["duration_months"]
    if not admits(VacancyKind, kind):
        return OfferKindNotAChoice()
    if kind == VacancyKind.POST:
        if months is not None:
            return DurationWithoutOffer()
        if terms["start_month"] is not None:
            return StartMonthWithoutOffer()
        if terms["home_employer_pays"]:
            return HomePaysWithoutOffer()
        return None
    if months is None:
        return DurationMissing()
    if months not in OFFER_MONTHS:
        return DurationOutOfRange()
    if terms["start_month"] is not None and terms["start_month"].day != 1:
        return StartMonthNotAMonth()
    return None


START_MONTHS_AHEAD = 18  # how far ahead an offer's start month can be chosen (this month and 17 more)


def this_month() -> date:
    """The first day of the current month (UTC), the earliest month an offer can start in."""
    return utcnow().date().replace(day=1)


def start_months(count: int = START_MONTHS_AHEAD) -> list[date]:
    """The months an offer may start in: this one and the next ``count - 1``."""
    first = this_month()
    return [date(first.year + (first.month - 1 + n) // 12, (first.month - 1 + n) % 12 + 1, 1) for n in range(count)]


def start_month_problem(start: date | None, vacancy: Vacancy | None = None) -> Conflict | None:
    """Why an offer cannot start in ``start`` (None: it can). A month before this one cannot be chosen, but a
    vacancy keeps the start month it has after the month went by (it ran then); nor can one further ahead than
    the form offers. A ``Conflict`` like the deadline's: whether a month has passed depends on the day."""
    if start is None or (vacancy is not None and start == vacancy.start_month):
        return None
    if start < this_month():
        return StartMonthPassed()
    if start > start_months()[-1]:
        return StartMonthTooFar(months=START_MONTHS_AHEAD - 1)
    return None


def _check_offer_terms(fields: dict[str, Any], vacancy: Vacancy | None = None) -> None:
    """Refuse broken offer terms at their field: a ``Conflict`` (the API's 409), since the form and the API's
    body rules catch them first, and only a change applied to what is stored (a PATCH) gets here."""
    problem = offer_terms_problem(fields) or start_month_problem(fields.get("start_month"), vacancy)
    if problem is not None:
        raise problem


def _apply(vacancy: Vacancy, fields: dict[str, Any]) -> None:
    for name in VACANCY_FIELDS:
        setattr(vacancy, name, fields[name])
    for name, default in _NO_OFFER.items():
        setattr(vacancy, name, fields.get(name, default))
    vacancy.competences = clean_phrases(fields["competences"])
    vacancy.nice_to_have = clean_phrases(fields["nice_to_have"])


def _has_passed(deadline: date | None) -> bool:
    """True for a deadline before today (the deadline day itself is still open, as on the public list)."""
    return deadline is not None and deadline < utcnow().date()


def deadline_problem(deadline: date | None, vacancy: Vacancy | None = None) -> Conflict | None:
    """Why ``deadline`` cannot be saved on ``vacancy`` (None: a new vacancy), or None when it can.

    A deadline is today or later. A published or closed vacancy may keep the deadline it has after it passed:
    the vacancy ran until then (a passed deadline only takes it off the public list). A draft may not, since it
    could never be published with it; so editing an old draft asks for a new date. Form and API both ask here.
    Whether a date has passed depends on the day, not on the request alone, so it is a ``Conflict`` (the API's
    409, naming the field), not a broken field rule: a 422 would call a body the API document allows invalid.
    """
    if not _has_passed(deadline):
        return None
    status = vacancy.status if vacancy is not None else None
    if status in (VacancyStatus.PUBLISHED, VacancyStatus.CLOSED) and deadline == vacancy.deadline:
        return None
    if status == VacancyStatus.PUBLISHED:
        return PublishedDeadlineInPast()
    if status == VacancyStatus.DRAFT and deadline == vacancy.deadline:
        return DraftDeadlinePassed()
    return DeadlineInPast()


def _check_deadline(deadline: date | None, vacancy: Vacancy | None = None) -> None:
    problem = deadline_problem(deadline, vacancy)
    if problem is not None:
        raise problem


def require_organisation(user: User) -> int:
    """The employer's organisation id; ``NoOrganisation`` (the 403 page, the API's 403) for an account without
    one, which may write no vacancy and see none."""
    if user.role != Role.EMPLOYER or user.organisation_id is None:
        raise NoOrganisation()
    return user.organisation_id


def create(session: Session, user: User, fields: dict[str, Any]) -> Vacancy:
    """A new draft vacancy in the employer's organisation; a deadline that has passed is refused at its field."""
    organisation_id = require_organisation(user)
    _check_deadline(fields["deadline"])
    _check_offer_terms(fields)
    vacancy = Vacancy(organisation_id=organisation_id, created_by_id=user.id, status=VacancyStatus.DRAFT)
    _apply(vacancy, fields)
    session.add(vacancy)
    session.flush()
    return vacancy


def update(session: Session, vacancy: Vacancy, fields: dict[str, Any]) -> Vacancy:
    """Change a vacancy's content; its status stays. A deadline that has passed is refused at its field (see
    ``deadline_problem``), and then nothing changes. Left out of ``fields``, the kind and the offer's terms
    stay as they are."""
    fields = {name: getattr(vacancy, name) for name in KIND_FIELDS} | fields
    _check_deadline(fields["deadline"], vacancy)
    _check_offer_terms(fields, vacancy)
    _apply(vacancy, fields)
    session.flush()
    return vacancy


def get_for_employer(session: Session, user: User, vacancy_id: int, review: bool = False) -> Vacancy:
    """The vacancy if it belongs to the employer's organisation (NotFound / Forbidden otherwise).

    Anyone can sign up as an employer of an existing organisation, so until an admin approves the account
    it reaches only the vacancies it wrote itself, and never candidates (``review``).
    """
    vacancy = session.get(Vacancy, vacancy_id)
    if vacancy is None:
        raise VacancyNotFound()
    if vacancy.organisation_id != require_organisation(user):
        raise OtherOrganisation()
    if not user.is_approved_employer:
        if review:
            raise NotApprovedToSeeCandidates()
        if vacancy.created_by_id != user.id:
            raise OnlyOwnVacanciesUntilApproved()
    return vacancy


class PublishBlock(StrEnum):
    """Why a vacancy cannot be published now."""

    NOT_APPROVED = "not_approved"  # the employer's account awaits an administrator's approval
    DEADLINE_PASSED = "deadline_passed"


def publish_block(user: User, vacancy: Vacancy) -> PublishBlock | None:
    """What stands in the way of this employer publishing this vacancy now (None: nothing)."""
    if not user.is_approved_employer:
        return PublishBlock.NOT_APPROVED
    if _has_passed(vacancy.deadline):
        return PublishBlock.DEADLINE_PASSED
    return None


def publish_by(session: Session, user: User, vacancy: Vacancy) -> None:
    """Make a vacancy public; only approved employers may (``Forbidden``), and only before the deadline
    (``Conflict`` on the deadline field)."""
    block = publish_block(user, vacancy)
    if block == PublishBlock.NOT_APPROVED:
        raise NotApprovedToPublish()
    if block == PublishBlock.DEADLINE_PASSED:
        raise DeadlinePassed()
    vacancy.status = VacancyStatus.PUBLISHED
    vacancy.published_at = vacancy.published_at or utcnow()
    session.flush()


def close_by(session: Session, user: User, vacancy: Vacancy) -> None:
    """Take a vacancy off the public list."""
    vacancy.status = VacancyStatus.CLOSED
    session.flush()


def for_employer(user: User):
    """A select() of the vacancies an employer may see, newest first: the organisation's, or (until the
    account is approved) only the ones they wrote themselves."""
    stmt = (
        select(Vacancy)
        .where(Vacancy.organisation_id == require_organisation(user))
        .order_by(Vacancy.created_at.desc(), Vacancy.id.desc())
    )
    return stmt if user.is_approved_employer else stmt.where(Vacancy.created_by_id == user.id)


class json_list_values(GenericFunction):
    """The elements of a JSON list of strings as rows of one column, ``value`` (the strings themselves).

    SQLite calls it ``json_each`` and PostgreSQL ``json_array_elements_text``; searching these rows finds what a
    list holds, where searching the list's JSON text would also find its quotes, brackets and ``\\u00f8`` escapes.
    """

    inherit_cache = True


@compiles(json_list_values, "sqlite")
def _json_each(element, compiler, **kw):
    return f"json_each({compiler.process(element.clauses, **kw)})"


@compiles(json_list_values, "postgresql")
def _json_array_elements_text(element, compiler, **kw):
    return f"json_array_elements_text({compiler.process(element.clauses, **kw)})"


def _contains(word: str):
    """A condition: ``word`` (lower-case) occurs in the title, description, organisation or a competence."""
    pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    competence = json_list_values(Vacancy.competences).table_valued("value").alias("competence")
    return or_(
        func.lower(Vacancy.title).like(pattern, escape="\\"),
        func.lower(Vacancy.description).like(pattern, escape="\\"),
        func.lower(Organisation.name).like(pattern, escape="\\"),
        exists(select(competence.c.value).where(func.lower(competence.c.value).like(pattern, escape="\\"))),
    )


def public_search(filters: VacancyFilters):
    """A select() of open vacancies (published, deadline not passed) matching the filters.

    Every word of ``text`` must occur in the title, description, organisation or one of the competences, in
    any case (``lower()`` folds Æ, Ø and Å on both databases: models/engine.py gives SQLite a Unicode one).
    """
    stmt = (
        select(Vacancy)
        .join(Vacancy.organisation)
        .options(joinedload(Vacancy.organisation))
        .where(Vacancy.status == VacancyStatus.PUBLISHED)
        .where(or_(Vacancy.deadline.is_(None), Vacancy.deadline >= utcnow().date()))
        .order_by(Vacancy.published_at.desc(), Vacancy.id.desc())
    )
    for word in filters.text.lower().split()[:10]:
        stmt = stmt.where(_contains(word))
    if filters.sector:
        stmt = stmt.where(Organisation.sector == filters.sector)
    if filters.region:
        codes = [m.code for m in geography.municipalities_in_region(filters.region)]
        stmt = stmt.where(Vacancy.municipality_code.in_(codes))
    if filters.level:
        stmt = stmt.where(Vacancy.level == filters.level)
    if filters.kind == KindGroup.POSTS:
        stmt = stmt.where(Vacancy.kind == VacancyKind.POST)
    elif filters.kind == KindGroup.OFFERS:
        stmt = stmt.where(Vacancy.kind.in_(OFFER_KINDS))
    return stmt


def get_published(session: Session, vacancy_id: int) -> Vacancy:
    """A published vacancy, or NotFound (drafts and closed ones are not public)."""
    vacancy = session.get(Vacancy, vacancy_id, options=[joinedload(Vacancy.organisation)])
    if vacancy is None or vacancy.status != VacancyStatus.PUBLISHED:
        raise VacancyNotPublished()
    return vacancy
