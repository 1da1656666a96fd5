"""Find competence concepts in text, whichever sector's words the text uses.

Each taxonomy phrase ("ministerbetjening", "betjening af regionsrådet", "udvalgsbetjening") is analysed by
the same analyser as the documents, so compounds are split and sector words are neutralised on both sides.
A phrase matches when all of its tokens occur close together inside one line or sentence, in any order:
Danish says "budgetopfølgning" and "opfølgning på budgettet" about the same thing.

A phrase made only of neutralised sector words (e.g. "kommunalbestyrelse") never counts on its own: it says
where someone works, not what they can do.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .text import DanishAnalyzer, sentences, words

NEUTRAL_PREFIX = "ntr:"


@dataclass(frozen=True, slots=True)
class Pattern:
    """One taxonomy phrase, compiled."""

    concept: int
    phrase: str
    sector: str | None
    tokens: frozenset[str]
    counts: tuple[tuple[str, int], ...]  # tokens that must occur more than once ("ledelse af ledere")
    anchor: str
    span: int
    parts: tuple[str, ...] = ()  # the parts in order, when the phrase is one compound ("budgetopfølgning")


@dataclass(frozen=True, slots=True)
class Hit:
    """A concept found in a text: which phrase matched, and the words of the text that matched it."""

    concept: int
    phrase: str
    sector: str | None
    matched_text: str


class ConceptMatcher:
    """Compiled phrase patterns for every concept; ``find`` returns the concepts in a text.

    Parameters
    ----------
    phrases : list of (concept index, phrase, sector or None)
    analyzer : fitted DanishAnalyzer
    token_share : dict of str to float or None
        Share of the fitted documents each token occurs in. Snowball stems aggressively ("ledige",
        "ledelse" and "leder" all become "led"), so a phrase whose every token is that common says
        nothing and is dropped.
    common : float
        The share above which a token counts as common.
    ambiguous : set of str or None
        Stems that several different words collapse into; a one-word phrase that is just such a stem
        ("ledige" → "led", like "ledelse") is too ambiguous to count, whatever the corpus size.
    describable : iterable of int
        The concepts a sentence about the workplace still names (``describing.describable``: policy areas and
        what the workplace goes through); in such a sentence ("Sygehuset har en sund økonomi") no other concept
        counts, as nobody is asked for it. Default: none.
    """

    def __init__(
        self, phrases, analyzer: DanishAnalyzer, token_share=None, common: float = 0.4, ambiguous=None, describable=()
    ):
        self.describable = frozenset(describable)
        self.patterns: list[Pattern] = []
        self._by_anchor: dict[str, list[Pattern]] = defaultdict(list)
        share = token_share or {}
        seen: set[tuple[int, tuple[str, ...]]] = set()
        for concept, phrase, sector in phrases:
            tokens = analyzer.analyse_leaves(phrase)
            content = [t for t in tokens if not t.startswith(NEUTRAL_PREFIX)]
            key = (concept, tuple(sorted(tokens)))
            if not content or key in seen or all(share.get(t, 0.0) > common for t in content):
                continue
            if len(tokens) == 1 and (tokens[0] in (ambiguous or ()) or len(words(phrase)) > 1):
                # Too ambiguous: a stem several words share, or a phrase whose other words were stop words
                # ("medarbejdere under sig" would otherwise fire on every mention of "medarbejdere").
                continue
            seen.add(key)
            counts = tuple((t, n) for t, n in Counter(tokens).items() if n > 1)
            # Anchor on the rarest content token so the scan checks few patterns per word.
            anchor = min(content, key=lambda t: (share.get(t, 0.0), -len(t)))
            parts = tuple(tokens) if len(tokens) > 1 and len(words(phrase)) == 1 else ()
            pattern = Pattern(concept, phrase, sector, frozenset(tokens), counts, anchor, 2 * len(tokens) + 2, parts)
            self.patterns.append(pattern)
            self._by_anchor[anchor].append(pattern)
        self.analyzer = analyzer

    def find(self, text: str, describing: bool = False) -> dict[int, Pattern]:
        """Concepts in ``text`` with the (first) pattern that found each (``describing``: the text may describe the
        workplace, see ``DanishAnalyzer.analyse_segments``)."""
        return self.find_in_segments(self.analyzer.analyse_segments(text, describing))

    def find_in_segments(self, segments: list[list[str]]) -> dict[int, Pattern]:
        """Concepts in already analysed segments (see ``DanishAnalyzer.analyse_segments``)."""
        found: dict[int, Pattern] = {}
        by_anchor = self._by_anchor
        for tokens in segments:
            describes = getattr(tokens, "describes", False)
            token_set = set(tokens)
            heads = getattr(tokens, "heads", frozenset())
            for position, token in enumerate(tokens):
                for pattern in by_anchor.get(token, ()):
                    if pattern.concept in found or not pattern.tokens <= token_set:
                        continue
                    if describes and pattern.concept not in self.describable:
                        continue
                    if len(pattern.tokens) == 1 and not pattern.counts:
                        # A one-word phrase names its concept as a word of its own or as the first part of a
                        # compound ("klimatilpasning"), not as the head of one ("arbejdsklima").
                        if position not in heads:
                            found[pattern.concept] = pattern
                    elif pattern.parts:
                        if self._compound(tokens, heads, pattern.parts):
                            found[pattern.concept] = pattern
                    elif self._close(tokens, position, pattern):
                        found[pattern.concept] = pattern
        return found

    @staticmethod
    def _compound(tokens: list[str], heads: frozenset[int], parts: tuple[str, ...]) -> bool:
        """A compound phrase matches its own compound, or its parts with the head first ("opfølgning på
        budgettet" for "budgetopfølgning"), never the parts as separate words in the compound's order: "lede og
        udvikle" is no "ledelsesudvikling", "arbejdspladsens vurdering" no "arbejdspladsvurdering"."""
        k = len(parts)
        for head in heads:
            if head + 1 >= k and tuple(tokens[head - k + 1 : head + 1]) == parts:
                return True
        head_part, modifiers = parts[-1], set(parts[:-1])
        for position, token in enumerate(tokens):
            if token == head_part and modifiers <= set(tokens[position + 1 : position + 2 + 2 * len(modifiers)]):
                return True
        return False

    @staticmethod
    def _close(tokens: list[str], position: int, pattern: Pattern) -> bool:
        window = tokens[max(0, position - pattern.span) : position + pattern.span + 1]
        if not pattern.tokens <= set(window):
            return False
        return all(window.count(token) >= n for token, n in pattern.counts)

    def hits(self, text: str, describing: bool = False) -> list[Hit]:
        """Like ``find`` but with the words of ``text`` that matched, for explanations."""
        out = []
        for segment in sentences(text):
            for concept, pattern in self.find(segment, describing).items():
                out.append(Hit(concept, pattern.phrase, pattern.sector, " ".join(segment.split())))
        return out
