"""Invented-person vocabulary for the demo data: Danish names, educations and the demo account's profile."""

from __future__ import annotations

from .vocabulary_units import UNITS

# Hand-aligned data tables: keep the formatter out.
# fmt: off
FEMALE_NAMES = (
    "Anne", "Mette", "Hanne", "Susanne", "Lene", "Camilla", "Louise", "Charlotte", "Maria", "Marianne",
    "Pernille", "Tina", "Helle", "Birgitte", "Rikke", "Line", "Signe", "Katrine", "Julie", "Sofie", "Ida",
    "Trine", "Tanja", "Lone", "Dorthe", "Bente", "Karina", "Christina", "Heidi", "Malene", "Sanne", "Stine",
    "Maja", "Cecilie", "Anna", "Eva", "Kirsten", "Nanna", "Astrid", "Karen", "Lise", "Annette", "Gitte",
    "Jette", "Vibeke", "Sara", "Yasmin", "Amalie", "Anne-Marie", "Mai", "Tove", "Ulla",
)
MALE_NAMES = (
    "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Morten", "Martin",
    "Anders", "Rasmus", "Jesper", "Mads", "Christian", "Kim", "Jacob", "Mikkel", "Brian", "Torben", "Ole",
    "Steen", "Bo", "Claus", "Kasper", "Jonas", "Frederik", "Simon", "Nikolaj", "Troels", "Kristian", "Jakob",
    "Allan", "Poul", "Erik", "Hans", "Jørgen", "Kenneth", "Rune", "Esben", "Emil", "Magnus", "Tobias",
    "Ahmad", "Omar", "Carsten", "Flemming", "Per", "René",
)
SURNAMES = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
    "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen",
    "Johansen",
    "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Laursen", "Frederiksen", "Holm", "Schmidt",
    "Eriksen", "Kristiansen", "Nissen", "Lund", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen",
    "Jeppesen", "Vestergaard", "Mogensen", "Nørgaard", "Jessen", "Søndergaard", "Skov", "Bech", "Bak", "Dam",
    "Kjær", "Lauridsen", "Overgaard", "Brandt", "Dahl", "Krogh", "Bang", "Winther", "Toft", "Juhl", "Friis",
    "Lind", "Høj", "Berg", "Ravn", "Bruun", "Thygesen", "Hald", "Gregersen", "Damgaard", "Kofoed", "Ahmed",
    "Hussain", "Yilmaz", "Nguyen", "Kowalski",
)
MIDDLE_NAMES = (
    "Holm", "Lund", "Bach", "Krogh", "Dam", "Skov", "Berg", "Juul", "Kjær", "Bak", "Due", "Friis", "Vinther",
    "Høj", "Munk", "Ravn", "Storm", "Lykke", "Borg", "Hedegaard", "Bech", "Sommer", "Linde",
)
# First name + surname pairs that belong to well-known Danes; the generator never produces them.
BLOCKED_NAMES = frozenset({
    ("Mette", "Frederiksen"), ("Frank", "Jensen"), ("Peter", "Christensen"), ("Carsten", "Hansen"),
    ("Jesper", "Petersen"), ("Kristian", "Jensen"), ("Mogens", "Jensen"), ("Holger", "Nielsen"),
    ("Christian", "Eriksen"), ("Mads", "Mikkelsen"), ("Lars", "Mikkelsen"), ("Kim", "Larsen"),
    ("Peter", "Madsen"), ("Morten", "Olsen"), ("Mikkel", "Hansen"), ("Lars", "Larsen"), ("Lars", "Rasmussen"),
    ("Anders", "Rasmussen"), ("Poul", "Rasmussen"), ("Troels", "Poulsen"), ("Søren", "Poulsen"),
    ("Helle", "Schmidt"), ("Jakob", "Jensen"), ("Thomas", "Larsen"), ("Christian", "Madsen"),
    ("Per", "Møller"), ("Jens", "Rasmussen"), ("Tove", "Larsen"), ("Karen", "Jensen"), ("Bo", "Lund"),
})

# A physician's specialty follows the department they lead.
SPECIALTY_OF_UNIT = {
    "Akutafdelingen": "akutmedicin", "Medicinsk Afdeling": "intern medicin", "Kirurgisk Afdeling": "kirurgi",
    "Ortopædkirurgisk Afdeling": "ortopædisk kirurgi", "Kardiologisk Afdeling": "kardiologi",
    "Neurologisk Afdeling": "neurologi", "Børne- og Ungeafdelingen": "pædiatri",
    "Kræftafdelingen": "onkologi", "Anæstesiologisk Afdeling": "anæstesiologi",
    "Intensiv Afdeling": "anæstesiologi", "Radiologisk Afdeling": "radiologi",
    "Gynækologisk-obstetrisk Afdeling": "gynækologi og obstetrik", "Geriatrisk Afdeling": "geriatri",
    "Lungemedicinsk Afdeling": "lungemedicin", "Akuttelefonen 1813": "akutmedicin",
    "Børne- og Ungdomspsykiatrisk Afdeling": "børne- og ungdomspsykiatri",
    "Vagtcentralen": "anæstesiologi", "Præhospital Drift": "anæstesiologi",
    "Ortopædkirurgisk Klinik": "ortopædisk kirurgi", "Operationsafsnittet": "anæstesiologi",
}
SPECIALTY_OF_UNIT |= {unit.name: "psykiatri" for unit in UNITS["psyk"] if unit.name not in SPECIALTY_OF_UNIT}
EDUCATION_LEADERSHIP: dict[str, tuple[str, ...]] = {
    "stat": ("Master of Public Governance (MPG)", "Master of Public Administration (MPA)",
             "Diplomuddannelse i ledelse (DOL)", "Executive MBA"),
    "region": ("Master of Public Governance (MPG)", "Diplomuddannelse i ledelse (DOL)",
               "Master of Public Health (MPH)", "Master of Public Administration (MPA)"),
    "kommune": ("Diplomuddannelse i ledelse (DOL)", "Master i offentlig ledelse (FMOL)",
                "Master of Public Governance (MPG)", "Master of Public Administration (MPA)"),
    "privat": ("MBA", "Executive MBA", "Diplomuddannelse i ledelse (DOL)"),
    # clinicians take the health-care leadership programmes
    "clinical": ("Sundhedsfaglig diplomuddannelse i ledelse", "Master of Public Health (MPH)",
                 "Master of Public Governance (MPG)", "Diplomuddannelse i ledelse (DOL)"),
    # welfare professions (teachers, pædagoger, social workers, care staff) mostly take the diploma
    "profession": ("Diplomuddannelse i ledelse (DOL)", "Diplomuddannelse i ledelse (DOL)",
                   "Diplomuddannelse i ledelse (DOL)", "Master i offentlig ledelse (FMOL)"),
}

# The demo account's own profile (leder@example.dk): a kommune finance chef with a regional past who wants
# to move to the state; like every summary, hers names no employer or place. Hand-written so the demo tells
# the same story for every seed; its competences are kommune wordings of the concepts the demo employer's
# first vacancy asks for in state wording.
DEMO_EMPLOYER = "Økonomistyrelsen"
DEMO_LEADER_FUNCTION = "finance"
_DEMO_ORG = "Center for Økonomi og Personale, Gladsaxe Kommune"
DEMO_LEADER = {
    "external_id": "demo-leder",
    "name": "Signe Holm Vestergaard",
    "email": "leder@example.dk",
    "sector": "kommune",
    "organisation": _DEMO_ORG,
    "title": "Afdelingschef, Økonomi og Analyse",
    "level": 2,
    "years_as_leader": 12,
    "municipality": "Lyngby-Taarbæk",
    "max_commute_km": 45,
    "open_to_sectors": ["stat", "region", "kommune"],
    "seeking": "active",
    "competences": [
        "udvalgs- og byrådsbetjening", "økonomiaftaler og serviceramme", "budgetlægning og budgetopfølgning",
        "ledelsesinformation og nøgletal", "ledelse af decentrale ledere",
        "tværsektorielt samarbejde med region og stat", "digitalisering af borgerservice",
        "forandringsledelse",
    ],
    "summary": (
        "Som afdelingschef har jeg ansvaret for budget, økonomistyring og analyser med tre teamledere og "
        "omkring 35 medarbejdere, og jeg har 12 års ledelseserfaring i både kommunalt og regionalt regi. "
        "Jeg står for budgetlægningen, betjener økonomiudvalget og styrer hvert år efter økonomiaftalens "
        "serviceramme. Fra min tid i en region kender jeg styringen af sundhedsvæsenet indefra. "
        "Nu søger jeg en chefstilling i staten, hvor min viden om, hvordan økonomiaftaler og ny lovgivning "
        "lander lokalt, kan gøre en forskel."
    ),
    "experience": [
        {"sector": "kommune", "organisation": _DEMO_ORG, "title": "Afdelingschef, Økonomi og Analyse",
         "level": 2, "start_year": 2021, "end_year": None,
         "description": "Ledelse af 3 teamledere og omkring 35 medarbejdere; ansvar for budget, serviceramme "
                        "og betjening af økonomiudvalget."},
        {"sector": "kommune", "organisation": _DEMO_ORG, "title": "Teamleder, Økonomi og Analyse",
         "level": 1, "start_year": 2017, "end_year": 2021,
         "description": "Personaleansvar for 12 økonomer med fokus på budgetopfølgning og "
                        "ledelsesinformation."},
        {"sector": "region", "organisation": "Region Hovedstaden", "title": "Teamleder, Koncern Økonomi",
         "level": 1, "start_year": 2014, "end_year": 2017,
         "description": "Daglig ledelse af 8 medarbejdere i budgetteamet og ansvar for budgetopfølgning på "
                        "hospitalerne."},
    ],
    "education": "Cand.polit., Master of Public Governance (MPG)",
}
