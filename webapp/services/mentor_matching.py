"""Mentors for a considered move, ranked by the same ranker as candidates.

The mentee's considered move is read as a post: the target sector, the mentee's level, home and competences (or,
with a chosen function, that function's name and core competences, the mentee's own as nice to have). The
mentors' profiles are ranked for it with the ranking index's encoder and ranker (``CandidateIndex.rank``), as if
every mentor were open to every sector. Nothing is fitted in a request: the mentors' rows are encoded with the
saved encoder and kept per index version and mentor documents. Job-seeking status carries no weight (it says
nothing about mentoring, and a mentor's stays private); neither does the cross-sector component, since moving
into the target sector orders the list on its own: mentors who moved into it come first, then mentors who have
worked there, then other leaders who have crossed, each group in the ranker's order.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.counterfactual import SECTORS
from matcher.documents import ProfileDoc, VacancyDoc
from matcher.explain import Explanation, explain_many
from matcher.index import CandidateIndex, RankedCandidate, RankFilters, Segment
from matcher.taxonomy_data import load_concepts, load_functions
from matcher.weights import Weights
from models import MentorOffer, MentorRequest, Profile, Sector
from models.enums import admits

from . import index_store, mentoring
from . import weights as weight_sets
from .errors import MentorNotFound, SameSector, TargetSectorNotAChoice
from .matcher_docs import profile_doc
from .mentoring import Move, moves, moves_of, open_offers, sectors_known, sent

SHOWN = 10
CACHE_SIZE = 8  # encoded mentor sets kept per process


@dataclass(frozen=True)
class MentorMatch:
    """A mentor for a considered move, with the ranker's score and explanation."""

    offer: MentorOffer
    moves: tuple[Move, ...]
    into_target: bool  # moved into the target sector
    knows_target: bool  # has worked in the target sector
    ranked: RankedCandidate | None  # None on a single mentor's page, which is not a ranking
    explanation: Explanation | None
    request: MentorRequest | None  # the mentee's own request to this mentor


_MENTOR_SETS: dict[tuple, CandidateIndex] = {}
_LOCK = threading.Lock()


def mentor_weights(session: Session) -> Weights:
    """The active weights without job-seeking and cross-sector (see the module docstring)."""
    return replace(weight_sets.active_weights(session), willingness=0.0, cross_sector=0.0)


def move_doc(mentee: Profile, target_sector: str, function_id: str | None = None) -> VacancyDoc:
    """The considered move as the ranker reads a post: the target sector, the mentee's level and home, and the
    mentee's title and competences; with a chosen function, a post in that function: its name as the title, its
    core competences as required and the mentee's own as nice to have."""
    function = next((f for f in load_functions() if f.id == function_id), None)
    if function is None:
        title, required, wished = mentee.title, tuple(mentee.competences), ()
    else:
        names = {c.id: c.name_da for c in load_concepts()}
        cue = max(function.title_cues, key=lambda item: item[1])[0]
        title = f"{function.name_da}, {cue}"
        required = tuple(names[c] for c, weight in function.concepts if weight >= 1.0 and c in names)
        wished = tuple(mentee.competences)
    return VacancyDoc(
        key=mentee.id,
        sector=target_sector,
        level=mentee.level,
        municipality_code=mentee.municipality_code,
        title=title,
        competences=required,
        nice_to_have=wished,
        description=mentee.summary,
    )


def _mentor_doc(profile: Profile) -> ProfileDoc:
    """A mentor as a candidate for any move: open to every sector, hidden from no one."""
    return replace(profile_doc(profile), open_to_sectors=SECTORS, hidden_from=(), seeking="open")


def _mentor_index(index: CandidateIndex, directory: Path, docs: tuple[ProfileDoc, ...]) -> CandidateIndex:
    """The mentors encoded with the index's encoder (no fit), kept per index version and mentor documents."""
    key = (str(directory), index.version, docs)
    with _LOCK:
        found = _MENTOR_SETS.get(key)
    if found is None:
        found = CandidateIndex(index.encoder, Segment.build(index.encoder, list(docs)), index.version)
        with _LOCK:
            if len(_MENTOR_SETS) >= CACHE_SIZE:
                _MENTOR_SETS.clear()
            _MENTOR_SETS[key] = found
    return found


def forget() -> None:
    """Drop the kept mentor sets (tests)."""
    with _LOCK:
        _MENTOR_SETS.clear()


def check_target(mentee: Profile, target_sector: str | None) -> str:
    """The target sector, if it is another sector than the mentee's own."""
    if not admits(Sector, target_sector):
        raise TargetSectorNotAChoice()
    if target_sector == mentee.sector:
        raise SameSector()
    return target_sector


def find_mentors(
    session: Session,
    directory: Path,
    mentee: Profile,
    target_sector: str,
    function_id: str | None = None,
    limit: int = SHOWN,
) -> list[MentorMatch]:
    """Mentors for a move into ``target_sector``, best first (raises ``IndexUnavailable`` without an index)."""
    target_sector = check_target(mentee, target_sector)
    index = index_store.current_index(session, directory)
    offers = open_offers(session, mentee)
    if not offers:
        return []
    by_key = {o.profile_id: o for o in offers}
    docs = tuple(_mentor_doc(o.profile) for o in offers)
    weights = mentor_weights(session)
    doc = move_doc(mentee, target_sector, function_id)
    ranked = _mentor_index(index, directory, docs).rank(
        doc, weights, limit=len(docs), filters=RankFilters(include_unqualified=True)
    )
    doc_of = {d.key: d for d in docs}
    moved = {key: tuple(found) for key, found in moves_of(session, [o.profile for o in offers]).items()}
    into = {key: any(m.to_sector == target_sector for m in found) for key, found in moved.items()}
    knows = {o.profile_id: target_sector in sectors_known(o.profile) for o in offers}
    # Stable: within each group the ranker's order stays. Only the shown ones are explained.
    ranked = sorted(ranked, key=lambda item: (not into[item.key], not knows[item.key]))[:limit]
    explanations = explain_many(index.encoder, [(doc, doc_of[item.key], item) for item in ranked], weights)
    mine = {r.offer_id: r for r in sent(session, mentee)}
    return [
        MentorMatch(
            offer=by_key[item.key],
            moves=moved[item.key],
            into_target=into[item.key],
            knows_target=knows[item.key],
            ranked=item,
            explanation=explanation,
            request=mine.get(by_key[item.key].id),
        )
        for item, explanation in zip(ranked, explanations, strict=True)
    ]


def match_for(session: Session, mentee: Profile, offer_id: int, target_sector: str | None = None) -> MentorMatch:
    """One mentor as the mentee may see them; ``MentorNotFound`` when the mentee may not (no such offer, not
    shown to them, paused, or their own), which the web answers with its 404 page."""
    offer = session.get(MentorOffer, offer_id)
    if not mentoring.shown_to(session, offer, mentee):
        raise MentorNotFound()
    request = session.scalar(
        select(MentorRequest).where(MentorRequest.offer_id == offer.id, MentorRequest.mentee_id == mentee.id)
    )
    if offer.paused and request is None:  # a paused mentor is not shown, by the list or by guessing the address
        raise MentorNotFound()
    shown = tuple(moves(session, offer.profile))
    return MentorMatch(
        offer=offer,
        moves=shown,
        into_target=any(m.to_sector == target_sector for m in shown),
        knows_target=target_sector in sectors_known(offer.profile),
        ranked=None,
        explanation=None,
        request=request,
    )
