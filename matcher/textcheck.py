"""Find job-ad phrases that lock a vacancy to one sector, with competence-based wording to use instead.

Job ads word the same lock in endless ways ("erfaring fra en politisk styret organisation", "politisk styrede
organisationer kender du indefra", "kommunalerfaring"), so the check reads grammar, not a phrase list. A lock
is a *trigger* that asks for prior experience or insider knowledge ("erfaring", "kendskab til", "har arbejdet
i", "kender ... indefra") governing a *sector word* ("kommunal", "en styrelse", "MED-systemet", "politisk
styret"), with only a short phrase between them whose last preposition makes the sector a place the
candidate has been ("erfaring som leder i kommunalt regi", not "erfaring med salg til kommunerne"). A
phrase is not a lock when it is negated ("er ikke et krav"), describes what the job will bring ("du får",
"kan du opbygge hos os") or opens the requirement to every sector ("offentlig eller privat"). The word lists
are data (``matcher/data/sector_locks.json``, see ``textcheck_patterns``).

Each finding names the sector it locks to (``any`` = the public sector as a whole) and a suggestion that
keeps the competence asked for: the glossary's boilerplate wording where the phrase is one of its phrases,
else a topic's wording ("kommunal økonomi" → economic management), else the phrase without its sector
word ("kommunal ældrepleje" → "ældrepleje"), else the sector's general wording.

>>> [(f.text, f.sector) for f in find_sector_phrases("En politisk styret organisation har du erfaring fra.")]
[('politisk styret organisation har du erfaring', 'any')]
>>> find_sector_phrases("Du kommer til at arbejde i en politisk styret organisation.")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .lexicon import Lexicon
from .taxonomy_data import Boilerplate
from .textcheck_patterns import Token, Vocabulary, tokens, vocabulary

SHARED = "any"
MAX_GAP = 8  # words between a trigger and the sector word it governs
AFTER_GAP = 4  # words between a sector word and a trigger that follows it ("... kender du")
NEGATION_BEFORE, NEGATION_AFTER = 5, 2  # words around a phrase in which a "not" cancels it
ARTICLES = frozenset({"en", "et", "den", "det", "de"})
COORDINATION = frozenset({"og", "eller", "samt"})
INVERTING = frozenset({"har", "er", "kender"})  # verbs that put "du" after them: "erfaring har du fra staten"
# Sentences end at punctuation, a blank line, or a line that starts a list item or a new sentence; a line
# break inside a sentence ("erfaring fra en politisk\nstyret organisation") is only a wrap.
_SENTENCE_END = re.compile(r"[.!?;:•]+|\n\s*\n|\n(?=\s*(?:[-*–·]|\d+[.)]\s|[A-ZÆØÅ]))")
# A clause joined by "men", "og", "så" ... has its own subject and verb: "du får" there says nothing of this one.
_CLAUSE_BREAK = re.compile(r",\s*(?:men|og|så|mens|samtidig|hvorfor|hvor)\b|\s+men\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SectorPhrase:
    """One sector-locking phrase found in a text."""

    text: str  # the words as written in the checked text
    span: tuple[int, int]  # start and end offsets in the checked text
    suggestion: str  # competence-based wording to use instead
    sector: str  # stat, region, kommune, privat, or "any" for the public sector as a whole
    phrase: str  # the glossary phrase this is, else the lock's words in lower case


@dataclass(slots=True)
class _Marker:
    """A sector word: tokens [start, end), plus the noun an adjective qualifies (up to ``reach``)."""

    start: int
    end: int
    sector: str
    reach: int
    membership_only: bool = False
    competence: bool = False
    adjective: bool = False
    self_locking: bool = False  # a trigger by itself: "kommunalerfaring", "statslig erfaring"


@dataclass(slots=True)
class _Lock:
    """A trigger and the sector words it governs: tokens [start, end) of a clause."""

    start: int
    end: int
    markers: list[_Marker] = field(default_factory=list)


def _adjective(words: Vocabulary, text: list[Token], i: int) -> _Marker | int | None:
    """A sector adjective at ``i``; the end of a non-sector use ("regional produktionsvirksomhed") as an int."""
    for group in words.adjectives:
        if (end := group.words.match_at(text, i)) is None:
            continue
        at = end  # what the adjective qualifies: "kommunale og regionale kunder" share "kunder"
        while at + 1 < len(text) and text[at].low in COORDINATION and text[at].glued and text[at + 1].glued:
            at += 2
        head = text[at] if at < len(text) and text[at].glued else None
        if head and (words.not_before_any.has(head) or (group.not_before and group.not_before.has(head))):
            return end
        if group.only_before and not (head and group.only_before.has(head)):
            return end
        kinds = (words.membership, words.knowledge, words.after_adjective)
        trigger = head is not None and any(kind.has(head) for kind in kinds)
        noun = head is not None and head.low not in words.prepositions and not words.breaks.has(head)
        return _Marker(i, end, group.sector, at + 1 if noun else end, adjective=True, self_locking=trigger)
    return None


def _marker(words: Vocabulary, text: list[Token], i: int) -> _Marker | int | None:
    """The sector word starting at token ``i``: a compound, an adjective or a noun."""
    if match := words.compound.fullmatch(text[i].low):
        return _Marker(i, i + 1, words.compound_sectors[match.group(1)], i + 1, self_locking=True)
    if (adjective := _adjective(words, text, i)) is not None:
        return adjective
    if words.not_markers.has(text[i]):
        return None
    for group in words.nouns:
        if (end := group.words.match_at(text, i)) is not None:
            # a genitive takes its noun along: "kommunernes virkelighed", "departementets arbejdsgange"
            genitive = text[end - 1].low.endswith("s") and end < len(text) and text[end].glued
            reach = end + 1 if genitive and text[end].low not in words.prepositions | COORDINATION else end
            return _Marker(i, end, group.sector, reach, group.membership_only, group.competence)
    return None


def _broken(words: Vocabulary, text: list[Token], start: int, end: int) -> bool:
    """Whether a new clause starts between two words ("du skal", "samarbejde med"); the subject of an
    inverted sentence ("erfaring har du fra staten") starts none."""
    return any(
        words.breaks.has(text[k]) and not (text[k].low == "du" and k and text[k - 1].low in INVERTING)
        for k in range(start, end)
    )


def _reaches(words: Vocabulary, text: list[Token], trigger: tuple[int, int, str], marker: _Marker) -> bool:
    """Whether the trigger governs the sector word: a short gap whose last preposition makes it a place."""
    gap = text[trigger[1] : marker.start]
    if len(gap) > MAX_GAP or _broken(words, text, trigger[1], marker.start):
        return False
    preps = [k for k, token in enumerate(gap) if token.low in words.prepositions]
    last = gap[preps[-1]].low if preps else None
    # Knowing about the health service is a competence; having worked in it ("... fra") is a background.
    if marker.membership_only and trigger[2] == "knowledge" and last != "fra":
        return False
    if marker.competence:  # a sector's own task: "erfaring med at skrive sagsfremstillinger til byrådet"
        return True
    # "erfaring med at rådgive kommuner" names the customer of an activity (unlike "at lede en kommune").
    after = gap[preps[-1] + 1 :] if preps else gap
    if any(
        token.low == "at" and verb.low not in words.inside_verbs for token, verb in zip(after, after[1:], strict=False)
    ):
        return False
    locative = last in words.locative or (last == "for" and gap[preps[-1] - 1].low == "inden")
    if marker.membership_only and not locative:  # "erfaring med forvaltning af midler" is no workplace
        return False
    if not preps:  # a direct object: "kender den kommunale verden", "har været med til at drive en kommune"
        return len([token for token in gap if token.low != "at" and token.low not in words.inside_verbs]) <= 2
    if preps[-1] == 0:  # the trigger's own preposition ("kendskab til", "erfaring med"), though "har
        return locative or text[trigger[0]].low != "har"  # arbejdet med kommunerne" names partners
    return locative


def _markers(words: Vocabulary, text: list[Token]) -> list[_Marker]:
    """Every sector word of a clause, left to right."""
    markers, i = [], 0
    while i < len(text):
        found = _marker(words, text, i)
        if isinstance(found, _Marker):
            markers.append(found)
        i = found.end if isinstance(found, _Marker) else found if isinstance(found, int) else i + 1
    return markers


def _locks(words: Vocabulary, text: list[Token], markers: list[_Marker]) -> list[_Lock]:
    """Triggers paired with the sector words they govern, merged where they overlap."""
    covered = {k for i in range(len(text)) for k in range(i, words.not_triggers.match_at(text, i) or i)}
    triggers = [
        (i, end, kind)
        for i in range(len(text))
        if i not in covered
        for kind, trigger_words in (("membership", words.membership), ("knowledge", words.knowledge))
        if (end := trigger_words.match_at(text, i)) is not None
    ]
    triggers += [(m.start, m.end, "membership") for m in markers if m.self_locking]
    triggers.sort(key=lambda trigger: trigger[1])
    after = [(i, end) for i in range(len(text)) if (end := words.after.match_at(text, i)) is not None]
    locks = []
    for marker in markers:
        governing = next(
            (t for t in reversed(triggers) if t[1] <= marker.start and _reaches(words, text, t, marker)), None
        )
        if marker.self_locking:
            locks.append(_Lock(marker.start, marker.reach, [marker]))
        elif governing:
            locks.append(_Lock(governing[0], marker.reach, [marker]))
        elif follow := next((a for a in after if marker.reach <= a[0] <= marker.reach + AFTER_GAP), None):
            if not _broken(words, text, marker.reach, follow[0]):
                locks.append(_Lock(marker.start, follow[1], [marker]))
    merged: list[_Lock] = []
    for lock in sorted(locks, key=lambda lock: (lock.start, -lock.end)):
        if merged and lock.start < merged[-1].end:
            merged[-1].end = max(merged[-1].end, lock.end)
            merged[-1].markers += lock.markers
        else:
            merged.append(lock)
    return merged


def _negated(words: Vocabulary, part: list[Token], lock: _Lock) -> bool:
    """A "not" just before or after the phrase: "du behøver ikke have ...", "... er ikke et krav"."""
    near = part[max(0, lock.start - NEGATION_BEFORE) : lock.start] + part[lock.end : lock.end + NEGATION_AFTER]
    return any(words.near_negations.has(token) for token in near)


def _acquired(words: Vocabulary, part: list[Token], lock: _Lock) -> bool:
    """What the job will bring: "du får et godt kendskab til ...", "kendskab til ... kan du opbygge hos os"."""
    cues = [i for i in range(len(part)) if words.acquired.match_at(part, i) is not None]
    return any(i < lock.start or (lock.start == 0 and i >= lock.end) for i in cues)


def _is_open(words: Vocabulary, sentence: list[Token]) -> bool:
    """Whether the sentence opens the requirement to every sector: "uanset sektor", or the private sector
    named right beside another ("offentlig eller privat", "fra en kommune, et konsulenthus eller ...")."""
    if words.open.occurs(sentence):
        return True
    named = [(m.start, m.end, m.sector) for m in _markers(words, sentence)]
    named += [(i, i + 1, "privat") for i, token in enumerate(sentence) if words.other_sector.has(token)]
    named.sort()
    for (_, end, first), (start, _, second) in zip(named, named[1:], strict=False):
        between = sentence[end:start]
        if first != second and "privat" in (first, second) and len(between) <= 3:
            if any(token.low in words.coordination for token in between) or not between:
                return True
    return False


def _sector(lock: _Lock) -> str:
    """The one specific sector the phrase names, else the public sector as a whole."""
    specific = {marker.sector for marker in lock.markers} - {SHARED}
    return specific.pop() if len(specific) == 1 else SHARED


def _suggestion(words: Vocabulary, part: list[Token], lock: _Lock, sector: str) -> str:
    """Wording that keeps the competence: a topic's, else the phrase without its sector adjective, else the sector's."""
    phrase = part[lock.start : lock.end]
    for topic, suggestion in words.topics:
        if any(topic.has(token) for token in phrase):
            return suggestion
    markers = lock.markers
    if all(m.adjective and m.reach > m.end and not words.workplaces.has(part[m.end]) for m in markers):
        dropped = {k for m in markers for k in range(m.start, m.end)}
        dropped |= {m.start - 1 for m in markers if m.start > lock.start and part[m.start - 1].low in ARTICLES}
        return " ".join(token.raw for k, token in enumerate(phrase, lock.start) if k not in dropped)
    return words.sector_suggestions[sector]


@cache
def _glossary_patterns(boilerplate: tuple[Boilerplate, ...]) -> tuple[tuple[re.Pattern, Boilerplate], ...]:
    """The glossary's boilerplate phrases, in any case and spacing (cached: the glossary does not change)."""
    return tuple(
        (re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, entry.phrase.split())) + r"(?!\w)", re.IGNORECASE), entry)
        for entry in boilerplate
    )


def _pieces(pattern: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the pieces of ``text[start:end]`` between the matches of ``pattern``."""
    cuts = [match.span() for match in pattern.finditer(text, start, end)] + [(end, end)]
    return list(zip([start] + [after for _, after in cuts[:-1]], [before for before, _ in cuts], strict=True))


def _clauses(text: str):
    """(sentence tokens, clause tokens) for each clause of each sentence."""
    for start, end in _pieces(_SENTENCE_END, text, 0, len(text)):
        sentence = tokens(text[start:end], start)
        for clause_start, clause_end in _pieces(_CLAUSE_BREAK, text, start, end):
            yield sentence, tokens(text[clause_start:clause_end], clause_start)


def find_sector_phrases(text: str, lexicon: Lexicon | None = None) -> list[SectorPhrase]:
    """Sector-locking phrases in ``text``, in reading order, never overlapping.

    ``lexicon`` supplies the glossary's boilerplate (the default lexicon's when None). Where a finding overlaps
    one of its phrases, the finding takes in the whole phrase and its suggestion (the glossary's wording is
    reviewed by hand); the sector is the one written.
    """
    words = vocabulary()
    glossary = [
        (match.start(), match.end(), entry)
        for pattern, entry in _glossary_patterns((lexicon or Lexicon.default()).boilerplate)
        for match in pattern.finditer(text)
    ]
    found: list[SectorPhrase] = []
    for sentence, part in _clauses(text):
        if not part or words.negations.occurs(sentence) or _is_open(words, sentence):
            continue
        for lock in _locks(words, part, _markers(words, part)):
            if _negated(words, part, lock) or _acquired(words, part, lock):
                continue
            start, end, sector = part[lock.start].start, part[lock.end - 1].end, _sector(lock)
            written = " ".join(text[start:end].lower().split())
            suggestion, phrase = _suggestion(words, part, lock, sector), written
            overlapping = [g for g in glossary if g[0] < end and start < g[1]]
            if overlapping:
                g_start, g_end, entry = max(overlapping, key=lambda g: g[1] - g[0])
                start, end, suggestion, phrase = min(start, g_start), max(end, g_end), entry.suggestion, entry.phrase
            if not found or start >= found[-1].span[1]:
                found.append(SectorPhrase(text[start:end], (start, end), suggestion, sector, phrase))
    return found
