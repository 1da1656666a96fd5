"""Display names for the closed vocabularies (codes stay English in data; people read Danish)."""

from __future__ import annotations

from collections.abc import Iterable

from flask_babel import lazy_gettext as _l
from wtforms import SelectChoice

from matcher import geography
from matcher.sectors import PUBLIC_SECTORS as PUBLIC_SECTORS  # for templates: the three public sectors, in order
from models import Delivery, NotificationKind

SECTOR_LABELS = {
    "stat": _l("Stat"),
    "region": _l("Region"),
    "kommune": _l("Kommune"),
    "privat": _l("Privat"),
}
# Where vacancies are: a public organisation's sector, and the vacancy list's and saved searches' sector filter.
PUBLIC_SECTOR_CHOICES = tuple((code, label) for code, label in SECTOR_LABELS.items() if code in PUBLIC_SECTORS)

# The four-level scale from "Pas på trinet!" (Væksthus for Ledelse), used across all sectors.
LEVEL_LABELS = {
    1: _l("Niveau 1: Leder (leder medarbejdere)"),
    2: _l("Niveau 2: Chef (leder ledere)"),
    3: _l("Niveau 3: Strategisk chef"),
    4: _l("Niveau 4: Direktør / topleder"),
}

LEVEL_SHORT = {1: _l("Leder"), 2: _l("Chef"), 3: _l("Strategisk chef"), 4: _l("Direktør")}

# Where a candidate works, generalised so it cannot identify them: "Chef" + " i en kommune" (the anonymous card,
# seen by employers and in the leader's preview of it).
SECTOR_PLACE = {
    "stat": _l("i staten"),
    "region": _l("i en region"),
    "kommune": _l("i en kommune"),
    "privat": _l("i en privat virksomhed"),
}

# Where a mentee thinks of moving: "… at skifte til" + "en kommune" (the mentor's notification).
SECTOR_INTO = {
    "stat": _l("staten"),
    "region": _l("en region"),
    "kommune": _l("en kommune"),
    "privat": _l("en privat virksomhed"),
}

LEVEL_EXAMPLES = {
    1: {
        "stat": _l("teamleder, sektionsleder"),
        "region": _l("ledende overlæge, afdelingssygeplejerske, funktionsleder"),
        "kommune": _l("skoleleder, institutionsleder, plejecenterleder"),
        "privat": _l("teamleder, manager"),
    },
    2: {
        "stat": _l("kontorchef, centerchef i en styrelse"),
        "region": _l("cheflæge, chefsygeplejerske, afdelingschef i regionshuset"),
        "kommune": _l("afdelingschef, områdeleder, jobcenterchef"),
        "privat": _l("afdelingsleder, head of department"),
    },
    3: {
        "stat": _l("afdelingschef eller vicedirektør i en styrelse"),
        "region": _l("vicedirektør på hospital, centerdirektør"),
        "kommune": _l("fagchef, forvaltningschef, skolechef"),
        "privat": _l("vicedirektør, divisionsdirektør"),
    },
    4: {
        "stat": _l("departementschef, styrelsesdirektør"),
        "region": _l("regionsdirektør, hospitalsdirektør"),
        "kommune": _l("kommunaldirektør, fagdirektør"),
        "privat": _l("administrerende direktør"),
    },
}

SEEKING_LABELS = {
    "active": _l("Søger aktivt"),
    "open": _l("Åben for tilbud"),
    "not_looking": _l("Søger ikke lige nu"),
}

STATUS_LABELS = {"draft": _l("Kladde"), "published": _l("Offentliggjort"), "closed": _l("Lukket")}

# What a vacancy offers (models.VacancyKind): an ordinary post or a short offer of 1–6 months.
KIND_LABELS = {
    "post": _l("Stilling"),
    "rotation": _l("Rotationsforløb"),
    "secondment": _l("Udstationering"),
    "shadowing": _l("Følordning (jobskygning)"),
}

KIND_HINTS = {
    "post": _l("Et almindeligt job, som lederen søger og ansættes i."),
    "rotation": _l("En leder fra en anden organisation arbejder hos jer i 1–6 måneder og vender så hjem."),
    "secondment": _l(
        "En leder udlånes til jer i 1–6 måneder for at løse en bestemt opgave; ofte betaler hjemmearbejdspladsen "
        "fortsat lønnen."
    ),
    "shadowing": _l("En leder følger en af jeres ledere i hverdagen i en periode for at lære sektoren at kende."),
}

# The public list's "Type" filter, by its query argument's values (``services.vacancies.KIND_ARGS``).
KIND_FILTER_LABELS = {"stilling": _l("Almindelige stillinger"), "forloeb": _l("Rotation, udstationering og følordning")}

# The ranking's score components (matcher.weights.COMPONENTS), with what each measures.
COMPONENT_LABELS = {
    "competence": _l("Kompetencer"),
    "function": _l("Funktion"),
    "text": _l("Tekstlighed"),
    "level": _l("Ledelsesniveau"),
    "geography": _l("Geografi"),
    "willingness": _l("Jobsøgning"),
    "cross_sector": _l("Anden sektor"),
}

# Functions and professions the matcher recognises (matcher/data/functions.json); a test keeps them in step.
FUNCTION_LABELS = {
    "finance": _l("Økonomi og styring"),
    "hr": _l("HR og personale"),
    "digital": _l("Digitalisering og it"),
    "secretariat": _l("Politisk betjening, sekretariat og strategi"),
    "health": _l("Sundhed og hospital"),
    "elderly_social": _l("Ældre, social og handicap"),
    "children_schools": _l("Børn, skole og dagtilbud"),
    "employment": _l("Beskæftigelse og integration"),
    "technical": _l("Teknik, miljø og plan"),
    "culture_leisure": _l("Kultur og fritid"),
    "legal": _l("Jura, myndighed og sagsbehandling"),
    "communication": _l("Kommunikation og presse"),
    "executive": _l("Topledelse"),
    "facilities": _l("Ejendomme, service og drift"),
    "security": _l("Politi, forsvar og beredskab"),
    "education_research": _l("Uddannelse og forskning"),
    "business": _l("Erhverv og regional udvikling"),
}

PROFESSION_LABELS = {
    "doctor": _l("Læge"),
    "nurse": _l("Sygeplejerske"),
    "teacher": _l("Lærer"),
    "pedagogue": _l("Pædagog"),
    "lawyer": _l("Jurist"),
    "social_worker": _l("Socialrådgiver"),
    "engineer": _l("Ingeniør"),
    "architect": _l("Arkitekt"),
    "psychologist": _l("Psykolog"),
    "dentist": _l("Tandlæge"),
    "therapist": _l("Fysio- eller ergoterapeut"),
    "midwife": _l("Jordemoder"),
    "police": _l("Politiuddannet"),
    "officer": _l("Officer"),
}

COMPONENT_HELP = {
    "competence": _l("Hvor mange af stillingens kompetencer kandidaten har, uanset hvilken sektors ord der bruges."),
    "function": _l(
        "Om kandidaten arbejder inden for stillingens funktion (fx økonomi, HR, sundhed, skole og dagtilbud), "
        "ud fra titler, enheder og kompetencer."
    ),
    "text": _l("Ordlighed mellem profil og opslag, efter at sektorord er gjort neutrale."),
    "level": _l("Samme niveau er bedst, et trin op er godt, et trin ned er acceptabelt."),
    "geography": _l("Afstand fra bopæl til arbejdssted set i forhold til, hvor langt kandidaten vil pendle."),
    "willingness": _l("Søger aktivt, er åben for tilbud eller søger ikke lige nu."),
    "cross_sector": _l(
        "Et plus til kandidater fra en anden sektor end stillingens. Lille som standard: det skiller lige "
        "egnede kandidater ad, men løfter ikke svagere kandidater forbi stærkere."
    ),
}


def level_step_label(step: int):
    """A level relation in words: the vacancy is ``step`` levels above the candidate's current level."""
    if step == 0:
        return _l("samme ledelsesniveau")
    if step > 0:
        return _l("%(n)d trin op", n=step)
    return _l("%(n)d trin ned", n=-step)


VISIBILITY_SHORT = {"visible": _l("Synlig"), "discreet": _l("Diskret"), "hidden": _l("Skjult")}

DECISION_LABELS = {"shortlisted": _l("På kortlisten"), "rejected": _l("Fravalgt")}

REJECT_REASON_LABELS = {
    "competences": _l("Mangler centrale kompetencer"),
    "level": _l("Ledelsesniveauet passer ikke"),
    "geography": _l("Bor for langt fra arbejdsstedet"),
    "experience": _l("For lidt ledelseserfaring"),
    "other_candidates": _l("Andre kandidater passer bedre"),
    "other": _l("Anden grund"),
}

CONTACT_STATUS_LABELS = {"pending": _l("Afventer svar"), "accepted": _l("Accepteret"), "declined": _l("Afslået")}

ROLE_LABELS = {"leader": _l("Leder"), "employer": _l("Arbejdsgiver"), "admin": _l("HR-administrator")}

# What a person can be told about (the settings page, the inbox, the mails' unsubscribe lines).
NOTIFICATION_KIND_LABELS = {
    NotificationKind.CONTACT_REQUEST: _l("Kontaktanmodninger fra arbejdsgivere"),
    NotificationKind.CONTACT_ANSWER: _l("Svar på dine kontaktanmodninger"),
    NotificationKind.INTEREST: _l("Ledere, der viser interesse for jeres stillinger"),
    NotificationKind.APPROVAL: _l("Godkendelse af din konto"),
    NotificationKind.APPROVAL_REQUEST: _l("Arbejdsgivere, der venter på godkendelse"),
    NotificationKind.FOLLOW_UP: _l("Opfølgning 3 og 12 måneder efter en ansættelse"),
    NotificationKind.TALENT_MATCHES: _l("Nye kandidater til dine talentsøgninger"),
    NotificationKind.MENTOR_REQUEST: _l("Ledere, der beder dig om en mentorsamtale"),
    NotificationKind.MENTOR_ANSWER: _l("Mentorers svar på dine anmodninger"),
}

DELIVERY_LABELS = {
    Delivery.NOW: _l("E-mail med det samme"),
    Delivery.DIGEST: _l("Samlet i én e-mail om dagen"),
    Delivery.NEVER: _l("Ingen e-mail, kun her i Sektorbro"),
}

TOKEN_SCOPE_LABELS = {
    "read": _l("Læseadgang – systemet kan hente data, men ikke ændre noget"),
    "full": _l("Fuld adgang – systemet kan hente og ændre det samme som du"),
}

TOKEN_SCOPE_SHORT = {"read": _l("Læseadgang"), "full": _l("Fuld adgang")}


def options(pairs: Iterable[tuple[object, object]], blank: object = None) -> list[SelectChoice]:
    """Select choices from (value, label) pairs, optionally after a blank "choose ..." option."""
    out = [SelectChoice("", blank)] if blank is not None else []
    return out + [SelectChoice(value, label) for value, label in pairs]


def municipality_name(code: int | None) -> str:
    """A kommune's name for display ('' for none or an unknown code)."""
    return "" if code is None else geography.municipality_name(code)


def region_name(municipality_code: int | None) -> str:
    """The 2007 region of a kommune, for display."""
    found = geography.find_municipality(municipality_code) if municipality_code is not None else None
    return geography.region(found.region_code).name if found else ""
