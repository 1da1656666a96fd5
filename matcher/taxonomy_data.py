"""Typed access to the competence taxonomy and the cross-sector glossary in ``matcher/data``.

The vocabulary lives in JSON (``taxonomy.json``, ``glossary.json``) so that people who know how job ads are
written in stat, regioner, kommuner and privat can review and extend it without touching code. This module only
parses it into frozen dataclasses; text analysis and matching live elsewhere and read from here.

Sector keys are always the four in :data:`SECTORS`; a sector missing in the JSON becomes an empty tuple, so
callers can index any sector without guarding.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from .sectors import SECTORS

BOILERPLATE_SECTORS: tuple[str, ...] = (*SECTORS, "any")


# The taxonomy group of policy areas (hospitals, schools, defence, …): what the work is about, which sectors
# legitimately differ in, as against the competences every sector needs.
POLICY_AREA_GROUP = "fagområde"


@dataclass(frozen=True, slots=True)
class Concept:
    """A competence or policy-area concept with its sector-specific and neutral phrasings.

    ``labels`` holds how each sector words the concept (``ministerbetjening`` / ``udvalgsbetjening``), so that
    the same competence is recognised whichever sector's words a CV or job ad uses.
    """

    id: str
    group: str  # POLICY_AREA_GROUP for a policy area (hospitals, schools, defence), else a competence group
    name_da: str
    name_en: str
    labels: dict[str, tuple[str, ...]] = field(hash=False)
    synonyms: tuple[str, ...]
    english: tuple[str, ...]

    @property
    def is_policy_area(self) -> bool:
        """Whether the concept names what the work is about (a policy area), not a competence."""
        return self.group == POLICY_AREA_GROUP

    def phrases(self, include_english: bool = True) -> tuple[tuple[str, str | None], ...]:
        """Every phrase with its sector, or ``None`` for sector-neutral (synonyms and English) phrases.

        A phrase listed under several sectors is returned once per sector, because that list is the evidence
        of which sectors use it.
        """
        out = [(phrase, sector) for sector in SECTORS for phrase in self.labels[sector]]
        out += [(phrase, None) for phrase in self.synonyms]
        if include_english:
            out += [(phrase, None) for phrase in self.english]
        return tuple(out)


@dataclass(frozen=True, slots=True)
class GlossaryRow:
    """Sector-identity terms that all mean one thing, and the neutral phrase that replaces them.

    An empty ``neutral`` means the terms are dropped (sector adjectives such as ``kommunal``), because any word
    put in their place would itself be noise.
    """

    id: str
    neutral: str
    terms: dict[str, tuple[str, ...]] = field(hash=False)

    def all_terms(self) -> tuple[tuple[str, str], ...]:
        """Every (term, sector) pair of the row; a term shared by several sectors appears once per sector."""
        return tuple((term, sector) for sector in SECTORS for term in self.terms[sector])


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A job-ad phrase that only signals sector membership, with a competence-based rewording."""

    phrase: str
    sector: str  # one of BOILERPLATE_SECTORS; "any" = signals the public sector as a whole
    suggestion: str
    concepts: tuple[str, ...]


def _read(name: str) -> dict[str, Any]:
    # importlib.resources works from a source checkout, a wheel and a zip alike.
    text = resources.files("matcher.data").joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


def _by_sector(raw: Mapping[str, list[str]], where: str) -> dict[str, tuple[str, ...]]:
    # Unknown keys are a data error, not something to skip quietly: a typo would hide a whole sector.
    unknown = set(raw) - set(SECTORS)
    if unknown:
        raise ValueError(f"{where}: unknown sector keys {sorted(unknown)}")
    return {sector: tuple(raw.get(sector, ())) for sector in SECTORS}


@cache
def load_concepts() -> tuple[Concept, ...]:
    """All taxonomy concepts, in file order."""
    return tuple(
        Concept(
            id=c["id"],
            group=c["group"],
            name_da=c["name"]["da"],
            name_en=c["name"]["en"],
            labels=_by_sector(c.get("labels", {}), c["id"]),
            synonyms=tuple(c.get("synonyms", ())),
            english=tuple(c.get("en", ())),
        )
        for c in _read("taxonomy.json")["concepts"]
    )


@cache
def _glossary() -> dict[str, Any]:
    return _read("glossary.json")


@cache
def load_glossary() -> tuple[GlossaryRow, ...]:
    """All glossary rows, in file order."""
    return tuple(
        GlossaryRow(id=r["id"], neutral=r["neutral"], terms=_by_sector(r["terms"], r["id"]))
        for r in _glossary()["rows"]
    )


@cache
def load_boilerplate() -> tuple[Boilerplate, ...]:
    """Sector-locking job-ad phrases with suggested competence-based wording."""
    return tuple(
        Boilerplate(phrase=b["phrase"], sector=b["sector"], suggestion=b["suggestion"], concepts=tuple(b["concepts"]))
        for b in _glossary()["boilerplate"]
    )


@cache
def load_sector_value() -> Mapping[str, str]:
    """One Danish sentence per sector on what its leaders bring to the others (read-only mapping)."""
    return MappingProxyType(dict(_glossary()["sector_value"]))


@dataclass(frozen=True, slots=True)
class Function:
    """A function a leader post belongs to (økonomi, HR, sundhed, skole og dagtilbud, …).

    ``title_cues`` are word parts that name the function in a title or unit name, with how strongly each
    says so; ``concepts`` says how strongly finding a taxonomy concept points to this function. Generic
    leadership concepts point to no function, so they cannot make a nurse team leader look like an economist.
    """

    id: str
    name_da: str
    name_en: str
    title_cues: tuple[tuple[str, float], ...]
    concepts: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class Profession:
    """A profession a post may require (læge, sygeplejerske, lærer, …) and the words that show it."""

    id: str
    name_da: str
    name_en: str
    function: str | None
    evidence: tuple[str, ...]  # words that show a leader has it (education, titles)
    title_requires: tuple[str, ...]  # title parts that by themselves mean a post requires it
    requirement: tuple[str, ...]  # the profession's words as an ad states them as a requirement


@cache
def _functions_file() -> dict[str, Any]:
    return _read("functions.json")


@cache
def load_functions() -> tuple[Function, ...]:
    """All functions, in file order."""
    return tuple(
        Function(
            id=f["id"],
            name_da=f["name"]["da"],
            name_en=f["name"]["en"],
            title_cues=tuple((cue.lower(), float(w)) for cue, w in f["title_cues"].items()),
            concepts=tuple((concept, float(w)) for concept, w in f["concepts"].items()),
        )
        for f in _functions_file()["functions"]
    )


@cache
def load_professions() -> tuple[Profession, ...]:
    """All professions, in file order."""
    return tuple(
        Profession(
            id=p["id"],
            name_da=p["name"]["da"],
            name_en=p["name"]["en"],
            function=p.get("function"),
            evidence=tuple(p["evidence"]),
            title_requires=tuple(p["title_requires"]),
            requirement=tuple(p["requirement"]),
        )
        for p in _functions_file()["professions"]
    )
