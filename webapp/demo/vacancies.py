"""Demo vacancies: public posts in the employer sector's own words, some with sector-locking demands.

About a third of the texts carry the kind of requirement that screens out other sectors ("erfaring fra
en politisk styret organisation"); the demo employer always gets three published vacancies, the first
asking in state wording for what the demo leader offers in kommune wording.
"""

from __future__ import annotations

from datetime import date, timedelta

from . import vocabulary as V
from . import vocabulary_people as P
from . import vocabulary_texts as T
from . import world as W
from .world import Job, World

BASE_DATE = date(2026, 12, 1)  # deadlines are this date + 14..60 days, never today's date
DEMO_MATCH = ("fiscal_frame", "budget", "political_servicing", "data_mgmt")


def draw_vacancies(rng, w: World, count: int) -> list[dict]:
    """``count`` vacancies; the first three slots go to the demo employer, published."""
    employer = w.org_by_name[P.DEMO_EMPLOYER]
    specs = [("demo", i) for i in range(min(3, count))]
    specs += [("region", None), ("kommune", None)][: max(0, count - len(specs))]
    specs += [(W.VACANCY_SECTORS.pick(rng), None) for _ in range(count - len(specs))]
    rng.shuffle(specs)
    vacancies = []
    for number, (sector, demo_slot) in enumerate(specs, start=1):
        if demo_slot is None:
            level = W.VACANCY_LEVELS.pick(rng)
            job, status, fixed = w.jobs[sector, level].pick(rng), _status(rng), None
        else:
            level = 2 if demo_slot == 0 else W.VACANCY_LEVELS.pick(rng)
            options = w.jobs_by_org[employer.name, level, "gen"]
            job, status, fixed = options.pick(rng), "published", None
            if demo_slot == 0:  # a kontorchef for economy: the demo leader's best cross-sector match
                job, fixed = next(j for j in options.items if j.fmt.startswith("Kontorchef")), DEMO_MATCH
        vacancies.append(_vacancy(rng, w, number, job, status, fixed))
    return vacancies


def _status(rng) -> str:
    r = rng.random()
    return "draft" if r < 0.10 else "closed" if r < 0.15 else "published"


def _vacancy(rng, w: World, number: int, job: Job, status: str, fixed: tuple[str, ...] | None) -> dict:
    sector, level, org = job.org.sector, job.level, job.org
    unit = rng.choice(job.units) if job.units else ""
    if fixed:
        unit = "Kontor for Økonomi og Styring"
        required = [(key, V.CONCEPT_BY_KEY[key].phrases[sector]) for key in fixed]
    else:
        required = w.draw_concepts(rng, sector, level, job.domains, rng.randint(3, 6))
    extra = [c for c in w.draw_concepts(rng, sector, level, (), len(required) + 4) if c not in required]
    nice = extra[: rng.randint(0, 4)]
    deadline = BASE_DATE + timedelta(days=rng.randint(14, 60))
    competences, nice_to_have = W.phrases(rng, required), W.phrases(rng, nice)
    return {
        "external_id": f"demo-v-{number:04d}",
        "title": job.vacancy_title(unit),
        "sector": sector,
        "organisation": org.name,
        "municipality": org.municipality,
        "level": level,
        "competences": competences,
        "nice_to_have": nice_to_have,
        "description": _description(rng, job, unit, competences, nice_to_have or competences, deadline),
        "deadline": deadline.isoformat(),
        "status": status,
    }


def _description(rng, job: Job, unit: str, competences, nice, deadline: date) -> str:
    """4-8 sentences: organisation, unit, tasks, reporting, person profile, requirements, terms, deadline."""
    org, sector, level = job.org, job.org.sector, job.level
    kind = "forvaltning" if org.kind.startswith("k_") else "politi" if org.kind == "rigspoliti" else org.kind
    c = rng.sample(competences, min(3, len(competences)))
    names = {"org": org.name, "parent": org.parent, "unit_org": org.title_name, "kommune": org.said}
    first = [rng.choice(T.VACANCY_INTRO[kind]).format(**names)]
    if unit and rng.random() < 0.8:
        staff = rng.randint(*T.UNIT_SIZE[sector][level > 1])
        first.append(rng.choice(T.VACANCY_UNIT).format(unit=unit, n=staff))
    role, listed, two = T.role_in_sentence(job.title(unit)), T.join_phrases(c), T.join_phrases(c[:2])
    first.append(rng.choice(T.VACANCY_TASKS).format(role=role, list=listed, two=two))
    middle = []
    if rng.random() < 0.6:
        middle.append(rng.choice(T.VACANCY_REPORTING).format(ref=_reports_to(org, level)))
    if rng.random() < 0.5:
        middle.append(rng.choice(T.VACANCY_FLAVOUR["politi" if kind == "politi" else sector]))
    person = [rng.choice(T.VACANCY_PERSON).format(n1=rng.choice(nice))]
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
    fallback = "styrelse" if org.kind == "rigspoliti" else "region"  # hospitals, psychiatry, pre-hospital
    return T.REPORTS_TO.get(org.kind, T.REPORTS_TO[fallback])[level - 1]
