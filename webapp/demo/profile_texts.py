"""A demo leader's texts: education, experience descriptions and a summary that names no employer or place."""

from __future__ import annotations

from . import vocabulary as V
from . import vocabulary_functions as F
from . import vocabulary_people as P
from . import vocabulary_summaries as S
from . import vocabulary_texts as T
from .mixes import Table
from .world import Job

STAFF = ((8, 45), (40, 250), (150, 900), (400, 6000))  # employees under a leader, by level
LEADERSHIP_SHARE = (0.55, 0.7, 0.8, 0.75)  # leaders with a leadership education, by level
_CLINICAL = ("doctor", "nurse")
_WELFARE = ("teacher", "pedagogue", "social", "socialpaed", "ssa", "therapist", "psychologist", "prison")


def specialty_of(jobs: list[Job]) -> str | None:
    """A physician's specialty: that of the first clinical department in their career."""
    return next((P.SPECIALTY_OF_UNIT[j.unit] for j in jobs if j.unit in P.SPECIALTY_OF_UNIT), None)


def education(rng, jobs: list[Job], profession: str, background: str) -> str:
    """The leader's education: the profession's, or for a generalist the usual one in their function."""
    job = jobs[0]
    if profession == "doctor":
        specialty = specialty_of(jobs) or rng.choice(F.SPECIALTIES)
        base = F.DOCTOR_EDUCATION.format(specialty=specialty)
    elif profession in F.PROFESSION_EDUCATION:
        base = rng.choice(F.PROFESSION_EDUCATION[profession])
    else:
        base = rng.choice(F.FUNCTION_EDUCATION.get(background) or F.FUNCTION_EDUCATION["secretariat"])
    if rng.random() > LEADERSHIP_SHARE[job.level - 1] or "diplom" in base.lower() or "master" in base.lower():
        return base
    pool = "clinical" if profession in _CLINICAL else "profession" if profession in _WELFARE else job.org.sector
    return f"{base}, {rng.choice(P.EDUCATION_LEADERSHIP[pool])}"


def _role(job: Job) -> str:
    """The title as a summary says it: without the unit ("kontorchef"; "Head of Økonomi" is "afdelingschef")."""
    role = job.fmt.split(", ")[0]
    return "afdelingschef" if "{u}" in role else T.role_in_sentence(job.title())


def _resp(rng, job: Job) -> str:
    """What the leader is responsible for, in words that name no unit or organisation."""
    low, high = STAFF[job.level - 1]
    if job.resp:
        text = job.resp
    else:
        levels = S.RESP.get(job.profile) or S.RESP[job.function]
        text = rng.choice(levels[min(job.level, len(levels)) - 1])
    return text.format(n=rng.randint(low, high), k=rng.randint(3, 9), big=rng.randint(40, 140))


def experience_text(rng, job: Job, profession: str) -> str:
    """One or two sentences on a post: staff, and a competence of its function in its sector's words."""
    sector = job.org.sector
    keys = [k for k in job.domains if rng.random() < 0.5] or [Table(F.PROFILES[job.profile]).pick(rng)]
    phrase = rng.choice(_phrases(keys[0], sector))
    staff = rng.randint(*STAFF[job.level - 1])
    text = rng.choice(T.EXPERIENCE[job.level]).format(c=phrase, n=staff, k=rng.randint(3, 10))
    if rng.random() < 0.4:
        extra = Table([(k, w) for k, w in F.PROFILES[job.profile] if k != keys[0]]).pick(rng)
        text += " " + rng.choice(T.EXPERIENCE_EXTRA).format(c=rng.choice(_phrases(extra, sector)))
    return text


def _phrases(key: str, sector: str) -> tuple[str, ...]:
    return V.CONCEPT_BY_KEY[key].phrases[sector]


def _where(jobs: list[Job]) -> str:
    """ "i kommunalt regi", "i både kommunalt og regionalt regi", "i det private erhvervsliv"."""
    sectors = list(dict.fromkeys(j.org.sector for j in jobs))
    public = [S.WHERE[s] for s in sectors if s != "privat"]
    parts = []
    if public:
        joined = public[0] if len(public) == 1 else "både " + T.join_phrases(public)
        parts.append(f"i {joined} regi")
    if "privat" in sectors:
        parts.append("i det private erhvervsliv")
    return " og ".join(parts)


def _trained(rng, jobs: list[Job], profession: str) -> str | None:
    what = F.TRAINED_AS.get(profession)
    if what is None:
        return None
    if profession == "doctor" and (specialty := specialty_of(jobs)):
        what = f"læge med speciale i {specialty}"
    return rng.choice(S.TRAINED).format(what=what)


def summary(rng, jobs: list[Job], profession: str, years: int, competences, seeking, open_to) -> str:
    """2-4 sentences in the first person: responsibility, strengths and motive, without naming anyone."""
    job = jobs[0]
    sector = job.org.sector
    said_years = "knap et års" if years == 0 else "et års" if years == 1 else f"{years} års"
    picked = rng.sample(competences, 3)
    intro = rng.choice(S.SUMMARY_INTRO).format(
        role=_role(job), resp=_resp(rng, job), years=said_years, where=_where(jobs)
    )
    strengths = rng.choice(T.SUMMARY_STRENGTHS).format(
        two=T.join_phrases(picked[:2]), three=T.join_phrases(picked), c3=picked[2]
    )
    extras = []
    trained = _trained(rng, jobs, profession)
    if trained and rng.random() < 0.5:
        extras.append(trained)
    elif rng.random() < 0.6:
        options = S.FLAVOUR.get(job.function) or T.SUMMARY_FLAVOUR[sector]
        extras.append(rng.choice(options if rng.random() < 0.75 else T.SUMMARY_FLAVOUR[sector]))
    earlier = next((j.org.sector for j in jobs if j.org.sector != sector), None)
    if earlier and rng.random() < 0.8:
        extras.append(rng.choice(T.SUMMARY_CROSS).format(prev=T.SECTOR_SINGULAR[earlier]))
    if rng.random() < 0.7:
        targets = [T.SECTOR_PLURAL[s] for s in open_to if s != sector]
        motive = rng.choice(T.SUMMARY_MOTIVE[seeking] if targets else T.SUMMARY_MOTIVE_OWN[seeking])
        extras.append(motive.format(targets=T.join_phrases(targets or ["-"]), own=T.SECTOR_PLURAL[sector]))
    if len(extras) > 2:
        del extras[rng.randrange(len(extras))]
    return " ".join([intro, strengths, *extras])
