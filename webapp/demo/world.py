"""The demo world: organisations, weighted job tables, competence tables and home-municipality tables.

Built once from the vocabularies and cached; everything here is deterministic (lists and dicts only, no
set iteration), so the generator's random draws are reproducible.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from matcher.geography import MUNICIPALITIES

from . import vocabulary as V
from . import vocabulary_orgs as O
from . import vocabulary_roles as R

# How strongly the number of posts at a level grows with an organisation's size: every organisation has
# one top leader, while front-line leaders scale with the number of employees.
SIZE_EXPONENT = (1.0, 0.8, 0.4, 0.0)
# Backgrounds that shape a career; every other background is "gen" (generalist).
FAMILY = {"med": "med", "nurse": "care", "care": "care", "teacher": "edu", "pedagogue": "edu"}
FAMILY |= {"social": "social", "police": "police"}
_UNIT_POOL = {"hospital": "hosp", "psykiatri": "psyk", "praehospital": "praeh"}
_PREP = {"hospital": "på", "politi": "ved", "rigspoliti": "ved"}
_COMPANY_BACKGROUND = {name: bg for name, _s, _k, _z, bg, _d in O.COMPANIES}


class Table:
    """Items with cumulative weights, for fast weighted draws with ``pick``."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs):
        pairs = [(item, weight) for item, weight in pairs if weight > 0]
        self.items = [item for item, _ in pairs]
        self.cum = list(accumulate(weight for _, weight in pairs))
        self.total = self.cum[-1] if self.cum else 0.0

    def pick(self, rng):
        """Draw one item, proportionally to its weight."""
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


# The mixes the generator draws (domain.md §7).
# Public share split by FTE (kommune 57 %, stat 26 %, region 17 %); 15 % private.
PROFILE_SECTORS = Table([("stat", 0.221), ("region", 0.1445), ("kommune", 0.4845), ("privat", 0.15)])
PROFILE_LEVELS = Table([(1, 55), (2, 28), (3, 13), (4, 4)])
VACANCY_SECTORS = Table([("stat", 30), ("region", 25), ("kommune", 45)])
VACANCY_LEVELS = Table([(1, 40), (2, 35), (3, 18), (4, 7)])
# Sector of the previous job given the next one's. Targets (VIVE 2022): of leaders hired into stat 7 % came
# from kommune/region, into kommune 5 %, into region 21 %; more than half of all sector-switchers are private.
# The raw odds are higher than the targets because some careers cannot cross (no doctors in a kommune
# forvaltning, no teachers in a region); tests/demo checks the realised rates.
PREVIOUS_SECTOR = {
    "stat": Table([("stat", 0.835), ("kommune", 0.05), ("region", 0.035), ("privat", 0.08)]),
    "kommune": Table([("kommune", 0.83), ("stat", 0.05), ("region", 0.06), ("privat", 0.06)]),
    "region": Table([("region", 0.52), ("kommune", 0.25), ("stat", 0.15), ("privat", 0.08)]),
    "privat": Table([("privat", 0.88), ("stat", 0.05), ("kommune", 0.04), ("region", 0.03)]),
}
SEEKING = Table([("active", 25), ("open", 50), ("not_looking", 25)])
YEARS = ((0, 20, 3), (3, 26, 9), (6, 32, 14), (10, 35, 18))  # years as leader per level: (low, high, mode)
ENTRY_COUNTS = ((1,), (1, 2, 2), (1, 2, 2, 3), (2, 2, 3, 3, 4), (2, 3, 3, 4))  # by years // 3
COMPETENCE_COUNTS = (4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 9, 10)
COMMUTES = (15, 20, 25, 30, 30, 40, 40, 50, 50, 60, 75, 100, 150)


@dataclass(frozen=True, slots=True)
class Org:
    """An organisation with what the generator needs beyond the exported fields."""

    name: str
    sector: str
    municipality: str
    parent: str | None
    kind: str
    size: float
    domains: tuple[str, ...] = ()
    area: str = ""
    said: str = ""  # how a sentence names it ("Aarhus Kommune" for a forvaltning)
    title_name: str = ""  # what a vacancy title says after "til"
    large: bool = False

    @property
    def prep(self) -> str:
        """The preposition for working at it: "på Rigshospitalet", "i Skattestyrelsen"."""
        return _PREP.get(self.kind, "i")

    def export(self) -> dict:
        """The import-format dict."""
        return dict(name=self.name, sector=self.sector, municipality=self.municipality, parent=self.parent)


@dataclass(frozen=True, slots=True)
class Job:
    """A role in an organisation at a level: title formats, the holder's background and policy domains."""

    org: Org
    level: int
    fmt: str
    vacancy_fmt: str
    background: str
    family: str
    domains: tuple[str, ...]
    units: tuple[str, ...] | None

    def title(self, unit: str) -> str:
        return self.fmt.format(u=unit, a=self.org.area)

    def vacancy_title(self, unit: str) -> str:
        return self.vacancy_fmt.format(u=unit, a=self.org.area, org=self.org.title_name)


def _org(name, sector, seat, parent, kind, size, **extra) -> Org:
    extra.setdefault("said", name)
    extra.setdefault("title_name", name)
    return Org(name, sector, seat, parent, kind, size, **extra)


def build_orgs() -> list[Org]:
    """All organisations, parents before children."""
    orgs: list[Org] = []
    for ministry, seat, domains, agencies in O.MINISTRIES:
        orgs.append(_org(ministry, "stat", seat, None, "departement", 2, domains=domains))
        for name, agency_seat, agency_domains in agencies:
            size = O.STATE_SIZES.get(name, 3)
            orgs.append(_org(name, "stat", agency_seat, ministry, "styrelse", size, domains=agency_domains))
    police, seat, ministry = O.POLICE
    justice = ("justice",)
    orgs.append(_org(police, "stat", seat, ministry, "rigspoliti", O.STATE_SIZES[police], domains=justice))
    for name, district_seat in O.POLICE_DISTRICTS:
        orgs.append(_org(name, "stat", district_seat, police, "politi", 3, domains=justice))
    for region, seat, institutions in O.REGIONS:
        orgs.append(_org(region, "region", seat, None, "regionshus", 3))
        for name, inst_seat, kind, size in institutions:
            domain = {"hospital": "hospital", "psykiatri": "psychiatry", "praehospital": "prehospital"}[kind]
            orgs.append(_org(name, "region", inst_seat, region, kind, size, domains=(domain,)))
    for short, population in O.KOMMUNER:
        official = O.KOMMUNE_OFFICIAL.get(short, f"{short} Kommune")
        large = short in O.LARGE_CITIES
        orgs.append(_org(official, "kommune", short, None, "kommune", population / 100))
        for kind, (area, forvaltning, center, factor) in O.KOMMUNE_UNITS.items():
            unit = forvaltning if population >= 100 else center  # large kommuner have forvaltninger
            unit = O.COPENHAGEN_UNITS.get(kind, unit) if short == "København" else unit
            size = population / 100 * factor
            name, domains = f"{unit}, {official}", O.KOMMUNE_DOMAINS[kind]
            extra = {"area": area, "said": official, "title_name": unit, "large": large}
            orgs.append(_org(name, "kommune", short, official, kind, size, domains=domains, **extra))
    for name, seat, kind, size, _bg, domains in O.COMPANIES:
        orgs.append(_org(name, "privat", seat, None, kind, size, domains=domains))
    return orgs


def _vacancy_fmt(fmt: str) -> str:
    if ", {u}" in fmt:
        return fmt.replace(", {u}", " til {u}")
    return fmt if "{" in fmt else fmt + " til {org}"


def _units(org: Org, pool: str | None) -> tuple[str, ...] | None:
    if pool is None:
        return None
    if pool == "*":  # the organisation's own kind of unit: hospital departments, a company's divisions
        return R.UNITS[org.kind if org.sector == "privat" else _UNIT_POOL[org.kind]]
    return R.UNITS[pool]


def build_jobs(orgs: list[Org]) -> list[tuple[Job, float]]:
    """Every (organisation, role, level) as a Job with its draw weight."""
    jobs = []
    for org in orgs:
        roles = R.ROLES["privat" if org.sector == "privat" else org.kind]
        for level, options in roles.items():
            for fmt, background, extra, pool, weight in options:
                if org.large and level == 4 and org.kind.startswith("k_"):
                    fmt = "Administrerende direktør"
                if background == "*":
                    background = _COMPANY_BACKGROUND[org.name]
                units = _units(org, pool)
                family = FAMILY.get(background, "gen")
                domains = tuple(dict.fromkeys((*extra, *org.domains)))
                job = Job(org, level, fmt, _vacancy_fmt(fmt), background, family, domains, units)
                jobs.append((job, weight * org.size ** SIZE_EXPONENT[level - 1]))
    return jobs


def _distance_km(a, b) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _home_tables(seats: list[str]) -> dict[str, Table]:
    """For each seat, where its leaders live: mostly the seat itself and nearby kommuner (18 km decay)."""
    towns = {short for short, _ in O.KOMMUNER}
    islands = ("Læsø", "Samsø", "Fanø", "Ærø")
    by_name = {m.name: m for m in MUNICIPALITIES}
    tables = {}
    for seat in seats:
        here = by_name[seat]
        pairs = []
        for m in MUNICIPALITIES:
            distance = _distance_km(here, m)
            size = 3.0 if m.name in towns else 0.2 if m.name in islands else 1.0
            pairs.append(((m.name, distance), size * math.exp(-distance / 18) * (3 if m.name == seat else 1)))
        tables[seat] = Table(pairs)
    return tables


@dataclass(frozen=True)
class World:
    """Everything the generator draws from."""

    orgs: list[Org]
    org_by_name: dict[str, Org]
    jobs: dict[tuple[str, int], Table]
    jobs_by_family: dict[tuple[str, int, str], Table]
    jobs_by_org: dict[tuple[str, int, str], Table]
    concepts: dict[tuple[str, int], Table]
    homes: dict[str, Table]

    def draw_concepts(self, rng, sector: str, level: int, domains: tuple[str, ...], k: int) -> list[tuple]:
        """k distinct (concept key, own-sector phrases): up to two policy domains, then weighted draws."""
        chosen = {key: V.CONCEPT_BY_KEY[key].phrases[sector] for key in domains[:2] if rng.random() < 0.85}
        table = self.concepts[sector, level]
        while len(chosen) < k:
            key, phrases = table.pick(rng)
            chosen.setdefault(key, phrases)
        return list(chosen.items())


def phrases(rng, concepts: list[tuple]) -> list[str]:
    """One wording per drawn concept."""
    return [rng.choice(wordings) for _key, wordings in concepts]


@lru_cache(maxsize=1)
def get_world() -> World:
    """Build (once) the world from the vocabularies."""
    orgs = build_orgs()
    jobs, by_family, by_org = {}, {}, {}
    for job, weight in build_jobs(orgs):
        jobs.setdefault((job.org.sector, job.level), []).append((job, weight))
        by_family.setdefault((job.org.sector, job.level, job.family), []).append((job, weight))
        by_org.setdefault((job.org.name, job.level, job.family), []).append((job, weight))
    concepts = {}
    for sector in V.SECTORS:
        for level in (1, 2, 3, 4):
            weights = [c.sector_weight[sector] * c.level_weight[level - 1] for c in V.CONCEPTS]
            items = [(c.key, c.phrases[sector]) for c in V.CONCEPTS]
            concepts[sector, level] = Table(zip(items, weights, strict=True))
    tables = [{key: Table(pairs) for key, pairs in d.items()} for d in (jobs, by_family, by_org)]
    homes = _home_tables(list(dict.fromkeys(o.municipality for o in orgs)))
    return World(orgs, {o.name: o for o in orgs}, *tables, concepts, homes)
