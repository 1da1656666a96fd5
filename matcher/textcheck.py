"""Find job-ad phrases that lock a vacancy to one sector, with the competence-based wording to use instead.

The phrases and suggestions are the glossary's boilerplate (``matcher/data/glossary.json``). Job ads rarely
copy them word for word, so each phrase is matched loosely: case and whitespace do not matter, articles
("en", "den", ...) may be left out, longer words may be inflected ("styret"/"styrede",
"organisation"/"organisationer"), a sector adjective may stand before any word, and a sector adjective or
noun in the phrase may be any sector's ("kendskab til kommunal budgetlægning" is a form of "kendskab til
statslig budgetlægning"). A finding says which sector the text locks to: the sector of the adjective or
noun actually written, else the phrase's own.

>>> [(f.text, f.sector) for f in find_sector_phrases("Du har erfaring fra en politisk styret statslig organisation.")]
[('erfaring fra en politisk styret statslig organisation', 'stat')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import Lexicon
from .taxonomy_data import Boilerplate
from .text import DanishStemmer

ARTICLES = ("en", "et", "den", "det")
MIN_STEM = 3  # shorter stems ("en", "til") are matched as written
MAX_ENDING = 4  # letters an inflected word may add to its stem ("organisation" + "erne")
SHARED = "any"


@dataclass(frozen=True, slots=True)
class SectorPhrase:
    """One sector-locking phrase found in a text."""

    text: str  # the words as written in the checked text
    span: tuple[int, int]  # start and end offsets in the checked text
    suggestion: str  # competence-based wording to use instead
    sector: str  # stat, region, kommune, privat, or "any" for the public sector as a whole
    phrase: str  # the glossary phrase this is a form of


@dataclass(frozen=True, slots=True)
class _Pattern:
    entry: Boilerplate
    regex: re.Pattern


def _alternation(terms) -> str:
    return "(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + ")"


def _word(word: str, stemmer: DanishStemmer, adjectives: str, nouns: str, sector_terms: dict) -> str:
    """The pattern for one word of a phrase."""
    kind = sector_terms.get(word, (None, ()))[0]
    if kind == "adjective":
        return adjectives
    if kind == "noun":
        return nouns
    stem = stemmer.stem(word)
    if len(stem) >= MIN_STEM and len(word) > MIN_STEM and word.startswith(stem) and stem.isalpha():
        return re.escape(stem) + rf"\w{{0,{MAX_ENDING}}}"
    return re.escape(word)


@cache
def _compile(
    boilerplate: tuple[Boilerplate, ...], sector_terms: tuple[tuple[str, str, tuple[str, ...]], ...]
) -> tuple[_Pattern, ...]:
    """One loose pattern per boilerplate phrase (cached: the glossary does not change at run time)."""
    stemmer = DanishStemmer()
    terms = {term: (kind, sectors) for term, kind, sectors in sector_terms}
    adjectives = _alternation(t for t, (kind, _) in terms.items() if kind == "adjective")
    nouns = _alternation(t for t, (kind, _) in terms.items() if kind == "noun")
    article = r"(?:(?:" + "|".join(ARTICLES) + r")\s+)?"
    optional_adjective = r"(?:" + adjectives + r"\s+)?"
    patterns = []
    for entry in boilerplate:
        pieces, prefix = [], ""
        for word in entry.phrase.lower().split():
            if word in ARTICLES:
                prefix += article
                continue
            kind = terms.get(word, (None, ()))[0]
            if pieces and kind != "adjective":
                prefix += optional_adjective
            pieces.append(prefix + _word(word, stemmer, adjectives, nouns, terms))
            prefix = ""
        body = r"\s+".join(pieces)
        patterns.append(_Pattern(entry, re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)))
    return tuple(patterns)


def _sector_terms(lexicon: Lexicon) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(term, "adjective" or "noun", sectors) for the glossary's one-word sector adjectives and nouns."""
    kinds = {"sector_adjective": "adjective", "sector_noun": "noun"}
    found: dict[str, tuple[str, set[str]]] = {}
    for row in lexicon.glossary:
        if row.id not in kinds:
            continue
        for term, sector in row.all_terms():
            if " " not in term:
                found.setdefault(term.lower(), (kinds[row.id], set()))[1].add(sector)
    return tuple((term, kind, tuple(sorted(sectors))) for term, (kind, sectors) in sorted(found.items()))


def _sector_of(text: str, entry: Boilerplate, terms: dict[str, tuple[str, tuple[str, ...]]]) -> str:
    """The one sector named by the words written (an adjective or noun of a single sector), else the entry's."""
    named = {
        sectors[0] for word in re.findall(r"\w+", text.lower()) if len(sectors := terms.get(word, ("", ()))[1]) == 1
    }
    return named.pop() if len(named) == 1 else entry.sector


def find_sector_phrases(text: str, lexicon: Lexicon | None = None) -> list[SectorPhrase]:
    """Sector-locking phrases in ``text``, in reading order, never overlapping.

    Where several glossary phrases match the same words, the one written exactly wins, then one of the
    sector the text names, then a phrase about the public sector as a whole, then the longest.
    """
    lexicon = lexicon or Lexicon.default()
    sector_terms = _sector_terms(lexicon)
    terms = {term: (kind, sectors) for term, kind, sectors in sector_terms}
    candidates = []
    for pattern in _compile(lexicon.boilerplate, sector_terms):
        for match in pattern.regex.finditer(text):
            written = match.group(0)
            sector = _sector_of(written, pattern.entry, terms)
            exact = " ".join(written.lower().split()) == pattern.entry.phrase.lower()
            rank = 0 if exact else 1 if pattern.entry.sector == sector else 2 if pattern.entry.sector == SHARED else 3
            candidates.append((rank, -len(written), match.start(), match.end(), written, sector, pattern.entry))
    chosen: list[SectorPhrase] = []
    for _rank, _length, start, end, written, sector, entry in sorted(candidates, key=lambda c: c[:3]):
        if all(end <= found.span[0] or start >= found.span[1] for found in chosen):
            chosen.append(SectorPhrase(written, (start, end), entry.suggestion, sector, entry.phrase))
    return sorted(chosen, key=lambda found: found.span)
