"""The real-language sets: labelled phrases from public Danish leader ads, and the text-check probes.

What is kept is ours to keep: each page's address, our labels and short annotated phrases (see
``bench/data/real_ads/GUIDE.md``), never whole ads. Both sets are split once into a *dev* part, which may be
read while writing rules, and a *test* part, which is only measured on. The split is a hash of the page's
address (of the probe's text), so it cannot drift and nobody can move an item after seeing a result.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"
ADS = DATA / "real_ads"
PROBES = DATA / "textcheck_probes.jsonl"
PARTS = ("dev", "test")
NEW_PREFIX = "new:"


def split_of(key: str) -> str:
    """The fixed part of an item: 'dev' for six in ten (by a hash of its key), else 'test'."""
    return "dev" if int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 10 < 6 else "test"


@dataclass(frozen=True)
class Phrase:
    """A short phrase quoted from a page, with the concepts it expresses (``new:…`` = not in the taxonomy)."""

    text: str
    concepts: tuple[str, ...]


@dataclass(frozen=True)
class Ad:
    """One public page (a job ad, a recruitment profile or a leader job description) and our labels."""

    id: str
    url: str
    kind: str
    sector: str
    organisation: str
    title: str
    function: str
    level: int
    profession: str | None
    phrases: tuple[Phrase, ...]

    @property
    def part(self) -> str:
        """'dev' or 'test' (fixed by the address)."""
        return split_of(self.url)

    def text(self) -> str:
        """The phrases, one per line: all of the page this project keeps."""
        return "\n".join(p.text for p in self.phrases)


@dataclass(frozen=True)
class Probe:
    """A phrase for the vacancy text check: does it lock the ad to a sector, and to which one."""

    text: str
    locks: bool
    sector: str | None  # stat, region, kommune, privat or "public" (the public sector as a whole)
    source: str
    note: str

    @property
    def part(self) -> str:
        """'dev' or 'test' (fixed by the text)."""
        return split_of(self.text)


def _parts(part: str | None) -> tuple[str, ...]:
    if part is not None and part not in PARTS:
        raise ValueError(f"part must be one of {PARTS} or None, not {part!r}")
    return PARTS if part is None else (part,)


def load_ads(part: str | None = None, directory: Path = ADS) -> list[Ad]:
    """The labelled pages of one part (or both), in file order."""
    wanted = _parts(part)
    ads = []
    for path in sorted(directory.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            ad = Ad(
                id=raw["id"],
                url=raw["url"],
                kind=raw["kind"],
                sector=raw["sector"],
                organisation=raw["organisation"],
                title=raw["title"],
                function=raw["function"],
                level=int(raw["level"]),
                profession=raw.get("profession"),
                phrases=tuple(Phrase(p["text"], tuple(p["concepts"])) for p in raw["phrases"]),
            )
            if ad.part in wanted:
                ads.append(ad)
    return ads


def load_probes(part: str | None = None, path: Path = PROBES) -> list[Probe]:
    """The text-check probes of one part (or both), in file order."""
    wanted = _parts(part)
    probes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            locks, source, note = bool(raw["locks"]), raw.get("source", ""), raw.get("note", "")
            probe = Probe(raw["text"], locks, raw.get("sector"), source, note)
            if probe.part in wanted:
                probes.append(probe)
    return probes


def gold_concepts(phrase: Phrase, known: Iterable[str]) -> set[str]:
    """The phrase's concepts that the taxonomy has (``new:…`` labels say what it still lacks)."""
    known = set(known)
    return {c for c in phrase.concepts if c in known}
