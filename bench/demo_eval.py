"""The demo data's ranked lists, measured (part of ``make evaluate``).

The demo generator (``webapp/demo``) knows every leader's and vacancy's function and every leader's
profession; the ranker sees only the import records, as after ``seed-demo``. For each published vacancy's
top 10: the share of candidates outside the vacancy's function, and the candidates who lack a profession the
vacancy requires (a violation: the ranker must leave them out).

A top-management post (function "executive") is filled from the functions below it: the generator's world
names them for every such post (``DemoData.feeders``: a hospital director from health and finance, a
kommune's director for economy and staff from finance, secretariat and HR), and its careers climb along
them. A candidate from one of those functions is in the post's function; the strict share, which counts only
executives, is reported beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from matcher.documents import profile_from_record, vacancy_from_record
from matcher.index import CandidateIndex
from webapp.demo import DEMO_LEADERS, generate

TOP = 10
# The demo generator's names for professions, as the matcher names them (others have no counterpart).
DEMO_PROFESSION = {"social": "social_worker", "socialpaed": "pedagogue"}


# Degrees the generator also gives generalists (a cand.jur. in a legal post is labelled "gen").
EDUCATION_NAMES = {"cand.jur": "lawyer", "socialrådgiver": "social_worker", "sygeplejerske": "nurse"}


def true_professions(record: dict, demo_profession: str) -> set[str]:
    """What a demo leader truly is trained as: the generator's label, and the degree their education names."""
    education = record.get("education", "").lower()
    found = {DEMO_PROFESSION.get(demo_profession, demo_profession)}
    return found | {profession for name, profession in EDUCATION_NAMES.items() if name in education}


@dataclass(frozen=True)
class DemoResult:
    """Top-10 function mismatch and profession violations over the demo's published vacancies."""

    vacancies: int
    places: int
    mismatched: int
    strict: int  # places outside the vacancy's own function label, feeders of executive posts not counted
    violations: int
    unavoidable: int  # places no ranking could fill from the function: fewer eligible candidates in it

    @property
    def floor(self) -> float:
        """The lowest mismatch any ranking could reach with these candidates."""
        return self.unavoidable / self.places if self.places else float("nan")

    @property
    def mismatch(self) -> float:
        """Share of top-10 places held by a candidate outside the vacancy's function."""
        return self.mismatched / self.places if self.places else float("nan")

    @property
    def strict_mismatch(self) -> float:
        """Share of top-10 places held by a candidate outside the vacancy's own function label."""
        return self.strict / self.places if self.places else float("nan")


def evaluate_demo(seed: int = 1, profiles: int = DEMO_LEADERS, vacancies: int = 60) -> DemoResult:
    """Rank every published demo vacancy as the service does after ``seed-demo``."""
    data = generate(seed=seed, profiles=profiles, vacancies=vacancies)
    published = [r for r in data.vacancies if r.get("status", "published") == "published"]
    profile_docs = [profile_from_record(r, i) for i, r in enumerate(data.profiles)]
    vacancy_docs = [vacancy_from_record(r, i) for i, r in enumerate(published)]
    index = CandidateIndex.build(profile_docs, vacancy_docs)
    ids = [r["external_id"] for r in data.profiles]
    professions = index.encoder.recogniser_.professions
    places = mismatched = strict = violations = unavoidable = 0
    for record, doc in zip(published, vacancy_docs, strict=True):
        label = data.functions[record["external_id"]]
        wanted = {label, *data.feeders.get(record["external_id"], ())}
        _focus, required = index.encoder.blocks(index.encoder.transform([doc])).roles(0)
        required_ids = {professions[p].id for p in required}
        eligible = index.rank(doc, limit=len(profile_docs))
        in_function = sum(data.functions[ids[item.key]] in wanted for item in eligible)
        unavoidable += max(0, min(TOP, len(eligible)) - in_function)
        for item in eligible[:TOP]:
            places += 1
            mismatched += data.functions[ids[item.key]] not in wanted
            strict += data.functions[ids[item.key]] != label
            has = true_professions(data.profiles[item.key], data.professions[ids[item.key]])
            violations += bool(required_ids) and not has & required_ids
    return DemoResult(len(published), places, mismatched, strict, violations, unavoidable)


def report(result: DemoResult) -> None:
    """Print the demo table."""
    print(f"\nDemo data (seed-demo's {DEMO_LEADERS} leaders, its published vacancies)")
    print(
        "| vacancies | top-10 places | function mismatch | lowest possible | strict (executive posts: executives only)"
        " | required-profession violations |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {result.vacancies} | {result.places} | {result.mismatch:.2f} | {result.floor:.2f} "
        f"| {result.strict_mismatch:.2f} | {result.violations} |"
    )
