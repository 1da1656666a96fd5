"""Demo vacancies: public posts in the employer sector's own words, some with sector-locking demands.

Every vacancy belongs to one function; each function gets vacancies in two sectors (where it has posts in
two), so cross-sector matches exist for every kind of leader. Posts that need a profession say so as an ad
would ("Du er uddannet sygeplejerske"). About a third of the texts carry the kind of requirement that
screens out other sectors ("erfaring fra en politisk styret organisation"); the demo employer always gets
three published vacancies, the first asking in state wording for what the demo leader offers in kommune
wording.
"""

from __future__ import annotations

from datetime import date, timedelta

from matcher.sectors import PUBLIC_SECTORS

from . import mixes as M
from . import vocabulary as V
from . import vocabulary_functions as F
from . import vocabulary_people as P
from . import vocabulary_texts as T
from . import world as W
from .mixes import Table
from .profile_texts import specialty_of
from .world import Job, World

BASE_DATE = date(2026, 12, 1)  # deadlines are this date + 14..60 days, never today's date
DEMO_MATCH = ("fiscal_frame", "budget", "political_servicing", "data_mgmt")
DEMO_TITLE = "Kontorchef, Kontor for Økonomi og Styring"
# How often an ad states the profession its post needs, by profession.
STATES_PROFESSION = {"doctor": 0.85, "nurse": 0.8, "teacher": 0.7, "pedagogue": 0.7, "psychologist": 0.8,
                     "lawyer": 0.7, "social": 0.4, "police": 0.6}  # fmt: skip


def draw_vacancies(rng, w: World, count: int) -> list[tuple[dict, Job]]:
    """``count`` (vacancy, the post it advertises) pairs; the first three slots go to the demo employer, published."""
    specs: list[tuple[str, int | str | None]] = [("demo", i) for i in range(min(3, count))]
    specs += [("region", None), ("kommune", None)][: max(0, count - len(specs))]
    specs += _function_slots(rng, w)
    specs += [(M.VACANCY_SECTORS.pick(rng), None) for _ in range(count - len(specs))]
    specs = specs[:count]
    rng.shuffle(specs)
    return [_vacancy_for(rng, w, number, sector, slot) for number, (sector, slot) in enumerate(specs, start=1)]


def _function_slots(rng, w: World) -> list[tuple[str, str]]:
    """Two sectors per function (one where it has posts in only one), weighted like all vacancies."""
    slots = []
    for function in F.FUNCTIONS:
        sectors = [s for s in PUBLIC_SECTORS if any((s, level, function) in w.by_function for level in (1, 2, 3, 4))]
        weights = dict(zip(M.VACANCY_SECTORS.items, _weights(M.VACANCY_SECTORS), strict=True))
        for _ in range(min(2, len(sectors))):
            sector = Table([(s, weights[s]) for s in sectors]).pick(rng)
            sectors.remove(sector)
            slots.append((sector, function))
    return slots


def _weights(table: Table) -> list[float]:
    return [b - a for a, b in zip([0.0, *table.cum], table.cum, strict=False)]


def _vacancy_for(rng, w: World, number: int, sector: str, slot) -> tuple[dict, Job]:
    if sector == "demo":
        employer = w.org_by_name[P.DEMO_EMPLOYER]
        level = 2 if slot == 0 else M.VACANCY_LEVELS.pick(rng)
        own = Table([(j, weight) for j, weight in _pairs(w.jobs["stat", level]) if j.org is employer])
        job = next(j for j in own.items if j.title() == DEMO_TITLE) if slot == 0 else own.pick(rng)
        return _vacancy(rng, w, number, job, "published", DEMO_MATCH if slot == 0 else None), job
    level = M.VACANCY_LEVELS.pick(rng)
    if slot is None:
        job = w.jobs[sector, level].pick(rng)
    else:  # the nearest level at which the function has posts in this sector
        levels = sorted((1, 2, 3, 4), key=lambda lv: (abs(lv - level), lv))
        job = next(w.by_function[k] for k in ((sector, lv, slot) for lv in levels) if k in w.by_function).pick(rng)
    return _vacancy(rng, w, number, job, _status(rng), None), job


def _pairs(table: Table):
    return zip(table.items, _weights(table), strict=True)


def _status(rng) -> str:
    r = rng.random()
    return "draft" if r < 0.10 else "closed" if r < 0.15 else "published"


def _vacancy(rng, w: World, number: int, job: Job, status: str, fixed: tuple[str, ...] | None) -> dict:
    sector, level, org = job.org.sector, job.level, job.org
    extra = job.feeders[0] if job.function == "executive" and job.feeders else None
    extra = extra if extra in F.PROFILES else None
    if fixed:
        required = [(key, V.CONCEPT_BY_KEY[key].phrases[sector]) for key in fixed]
    else:
        k = rng.randint(3, 6)
        required = w.competences(rng, job, sector, k, 1 if k >= 4 and rng.random() < 0.6 else 0, extra)
    taken = {key for key, _ in required}
    more = w.competences(rng, job, sector, len(required) + 4, 2, extra)
    nice = [c for c in more if c[0] not in taken][: rng.randint(0, 4)]
    deadline = BASE_DATE + timedelta(days=rng.randint(14, 60))
    competences, nice_to_have = W.phrases(rng, required), W.phrases(rng, nice)
    return {
        "external_id": f"demo-v-{number:04d}",
        "title": job.vacancy_title(),
        "sector": sector,
        "organisation": org.name,
        "municipality": org.municipality,
        "level": level,
        "competences": competences,
        "nice_to_have": nice_to_have,
        "description": _description(rng, job, competences, nice_to_have or competences, deadline),
        "deadline": deadline.isoformat(),
        "status": status,
    }


def _kind(org) -> str:
    if org.kind.startswith("k_"):
        return "forvaltning"
    if org.kind in ("politi", "rigspoliti"):
        return "politi"
    return "styrelse" if org.kind == "kriminalforsorg" else org.kind


def _requirement(rng, job: Job) -> str | None:
    """The ad's line on the profession the post needs (or a softer wish where several professions fit)."""
    professions = [p for p, _ in job.professions]
    if len(professions) == 1 and professions[0] in F.REQUIREMENT:
        profession = professions[0]
        if rng.random() >= STATES_PROFESSION.get(profession, 0.5):
            return None
        specialty = specialty_of([job]) if profession == "doctor" else None
        text = rng.choice(F.REQUIREMENT[profession])
        return text.format(specialty=f" i {specialty}" if specialty else "")
    if job.function in F.BACKGROUND_WISH and rng.random() < 0.3:
        return F.BACKGROUND_WISH[job.function]
    return None


def _description(rng, job: Job, competences, nice, deadline: date) -> str:
    """4-8 sentences: organisation, unit, tasks, reporting, person profile, requirements, terms, deadline."""
    org, sector, level, unit = job.org, job.org.sector, job.level, job.unit
    kind = _kind(org)
    c = rng.sample(competences, min(3, len(competences)))
    names = {"org": org.name, "parent": org.parent, "unit_org": org.title_name, "kommune": org.said}
    first = [rng.choice(T.VACANCY_INTRO[kind]).format(**names)]
    if unit and rng.random() < 0.8:
        staff = rng.randint(*T.UNIT_SIZE[sector][level > 1])
        first.append(rng.choice(T.VACANCY_UNIT).format(unit=unit, n=staff))
    role, listed, two = T.role_in_sentence(job.title()), T.join_phrases(c), T.join_phrases(c[:2])
    first.append(rng.choice(T.VACANCY_TASKS).format(role=role, list=listed, two=two))
    middle = []
    if rng.random() < 0.6:
        middle.append(rng.choice(T.VACANCY_REPORTING).format(ref=_reports_to(org, level)))
    if rng.random() < 0.5:
        middle.append(rng.choice(T.VACANCY_FLAVOUR["politi" if kind == "politi" else sector]))
    person = [rng.choice(T.VACANCY_PERSON).format(n1=rng.choice(nice))]
    if requirement := _requirement(rng, job):
        person.append(requirement)
    if level > 1 and rng.random() < 0.5:
        person.append(T.VACANCY_PERSON_SENIOR)
    if rng.random() < 1 / 3:
        person.append(rng.choice(T.VACANCY_LOCKING[sector]))
    elif rng.random() < 0.25:
        person.append(rng.choice(T.VACANCY_OPEN))
    terms = [rng.choice(T.VACANCY_TERMS[sector, level > 1])] if rng.random() < 0.7 else []
    closing = T.VACANCY_DEADLINE.format(date=f"{deadline.day}. {T.MONTHS[deadline.month - 1]} {deadline:%Y}")
    room = 8 - len(first) - len(person) - 1  # at most 8 sentences: drop optional ones beyond that
    middle = middle[:room]
    terms = terms[: room - len(middle)]
    return " ".join([*first, *middle, *person, *terms, closing])


def _reports_to(org, level: int) -> str:
    if org.kind == "kommune":
        return "borgmesteren og økonomiudvalget"
    if org.kind.startswith("k_"):
        return T.REPORTS_TO["kommune"][level - 1]
    fallback = "styrelse" if org.sector == "stat" else "region"  # hospitals, psychiatry, social institutions
    return T.REPORTS_TO.get(org.kind, T.REPORTS_TO[fallback])[level - 1]
