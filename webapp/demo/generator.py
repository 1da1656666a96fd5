"""Generate deterministic, realistic Danish demo data in Sektorbro's import format.

Same seed and counts give identical output: only ``random.Random(seed)`` is used and deadlines are
relative to a fixed base date. Profiles and vacancies draw from separate streams, so changing the number
of vacancies does not change the profiles. The mixes (in world.py) follow domain.md §7: sectors weighted
by FTE, a private segment, mostly L1 leaders, rare public cross-moves into stat and kommune, commoner
into region.
"""

from __future__ import annotations

import copy
import math
import random
from dataclasses import dataclass

from . import vocabulary as V
from . import vocabulary_people as P
from . import vocabulary_texts as T
from . import world as W
from .vacancies import draw_vacancies
from .world import Job, World

SECTORS = V.SECTORS
CURRENT_YEAR = 2026  # experience years end here; matches the fixed deadline base date 2026-12-01

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"})
# Leadership education follows the profession more than the employer.
EDUCATION_POOL = {"med": "region", "nurse": "region", "teacher": "profession", "pedagogue": "profession"}
EDUCATION_POOL |= {"social": "profession", "care": "profession"}
STAFF = ((6, 40), (40, 250), (150, 900), (400, 6000))  # employees under a leader, by level


@dataclass(frozen=True)
class DemoData:
    """Generated demo data, as plain dicts in Sektorbro's import format."""

    organisations: list[dict]
    profiles: list[dict]
    vacancies: list[dict]
    demo_leader: dict
    demo_employer_organisation: str


def generate(seed: int = 1, profiles: int = 200, vacancies: int = 40) -> DemoData:
    """Return demo organisations, ``profiles`` leader profiles and ``vacancies`` vacancies for ``seed``."""
    w = W.get_world()
    profile_rng, vacancy_rng = random.Random(seed * 2 + 1), random.Random(seed * 2 + 2)
    return DemoData(
        organisations=[org.export() for org in w.orgs],
        profiles=[_profile(profile_rng, w, i) for i in range(1, profiles + 1)],
        vacancies=draw_vacancies(vacancy_rng, w, vacancies),
        demo_leader=copy.deepcopy(P.DEMO_LEADER),
        demo_employer_organisation=P.DEMO_EMPLOYER,
    )


def _profile(rng, w: World, number: int) -> dict:
    sector, level = W.PROFILE_SECTORS.pick(rng), W.PROFILE_LEVELS.pick(rng)
    job = w.jobs[sector, level].pick(rng)
    unit = rng.choice(job.units) if job.units else ""
    title = job.title(unit)
    low, high, mode = W.YEARS[level - 1]
    years = min(35, int(rng.triangular(low, high, mode)))
    experience = _experience(rng, w, job, unit, years)
    first, middle, last = _name(rng)
    home, distance = w.homes[job.org.municipality].pick(rng)
    needed = 10 if distance < 5 else min(150, 5 * math.ceil(distance / 5) + 5)
    seeking = W.SEEKING.pick(rng)
    open_to = _open_to(rng, sector, seeking)
    count = rng.choice(W.COMPETENCE_COUNTS)
    competences = W.phrases(rng, w.draw_concepts(rng, sector, level, job.domains, count))
    return {
        "external_id": f"demo-p-{number:06d}",
        "name": " ".join(filter(None, (first, middle, last))),
        "email": f"{first.lower().translate(_ASCII)}.{last.lower().translate(_ASCII)}.{number}@example.dk",
        "sector": sector,
        "organisation": job.org.name,
        "title": title,
        "level": level,
        "years_as_leader": years,
        "municipality": home,
        "max_commute_km": max(rng.choice(W.COMMUTES), needed),
        "open_to_sectors": open_to,
        "seeking": seeking,
        "competences": competences,
        "summary": _summary(rng, job, title, years, competences, experience, seeking, open_to),
        "experience": experience,
        "education": _education(rng, job.background, sector, level, unit),
    }


def _name(rng) -> tuple[str, str | None, str]:
    first = rng.choice(P.FEMALE_NAMES if rng.random() < 0.55 else P.MALE_NAMES)
    last = rng.choice(P.SURNAMES)
    while (first, last) in P.BLOCKED_NAMES:
        last = rng.choice(P.SURNAMES)
    middle = rng.choice(P.MIDDLE_NAMES) if rng.random() < 0.3 else None
    return first, (None if middle == last else middle), last


def _open_to(rng, sector: str, seeking: str) -> list[str]:
    """Sectors a leader would move to: usually their own, often others (more if job-seeking)."""
    other = {"active": 0.5, "open": 0.35, "not_looking": 0.15}[seeking]
    factor = {s: 0.5 if s == "privat" else 0.8 if sector == "privat" else 1.0 for s in SECTORS}
    chances = {s: 0.93 if s == sector else other * factor[s] for s in SECTORS}
    return [s for s in SECTORS if rng.random() < chances[s]] or [sector]


def _education(rng, background: str, sector: str, level: int, unit: str) -> str:
    base = rng.choice(P.EDUCATION_BASE[background])
    if background == "med" and unit in P.SPECIALTY_OF_UNIT:
        base = f"Cand.med., speciallæge i {P.SPECIALTY_OF_UNIT[unit]}"
    if rng.random() > (0.55, 0.7, 0.8, 0.75)[level - 1]:
        return base
    pool = EDUCATION_POOL.get(background, sector)
    return f"{base}, {rng.choice(P.EDUCATION_LEADERSHIP[pool])}"


def _previous_job(rng, w: World, job: Job) -> Job:
    """The job before ``job``: a step down in the same organisation, or (per PREVIOUS_SECTOR) elsewhere."""
    sector, level, family = job.org.sector, job.level, job.family
    before = W.PREVIOUS_SECTOR[sector].pick(rng)
    if before == sector and level > 1 and rng.random() < 0.5:
        level -= 1  # promoted since, often internally
        same_org = w.jobs_by_org.get((job.org.name, level, family))
        if same_org and rng.random() < 0.5:
            return same_org.pick(rng)
    elif before != sector and level <= 2 and rng.random() < 0.2:
        level += 1  # took a step down to change sector
    elif before != sector and level > 1 and rng.random() < 0.35:
        level -= 1
    table = w.jobs_by_family.get((before, level, family)) or w.jobs_by_family.get((sector, level, family))
    table = table or w.jobs[sector, level]
    previous = table.pick(rng)
    return table.pick(rng) if previous.org is job.org else previous  # a same-level job is elsewhere, mostly


def _experience(rng, w: World, job: Job, unit: str, years: int) -> list[dict]:
    """1-4 leader jobs, newest first, covering the years as leader without overlap (end = next start)."""
    n = rng.choice(W.ENTRY_COUNTS[min(years // 3, 4)])
    start = CURRENT_YEAR - years
    starts = [start, *sorted(rng.sample(range(start + 1, CURRENT_YEAR + 1), n - 1))]
    ends = [*starts[1:], None]
    jobs, titles = [job], [job.title(unit)]
    while len(jobs) < n:
        previous = _previous_job(rng, w, jobs[-1])
        jobs.append(previous)
        units = previous.units or ("",)
        # physicians stay in their specialty; nurses often stay in theirs
        stays = previous.family == "med" or (previous.family == "care" and rng.random() < 0.5)
        keep = stays and unit in units
        unit = unit if keep else rng.choice(units)
        titles.append(previous.title(unit))
    entries = []
    for position, (entry_job, entry_title) in enumerate(zip(jobs, titles, strict=True)):
        org = entry_job.org
        entries.append(
            {
                "sector": org.sector,
                "organisation": org.name,
                "title": entry_title,
                "level": entry_job.level,
                "start_year": starts[n - 1 - position],
                "end_year": ends[n - 1 - position],
                "description": _job_text(rng, w, entry_job),
            }
        )
    return entries


def _job_text(rng, w: World, job: Job) -> str:
    sector, level = job.org.sector, job.level
    key, phrases = w.draw_concepts(rng, sector, level, job.domains, 1)[0]
    staff = rng.randint(*STAFF[level - 1])
    text = rng.choice(T.EXPERIENCE[level]).format(c=rng.choice(phrases), n=staff, k=rng.randint(3, 10))
    if rng.random() < 0.4:
        extra = [p for k, p in w.draw_concepts(rng, sector, level, (), 2) if k != key][0]
        text += " " + rng.choice(T.EXPERIENCE_EXTRA).format(c=rng.choice(extra))
    return text


def _summary(rng, job: Job, title: str, years: int, competences, experience, seeking, open_to) -> str:
    """2-4 sentences in the leader's own sector's words."""
    sector, org = job.org.sector, job.org
    years = "knap et års" if years == 0 else "et års" if years == 1 else f"{years} års"
    picked = rng.sample(competences, 3)
    sentences = [
        rng.choice(T.SUMMARY_INTRO[sector]).format(
            role=T.role_in_sentence(title), prep=org.prep, org=org.said, years=years
        ),
        rng.choice(T.SUMMARY_STRENGTHS).format(
            two=T.join_phrases(picked[:2]), three=T.join_phrases(picked), c3=picked[2]
        ),
    ]
    extras = []
    if rng.random() < 0.6:
        extras.append(rng.choice(T.SUMMARY_FLAVOUR[sector]))
    earlier = next((e["sector"] for e in experience if e["sector"] != sector), None)
    if earlier and rng.random() < 0.8:
        extras.append(rng.choice(T.SUMMARY_CROSS).format(prev=T.SECTOR_SINGULAR[earlier]))
    if rng.random() < 0.7:
        targets = [T.SECTOR_PLURAL[s] for s in open_to if s != sector]
        motive = rng.choice(T.SUMMARY_MOTIVE[seeking] if targets else T.SUMMARY_MOTIVE_OWN[seeking])
        extras.append(motive.format(targets=T.join_phrases(targets or ["-"]), own=T.SECTOR_PLURAL[sector]))
    if len(extras) > 2:
        del extras[rng.randrange(len(extras))]
    return " ".join(sentences + extras)
