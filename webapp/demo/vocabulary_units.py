"""Organisational units for the demo data: the kontorer, afdelinger, schools and plejecentre leaders lead.

All units are invented (their names follow the pattern of real ones). Every unit belongs to one function;
where the unit decides it, it also names who may lead it (``prof``: "gen" for a generalist whose education
follows the function, a profession such as "nurse", or weighted options "nurse:5|ssa:3|therapist:2"), the
function's competence profile (``ck``) and policy-domain concepts its leader always brings (``dom``).
"""

from __future__ import annotations

from typing import NamedTuple


class Unit(NamedTuple):
    """A unit a leader can lead: its function and, where the unit decides them, profession and concepts."""

    name: str
    fn: str
    prof: str | None = None
    ck: str | None = None
    dom: tuple[str, ...] = ()
    w: float = 1.0


U = Unit

# Hand-aligned data tables: keep the formatter out.
# fmt: off
_CLINICAL = ("Akutafdelingen", "Medicinsk Afdeling", "Kirurgisk Afdeling", "Ortopædkirurgisk Afdeling",
             "Kardiologisk Afdeling", "Neurologisk Afdeling", "Børne- og Ungeafdelingen", "Kræftafdelingen",
             "Anæstesiologisk Afdeling", "Radiologisk Afdeling", "Gynækologisk-obstetrisk Afdeling",
             "Geriatrisk Afdeling", "Lungemedicinsk Afdeling", "Intensiv Afdeling")
_PSYCH = ("Psykiatrisk Center Nord", "Psykiatrisk Center Syd", "Børne- og Ungdomspsykiatrisk Afdeling",
          "Afdeling for Psykoser", "Afdeling for Depression og Angst", "Retspsykiatrisk Afdeling",
          "Psykiatrisk Akutmodtagelse", "Distriktspsykiatrien")
_SCHOOLS = ("Engdalskolen", "Søndermarkskolen", "Vestre Skole", "Bakkegårdsskolen", "Kirkebjergskolen",
            "Lindehøjskolen", "Skovvangskolen", "Højvangskolen", "Tranehøjskolen", "Rosenlundskolen",
            "Egebjergskolen", "Nordbyskolen", "Østervangskolen", "Møllevangskolen", "Toftehøjskolen")
_SCHOOL, _DAYCARE = ("school",), ("daycare",)
UNITS: dict[str, tuple[Unit, ...]] = {
    "dep": (U("Kontor for Offentlig Økonomi", "finance"), U("Kontor for Budget og Bevillinger", "finance"),
            U("Kontor for Økonomi og Koncernstyring", "finance"),
            U("Kontor for Kommunal og Regional Økonomi", "finance"),
            U("Ministersekretariatet", "secretariat", w=1.5), U("Kontor for Politik og Strategi", "secretariat"),
            U("Kontor for Analyse", "secretariat"), U("Kontor for EU og Internationalt", "secretariat"),
            U("Lovkontoret", "legal", "lawyer"), U("Kontor for Jura og Forvaltning", "legal", "lawyer"),
            U("Kontor for Personale og Ledelse", "hr"), U("Presse og Kommunikation", "communication")),
    "sty_kontor": (U("Kontor for Økonomi og Styring", "finance"), U("Kontor for Budget og Regnskab", "finance"),
                   U("Kontor for HR og Ledelse", "hr"), U("Kontor for Jura", "legal", "lawyer"),
                   U("Kontor for Kommunikation", "communication"), U("Direktionssekretariatet", "secretariat"),
                   U("Kontor for Data og Statistik", "digital")),
    "sty_center": (U("Center for Digitalisering og IT", "digital"), U("Center for Økonomi og Koncernstyring",
                                                                     "finance"),
                   U("Center for HR og Organisation", "hr"), U("Center for Data og Analyse", "digital")),
    "politi": (U("Lokalpolitiet", "security", dom=("justice",)), U("Efterforskning", "security", dom=("justice",)),
               U("Beredskabet", "security", ck="security/rescue"), U("Færdselsafdelingen", "security"),
               U("Forebyggelse", "security", dom=("justice",))),
    "rh": (U("Koncern Økonomi", "finance", w=1.5), U("Center for Indkøb", "finance"), U("Koncern HR", "hr"),
           U("Koncern IT", "digital"), U("Koncern Digitalisering", "digital"),
           U("Koncern Kvalitet", "health", ck="health/policy", w=1.5),
           U("Center for Sundhed", "health", "gen:3|doctor:1|nurse:1", "health/policy", w=2),
           U("Regionssekretariatet", "secretariat"), U("Koncern Strategi og Politik", "secretariat"),
           U("Center for Regional Udvikling", "business", w=4), U("Koncern Kommunikation", "communication", w=1.5),
           U("Koncern Jura", "legal", "lawyer"), U("Center for Ejendomme", "facilities"),
           U("Miljø, Jord og Råstoffer", "technical", dom=("technical",)),
           U("Mobilitet og Kollektiv Trafik", "technical", dom=("infrastructure",)),
           U("Forskning og Innovation", "education_research"),
           U("Socialområdet", "elderly_social", ck="elderly_social/policy")),
    "hosp": tuple(U(name, "health") for name in _CLINICAL),
    "psyk": tuple(U(name, "health", dom=("psychiatry",)) for name in _PSYCH),
    "praeh": (U("Vagtcentralen", "health", dom=("prehospital",)), U("Akuttelefonen 1813", "health",
                                                                    dom=("prehospital",)),
              U("Præhospital Drift", "health", dom=("prehospital",))),
    "hosp_service": (U("Sterilcentralen", "facilities"), U("Service og Logistik", "facilities", w=2),
                     U("Bygningsdrift og Teknisk Service", "facilities")),
    "hosp_adm": (U("Økonomi og Planlægning", "finance", w=1.5), U("HR og Uddannelse", "hr"),
                 U("Kvalitet og Udvikling", "health", ck="health/policy"), U("Kommunikation", "communication"),
                 U("IT og Digitalisering", "digital"), U("Forskningsenheden", "education_research")),
    "r_social": tuple(U(name, "elderly_social", "socialpaed:3|social:1|nurse:1", "elderly_social/social", dom)
                      for name, dom in (("Specialtilbuddet Engbo", ("disability",)),
                                        ("Autismecentret Skovly", ("disability",)),
                                        ("Botilbuddet Kildebakken", ("social",)),
                                        ("Bostedet Stokkebo", ("psychiatry",)))),
    "school": tuple(U(name, "children_schools", "teacher", "children_schools/school", _SCHOOL) for name in _SCHOOLS),
    "sfo": tuple(U(name, "children_schools", "pedagogue", "children_schools/daycare", _SCHOOL)
                 for name in _SCHOOLS[:8]),
    "dagtilbud": tuple(U(name, "children_schools", "pedagogue", "children_schools/daycare", _DAYCARE)
                       for name in ("Dagtilbud Nord", "Dagtilbud Syd", "Dagtilbud Øst", "Dagtilbud Vest",
                                    "Dagtilbud Midtby", "Dagtilbud Skovbrynet")),
    "inst": tuple(U(name, "children_schools", "pedagogue", "children_schools/daycare", _DAYCARE)
                  for name in ("Børnehuset Solsikken", "Børnehuset Mælkebøtten", "Vuggestuen Myretuen",
                               "Børnehuset Regnbuen", "Børnehaven Troldebo", "Naturbørnehaven Egernet",
                               "Børnehuset Kastanjen")),
    "familie": (U("Familieafdelingen", "children_schools", "social", "children_schools/family", w=2),
                U("Børn og Familie", "children_schools", "social", "children_schools/family"),
                U("Pædagogisk Psykologisk Rådgivning", "children_schools", "psychologist", "children_schools/family"),
                U("Familiehuset", "children_schools", "pedagogue:1|social:1", "children_schools/family"),
                U("Ungdomsskolen", "children_schools", "teacher", "children_schools/school")),
    "pleje": tuple(U(name, "elderly_social", "nurse:5|ssa:3|therapist:2", "elderly_social/elderly", ("elderly",))
                   for name in ("Plejecenter Solbakken", "Plejecenter Egely", "Plejecentret Lindegården",
                                "Plejecenter Kastaniehaven", "Plejecenter Bøgebakken", "Plejecentret Rosenhaven",
                                "Plejecenter Åhaven")),
    "hjemme": (*(U(name, "elderly_social", "nurse:4|ssa:5|therapist:1", "elderly_social/elderly", ("elderly",))
                 for name in ("Hjemmeplejen Nord", "Hjemmeplejen Syd", "Hjemmeplejen Øst", "Hjemmeplejen Vest",
                              "Hjemmeplejen Centrum", "Aften- og Nattevagten")),
               U("Sygeplejen", "health", "nurse", "health/community", ("nursing",), w=1.5)),
    "rehab": (U("Rehabiliteringscentret", "elderly_social", "therapist:3|nurse:1", "elderly_social/elderly",
                ("rehab",)),
              U("Træning og Rehabilitering", "elderly_social", "therapist", "elderly_social/elderly", ("rehab",)),
              U("Midlertidige Pladser", "elderly_social", "nurse:3|ssa:1", "elderly_social/elderly", ("elderly",)),
              U("Sundhedshuset", "health", "nurse:2|therapist:1|gen:1", "health/community", ("health_promotion",)),
              U("Akutteamet", "health", "nurse", "health/community", ("nursing",)),
              U("Forebyggelse og Sundhedsfremme", "health", "nurse:1|gen:2", "health/community",
                ("health_promotion",))),
    "social_u": (U("Visitation og Handicap", "elderly_social", "social", "elderly_social/authority"),
                 U("Socialpsykiatrien", "elderly_social", "social:1|socialpaed:2", "elderly_social/social",
                   ("psychiatry",)),
                 U("Handicap og Psykiatri", "elderly_social", "social:1|socialpaed:1", "elderly_social/social",
                   ("disability",)),
                 U("Misbrugscentret", "elderly_social", "social:2|nurse:1", "elderly_social/social", ("social",)),
                 U("Hjemløseindsatsen", "elderly_social", "social", "elderly_social/social", ("social",)),
                 U("Bostøtten", "elderly_social", "socialpaed:2|social:1", "elderly_social/social", ("disability",))),
    "bosted": tuple(U(name, "elderly_social", "socialpaed:3|social:1", "elderly_social/social", ("disability",))
                    for name in ("Bostedet Kildevang", "Botilbuddet Granly", "Bofællesskabet Lyngbo",
                                 "Botilbud Skovbrynet", "Aktivitetscentret Værkstedet")),
    "job": (U("Jobcentret", "employment", dom=("employment",), w=2), U("Jobcenter Unge", "employment"),
            U("Virksomhedsservice", "employment", dom=("employment",)),
            U("Jobcenter Voksne", "employment", dom=("employment",)),
            U("Integrationsindsatsen", "employment", dom=("integration",)),
            U("Sygedagpenge og Jobafklaring", "employment", dom=("employment",))),
    "tek": (U("Plan og Byggeri", "technical", dom=("planning",)), U("Vej og Park", "technical",
                                                                   dom=("infrastructure",)),
            U("Klima og Miljø", "technical", dom=("climate",)), U("Byggesager", "technical", dom=("planning",)),
            U("Natur og Vand", "technical", dom=("technical",)),
            U("Trafik og Mobilitet", "technical", dom=("infrastructure",)),
            U("Affald og Genbrug", "technical", dom=("infrastructure",)),
            U("Byudvikling", "technical", dom=("planning",)),
            U("Kommunale Ejendomme", "facilities", w=1.5), U("Ejendomsservice", "facilities")),
    "stab": (U("Økonomi og Analyse", "finance", w=2), U("Indkøb og Udbud", "finance"),
             U("HR og Personale", "hr", w=1.5), U("Løn og Personaleadministration", "hr"),
             U("Digitalisering og IT", "digital", w=1.5), U("Politisk Sekretariat", "secretariat"),
             U("Direktionssekretariatet", "secretariat"), U("Jura", "legal", "lawyer"), U("Borgerservice", "legal"),
             U("Kommunikation", "communication"), U("Erhverv og Vækst", "business", w=3)),
    "kultur": (U("Hovedbiblioteket", "culture_leisure", dom=("culture",)), U("Kulturhuset", "culture_leisure"),
               U("Musikskolen", "culture_leisure"), U("Idrætsanlæg og Haller", "culture_leisure"),
               U("Fritid og Foreninger", "culture_leisure", dom=("volunteering",)),
               U("Borgerhuset", "culture_leisure")),
    "prison": tuple(U(name, "security", "prison", dom=("justice",))
                    for name in ("Statsfængslet Vest", "Arrestområdet Nord", "Kriminalforsorgen i Frihed Øst")),
    "therapy": (U("Fysio- og Ergoterapien", "health", "therapist", dom=("rehab",)),),
    "r_social_area": (U("Handicap og Socialpsykiatri", "elderly_social", "socialpaed:1|social:1|gen:1",
                        "elderly_social/social"),),
    "p_clinic": (U("Ortopædkirurgisk Klinik", "health", "doctor", "health/doctor"),),
    "uni_adm": (U("Økonomi og Regnskab", "finance"), U("HR og Arbejdsmiljø", "hr"),
                U("IT og Digitalisering", "digital"),
                U("Kommunikation og Presse", "communication"), U("Bygningsdrift og Service", "facilities")),
    "faculty": tuple(U(name, "education_research", dom=("research",))
                     for name in ("Det Samfundsvidenskabelige Fakultet", "Det Naturvidenskabelige Fakultet",
                                  "Det Sundhedsvidenskabelige Fakultet", "Det Humanistiske Fakultet")),
    # private companies, by kind
    "p_consult": (U("Offentlig Sektor", "secretariat"), U("Strategi og Transformation", "secretariat"),
                  U("Digital Rådgivning", "digital"), U("Organisation og Ledelse", "hr"),
                  U("Økonomi og Styring", "finance")),
    "p_finance": (U("Økonomi", "finance", w=2), U("Finans og Investering", "finance"), U("Compliance", "legal"),
                  U("Skader og Erstatning", "legal"), U("Erhvervskunder", "business"), U("HR", "hr"),
                  U("Kommunikation", "communication")),
    "p_energy": (U("Net og Forsyning", "technical", dom=("infrastructure",)),
                 U("Vindprojekter", "technical", dom=("climate",)), U("Energihandel", "business"),
                 U("Drift og Vedligehold", "facilities")),
    "p_it": (U("Udvikling", "digital"), U("Drift og Support", "digital"), U("Cloud og Infrastruktur", "digital"),
             U("Projektleverancer", "digital"), U("Offentlige Kunder", "business")),
    "p_facility": (U("Rengøring", "facilities"), U("Facility Management", "facilities"),
                   U("Kantine og Service", "facilities"), U("Ejendomsservice", "facilities")),
    "p_medtech": (U("Forskning og Udvikling", "education_research"), U("Kvalitet og Regulatorisk", "legal"),
                  U("Salg Norden", "business"), U("Klinisk Rådgivning", "health", "nurse", "health/nurse")),
    "p_logistics": (U("Lager og Distribution", "facilities"), U("Transport", "facilities"),
                    U("Indkøb", "finance")),
    "p_construction": (U("Byggeprojekter", "technical", dom=("planning",)), U("Anlæg", "technical",
                                                                             dom=("infrastructure",)),
                       U("Tilbud og Kalkulation", "finance")),
    "p_comm": (U("Public Affairs", "communication"), U("Presse og Medier", "communication"),
               U("Digital Kommunikation", "communication")),
    "p_care": (U("Friplejehjemmet Lyngholm", "elderly_social", "nurse:4|ssa:3|therapist:2", "elderly_social/elderly",
                 ("elderly",)),
               U("Privat Hjemmepleje Øst", "elderly_social", "nurse:3|ssa:4", "elderly_social/elderly", ("elderly",)),
               U("Bostedet Hjortebo", "elderly_social", "socialpaed:3|social:1", "elderly_social/social",
                 ("disability",))),
    "p_hospital": (U("Ortopædkirurgisk Klinik", "health"), U("Operationsafsnittet", "health"),
                   U("Sengeafsnittet", "health")),
}
# fmt: on
