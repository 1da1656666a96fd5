"""The matcher's vocabulary in one object: concepts, neutral terms and sector-locking boilerplate.

Sector neutrality works at three levels:

1. **Boilerplate is rewritten.** Job-ad phrases that only test sector membership ("erfaring fra en politisk
   styret organisation") are replaced by the competence they stand for before anything else happens.
2. **Sector words are neutralised.** Every glossary term (the political top, users, organisation types,
   sector-specific titles, sector adjectives ...), every place name and the names of top organisations
   become one shared token per glossary row, so "patienter" and "borgere" are the same word to the ranker
   and a compound like "ministerbetjening" reaches the vectors only as [political top] + "betjening".
3. **Concepts lead.** Competences are matched to concepts whose phrasings cover all four sectors, and the
   ranker scores concept overlap; raw text similarity is one small component, so the many small words that
   still carry sector identity cannot decide the order on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from . import geography
from .taxonomy_data import (
    Boilerplate,
    Concept,
    Function,
    GlossaryRow,
    Profession,
    load_boilerplate,
    load_concepts,
    load_functions,
    load_glossary,
    load_professions,
)
from .text import normalise

NEUTRAL_PREFIX = "ntr:"
# Words that frame most boilerplate phrases and most sentences of a profile; a poor sign that one is near.
_FRAME_WORDS = frozenset({"erfaring", "kendskab", "indsigt", "gerne", "forståelse"})
PLACE_TOKEN = NEUTRAL_PREFIX + "place"
ORGANISATION_TOKEN = NEUTRAL_PREFIX + "organisation"


@dataclass(frozen=True)
class Lexicon:
    """Concepts, glossary, boilerplate, functions and professions; picklable so it travels inside a saved index.

    A lexicon without functions (as small test lexicons are) ranks without the function component.
    """

    concepts: tuple[Concept, ...]
    glossary: tuple[GlossaryRow, ...]
    boilerplate: tuple[Boilerplate, ...]
    functions: tuple[Function, ...] = ()
    professions: tuple[Profession, ...] = ()

    @classmethod
    @cache
    def default(cls) -> Lexicon:
        """The project's own taxonomy and glossary (``matcher/data``)."""
        return cls(load_concepts(), load_glossary(), load_boilerplate(), load_functions(), load_professions())

    def concept_ids(self) -> list[str]:
        """Concept ids in index order."""
        return [concept.id for concept in self.concepts]

    def phrases(self) -> list[tuple[int, str, str | None]]:
        """(concept index, phrase, sector or None) for every phrasing of every concept."""
        return [
            (index, phrase, sector)
            for index, concept in enumerate(self.concepts)
            for phrase, sector in concept.phrases()
        ]

    def vocabulary(self) -> list[str]:
        """Every phrase and term, so their words count as known compound parts."""
        texts = [phrase for _, phrase, _ in self.phrases()]
        texts += [term for row in self.glossary for term, _ in row.all_terms()]
        return texts

    def neutral_terms(self) -> dict[str, str]:
        """Glossary term → shared token of its row (matched with inflections)."""
        return {normalise(term): NEUTRAL_PREFIX + row.id for row in self.glossary for term, _sector in row.all_terms()}

    def exact_terms(self, organisation_names: Iterable[str] = ()) -> dict[str, str]:
        """Names → shared token: places and the given organisation names (matched as exact words only)."""
        terms: dict[str, str] = {}
        for name in organisation_names:
            terms[normalise(name)] = ORGANISATION_TOKEN
        for municipality in geography.MUNICIPALITIES:
            terms[normalise(municipality.name)] = PLACE_TOKEN
        for region in (*geography.REGIONS, *geography.REGIONS_2027):
            terms[normalise(region.name)] = PLACE_TOKEN
            terms[normalise(region.name.removeprefix("Region "))] = PLACE_TOKEN
        return terms

    @cached_property
    def _boilerplate_index(self) -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
        """The pattern of every phrase, phrase → suggestion, and each phrase's longest word (one of which
        must occur in a text for any phrase to match)."""
        lookup = {" ".join(entry.phrase.lower().split()): entry.suggestion for entry in self.boilerplate}
        phrases = sorted(lookup, key=len, reverse=True)
        body = "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in phrases) or "(?!)"
        keys = frozenset(
            max(phrase.split(), key=lambda word: (word not in _FRAME_WORDS, len(word))) for phrase in phrases
        )
        return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE), lookup, keys

    def rewrite_boilerplate(self, text: str) -> str:
        """Replace sector-locking job-ad phrases by the competence-based wording they stand for."""
        pattern, lookup, keys = self._boilerplate_index
        lowered = text.lower()
        if not any(key in lowered for key in keys):  # most texts hold none: skip the long pattern
            return text
        return pattern.sub(lambda match: lookup[" ".join(match.group(0).lower().split())], text)

    def sector_phrasing(self, concept_index: int, sector: str) -> str | None:
        """How a sector usually words a concept (its first label), if it has its own word."""
        labels = self.concepts[concept_index].labels.get(sector) or ()
        return labels[0] if labels else None
