"""Fixtures for the matcher tests: hand-written Danish profiles and vacancies, and small fitted objects.

The pool is small on purpose (a fit takes a few hundredths of a second once the taxonomy is loaded) and written
so that the same competences appear in each sector's own words: the kommune says "udvalgsbetjening", the state
"ministerbetjening" and the region "betjening af regionsrådet".
"""

from __future__ import annotations

import pytest

from matcher.concepts import ConceptMatcher
from matcher.documents import ExperienceDoc, ProfileDoc, VacancyDoc, profile_from_record, vacancy_from_record
from matcher.index import CandidateIndex
from matcher.lexicon import Lexicon
from matcher.text import DanishAnalyzer
from webapp.demo import generate

# Kommunekoder used below.
KOBENHAVN, AARHUS, ODENSE, AALBORG, SKANDERBORG = 101, 751, 461, 851, 746


def _profile(key: int, **fields) -> ProfileDoc:
    values = {
        "sector": "kommune",
        "level": 2,
        "municipality_code": AARHUS,
        "max_commute_km": 50,
        "open_to_sectors": ("stat", "region", "kommune"),
        "seeking": "open",
        "competences": ("personaleledelse",),
        "title": "Kontorchef",
        "summary": "",
        "education": "Cand.scient.pol.",
    } | fields
    return ProfileDoc(key=key, **values)


def _vacancy(key: int = 100, **fields) -> VacancyDoc:
    values = {
        "sector": "kommune",
        "level": 2,
        "municipality_code": AARHUS,
        "title": "Kontorchef til Politik og Økonomi",
        "competences": ("udvalgsbetjening", "budgetopfølgning", "personaleledelse"),
        "nice_to_have": ("digitalisering af arbejdsgange",),
        "description": (
            "Magistratsafdelingen for Sundhed og Omsorg søger en kontorchef. "
            "Du får ansvar for sagsfremstillinger til udvalg og for opfølgning på budgettet. "
            "Du leder 14 medarbejdere og refererer til direktøren."
        ),
        "organisation": "Aarhus Kommune",
    } | fields
    return VacancyDoc(key=key, **values)


def _pool() -> dict[str, ProfileDoc]:
    return {
        # The vacancy's own words, in the vacancy's own sector.
        "kommune_match": _profile(
            1,
            sector="kommune",
            competences=("udvalgsbetjening", "budgetopfølgning", "personaleledelse"),
            title="Kontorchef i Borgmesterens Afdeling",
            summary="Jeg har ansvaret for betjening af økonomiudvalget og byrådet og leder et team på 12.",
            experience=(ExperienceDoc("kommune", "Fuldmægtig", "Aarhus Kommune", "Budgetarbejde og udvalgssager."),),
            organisation="Aarhus Kommune",
        ),
        # The same competences in the state's words.
        "stat_match": _profile(
            2,
            sector="stat",
            municipality_code=SKANDERBORG,
            competences=("ministerbetjening", "opfølgning på budgettet", "ledelse af medarbejdere"),
            title="Kontorchef i Styrelsen for Undervisning",
            summary="Jeg leder et kontor med ansvar for betjening af ministeren og økonomisk opfølgning.",
            experience=(ExperienceDoc("stat", "Specialkonsulent", "Finansministeriet", "Finanslovsarbejde."),),
            organisation="Styrelsen for Undervisning",
        ),
        # The same competences in the region's words.
        "region_match": _profile(
            3,
            sector="region",
            competences=("betjening af regionsrådet", "budgetopfølgning", "personaleansvar"),
            title="Kontorchef i Region Midtjylland",
            summary="Jeg har stået for sekretariatsbetjening af forretningsudvalget.",
            organisation="Region Midtjylland",
        ),
        # A perfect fit for the kommune vacancy who is not open to kommuner.
        "closed_perfect": _profile(
            4,
            sector="kommune",
            open_to_sectors=("stat", "privat"),
            seeking="active",
            competences=("udvalgsbetjening", "budgetopfølgning", "personaleledelse", "digitalisering af arbejdsgange"),
            title="Kontorchef til Politik og Økonomi",
            summary="Sagsfremstillinger til udvalg og opfølgning på budgettet er mit daglige arbejde.",
        ),
        "privat_sales": _profile(
            5,
            sector="privat",
            level=3,
            municipality_code=KOBENHAVN,
            open_to_sectors=("privat", "kommune"),
            competences=("salgsledelse", "kundeservice", "forretningsudvikling"),
            title="Salgsdirektør",
            summary="Jeg har bygget en salgsorganisation op i Norden.",
        ),
        "region_clinical": _profile(
            6,
            sector="region",
            municipality_code=ODENSE,
            competences=("patientsikkerhed", "kvalitetsudvikling", "klinisk ledelse"),
            title="Oversygeplejerske",
            summary="Ansvar for et sengeafsnit med 60 medarbejdere.",
        ),
        "stat_it": _profile(
            7,
            sector="stat",
            level=1,
            municipality_code=KOBENHAVN,
            seeking="not_looking",
            competences=("it-drift", "cybersikkerhed", "informationssikkerhed"),
            title="Sektionsleder for it-drift",
        ),
        "kommune_school": _profile(
            8,
            sector="kommune",
            level=1,
            municipality_code=AALBORG,
            competences=("pædagogisk ledelse", "skoleudvikling", "forældresamarbejde"),
            title="Skoleleder",
        ),
    }


@pytest.fixture(scope="session")
def make_profile():
    """Factory: ``make_profile(key, **fields)``, a complete kommune leader in Aarhus unless told otherwise."""
    return _profile


@pytest.fixture(scope="session")
def make_vacancy():
    """Factory: ``make_vacancy(key=100, **fields)``, the kommune head-of-office vacancy in Aarhus by default."""
    return _vacancy


@pytest.fixture(scope="session")
def pool() -> dict[str, ProfileDoc]:
    """Eight leaders from all four sectors by role; three can do the vacancy's job in their own words."""
    return _pool()


@pytest.fixture(scope="session")
def vacancy() -> VacancyDoc:
    """The default kommune vacancy (udvalgsbetjening, budgetopfølgning, personaleledelse)."""
    return _vacancy()


@pytest.fixture(scope="session")
def build_index():
    """Factory: a freshly fitted candidate index over the pool (or the given profiles)."""

    def build(profiles=None, vacancies=None, **options) -> CandidateIndex:
        profiles = list(_pool().values()) if profiles is None else list(profiles)
        vacancies = [_vacancy()] if vacancies is None else list(vacancies)
        return CandidateIndex.build(profiles, vacancies, version="test", **options)

    return build


@pytest.fixture(scope="module")
def index(build_index) -> CandidateIndex:
    """A fitted index over the pool, shared by a module's read-only tests (mutating tests build their own)."""
    return build_index()


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    """The project's own taxonomy and glossary."""
    return Lexicon.default()


@pytest.fixture(scope="session")
def analyzer(lexicon) -> DanishAnalyzer:
    """An analyser set up the way the encoder sets it up: taxonomy words known, sector words neutral."""
    texts = [profile.full_text() for profile in _pool().values()]
    return DanishAnalyzer(
        extra_vocabulary=lexicon.vocabulary(),
        neutral_terms=lexicon.neutral_terms(),
        exact_terms=lexicon.exact_terms(["Novo Nordisk", "Styrelsen for Undervisning"]),
    ).fit(texts)


@pytest.fixture(scope="session")
def concept_matcher(lexicon, analyzer) -> ConceptMatcher:
    """Every taxonomy phrase compiled with the shared analyser (no corpus statistics, as on a small corpus)."""
    return ConceptMatcher(lexicon.phrases(), analyzer)


@pytest.fixture(scope="session")
def concept_at(lexicon) -> dict[str, int]:
    """Concept id → concept index, for readable assertions."""
    return {concept_id: i for i, concept_id in enumerate(lexicon.concept_ids())}


@pytest.fixture(scope="session")
def demo_population() -> tuple[list[ProfileDoc], list[VacancyDoc]]:
    """200 generated leaders and 20 vacancies (deterministic, pure Python)."""
    data = generate(seed=11, profiles=200, vacancies=20)
    profiles = [profile_from_record(record, key) for key, record in enumerate(data.profiles, start=1)]
    vacancies = [vacancy_from_record(record, key) for key, record in enumerate(data.vacancies, start=1)]
    return profiles, vacancies
