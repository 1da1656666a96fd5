"""Where else a leader fits, and what would lift them: a counterfactual re-rank against other sectors' vacancies.

"Would I be in the top 10 of this vacancy?" is answered with the ranking's own numbers. For each vacancy the
index gives the best ``TOP + 1`` candidates (``CandidateIndex.rank``); without the leader, the ``TOP``-th of
them is the *bar*. The leader's own score against every vacancy comes from one pass of the same component
function the index uses (``pairs.component_matrix``, one profile row against many vacancy rows), so a pair
gets the very score the candidate ranking would give it. The leader is in the top 10 when they order before
the bar ((-score, key), as ``IndexView.rank`` orders); the bars do not depend on the leader, so a caller can
keep them for every leader of one index state (``bars``).

The counterfactual: add one competence line to the leader's profile document, encode it with the index's
encoder (no refit) and score it again against the vacancies of one kind (function × sector). A competence
lifts the leader when it brings them into more of those top 10s, or raises their score there. The competences
tried are the ones the vacancies of that kind ask for and the leader's profile does not show, most asked first.

The leader is scored as if open to every sector: the question is where they *could* go. Vacancies that
require a profession the leader lacks, or whose organisation a discreet leader is hidden from, never count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from .documents import ProfileDoc, VacancyDoc
from .explain import ConceptMatch, explain_many
from .index import CandidateIndex, ranked_item
from .pairs import component_matrix, open_and_qualified
from .recommend import VacancySet
from .sectors import SECTORS
from .segment import Segment
from .weights import Weights

TOP = 10  # "in the top 10": what an employer's first screen shows
SUGGESTIONS = 3  # competences named per kind
TRIED = 8  # competences re-ranked per kind (the most asked for)

__all__ = ["TOP", "Bar", "Kind", "Lift", "bars", "where_else"]


@dataclass(frozen=True)
class Bar:
    """The best ``TOP + 1`` (key, score) of one vacancy's ranking, best first; the leader's bar is the ``TOP``-th
    of them once the leader is left out."""

    top: tuple[tuple[int, float], ...]

    def place(self, key: int, score: float) -> int | None:
        """The leader's place (1-based) among the top ``TOP`` if they had ``score``, else None."""
        ahead = sum(1 for other, other_score in self.top if other != key and (-other_score, other) < (-score, key))
        return ahead + 1 if ahead < TOP else None


@dataclass(frozen=True)
class Lift:
    """One competence and what adding it would do for one kind of vacancy."""

    match: ConceptMatch  # the concept in the leader's words and in the vacancies' (explain's wording)
    entries: int  # vacancies of the kind whose top 10 the leader would newly enter
    gain: float  # mean score gain over the kind's vacancies


@dataclass(frozen=True)
class Kind:
    """Vacancies of one function in one sector, and where the leader stands in them."""

    function: str | None  # function id (None: no function recognised)
    sector: str
    vacancies: tuple[int, ...]  # keys of the kind's vacancies the leader can be ranked for
    in_top: tuple[int, ...]  # keys of those whose top 10 the leader is in today
    best_place: int | None  # the leader's best place in one of them
    open_to: bool  # the leader's profile is open to the sector
    lifts: tuple[Lift, ...]  # the competences that lift the leader most, best first


def bars(index: CandidateIndex, vacancies: Sequence[VacancyDoc], weights: Weights | None = None) -> dict[int, Bar]:
    """Each vacancy's bar (by key), from the index's own ranking; the same for every leader of this index state."""
    return {
        vacancy.key: Bar(tuple((item.key, item.score) for item in index.rank(vacancy, weights, limit=TOP + 1)))
        for vacancy in vacancies
    }


def where_else(
    index: CandidateIndex,
    profile: ProfileDoc,
    vacancies: Sequence[VacancyDoc],
    vacancy_bars: Mapping[int, Bar],
    weights: Weights | None = None,
    tried: int = TRIED,
) -> list[Kind]:
    """The kinds of other sectors' vacancies the leader would be in the top 10 of, or enter with one competence,
    best first, each with the competences that lift the leader most."""
    others = [v for v in vacancies if v.sector != profile.sector and profile.seen_by(v.organisation_id)]
    if not others:
        return []
    encoder, w = index.encoder, (weights or Weights()).vector()
    rows = VacancySet.build(encoder, others, [index.vacancy_vector(v) for v in others])
    leader_doc = replace(profile, open_to_sectors=SECTORS)  # where they *could* go
    leader = Segment.build(encoder, [leader_doc])
    _open, qualified = open_and_qualified(leader, rows)
    values = component_matrix(leader, rows)
    scores = np.round((values @ w).astype(np.float64), 6)  # as ranked_item rounds the candidates' scores
    kinds: dict[tuple[str | None, str], list[int]] = {}
    function_ids = encoder.recogniser_.function_ids
    focus = rows.functions.tocsr()
    for row, vacancy in enumerate(others):
        if not qualified[row]:
            continue
        shares = focus[row].toarray().ravel()
        function = function_ids[int(np.argmax(shares))] if shares.any() else None
        kinds.setdefault((function, vacancy.sector), []).append(row)
    has = leader.concepts.toarray().ravel() > 0
    found = []
    for (function, sector), kind_rows in kinds.items():
        places = [vacancy_bars[int(rows.keys[r])].place(profile.key, scores[r]) for r in kind_rows]
        in_top = tuple(int(rows.keys[r]) for r, p in zip(kind_rows, places, strict=True) if p is not None)
        lifts = _lifts(index, profile, leader_doc, others, rows, kind_rows, has, scores, vacancy_bars, weights, tried)
        if not in_top and not any(lift.entries for lift in lifts):
            continue
        kept = [p for p in places if p is not None]
        found.append(
            Kind(
                function=function,
                sector=sector,
                vacancies=tuple(int(rows.keys[r]) for r in kind_rows),
                in_top=in_top,
                best_place=min(kept) if kept else None,
                open_to=sector in profile.open_to_sectors,
                lifts=tuple(lifts),
            )
        )
    found.sort(key=lambda k: (-len(k.in_top), -len(k.in_top) / len(k.vacancies), k.best_place or TOP + 1, k.sector))
    return found


def _lifts(
    index: CandidateIndex,
    profile: ProfileDoc,
    leader_doc: ProfileDoc,
    others: Sequence[VacancyDoc],
    rows: VacancySet,
    kind_rows: list[int],
    has: np.ndarray,
    scores: np.ndarray,
    vacancy_bars: Mapping[int, Bar],
    weights: Weights | None,
    tried: int,
) -> list[Lift]:
    """Re-rank the leader with each of the kind's most asked-for missing competences added; the best few."""
    encoder, w = index.encoder, (weights or Weights()).vector()
    asked = np.asarray(rows.target.tocsr()[kind_rows].sum(axis=0)).ravel()
    asked[has] = 0
    concepts = [int(c) for c in np.argsort(-asked, kind="stable")[:tried] if asked[c] > 0]
    phrases = {c: phrase for c in concepts if (phrase := _phrase(encoder, c, profile.sector))}
    if not phrases:
        return []
    kind = VacancySet(**{name: _take(getattr(rows, name), kind_rows) for name in rows.__dataclass_fields__})
    keys = [int(k) for k in kind.keys]
    before = scores[kind_rows]
    was_in = sum(vacancy_bars[k].place(profile.key, s) is not None for k, s in zip(keys, before, strict=True))
    # One row per variant (a segment keeps one row per key, so each variant gets its own).
    docs = [
        replace(leader_doc, key=i, competences=(*leader_doc.competences, phrase))
        for i, phrase in enumerate(phrases.values())
    ]
    changed = Segment.build(encoder, docs)
    results = []
    for i, concept in enumerate(phrases):
        values = component_matrix(changed.take(np.array([i])), kind)
        after = np.round((values @ w).astype(np.float64), 6)
        now_in = sum(vacancy_bars[k].place(profile.key, s) is not None for k, s in zip(keys, after, strict=True))
        gain = float(np.mean(after - before))
        if now_in > was_in or gain > 0:
            best = int(np.argmax(kind.target[:, concept].toarray().ravel()))
            results.append((now_in - was_in, gain, concept, docs[i], best, values[best], after[best]))
    results.sort(key=lambda r: (-r[0], -r[1], r[2]))
    chosen = results[:SUGGESTIONS]
    by_key = {v.key: v for v in others}
    pairs = [(by_key[keys[best]], doc, ranked_item(keys[best], s, v)) for _e, _g, _c, doc, best, v, s in chosen]
    explanations = explain_many(encoder, pairs, weights)
    lifts = []
    for (entries, gain, concept, _doc, _best, _v, _s), explanation, (vacancy, _d, _r) in zip(
        chosen, explanations, pairs, strict=True
    ):
        match = next((m for m in explanation.matches if m.concept_id == encoder.lexicon_.concepts[concept].id), None)
        lifts.append(Lift(match or _match(encoder, concept, phrases[concept], profile, vacancy), entries, gain))
    return lifts


def _phrase(encoder, concept: int, sector: str) -> str | None:
    """Words for the concept that the leader's sector would use and the matcher recognises (None: none does)."""
    lexicon = encoder.lexicon_
    item = lexicon.concepts[concept]
    own = lexicon.sector_phrasing(concept, sector)
    for phrase in dict.fromkeys([p for p in (own, item.name_da) if p] + [p for p, _s in item.phrases(False)]):
        if concept in encoder.matcher_.find(phrase):
            return phrase
    return None


def _match(encoder, concept: int, phrase: str, profile: ProfileDoc, vacancy: VacancyDoc) -> ConceptMatch:
    """The concept in both sectors' words when the explanation did not name it (found only in a vacancy's
    nice-to-haves that repeat a required one, say)."""
    lexicon = encoder.lexicon_
    item = lexicon.concepts[concept]
    theirs = lexicon.sector_phrasing(concept, vacancy.sector) or item.name_da
    return ConceptMatch(
        concept_id=item.id,
        name_da=item.name_da,
        name_en=item.name_en,
        required=True,
        candidate_phrase=phrase,
        vacancy_phrase=theirs,
        candidate_sector_term=lexicon.sector_phrasing(concept, profile.sector),
        vacancy_sector_term=lexicon.sector_phrasing(concept, vacancy.sector),
    )


def _take(value, rows: list[int]):
    """The given rows of one field of encoded vacancies (sparse matrices stay CSC)."""
    if hasattr(value, "tocsr"):
        return value.tocsr()[rows].tocsc()
    return np.asarray(value)[rows]
