"""The demo world: organisations, weighted job tables by function, competence draws and home tables.

Built once from the vocabularies and cached; everything here is deterministic (lists and dicts only, no
set iteration), so the generator's random draws are reproducible.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from matcher.geography import MUNICIPALITIES

from . import vocabulary as V
from . import vocabulary_functions as F
from . import vocabulary_orgs as O
from . import vocabulary_roles as R
from .mixes import FUNCTION_WEIGHT, Table
from .vocabulary_units import UNITS, Unit

# How strongly the number of posts at a level grows with an organisation's size: every organisation has
# one top leader, while front-line leaders scale with the number of employees.
SIZE_EXPONENT = (1.0, 0.8, 0.4, 0.0)
_PREP = {"hospital": "på", "politi": "ved", "rigspoliti": "ved", "universitet": "på"}
_OWN_POOL = {"praehospital": "praeh", "r_social": "r_social"}
_CLINICAL_KINDS = ("hospital", "psykiatri", "praehospital", "r_social")


@dataclass(frozen=True, slots=True)
class Org:
    """An organisation with what the generator needs beyond the exported fields."""

    name: str
    sector: str
    municipality: str
    parent: str | None
    kind: str
    size: float
    fag: tuple[Unit, ...] = ()
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
    """A post: a title at a level in an organisation, with its function and who may hold it."""

    org: Org
    level: int
    fmt: str
    unit: str
    function: str
    professions: tuple[tuple[str, float], ...]
    profile: str  # the competence profile (vocabulary_functions.PROFILES)
    domains: tuple[str, ...]
    resp: str | None
    feeders: tuple[str, ...]

    def title(self) -> str:
        return self.fmt.format(u=self.unit, a=self.org.area)

    def vacancy_title(self) -> str:
        fmt = self.fmt.replace(", {u}", " til {u}") if ", {u}" in self.fmt else self.fmt
        fmt = fmt if "{" in fmt else fmt + " til {org}"
        return fmt.format(u=self.unit, a=self.org.area, org=self.org.title_name)

    def holds(self, profession: str) -> bool:
        """Whether a leader of this profession may hold the post."""
        return any(p == profession for p, _ in self.professions)

    def pick_profession(self, rng) -> str:
        return Table(self.professions).pick(rng)


def _org(name, sector, seat, parent, kind, size, **extra) -> Org:
    extra.setdefault("said", name)
    extra.setdefault("title_name", name)
    return Org(name, sector, seat, parent, kind, size, **extra)


def build_orgs() -> list[Org]:
    """All organisations, parents before children."""
    orgs: list[Org] = []
    for ministry, seat, own, agencies in O.MINISTRIES:
        orgs.append(_org(ministry, "stat", seat, None, "departement", 2, fag=own))
        for name, agency_seat, kind, units in agencies:
            size = O.STATE_SIZES.get(name, 3)
            units = O.INSTITUTES if kind == "universitet" else units
            orgs.append(_org(name, "stat", agency_seat, ministry, kind, size, fag=units))
    police, seat, ministry = O.POLICE
    orgs.append(_org(police, "stat", seat, ministry, "rigspoliti", O.STATE_SIZES[police]))
    for name, district_seat in O.POLICE_DISTRICTS:
        orgs.append(_org(name, "stat", district_seat, police, "politi", 3))
    for region, seat, institutions in O.REGIONS:
        orgs.append(_org(region, "region", seat, None, "regionshus", 3))
        for name, inst_seat, kind, size in institutions:
            orgs.append(_org(name, "region", inst_seat, region, kind, size))
    for short, population in O.KOMMUNER:
        official = O.KOMMUNE_OFFICIAL.get(short, f"{short} Kommune")
        large = short in O.LARGE_CITIES
        orgs.append(_org(official, "kommune", short, None, "kommune", population / 100))
        for kind, (area, forvaltning, center, factor) in O.KOMMUNE_UNITS.items():
            unit = forvaltning if population >= 100 else center  # large kommuner have forvaltninger
            unit = O.COPENHAGEN_UNITS.get(kind, unit) if short == "København" else unit
            name, size = f"{unit}, {official}", population / 100 * factor
            extra = {"area": area, "said": official, "title_name": unit, "large": large}
            orgs.append(_org(name, "kommune", short, official, kind, size, **extra))
    for name, seat, kind, size in O.COMPANIES:
        orgs.append(_org(name, "privat", seat, None, kind, size))
    return orgs


def _pool(org: Org, pool: str | None) -> list[Unit | None]:
    """The units a role's pool names for this organisation."""
    if pool is None:
        return [None]
    units: list[Unit] = []
    for part in pool.split("+"):
        if part == "fag":
            units += org.fag
        elif part == "fag:Center":  # a centre, not a kontor, is headed by an afdelingschef
            units += [u for u in org.fag if u.name.split()[0] in ("Center", "Enhed")]
        elif part == "sty":
            units += [*UNITS["sty_kontor"], *org.fag]
        elif part == "own":
            units += UNITS[_OWN_POOL.get(org.kind, org.kind)]
        elif part == "clinical":
            units += UNITS["psyk" if org.kind == "psykiatri" else "hosp"]
        else:
            units += UNITS[part]
    return units


def _chef_title(fmt: str, unit: Unit | None) -> str:
    """A kontor has a kontorchef, a center a centerchef and an enhed an enhedschef."""
    if unit is None or fmt not in ("Kontorchef, {u}", "Centerchef, {u}"):
        return fmt
    return {"Center": "Centerchef, {u}", "Enhed": "Enhedschef, {u}"}.get(unit.name.split()[0], "Kontorchef, {u}")


def _professions(spec: str) -> tuple[tuple[str, float], ...]:
    """ "nurse:5|ssa:3" -> (("nurse", 5.0), ("ssa", 3.0)); a bare name weighs 1."""
    pairs = []
    for option in spec.split("|"):
        name, _, weight = option.partition(":")
        pairs.append((name, float(weight or 1)))
    return tuple(pairs)


def build_jobs(orgs: list[Org]) -> list[tuple[Job, float]]:
    """Every (organisation, role, unit) as a Job with its draw weight."""
    jobs = []
    for org in orgs:
        roles = R.ROLES.get(org.kind) or R.ROLES["privat"]
        for level, options in roles.items():
            for role in options:
                units = _pool(org, role.pool)
                total = sum(u.w if u else 1.0 for u in units)
                for unit in units:
                    fmt = _chef_title(role.fmt, unit)
                    if org.large and level == 4 and org.kind.startswith("k_"):
                        fmt = "Administrerende direktør"
                    function = role.fn or unit.fn
                    spec = role.prof or (unit.prof if unit else None) or "gen"
                    profile = role.ck or (unit.ck if unit else None) or function
                    domains = tuple(dict.fromkeys((*role.dom, *(unit.dom if unit else ()))))
                    share = (unit.w if unit else 1.0) / total
                    job = Job(
                        org,
                        level,
                        fmt,
                        unit.name if unit else "",
                        function,
                        _professions(spec),
                        profile,
                        domains,
                        role.resp,
                        role.feeders,
                    )
                    weight = role.weight * share * org.size ** SIZE_EXPONENT[level - 1]
                    jobs.append((job, weight * FUNCTION_WEIGHT.get(function, 1.0)))
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
    """Everything the generator draws from. Job tables are keyed by sector or organisation, level, function
    and (where it matters for a career) the holder's profession."""

    orgs: list[Org]
    org_by_name: dict[str, Org]
    jobs: dict[tuple[str, int], Table]
    by_function: dict[tuple[str, int, str], Table]
    by_profession: dict[tuple[str, int, str, str], Table]
    by_org: dict[tuple[str, int, str, str], Table]
    by_specialty: dict[tuple[str, int, str], Table]
    homes: dict[str, Table]

    def competences(self, rng, job: Job, sector: str, k: int, generic: int, extra_profile: str | None = None):
        """k distinct (concept key, phrases in ``sector``): the post's domains, its function's concepts
        (and some of ``extra_profile``'s), then ``generic`` leadership concepts."""
        chosen: dict[str, tuple[str, ...]] = {}
        clinical = job.function in ("health", "elderly_social") or job.org.kind in _CLINICAL_KINDS

        def add(key: str) -> None:
            wordings = V.CONCEPT_BY_KEY[key].phrases[sector]
            if not clinical:  # a regional IT or finance leader does not write "klinisk ledelse"
                wordings = tuple(p for p in wordings if p not in V.CLINICAL) or wordings
            chosen.setdefault(key, wordings)

        for key in job.domains[:2]:
            if rng.random() < 0.85:
                add(key)
        if extra_profile:
            _draw(rng, F.PROFILES[extra_profile], chosen, add, len(chosen) + rng.choice((1, 2)))
        _draw(rng, F.PROFILES[job.profile], chosen, add, k - generic)
        k = min(k, len(chosen) + generic)  # a small profile gives fewer competences, not more generic ones
        leadership = [(key, _generic_weight(key, sector, job.level)) for key in F.GENERIC]
        _draw(rng, leadership, chosen, add, k)
        return list(chosen.items())


def _generic_weight(key: str, sector: str, level: int) -> float:
    concept = V.CONCEPT_BY_KEY[key]
    return concept.sector_weight[sector] * concept.level_weight[level - 1]


def _draw(rng, weighted, chosen: dict, add, until: int) -> None:
    """Add weighted draws (without replacement) from ``weighted`` until ``chosen`` holds ``until`` keys."""
    left = [(key, weight) for key, weight in weighted if key not in chosen and weight > 0]
    while len(chosen) < until and left:
        table = Table(left)
        key = table.pick(rng)
        add(key)
        left = [(k, w) for k, w in left if k != key]


def phrases(rng, concepts: list[tuple]) -> list[str]:
    """One wording per drawn concept."""
    return [rng.choice(wordings) for _key, wordings in concepts]


def _tables(pairs: dict) -> dict:
    return {key: Table(items) for key, items in pairs.items()}


@lru_cache(maxsize=1)
def get_world() -> World:
    """Build (once) the world from the vocabularies."""
    from .vocabulary_people import SPECIALTY_OF_UNIT

    orgs = build_orgs()
    jobs, by_function, by_profession, by_org, by_specialty = {}, {}, {}, {}, {}
    for job, weight in build_jobs(orgs):
        sector, level = job.org.sector, job.level
        jobs.setdefault((sector, level), []).append((job, weight))
        by_function.setdefault((sector, level, job.function), []).append((job, weight))
        for profession, _ in job.professions:
            by_profession.setdefault((sector, level, job.function, profession), []).append((job, weight))
            by_org.setdefault((job.org.name, level, job.function, profession), []).append((job, weight))
        if job.holds("doctor") and job.unit in SPECIALTY_OF_UNIT:
            by_specialty.setdefault((sector, level, SPECIALTY_OF_UNIT[job.unit]), []).append((job, weight))
    homes = _home_tables(list(dict.fromkeys(o.municipality for o in orgs)))
    tables = [_tables(d) for d in (jobs, by_function, by_profession, by_org, by_specialty)]
    return World(orgs, {o.name: o for o in orgs}, *tables, homes)
