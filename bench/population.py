"""A seeded generator of a realistic population of Danish leaders and vacancies, with a hidden truth of fit.

Every leader and vacancy has *latent*, sector-neutral attributes: 1-2 policy domains, a set of competence
concepts, a level (1-4), a municipality and, for leaders, a commuting limit, the sectors they are open to
and how actively they are looking. The hidden relevance grades are computed from those attributes only;
the leader's own sector never enters them. The *surface* (titles, organisations, competences, summaries,
histories, job ads) is written from the latent attributes in the writer's own sector vocabulary: a
kommune leader writes "udvalgsbetjening" where a stat leader writes "ministerbetjening".

``style="heldout"`` keeps the latent model (same seed, same truth) and changes only the surface: other
phrase pools, organisations and templates. Nothing here may be shared with the ranker under test.
``style="independent"`` does the same with pools written by another hand, without reading the ranker's
vocabulary (``population_vocab_independent``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from matcher.geography import MUNICIPALITIES, distance_matrix_km

from .population_vocab import (
    CONCEPT_PHRASES,
    CONCEPTS,
    DOMAIN_PHRASES,
    DOMAINS,
    EDUCATION,
    FIRST_NAMES,
    KOMMUNE_GENITIVE,
    KOMMUNE_UNITS,
    LAST_NAMES,
    NOISE_PHRASES,
    PRIVATE_INDUSTRY,
    PRIVATE_PREFIX,
    REGION_ORGS,
    SPECIAL_TITLES,
    STAT_ORGS,
    TEMPLATES,
    TITLES,
)

SECTORS = ("stat", "region", "kommune", "privat")
STYLES = ("main", "heldout", "independent")
DEADLINE = "2027-02-01"
CURRENT_YEAR = 2026

# --- latent model ---------------------------------------------------------------------------------------
LEADER_SECTOR_P = np.array([0.22, 0.15, 0.48, 0.15])  # FTE mix (domain.md section 7) plus a private segment
VACANCY_SECTOR_P = np.array([0.27, 0.18, 0.55])
LEADER_LEVEL_P = np.array([0.50, 0.30, 0.15, 0.05])
VACANCY_LEVEL_P = np.array([0.35, 0.35, 0.22, 0.08])
# domain order: health elderly children employment social environment digital finance hr justice culture research
DOMAIN_BASE = np.array([1.2, 1.0, 1.2, 0.8, 1.0, 1.0, 0.8, 0.9, 0.8, 0.6, 0.5, 0.6])
DOMAIN_BY_SECTOR = np.array(
    [
        [1.0, 0.6, 0.8, 1.0, 0.8, 1.0, 1.3, 1.4, 1.0, 2.5, 1.2, 2.0],  # stat
        [2.5, 0.6, 0.4, 0.3, 1.3, 0.7, 1.0, 1.0, 1.0, 0.3, 0.3, 1.5],  # region
        [0.8, 1.4, 1.4, 1.3, 1.3, 1.0, 0.8, 0.8, 0.8, 0.4, 1.0, 0.4],  # kommune
        [1.0, 0.6, 0.6, 0.6, 0.6, 1.2, 2.0, 1.5, 1.5, 0.5, 1.0, 1.0],  # privat
    ]
)
RELATED_DOMAINS = [("health", "elderly"), ("elderly", "social"), ("social", "employment"), ("social", "children")]
RELATED_DOMAINS += [("children", "research"), ("finance", "hr"), ("digital", "finance"), ("justice", "social")]
AFFINITY = {  # concepts that go with a policy domain, for leaders and vacancies alike
    "health": "capacity quality professionals kpi efficiency citizens",
    "elderly": "quality citizens work_env capacity recruitment authority",
    "children": "professionals citizens quality cross_sector reform",
    "employment": "authority kpi partnerships reform performance",
    "social": "authority citizens quality cross_sector legislation",
    "environment": "construction procurement citizens legislation project",
    "digital": "digital it_projects data_ai infosec project procurement",
    "finance": "budget finance efficiency kpi performance",
    "hr": "recruitment pay work_env development cooperation",
    "justice": "authority legislation crisis quality capacity",
    "culture": "partnerships citizens innovation communication stakeholders",
    "research": "eu_intl strategy partnerships development innovation",
}
AFFINITY_BOOST = 5.0
# The function (as the ranker names functions) a latent policy domain belongs to.
DOMAIN_FUNCTION = {
    "health": "health",
    "elderly": "elderly_social",
    "children": "children_schools",
    "employment": "employment",
    "social": "elderly_social",
    "environment": "technical",
    "digital": "digital",
    "finance": "finance",
    "hr": "hr",
    "justice": "legal",
    "culture": "culture_leisure",
    "research": "education_research",
}
ANCHOR_BOOST = 8.0
LEVEL_WEIGHT = {  # concept weight by level 1..4
    "leaders": (0.15, 1.5, 3, 3), "pol_service": (0.3, 1, 2.5, 3), "strategy": (0.4, 1, 2, 2.5),
    "people": (3, 2, 1, 1), "professionals": (2, 1.3, 0.8, 0.6), "work_env": (1.5, 1.2, 1, 0.8),
    "capacity": (1.5, 1.2, 1, 0.8), "performance": (0.6, 1, 1.5, 1.5), "negotiation": (0.6, 1, 1.5, 1.5),
    "stakeholders": (0.7, 1, 1.5, 1.8), "reorg": (0.5, 1, 1.5, 1.5), "crisis": (0.6, 1, 1.5, 2),
}  # fmt: skip
SECTOR_WEIGHT = {  # mild sector flavour of the concept priors (never used by the truth)
    "stat": {"legislation": 2, "pol_service": 1.3, "eu_intl": 1.5, "authority": 1.2},
    "region": {"capacity": 1.8, "quality": 1.5},
    "kommune": {"citizens": 1.5, "authority": 1.3, "pol_service": 1.3},
    "privat": {"legislation": 0.4, "pol_service": 0.6, "authority": 0.5, "cooperation": 0.6, "innovation": 1.5,
               "negotiation": 1.5, "citizens": 0.8},
}  # fmt: skip
COMMUTE_KM = np.array([15, 20, 25, 30, 40, 50, 60, 75, 100, 150])
COMMUTE_P = np.array([0.05, 0.08, 0.10, 0.17, 0.17, 0.16, 0.10, 0.08, 0.06, 0.03])
SEEKING = ("active", "open", "not_looking")
SEEKING_P = np.array([0.25, 0.55, 0.20])
# hidden fit: weights, level fit by (vacancy level - leader level), seeking factor and grade thresholds
W_REQUIRED, W_DOMAIN, W_NICE, RELATED_CREDIT, REQUIRED_ENOUGH = 0.55, 0.30, 0.15, 0.35, 0.75
LEVEL_FIT = {-3: 0.0, -2: 0.3, -1: 0.8, 0: 1.0, 1: 0.95, 2: 0.4, 3: 0.0}
SEEKING_FIT = np.array([1.0, 1.0, 0.9])
COMMUTE_DECAY_KM = 30.0
GRADE_THRESHOLDS = (0.50, 0.63, 0.78)  # grade 1, 2, 3
MIN_RELEVANT = 5

# rough inhabitants (thousands) per kommune, for weighting homes and workplaces
_POP = """København 660 Aarhus 367 Aalborg 222 Odense 208 Vejle 121 Esbjerg 116 Frederiksberg 105 Randers 99
Viborg 98 Horsens 98 Silkeborg 97 Kolding 95 Roskilde 91 Herning 90 Næstved 84 Slagelse 80 Gentofte 75
Sønderborg 74 Holbæk 73 Gladsaxe 70 Hjørring 64 Skanderborg 64 Helsingør 63 Køge 62 Guldborgsund 60
Frederikshavn 59 Holstebro 59 Svendborg 59 Aabenraa 59 Rudersdal 57 Lyngby-Taarbæk 57 Haderslev 56
Ringkøbing-Skjern 56 Hvidovre 54 Fredericia 52 Hillerød 52 Høje-Taastrup 51 Greve 51 Faaborg-Midtfyn 51
Varde 50 Ballerup 49 Kalundborg 49 Favrskov 49 Hedensted 47 Frederikssund 46 Vordingborg 46 Skive 46 Egedal 44
Thisted 43 Tårnby 43 Syddjurs 43 Vejen 43 Ikast-Brande 42 Mariagerfjord 42 Assens 41 Fredensborg 41 Gribskov 41
Furesø 41 Lolland 41 Rødovre 41 Middelfart 39 Bornholm 39 Jammerbugt 38 Vesthimmerland 37 Norddjurs 37 Tønder 37
Faxe 37 Brønderslev 36 Ringsted 35 Brøndby 35 Odsherred 33 Nyborg 32 Halsnæs 31 Sorø 30 Rebild 30 Herlev 29
Nordfyn 29 Albertslund 28 Lejre 28 Billund 27 Allerød 26 Hørsholm 25 Kerteminde 24 Ishøj 24 Stevns 23
Glostrup 23 Odder 23 Solrød 23 Struer 21 Morsø 20 Lemvig 20 Vallensbæk 17 Dragør 15 Langeland 12 Ærø 6 Samsø 4
Fanø 3 Læsø 2"""


@dataclass(frozen=True)
class Population:
    """A generated benchmark population: import-format records and the hidden relevance grades."""

    profiles: list[dict]  # Sektorbro import format
    vacancies: list[dict]  # import format, all status "published"
    relevance: dict[str, dict[str, int]]  # vacancy external_id -> {profile external_id: grade 1..3}
    # external_id -> the function ids (as the ranker names functions) of the latent domains (a vacancy has one);
    # hidden from the ranker like the grades, to measure how often a top 10 strays outside the vacancy's function.
    functions: dict[str, tuple[str, ...]] = field(default_factory=dict)


class _Geo:
    """Municipality indices, population weights and the distance matrix (computed once)."""

    def __init__(self) -> None:
        pop = dict(zip(_POP.split()[::2], map(float, _POP.split()[1::2]), strict=True))
        self.names = [m.name for m in MUNICIPALITIES]
        self.region = np.array([m.region_code for m in MUNICIPALITIES])
        self.pop = np.array([pop[n] for n in self.names])
        self.dist = distance_matrix_km([m.code for m in MUNICIPALITIES], [m.code for m in MUNICIPALITIES])
        self.kbh = self.names.index("København")
        self.near = [np.flatnonzero(row <= 45).tolist() for row in self.dist]


_GEO: _Geo | None = None


def _geo() -> _Geo:
    global _GEO
    if _GEO is None:
        _GEO = _Geo()
    return _GEO


def _concept_weights() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(domain x concept affinity, level x concept weight, sector x concept weight) matrices."""
    affinity = np.array([[c in AFFINITY[d].split() for c in CONCEPTS] for d in DOMAINS], dtype=float)
    level = np.ones((4, len(CONCEPTS)))
    for concept, weights in LEVEL_WEIGHT.items():
        level[:, CONCEPTS.index(concept)] = weights
    sector = np.ones((len(SECTORS), len(CONCEPTS)))
    for s, weights in SECTOR_WEIGHT.items():
        for concept, w in weights.items():
            sector[SECTORS.index(s), CONCEPTS.index(concept)] = w
    return affinity, level, sector


def _gumbel_rank(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    """Rank of each column per row in a weighted draw without replacement (0 = drawn first)."""
    keys = np.log(weights) - np.log(-np.log(rng.random(weights.shape)))
    order = np.argsort(-keys, axis=1)
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(weights.shape[1])[None, :].repeat(len(weights), 0), axis=1)
    return ranks


def _domain_probs() -> np.ndarray:
    p = DOMAIN_BASE[None, :] * DOMAIN_BY_SECTOR
    return p / p.sum(axis=1, keepdims=True)


@dataclass
class _Leaders:
    sector: np.ndarray  # (n,) index into SECTORS
    level: np.ndarray  # (n,) 1..4
    domains: np.ndarray  # (n, 12) bool
    primary: np.ndarray  # (n,) primary domain index
    concepts: np.ndarray  # (n, 38) bool
    home: np.ndarray  # (n,) municipality index
    commute: np.ndarray  # (n,) km
    open: np.ndarray  # (n, 4) bool
    seeking: np.ndarray  # (n,) index into SEEKING
    history: np.ndarray  # (n, 3) sector index of earlier jobs, -1 for none


def _draw_leaders(rng: np.random.Generator, n: int) -> _Leaders:
    geo = _geo()
    affinity, level_w, sector_w = _concept_weights()
    sector = rng.choice(4, size=n, p=LEADER_SECTOR_P)
    level = rng.choice(4, size=n, p=LEADER_LEVEL_P) + 1
    dom_rank = _gumbel_rank(rng, _domain_probs()[sector])
    domains = dom_rank < np.where(rng.random(n) < 0.4, 2, 1)[:, None]
    primary = np.argmin(dom_rank, axis=1)
    weights = (1 + AFFINITY_BOOST * ((domains @ affinity) > 0)) * level_w[level - 1] * sector_w[sector]
    concepts = _gumbel_rank(rng, weights) < rng.integers(4, 9, size=n)[:, None]
    home = rng.choice(len(geo.names), size=n, p=geo.pop / geo.pop.sum())
    commute = rng.choice(COMMUTE_KM, size=n, p=COMMUTE_P)
    commute = np.where(level >= 3, np.maximum(commute, rng.choice(COMMUTE_KM, size=n, p=COMMUTE_P)), commute)
    # earlier jobs: mostly in the same sector; switchers into the public sector mostly come from private
    n_prev = rng.choice(4, size=n, p=[0.25, 0.40, 0.25, 0.10])
    switch_p = np.array([0.15, 0.25, 0.10, 0.15])[sector]
    switched = rng.random((n, 3)) < switch_p[:, None]
    from_private = rng.random((n, 3)) < 0.55
    other_public = (sector[:, None] + rng.integers(1, 3, size=(n, 3))) % 3
    public_any = rng.choice(3, size=(n, 3), p=LEADER_SECTOR_P[:3] / LEADER_SECTOR_P[:3].sum())
    prev = np.where(sector[:, None] == 3, public_any, np.where(from_private, 3, other_public))
    history = np.where(switched, prev, sector[:, None])
    history = np.where(np.arange(3)[None, :] < n_prev[:, None], history, -1)
    # openness: own sector nearly always, other sectors often, more so where they have worked before
    worked = np.stack([(history == s).any(axis=1) for s in range(4)], axis=1)
    own = np.eye(4, dtype=bool)[sector]
    base = np.where(sector[:, None] == 3, np.array([0.5, 0.5, 0.5, 0.6]), np.array([0.4, 0.4, 0.4, 0.2]))
    p_open = np.where(own, np.where(sector[:, None] == 3, 0.6, 0.95), base + 0.35 * worked)
    open_ = rng.random((n, 4)) < p_open
    none_public = ~open_[:, :3].any(axis=1)
    fallback = np.where(sector == 3, rng.choice(3, size=n, p=VACANCY_SECTOR_P), sector)
    open_[np.flatnonzero(none_public), fallback[none_public]] = True
    seeking = rng.choice(3, size=n, p=SEEKING_P)
    return _Leaders(sector, level, domains, primary, concepts, home, commute, open_, seeking, history)


@dataclass
class _Vacancy:
    sector: int  # index into SECTORS (public only)
    domain: int
    level: int
    municipality: int
    required: np.ndarray  # concept indices
    nice: np.ndarray


def _draw_vacancy(rng: np.random.Generator, leaders: _Leaders) -> _Vacancy:
    """Draw a vacancy; its requirements are modelled on an *anchor*, a leader who could fill it.

    Employers write ads with a kind of person in mind: the anchor (any sector, open to the vacancy's
    sector, in the vacancy's domain, about its level) supplies most required concepts and the area.
    """
    geo = _geo()
    affinity, level_w, sector_w = _concept_weights()
    sector = int(rng.choice(3, p=VACANCY_SECTOR_P))
    domain = int(rng.choice(len(DOMAINS), p=_domain_probs()[sector]))
    level = int(rng.choice(4, p=VACANCY_LEVEL_P)) + 1
    pool = np.flatnonzero(leaders.open[:, sector] & leaders.domains[:, domain] & (np.abs(leaders.level - level) <= 1))
    anchor = int(rng.choice(pool)) if len(pool) else None
    weights = geo.pop**0.9
    if sector == 0 and rng.random() < 0.55:
        municipality = geo.kbh
    elif anchor is not None and rng.random() < 0.8:
        municipality = int(rng.choice(geo.near[leaders.home[anchor]]))
    else:
        municipality = int(rng.choice(len(geo.names), p=weights / weights.sum()))
    w = (1 + AFFINITY_BOOST * affinity[domain]) * level_w[level - 1] * sector_w[sector]
    n_req, n_nice = int(rng.integers(3, 7)), int(rng.integers(0, 4))
    if anchor is not None:  # most requirements from the anchor, the rest from the prior
        w = w * np.where(leaders.concepts[anchor], ANCHOR_BOOST, 1.0)
    order = np.argsort(_gumbel_rank(rng, w[None, :])[0])
    return _Vacancy(sector, domain, level, municipality, order[:n_req], order[n_req : n_req + n_nice])


def _related() -> np.ndarray:
    related = np.zeros((len(DOMAINS), len(DOMAINS)), dtype=bool)
    for a, b in RELATED_DOMAINS:
        related[DOMAINS.index(a), DOMAINS.index(b)] = related[DOMAINS.index(b), DOMAINS.index(a)] = True
    return related


def fit_scores(leaders: _Leaders, vacancy: _Vacancy) -> np.ndarray:
    """Hidden sector-neutral fit in [0, 1] of every leader for one vacancy (0 when not open to its sector)."""
    # covering about three quarters of the requirements counts as covering them all
    hits = leaders.concepts[:, vacancy.required].sum(axis=1)
    required = np.minimum(1.0, hits / np.ceil(REQUIRED_ENOUGH * len(vacancy.required) - 1e-9))
    domain = np.where(
        leaders.domains[:, vacancy.domain], 1.0, RELATED_CREDIT * (leaders.domains & _related()[vacancy.domain]).any(1)
    )
    base = W_REQUIRED * required + W_DOMAIN * domain
    if len(vacancy.nice):
        base = base + W_NICE * leaders.concepts[:, vacancy.nice].mean(axis=1)
    else:
        base = base / (W_REQUIRED + W_DOMAIN)
    level_fit = np.array([LEVEL_FIT[d] for d in range(-3, 4)])[vacancy.level - leaders.level + 3]
    distance = _geo().dist[leaders.home, vacancy.municipality]
    geo_fit = np.where(distance <= leaders.commute, 1.0, np.exp(-(distance - leaders.commute) / COMMUTE_DECAY_KM))
    score = base * level_fit * geo_fit * SEEKING_FIT[leaders.seeking]
    return np.where(leaders.open[:, vacancy.sector], score, 0.0)


def grades_from_scores(scores: np.ndarray) -> np.ndarray:
    """Grades 0..3 from fit scores by the fixed thresholds."""
    return np.searchsorted(np.array(GRADE_THRESHOLDS), scores, side="right")


# --- surface text ---------------------------------------------------------------------------------------
_TITLES = {
    style: {s: [tuple(t.strip() for t in lvl.split(";")) for lvl in text.split("|")] for s, text in pools.items()}
    for style, pools in TITLES.items()
}
_SPECIAL_TITLES = {
    style: {key: {lvl: tuple(t.strip() for t in text.split(";")) for lvl, text in by_level.items()}
            for key, by_level in pools.items()}
    for style, pools in SPECIAL_TITLES.items()
}  # fmt: skip
_STAT_BY_DOMAIN = {
    style: {d: tuple(name for name, domains in orgs if d in domains) for d in DOMAINS}
    for style, orgs in STAT_ORGS.items()
}
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def _join(phrases: list[str]) -> str:
    return phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " og " + phrases[-1]


def _sentence(rnd: random.Random, templates: tuple[str, ...], phrases: list[str]) -> str:
    x = _join(phrases)
    return rnd.choice(templates).format(x=x, X=x[:1].upper() + x[1:])


def _lower(title: str) -> str:
    return title if title[1:2].isupper() else title[:1].lower() + title[1:]


def _title(rnd: random.Random, style: str, sector: str, domain: str, level: int) -> str:
    special = _SPECIAL_TITLES[style].get((sector, domain), {}).get(level)
    return rnd.choice(special if special and rnd.random() < 0.7 else _TITLES[style][sector][level - 1])


def _org(rnd: random.Random, style: str, sector: str, domain: str, municipality: int) -> str:
    geo = _geo()
    if sector == "stat":
        return rnd.choice(_STAT_BY_DOMAIN[style][domain])
    if sector == "region":
        admin, hospitals, psychiatry = REGION_ORGS[style][int(geo.region[municipality])]
        if domain in ("health", "research", "elderly", "children") and rnd.random() < 0.9:
            return rnd.choice(hospitals)
        return psychiatry if domain in ("social", "justice") and rnd.random() < 0.5 else admin
    if sector == "kommune":
        name = geo.names[municipality]
        name = KOMMUNE_GENITIVE.get(name, f"{name} Kommune")
        return name if style == "main" else f"{name}, {KOMMUNE_UNITS[style][domain]}"
    return f"{rnd.choice(PRIVATE_PREFIX[style])} {PRIVATE_INDUSTRY[style][domain]}"


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


class _LeaderRow(NamedTuple):
    sector: int
    level: int
    home: int
    primary: int
    domains: list[int]
    concepts: list[int]
    commute: int
    open: list[bool]
    seeking: int
    history: list[int]


def _leader_rows(leaders: _Leaders) -> list[_LeaderRow]:
    """The latent leaders as plain Python rows (numpy scalars are slow one at a time)."""

    def lists(matrix: np.ndarray) -> list[list[int]]:
        if not len(matrix):
            return []
        rows, cols = np.nonzero(matrix)
        return [c.tolist() for c in np.split(cols, np.cumsum(np.bincount(rows, minlength=len(matrix)))[:-1])]

    columns = (leaders.sector, leaders.level, leaders.home, leaders.primary)
    return [
        _LeaderRow(*row)
        for row in zip(
            *(c.tolist() for c in columns), lists(leaders.domains), lists(leaders.concepts),
            leaders.commute.tolist(), leaders.open.tolist(), leaders.seeking.tolist(), leaders.history.tolist(),
            strict=True,
        )
    ]  # fmt: skip


def write_profile(rnd: random.Random, style: str, leader: _LeaderRow, external_id: str) -> dict:
    """One leader in the import format, written in the vocabulary of each job's sector."""
    geo, cp, dp, t = _geo(), CONCEPT_PHRASES[style], DOMAIN_PHRASES[style], TEMPLATES[style]
    sector, level, home = SECTORS[leader.sector], leader.level, leader.home
    primary = DOMAINS[leader.primary]
    domains = [primary] + [DOMAINS[d] for d in leader.domains if DOMAINS[d] != primary]
    concepts = [CONCEPTS[c] for c in leader.concepts]
    rnd.shuffle(concepts)
    workplace = home if rnd.random() < 0.55 else rnd.choice(geo.near[home])
    org, title = _org(rnd, style, sector, primary, workplace), _title(rnd, style, sector, primary, level)
    listed = [c for c in concepts if rnd.random() < 0.8]
    unlisted = [c for c in concepts if c not in listed]
    competences = [rnd.choice(cp[c][sector]) for c in listed]
    competences += [rnd.choice(cp[c][sector]) for c in listed if rnd.random() < 0.2]
    competences += [rnd.choice(dp[d][sector]) for d in domains if rnd.random() < 0.85]
    competences = _unique(competences + rnd.sample(NOISE_PHRASES[style], rnd.choice((0, 0, 1, 1, 2))))
    rnd.shuffle(competences)
    # history, newest first: (sector, level, years in post); all earlier posts were leadership posts
    jobs = [(sector, level, rnd.randint(1, 8))]
    for h in leader.history:
        if h >= 0:
            jobs.append((SECTORS[h], max(1, jobs[-1][1] - (rnd.random() < 0.4)), rnd.randint(2, 7)))
    experience, end = [], None
    for k, (job_sector, job_level, years) in enumerate(jobs):
        start = (end or CURRENT_YEAR) - years
        domain = primary if k == 0 or rnd.random() < 0.75 else rnd.choice(domains)
        mentioned = concepts[:3] if k == 0 else rnd.sample(concepts, min(len(concepts), rnd.randint(1, 2)))
        description = rnd.choice(t["job_domain"]).format(dom=rnd.choice(dp[domain][job_sector])) + " "
        description += _sentence(rnd, t["job"], [rnd.choice(cp[c][job_sector]) for c in mentioned])
        job_org, job_title = org, title
        for _ in range(5 if k else 0):  # an earlier post is another post
            job_org = _org(rnd, style, job_sector, domain, rnd.choice(geo.near[home]))
            job_title = _title(rnd, style, job_sector, domain, job_level)
            if (job_org, job_title) != (org, title):
                break
        experience.append({
            "sector": job_sector,
            "organisation": job_org,
            "title": job_title,
            "level": job_level, "start_year": start, "end_year": end, "description": description,
        })  # fmt: skip
        end = start
    years_as_leader = CURRENT_YEAR - end
    intro = rnd.choice(t["intro"]).format(
        title=title, title_l=_lower(title), org=org, years=years_as_leader, dom=rnd.choice(dp[primary][sector])
    )
    mentioned = unlisted + rnd.sample(listed, min(len(listed), rnd.randint(1, 2)))
    sentences = [_sentence(rnd, t["concepts"], [rnd.choice(cp[c][sector]) for c in mentioned[k : k + 3]])
                 for k in range(0, len(mentioned), 3)]  # fmt: skip
    if rnd.random() < 0.8:
        sentences.append(rnd.choice(t["identity"][sector]))
    if rnd.random() < 0.5:
        sentences.append(rnd.choice(t["personal"]))
    rnd.shuffle(sentences)
    first, last = rnd.choice(FIRST_NAMES), rnd.choice(LAST_NAMES)
    return {
        "external_id": external_id,
        "name": f"{first} {last}",
        "email": f"{first}.{last}.{external_id}@example.dk".lower().translate(_ASCII),
        "sector": sector,
        "organisation": org,
        "title": title,
        "level": level,
        "years_as_leader": years_as_leader,
        "municipality": geo.names[home],
        "max_commute_km": leader.commute,
        "open_to_sectors": [s for s, is_open in zip(SECTORS, leader.open, strict=True) if is_open],
        "seeking": SEEKING[leader.seeking],
        "competences": competences,
        "summary": " ".join([intro, *sentences]),
        "experience": experience,
        "education": rnd.choice(EDUCATION[style]),
    }


def write_vacancy(rnd: random.Random, style: str, vacancy: _Vacancy, external_id: str) -> dict:
    """One vacancy in the import format, written in the employer sector's vocabulary."""
    cp, dp, t = CONCEPT_PHRASES[style], DOMAIN_PHRASES[style], TEMPLATES[style]
    sector, domain = SECTORS[vacancy.sector], DOMAINS[vacancy.domain]
    org = _org(rnd, style, sector, domain, vacancy.municipality)
    title, dom = _title(rnd, style, sector, domain, vacancy.level), rnd.choice(dp[domain][sector])
    required = [CONCEPTS[c] for c in vacancy.required]
    nice = [rnd.choice(cp[CONCEPTS[c]][sector]) for c in vacancy.nice]
    competences = [rnd.choice(cp[c][sector]) for c in required]
    competences += [rnd.choice(cp[c][sector]) for c in required if rnd.random() < 0.2]
    competences += [rnd.choice(dp[domain][sector])] if rnd.random() < 0.6 else []
    competences += [t["vac_boiler"][sector]] if rnd.random() < 0.3 else []
    nice += [t["vac_know"][sector]] if rnd.random() < 0.3 else []
    asked = [rnd.choice(cp[c][sector]) for c in required]
    rnd.shuffle(asked)
    half = max(1, len(asked) // 2)
    middle = [t["vac_identity"][sector], _sentence(rnd, t["vac_tasks"], asked[:half])]
    middle += [_sentence(rnd, t["vac_profile"], asked[half:])] if asked[half:] else []
    middle += [_sentence(rnd, t["vac_nice"], nice)] if nice else []
    if rnd.random() < 0.5:
        middle.append(t["vac_boiler_sentence"].format(x=t["vac_boiler"][sector]))
    if rnd.random() < 0.4:
        middle.append(t["vac_know_sentence"].format(x=t["vac_know"][sector]))
    rnd.shuffle(middle)
    intro = rnd.choice(t["vac_intro"]).format(org=org, title_l=_lower(title), dom=dom)
    return {
        "external_id": external_id,
        "title": t["vac_title"].format(title=title, dom=dom),
        "sector": sector,
        "organisation": org,
        "municipality": _geo().names[vacancy.municipality],
        "level": vacancy.level,
        "competences": _unique(competences),
        "nice_to_have": _unique(nice),
        "description": " ".join([intro, *middle, rnd.choice(t["vac_offer"]), t["vac_deadline"]]),
        "deadline": DEADLINE,
        "status": "published",
    }


def generate_population(seed: int = 0, profiles: int = 4000, vacancies: int = 120, style: str = "main") -> Population:
    """Generate leaders, vacancies and hidden relevance grades, deterministically per (seed, counts, style).

    The latent attributes and the truth depend only on (seed, counts); ``style`` changes only the wording,
    so ``style="main"`` and ``style="heldout"`` with the same seed share the same relevance grades.
    A vacancy with fewer than ``MIN_RELEVANT`` relevant candidates is redrawn (up to 50 times).
    """
    if style not in STYLES:
        raise ValueError(f"style must be one of {STYLES}, not {style!r}")
    rng = np.random.default_rng([seed, profiles, vacancies])
    leaders = _draw_leaders(rng, profiles)
    profile_ids = [f"p{seed}-{i:06d}" for i in range(profiles)]
    drawn: list[tuple[_Vacancy, np.ndarray]] = []
    for _ in range(vacancies):
        best: tuple[_Vacancy, np.ndarray] | None = None
        for _attempt in range(50):
            vacancy = _draw_vacancy(rng, leaders)
            grades = grades_from_scores(fit_scores(leaders, vacancy))
            if best is None or (grades > 0).sum() > (best[1] > 0).sum():
                best = (vacancy, grades)
            if (grades > 0).sum() >= min(MIN_RELEVANT, profiles):
                break
        drawn.append(best)
    text = random.Random(f"sektorbro-bench:{seed}:{style}")
    rows = _leader_rows(leaders)
    profile_records = [write_profile(text, style, row, pid) for row, pid in zip(rows, profile_ids, strict=True)]
    vacancy_records, relevance = [], {}
    functions = {
        pid: tuple(dict.fromkeys(DOMAIN_FUNCTION[DOMAINS[d]] for d in [row.primary, *row.domains]))
        for row, pid in zip(rows, profile_ids, strict=True)
    }
    for j, (vacancy, grades) in enumerate(drawn):
        external_id = f"v{seed}-{j:04d}"
        vacancy_records.append(write_vacancy(text, style, vacancy, external_id))
        relevance[external_id] = {profile_ids[i]: int(grades[i]) for i in np.flatnonzero(grades)}
        functions[external_id] = (DOMAIN_FUNCTION[DOMAINS[vacancy.domain]],)
    return Population(profile_records, vacancy_records, relevance, functions)
