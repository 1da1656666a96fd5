"""Demo leaders and vacancies read as a recruiter would read them: one function, a coherent career and
education, competences of that function, and summaries that name no employer or place."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from matcher.functions import FunctionRecogniser
from matcher.geography import MUNICIPALITIES
from webapp.demo import vocabulary as V
from webapp.demo import vocabulary_functions as F

FUNCTIONS_JSON = Path(__file__).resolve().parents[2] / "matcher" / "data" / "functions.json"
FUNCTION_IDS = {f["id"] for f in json.loads(FUNCTIONS_JSON.read_text(encoding="utf-8"))["functions"]}
PUBLIC = {"stat", "region", "kommune"}
# The neighbours a career may pass through (domain: finance↔secretariat, hr↔finance, health↔elderly).
NEIGHBOURS = {frozenset(pair) for pair in (("finance", "secretariat"), ("hr", "finance"), ("health", "elderly_social"))}
# What the education of a leader of each profession starts with.
PROFESSION_EDUCATION = {
    "doctor": r"Cand\.med\., speciallæge i ",
    "nurse": r"Sygeplejerske",
    "teacher": r"Lærer",
    "pedagogue": r"Pædagog",
    "socialpaed": r"(Pædagog|Socialpædagog)",
    "social": r"Socialrådgiver",
    "lawyer": r"Cand\.jur\.",
    "police": r"Politiuddannelsen",
    "psychologist": r"Cand\.psych\.",
    "therapist": r"(Ergo|Fysio)terapeut",
    "ssa": r"Social- og sundhedsassistent",
    "officer": r"Officersuddannelsen",
    "prison": r"(Fængselsbetjent|Cand\.scient\.soc\.)",
}
# What a generalist's education shows, by the function their career grew in.
FUNCTION_EDUCATION = {
    "finance": r"cand\.polit|cand\.oecon|cand\.merc|hd i regnskab|cand\.scient\.pol",
    "hr": r"cand\.scient\.adm|cand\.merc|cand\.soc|cand\.scient\.pol|cand\.psych|hd i organisation",
    "digital": r"cand\.it|datalog|software|datamatiker",
    "secretariat": r"cand\.scient\.pol|cand\.scient\.adm|cand\.polit|cand\.soc|cand\.jur",
    "legal": r"cand\.jur|cand\.merc\.jur|cand\.merc\.aud|cand\.scient\.adm",
    "technical": r"ingeniør|arkitekt|landinspektør|bygningskonstruktør",
    "communication": r"cand\.mag|cand\.comm|journalist|cand\.scient\.pol",
    "culture_leisure": r"cand\.mag|bibl|idræt",
    "education_research": r"ph\.d\.",
    "health": r"cand\.scient\.san|sundhedsøkonomi|cand\.scient\.pol",
    "business": r"cand\.merc|cand\.oecon|cand\.polit|cand\.scient\.pol",
    "facilities": r"bygningskonstruktør|ingeniør|cand\.merc|hd i|maskinmester",
    "security": r"officer|cand\.jur|beredskab|cand\.scient\.pol",
    "employment": r"cand\.soc|cand\.scient\.adm|socialrådgiver|cand\.scient\.pol|cand\.polit",
    "elderly_social": r"socialrådgiver|cand\.scient\.pol|cand\.scient\.adm|cand\.soc",
    "children_schools": r"cand\.pæd|lærer|cand\.scient\.pol|cand\.scient\.adm",
}
# Professions an ad may require, by the vacancy's function.
REQUIRABLE = {
    "health": {"doctor", "nurse"},
    "children_schools": {"teacher", "pedagogue", "social_worker", "psychologist"},
    "elderly_social": {"social_worker"},
    "employment": {"social_worker"},
    "legal": {"lawyer"},
    "security": {"police", "lawyer"},
    "executive": {"lawyer"},  # a politidirektør is a jurist
}


def _everyone(data):
    return [*data.profiles, data.demo_leader]


def test_every_profile_and_vacancy_has_one_function_of_the_matchers_list(data):
    assert set(data.functions.values()) <= FUNCTION_IDS
    assert {data.functions[p["external_id"]] for p in data.profiles} == FUNCTION_IDS
    shares = Counter(data.functions[p["external_id"]] for p in data.profiles)
    assert max(shares.values()) / len(data.profiles) < 0.2  # no function crowds out the others


def test_careers_stay_in_the_function_and_pass_only_through_neighbours(data):
    detours = 0
    for p in _everyone(data):
        own, *earlier = data.careers[p["external_id"]]
        if own == "executive":  # a top leader grew up in one function
            assert len(set(earlier) - {"executive"}) <= 1, (p["title"], earlier)
            continue
        for function in earlier:
            assert function == own or frozenset((own, function)) in NEIGHBOURS, (p["title"], own, function)
        detours += any(function != own for function in earlier)
    assert detours / len(data.profiles) < 0.15


def test_titles_read_as_their_function(data):
    recogniser = FunctionRecogniser.default()
    misread = []
    records = [(p["title"], p["level"], data.functions[p["external_id"]]) for p in data.profiles]
    records += [(v["title"], v["level"], data.functions[v["external_id"]]) for v in data.vacancies]
    for title, level, function in records:
        evidence = recogniser.title_evidence(title)
        found = {recogniser.functions[i].id for i in evidence.nonzero()[0]}
        top_post = level >= 3 and found <= {"executive"}  # "Direktør, Salg" reads as top management
        if found and function not in found and not top_post:
            misread.append((title, function, sorted(found)))
    assert len(misread) / len(records) < 0.03, misread[:10]


def test_education_follows_the_profession_and_the_function(data):
    for p in _everyone(data):
        profession = data.professions[p["external_id"]]
        career = data.careers[p["external_id"]]
        if profession != "gen":
            assert re.match(PROFESSION_EDUCATION[profession], p["education"]), (p["title"], p["education"])
            continue
        grown_in = next((f for f in career if f != "executive"), None)
        if grown_in:
            assert re.search(FUNCTION_EDUCATION[grown_in], p["education"], re.I), (p["title"], p["education"])


def test_titles_that_name_a_profession_belong_to_someone_trained_in_it(data):
    rules = (
        (r"(?i)cheflæge|overlæge|lægefaglig", r"Cand\.med\., speciallæge i "),
        (r"(?i)sygeplejerske|sygeplejefaglig", r"Sygeplejerske"),
        (r"^(Skoleleder|Viceskoleleder)", r"Lærer"),
        (r"^(SFO-leder|Dagtilbudsleder|Institutionsleder)|Dagtilbud |Børnehus|Vuggestue|Børnehave", r"Pædagog"),
        (r"^(Politikommissær|Vicepolitiinspektør|Politiinspektør|Chefpolitiinspektør)", r"Politiuddannelsen"),
        (r"^Chefjurist|, (Jura|Koncern Jura|Kontor for Jura|Lovkontoret)$", r"Cand\.jur\."),
    )
    for p in _everyone(data):
        for entry in p["experience"]:
            for title, education in rules:
                if re.search(title, entry["title"]):
                    assert re.match(education, p["education"]), (entry["title"], p["education"])


def test_professionals_stay_in_posts_for_their_profession(data):
    allowed = {
        "doctor": {"health", "executive"},
        "nurse": {"health", "elderly_social", "executive"},
        "teacher": {"children_schools", "executive"},
        "pedagogue": {"children_schools", "executive"},
        "police": {"security", "executive"},
    }
    for p in data.profiles:
        profession = data.professions[p["external_id"]]
        if profession in allowed:
            assert set(data.careers[p["external_id"]]) <= allowed[profession], (p["title"], profession)


def test_competences_come_from_the_function_plus_a_little_generic_leadership(data):
    for p in data.profiles:
        function = data.functions[p["external_id"]]
        own = {key for name, concepts in F.PROFILES.items() if name.split("/")[0] == function for key, _ in concepts}
        keys = [V.CONCEPT_OF_PHRASE[phrase] for phrase in p["competences"]]
        generic_only = [key for key in keys if key in F.GENERIC and key not in own]
        assert len(generic_only) <= 3, (p["title"], p["competences"])
        if function == "executive":
            assert own & set(keys), (p["title"], p["competences"])
        else:
            assert all(key in own or key in F.GENERIC for key in keys), (p["title"], p["competences"])


def test_summaries_name_no_employer_place_or_person(data):
    organisations = [org["name"] for org in data.organisations]
    places = re.compile(r"\b(" + "|".join(re.escape(m.name) for m in MUNICIPALITIES) + r")\b|\bKommune\b|\bRegion ")
    for p in _everyone(data):
        summary = p["summary"]
        assert not places.search(summary), (summary, places.search(summary))
        assert not [name for name in organisations if name in summary], summary
        units = {e["title"].split(", ", 1)[1] for e in p["experience"] if ", " in e["title"]}
        assert not [unit for unit in units if " " in unit and unit in summary], summary
        assert not set(p["name"].split()) & set(re.findall(r"\w+", summary)), summary


def test_each_function_has_vacancies_in_at_least_two_sectors(data):
    sectors: dict[str, set[str]] = {}
    for v in data.vacancies:
        sectors.setdefault(data.functions[v["external_id"]], set()).add(v["sector"])
    assert set(sectors) == FUNCTION_IDS
    assert all(len(found) >= 2 for found in sectors.values()), sectors


def test_vacancies_require_only_professions_their_posts_need(data):
    recogniser = FunctionRecogniser.default()
    ids = [p.id for p in recogniser.professions]
    stated = Counter()
    for v in data.vacancies:
        found = recogniser.required_professions(v["title"], [v["description"]], v["competences"])
        required = {ids[i] for i in found}
        function = data.functions[v["external_id"]]
        assert required <= REQUIRABLE.get(function, set()), (v["title"], required)
        if re.search(r"(?i)cheflæge|overlæge|lægefaglig", v["title"]):
            assert required == {"doctor"}, v["title"]
        stated.update(required)
    assert stated["doctor"] and stated["nurse"] and stated["teacher"] + stated["pedagogue"]
