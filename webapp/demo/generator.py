"""Generate deterministic, realistic Danish demo data in Sektorbro's import format.

Same seed and counts give identical output: only ``random.Random(seed)`` is used and deadlines are
relative to a fixed base date. Profiles and vacancies draw from separate streams, so changing the number
of vacancies does not change the profiles. The mixes (in world.py) follow domain.md §7: sectors weighted
by FTE, a private segment, mostly L1 leaders, rare public cross-moves into stat and kommune, commoner
into region.

Every leader has one function (økonomi, sundhed, skole …; vocabulary_functions.py) and a career in it:
their earlier posts are in the same function (now and then a neighbouring one), rise in level, and fit
their profession (a cheflæge was a ledende overlæge in the same specialty, never a skoleleder); their
education, competences and summary follow from the function and profession.
"""

from __future__ import annotations

import copy
import math
import random
from dataclasses import dataclass

from . import mixes as M
from . import vocabulary as V
from . import vocabulary_functions as F
from . import vocabulary_people as P
from . import world as W
from .profile_texts import education, experience_text, summary
from .vacancies import draw_vacancies
from .world import Job, World

SECTORS = V.SECTORS
CURRENT_YEAR = 2026  # experience years end here; matches the fixed deadline base date 2026-12-01

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"})


@dataclass(frozen=True)
class DemoData:
    """Generated demo data, as plain dicts in Sektorbro's import format.

    ``functions`` maps every profile's and vacancy's external_id to its function id (those of
    ``matcher/data/functions.json``), ``careers`` a profile's external_id to the function of each of its
    experience entries (newest first) and ``professions`` to the profession its education shows
    ("doctor", "nurse", …, or "gen" for a generalist); all three are for tests and evaluation, not import.
    """

    organisations: list[dict]
    profiles: list[dict]
    vacancies: list[dict]
    demo_leader: dict
    demo_employer_organisation: str
    functions: dict[str, str]
    careers: dict[str, list[str]]
    professions: dict[str, str]
    feeders: dict[str, tuple[str, ...]]


def generate(seed: int = 1, profiles: int = 200, vacancies: int = 40) -> DemoData:
    """Return demo organisations, ``profiles`` leader profiles and ``vacancies`` vacancies for ``seed``."""
    w = W.get_world()
    profile_rng, vacancy_rng = random.Random(seed * 2 + 1), random.Random(seed * 2 + 2)
    functions: dict[str, str] = {}
    careers: dict[str, list[str]] = {}
    professions: dict[str, str] = {}
    records = []
    for number in range(1, profiles + 1):
        record, jobs, profession = _profile(profile_rng, w, number)
        functions[record["external_id"]] = jobs[0].function
        careers[record["external_id"]] = [job.function for job in jobs]
        professions[record["external_id"]] = profession
        records.append(record)
    demo = copy.deepcopy(P.DEMO_LEADER)
    functions[demo["external_id"]] = P.DEMO_LEADER_FUNCTION
    careers[demo["external_id"]] = [P.DEMO_LEADER_FUNCTION] * len(demo["experience"])
    professions[demo["external_id"]] = "gen"
    vacancy_records = draw_vacancies(vacancy_rng, w, vacancies)
    functions |= {v["external_id"]: job.function for v, job in vacancy_records}
    feeders = {v["external_id"]: job.feeders for v, job in vacancy_records if job.function == "executive"}
    return DemoData(
        organisations=[org.export() for org in w.orgs],
        profiles=records,
        vacancies=[v for v, _ in vacancy_records],
        feeders=feeders,
        demo_leader=demo,
        demo_employer_organisation=P.DEMO_EMPLOYER,
        functions=functions,
        careers=careers,
        professions=professions,
    )


def _profile(rng, w: World, number: int) -> tuple[dict, list[Job], str]:
    sector, level = M.PROFILE_SECTORS.pick(rng), M.PROFILE_LEVELS.pick(rng)
    job = w.jobs[sector, level].pick(rng)
    profession = job.pick_profession(rng)
    background = _background(rng, w, job, profession)
    low, high, mode = M.YEARS[level - 1]
    years = min(35, int(rng.triangular(low, high, mode)))
    jobs = _career(rng, w, job, profession, background, years)
    experience = _experience(rng, jobs, profession, years)
    first, middle, last = _name(rng)
    home, distance = _home(rng, w, job)
    needed = 10 if distance < 5 else min(150, 5 * math.ceil(distance / 5) + 5)
    seeking = M.SEEKING.pick(rng)
    open_to = _open_to(rng, sector, seeking)
    count = rng.choice(M.COMPETENCE_COUNTS)
    generic = rng.choice((1, 2, 2, 3)) if count >= 7 else rng.choice((1, 2))
    extra = background if job.function == "executive" and background != "executive" else None
    drawn = w.competences(rng, job, sector, count, generic, _profile_key(extra, profession) if extra else None)
    competences = W.phrases(rng, drawn)
    record = {
        "external_id": f"demo-p-{number:06d}",
        "name": " ".join(filter(None, (first, middle, last))),
        "email": f"{first.lower().translate(_ASCII)}.{last.lower().translate(_ASCII)}.{number}@example.dk",
        "sector": sector,
        "organisation": job.org.name,
        "title": job.title(),
        "level": level,
        "years_as_leader": years,
        "municipality": home,
        "max_commute_km": max(rng.choice(M.COMMUTES), needed),
        "open_to_sectors": open_to,
        "seeking": seeking,
        "competences": competences,
        "summary": summary(rng, jobs, profession, years, competences, seeking, open_to),
        "experience": experience,
        "education": education(rng, jobs, profession, background),
    }
    return record, jobs, profession


def _home(rng, w: World, job: Job) -> tuple[str, float]:
    """Where the leader lives: near the workplace, never beyond the longest commute anyone is given."""
    for _ in range(5):
        home, distance = w.homes[job.org.municipality].pick(rng)
        if distance <= 145:
            return home, distance
    return job.org.municipality, 0.0


def _profile_key(function: str, profession: str) -> str:
    """The competence profile of a function for a profession (a doctor's health is the clinic's)."""
    key = f"{function}/{profession}"
    return key if key in F.PROFILES else function


def _background(rng, w: World, job: Job, profession: str) -> str:
    """The function a career grew in: the job's own, or for a top leader one of the posts it is filled from."""
    if job.function != "executive":
        return job.function
    sector = job.org.sector
    options = [f for f in job.feeders if (sector, 3, f, profession) in w.by_profession]
    options += [f for f in job.feeders if any((s, 3, f, profession) in w.by_profession for s in SECTORS)]
    return rng.choice(options) if options else "executive"


def _name(rng) -> tuple[str, str | None, str]:
    first = rng.choice(P.FEMALE_NAMES if rng.random() < 0.55 else P.MALE_NAMES)
    last = rng.choice(P.SURNAMES)
    while (first, last) in P.BLOCKED_NAMES:
        last = rng.choice(P.SURNAMES)
    middle = rng.choice(P.MIDDLE_NAMES) if rng.random() < 0.3 else None
    return first, (None if middle == last else middle), last


def _open_to(rng, sector: str, seeking: str) -> list[str]:
    """Sectors a leader would move to: usually their own, often others (more if job-seeking). Leaders who
    sign up for a cross-sector service are more open to other sectors than leaders at large."""
    other = {"active": 0.65, "open": 0.45, "not_looking": 0.2}[seeking]
    factor = {s: 0.5 if s == "privat" else 0.8 if sector == "privat" else 1.0 for s in SECTORS}
    chances = {s: 0.93 if s == sector else other * factor[s] for s in SECTORS}
    return [s for s in SECTORS if rng.random() < chances[s]] or [sector]


def _career(rng, w: World, job: Job, profession: str, background: str, years: int) -> list[Job]:
    """The leader's posts, newest first: 2-4 of them, each one a step up from (or level with) the one before."""
    n = min(rng.choice(M.ENTRY_COUNTS[min(years // 3, 4)]), years + 1)
    specialty = P.SPECIALTY_OF_UNIT.get(job.unit) if profession == "doctor" else None
    jobs = [job]
    while len(jobs) < n:
        previous = _previous_job(rng, w, jobs[-1], job.function, profession, background, specialty)
        if profession == "doctor" and specialty is None:
            specialty = P.SPECIALTY_OF_UNIT.get(previous.unit)
        jobs.append(previous)
    return jobs


def _previous_job(rng, w: World, job: Job, home: str, profession: str, background: str, specialty) -> Job:
    """The post before ``job``: in the leader's ``home`` function (now and then a neighbour of it; for a top
    leader often the function they grew up in), at the same level or one below, mostly in the same sector
    (per PREVIOUS_SECTOR) and often a promotion inside the same organisation."""
    sector, level = job.org.sector, job.level
    before = M.PREVIOUS_SECTOR[sector].pick(rng)
    lower = level - 1 if level > 1 and rng.random() < (0.6 if before == sector else 0.4) else level
    own = background if home == "executive" else home
    wanted = home
    if home == "executive" and (lower < 3 or rng.random() < 0.5):
        wanted = background
    elif home in F.ADJACENT and rng.random() < F.ADJACENT_SHARE:
        wanted = rng.choice(F.ADJACENT[home])
    if before == sector and lower < level and rng.random() < 0.5:
        inside = w.by_org.get((job.org.name, lower, wanted, profession))
        if inside:
            return inside.pick(rng)
    if specialty:  # a physician stays in their specialty
        for s in (before, sector):
            table = w.by_specialty.get((s, lower, specialty))
            if table:
                return _other(rng, table, job)
    for s, lv, fn in (
        (before, lower, wanted),
        (sector, lower, wanted),
        (before, lower, own),
        (sector, lower, own),
        (sector, level, job.function),
    ):
        table = w.by_profession.get((s, lv, fn, profession))
        if table:
            return _other(rng, table, job)
    raise LookupError(f"no earlier post for {job.title()} ({profession})")  # never: the last is job's own table


def _other(rng, table: M.Table, job: Job) -> Job:
    """A post from ``table`` other than ``job`` itself, where the table has one."""
    for _ in range(6):
        picked = table.pick(rng)
        if picked.title() != job.title() or picked.org is not job.org:
            return picked
    return picked


def _experience(rng, jobs: list[Job], profession: str, years: int) -> list[dict]:
    """The posts as experience entries covering the years as leader without overlap (end = next start)."""
    n = len(jobs)
    start = CURRENT_YEAR - years
    starts = [start, *sorted(rng.sample(range(start + 1, CURRENT_YEAR + 1), n - 1))]
    ends = [*starts[1:], None]
    entries = []
    for position, job in enumerate(jobs):
        entries.append(
            {
                "sector": job.org.sector,
                "organisation": job.org.name,
                "title": job.title(),
                "level": job.level,
                "start_year": starts[n - 1 - position],
                "end_year": ends[n - 1 - position],
                "description": experience_text(rng, job, profession),
            }
        )
    return entries
