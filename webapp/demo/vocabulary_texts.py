"""Sentence templates for profile summaries, job histories and vacancy texts, in each sector's own words.

Placeholders: {role} title without unit, lower-cased; {org} the organisation (vacancies only: a summary
never names one); {c3} an own-sector competence phrase; {targets} the sectors a leader is open to
("staten og regionerne"); {prev} an earlier sector ("en kommune"); {two}, {three}, {list} competence
phrases joined with "og"/"samt".
"""

from __future__ import annotations

# Hand-aligned data tables: keep the formatter out.
# fmt: off
SECTOR_PLURAL = {"stat": "staten", "region": "regionerne", "kommune": "kommunerne", "privat": "det private"}
SECTOR_SINGULAR = {"stat": "staten", "region": "en region", "kommune": "en kommune",
                   "privat": "det private erhvervsliv"}
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december")

SUMMARY_STRENGTHS = (
    "Mine styrker ligger især inden for {two}.",
    "Jeg har særligt arbejdet med {three}.",
    "I min hverdag fylder {two} meget, og jeg har også solid erfaring med {c3}.",
    "Jeg bringer erfaring med {two}, og jeg lægger vægt på {c3}.",
)
SUMMARY_FLAVOUR = {
    "stat": (
        "Jeg trives i krydsfeltet mellem faglighed og politisk betjening og er vant til korte tidsfrister.",
        "Jeg kender samspillet mellem departement og styrelse og ved, hvordan ny lovgivning bliver til.",
        "Jeg er vant til sager med høj politisk bevågenhed og til at levere præcist til ministeren.",
    ),
    "region": (
        "Jeg brænder for sammenhængende patientforløb og for at bruge kapaciteten klogt.",
        "Jeg er vant til at lede, hvor klinisk faglighed, økonomi og politik mødes.",
        "Samarbejdet med kommunerne og praksissektoren er en naturlig del af min hverdag.",
    ),
    "kommune": (
        "Jeg er vant til at omsætte byrådets beslutninger til god drift tæt på borgerne.",
        "Jeg arbejder inden for økonomiaftalens rammer og med stor opmærksomhed på borgernes oplevelse.",
        "Jeg trives med at lede i en politisk styret organisation, hvor velfærden mærkes lokalt.",
    ),
    "privat": (
        "Jeg er vant til at lede efter klare mål og levere resultater på bundlinjen.",
        "Jeg har erfaring med at drive forandringer hurtigt i en konkurrencepræget branche.",
        "Jeg er vant til at arbejde med ejere, bestyrelse og kunder med høje forventninger.",
    ),
}
SUMMARY_CROSS = (
    "Min baggrund fra {prev} giver mig et godt blik for, hvordan opgaverne hænger sammen på tværs.",
    "Jeg har tidligere været leder i {prev} og kender derfor begge sider af samarbejdet.",
)
SUMMARY_MOTIVE_OWN = {  # open to their own sector only
    "active": ("Jeg søger nu en ny lederstilling i {own}.", "Jeg er klar til et nyt lederjob i {own}."),
    "open": ("Jeg er åben for nye lederudfordringer i {own}.",),
    "not_looking": ("Jeg er ikke aktivt jobsøgende lige nu.",),
}
SUMMARY_MOTIVE = {
    "active": ("Jeg søger nu en ny lederstilling og er nysgerrig på {targets}.",
               "Jeg er klar til et nyt lederjob og ser gerne mod {targets}."),
    "open": ("Jeg er åben for nye udfordringer, også i {targets}.",
             "Jeg vil gerne høre om spændende lederstillinger i {targets}."),
    "not_looking": ("Jeg er ikke aktivt jobsøgende, men følger gerne med i mulighederne i {targets}.",),
}

EXPERIENCE = {
    1: ("Personaleansvar for {n} medarbejdere med fokus på {c}.",
        "Daglig ledelse af {n} medarbejdere og ansvar for {c}."),
    2: ("Ledelse af {k} ledere og omkring {n} medarbejdere; ansvar for {c}.",
        "Ansvar for {c} og ledelse af et team på {k} ledere."),
    3: ("Ledelse af {k} chefer og ledere med ansvar for {c}.",
        "Strategisk ansvar for {c} på tværs af {k} enheder."),
    4: ("Del af direktionen med ansvar for {c} og omkring {n} medarbejdere.",
        "Øverste ansvar for {c} og for en organisation med omkring {n} medarbejdere."),
}
EXPERIENCE_EXTRA = ("Arbejdede blandt andet med {c}.", "Stod for en styrket indsats inden for {c}.")

VACANCY_INTRO = {
    "departement": ("{org} rådgiver ministeren og regeringen og har ansvaret for lovgivningen på sit område.",
                    "I {org} arbejder vi tæt på ministeren og den politiske dagsorden."),
    "styrelse": ("{org} omsætter politiske beslutninger til praksis over for borgere og virksomheder.",
                 "{org} løser myndigheds-, tilsyns- og rådgivningsopgaver på sit område."),
    "politi": ("{org} arbejder for tryghed og sikkerhed sammen med kommuner, borgere og myndigheder.",),
    "regionshus": ("{org} driver hospitaler og psykiatri og arbejder for regional udvikling.",
                   "I koncernstaben i {org} understøtter vi regionsrådet og hospitalernes drift."),
    "hospital": ("På {org} arbejder vi for sammenhængende patientforløb af høj faglig kvalitet.",
                 "{org} er en del af {parent} og behandler hvert år mange tusinde patienter."),
    "psykiatri": ("{org} behandler mennesker med psykisk sygdom og er en del af {parent}.",),
    "praehospital": ("{org} står for den præhospitale indsats, fra alarmopkald til ankomst på hospitalet.",),
    "r_social": ("{org} driver specialiserede sociale tilbud og er en del af {parent}.",),
    "universitet": ("{org} forsker og uddanner på højt internationalt niveau.",
                    "På {org} arbejder vi for forskning og uddannelse, der gør en forskel for samfundet."),
    "kommune": ("{org} er en kommune i udvikling med fokus på velfærd tæt på borgerne.",
                "I {org} har vi ambitiøse politiske mål og et tæt samarbejde mellem politikere og ledere."),
    "forvaltning": ("I {unit_org} i {kommune} løser vi opgaver tæt på borgerne.",
                    "{kommune} er en kommune i udvikling, og {unit_org} har en central rolle i velfærden."),
}
VACANCY_UNIT = ("{unit} har omkring {n} medarbejdere.",
                "Du får ansvaret for {unit}, der har omkring {n} medarbejdere.")
VACANCY_TASKS = (
    "Som {role} kommer du til at arbejde med {list}.",
    "Centrale kompetencer i stillingen er {list}.",
    "Vi lægger særlig vægt på {two}.",
)
VACANCY_REPORTING = ("Du refererer til {ref} og indgår i ledergruppen.",
                     "Du refererer til {ref} og bliver en del af et ledelsesteam med højt til loftet.")
VACANCY_FLAVOUR = {
    "stat": ("Enheden har tæt kontakt til departementet og betjener ministeren i en række sager.",
             "Arbejdet foregår tæt på Folketinget og den politiske dagsorden."),
    "region": ("Du samarbejder tæt med kommunerne og praksissektoren om patientforløb på tværs.",
               "Du bliver en del af en politisk styret organisation med fokus på kvalitet og kapacitet."),
    "kommune": ("Du får tæt kontakt til fagudvalget og bidrager til at omsætte byrådets mål til drift.",
                "Du arbejder inden for økonomiaftalens rammer med fokus på borgernes oplevelse."),
    "politi": ("Du samarbejder tæt med kommunerne om tryghed, forebyggelse og beredskab.",
               "Kredsen har fokus på synlighed, efterforskning og hurtig sagsbehandling."),
}
# Employees in the unit a vacancy leads: (leader of staff, leader of leaders) by sector.
UNIT_SIZE = {"stat": ((6, 25), (15, 60)), "region": ((20, 80), (60, 300)), "kommune": ((8, 60), (40, 250))}
VACANCY_PERSON = (
    "Vi forestiller os, at du har solid ledelseserfaring og er stærk i {n1}.",
    "Du er en tydelig og nærværende leder, der kan skabe retning og trivsel.",
    "Det er en fordel, hvis du har erfaring med {n1}.",
)
VACANCY_PERSON_SENIOR = "Du har erfaring med ledelse af ledere og trives med at balancere drift og udvikling."
# Sector-locking requirements, as seen in real job ads (domain.md §1.2 barriers).
VACANCY_LOCKING = {
    "stat": ("Du har kendskab til statslig budgetlægning og bevillingsregler.",
             "Det er en forudsætning, at du har erfaring med ministerbetjening fra et departement.",
             "Du har erfaring fra en politisk styret organisation og kender samspillet med departementet."),
    "region": ("Du har erfaring fra en politisk styret organisation.",
               "Du har indgående kendskab til det regionale sundhedsvæsen og dets styring.",
               "Erfaring med regional økonomistyring er en forudsætning."),
    "kommune": ("Du har erfaring fra en politisk styret organisation.",
                "Du har indgående kendskab til kommunal økonomi og serviceramme.",
                "Det er et krav, at du har erfaring som leder i en kommune."),
}
VACANCY_OPEN = ("Vi ser gerne ansøgere fra andre sektorer, også fra det private.",
                "Du kan sagtens komme fra en anden del af den offentlige sektor.")
VACANCY_TERMS = {
    ("stat", False): ("Ansættelse sker efter gældende overenskomst.",),
    ("stat", True): ("Stillingen er omfattet af rammeaftalen om kontraktansættelse af chefer i staten.",),
    ("region", False): ("Løn efter gældende overenskomst og lokal forhandling.",),
    ("region", True): ("Løn og ansættelsesvilkår følger chefaftalen.", "Stillingen kan besættes på åremål."),
    ("kommune", False): ("Løn efter gældende overenskomst og lokal forhandling.",),
    ("kommune", True): ("Løn og ansættelsesvilkår følger chefaftalen.", "Stillingen kan besættes på åremål."),
}
VACANCY_DEADLINE = "Ansøgningsfristen er den {date}."

# Who a post reports to, by organisation kind (or sector) and level.
REPORTS_TO = {
    "departement": ("kontorchefen", "afdelingschefen", "departementschefen", "ministeren"),
    "styrelse": ("kontorchefen", "vicedirektøren", "direktøren", "departementschefen"),
    "politi": ("politiinspektøren", "vicepolitidirektøren", "politidirektøren", "rigspolitichefen"),
    "universitet": ("institutlederen", "dekanen", "rektor", "bestyrelsen"),
    "regionshus": ("afdelingschefen", "centerdirektøren", "koncerndirektionen", "regionsrådet"),
    "region": ("afdelingsledelsen", "hospitalsledelsen", "hospitalsdirektøren", "regionsdirektøren"),
    "kommune": ("områdechefen", "fagchefen", "direktøren", "kommunaldirektøren"),
}
# fmt: on

_KEEP_CASE = ("Head of", "Senior Manager", "Vice President", "CFO", "COO", "CIO")


def join_phrases(phrases: list[str]) -> str:
    """Join as "a, b og c", or "a, b samt c og d" when the last phrases have their own "og"."""
    if len(phrases) == 1:
        return phrases[0]
    conjunction = " samt " if any(" og " in p for p in phrases[-2:]) else " og "
    return ", ".join(phrases[:-1]) + conjunction + phrases[-1]


def role_in_sentence(title: str) -> str:
    """The title without its unit, lower-cased for use inside a sentence ("kontorchef")."""
    role = title.split(", ")[0]
    return role if role.startswith(_KEEP_CASE) else role[0].lower() + role[1:]
