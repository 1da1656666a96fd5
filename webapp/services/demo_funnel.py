"""The demo's use of the service: employers who opened candidate lists, shortlisted, asked for contact and hired.

``seed-demo``'s hires are leaders' own reports, which never passed through a contact request, so without this
the funnel and the shortlist rates would be empty. Here employers of other organisations than the demo
employer's (whose pages stay untouched for whoever tries the demo) have used Sektorbro:

* ``PAST_RECRUITMENTS`` closed recruitments over the last year: posts like the organisations' published ones
  (same text, another external id), each with a full funnel: the top 10 shown, most of it decided on, contact
  asked of some of the shortlisted, most of them said yes, and for most recruitments one hire through the
  contact (a leader already moved by a reported hire is not hired twice);
* ``ACTIVE_SHARE`` of the published vacancies, opened in the last weeks: top 10 shown, some decided on, a few
  contacts pending or answered, nobody hired yet.

The top 10s are those the service's ranking gives (the same fit on the same profiles and vacancies that
``seed-demo`` then builds and publishes; nothing is drawn at random there), with the active (default) weights,
whose versions are dated back to the start of the demo's history. Employers shortlist candidates from their own sector a
little more often than others (``SHORTLIST``: what VIVE's survey found recruiters do), so the shortlist-rate
table has something to flag. No notification or mail is written: these are past events, and the demo leaders
have no accounts. The same data every time (a fixed seed); nothing is added when
the database already records top-10 appearances (``seed-demo`` run again, or an instance in use).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from matcher.index import CandidateIndex
from matcher.weights import Weights
from models import (
    PUBLIC_SECTORS,
    CandidateDecision,
    ContactRequest,
    ContactStatus,
    Decision,
    Impression,
    Organisation,
    Outcome,
    OutcomeKind,
    OutcomeSource,
    RejectReason,
    Vacancy,
    VacancyStatus,
    WeightSet,
)

from . import impressions
from . import weights as weight_sets
from .matcher_docs import organisation_families, profile_doc, published, rankable, vacancy_doc, visible_to

PAST_RECRUITMENTS = 24
ACTIVE_SHARE = 0.6
REVIEWED = (5, 9)  # of a top 10, how many the employer decides on
# Shortlisting by the candidate's sector relative to the vacancy's: own sector, another public one, private.
SHORTLIST = {"same": 0.42, "public": 0.33, "private": 0.26}
CONTACTED = 0.7  # of the shortlisted
ACCEPTED = 0.7  # of the contacted who answered
HIRED = 0.75  # of the past recruitments with a yes
HISTORY_DAYS = 360
SEED = 2024


@dataclass(frozen=True)
class FunnelResult:
    """What the demo's employers did, for tests and the summary."""

    recruitments: int
    shown: int
    decided: int
    contacted: int
    hired: int


def _relation(profile_sector: str, vacancy_sector: str) -> str:
    if profile_sector == vacancy_sector:
        return "same"
    return "public" if profile_sector in PUBLIC_SECTORS else "private"


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 16), rng.randint(0, 59)), tzinfo=UTC)


def _past_copies(session: Session, vacancies: list[Vacancy], today: date, rng: random.Random) -> list[Vacancy]:
    """Closed recruitments over the last year, like published posts (one copy each, by rotation)."""
    posts = [v for v in vacancies if not v.is_offer]
    copies = []
    count = min(PAST_RECRUITMENTS, len(posts))
    for n in range(count):
        model = posts[n * len(posts) // count]  # spread over the posts, each at most once
        opened = today - timedelta(days=rng.randint(90, HISTORY_DAYS))
        copy = Vacancy(
            external_id=f"{model.external_id or model.id}-tidligere",
            organisation=model.organisation,
            title=model.title,
            municipality_code=model.municipality_code,
            level=model.level,
            competences=list(model.competences),
            nice_to_have=list(model.nice_to_have),
            description=model.description,
            deadline=opened + timedelta(days=28),
            status=VacancyStatus.CLOSED,
            published_at=_at(opened, rng),
            created_at=_at(opened, rng),
        )
        session.add(copy)
        copies.append(copy)
    session.flush()
    return copies


def seed(
    session: Session, today: date, demo_employer_organisation: int | None, demo_leader: int | None
) -> FunnelResult:
    """Write the demo's impressions, decisions, contact requests and hires through Sektorbro; the caller commits.

    The demo employer's vacancies are left alone, and nobody asks the demo leader for contact: their pages show
    only what whoever tries the demo does.
    """
    if session.scalar(select(exists().where(Impression.id.is_not(None)))):
        return FunnelResult(0, 0, 0, 0, 0)  # seeded before (seed-demo is rerun), or the service is in use: add nothing
    rng = random.Random(SEED)
    version = weight_sets.saved_active_set(session)  # its impressions name the version that ranked them
    start = _at(today - timedelta(days=HISTORY_DAYS + 5), rng)
    versions = list(session.scalars(select(WeightSet).order_by(WeightSet.version)))
    if all(v.created_by_id is None for v in versions):  # only the system's defaults: in force from the start
        for n, found in enumerate(versions):
            found.created_at = start + timedelta(seconds=n)
    weights = Weights.from_dict(version.weights)
    families = organisation_families(session)
    profiles = {p.id: p for p in rankable(session)}
    live = [v for v in published(session) if v.organisation_id != demo_employer_organisation]
    past = _past_copies(session, live, today, rng)
    index = CandidateIndex.build(
        [profile_doc(p, families) for p in profiles.values()],
        [vacancy_doc(v) for v in published(session)],
        organisation_names=list(
            session.scalars(select(Organisation.name).where(Organisation.parent_id.is_(None), Organisation.placed))
        ),
    )
    moved = set(session.scalars(select(Outcome.profile_id).where(Outcome.kind == OutcomeKind.HIRED)))
    untouched = {demo_leader}
    counts = {"shown": 0, "decided": 0, "contacted": 0, "hired": 0}
    active = rng.sample(live, round(len(live) * ACTIVE_SHARE))
    for vacancy, finished in [(v, True) for v in past] + [(v, False) for v in active]:
        opened = vacancy.published_at.date() if finished else today - timedelta(days=rng.randint(1, 20))
        ranked = [
            item
            for item in index.rank(vacancy_doc(vacancy), weights, limit=impressions.TOP + 10)
            if item.key in profiles and visible_to(profiles[item.key], vacancy.organisation_id, families)
        ][: impressions.TOP]
        _use(session, rng, vacancy, ranked, profiles, (opened, today), finished, (moved, untouched), version.id, counts)
    session.flush()
    return FunnelResult(len(past), counts["shown"], counts["decided"], counts["contacted"], counts["hired"])


def _use(session, rng, vacancy, ranked, profiles, dates, finished, leaders, version_id, counts) -> None:
    """One employer's work on one vacancy: shown, decided, contacted, answered, and (finished) hired.

    ``dates``: (opened, today); ``leaders``: (already moved, never to be contacted).
    """
    opened, today = dates
    moved, untouched = leaders
    shown_on = opened + timedelta(days=rng.randint(1, 6))
    impressions.record(session, vacancy.id, [(n, item.key) for n, item in enumerate(ranked, start=1)], version_id)
    counts["shown"] += len(ranked)
    decided_on = min(shown_on + timedelta(days=rng.randint(1, 5)), today)
    reviewed = ranked[: rng.randint(*REVIEWED)]
    shortlisted = []
    for item in reviewed:
        profile = profiles[item.key]
        keep = rng.random() < SHORTLIST[_relation(profile.sector, vacancy.sector)]
        session.add(
            CandidateDecision(
                vacancy_id=vacancy.id,
                profile_id=profile.id,
                decision=Decision.SHORTLISTED if keep else Decision.REJECTED,
                reason=None if keep else rng.choice(list(RejectReason)).value,
                note="",
                components=dict(item.components),
                created_at=_at(decided_on, rng),
                updated_at=_at(decided_on, rng),
            )
        )
        shortlisted += [profile] if keep else []
    counts["decided"] += len(reviewed)
    asked_on = min(decided_on + timedelta(days=rng.randint(1, 7)), today)
    if finished:  # a finished recruitment contacted at least one of its shortlist
        contacted = [p for p in shortlisted if rng.random() < CONTACTED] or shortlisted[:1]
    else:  # an open one is earlier on its way
        contacted = [p for p in shortlisted if rng.random() < CONTACTED / 2]
    yes = []
    contacted = [p for p in contacted if p.id not in untouched]
    for profile in contacted:
        answered = finished or rng.random() < 0.6
        accepted = answered and rng.random() < ACCEPTED
        answered_on = min(asked_on + timedelta(days=rng.randint(1, 4)), today)
        request = ContactRequest(
            vacancy_id=vacancy.id,
            profile_id=profile.id,
            message="Vi vil gerne tale med dig om stillingen.",
            status=(ContactStatus.ACCEPTED if accepted else ContactStatus.DECLINED)
            if answered
            else ContactStatus.PENDING,
            created_at=_at(asked_on, rng),
            answered_at=_at(answered_on, rng) if answered else None,
        )
        session.add(request)
        yes += [(profile, request, answered_on)] if accepted else []
    counts["contacted"] += len(contacted)
    if not finished or rng.random() >= HIRED:
        return
    for profile, request, answered_on in yes:
        if profile.id in moved:
            continue
        moved.add(profile.id)
        start = min(answered_on + timedelta(days=rng.randint(30, 75)), today)
        session.flush()
        session.add(
            Outcome(
                contact_request_id=request.id,
                profile_id=profile.id,
                vacancy_id=vacancy.id,
                source=OutcomeSource.EMPLOYER,
                kind=OutcomeKind.HIRED,
                occurred_on=start,
                from_sector=profile.sector,
                to_sector=vacancy.sector,
                level_before=profile.level,
                level_after=vacancy.level,
                via_sektorbro=True,
                history=[],
            )
        )
        counts["hired"] += 1
        return
