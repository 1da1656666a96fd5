"""The vacancy text check's vocabulary (``matcher/data/sector_locks.json``), compiled for word-by-word matching.

The lists live in JSON so that people who know Danish job ads, not Python, can review and extend them. An
entry is a word or a short phrase; ``*`` stands for any letters ("hospital*" also finds "hospitalsregi"),
``[!l]`` for any letter but l, and in a phrase ``…`` for up to three words ("har … arbejdet" finds "har i
mange år arbejdet"). Entries with capitals (KL, KKR) match only as written, the rest in any case.

>>> words = WordSet(["erfaring", "har … arbejdet", "KL"])
>>> text = tokens("Du har i mange år arbejdet i KL, ikke kl. 12")
>>> [words.match_at(text, i) for i in range(len(text))]
[None, 6, None, None, None, None, None, 8, None, None, None]
"""

from __future__ import annotations

import fnmatch
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

GAP = "…"
GAP_WORDS = 3  # words a "…" in a phrase may stand for
_TOKEN = re.compile(r"\w+(?:['’&-]\w+)*-?")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a checked text: as written, lower-cased, its offsets, and whether only spaces precede it."""

    raw: str
    low: str
    start: int
    end: int
    glued: bool  # only whitespace between this word and the one before (no comma or full stop)


def tokens(text: str, offset: int = 0) -> list[Token]:
    """The words of ``text`` (hyphenated and apostrophe words stay whole: "MED-systemet", "KL's")."""
    found, previous = [], None
    for match in _TOKEN.finditer(text):
        between = text[previous : match.start()] if previous is not None else ""
        raw = match.group(0)
        # "kommune- og regionsregi": the first part's hyphen only says a word is left out
        low = raw.lower().rstrip("-")
        found.append(Token(raw, low, offset + match.start(), offset + match.end(), not between.strip()))
        previous = match.end()
    return found


def _pattern(entry: str) -> tuple[re.Pattern, bool]:
    """A compiled single-word entry and whether it is matched case-sensitively (it has capitals)."""
    return re.compile(fnmatch.translate(entry)), entry != entry.lower()


def _combined(entries: list[str]) -> re.Pattern:
    """One pattern for many single words (matching each word against every entry in turn is slow)."""
    return re.compile("|".join(f"(?:{fnmatch.translate(entry)})" for entry in entries) or "(?!)")


class WordSet:
    """Words and phrases that can be looked for at a position in a list of tokens."""

    def __init__(self, entries) -> None:
        self.entries = tuple(entries)
        single = [entry for entry in self.entries if len(entry.split()) == 1 and entry != GAP]
        self._lower = _combined([entry for entry in single if entry == entry.lower()])
        self._exact = _combined([entry for entry in single if entry != entry.lower()])
        self._phrases = sorted(
            (
                [None if part == GAP else _pattern(part) for part in entry.split()]
                for entry in self.entries
                if entry not in single
            ),
            key=len,
            reverse=True,
        )

    @staticmethod
    def _fits(pattern: tuple[re.Pattern, bool], token: Token) -> bool:
        regex, exact = pattern
        return regex.match(token.raw if exact else token.low) is not None

    def _match(self, parts: list, text: list[Token], i: int) -> int | None:
        if not parts:
            return i
        head, rest = parts[0], parts[1:]
        if head is None:  # a gap of up to GAP_WORDS words; the shortest that lets the rest match
            for j in range(i, min(i + GAP_WORDS, len(text)) + 1):
                if (end := self._match(rest, text, j)) is not None:
                    return end
            return None
        if i < len(text) and self._fits(head, text[i]):
            return self._match(rest, text, i + 1)
        return None

    def has(self, token: Token) -> bool:
        """Whether a single-word entry matches the token."""
        return self._lower.match(token.low) is not None or self._exact.match(token.raw) is not None

    def match_at(self, text: list[Token], i: int) -> int | None:
        """The end (exclusive token index) of the longest entry starting at token ``i``, or None."""
        for parts in self._phrases:  # longest first
            if (end := self._match(parts, text, i)) is not None:
                return end
        return i + 1 if i < len(text) and self.has(text[i]) else None

    def occurs(self, text: list[Token]) -> bool:
        """Whether any entry occurs anywhere in the tokens."""
        return any(self.match_at(text, i) is not None for i in range(len(text)))


@dataclass(frozen=True)
class Group:
    """Sector words of one kind: their sector, and which neighbours decide whether they count."""

    sector: str
    words: WordSet
    membership_only: bool = False  # counts only after a membership trigger ("erfaring fra", not "kendskab til")
    competence: bool = False  # a sector's own word for a task ("ministerbetjening"): "erfaring med at udføre ..." too
    not_before: WordSet | None = None  # an adjective followed by one of these is no sector word
    only_before: WordSet | None = None  # an adjective counts only before one of these


@dataclass(frozen=True)
class Vocabulary:
    """Everything the text check looks for, compiled once."""

    membership: WordSet
    knowledge: WordSet
    after: WordSet
    after_adjective: WordSet
    not_triggers: WordSet
    adjectives: tuple[Group, ...]
    not_before_any: WordSet
    nouns: tuple[Group, ...]
    not_markers: WordSet
    compound: re.Pattern
    compound_sectors: dict[str, str]
    prepositions: frozenset[str]
    locative: frozenset[str]
    inside_verbs: frozenset[str]
    breaks: WordSet
    near_negations: WordSet
    negations: WordSet
    acquired: WordSet
    open: WordSet
    other_sector: WordSet
    coordination: frozenset[str]
    topics: tuple[tuple[WordSet, str], ...]
    workplaces: WordSet
    sector_suggestions: dict[str, str]


def _group(raw: dict[str, Any]) -> Group:
    optional = {key: WordSet(raw[key]) for key in ("not_before", "only_before") if key in raw}
    flags = {key: raw.get(key, False) for key in ("membership_only", "competence")}
    return Group(raw["sector"], WordSet(raw["words"]), **flags, **optional)


@cache
def vocabulary() -> Vocabulary:
    """The check's vocabulary from ``matcher/data/sector_locks.json`` (read once per process)."""
    raw = json.loads(resources.files("matcher.data").joinpath("sector_locks.json").read_text(encoding="utf-8"))
    prefixes = {prefix: sector for sector, words in raw["compounds"]["prefixes"].items() for prefix in words}
    alternation = "|".join(sorted(map(re.escape, prefixes), key=len, reverse=True))
    endings = "|".join(map(re.escape, raw["compounds"]["endings"]))
    suggestions = raw["suggestions"]
    return Vocabulary(
        membership=WordSet(raw["triggers"]["membership"]),
        knowledge=WordSet(raw["triggers"]["knowledge"]),
        after=WordSet(raw["triggers"]["after"]),
        after_adjective=WordSet(raw["triggers"]["after_adjective"]),
        not_triggers=WordSet(raw["triggers"]["not_triggers"]),
        adjectives=tuple(map(_group, raw["adjectives"])),
        not_before_any=WordSet(raw["not_before_any"]),
        nouns=tuple(map(_group, raw["nouns"])),
        not_markers=WordSet(raw["not_markers"]),
        compound=re.compile(rf"({alternation})[se]?-?(?:{endings})"),
        compound_sectors=prefixes,
        prepositions=frozenset(raw["prepositions"]["all"]),
        locative=frozenset(raw["prepositions"]["locative"]),
        inside_verbs=frozenset(raw["prepositions"]["inside_verbs"]),
        breaks=WordSet(raw["breaks"]["words"]),
        near_negations=WordSet(raw["negations"]["near"]),
        negations=WordSet(raw["negations"]["anywhere"]),
        acquired=WordSet(raw["acquired"]["phrases"]),
        open=WordSet(raw["open"]["phrases"]),
        other_sector=WordSet(raw["open"]["other_sector"]),
        coordination=frozenset(raw["open"]["coordination"]),
        topics=tuple((WordSet(topic["words"]), topic["suggestion"]) for topic in suggestions["topics"]),
        workplaces=WordSet(suggestions["workplaces"]["words"]),
        sector_suggestions=dict(suggestions["sectors"]),
    )
