"""Sector guides and barrier hints: what differs when a leader moves between stat, regioner, kommuner and privat.

The facts live in ``webapp/data/sector_guides.json`` so that people who know the agreements can review and correct
them without touching code. Every text there has Danish and English, and every fact names its public sources; this
module only parses the file into frozen dataclasses and picks the facts for a guide page or a from→to move.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from matcher.sectors import PUBLIC_SECTORS, SECTORS
from matcher.taxonomy_data import load_concepts

from .errors import GuideNotFound
from .languages import LANGUAGES

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "sector_guides.json"
GUIDE_SECTORS: tuple[str, ...] = SECTORS
TOPICS: tuple[str, ...] = ("employment", "pension", "pay", "governance")


@dataclass(frozen=True, slots=True)
class Text:
    """One text in Danish and English."""

    da: str
    en: str

    def in_(self, language: str) -> str:
        """The text in ``language``; Danish for any language we do not have."""
        return self.en if language == "en" else self.da


@dataclass(frozen=True, slots=True)
class Source:
    """A public page a fact comes from."""

    id: str
    name: str
    url: str


@dataclass(frozen=True, slots=True)
class Fact:
    """A short statement with the sources that back it (``term`` is set for vocabulary entries)."""

    text: Text
    sources: tuple[Source, ...]
    term: str = ""


@dataclass(frozen=True, slots=True)
class Phrasing:
    """How each sector words one competence concept of the taxonomy (empty where a sector has no word of its own)."""

    name: Text
    labels: dict[str, str]


@dataclass(frozen=True, slots=True)
class Guide:
    """The guide page of one sector."""

    sector: str
    slug: str
    title: Text
    intro: Text
    governed: tuple[Fact, ...]
    measured: tuple[Fact, ...]
    careers: tuple[Fact, ...]
    vocabulary: tuple[Fact, ...]
    terms: dict[str, Fact]  # the sector's employment, pension, pay and governance facts (none for privat)
    phrasings: tuple[Phrasing, ...]

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source the page cites, once each, in order of first use."""
        facts = (*self.governed, *self.measured, *self.careers, *self.terms.values(), *self.vocabulary)
        return _unique(source for fact in facts for source in fact.sources)


@dataclass(frozen=True, slots=True)
class HintRow:
    """One topic of a move: how it is where the leader comes from (None from privat) and in the vacancy's sector."""

    topic: str
    label: Text
    here: Fact | None
    there: Fact


@dataclass(frozen=True, slots=True)
class Hint:
    """What differs in a move from ``from_sector`` to ``to_sector``."""

    from_sector: str
    to_sector: str
    rows: tuple[HintRow, ...]
    notes: tuple[Fact, ...]  # facts about this pair only

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source the hint cites, once each."""
        facts = [f for row in self.rows for f in (row.here, row.there) if f] + list(self.notes)
        return _unique(source for fact in facts for source in fact.sources)


def _unique(sources) -> tuple[Source, ...]:
    seen: dict[str, Source] = {}
    for source in sources:
        seen.setdefault(source.id, source)
    return tuple(seen.values())


def _text(raw: dict, where: str) -> Text:
    missing = [lang for lang in LANGUAGES if not str(raw.get(lang, "")).strip()]
    if missing:
        raise ValueError(f"{where}: no text in {missing}")
    return Text(da=raw["da"], en=raw["en"])


@dataclass(frozen=True, slots=True)
class _Data:
    sources: dict[str, Source]
    topics: dict[str, Text]
    sector_terms: dict[str, dict[str, Fact]]
    pairs: tuple[tuple[frozenset[str], frozenset[str], Fact], ...]
    guides: dict[str, Guide]


@cache
def _load() -> _Data:
    """Parse and check the data file once per process; a fact without both languages or a source is an error."""
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    sources = {key: Source(key, s["name"], s["url"]) for key, s in raw["sources"].items()}

    def fact(item: dict, where: str) -> Fact:
        if not item.get("sources"):
            raise ValueError(f"{where}: no source")
        unknown = [key for key in item["sources"] if key not in sources]
        if unknown:
            raise ValueError(f"{where}: unknown sources {unknown}")
        return Fact(_text(item["text"], where), tuple(sources[k] for k in item["sources"]), item.get("term", ""))

    topics = {key: _text(value, f"topic {key}") for key, value in raw["topics"].items()}
    sector_terms = {
        sector: {topic: fact(item, f"{sector}/{topic}") for topic, item in by_topic.items()}
        for sector, by_topic in raw["hints"]["sectors"].items()
    }
    pairs = tuple((frozenset(p["from"]), frozenset(p["to"]), fact(p, f"pair {p['id']}")) for p in raw["hints"]["pairs"])
    concepts = {c.id: c for c in load_concepts()}
    phrasings = tuple(
        Phrasing(
            Text(concepts[cid].name_da, concepts[cid].name_en),
            {s: (concepts[cid].labels[s][:1] or ("",))[0] for s in GUIDE_SECTORS},
        )
        for cid in raw["phrasings"]
    )
    guides = {}
    for sector, g in raw["guides"].items():
        guides[sector] = Guide(
            sector=sector,
            slug=g["slug"],
            title=_text(g["title"], f"{sector} title"),
            intro=_text(g["intro"], f"{sector} intro"),
            governed=tuple(fact(i, f"{sector} governed") for i in g["governed"]),
            measured=tuple(fact(i, f"{sector} measured") for i in g["measured"]),
            careers=tuple(fact(i, f"{sector} careers") for i in g["careers"]),
            vocabulary=tuple(fact(i, f"{sector} vocabulary") for i in g["vocabulary"]),
            terms=sector_terms.get(sector, {}),
            phrasings=phrasings,
        )
    return _Data(sources, topics, sector_terms, pairs, guides)


def all_sources() -> tuple[Source, ...]:
    """Every source in the data file."""
    return tuple(_load().sources.values())


def guides() -> tuple[Guide, ...]:
    """The guides in a fixed order: stat, regioner, kommuner, privat."""
    data = _load()
    return tuple(data.guides[s] for s in GUIDE_SECTORS)


def guide_for_sector(sector: str) -> Guide:
    """The guide of a sector code (``stat``, ``region``, ``kommune``, ``privat``)."""
    try:
        return _load().guides[sector]
    except KeyError:
        raise GuideNotFound() from None


def guide_by_slug(slug: str) -> Guide:
    """The guide behind a URL slug (``stat``, ``regioner``, ``kommuner``, ``privat``); NotFound otherwise."""
    for guide in _load().guides.values():
        if guide.slug == slug:
            return guide
    raise GuideNotFound()


def barrier_hint(from_sector: str | None, to_sector: str) -> Hint | None:
    """What differs in a move into ``to_sector``; None for the same sector, an unknown one or a non-public target."""
    if to_sector not in PUBLIC_SECTORS or from_sector not in GUIDE_SECTORS or from_sector == to_sector:
        return None
    data = _load()
    rows = tuple(
        HintRow(
            topic,
            data.topics[topic],
            data.sector_terms.get(from_sector, {}).get(topic),
            data.sector_terms[to_sector][topic],
        )
        for topic in TOPICS
    )
    notes = tuple(f for origins, targets, f in data.pairs if from_sector in origins and to_sector in targets)
    return Hint(from_sector, to_sector, rows, notes)


def hint_for_viewer(role: str | None, leader_sector: str | None, vacancy_sector: str) -> Hint | str | None:
    """What a vacancy page offers its viewer: a Hint for a leader from another sector, ``"unknown"`` for a leader
    whose sector we do not know yet (no profile), and nothing for anyone else (anonymous, employers, admins, or a
    leader from the vacancy's own sector)."""
    if role != "leader":
        return None
    if leader_sector not in GUIDE_SECTORS:
        return "unknown"
    return barrier_hint(leader_sector, vacancy_sector)
